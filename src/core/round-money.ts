import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal, type Numeric } from './decimal.js';
import { describeReceived, describeValue } from './describe-value.js';
import { SocialValueError } from './errors.js';
import { issueAt } from './issue.js';
import { figureDomainProblem } from './numeric-domain.js';
import { isPlainRecord } from './record.js';
import { didYouMean, suggest } from './suggest.js';
import { numericAt } from './to-decimal.js';

/**
 * How to break ties and truncate when rounding. `half-up` sends halves away from zero
 * (2.675 → 2.68, as people round by hand); `half-even` sends them to the even digit (banker's
 * rounding, 2.665 → 2.66); `half-down` sends them towards zero; `up` rounds away from zero,
 * `down` towards zero; `ceil` towards +∞ and `floor` towards −∞.
 */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * The place to round to: `'penny'` (2 decimal places), `'pound'` (0), or a whole number of
 * decimal places from -30 to 30, negative for tens, hundreds, thousands (`-3` rounds to the
 * nearest £1,000).
 */
export type RoundingPlace = 'penny' | 'pound' | number;

/** Options of {@link roundMoney}. */
export interface RoundMoneyOptions {
  /** The place to round to. Default `'penny'`. */
  readonly places?: RoundingPlace | undefined;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

// decimal.js's rounding constants (`Decimal.ROUND_HALF_UP` is 4, …), written as their values:
// they are fixed by its API, and shorter in a bundle (test/core/round-money.test.ts checks them).
/**
 * decimal.js's rounding constant of each mode. Internal: for a mode already read (a defined
 * model's), where {@link roundingOf}'s checks and messages are not needed.
 */
export const ROUNDINGS: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-up': 4,
  'half-even': 6,
  'half-down': 5,
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
};

/** Every rounding mode, in the order above. Internal: the one list the areas' schemas read. */
export const roundingModes = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(ROUNDINGS),
) as readonly RoundingMode[];

/** `invalid-input` for one bad option, at its path. Internal. */
export function invalidOption(path: readonly PropertyKey[], message: string): SocialValueError {
  return new SocialValueError({
    code: 'invalid-input',
    message: 'Invalid options: 1 problem.',
    issues: [issueAt(path, message)],
  });
}

/**
 * Checks an options object by hand: an object (or undefined) with no keys but `known`. The
 * presentation helpers do this without zod so that a page that only formats money does not load
 * a schema library. Internal.
 */
export function checkOptionKeys(options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (!isPlainRecord(options)) {
    throw invalidOption(['options'], `expected an object, received ${describeReceived(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw invalidOption(['options', key], `unknown option${didYouMean(suggest(key, known))}`);
    }
  }
}

/** Decimal places for a rounding place, validated at `path`. Internal. */
export function decimalPlaces(
  places: unknown,
  path: readonly PropertyKey[] = ['options', 'places'],
): number {
  if (places === 'penny' || places === undefined) return 2;
  if (places === 'pound') return 0;
  if (typeof places === 'number' && Number.isInteger(places) && Math.abs(places) <= 30)
    return places;
  // The place meant: a whole number written as text (`'2'`), or a slip (`'Penny'`, `'pounds'`).
  const hint =
    typeof places !== 'string'
      ? ''
      : /^\s*[+-]?\d\d?\s*$/.test(places) && Math.abs(+places) <= 30
        ? ` (did you mean ${+places}?)`
        : didYouMean(suggest(places, ['penny', 'pound']));
  throw invalidOption(
    path,
    `expected "penny", "pound" or a whole number of decimal places from -30 to 30, received ${describeValue(places)}${hint}`,
  );
}

/** The decimal.js rounding constant of a mode, validated at `path`. Internal. */
export function roundingOf(
  mode: unknown,
  path: readonly PropertyKey[] = ['options', 'mode'],
): DecimalJs.Rounding {
  if (mode === undefined) return ROUNDINGS['half-up'];
  if (typeof mode === 'string' && Object.hasOwn(ROUNDINGS, mode))
    return ROUNDINGS[mode as RoundingMode];
  // The mode meant: a slip of its name, or decimal.js's constant for it (`Decimal.ROUND_HALF_UP`
  // is 4), as a number or by its name.
  const hint = didYouMean(
    typeof mode === 'string'
      ? suggest(mode.replace(/^round_/i, ''), roundingModes)
      : roundingModes.filter((name) => ROUNDINGS[name] === mode),
  );
  throw invalidOption(
    path,
    `expected one of "${roundingModes.join('", "')}", received ${describeValue(mode)}${hint}`,
  );
}

/** Rounds a decimal already read, at `places` decimal places (negative for tens…). Internal. */
export function roundAt(amount: Decimal, places: number, rounding: DecimalJs.Rounding): Decimal {
  const rounded =
    places >= 0
      ? amount.toDecimalPlaces(places, rounding)
      : amount.toNearest(new Decimal(10).pow(-places), rounding);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Rounds an amount for presentation, exactly, with a named mode. Calculations in the library
 * never round; call this (or {@link formatGBP}) only where a figure is shown or published.
 * Any figure the library produces is accepted (below 1e60 in magnitude).
 *
 * @param value - The amount.
 * @param options - The place (default penny) and mode (default half-up).
 * @returns The rounded amount as a {@link Decimal}.
 * @throws SocialValueError `invalid-input` for a bad value, place or mode; `out-of-range` for a
 * value of 1e60 or more.
 *
 * @example
 * ```ts
 * import { roundMoney } from 'social-value';
 *
 * roundMoney('2.675').toFixed(2); // => '2.68'
 * roundMoney('2.665', { places: 'penny', mode: 'half-even' }).toFixed(2); // => '2.66'
 * roundMoney('8461245.35', { places: -3 }).toString(); // => '8461000'
 * ```
 */
export function roundMoney(value: Numeric, options?: RoundMoneyOptions): Decimal {
  checkOptionKeys(options, ['places', 'mode']);
  const amount = numericAt(value, ['value'], figureDomainProblem);
  return roundAt(amount, decimalPlaces(options?.places), roundingOf(options?.mode));
}
