import { Decimal } from '../core/decimal.js';
import { roundAt } from '../core/round-money.js';
import { figureText } from '../core/wording.js';

// How the maturity area words figures in its sentences, on top of the core wording helpers.

/** The most items a message lists before saying how many more there are. */
const LISTED = 10;

/** `a, b, c` or `a, b, … and 1,234 more`: a list for a message, capped. Internal. */
export function listed(items: readonly string[]): string {
  if (items.length <= LISTED) return items.join(', ');
  const more = figureText(new Decimal(items.length - LISTED));
  return `${items.slice(0, LISTED).join(', ')} and ${more} more`;
}

/**
 * A mean for a sentence: `2.4` when at most 4 decimal places show it exactly, else
 * `about 1.6667`. Internal.
 */
export function meanFigure(mean: Decimal): string {
  const exact = roundAt(mean, 4, Decimal.ROUND_HALF_UP).eq(mean);
  return `${exact ? '' : 'about '}${figureText(mean)}`;
}

/** A whole number for a sentence, grouped in thousands: `24`, `1,250`. Internal. */
export function countText(count: number): string {
  // Below a thousand there is nothing to group: skip the Intl formatter.
  return Number.isInteger(count) && Math.abs(count) < 1000
    ? String(count)
    : figureText(new Decimal(count));
}

/** `1 step`, `1,250 steps`: a count and its noun, grouped in thousands. Internal. */
export function counted(count: number, noun: string, nouns = `${noun}s`): string {
  return `${countText(count)} ${count === 1 ? noun : nouns}`;
}
