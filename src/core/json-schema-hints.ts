import type * as z from 'zod/mini';
import type { NumericBounds } from './schemas.js';

/**
 * What the JSON Schema build (`scripts/build-json-schema.ts`) must know of a core schema whose
 * checks run inside a transform, where `z.toJSONSchema` cannot see them: the bounds of a number,
 * or the value schema of a record keyed by user strings. Internal.
 */
export type JsonSchemaHint =
  | {
      /** A number: any Numeric within these bounds. */
      readonly kind: 'numeric';
      /** Its bounds and domain. */
      readonly bounds: NumericBounds;
    }
  | {
      /** A record keyed by user strings. */
      readonly kind: 'record';
      /** The schema of each value. */
      readonly value: z.ZodMiniType;
      /** Whether an empty key is refused. */
      readonly nonEmptyKeys?: boolean | undefined;
      /** The exact keys expected, when the record has a fixed set of them. */
      readonly keys?: readonly string[] | undefined;
    };

/**
 * The hint of each core schema that has one, by schema. A WeakMap written when a schema is
 * built and read only by the JSON Schema build: it changes nothing the library does. Internal.
 */
export const jsonSchemaHints = new WeakMap<object, JsonSchemaHint>();

/** Records the hint of `schema` and returns it. Internal. */
export function hinted<S extends object>(schema: S, hint: JsonSchemaHint): S {
  jsonSchemaHints.set(schema, hint);
  return schema;
}
