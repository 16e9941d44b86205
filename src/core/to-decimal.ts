import { Decimal, type Numeric } from './decimal.js';
import { describeValue } from './describe-value.js';
import { SocialValueError } from './errors.js';
import { formatPath, pathSegments } from './path.js';

const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Why a value is not a number the library accepts, or `undefined` when it is. Internal: used by
 * {@link toDecimal} and by the zod schemas of every area, so both say the same thing.
 */
export function numericProblem(value: unknown): string | undefined {
  const expected = 'expected a finite number, a decimal string, a bigint or a Decimal';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `${expected}, received ${describeValue(value)}`;
  }
  if (typeof value === 'bigint') return undefined;
  if (typeof value === 'string') {
    if (value.trim() === '') return `${expected}, received an empty string`;
    return DECIMAL_STRING.test(value.trim())
      ? undefined
      : `${expected}, received ${describeValue(value)}`;
  }
  if (Decimal.isDecimal(value)) {
    return (value as Decimal).isFinite()
      ? undefined
      : `${expected}, received ${describeValue(value)}`;
  }
  return `${expected}, received ${describeValue(value)}`;
}

/** Converts a value already known to be valid. Internal. */
export function decimalOf(value: Numeric): Decimal {
  let result: Decimal;
  if (typeof value === 'string') result = new Decimal(value.trim());
  else if (typeof value === 'bigint') result = new Decimal(value.toString());
  else if (typeof value === 'number') result = new Decimal(value);
  // Clones share one prototype, so `instanceof` cannot tell ours from another configuration's:
  // the instance's own constructor can.
  else result = value.constructor === Decimal ? value : new Decimal(value);
  return result.isZero() && result.isNegative() ? new Decimal(0) : result;
}

/**
 * Converts a {@link Numeric} input into the library's exact {@link Decimal}.
 *
 * Accepts a decimal string (surrounding spaces are ignored; exponents such as `'1e3'` are
 * allowed; hex, thousands separators and currency signs are not, see the CSV helpers for those),
 * a finite `number` (taken at its shortest round-trip form), a `bigint`, or a decimal.js
 * `Decimal` from any copy or clone. Negative zero becomes zero.
 *
 * @param value - The value to convert.
 * @param path - Where the value came from, used in the error (`pledges[3].quantity`).
 * @returns The exact value; never NaN or infinite.
 * @throws SocialValueError `invalid-input` naming the value, for NaN, infinities, empty or
 * non-numeric strings and anything that is not a number.
 *
 * @example
 * ```ts
 * import { toDecimal } from 'social-value';
 *
 * toDecimal('738768.00').toString(); // => '738768'
 * toDecimal(0.1).plus(0.2).toString(); // => '0.3'
 * toDecimal(12n).toString(); // => '12'
 * ```
 */
export function toDecimal(value: Numeric, path: string | readonly PropertyKey[] = ''): Decimal {
  const problem = numericProblem(value);
  if (problem !== undefined) {
    const segments = typeof path === 'string' ? (path === '' ? [] : [path]) : pathSegments(path);
    const where = typeof path === 'string' ? path : formatPath(path);
    throw new SocialValueError({
      code: 'invalid-input',
      message: `Invalid number${where ? ` at ${where}` : ''}.`,
      issues: [{ path: where, segments, message: problem }],
    });
  }
  return decimalOf(value);
}

/**
 * A quantity for the lean input paths: the Decimal when `value` is a valid Numeric at least 0,
 * else `undefined` (the caller then falls back to its zod schema, which reports the error).
 * Internal: shared by the pledge and delivery readers.
 */
export function leanNonNegative(value: unknown): Decimal | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? decimalOf(value) : undefined;
  }
  if (typeof value !== 'string' && !Decimal.isDecimal(value)) return undefined;
  if (numericProblem(value) !== undefined) return undefined;
  const quantity = decimalOf(value as string | Decimal);
  return quantity.isNegative() ? undefined : quantity;
}
