import { Decimal } from './decimal.js';
import { DIVISION_DIGITS } from './numeric-domain.js';

// Figures the library divided are each rounded to 34 significant digits, so a stored sum of them
// is checked as far as those roundings allow. Internal: the snapshot readers of the evaluation
// (a bid's total) and monitoring (a combined ratio) areas.

/** Half a unit in the 34th significant digit of `value`: how far a division rounds it. */
export function halfUnit(value: Decimal): Decimal {
  return value.isZero() ? value : new Decimal(`5e${value.e - DIVISION_DIGITS}`);
}

/**
 * The sum of `values` to 34 digits when `total` is not their sum as the library writes it, else
 * `undefined`: the sum itself, or their exact figures' sum (the exact figures not stored, each
 * value a quotient rounded to 34 digits, and so the total), accepted when it has at most 34
 * digits and lies within half a unit in the 34th digit of each value, and of itself, of the sum.
 * A bid's total is its scores' exact sum or, when the model rounds them (and as earlier releases
 * wrote it), the published scores' sum; a combined ratio is the quotient of the social and
 * local economic values' sum.
 */
export function sumIfNot(values: readonly Decimal[], total: Decimal): Decimal | undefined {
  let sum = new Decimal(0);
  let slack = halfUnit(total);
  for (const value of values) {
    sum = sum.plus(value);
    slack = slack.plus(halfUnit(value));
  }
  const near = total.sd() <= DIVISION_DIGITS && total.minus(sum).abs().lte(slack);
  return total.eq(sum) || near ? undefined : sum.toSignificantDigits(DIVISION_DIGITS);
}
