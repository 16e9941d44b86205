import * as z from 'zod/mini';
import { Decimal, type Numeric } from './decimal.js';
import { describeValue } from './describe-value.js';
import { hinted } from './json-schema-hints.js';
import { isNumericLike, notNumeric } from './schemas.js';
import { isNumericProblem, readNumeric } from './to-decimal.js';

/**
 * A zod schema for a figure the library produced and a snapshot stores (a total, a ratio, a
 * discount factor): any {@link Numeric} below 1e60 in magnitude, with any number of decimal
 * places, output as the library's {@link Decimal}. Inputs use `numericSchema` (the narrower
 * input domain) instead. `min` is an inclusive lower bound. Internal: the snapshot readers.
 */
export function figureSchema(bounds: { readonly min?: Numeric } = {}) {
  const min = bounds.min === undefined ? undefined : new Decimal(bounds.min.toString());
  const schema = z.pipe(
    z.custom<Numeric>(isNumericLike, { error: (issue) => notNumeric(issue.input) }),
    z.transform((value: Numeric, ctx): Decimal => {
      const result = readNumeric(value, 'figure');
      if (isNumericProblem(result)) {
        ctx.issues.push({
          code: 'custom',
          message: result.message,
          input: value,
          params: { outOfRange: result.code === 'out-of-range' },
        });
        return z.NEVER;
      }
      if (min !== undefined && result.lt(min)) {
        ctx.issues.push({
          code: 'custom',
          message: `expected a number at least ${min.toString()}, received ${describeValue(value)}`,
          input: value,
        });
        return z.NEVER;
      }
      return result;
    }),
  );
  return hinted(schema, {
    kind: 'numeric',
    bounds: bounds.min === undefined ? { domain: 'figure' } : { domain: 'figure', min: bounds.min },
  });
}
