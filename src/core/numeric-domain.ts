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
/**
 * Ratios of quantities the library divides (a line's delivery and progress ratios) stay below
 * 10^180: a dividend below 10^30 (10^15 deliveries below 10^15) over a quantity expected of at
 * least 10^-40 × a share of 10^-40 ÷ a share total below 10^30 ÷ 10^7 days, above 10^-117.
 * Ratios over money are over at least a penny and stay figures.
 */
export const RATIO_MAGNITUDE_LIMIT_EXPONENT = 180;
/** Significant digits of every division (scores, ratios, shares) the library makes. */
export const DIVISION_DIGITS = 34;

// Divisions run in a 34-digit clone: the quotient is rounded there (half-up) and copied back, so
// the 200-digit clone never runs a long division. Made on first use: a bundle that divides
// nothing (`formatGBP` alone) leaves it out (a bundler keeps a top-level clone, since it reads a
// property of decimal.js's constructor).
let Quotient: typeof DecimalJs | undefined;

/**
 * `dividend ÷ divisor` rounded half-up to {@link DIVISION_DIGITS} significant digits. The caller
 * makes sure the divisor is not zero. Internal.
 */
export function divide(dividend: Decimal, divisor: Decimal | number): Decimal {
  Quotient ??= DecimalJs.clone({ precision: DIVISION_DIGITS, rounding: DecimalJs.ROUND_HALF_UP });
  return new Decimal(new Quotient(dividend).div(divisor as DecimalJs));
}

/**
 * Why a finite decimal is `exponent` or more orders of magnitude, or has more than `places`
 * digits after the point (a sentence fragment), or `undefined`.
 */
function beyond(value: Decimal, what: string, exponent: number, places = Infinity) {
  if (value.e >= exponent) return `expected ${what} below 1e${exponent} in magnitude`;
  return value.decimalPlaces() > places
    ? `expected at most ${places} digits after the decimal point`
    : undefined;
}

/**
 * Why a finite decimal lies outside the input domain (a sentence fragment), or `undefined`.
 * Internal: `toDecimal` and every numeric schema use it.
 */
export function inputDomainProblem(value: Decimal): string | undefined {
  return beyond(value, 'a number', INPUT_MAGNITUDE_LIMIT_EXPONENT, INPUT_DECIMAL_PLACES_LIMIT);
}

/**
 * Digits after the point a stated figure may have: a product of three inputs (quantity × share
 * × proxy) has at most 120 (3 × {@link INPUT_DECIMAL_PLACES_LIMIT}), and so has any sum of them.
 * Written as a number, so that a bundle that does not use it leaves it out.
 */
export const STATED_DECIMAL_PLACES_LIMIT = 120;

/**
 * Why a finite figure stated as a line value or a total (a pledge sheet's, which may be one the
 * library wrote) is outside the figures sums of products can be, or `undefined`: below 1e60, at
 * most {@link STATED_DECIMAL_PLACES_LIMIT} decimals, so that sums of them stay exact. Internal.
 */
export function statedDomainProblem(value: Decimal): string | undefined {
  return beyond(value, 'a figure', FIGURE_MAGNITUDE_LIMIT_EXPONENT, STATED_DECIMAL_PLACES_LIMIT);
}

/** Why a finite ratio is too large for a snapshot, or `undefined`. Internal. */
export function ratioDomainProblem(value: Decimal): string | undefined {
  return beyond(value, 'a ratio', RATIO_MAGNITUDE_LIMIT_EXPONENT);
}

/** Why a finite figure is too large to present, or `undefined`. Internal. */
export function figureDomainProblem(value: Decimal): string | undefined {
  return beyond(value, 'a figure', FIGURE_MAGNITUDE_LIMIT_EXPONENT);
}
