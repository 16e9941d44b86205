// Trailing columns a payments export left without a header (a running balance, a reference):
// recognised only when every payment row has them, so a row shifted by an unquoted comma,
// which has one cell more than the others, is still told apart and left out.
import { LISTED, listed } from '../core/listing.js';
import { plural } from '../core/text.js';
import type { SheetLine } from './read-lines.js';

/**
 * How many cells beyond the header every payment row has: the fewest over the rows (a shifted
 * row only ever has more), counting a row whose cells beyond the header are all blank as none.
 * 0 when a row has none, or when fewer than two rows could tell (one row cannot tell an unnamed
 * column from a comma in a name). Internal.
 */
export function unnamedColumnCount(rows: readonly SheetLine[], headerWidth: number): number {
  if (rows.length < 2) return 0;
  let fewest = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const beyond = row.cells.slice(headerWidth);
    const count = beyond.some((cell) => cell.trim() !== '') ? beyond.length : 0;
    fewest = Math.min(fewest, count);
  }
  return fewest;
}

/**
 * The sentence naming the unnamed columns (1-based positions): the first ten, then how many
 * more, so that a row of 100,000 such cells gives a short message. Internal.
 */
export function unnamedColumnsMessage(headerWidth: number, count: number): string {
  const positions = Array.from(
    { length: Math.min(count, LISTED) },
    (_, index) => headerWidth + index + 1,
  );
  const names =
    count === 1 ? `column ${positions[0]} has` : `columns ${listed(positions, { count })} have`;
  return `${names} no header: ${count === 1 ? 'its' : 'their'} cells are left out (every row has ${plural(count, 'cell')} more than the header).`;
}
