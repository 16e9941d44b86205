import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { refineCheck } from '../../src/core/reader-schema.js';
import { numericSchema, strictObject, textSchema } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';
import { listSchema, nullableSchema, optionalSchema } from '../../src/core/wrapper-schema.js';

// `optionalSchema`, `nullableSchema` and `listSchema` replace zod's `z.optional`, `z.nullable`
// and `z.array` (for bundle size): the same outcomes, issues, abort rules and JSON Schema.

function outcome(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value, { reportInput: true });
  return result.success ? { output: result.data } : { issues: result.error.issues };
}

const amount = numericSchema({ min: 0 });
const entry = strictObject({ id: textSchema, amount: nullableSchema(amount) });
const zodEntry = strictObject({ id: textSchema, amount: z.nullable(amount) });

const pairs: readonly (readonly [z.core.$ZodType, z.core.$ZodType])[] = [
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
    const ours = withChecks(
      strictObject({ a: optionalSchema(textSchema), b: listSchema(entry) }),
      check,
    );
    const theirs = withChecks(
      strictObject({ a: z.optional(textSchema), b: z.array(zodEntry) }),
      check,
    );
    for (const input of [
      { b: [] },
      { a: undefined, b: [] },
      { a: 'no', b: [{ id: 'x', amount: null }] },
      { a: 'no', b: [{ id: 'x', amount: null, extra: 1 }] },
      { a: 'no', b: [{ id: 'x', amount: -1 }] },
      { a: 'no', b: 'x', c: 1 },
    ]) {
      expect(outcome(ours, input)).toEqual(outcome(theirs, input));
      expect(Object.keys(z.parse(ours, { b: [] }))).toEqual(['b']);
    }
  });

  it('read text given for a list of a least length as one issue (zod adds too_small)', () => {
    for (const input of ['', 'ab']) {
      const ours = z.safeParse(withChecks(listSchema(textSchema), z.minLength(3)), input);
      expect(ours.error?.issues.map((issue) => issue.code)).toEqual(['invalid_type']);
      const theirs = z.array(textSchema).check(z.minLength(3)).safeParse(input);
      expect(theirs.error?.issues.map((issue) => issue.code)).toEqual([
        'invalid_type',
        'too_small',
      ]);
    }
    // A list too short is still too short.
    const short = z.safeParse(withChecks(listSchema(textSchema), z.minLength(3)), ['a']);
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
