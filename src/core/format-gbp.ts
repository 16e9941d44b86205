import type { Numeric } from './decimal.js';
import { type RoundingMode, roundMoney } from './round-money.js';

/**
 * Options of {@link formatGBP}.
 *
 * @example
 * ```ts
 * import type { FormatGBPOptions } from 'social-value';
 *
 * const options: FormatGBPOptions = { wholePounds: true };
 * options.wholePounds; // => true
 * ```
 */
export interface FormatGBPOptions {
  /** Show whole pounds only (`£8,461,245`). Default false: pounds and pence. */
  readonly wholePounds?: boolean;
  /** How the amount is rounded to the pence (or pounds) shown. Default `'half-up'`. */
  readonly mode?: RoundingMode;
}

const pence = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const pounds = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * Formats an amount as pounds sterling the way UK documents write it (`£8,461,245.35`,
 * `-£12.50`, `£0.00`), using `Intl.NumberFormat('en-GB')`. The amount is first rounded exactly
 * with {@link roundMoney} and handed to `Intl` as a string, so no digit is lost to floating
 * point however large the amount.
 *
 * @param value - The amount.
 * @param options - Whole pounds or pence, and the rounding mode.
 *
 * @example
 * ```ts
 * import { formatGBP } from 'social-value';
 *
 * formatGBP('8461245.35'); // => '£8,461,245.35'
 * formatGBP(-12.5); // => '-£12.50'
 * formatGBP('0'); // => '£0.00'
 * formatGBP('738768.49', { wholePounds: true }); // => '£738,768'
 * ```
 */
export function formatGBP(value: Numeric, options: FormatGBPOptions = {}): string {
  const to = options.wholePounds ? 'pound' : 'penny';
  const rounded = roundMoney(value, { to, mode: options.mode ?? 'half-up' });
  const format = options.wholePounds ? pounds : pence;
  return format.format(rounded.toFixed() as Intl.StringNumericLiteral);
}
