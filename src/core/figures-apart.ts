import type { Decimal } from './decimal.js';
import { percentText } from './wording.js';

/**
 * Two different figures written by `write` to `places` decimal places, or to as many more as
 * tell them apart (equal figures as they are): never two different figures written alike.
 * Internal.
 */
export function figuresApart(
  a: Decimal,
  b: Decimal,
  write: (value: Decimal, places: number) => string,
  places: number,
): [string, string] {
  let at = places;
  while (at < 200 && !a.eq(b) && write(a, at) === write(b, at)) at += 1;
  return [write(a, at), write(b, at)];
}

/**
 * A figure below a threshold, and the threshold, as percentages to 1 place, or to as many more
 * as tell them apart: 0.8996 below 0.9 is `89.96%` below `90%`, never `90%` below `90%`.
 * Internal: the pace of a delivery status, a budget's share of its target.
 */
export const percentsApart = (figure: Decimal, threshold: Decimal): [string, string] =>
  figuresApart(figure, threshold, percentText, 1);
