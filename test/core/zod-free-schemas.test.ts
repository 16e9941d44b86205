import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { anySchema } from '../../src/core/any-schema.js';
import { minLength } from '../../src/core/min-length.js';
import { numericSchema, strictObject, textSchema } from '../../src/core/schemas.js';
import { thenSchema } from '../../src/core/then-schema.js';
import { withChecks } from '../../src/core/with-checks.js';
import { listSchema, optionalSchema } from '../../src/core/wrapper-schema.js';
import { fromZodError } from '../../src/core/zod-error.js';
import { zodTypeWords } from '../../src/core/zod-type-words.js';

// `anySchema`, `minLength` and `thenSchema` replace zod's `z.unknown`, `z.minLength` and
// `z.pipe` into `z.transform` (for bundle size): the same outcomes,
// issues, messages, checks run after them and JSON Schema.

// zod's types are worded with `zodTypeWords`, core's need none. `minLength` gives a custom issue
// with the words of zod's `too_small`, so the issues compared are the worded ones.
function outcome(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return { output: result.data };
  const error = fromZodError(result.error, 'x', [], zodTypeWords);
  return { worded: error.issues };
}

const amount = numericSchema({ min: 0 });
const entry = strictObject({ id: textSchema, amount });

const pairs: readonly (readonly [z.core.$ZodType, z.core.$ZodType])[] = [
  [anySchema, z.unknown()],
  [optionalSchema(anySchema), z.optional(z.unknown())],
  [
    withChecks(listSchema(anySchema), minLength(1)),
    withChecks(listSchema(z.unknown()), z.minLength(1)),
  ],
  [withChecks(listSchema(entry), minLength(2)), withChecks(listSchema(entry), z.minLength(2))],
  [
    thenSchema(strictObject({ id: textSchema, amount }), (read) => ({ ...read, seen: true })),
    z.pipe(
      strictObject({ id: textSchema, amount }),
      z.transform((read) => ({ ...read, seen: true })),
    ),
  ],
  [
    thenSchema(optionalSchema(listSchema(amount)), (read) => read ?? []),
    z.pipe(
      optionalSchema(listSchema(amount)),
      z.transform((read) => read ?? []),
    ),
  ],
];

const inputs = fc.oneof(
  fc.anything(),
  fc.constantFrom('', 'ab', { length: 0 }, [], [1], ['1', '2', '3']),
  fc.array(
    fc.oneof(fc.anything(), fc.integer(), fc.record({ id: fc.string(), amount: fc.anything() })),
  ),
  fc.record(
    { id: fc.oneof(fc.string(), fc.anything()), amount: fc.oneof(fc.integer(), fc.anything()) },
    { requiredKeys: [] },
  ),
);

describe('anySchema, minLength, thenSchema', () => {
  it("give what zod's unknown, minLength and pipe into a transform give", () => {
    fc.assert(
      fc.property(inputs, (value) => {
        for (const [ours, theirs] of pairs) {
          expect(outcome(ours, value)).toEqual(outcome(theirs, value));
          expect(outcome(strictObject({ x: ours }), { x: value })).toEqual(
            outcome(strictObject({ x: theirs }), { x: value }),
          );
          expect(outcome(strictObject({ x: ours }), {})).toEqual(
            outcome(strictObject({ x: theirs }), {}),
          );
        }
      }),
    );
  });

  it('word a list too short, and stop at text given for a list (one problem, not two)', () => {
    expect(
      outcome(withChecks(listSchema(entry), minLength(2)), []).worded?.map(
        (issue) => issue.message,
      ),
    ).toEqual(['expected at least 2 entries, received []']);
    // zod's array lets the length check run on text too (`expected non-empty text`).
    expect(
      outcome(withChecks(listSchema(entry), minLength(1)), '').worded?.map(
        (issue) => issue.message,
      ),
    ).toEqual(['expected a list, received ""']);
  });

  it('leave a key absent when the schema before the step may be absent, as a pipe does', () => {
    const ours = strictObject({
      warnings: thenSchema(optionalSchema(listSchema(amount)), (read) => read ?? []),
    });
    expect(z.parse(ours, {})).toEqual({ warnings: [] });
    expect(
      outcome(strictObject({ x: thenSchema(entry, (read) => read) }), {}).worded,
    ).toMatchObject([{ path: 'x', message: 'missing: expected an object (keys id, amount)' }]);
  });

  it("are written by zod's JSON Schema build as zod's own", () => {
    const hinted = (schema: z.core.$ZodType) =>
      z.toJSONSchema(strictObject({ x: schema }), {
        io: 'input',
        unrepresentable: 'any',
        override: ({ zodSchema, jsonSchema }) => {
          if ((zodSchema as unknown) === anySchema)
            for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        },
      });
    // The pairs before the two transforms, which JSON Schema cannot represent.
    for (const [ours, theirs] of pairs.slice(0, 4)) {
      expect(hinted(ours)).toEqual(hinted(theirs));
    }
  });
});
