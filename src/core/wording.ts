import { Decimal } from './decimal.js';
import { formatGBP } from './format-gbp.js';
import { roundAt } from './round-money.js';

/**
 * How every sentence of the library prints numbers. Internal: the one place, so that reasons
 * and summaries read the same in every area. The exact figure is always in a field beside the
 * sentence; these round for reading only (half-up).
 */

/** Money as UK documents write it: `£8,461,245.35`. */
export function moneyText(amount: Decimal): string {
  return formatGBP(amount);
}

// One formatter per number of places: building an Intl.NumberFormat costs far more than using one.
const figureFormats = new Map<number, Intl.NumberFormat>();

/** A figure rounded to at most `places` decimal places, grouped in thousands: `650,000`, `85.3212`. */
export function figureText(value: Decimal, places = 4): string {
  // A figure with no more places than shown needs no rounding (and no new Decimal).
  const rounded =
    value.decimalPlaces() <= places && !value.isZero()
      ? value
      : roundAt(value, places, Decimal.ROUND_HALF_UP);
  // Below 1,000 there is nothing to group: the plain digits are what Intl prints, faster.
  if (rounded.e < 3) return rounded.toFixed();
  let format = figureFormats.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: places });
    figureFormats.set(places, format);
  }
  return format.format(rounded.toFixed() as Intl.StringNumericLiteral);
}

/** A fraction as a percentage with at most `places` decimal places: `0.1` → `10%`, `0.08824` → `8.82%`. */
export function percentText(fraction: Decimal, places = 2): string {
  return `${figureText(fraction.times(100), places)}%`;
}

/** Percentage points (a weight) with at most `places` decimal places: `10` → `10 points`. */
export function pointsText(points: Decimal, places = 2): string {
  return `${figureText(points, places)} point${points.eq(1) ? '' : 's'}`;
}
