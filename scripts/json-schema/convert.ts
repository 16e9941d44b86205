import * as z from 'zod/mini';
import { type JsonSchemaHint, jsonSchemaHints } from '../../src/core/json-schema-hints.js';
import { isPlainRecord } from '../../src/core/record-schema.js';
import {
  isNumericLike,
  isoDateSchema,
  type NumericBounds,
  VISIBLE,
} from '../../src/core/schemas.js';
import { dateJsonSchema, type JsonSchema, NOT_SPACE, numericJsonSchema } from './numeric.js';

// zod/mini → JSON Schema (draft 2020-12) of what a function accepts (`io: 'input'`), with
// z.toJSONSchema. The library's own schemas run their checks in transforms, which JSON Schema
// cannot see; the core schemas leave a hint (core/json-schema-hints.ts) that says what they
// check, and the override below writes it: numbers (JSON number or decimal string, with their
// bounds), dates, records keyed by user strings, plain objects. A part nothing here can describe
// is left as { "x-unrepresentable": … } for the input's own patch (inputs.ts) to replace; the
// build fails if one is left.

/** The mark left where zod cannot describe a schema. */
export const UNREPRESENTABLE = 'x-unrepresentable';

type Zod = z.core.$ZodType;

function defOf(schema: Zod): Record<string, unknown> & { type: string } {
  return schema._zod.def as unknown as Record<string, unknown> & { type: string };
}

/** Replaces the contents of a JSON Schema object in place (parents hold it by reference). */
function replace(json: JsonSchema, next: JsonSchema): void {
  for (const key of Object.keys(json)) delete json[key];
  Object.assign(json, next);
}

/**
 * The JSON Schema of one of `values`, as zod writes `z.enum` (or `z.literal` for one value): their
 * JSON type (none when text and numbers are mixed), then `enum`, or `const` for one value.
 */
function choiceJsonSchema(values: readonly (string | number)[]): JsonSchema {
  const types = [...new Set(values.map((value) => typeof value))];
  const type = types.length === 1 ? { type: types[0] } : {};
  return values.length === 1 ? { ...type, const: values[0] } : { ...type, enum: [...values] };
}

/** True when `schema` accepts `value` (the library's own parse, for probing what it checks). */
function accepts(schema: Zod, value: unknown): boolean {
  return z.safeParse(schema as z.core.$ZodType, value).success;
}

/**
 * The bounds a numeric schema with checks beyond its hint (an area's share or weight schema,
 * a numeric pipe into a transform) really enforces, found by asking it: 1 or 100 at most, and
 * 0, above 0 or 1 at least. Any other behaviour fails the build, so nothing is guessed.
 */
function probedBounds(schema: Zod, inner: NumericBounds): NumericBounds {
  const bounds: { -readonly [K in keyof NumericBounds]: NumericBounds[K] } = { ...inner };
  if (accepts(schema, '1') && !accepts(schema, '1.000001') && accepts(schema, '0.5')) {
    bounds.max = 1;
  } else if (accepts(schema, '100') && !accepts(schema, '100.000001')) bounds.max = 100;
  if (!accepts(schema, '0.999999') && accepts(schema, '1')) {
    bounds.min = 1;
    bounds.minExclusive = false;
  } else if (!accepts(schema, '0') && accepts(schema, '0.000001')) {
    bounds.min = 0;
    bounds.minExclusive = true;
  }
  const expected = numericJsonSchema(bounds);
  const numberBranch = (expected.anyOf as JsonSchema[])[0]!;
  for (const value of ['-1', '0', '0.000001', '0.5', '1', '1.5', '50', '100', '100.5', '1000']) {
    const n = Number(value);
    const inRange =
      (numberBranch.minimum === undefined || n >= (numberBranch.minimum as number)) &&
      (numberBranch.exclusiveMinimum === undefined ||
        n > (numberBranch.exclusiveMinimum as number)) &&
      (numberBranch.maximum === undefined || n <= (numberBranch.maximum as number));
    if (accepts(schema, value) !== inRange) {
      throw new Error(
        `a numeric schema with checks the build cannot describe: ${value} is ${inRange ? 'refused' : 'accepted'}`,
      );
    }
  }
  return bounds;
}

/** The hint of a schema whose input side is a hinted numeric schema, if any. */
function numericHintOf(schema: Zod): NumericBounds | undefined {
  const hint: JsonSchemaHint | undefined = jsonSchemaHints.get(schema);
  if (hint?.kind === 'numeric') return hint.bounds;
  const def = defOf(schema);
  if (def.type === 'pipe') {
    const inner = numericHintOf(def.in as Zod);
    return inner === undefined ? undefined : probedBounds(schema, inner);
  }
  return undefined;
}

/** True for a text schema that refuses blank text (`'  '`) but takes other text. */
function refusesBlank(schema: Zod): boolean {
  return accepts(schema, 'x') && !accepts(schema, '   ') && !accepts(schema, '\t');
}

const options = {
  target: 'draft-2020-12',
  io: 'input',
  unrepresentable: (context: { zodSchema: Zod; path: (string | number)[] }) => {
    const def = defOf(context.zodSchema);
    const what =
      def.fn === isNumericLike ? 'numeric' : def.fn === isPlainRecord ? 'plain-record' : def.type;
    return { [UNREPRESENTABLE]: what };
  },
  override: (context: { zodSchema: Zod; jsonSchema: JsonSchema }) => {
    const { zodSchema, jsonSchema } = context;
    if (zodSchema === (isoDateSchema as unknown as Zod)) return replace(jsonSchema, dateJsonSchema);
    const def = defOf(zodSchema);
    const bounds = numericHintOf(zodSchema);
    if (bounds !== undefined) return replace(jsonSchema, numericJsonSchema(bounds));
    const hint = jsonSchemaHints.get(zodSchema);
    if (hint?.kind === 'union') {
      const forms = hint.options.map((option) => toJsonSchema(option));
      return replace(jsonSchema, { [hint.exclusive === true ? 'oneOf' : 'anyOf']: forms });
    }
    if (hint?.kind === 'default') {
      // As zod writes a default: its JSON (a Decimal's is its string), before the schema's own.
      const value: unknown = JSON.parse(JSON.stringify(hint.value));
      return replace(jsonSchema, { default: value, ...toJsonSchema(hint.schema) });
    }
    if (hint?.kind === 'json') {
      const base = hint.schema === undefined ? {} : toJsonSchema(hint.schema);
      return replace(jsonSchema, { ...hint.json, ...base });
    }
    if (hint?.kind === 'choice') return replace(jsonSchema, choiceJsonSchema(hint.values));
    if (hint?.kind === 'record') {
      const value = toJsonSchema(hint.value);
      if (hint.keys !== undefined) {
        return replace(jsonSchema, {
          type: 'object',
          properties: Object.fromEntries(hint.keys.map((key) => [key, value])),
          required: [...hint.keys],
          additionalProperties: false,
        });
      }
      const record: JsonSchema = { type: 'object', additionalProperties: value };
      if (hint.nonEmptyKeys === true) record.propertyNames = { pattern: VISIBLE };
      return replace(jsonSchema, record);
    }
    if (
      def.type === 'pipe' &&
      defOf(def.in as Zod).type === 'unknown' &&
      defOf(def.out as Zod).type === 'transform'
    ) {
      // Anything, read by a transform (a choice of schemas by the value's form): zod writes {},
      // which would take everything; the input's patch must say what it takes.
      return replace(jsonSchema, { [UNREPRESENTABLE]: 'transform' });
    }
    if (def.type === 'pipe' && defOf(def.in as Zod).fn === isPlainRecord) {
      // A plain-object check in front of a strict object: the object says it all.
      const out = def.out as Zod;
      if (defOf(out).type === 'object') return replace(jsonSchema, toJsonSchema(out));
    }
    if (def.type === 'string' && jsonSchema.pattern === undefined && refusesBlank(zodSchema)) {
      jsonSchema.pattern = NOT_SPACE;
    }
  },
} as const;

/** The JSON Schema of what `schema` accepts, without `$schema` (for nesting). */
export function toJsonSchema(schema: z.core.$ZodType | Zod): JsonSchema {
  const json = z.toJSONSchema(schema as z.core.$ZodType, options as never) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Every JSON Pointer at which `json` still holds an unrepresentable mark. */
export function unrepresentableAt(json: unknown, pointer = ''): string[] {
  if (json === null || typeof json !== 'object') return [];
  if (!Array.isArray(json) && Object.hasOwn(json, UNREPRESENTABLE)) return [pointer || '/'];
  return Object.entries(json).flatMap(([key, value]) =>
    unrepresentableAt(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}
