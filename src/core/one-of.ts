import type * as z from 'zod/mini';
import { parseInto } from './parse-into.js';
import { readerSchema } from './reader-schema.js';

/**
 * A zod schema that reads a value with the schema `pick` chooses for it (a list or a record; a
 * level id or a response object), so that an error is reported in the terms of the form the
 * caller chose, at its own paths, rather than as one failed union. Internal.
 */
export function oneOf<T>(pick: (value: unknown) => z.core.$ZodType): z.core.$ZodType<T> {
  return readerSchema<T>((value, issues) => {
    const before = issues.length;
    const output = parseInto(pick(value), value, issues);
    return issues.length === before ? (output as T) : undefined;
  });
}
