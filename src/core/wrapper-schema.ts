// zod's `z.optional`, `z.nullable` and `z.array`, with only what the library uses (synchronous
// parses, no length checks), in one small type instead of three of zod's, so that a bundle that
// reads a framework or a pledge does not carry zod's wrappers. Their definitions have the shape
// of zod's own (`type`, `innerType` or `element`), so zod's JSON Schema build writes them as it
// writes its own.
// `$constructor` straight from zod's core module: reached through `z.core`, a namespace inside a
// namespace, it makes bundlers keep all of zod's core (locales, JSON Schema) with any schema.
// A zod core type, not zod/mini's (see reader-schema.ts).

import type * as z from 'zod/mini';
import { $constructor, $ZodType } from 'zod/v4/core';

/** The definition: zod's, for an optional or nullable value (`innerType`) or a list (`element`). */
type WrapperDef = z.core.$ZodTypeDef &
  (
    | { readonly type: 'optional' | 'nullable'; readonly innerType: z.core.$ZodType }
    | {
        readonly type: 'array';
        readonly element: z.core.$ZodType;
        /** When true, checks may run after a value that is not a list (zod's `z.array`). */
        readonly lenient?: boolean;
      }
  );

const Wrapper = /* @__PURE__ */ $constructor(
  'SocialValueWrapper',
  (inst: z.core.$ZodType, def: WrapperDef) => {
    $ZodType.init(inst, def);
    const inner = (def.type === 'array' ? def.element : def.innerType)._zod;
    // An optional key of an object may be absent, as with zod's optional.
    if (def.type === 'optional') inst._zod.optin = inst._zod.optout = 'optional';
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (def.type !== 'array') {
        // As zod's: `undefined` (optional) or `null` (nullable) passes as it is.
        return input === (def.type === 'optional' ? undefined : null)
          ? payload
          : (inner.run(payload, ctx) as typeof payload);
      }
      if (!Array.isArray(input)) {
        payload.issues.push({ code: 'invalid_type', expected: 'array', input, inst });
        // No length check after it: text given for a list is not also `expected non-empty text`
        // (unless lenient, as zod's).
        payload.aborted = !def.lenient;
        return payload;
      }
      // As zod's: each entry read apart, its issues put under its index, in order.
      const output: unknown[] = new Array(input.length);
      payload.value = output;
      for (let index = 0; index < input.length; index += 1) {
        const result = inner.run({ value: input[index], issues: [] }, ctx) as typeof payload;
        for (const issue of result.issues) {
          const pathed = issue as { path?: PropertyKey[] };
          pathed.path = [index, ...(pathed.path ?? [])];
          payload.issues.push(issue);
        }
        output[index] = result.value;
      }
      return payload;
    };
  },
);

/**
 * `z.optional(schema)`: `undefined` passes, and a key of an object holding it may be absent.
 * Internal.
 */
export function optionalSchema<S extends z.core.$ZodType>(schema: S): z.core.$ZodOptional<S> {
  return new Wrapper({ type: 'optional', innerType: schema }) as unknown as z.core.$ZodOptional<S>;
}

/** `z.nullable(schema)` of a schema that is not optional: `null` passes. Internal. */
export function nullableSchema<S extends z.core.$ZodType>(schema: S): z.core.$ZodNullable<S> {
  return new Wrapper({ type: 'nullable', innerType: schema }) as unknown as z.core.$ZodNullable<S>;
}

/**
 * `z.array(schema)`: a list, each entry read by `schema`, its issues at its index (`[2]`).
 * Internal.
 */
export function listSchema<S extends z.core.$ZodType>(schema: S): z.core.$ZodArray<S> {
  return new Wrapper({ type: 'array', element: schema }) as unknown as z.core.$ZodArray<S>;
}
