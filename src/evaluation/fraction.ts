import { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';

// A total adds scores that are each a quotient. Adding the quotients, each rounded to 34 digits,
// adds their rounding too (three shares of 1/3 × 20 made 20.00000000000000000000000000000001):
// so a score is carried as the fraction it is, the fractions are added exactly, and the total
// is divided once, last. Their arithmetic runs in a clone without a limit on digits (products of
// many denominators may pass the library's 200), so nothing is rounded before that division.

/** An exact value `numerator ÷ denominator`, the denominator above 0. Internal. */
export interface Fraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

let Unlimited: typeof DecimalJs | undefined;

/** `value` in the clone whose sums and products are exact whatever their length. */
function unlimited(value: Decimal): Decimal {
  Unlimited ??= DecimalJs.clone({ precision: 1e9 });
  return new Unlimited(value);
}

/** `numerator ÷ denominator` (the denominator above 0), exactly. Internal. */
export function fraction(numerator: Decimal, denominator: Decimal | number = 1): Fraction {
  return { numerator: unlimited(numerator), denominator: unlimited(denominator as Decimal) };
}

/** `a + b × scale`, exactly (`scale` 1 by default: `a + b`). Internal. */
export function plus(a: Fraction, b: Fraction, scale?: Decimal | number): Fraction {
  const numerator = scale === undefined ? b.numerator : b.numerator.times(scale);
  if (numerator.isZero()) return a;
  if (a.numerator.isZero()) return { numerator, denominator: b.denominator };
  return a.denominator.eq(b.denominator)
    ? { numerator: a.numerator.plus(numerator), denominator: a.denominator }
    : {
        numerator: a.numerator.times(b.denominator).plus(numerator.times(a.denominator)),
        denominator: a.denominator.times(b.denominator),
      };
}

/** `a × scale`, exactly. Internal. */
export function times(a: Fraction, scale: Decimal | number): Fraction {
  return { numerator: a.numerator.times(scale), denominator: a.denominator };
}

/**
 * The fraction's value: exact when it terminates within 34 significant digits (or the
 * denominator is 1), else rounded half-up to 34, once. `over` divides it further first
 * (a ratio of two fractions is one division too). Internal.
 */
export function quotientOf(a: Fraction, over?: Fraction): Decimal {
  const numerator = over === undefined ? a.numerator : a.numerator.times(over.denominator);
  const denominator = over === undefined ? a.denominator : a.denominator.times(over.numerator);
  return denominator.eq(1) ? new Decimal(numerator) : divide(numerator, denominator);
}
