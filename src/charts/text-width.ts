/**
 * Text measuring without a DOM: an estimate of the width of a line of text in a sans-serif face
 * (Arial's advance widths, grouped), used to lay out labels. Internal to the charts.
 */

const NARROW = /* @__PURE__ */ new Set("iIjlf.,:;'!|()[]{} tr/\\-");
const WIDE = /* @__PURE__ */ new Set('mwMW@%—');

/** Width of one character in ems. */
function ems(character: string): number {
  if (NARROW.has(character)) return 0.3;
  if (WIDE.has(character)) return 0.86;
  if (character >= 'A' && character <= 'Z') return 0.68;
  return 0.56;
}

/** The size to measure bold text of `size` pixels at: bold is about 7% wider than plain. */
export const boldSize = (size: number): number => size * 1.07;

/** The estimated width in pixels of `content` set at `size` pixels. */
export function textWidth(content: string, size: number): number {
  let total = 0;
  for (const character of content) total += ems(character);
  return total * size;
}

/**
 * `content` cut to fit `width` pixels at `size`, with an ellipsis when cut. The full text stays
 * in the chart's desc and in the mark's `<title>`.
 */
export function fitText(content: string, width: number, size: number): string {
  if (textWidth(content, size) <= width) return content;
  const room = width - ems('…') * size;
  let kept = '';
  let used = 0;
  for (const character of content) {
    used += ems(character) * size;
    if (used > room) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * `content` broken at spaces into at most `lines` lines of at most `width` pixels at `size`;
 * the last line is cut with an ellipsis when the text does not fit. A word longer than the
 * width is cut too.
 */
export function wrapText(content: string, width: number, size: number, lines: number): string[] {
  const words = content.split(' ');
  const out: string[] = [];
  let line = '';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size) <= width || line === '') {
      line = candidate;
      continue;
    }
    if (out.length === lines - 1) {
      return [...out, fitText(`${line} ${words.slice(index).join(' ')}`, width, size)];
    }
    out.push(fitText(line, width, size));
    line = word;
  }
  return [...out, fitText(line, width, size)];
}

/**
 * A figure's label broken into lines of at most `width` pixels at `size`, never shortened: after
 * a thousands comma where it can, else between digits (a run of digits longer than the width).
 * Read one after the other, the lines are the label: `£1,000,000,` / `000,000.00`.
 */
export function breakFigure(label: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  // The line's width in ems, summed in the order textWidth sums it (the same figure, kept as the
  // line grows rather than measured again for every character).
  let used = 0;
  let comma = -1;
  for (const character of label) {
    while (line !== '' && (used + ems(character)) * size > width) {
      const cut = comma === -1 ? line.length : comma + 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      used = textWidth(line, 1);
      comma = line.lastIndexOf(',');
    }
    line += character;
    used += ems(character);
    if (character === ',') comma = line.length - 1;
  }
  lines.push(line);
  return lines;
}

/**
 * `content` broken at spaces into lines of at most `width` pixels at `size`, as many as it takes,
 * never shortened: a word wider than the line (a long figure) is broken as {@link breakFigure}
 * breaks it.
 */
export function wrapSentence(content: string, width: number, size: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of content.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') out.push(line);
    const pieces = breakFigure(word, width, size);
    line = pieces.pop()!;
    // One push per piece: a word of millions of characters breaks into more pieces than a call
    // takes arguments.
    for (const piece of pieces) out.push(piece);
  }
  return [...out, line];
}
