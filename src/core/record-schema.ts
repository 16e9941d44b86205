import * as z from 'zod/mini';
import { describeValue } from './describe-value.js';
import { hinted } from './json-schema-hints.js';
import { emptyRecord } from './record.js';

/**
 * True for a plain object: not null, not an array, and made by an object literal, `JSON.parse`
 * or `Object.create(null)` (its prototype is `null` or a realm's `Object.prototype`). A `Map`,
 * a `Date` or a class instance is not one. Internal: the lean input readers use the same test as
 * {@link recordSchema}, so the two always agree.
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/** `a Map`, `a Date`, `a list`…, else the value itself, for "received …". */
function received(value: unknown): string {
  if (Array.isArray(value)) return `a list (${describeValue(value)})`;
  if (typeof value === 'object' && value !== null) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === 'string' && name !== '' && name !== 'Object') return `a ${name}`;
  }
  return describeValue(value);
}

/**
 * A zod schema for a record keyed by user strings (tags, year labels, measure codes): a plain
 * object (see {@link isPlainRecord}) whose own enumerable string keys each hold a value valid
 * for `value`. Unlike `z.record`, every key is kept, `__proto__` included, and the output is a
 * null-prototype record. Symbol keys are ignored, as `Object.keys` and strict objects ignore
 * them. With `nonEmptyKeys`, an empty key is an issue at its path. Internal.
 */
export function recordSchema<V extends z.ZodMiniType>(
  value: V,
  options: { readonly nonEmptyKeys?: boolean } = {},
) {
  const schema = z.pipe(
    z.custom<Readonly<Record<string, unknown>>>(isPlainRecord, {
      error: (issue) =>
        `expected a plain object of names and values, received ${received(issue.input)}`,
    }),
    z.transform((input: Readonly<Record<string, unknown>>, ctx) => {
      const output = emptyRecord<z.output<V>>();
      for (const key of Object.keys(input)) {
        if (options.nonEmptyKeys === true && key === '') {
          ctx.issues.push({
            code: 'custom',
            message: 'expected a non-empty name',
            input: key,
            path: [key],
          });
          continue;
        }
        const result = value.safeParse(input[key], { reportInput: true });
        if (result.success) {
          output[key] = result.data;
        } else {
          for (const issue of result.error.issues) {
            ctx.issues.push({ ...issue, path: [key, ...issue.path] } as never);
          }
        }
      }
      return output as Readonly<Record<string, z.output<V>>>;
    }),
  );
  return hinted(schema, { kind: 'record', value, nonEmptyKeys: options.nonEmptyKeys === true });
}
