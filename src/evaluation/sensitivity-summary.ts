import { idText } from '../core/id-text.js';
import { figureText } from '../core/wording.js';
import { HUNDRED } from './constants.js';
import type { CriterionSensitivity } from './types.js';

/**
 * The summary of a weight sensitivity with a winner: the winner and the criterion whose weight is
 * the fewest points from a different winner or a tie (an end of a range inside 0 to 100), or
 * that the winner wins whatever the weights. Internal: written by `weightSensitivity` and checked
 * by the weight-sensitivity snapshot reader, so that an edited summary is refused.
 */
export function sensitivitySummary(
  winner: string,
  criteria: readonly CriterionSensitivity[],
): string {
  const fragile = criteria
    .flatMap((entry) => [
      ...(entry.range === null || entry.range.from.isZero()
        ? []
        : [{ entry, margin: entry.weight.minus(entry.range.from) }]),
      ...(entry.range === null || entry.range.to.eq(HUNDRED)
        ? []
        : [{ entry, margin: entry.range.to.minus(entry.weight) }]),
    ])
    .sort((a, b) => a.margin.comparedTo(b.margin))[0];
  return fragile === undefined
    ? `${idText(winner)} wins whatever the weights.`
    : `${idText(winner)} wins; the closest change is ${idText(fragile.entry.criterionName)}, ${figureText(fragile.margin)} points of weight away from a different winner or a tie.`;
}
