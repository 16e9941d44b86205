// Transitional: classic-zod forms of the core schemas for areas not yet moved to zod/mini.
// Each area moves to `./schemas.js` (zod/mini, strict objects); this file then goes.
import { z } from 'zod';
import type { Decimal, Numeric } from './decimal.js';
import { Decimal as DecimalClass } from './decimal.js';
import { describeValue } from './describe-value.js';
import { isNumericLike, isoDateOf, type NumericBounds } from './schemas.js';
import { isNumericProblem, readNumeric } from './to-decimal.js';

/** Classic-zod numeric schema (transitional). Internal. */
export function numericSchema(bounds: NumericBounds = {}) {
  const min = bounds.min === undefined ? undefined : new DecimalClass(bounds.min.toString());
  const max = bounds.max === undefined ? undefined : new DecimalClass(bounds.max.toString());
  return z
    .custom<Numeric>(isNumericLike, {
      error: (issue) =>
        `expected a finite number, a decimal string, a bigint or a Decimal, received ${describeValue(issue.input)}`,
    })
    .transform((value, ctx): Decimal => {
      const result = readNumeric(value);
      const fail = (message: string, outOfRange = false) => {
        ctx.issues.push({ code: 'custom', message, input: value, params: { outOfRange } });
        return z.NEVER;
      };
      if (isNumericProblem(result)) return fail(result.message, result.code === 'out-of-range');
      const expected = (what: string) => fail(`expected ${what}, received ${describeValue(value)}`);
      if (bounds.integer && !result.isInteger()) return expected('a whole number');
      if (min !== undefined && (bounds.minExclusive ? result.lte(min) : result.lt(min))) {
        return expected(`a number ${bounds.minExclusive ? 'above' : 'at least'} ${min.toString()}`);
      }
      if (max !== undefined && (bounds.maxExclusive ? result.gte(max) : result.gt(max))) {
        return expected(`a number ${bounds.maxExclusive ? 'below' : 'at most'} ${max.toString()}`);
      }
      return result;
    });
}

/** Classic-zod ISO date schema (transitional). Internal. */
export const isoDateSchema = z
  .custom<string | Date>((value) => typeof value === 'string' || value instanceof Date, {
    error: (issue) =>
      `expected a date (YYYY-MM-DD or a Date), received ${describeValue(issue.input)}`,
  })
  .transform((value, ctx): string => {
    const date = isoDateOf(value);
    if (date !== undefined) return date;
    ctx.issues.push({
      code: 'custom',
      message: `expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received ${describeValue(value)}`,
      input: value,
    });
    return z.NEVER;
  });
