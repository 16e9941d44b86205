import { Decimal } from './decimal.js';
import { roundAt } from './round-money.js';

/**
 * How every sentence of the library prints numbers. Internal: the one place, so that reasons
 * and summaries read the same in every area. The exact figure is always in a field beside the
 * sentence; these round for reading only (half-up).
 */

/** Digits grouped in thousands as en-GB writes them: `-1234567.89` → `-1,234,567.89`. */
function grouped(fixed: string): string {
  const sign = fixed.charCodeAt(0) === 45 ? 1 : 0;
  const point = fixed.indexOf('.');
  const end = point === -1 ? fixed.length : point;
  if (end - sign <= 3) return fixed;
  const first = sign + ((end - sign) % 3 || 3);
  let text = fixed.slice(0, first);
  for (let at = first; at < end; at += 3) text += `,${fixed.slice(at, at + 3)}`;
  return text + fixed.slice(end);
}

/** `digits` (a whole number written in decimal) plus one, carrying: `'1299'` → `'1300'`. */
function plusOne(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits.charCodeAt(at) === 57) at -= 1;
  const carried = '0'.repeat(digits.length - 1 - at);
  return at < 0
    ? `1${carried}`
    : `${digits.slice(0, at)}${String.fromCharCode(digits.charCodeAt(at) + 1)}${carried}`;
}

/**
 * A finite decimal rounded half-up to `places` (0 or more) decimal places and written out in
 * plain digits, `-` for a negative figure that does not round to 0, no trailing zeros unless
 * `fixed`: what `roundAt(value, places, half-up).toFixed(fixed ? places : undefined)` writes,
 * read straight from the decimal's digits (its documented `d`, `e` and `s`) without building
 * rounded decimals. Only the digits up to the rounding digit are read.
 */
function roundedDigits(value: Decimal, places: number, fixed: boolean): string {
  const words = value.d;
  // Digits kept: the integer digits (e + 1) and `places` more; the next one rounds.
  const keep = value.e + 1 + places;
  let significand = '';
  if (keep >= 0) {
    significand = String(words[0]);
    for (let index = 1; significand.length <= keep && index < words.length; index += 1) {
      const word = String(words[index]);
      significand += '0000000'.slice(word.length) + word;
    }
  }
  let kept = keep <= 0 ? '' : significand.slice(0, keep).padEnd(keep, '0');
  const up = keep >= 0 && significand.length > keep && significand.charCodeAt(keep) >= 53;
  if (up) kept = plusOne(kept);
  // The first digit of a non-zero decimal is not 0: the result is 0 only if none was kept.
  const zero = value.isZero() || (keep <= 0 && !up);
  // `kept` is the result in units of the last place: split it at the point.
  const padded = kept.padStart(places + 1, '0');
  const whole = padded.slice(0, padded.length - places);
  let fraction = padded.slice(padded.length - places);
  // Trailing zeros from the first (`(?<!0)`: a match tried at each zero of a long run would
  // make `/0+$/` quadratic).
  if (!fixed) fraction = fraction.replace(/(?<!0)0+$/, '');
  const text = fraction.length > 0 ? `${whole}.${fraction}` : whole;
  return value.s < 0 && !zero ? `-${text}` : text;
}

/**
 * A figure rounded half-up to at most `places` decimal places, grouped in thousands: `650,000`,
 * `85.3212`: the text `Intl.NumberFormat('en-GB', { maximumFractionDigits })` writes for the
 * rounded figure, built from its digits (property-tested equal).
 */
export function figureText(value: Decimal, places = 4): string {
  if (!value.isFinite() || !Number.isInteger(places) || places < 0) {
    return roundAt(value, places, Decimal.ROUND_HALF_UP).toFixed();
  }
  return grouped(roundedDigits(value, places, false));
}

/**
 * £ per £1 (a multiplier) to `places` of a pound, and at least to the penny: `£2.12`, `£1.90`,
 * `£1.125`, `£1.0049`, so that it reads as the figure beside it does (rounded to the penny,
 * £1.0049 would read `£1.00`, as if nothing were added). Internal: spend multipliers and `lm3`.
 */
export function perPoundText(value: Decimal, places: number): string {
  const [whole, fraction = ''] = figureText(value, places).split('.');
  return `£${whole}.${fraction.padEnd(2, '0')}`;
}

/**
 * Money as UK documents write it: `£8,461,245.35`, `-£12.50`, `£0.00`: the text `formatGBP`
 * writes (with `Intl.NumberFormat('en-GB')`), built from the rounded digits. Property-tested
 * equal to `formatGBP` over the whole figure domain. For cells and labels; sentences use
 * {@link moneyText}.
 */
export function gbpText(amount: Decimal): string {
  return grouped(roundedDigits(amount, 2, true)).replace(/^-?/, '$&£');
}

/**
 * `text`, a figure's text at the place `unit` is one of, unless the figure is not 0 but `text`
 * shows only zeros: then what it is nearest to, never 0 (`less than £0.01`, `between -0.1% and
 * 0%`), so that no sentence rounds a figure to nothing.
 */
function notNothing(value: Decimal, text: string, unit: string, zero: string): string {
  return value.isZero() || /[1-9]/.test(text)
    ? text
    : value.isNegative()
      ? `between -${unit} and ${zero}`
      : `less than ${unit}`;
}

/**
 * Money in a sentence: {@link gbpText} (`£8,461,245.35`, `-£12.50`, `£0.00` for 0), but an
 * amount that is not 0 and rounds to £0.00 reads `less than £0.01` (`between -£0.01 and £0`
 * below 0), since nothing is rounded to nothing.
 */
export function moneyText(amount: Decimal): string {
  return notNothing(amount, gbpText(amount), '£0.01', '£0');
}

/**
 * A fraction as a percentage with at most `places` decimal places, as rounded: `0.1` → `10%`,
 * `0.08824` → `8.82%`, `0.00001` → `0%`. For labels; sentences use {@link percentText}.
 */
export function percentFigure(fraction: Decimal, places = 2): string {
  return `${figureText(fraction.times(100), places)}%`;
}

/**
 * A fraction as a percentage in a sentence: {@link percentFigure} (`10%`, `8.82%`), but a
 * fraction that is not 0 and rounds to 0% reads `less than 0.01%` (`between -0.01% and 0%`
 * below 0; `less than 0.1%` at 1 place).
 */
export function percentText(fraction: Decimal, places = 2): string {
  return notNothing(
    fraction,
    `${figureText(fraction.times(100), places)}%`,
    `${(10 ** -places).toFixed(places)}%`,
    '0%',
  );
}

/** Percentage points (a weight) with at most `places` decimal places: `10` → `10 points`. */
export function pointsText(points: Decimal, places = 2): string {
  return `${figureText(points, places)} point${points.eq(1) ? '' : 's'}`;
}
