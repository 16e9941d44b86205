import type { Decimal } from '../core/decimal.js';
import { percentText } from '../core/wording.js';

/**
 * A figure below a threshold, and the threshold, as percentages to 1 place, or to as many more
 * as tell them apart: 0.8996 below 0.9 is `89.96%` below `90%`, never `90%` below `90%`.
 * Internal: the pace of a delivery status, a budget's share of its target.
 */
export function percentsApart(figure: Decimal, threshold: Decimal): [string, string] {
  let places = 1;
  while (places < 34 && percentText(figure, places) === percentText(threshold, places)) {
    places += 1;
  }
  return [percentText(figure, places), percentText(threshold, places)];
}
