// The library's object schemas: zod's own object type (`$ZodObject`) with only what the library
// uses (synchronous parses, string keys, a catchall of `never` or none), in 1.2 kB of
// minified code against zod's 5.6, so that a bundle that reads a pledge does not carry zod's
// whole object machinery.
// `$constructor` straight from zod's core module: reached through `z.core`, a namespace inside a
// namespace, it makes bundlers keep all of zod's core (locales, JSON Schema) with any schema.
// A zod core type, not zod/mini's (see reader-schema.ts).

import type * as z from 'zod/mini';
import { $constructor, $ZodType } from 'zod/v4/core';
import { expectedText } from './expected-text.js';
import { isPlainRecord } from './record.js';

/** The definition: zod's object definition (JSON Schema and `.shape` read it), and a wording. */
interface ObjectDef extends z.core.$ZodObjectDef {
  /** How a strict object words what it expected, e.g. `a delivery (an object)`. */
  readonly expected?: string;
}

type Payload = z.core.ParsePayload<unknown>;

/**
 * Adds the issues of a property's value to the object's, each with the key put in front of its
 * path: one push each, as a list of 200,000 bad entries is too many arguments for one call.
 */
function addAtKey(
  key: string,
  issues: readonly z.core.$ZodRawIssue[],
  into: z.core.$ZodRawIssue[],
): void {
  for (const issue of issues) {
    const pathed = issue as { path?: PropertyKey[] };
    pathed.path = [key, ...(pathed.path ?? [])];
    into.push(issue);
  }
}

/**
 * What zod's object makes of one property's result (its `handlePropertyResult`): an absent
 * optional key stays absent; an absent required key is `expected nonoptional` (worded
 * `missing: expected a value`); a value that comes out `undefined` is kept only when the key
 * was given.
 */
function readProperty(
  result: Payload,
  payload: Payload,
  key: string,
  input: Readonly<Record<string, unknown>>,
  field: z.core.$ZodTypeInternals,
) {
  const present = key in input;
  const { optin, optout } = field;
  if (!present && optout === 'optional' && optin !== undefined) return;
  addAtKey(key, result.issues, payload.issues);
  if (!present && optin === undefined) {
    if (result.issues.length === 0) {
      payload.issues.push({
        code: 'invalid_type',
        expected: 'nonoptional',
        input: undefined,
        path: [key],
      });
    }
    return;
  }
  const output = payload.value as Record<string, unknown>;
  if (result.value !== undefined || present) output[key] = result.value;
}

/** A result of the library (its `kind` and `schemaVersion`) where the shape has neither. */
function isWholeResult(
  record: Readonly<Record<string, unknown>>,
  shape: z.core.$ZodLooseShape,
): boolean {
  return (
    typeof record.kind === 'string' &&
    'schemaVersion' in record &&
    !Object.hasOwn(shape, 'kind') &&
    !Object.hasOwn(shape, 'schemaVersion')
  );
}

/**
 * An object schema. Strict (a `never` catchall): only a plain object is read (see
 * `isPlainRecord`; a `Map`, a `Date` or a list is one issue naming what was expected and what
 * was received) and every key outside the shape is one `unrecognized_keys` issue, worded by the
 * definition's `error`. Loose (any other catchall, or none): any non-list object is read, and
 * keys outside the shape are kept as they are. Internal.
 */
const ObjectSchema = /* @__PURE__ */ $constructor(
  'SocialValueObject',
  (inst: z.core.$ZodObject, def: ObjectDef) => {
    $ZodType.init(inst, def);
    Object.defineProperty(inst, 'shape', { value: def.shape, enumerable: true });
    const keys = Object.keys(def.shape);
    const strict = def.catchall?._zod.def.type === 'never';
    inst._zod.parse = (payload, ctx) => {
      const input = payload.value;
      if (
        strict
          ? // A result given whole where an input is expected (`sroiRatio(valuation)`) is one
            // issue naming its kind, not one per field missing and per key unknown.
            !isPlainRecord(input) || isWholeResult(input, def.shape)
          : typeof input !== 'object' || input === null || Array.isArray(input)
      ) {
        // Without a wording of its own, the keys it reads: "expected an object, received an
        // object of kind …" said nothing of what to give.
        const expected = def.expected ?? `an object (keys ${keys.join(', ')})`;
        payload.issues.push(
          strict
            ? {
                code: 'custom',
                input,
                inst,
                message: expectedText(expected, input),
              }
            : { code: 'invalid_type', expected: 'object', input, inst },
        );
        return payload;
      }
      const record = input as Readonly<Record<string, unknown>>;
      payload.value = {};
      for (const key of keys) {
        const field = def.shape[key]!._zod;
        const result = field.run({ value: record[key], issues: [] }, ctx) as Payload;
        readProperty(result, payload, key, record, field);
      }
      const unrecognized: string[] = [];
      for (const key in record) {
        if (Object.hasOwn(def.shape, key)) continue;
        if (strict) unrecognized.push(key);
        else if (key !== '__proto__') (payload.value as Record<string, unknown>)[key] = record[key];
      }
      if (unrecognized.length > 0) {
        payload.issues.push({
          code: 'unrecognized_keys',
          keys: unrecognized,
          input,
          inst,
          continue: true,
        });
      }
      return payload;
    };
  },
);

/** An object schema of the library: zod's object type, with its shape (as zod/mini's objects). */
export type ObjectSchemaOf<
  Shape extends z.core.$ZodLooseShape,
  Config extends z.core.$ZodObjectConfig,
> = z.core.$ZodObject<Shape, Config> & { readonly shape: Shape };

/** An object schema from its definition (strict or loose by its catchall). Internal. */
export function objectSchema(def: ObjectDef) {
  return new ObjectSchema(def);
}

/**
 * `z.looseObject(shape)`: keys outside the shape are kept as they are. Internal: read parts of
 * a larger value (a Valuation's kind and total, a method's name) and ignore the rest. It has no
 * catchall (only a strict object's `never` one is read), so bundles need not zod's `unknown`
 * type; JSON Schema writes it as an object open to other keys, as for `z.looseObject`.
 */
export function looseObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return objectSchema({ type: 'object', shape }) as unknown as ObjectSchemaOf<Shape, z.core.$loose>;
}
