import type * as z from 'zod/mini';
import { readerSchema } from './reader-schema.js';

/**
 * `z.pipe(schema, z.transform(then))` for a `then` that cannot fail: what `schema` reads, passed
 * through `then` (not called when `schema` fails), in none of zod's types. As zod's pipe, a key of
 * an object holding it may be left out when `schema` says so (`then` gets `undefined`). Internal.
 */
export function thenSchema<S extends z.core.$ZodType, T>(
  schema: S,
  then: (value: z.output<S>) => T,
): z.core.$ZodType<T, z.input<S>> {
  const reader = readerSchema<T, z.input<S>>((value, issues) => {
    const before = issues.length;
    const read = schema._zod.run({ value, issues }, {}) as z.core.ParsePayload<z.output<S>>;
    return issues.length === before ? then(read.value) : undefined;
  });
  reader._zod.optin = schema._zod.optin;
  return reader;
}
