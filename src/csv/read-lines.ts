import Papa from 'papaparse';

/** One row of the text as the CSV parser split it. Internal. */
export interface SheetLine {
  /** The cells. */
  readonly cells: readonly string[];
  /** The line the row starts on (1-based). */
  readonly line: number;
  /** The row had a quote that never closes: it was read on its own line, quotes as text. */
  readonly unbalancedQuote?: string;
}

// After this many unbalanced quotes the rest of the text is read as the parser finds it (each
// recovery reads the remaining text again, so the count is bounded to keep the work linear).
const MAX_RECOVERIES = 100;

/** Line breaks (CRLF, LF or a lone CR) between `start` and `end`. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count += 1;
  }
  return count;
}

/** A character that does not occur in `text`, to read a line with quotes as ordinary text. */
function unusedCharacter(text: string): string {
  for (const candidate of ['\u0001', '\u0002', '\u0003', '\u0004', '\u0005']) {
    if (!text.includes(candidate)) return candidate;
  }
  return '\u0006';
}

/**
 * Splits the text into rows with papaparse, keeping the line each row starts on. The delimiter
 * is guessed among comma, tab, semicolon and pipe unless given. A quoted cell that is never
 * closed would swallow every line after it: with `recoverQuotes` (default true) such a row is
 * read again on its own line (quote marks kept as text, `unbalancedQuote` set) and the lines
 * after it are read as usual. Internal: the one row reader of the csv area.
 */
export function readLines(
  text: string,
  delimiter: string | undefined,
  recoverQuotes = true,
): { lines: SheetLine[]; delimiter: string } {
  const maxRecoveries = recoverQuotes ? MAX_RECOVERIES : 0;
  const lines: SheetLine[] = [];
  let used = delimiter;
  let offset = 0;
  let line = 1;
  for (let recoveries = 0; offset < text.length || recoveries === 0; recoveries += 1) {
    const chunk = text.slice(offset);
    let start = 0;
    let broken: number | undefined;
    let guessed: string | undefined;
    Papa.parse<string[]>(chunk, {
      delimiter: used ?? '',
      delimitersToGuess: [',', '\t', ';', '|'],
      step: (row, parser) => {
        guessed ??= row.meta.delimiter;
        if (recoveries < maxRecoveries && row.errors.some((error) => error.type === 'Quotes')) {
          broken = start;
          parser.abort();
          return;
        }
        lines.push({ cells: row.data, line });
        const end = row.meta.cursor;
        line += lineBreaks(chunk, start, end);
        start = end;
      },
    });
    used ??= guessed;
    if (broken === undefined) break;
    // Read the broken row's first line alone, with quotes as text, then go on after it.
    const tail = chunk.slice(broken);
    const lineEnd = /\r\n|\r|\n/.exec(tail);
    const end = broken + (lineEnd === null ? tail.length : lineEnd.index);
    const raw = chunk.slice(broken, end);
    const cells = Papa.parse<string[]>(raw, {
      delimiter: used ?? ',',
      quoteChar: unusedCharacter(raw),
    }).data[0] ?? [raw];
    lines.push({ cells, line, unbalancedQuote: raw });
    line += 1;
    offset += end + (lineEnd === null ? 0 : lineEnd[0].length);
  }
  return { lines, delimiter: used ?? ',' };
}
