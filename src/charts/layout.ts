import { smallest } from './extent.js';
import { legendKey, type SeriesStyle } from './marks.js';
import { element, MUTED, text } from './svg.js';
import { fitText, textWidth } from './text-width.js';

/**
 * Positions moved apart so that neighbours are at least `gap` apart and all lie in
 * [`low`, `high`] (when they fit), keeping their order and moving each as little as a simple
 * sweep can: labels at line ends or on a strip that would otherwise overlap. A label of more
 * than one line gives its `reach` (how far its first and last lines lie from its position), and
 * its neighbours keep that much further off. Internal.
 */
export function spread(
  positions: readonly number[],
  gap: number,
  low: number,
  high: number,
  reach: readonly number[] = [],
) {
  const order = positions.map((position, index) => ({ position, index, reach: reach[index] ?? 0 }));
  order.sort((a, b) => a.position - b.position || a.index - b.index);
  const placed = order.map((entry) => entry.position);
  for (let index = 0; index < placed.length; index += 1) {
    const own = order[index]!.reach;
    const floor =
      index === 0 ? low + own : placed[index - 1]! + gap + order[index - 1]!.reach + own;
    placed[index] = Math.max(placed[index]!, floor);
  }
  for (let index = placed.length - 1; index >= 0; index -= 1) {
    const own = order[index]!.reach;
    const ceiling =
      index === placed.length - 1
        ? high - own
        : placed[index + 1]! - gap - order[index + 1]!.reach - own;
    placed[index] = Math.min(placed[index]!, ceiling);
  }
  const out = new Array<number>(positions.length);
  order.forEach((entry, rank) => {
    out[entry.index] = placed[rank]!;
  });
  return out;
}

/** One entry of a legend: a series' style and name. */
export interface LegendEntry {
  /** The series' style (dash and marker). */
  readonly style: SeriesStyle;
  /** The series' name. */
  readonly label: string;
}

/**
 * A legend laid out in rows from (`left`, `top`) within `width`: each entry's line-and-marker
 * key, then its name. Returns the markup and the height it takes. Internal.
 */
export function legend(
  entries: readonly LegendEntry[],
  left: number,
  top: number,
  width: number,
): { readonly markup: string; readonly height: number } {
  const items: string[] = [];
  let x = left;
  let y = top + 8;
  for (const entry of entries) {
    const label = fitText(entry.label, Math.min(240, width - 40), 12);
    const size = 34 + textWidth(label, 12) + 18;
    if (x > left && x + size > left + width) {
      x = left;
      y += 20;
    }
    items.push(
      element(
        'g',
        { class: 'sv-legend-entry' },
        legendKey(entry.style, x, y),
        element('text', { x: x + 34, y, dy: '0.35em' }, text(label)),
      ),
    );
    x += size;
  }
  return {
    markup: element('g', { class: 'sv-legend' }, items),
    height: entries.length === 0 ? 0 : y - top + 14,
  };
}

/** `lead` followed by a space, or nothing: the caller's sentence before a chart's figures. */
export function leadIn(description: string | undefined): string {
  return description === undefined || description === '' ? '' : `${description} `;
}

/** A label to place on a horizontal strip: where it points and how wide it is. */
export interface StripLabel {
  /** The x it belongs to. */
  readonly x: number;
  /** Its width in pixels. */
  readonly width: number;
}

/**
 * Rows for labels centred on their x along a strip, so that no two in one row overlap: each
 * label (left to right) takes the first row where it clears the previous one by `gap` (found
 * past blocks of rows without room, so thousands of rows stay fast). Centres
 * are moved inwards to keep labels within [`low`, `high`]. Returns each label's row and centre.
 * Internal.
 */
export function stack(
  labels: readonly StripLabel[],
  low: number,
  high: number,
  gap: number,
): { readonly row: number; readonly centre: number }[] {
  const order = labels.map((label, index) => ({ label, index }));
  order.sort((a, b) => a.label.x - b.label.x || a.index - b.index);
  // Each row's right end, and the least of each block of 64 rows: the first row with room is
  // found past whole blocks without (a strip of 100,000 labels has thousands of rows).
  const ends: number[] = [];
  const least: number[] = [];
  const out = new Array<{ row: number; centre: number }>(labels.length);
  for (const { label, index } of order) {
    const half = label.width / 2;
    const centre = Math.min(Math.max(label.x, low + half), Math.max(high - half, low + half));
    const room = (end: number) => end + gap <= centre - half;
    let row = -1;
    for (let block = 0; row === -1 && block < least.length; block += 1) {
      if (!room(least[block]!)) continue;
      row = block * 64;
      while (!room(ends[row]!)) row += 1;
    }
    if (row === -1) row = ends.length;
    ends[row] = centre + half;
    const first = row - (row % 64);
    least[first / 64] = smallest(ends.slice(first, first + 64));
    out[index] = { row, centre };
  }
  return out;
}

/** What a chart's drawing step gives the SVG document: its height, patterns and marks. */
export interface Drawing {
  /** Height in pixels. */
  readonly height: number;
  /** `<defs>` content (patterns), if any. */
  readonly defs?: readonly string[] | undefined;
  /** The marks, in drawing order. */
  readonly body: readonly string[];
}

/** The drawing of a chart with nothing to draw: a line saying so. */
export function emptyDrawing(): Drawing {
  return {
    height: 80,
    body: [element('text', { x: 16, y: 60, fill: MUTED }, text('No figures to show.'))],
  };
}
