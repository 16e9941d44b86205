import { Decimal } from './decimal.js';

// A percentage (`12%`), or an amount with a suffix for thousands, millions or billions as
// people write money (`£500k`, `1.2m`, `£2.5bn`, `500K`; digits and a point only: `1,5m` may
// hold a decimal comma). Groups: the sign, the percentage, the amount, its suffix.
const WRITTEN = /^([+-]?)(?:(\d+(?:\.\d*)?|\.\d+) ?%|£? ?(\d+(?:\.\d*)?|\.\d+)(k|m|bn))$/i;

/**
 * The number meant by a percentage or a suffixed amount given as text, never read as it:
 * ` (did you mean 0.12?)` for `'12%'` (a fraction), ` (did you mean 12?)` where percentage
 * `points` are asked (a weight), ` (did you mean "500000"?)` for `'£500k'` (exactly: `'1.2m'` is
 * `"1200000"`, `'£2.5bn'` is `"2500000000"`), else `''`. Internal: `toDecimal`, `formatPercent`
 * and every Numeric field's schema (the presentation helpers of money leave it out, so that
 * `formatGBP` alone stays small).
 */
export function numberHint(value: unknown, points = false): string {
  const match = typeof value === 'string' ? WRITTEN.exec(value.trim()) : null;
  if (match === null) return '';
  const [, sign, percent, amount, suffix] = match;
  // The number as a power of ten: a percentage's -2 (0 in points); k, m and bn's 3, 6 and 9.
  const exponent =
    percent === undefined ? 'k  m  bn'.indexOf(suffix!.toLowerCase()) + 3 : points ? 0 : -2;
  // An amount is named as text, as money is (`"1200"` for `£1,200`).
  const quote = percent === undefined ? '"' : '';
  const number = new Decimal(`${sign}${percent ?? amount}e${exponent}`).toFixed();
  return ` (did you mean ${quote}${number}${quote}?)`;
}

/**
 * ` (did you mean 2024?)` for text that is a number `accepts` takes, spaces around it aside
 * (`'2024'` for a year, `'3'` or `' 3'` for a count; not `'03'` or `'3.0'`), else `''`.
 * Internal: the integer fields' schemas.
 */
export function textNumberHint(value: unknown, accepts: (number: number) => boolean): string {
  const text = typeof value === 'string' && value.trim();
  const number = Number(text);
  return text && String(number) === text && accepts(number) ? ` (did you mean ${text}?)` : '';
}
