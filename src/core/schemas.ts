import { z } from 'zod';
import type { Decimal, Numeric } from './decimal.js';
import { Decimal as DecimalClass } from './decimal.js';
import { describeValue } from './describe-value.js';
import { decimalOf, numericProblem } from './to-decimal.js';

/**
 * Bounds for {@link numericSchema}; each bound is inclusive unless its `…Exclusive` flag is set.
 *
 * @example
 * ```ts
 * import type { NumericBounds } from 'social-value';
 *
 * const share: NumericBounds = { min: 0, max: 1 };
 * share.max; // => 1
 * ```
 */
export interface NumericBounds {
  /** The smallest value allowed. */
  readonly min?: Numeric;
  /** The largest value allowed. */
  readonly max?: Numeric;
  /** When true, `min` itself is not allowed (e.g. a price must be above 0). */
  readonly minExclusive?: boolean;
  /** When true, `max` itself is not allowed. */
  readonly maxExclusive?: boolean;
  /** When true, only whole numbers are allowed. */
  readonly integer?: boolean;
}

/**
 * A zod schema that accepts any {@link Numeric} and outputs the library's {@link Decimal},
 * checking optional bounds exactly. Bad values fail with a message that quotes the value and
 * says what was expected, at the path of the field. Every area builds its schemas with it.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { numericSchema } from 'social-value';
 *
 * const pledge = z.object({ quantity: numericSchema({ min: 0 }) });
 * pledge.parse({ quantity: '12.5' }).quantity.toString(); // => '12.5'
 * pledge.safeParse({ quantity: -1 }).success; // => false
 * ```
 */
export function numericSchema(bounds: NumericBounds = {}) {
  const min = bounds.min === undefined ? undefined : decimalOf(bounds.min);
  const max = bounds.max === undefined ? undefined : decimalOf(bounds.max);
  return z
    .custom<Numeric>(
      (value) =>
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'bigint' ||
        DecimalClass.isDecimal(value),
      { error: (issue) => numericProblem(issue.input) ?? 'expected a number' },
    )
    .transform((value, ctx): Decimal => {
      const problem = numericProblem(value);
      if (problem !== undefined) {
        ctx.issues.push({ code: 'custom', message: problem, input: value });
        return z.NEVER;
      }
      const result = decimalOf(value);
      const fail = (expected: string) => {
        ctx.issues.push({
          code: 'custom',
          message: `expected ${expected}, received ${describeValue(value)}`,
          input: value,
        });
        return z.NEVER;
      };
      if (bounds.integer && !result.isInteger()) return fail('a whole number');
      if (min !== undefined) {
        if (bounds.minExclusive ? result.lte(min) : result.lt(min)) {
          return fail(`a number ${bounds.minExclusive ? 'above' : 'at least'} ${min.toString()}`);
        }
      }
      if (max !== undefined) {
        if (bounds.maxExclusive ? result.gte(max) : result.gt(max)) {
          return fail(`a number ${bounds.maxExclusive ? 'below' : 'at most'} ${max.toString()}`);
        }
      }
      return result;
    });
}

/**
 * A zod schema for an ISO calendar date: accepts `'2026-01-01'` or a valid `Date` and outputs
 * the `YYYY-MM-DD` string. Dates carry no time zone in this library: a `Date` is read by its
 * local calendar day (in the UK, `new Date(2022, 0, 1)` and `new Date('2022-01-01')` are both
 * `'2022-01-01'`).
 *
 * @example
 * ```ts
 * import { isoDateSchema } from 'social-value';
 *
 * isoDateSchema.parse('2022-01-01'); // => '2022-01-01'
 * isoDateSchema.safeParse('2022-02-30').success; // => false
 * ```
 */
export const isoDateSchema = z.union([z.iso.date(), z.date()]).transform((value, ctx): string => {
  if (typeof value === 'string') return value;
  if (Number.isNaN(value.getTime())) {
    ctx.issues.push({ code: 'custom', message: 'expected a valid date', input: value });
    return z.NEVER;
  }
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
});
