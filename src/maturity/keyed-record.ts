import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { emptyRecord } from '../core/record.js';

/**
 * True for what zod reads as a record: an object that is not an array, a Map, a Date or a class
 * instance (the same test as zod's own, so the two always agree). Internal.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  if (typeof proto !== 'object' || proto === null || Array.isArray(proto)) return false;
  return Object.hasOwn(proto, 'isPrototypeOf');
}

/**
 * A zod schema for an object keyed by user strings (theme ids, criterion ids): every own
 * enumerable key is kept, `__proto__`, `constructor` and `toString` included (zod's own record
 * drops `__proto__`), each value is read with the schema `pick` chooses for it, and the output
 * is a record without prototype. `expected` words what the whole object should be. Internal.
 */
export function keyedRecord<T>(
  pick: (value: unknown) => z.ZodMiniType,
  expected: string,
): z.ZodMiniType<Record<string, T>> {
  return z.pipe(
    z.custom<Record<string, unknown>>(isPlainRecord, {
      error: (issue) => `expected ${expected}, received ${describeValue(issue.input)}`,
    }),
    z.transform((input: Record<string, unknown>, ctx): Record<string, T> => {
      const output = emptyRecord<T>();
      for (const key of Reflect.ownKeys(input)) {
        if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
        if (typeof key === 'symbol') {
          ctx.issues.push({
            code: 'custom',
            message: `expected text keys, received the symbol key ${key.toString()}`,
            input,
          });
          continue;
        }
        const value = input[key];
        const result = pick(value).safeParse(value, { reportInput: true });
        if (result.success) output[key] = result.data as T;
        else {
          for (const issue of result.error.issues) {
            ctx.issues.push({ ...issue, path: [key, ...issue.path] } as never);
          }
        }
      }
      return output;
    }),
  ) as unknown as z.ZodMiniType<Record<string, T>>;
}

/**
 * A zod schema that reads a value with the schema `pick` chooses for it (a level id or a
 * response object; a list or an object of criteria met), so an error is reported in the terms
 * of the form the caller chose rather than as a failed union. Internal.
 */
export function oneOf<T>(pick: (value: unknown) => z.ZodMiniType): z.ZodMiniType<T> {
  return z.pipe(
    z.unknown(),
    z.transform((value: unknown, ctx): T => {
      const result = pick(value).safeParse(value, { reportInput: true });
      if (result.success) return result.data as T;
      for (const issue of result.error.issues) ctx.issues.push(issue as never);
      return z.NEVER;
    }),
  ) as unknown as z.ZodMiniType<T>;
}
