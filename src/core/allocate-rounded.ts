import { Decimal, type Numeric } from './decimal.js';
import { describeValue } from './describe-value.js';
import { expectedText } from './expected-text.js';
import { fieldError } from './issue.js';
import { figureDomainProblem } from './numeric-domain.js';
import {
  checkOptionKeys,
  decimalPlaces,
  invalidOption,
  type RoundingMode,
  type RoundingPlace,
  roundAt,
  roundingOf,
} from './round-money.js';
import { numericAt } from './to-decimal.js';

/** Options of {@link allocateRounded}. */
export interface AllocateRoundedOptions {
  /** The place every part and the total are rounded to. Default `'penny'`. */
  readonly places?: RoundingPlace | undefined;
  /** How the total is rounded. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

/**
 * Rounds a list of amounts so that the rounded parts add up exactly to the rounded total: each
 * part is first rounded down, then the units still missing go to the parts with the largest
 * remainders (ties to the earlier part), as dinero.js `allocate` does for splits. Each part
 * stays within one unit of its exact value. Use it to store or print lines beside a total, for
 * example in `NUMERIC(20,2)` columns: three lines of 8.045 round to 8.05, 8.05 and 8.04, which
 * add up to 24.14 = `roundMoney(24.135)`, where rounding each line gives 24.15.
 *
 * @param values - The exact amounts, in order.
 * @param options - The place (default penny) and the rounding mode of the total (default half-up).
 * @returns The rounded parts, in the order given.
 * @throws SocialValueError `invalid-input` for a value that is not a number or a bad option
 * (`total`, which this function does not take, with how to split a total).
 *
 * @example
 * ```ts
 * import { allocateRounded } from 'social-value';
 *
 * allocateRounded(['8.045', '8.045', '8.045']).map(String); // => ['8.05', '8.05', '8.04']
 * allocateRounded(['1.4', '1.4', '1.4'], { places: 'pound' }).map(String); // => ['2', '1', '1']
 * ```
 */
export function allocateRounded(
  values: readonly Numeric[],
  options?: AllocateRoundedOptions,
): readonly Decimal[] {
  // `total` is what dinero.js's `allocate` splits by ratios; here the values are the parts.
  if (Object.hasOwn(Object(options), 'total')) {
    throw invalidOption(
      ['options', 'total'],
      'unknown option: the parts add up to the sum of the values, rounded; to split a total by shares, give the total × each share as the values',
    );
  }
  checkOptionKeys(options, ['places', 'mode']);
  if (!Array.isArray(values)) {
    throw fieldError(
      'invalid-input',
      'Invalid values: 1 problem.',
      ['values'],
      expectedText('a list of amounts', values, describeValue),
    );
  }
  const places = decimalPlaces(options?.places);
  const rounding = roundingOf(options?.mode);
  // Array.from, not map: a hole in a sparse list is read (as a missing amount), not skipped.
  const exact = Array.from(values, (value, index) =>
    numericAt(value, ['values', index], figureDomainProblem),
  );
  const floors = exact.map((value) => roundAt(value, places, Decimal.ROUND_FLOOR));
  const unit = new Decimal(10).pow(-places);
  let total = new Decimal(0);
  let floored = new Decimal(0);
  for (let index = 0; index < exact.length; index += 1) {
    total = total.plus(exact[index]!);
    floored = floored.plus(floors[index]!);
  }
  const missing = roundAt(total, places, rounding).minus(floored).div(unit).toNumber();
  const order = exact
    .map((value, index) => ({ index, remainder: value.minus(floors[index]!) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const parts = [...floors];
  for (let step = 0; step < missing; step += 1) {
    const { index } = order[step]!;
    parts[index] = parts[index]!.plus(unit);
  }
  return Object.freeze(parts.map((part) => (part.isZero() ? new Decimal(0) : part)));
}
