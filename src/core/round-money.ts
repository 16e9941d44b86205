import type DecimalJs from 'decimal.js';
import { Decimal, type Numeric } from './decimal.js';
import { SocialValueError } from './errors.js';
import { toDecimal } from './to-decimal.js';

/**
 * How to break ties and truncate when rounding. `half-up` sends halves away from zero
 * (2.675 → 2.68, as people round by hand); `half-even` sends them to the even digit (banker's
 * rounding, 2.665 → 2.66); `half-down` sends them towards zero; `up` rounds away from zero,
 * `down` towards zero; `ceil` towards +∞ and `floor` towards −∞.
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'social-value';
 *
 * const mode: RoundingMode = 'half-even';
 * mode; // => 'half-even'
 * ```
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * The place to round to: `'penny'` (2 decimal places), `'pound'` (0), or a whole number of
 * decimal places, negative for tens, hundreds, thousands (`-3` rounds to the nearest £1,000).
 *
 * @example
 * ```ts
 * import type { RoundingPlace } from 'social-value';
 *
 * const place: RoundingPlace = 'pound';
 * place; // => 'pound'
 * ```
 */
export type RoundingPlace = 'penny' | 'pound' | number;

/**
 * Options of {@link roundMoney}.
 *
 * @example
 * ```ts
 * import type { RoundMoneyOptions } from 'social-value';
 *
 * const options: RoundMoneyOptions = { to: 'pound', mode: 'half-even' };
 * options.to; // => 'pound'
 * ```
 */
export interface RoundMoneyOptions {
  /** The place to round to. Default `'penny'`. */
  readonly to?: RoundingPlace;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode;
}

const MODES: Record<RoundingMode, DecimalJs.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Decimal places for a rounding place, validated. Internal. */
export function decimalPlaces(to: RoundingPlace): number {
  if (to === 'penny') return 2;
  if (to === 'pound') return 0;
  if (typeof to === 'number' && Number.isInteger(to) && Math.abs(to) <= 30) return to;
  throw new SocialValueError({
    code: 'invalid-input',
    message: `Invalid rounding place ${JSON.stringify(to)}: expected 'penny', 'pound' or a whole number of decimal places from -30 to 30.`,
    issues: [{ path: 'to', segments: ['to'], message: 'expected penny, pound or an integer' }],
  });
}

/** The decimal.js rounding constant of a mode, validated. Internal. */
export function roundingOf(mode: RoundingMode): DecimalJs.Rounding {
  const rounding = MODES[mode];
  if (rounding === undefined) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: `Invalid rounding mode ${JSON.stringify(mode)}: expected one of ${Object.keys(MODES).join(', ')}.`,
      issues: [{ path: 'mode', segments: ['mode'], message: 'expected a rounding mode' }],
    });
  }
  return rounding;
}

/**
 * Rounds an amount for presentation, exactly, with a named mode. Calculations in the library
 * never round; call this (or {@link formatGBP}) only where a figure is shown or published.
 *
 * @param value - The amount.
 * @param options - The place (default penny) and mode (default half-up).
 * @returns The rounded amount as a {@link Decimal}.
 * @throws SocialValueError `invalid-input` for a bad value, place or mode.
 *
 * @example
 * ```ts
 * import { roundMoney } from 'social-value';
 *
 * roundMoney('2.675').toFixed(2); // => '2.68'
 * roundMoney('2.665', { to: 'penny', mode: 'half-even' }).toFixed(2); // => '2.66'
 * roundMoney('8461245.35', { to: -3 }).toString(); // => '8461000'
 * ```
 */
export function roundMoney(value: Numeric, options: RoundMoneyOptions = {}): Decimal {
  const amount = toDecimal(value, 'value');
  const places = decimalPlaces(options.to ?? 'penny');
  const rounding = roundingOf(options.mode ?? 'half-up');
  const rounded =
    places >= 0
      ? amount.toDecimalPlaces(places, rounding)
      : amount.toNearest(new Decimal(10).pow(-places), rounding);
  return rounded.isZero() ? new Decimal(0) : rounded;
}
