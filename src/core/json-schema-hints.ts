import type * as z from 'zod/mini';
import type { NumericBounds } from './schemas.js';

/**
 * What the JSON Schema build (`scripts/build-json-schema.ts`) must know of a core schema whose
 * checks run inside a transform, where `z.toJSONSchema` cannot see them: the bounds of a number,
 * the forms a transform chooses between, a default, a check written as JSON Schema, or the value
 * schema of a record keyed by user strings. Internal.
 */
export type JsonSchemaHint =
  | {
      /** A number: any Numeric within these bounds. */
      readonly kind: 'numeric';
      /** Its bounds and domain. */
      readonly bounds: NumericBounds;
    }
  | {
      /**
       * One of several forms, picked by a transform (by a discriminator, or a name against an
       * object) in less code than zod's unions: written as the union of the forms.
       */
      readonly kind: 'union';
      /** The forms. */
      readonly options: readonly z.core.$ZodType[];
      /** True when the forms exclude each other (`oneOf`, as a discriminated union), else `anyOf`. */
      readonly exclusive?: boolean | undefined;
    }
  | {
      /** A schema with a default: zod's `_default`, in less code. */
      readonly kind: 'default';
      /** The schema of a value given. */
      readonly schema: z.core.$ZodType;
      /** The value used when none is given (written as its JSON). */
      readonly value: unknown;
    }
  | {
      /** A check JSON Schema can say as it is (a whole number, true or false, a list not empty). */
      readonly kind: 'json';
      /** The JSON Schema (its keywords before those of `schema`). */
      readonly json: Readonly<Record<string, unknown>>;
      /** The schema whose JSON Schema the keywords add to (a list, for its length). */
      readonly schema?: z.core.$ZodType | undefined;
    }
  | {
      /** One of a few values: written as zod writes `z.enum` (`const` for one value). */
      readonly kind: 'choice';
      /** The values, text or numbers. */
      readonly values: readonly (string | number)[];
    }
  | {
      /** A record keyed by user strings. */
      readonly kind: 'record';
      /** The schema of each value. */
      readonly value: z.core.$ZodType;
      /** Whether an empty key is refused. */
      readonly nonEmptyKeys?: boolean | undefined;
      /** The exact keys expected, when the record has a fixed set of them. */
      readonly keys?: readonly string[] | undefined;
    };

/**
 * The hint of each core schema that has one, by schema. A WeakMap written when a schema is
 * built and read only by the JSON Schema build: it changes nothing the library does. Internal.
 */
export const jsonSchemaHints = /* @__PURE__ */ new WeakMap<object, JsonSchemaHint>();

/**
 * Records the hint of `schema` for the JSON Schema build. Call it as a statement marked
 * `/* @__PURE__ *\/`, with the hint written in the call: the build reads the hints from the
 * source, and nothing the library does reads them, so a bundler drops the call and its hint
 * (the JSON Schema files stay in the package). Internal.
 */
export function hintJsonSchema(schema: object, hint: JsonSchemaHint): void {
  jsonSchemaHints.set(schema, hint);
}
