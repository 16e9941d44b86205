import { Decimal } from '../core/decimal.js';
import { DIVISION_DIGITS, divide } from '../core/numeric-domain.js';
import { unlimited } from '../core/unlimited.js';
import { ONE, ZERO } from './constants.js';

// A total adds scores that are each a quotient. Adding the quotients, each rounded to 34 digits,
// adds their rounding too (three shares of 1/3 × 20 made 20.00000000000000000000000000000001):
// so a score is carried as the fraction it is, the fractions are added exactly, and the total
// is divided once, last. Sums and products of fractions run in a clone without a limit on
// digits (products of many denominators may pass the library's 200), so nothing is rounded
// before that division.

/** An exact value `numerator ÷ denominator`, the denominator above 0. Internal. */
export interface Fraction {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/**
 * `x`, or `x` in the clone whose sums and products are exact whatever their length when its
 * result with `y` could pass the library's 200 digits: `x.d` are words of 7 digits aligned on
 * the point (decimal.js's documented form), so a product has at most 7 × (the words of both)
 * digits, and a sum spans the words of both from the highest to the lowest, and a carry.
 */
function roomy(x: Decimal, y: Decimal, product: boolean): Decimal {
  const Unlimited = unlimited();
  if (x.constructor === Unlimited) return x;
  const tx = Math.floor(x.e / 7);
  const ty = Math.floor(y.e / 7);
  const words = product
    ? x.d.length + y.d.length
    : Math.max(tx, ty) - Math.min(tx - x.d.length, ty - y.d.length) + 1;
  return words * 7 <= 196 ? x : new Unlimited(x);
}

/** `x × y` and `x + y`, exactly (`1 × y` is `y`: most weights' denominators are 1). */
const times_ = (x: Decimal, y: Decimal) => (x === ONE ? y : roomy(x, y, true).times(y));
const plus_ = (x: Decimal, y: Decimal) => roomy(x, y, false).plus(y);

/** Whether two decimals are equal, without building a decimal when they plainly differ. */
function same(x: Decimal, y: Decimal): boolean {
  return x === y || (x.e === y.e && x.d.length === y.d.length && x.eq(y));
}

/** `numerator ÷ denominator` (the denominator above 0; 1 by default). Internal. */
export function fraction(numerator: Decimal, denominator: Decimal = ONE): Fraction {
  return { numerator, denominator };
}

/** `a + b × scale`, exactly (`scale` 1 by default: `a + b`; -1: `a − b`). Internal. */
export function plus(a: Fraction, b: Fraction, scale?: Decimal | -1): Fraction {
  const numerator =
    scale === undefined
      ? b.numerator
      : scale === -1
        ? b.numerator.negated()
        : times_(b.numerator, scale);
  if (numerator.isZero()) return a;
  if (a.numerator.isZero()) return { numerator, denominator: b.denominator };
  return same(a.denominator, b.denominator)
    ? { numerator: plus_(a.numerator, numerator), denominator: a.denominator }
    : {
        numerator: plus_(times_(a.numerator, b.denominator), times_(numerator, a.denominator)),
        denominator: times_(a.denominator, b.denominator),
      };
}

/**
 * The sum of `parts`, exactly: the parts over the same denominator added first, so that the
 * denominator grows once per distinct one. Internal.
 */
export function sumOf(parts: readonly Fraction[]): Fraction {
  const groups: Fraction[] = [];
  for (const part of parts) {
    const at = groups.findIndex((group) => same(group.denominator, part.denominator));
    if (at === -1) groups.push(part);
    else groups[at] = plus(groups[at]!, part);
  }
  let sum = fraction(ZERO);
  for (const group of groups) sum = plus(sum, group);
  return sum;
}

/** `a × numerator ÷ denominator`, exactly. Internal. */
export function product(a: Fraction, numerator: Decimal, denominator: Decimal): Fraction {
  return {
    numerator: times_(a.numerator, numerator),
    denominator: times_(a.denominator, denominator),
  };
}

/** `a × scale`, exactly. Internal. */
export function times(a: Fraction, scale: Decimal): Fraction {
  return { numerator: times_(a.numerator, scale), denominator: a.denominator };
}

/**
 * The fraction's value: exact when it terminates within 34 significant digits, else rounded
 * half-up to 34, once (a sum of decimals past 34 digits too: a score it adds may be one). `over` divides it further first
 * (a ratio of two fractions is one division too). Internal.
 */
export function quotientOf(a: Fraction, over?: Fraction): Decimal {
  const { numerator, denominator } =
    over === undefined ? a : product(a, over.denominator, over.numerator);
  return same(denominator, ONE)
    ? new Decimal(numerator).toSignificantDigits(DIVISION_DIGITS)
    : divide(numerator, denominator);
}

/**
 * `a × b ÷ c` as a fraction (`c` not 0; `b` and `c` 1 when not given), its denominator above 0
 * when those of `a`, `b` and `c` are: multiplied without rounding. Internal.
 */
export function scaled(a: Fraction, b?: Fraction, c?: Fraction): Fraction {
  let { numerator, denominator } = a;
  if (b !== undefined) {
    numerator = times_(numerator, b.numerator);
    denominator = times_(denominator, b.denominator);
  }
  if (c !== undefined) {
    numerator = times_(numerator, c.denominator);
    denominator = times_(denominator, c.numerator);
  }
  return denominator.isNegative()
    ? { numerator: numerator.negated(), denominator: denominator.negated() }
    : { numerator, denominator };
}
