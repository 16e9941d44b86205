import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { figureText } from '../core/wording.js';
import { HUNDRED } from './constants.js';
import type { CriterionSensitivity } from './types.js';

/**
 * The summary of a weight sensitivity with a winner: the winner and the criterion whose weight is
 * the fewest points from a different winner or no single winner (an end of a range inside 0 to
 * 100: beyond it another bid wins, bids tie, or none has the minimum quality points), or that the
 * winner wins whatever the weights; `minimumHeld` when the minimum quality points were
 * held (see `MINIMUM_HELD`). Internal: written by `weightSensitivity` and checked by the
 * weight-sensitivity snapshot reader, so that an edited summary is refused.
 */
export function sensitivitySummary(
  winner: string,
  criteria: readonly CriterionSensitivity[],
  minimumHeld = false,
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
  const held = minimumHeld ? MINIMUM_HELD : '';
  return fragile === undefined
    ? `${idText(winner)} wins whatever the weights${held}.`
    : `${idText(winner)} wins; the closest change is ${idText(fragile.entry.criterionName)}, ${figureText(fragile.margin)} points of weight away from a different winner or no single winner${held}.`;
}

/**
 * What a summary adds when the ranges keep each bid in or out of the minimum quality points as at
 * the model's weights, though a bid's quality points move with them: where the model rounds
 * published scores (and in results of versions before the minimum moved with the weights).
 */
export const MINIMUM_HELD =
  ", with the bids below the minimum quality points at the model's weights kept out and the others kept in";

/**
 * The reason of a criterion's range: the winner stays the winner while the criterion weighs
 * `from` to `to` points (its weight now `weight`), then what happens `below` and `above` the
 * range (`null`: nothing said, the range reaching 0 or 100), and `MINIMUM_HELD` when the minimum
 * quality points were held. Internal: written by
 * `weightSensitivity` and checked by the weight-sensitivity snapshot reader.
 */
export const rangeReason = (
  winner: string,
  name: string,
  weight: Decimal,
  from: Decimal,
  to: Decimal,
  below: string | null,
  above: string | null,
  minimumHeld = false,
): string =>
  `${idText(winner)} stays the winner while ${idText(name)} weighs from ${figureText(from)} to ${figureText(to)} points ` +
  `(now ${figureText(weight)}, other weights rescaled in proportion)` +
  `${below === null ? '' : `; below ${figureText(from)}, ${below}`}` +
  `${above === null ? '' : `; above ${figureText(to)}, ${above}`}${minimumHeld ? MINIMUM_HELD : ''}.`;

/**
 * What a range's reason says of bids tying beyond an end that the tie-break rules part:
 * "A and B tie; A wins on the tie-break (higher-quality)". Internal: the weight-sensitivity
 * snapshot reader takes such a reason as stored (the tied bids are not).
 */
export const TIE_BROKEN = 'on the tie-break';
