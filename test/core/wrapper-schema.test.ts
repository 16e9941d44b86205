import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { refineCheck } from '../../src/core/reader-schema.js';
import { numericSchema, strictObject, textSchema } from '../../src/core/schemas.js';
import { listSchema, nullableSchema, optionalSchema } from '../../src/core/wrapper-schema.js';

// `optionalSchema`, `nullableSchema` and `listSchema` replace zod's `z.optional`, `z.nullable`
// and `z.array` (for bundle size): the same outcomes, issues, abort rules and JSON Schema.

function outcome(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { output: result.data } : { issues: result.error.issues };
}

const amount = numericSchema({ min: 0 });
const entry = strictObject({ id: textSchema, amount: nullableSchema(amount) });
const zodEntry = strictObject({ id: textSchema, amount: z.nullable(amount) });

const pairs: readonly (readonly [z.ZodMiniType, z.ZodMiniType])[] = [
  [optionalSchema(amount), z.optional(amount)],
  [nullableSchema(amount), z.nullable(amount)],
  [listSchema(amount), z.array(amount)],
  [listSchema(entry), z.array(zodEntry)],
  [optionalSchema(listSchema(entry)), z.optional(z.array(zodEntry))],
  [
    strictObject({ a: optionalSchema(textSchema), b: listSchema(optionalSchema(amount)) }),
    strictObject({ a: z.optional(textSchema), b: z.array(z.optional(amount)) }),
  ],
];

const inputs = fc.oneof(
  fc.anything(),
  fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), amount: fc.anything() }))),
  fc.record(
    { a: fc.anything(), b: fc.array(fc.oneof(fc.constant(undefined), fc.integer())) },
    { requiredKeys: [] },
  ),
);

describe('optionalSchema, nullableSchema, listSchema', () => {
  it("give what zod's optional, nullable and array give, alone and in an object", () => {
    fc.assert(
      fc.property(inputs, (value) => {
        for (const [ours, theirs] of pairs) {
          expect(outcome(ours, value)).toEqual(outcome(theirs, value));
          expect(outcome(strictObject({ x: ours }), { x: value })).toEqual(
            outcome(strictObject({ x: theirs }), { x: value }),
          );
        }
      }),
    );
  });

  it('leave an optional key absent, and run the checks after them as zod does', () => {
    const check = refineCheck<{ a?: string | undefined }>((value) => value.a !== 'no', 'not no', [
      'a',
    ]);
    const ours = strictObject({ a: optionalSchema(textSchema), b: listSchema(entry) }).check(check);
    const theirs = strictObject({ a: z.optional(textSchema), b: z.array(zodEntry) }).check(check);
    for (const input of [
      { b: [] },
      { a: undefined, b: [] },
      { a: 'no', b: [{ id: 'x', amount: null }] },
      { a: 'no', b: [{ id: 'x', amount: null, extra: 1 }] },
      { a: 'no', b: [{ id: 'x', amount: -1 }] },
      { a: 'no', b: 'x', c: 1 },
    ]) {
      expect(outcome(ours, input)).toEqual(outcome(theirs, input));
      expect(Object.keys(ours.parse({ b: [] }))).toEqual(['b']);
    }
  });

  it('read text given for a list of a least length as one issue (zod adds too_small)', () => {
    for (const input of ['', 'ab']) {
      const ours = listSchema(textSchema).check(z.minLength(3)).safeParse(input);
      expect(ours.error?.issues.map((issue) => issue.code)).toEqual(['invalid_type']);
      const theirs = z.array(textSchema).check(z.minLength(3)).safeParse(input);
      expect(theirs.error?.issues.map((issue) => issue.code)).toEqual([
        'invalid_type',
        'too_small',
      ]);
    }
    // A list too short is still too short.
    const short = listSchema(textSchema).check(z.minLength(3)).safeParse(['a']);
    expect(short.error?.issues.map((issue) => issue.code)).toEqual(['too_small']);
  });

  it("are written by zod's JSON Schema build as zod's own", () => {
    for (const [ours, theirs] of pairs) {
      expect(
        z.toJSONSchema(strictObject({ x: ours }), { io: 'input', unrepresentable: 'any' }),
      ).toEqual(
        z.toJSONSchema(strictObject({ x: theirs }), { io: 'input', unrepresentable: 'any' }),
      );
    }
  });
});
