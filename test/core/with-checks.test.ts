import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { minLength } from '../../src/core/min-length.js';
import { refineCheck } from '../../src/core/reader-schema.js';
import { strictObject, textSchema } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';
import { listSchema } from '../../src/core/wrapper-schema.js';

/** The output, or the issues, of a parse. */
function outcome(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? { output: result.data } : { issues: result.error.issues };
}

const short = (payload: z.core.ParsePayload<string>) => {
  if (payload.value.length > 3) {
    payload.issues.push({ code: 'custom', message: 'too long', input: payload.value });
  }
};

describe('withChecks', () => {
  it("adds checks as zod/mini's .check() does", () => {
    const zods = z.string();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        expect(outcome(withChecks(zods, short, z.minLength(1)), value)).toEqual(
          outcome(zods.check(short, z.minLength(1)), value),
        );
      }),
    );
  });

  it('runs after the schema, on a copy whose parent is the schema', () => {
    const list = listSchema(textSchema);
    const nonEmpty = withChecks(list, minLength(1));
    expect(nonEmpty).not.toBe(list);
    expect(nonEmpty._zod.parent).toBe(list);
    expect(outcome(list, [])).toEqual({ output: [] });
    expect(outcome(nonEmpty, [])).toEqual({
      issues: [{ code: 'custom', message: 'expected at least 1 entry, received []', path: [] }],
    });
    const pair = withChecks(
      strictObject({ a: textSchema, b: textSchema }),
      refineCheck((value: { a: string; b: string }) => value.a !== value.b, 'expected a ≠ b', [
        'b',
      ]),
    );
    expect(outcome(pair, { a: 'x', b: 'y' })).toEqual({ output: { a: 'x', b: 'y' } });
    expect(outcome(pair, { a: 'x', b: 'x' })).toEqual({
      issues: [{ code: 'custom', message: 'expected a ≠ b', path: ['b'] }],
    });
  });
});
