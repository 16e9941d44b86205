import { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../core/decimal.js';
import { DIVISION_DIGITS, divide } from '../core/numeric-domain.js';
import { unlimited } from '../core/unlimited.js';
import { bandAt, type DiscountSchedule, forBands } from './discount-schedule.js';

// A present value adds quotients: adding each year's, rounded to 34 digits, adds their rounding
// too (£69 and £71.415 at 3.5% in years 1 and 2 made 133.33333333333333333333333333333334, not
// 400/3 to 34 digits). So the years are added as one fraction over the last year's growth, in a
// clone without a limit on digits (Horner's rule: the sum so far grows a year, then the year's
// value is added), and divided once. Mid-year timing divides by square roots, never exact: each
// band's part is divided by its root to 200 digits, and their sum rounded once to 34.

/**
 * The most digits a total is worked out exactly with (the last year's growth and the values'):
 * 5,000 years at 3.5% (4 digits a year). Past it, each year's value ÷ its growth (to 200
 * digits, as for the per-year figures), to 200 digits, added to 200 digits and rounded once.
 */
const EXACT_DIGITS = 20_000;

/** The digits the values' exact sum may need: the largest's integer digits and the most decimals. */
function digitsOf(years: readonly { readonly value: Decimal }[]): number {
  let spread = 0;
  let places = 0;
  for (const { value } of years) {
    spread = Math.max(spread, value.e + 1);
    places = Math.max(places, value.decimalPlaces());
  }
  return spread + places;
}

/**
 * Σ value of `years`, exact: in the library's clone, 1e-250 + 1 − 1 was 0 (the 200 digits of
 * 1 + 1e-250 kept 1). Values more than {@link EXACT_DIGITS} digits apart are added to 200
 * digits, as their quotients are. Internal: a present value's `nominal`.
 */
export function nominalSum(years: readonly { readonly value: Decimal }[]): Decimal {
  let sum = new (digitsOf(years) > EXACT_DIGITS ? Decimal : unlimited())(0);
  for (const { value } of years) sum = sum.plus(value);
  return new Decimal(sum);
}

/** A year to add: `t` years from the base year, its value and its growth to 200 digits. */
export interface YearPart {
  readonly t: number;
  readonly value: Decimal;
  readonly growth: Decimal;
}

/** (1 + r_{from+1}) × … × (1 + r_to), exact. */
function growthBetween(schedule: DiscountSchedule, from: number, to: number) {
  const Unlimited = unlimited();
  let growth = new Unlimited(1);
  forBands(schedule, from, to, (rate, years) => {
    growth = growth.times(new Unlimited(rate).plus(1).pow(years));
  });
  return growth;
}

/** Σ value × growth to the last year, and that growth: the years as one exact fraction. */
function fractionOf(schedule: DiscountSchedule, years: readonly { t: number; value: Decimal }[]) {
  const Unlimited = unlimited();
  let numerator = new Unlimited(0);
  let denominator = new Unlimited(1);
  let at = 0;
  for (const { t, value } of years) {
    const step = growthBetween(schedule, at, t);
    numerator = numerator.times(step).plus(value);
    denominator = denominator.times(step);
    at = t;
  }
  return [numerator, denominator] as const;
}

/**
 * Σ value ÷ growth of `years` (in order), rounded half-up to 34 significant digits once: exact
 * at the end of each year; mid-year, from parts divided by square roots to 200 digits. Internal.
 */
export function discountedTotal(
  schedule: DiscountSchedule,
  timing: 'end-of-year' | 'mid-year',
  years: readonly YearPart[],
): Decimal {
  const Unlimited = unlimited();
  const last = years.at(-1)?.t ?? 0;
  let digits = digitsOf(years);
  forBands(schedule, 0, last, (rate, n) => {
    digits += n * (rate.decimalPlaces() + 1);
  });
  // Past the limit, the quotients are added in the library's clone: their exact sum could be
  // as long as the values are far apart (1e59 and 1e-90000000).
  let sum = new (digits > EXACT_DIGITS ? Decimal : Unlimited)(0);
  if (digits > EXACT_DIGITS) {
    for (const { value, growth } of years) sum = sum.plus(value.div(growth));
  } else if (timing === 'end-of-year') {
    return divide(...fractionOf(schedule, years));
  } else {
    // Mid-year: year t's growth is year t − 1's times the root of 1 + its band's rate.
    for (const band of schedule.bands) {
      const part = years.filter(({ t }) => t > 0 && band === bandAt(schedule, t));
      if (part.length === 0) continue;
      const [numerator, denominator] = fractionOf(
        schedule,
        part.map(({ t, value }) => ({ t: t - 1, value })),
      );
      sum = sum.plus(new Decimal(numerator).div(denominator.times(band.rate.plus(1).sqrt())));
    }
    if (years[0]?.t === 0) sum = sum.plus(years[0].value);
  }
  return new Decimal(sum.toSignificantDigits(DIVISION_DIGITS, DecimalJs.ROUND_HALF_UP));
}
