import type { Decimal } from '../core/decimal.js';
import { figuresApart } from '../core/figures-apart.js';
import { idText } from '../core/id-text.js';
import { figureText } from '../core/wording.js';
import { scoreText } from './amount-text.js';
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
    : `${idText(winner)} wins; the closest change is ${idText(fragile.entry.criterionName)}, ${scoreText(fragile.margin)} points of weight away from a different winner or no single winner${held}.`;
}

/**
 * What a summary adds when the ranges keep each bid in or out of the minimum quality points as at
 * the model's weights, though a bid's quality points move with them: where the model rounds
 * published scores (and in results of versions before the minimum moved with the weights).
 */
export const MINIMUM_HELD =
  ", with the bids below the minimum quality points at the model's weights kept out and the others kept in";

/**
 * An end of a range as {@link scoreText} writes it, or to as many more places as tell it from the
 * weight now: 49.999995 from 50 is `49.99999`, never `50`.
 */
const endText = (end: Decimal, weight: Decimal): string =>
  figuresApart(end, weight, figureText, end.e < -3 ? 3 - end.e : 4)[0];

/**
 * The reason of a criterion's range: the winner stays the winner while the criterion weighs
 * `from` to `to` points (its weight now `weight`), then what happens `below` and `above` the
 * range (`null`: nothing said, the range reaching 0 or 100), and `MINIMUM_HELD` when the minimum
 * quality points were held. Its figures are never written as 0 or as the weight when they are
 * not. Internal: written by `weightSensitivity` and checked by the weight-sensitivity snapshot
 * reader.
 */
export function rangeReason(
  winner: string,
  name: string,
  weight: Decimal,
  from: Decimal,
  to: Decimal,
  below: string | null,
  above: string | null,
  minimumHeld = false,
): string {
  const start = endText(from, weight);
  const end = endText(to, weight);
  return (
    `${idText(winner)} stays the winner while ${idText(name)} weighs from ${start} to ${end} points ` +
    `(now ${scoreText(weight)}, other weights rescaled in proportion)` +
    `${below === null ? '' : `; below ${start}, ${below}`}` +
    `${above === null ? '' : `; above ${end}, ${above}`}${minimumHeld ? MINIMUM_HELD : ''}.`
  );
}

/**
 * What a range's reason says of bids tying beyond an end that the tie-break rules part:
 * "A and B tie; A wins on the tie-break (higher-quality)". Internal: the weight-sensitivity
 * snapshot reader takes such a reason as stored (the tied bids are not).
 */
export const TIE_BROKEN = 'on the tie-break';
