import type { Numeric } from './decimal.js';
import { fixedText } from './fixed-text.js';
import { figureDomainProblem } from './numeric-domain.js';
import {
  checkOptionKeys,
  decimalPlaces,
  type RoundingMode,
  type RoundingPlace,
  roundAt,
  roundingOf,
} from './round-money.js';
import { numericAt } from './to-decimal.js';

/** Options of {@link formatGBP}. */
export interface FormatGBPOptions {
  /** The place shown: `'penny'` (default, `£12.50`), `'pound'` (`£13`), or decimal places. */
  readonly places?: RoundingPlace | undefined;
  /** How the amount is rounded to the place shown. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

// Building an Intl.NumberFormat costs far more than using one: keep one per number of places.
const formatters = /* @__PURE__ */ new Map<number, Intl.NumberFormat>();

function formatterFor(fractionDigits: number): Intl.NumberFormat {
  let formatter = formatters.get(fractionDigits);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-GB', {
      style: 'currency',
      currency: 'GBP',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(fractionDigits, formatter);
  }
  return formatter;
}

/**
 * Formats an amount as pounds sterling the way UK documents write it (`£8,461,245.35`,
 * `-£12.50`, `£0.00`), using `Intl.NumberFormat('en-GB')`. The amount is first rounded exactly
 * (as {@link roundMoney} does) and handed to `Intl` as a string, so no digit is lost to floating
 * point however large the amount.
 *
 * @param value - The amount (any figure below 1e60 in magnitude).
 * @param options - The place shown and the rounding mode.
 * @throws SocialValueError `invalid-input` for a bad value or option; `out-of-range` from 1e60.
 *
 * @example
 * ```ts
 * import { formatGBP } from 'social-value';
 *
 * formatGBP('8461245.35'); // => '£8,461,245.35'
 * formatGBP(-12.5); // => '-£12.50'
 * formatGBP('0'); // => '£0.00'
 * formatGBP('738768.49', { places: 'pound' }); // => '£738,768'
 * ```
 */
export function formatGBP(value: Numeric, options?: FormatGBPOptions): string {
  checkOptionKeys(options, ['places', 'mode']);
  const places = decimalPlaces(options?.places);
  const rounded = roundAt(
    numericAt(value, ['value'], figureDomainProblem),
    places,
    roundingOf(options?.mode),
  );
  const shown = Math.max(places, 0);
  return fixedText(rounded.toFixed(shown), shown, formatterFor);
}
