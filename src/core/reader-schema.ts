// A schema that reads its value in one step: what a `z.pipe` of a `z.custom` check into a
// `z.transform` does, in one of zod's types instead of three, so that a bundle carries neither
// zod's pipe nor its transform for the library's own readers (numbers, dates, text, records).
// `$constructor` straight from zod's core module: reached through `z.core`, a namespace inside a
// namespace, it makes bundlers keep all of zod's core (locales, JSON Schema) with any schema.
// The library's own types (this one, `objectSchema` and the wrappers) are zod core types
// (`$ZodType`), not zod/mini's `ZodMiniType`, whose methods (`parse`, `safeParse`, the async
// parses, `check`, `clone`…) would come into every bundle that reads an input: they are parsed
// with `runSchema` (`parseInput`, `parseInto`) and checked with `withChecks`.

import type * as z from 'zod/mini';
import { $constructor, $ZodType } from 'zod/v4/core';

/** The issues a reader pushes its problems onto. */
export type ReadIssues = z.core.$ZodRawIssue[];

/**
 * Reads a value: returns the output, or pushes one or more issues onto `issues` (and returns
 * nothing: whatever it returns then is ignored, and the parse fails).
 */
export type Read<T> = (value: unknown, issues: ReadIssues) => T | undefined;

/** The definition: a `custom` type to zod (its JSON Schema comes from the library's hints). */
interface ReaderDef extends z.core.$ZodTypeDef {
  /** What zod and the JSON Schema build see: `custom`, or `never` for {@link neverSchema}. */
  readonly type: 'custom' | 'never';
  /** The reading. */
  readonly read: Read<unknown>;
}

const Reader = /* @__PURE__ */ $constructor(
  'SocialValueReader',
  (inst: z.core.$ZodType, def: ReaderDef) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => {
      const before = payload.issues.length;
      const output = def.read(payload.value, payload.issues);
      if (payload.issues.length === before) payload.value = output;
      // A value of the wrong kind stops the checks after it, length checks too: zod runs those
      // on anything with a length (a list given for text would also be `expected at least 1
      // entry`) unless the parse is marked aborted.
      else payload.aborted = true;
      return payload;
    };
  },
);

/**
 * A zod schema that reads its value with `read` (see {@link Read}). Internal: the core
 * readers of numbers, dates, text, records and forms are built with it.
 */
export function readerSchema<T, Input = unknown>(read: Read<T>): z.core.$ZodType<T, Input> {
  return new Reader({ type: 'custom', read }) as unknown as z.core.$ZodType<T, Input>;
}

/**
 * A schema no value passes, as `z.never()` (its type is `never` to zod and the JSON Schema
 * build). Internal: the catchall that makes an object strict.
 */
export const neverSchema = /* @__PURE__ */ new Reader({
  type: 'never',
  read: (input, issues) => {
    issues.push({ code: 'invalid_type', expected: 'never', input });
  },
}) as unknown as z.core.$ZodNever;

/**
 * A check (for `withChecks`) that words one issue at `path` when `test` fails, as
 * `z.refine` does (the issue does not stop the schema's later checks), in none of zod's types.
 * Internal.
 */
export function refineCheck<T>(
  test: (value: T) => boolean,
  message: string,
  path: readonly PropertyKey[] = [],
): z.core.CheckFn<T> {
  return (payload) => {
    if (test(payload.value)) return;
    payload.issues.push({
      code: 'custom',
      message,
      input: payload.value,
      path: [...path],
      continue: true,
    });
  };
}
