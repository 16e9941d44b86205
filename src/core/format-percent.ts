import type { Numeric } from './decimal.js';
import { type RoundingMode, roundMoney } from './round-money.js';
import { toDecimal } from './to-decimal.js';

/**
 * Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * import type { FormatPercentOptions } from 'social-value';
 *
 * const options: FormatPercentOptions = { decimals: 2 };
 * options.decimals; // => 2
 * ```
 */
export interface FormatPercentOptions {
  /** Decimal places of the percentage shown. Default 1. */
  readonly decimals?: number;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode;
}

/**
 * Formats a ratio as a percentage (`0.237` → `23.7%`), rounding exactly at the places asked for.
 * Ratios such as social value added stay exact in results; this is for showing them.
 *
 * @param ratio - The ratio (1 is 100%).
 * @param options - Decimal places (default 1) and rounding mode.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'social-value';
 *
 * formatPercent('0.237'); // => '23.7%'
 * formatPercent('0.0005', { decimals: 2 }); // => '0.05%'
 * ```
 */
export function formatPercent(ratio: Numeric, options: FormatPercentOptions = {}): string {
  const decimals = options.decimals ?? 1;
  const percent = roundMoney(toDecimal(ratio, 'ratio').times(100), {
    to: decimals,
    mode: options.mode ?? 'half-up',
  });
  const text = formatterFor(decimals).format(percent.toFixed() as Intl.StringNumericLiteral);
  return `${text}%`;
}

// Building an Intl.NumberFormat costs far more than using one: keep one per number of places.
const formatters = new Map<number, Intl.NumberFormat>();

function formatterFor(decimals: number): Intl.NumberFormat {
  let formatter = formatters.get(decimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: Math.max(decimals, 0),
      maximumFractionDigits: Math.max(decimals, 0),
    });
    formatters.set(decimals, formatter);
  }
  return formatter;
}
