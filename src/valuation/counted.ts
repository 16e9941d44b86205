import { Decimal } from '../core/decimal.js';
import { figureText } from '../core/wording.js';

/** `99,995`: a count as sentences print it. Internal. */
export function countText(count: number): string {
  return figureText(new Decimal(count), 0);
}

/** `1 pledge`, `100,000 pledges`. Internal. */
export function counted(count: number, noun: string, nouns = `${noun}s`): string {
  return `${countText(count)} ${count === 1 ? noun : nouns}`;
}

// A sentence names at most this many items of a list; the result's fields hold them all.
const SHOWN = 5;

/** `0, 1, 2, 3, 4 and 99,995 more`; `NT18 and NT19`; `0`. Internal. */
export function listed(items: readonly (string | number)[]): string {
  const shown = items.slice(0, SHOWN).map(String);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${countText(more)} more`;
  return shown.length <= 1
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
