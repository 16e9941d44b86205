import type { Numeric } from './decimal.js';
import { describeValue } from './describe-value.js';
import { SocialValueError } from './errors.js';
import { fixedText } from './fixed-text.js';
import { issueAt } from './issue.js';
import { numberHint, textNumberHint } from './number-hint.js';
import { checkOptionKeys, type RoundingMode, roundAt, roundingOf } from './round-money.js';
import { isNumericProblem, numericError, readNumeric } from './to-decimal.js';

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Decimal places of the percentage shown (0 to 30). Default 1. */
  readonly places?: number | undefined;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

// Building an Intl.NumberFormat costs far more than using one: keep one per number of places.
const formatters = /* @__PURE__ */ new Map<number, Intl.NumberFormat>();

function formatterFor(places: number): Intl.NumberFormat {
  let formatter = formatters.get(places);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
    });
    formatters.set(places, formatter);
  }
  return formatter;
}

/** True for the decimal places a percentage may show: a whole number from 0 to 30. */
const isPlaces = (places: unknown): places is number =>
  typeof places === 'number' && Number.isInteger(places) && places >= 0 && places <= 30;

function percentPlaces(places: unknown): number {
  if (places === undefined) return 1;
  if (isPlaces(places)) return places;
  throw new SocialValueError({
    code: 'invalid-input',
    message: 'Invalid options: 1 problem.',
    issues: [
      issueAt(
        ['options', 'places'],
        `expected a whole number of decimal places from 0 to 30, received ${describeValue(places)}${textNumberHint(places, isPlaces)}`,
      ),
    ],
  });
}

/**
 * Formats a fraction as a percentage (`0.237` → `23.7%`), rounding exactly at the places asked
 * for. Fractions such as social value added stay exact in results; this is for showing them.
 * Any ratio below 1e180 in magnitude is shown in full (a delivery line's ratio of quantities
 * may pass the 1e60 of other figures).
 *
 * @param fraction - The fraction (1 is 100%).
 * @param options - Decimal places (default 1) and rounding mode.
 * @throws SocialValueError `invalid-input` for a bad value or option, `out-of-range` for a
 * fraction of 1e180 or more in magnitude.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'social-value';
 *
 * formatPercent('0.237'); // => '23.7%'
 * formatPercent('0.0005', { places: 2 }); // => '0.05%'
 * ```
 */
export function formatPercent(fraction: Numeric, options?: FormatPercentOptions): string {
  checkOptionKeys(options, ['places', 'mode']);
  const places = percentPlaces(options?.places);
  const read = readNumeric(fraction, 'ratio');
  if (isNumericProblem(read)) {
    const message = read.message + numberHint(fraction);
    throw numericError({ ...read, message }, issueAt(['fraction'], message));
  }
  const percent = roundAt(read.times(100), places, roundingOf(options?.mode));
  return `${fixedText(percent.toFixed(places), places, formatterFor)}%`;
}
