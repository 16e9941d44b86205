import * as z from 'zod/mini';
import { emptyRecord } from '../core/record.js';
import { describeInput, isPlainObject } from './plain.js';

/**
 * A zod schema for a record keyed by user strings (theme ids, tag names, value types): every
 * own key is read, `__proto__` and `constructor` included, each value checked with `value`, and
 * the output is a null-prototype record (zod's own `record` drops a `__proto__` key). Internal.
 */
export function nullPrototypeRecord<T extends z.ZodMiniType>(value: T, what: string) {
  return z.pipe(
    z.custom<Record<string, unknown>>(isPlainObject, {
      error: (issue) => `expected ${what} (an object), received ${describeInput(issue.input)}`,
    }),
    z.transform((input: Record<string, unknown>, ctx): Record<string, z.output<T>> => {
      const record = emptyRecord<z.output<T>>();
      for (const key of Object.keys(input)) {
        const result = value.safeParse(input[key], { reportInput: true });
        if (result.success) record[key] = result.data;
        else {
          for (const issue of result.error.issues) {
            ctx.issues.push({ ...issue, path: [key, ...issue.path] } as z.core.$ZodRawIssue);
          }
        }
      }
      return record;
    }),
  );
}
