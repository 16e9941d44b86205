import { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from './decimal.js';

/**
 * The numeric domain of inputs (documented in docs/quality.md): every input number is below
 * 10^15 in magnitude and has at most 40 digits after the decimal point. Within it, sums and
 * products of up to three inputs, over up to 10^15 lines, fit the clone's 200 digits exactly.
 */
export const INPUT_MAGNITUDE_LIMIT_EXPONENT = 15;
/** Digits after the point an input may have. */
export const INPUT_DECIMAL_PLACES_LIMIT = 40;
/** Figures the library produces (sums of products) and presentation helpers accept stay below 10^60. */
export const FIGURE_MAGNITUDE_LIMIT_EXPONENT = 60;
/** Significant digits of every division (scores, ratios, shares) the library makes. */
export const DIVISION_DIGITS = 34;

// Divisions run in a 34-digit clone: the quotient is rounded there (half-up) and copied back, so
// the 200-digit clone never runs a long division.
const Quotient = /* @__PURE__ */ DecimalJs.clone({
  precision: DIVISION_DIGITS,
  rounding: DecimalJs.ROUND_HALF_UP,
});

/**
 * `dividend ÷ divisor` rounded half-up to {@link DIVISION_DIGITS} significant digits. The caller
 * makes sure the divisor is not zero. Internal.
 */
export function divide(dividend: Decimal, divisor: Decimal | number): Decimal {
  return new Decimal(new Quotient(dividend).div(divisor as DecimalJs));
}

/**
 * Why a finite decimal lies outside the input domain (a sentence fragment), or `undefined`.
 * Internal: `toDecimal` and every numeric schema use it.
 */
export function inputDomainProblem(value: Decimal): string | undefined {
  if (value.isZero()) return undefined;
  if (value.e >= INPUT_MAGNITUDE_LIMIT_EXPONENT) {
    return `expected a number below 1e${INPUT_MAGNITUDE_LIMIT_EXPONENT} in magnitude`;
  }
  if (value.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT) {
    return `expected at most ${INPUT_DECIMAL_PLACES_LIMIT} digits after the decimal point`;
  }
  return undefined;
}

/** Why a finite figure is too large to present, or `undefined`. Internal. */
export function figureDomainProblem(value: Decimal): string | undefined {
  return value.e >= FIGURE_MAGNITUDE_LIMIT_EXPONENT
    ? `expected a figure below 1e${FIGURE_MAGNITUDE_LIMIT_EXPONENT} in magnitude`
    : undefined;
}
