import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { neverSchema, readerSchema, refineCheck } from '../../src/core/reader-schema.js';
import { strictObject } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';

// `readerSchema` replaces zod's `z.pipe(z.custom(…), z.transform(…))` and `refineCheck` its
// `z.refine` (for bundle size): the same outcomes, issues and abort rules.

const even = (value: unknown): value is number => typeof value === 'number' && value % 2 === 0;

const ours = readerSchema<number>((value, issues) => {
  if (!even(value)) {
    issues.push({ code: 'custom', message: 'expected an even number', input: value });
    return undefined;
  }
  return value / 2;
});
const zods = z.pipe(
  z.custom<number>(even, { error: 'expected an even number' }),
  z.transform((value: number) => value / 2),
);

function outcome(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  return result.success ? { output: result.data } : { issues: result.error.issues };
}

describe('readerSchema', () => {
  it('gives what a pipe of a custom check into a transform gives, alone and in an object', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer(), (value, number) => {
        for (const input of [value, number]) {
          expect(outcome(ours, input)).toEqual(outcome(zods, input));
          const inObject = { half: input, other: 'x' };
          expect(outcome(z.object({ half: ours, other: z.string() }), inObject)).toEqual(
            outcome(z.object({ half: zods, other: z.string() }), inObject),
          );
        }
      }),
    );
  });

  it('stops the checks after it when it fails, as an aborted pipe does', () => {
    let checked = 0;
    const counted = (schema: z.core.$ZodType<number>) =>
      withChecks(schema, () => {
        checked += 1;
      });
    z.safeParse(counted(ours), 3);
    z.safeParse(counted(zods), 3);
    expect(checked).toBe(0);
    z.safeParse(counted(ours), 4);
    expect(checked).toBe(1);
    // Length checks too, which zod runs on anything with a length unless the parse is aborted:
    // a list where text is read is one issue, not also `too_small` (as with the aborted pipe).
    const text = readerSchema<string>((value, issues) => {
      if (typeof value === 'string') return value;
      issues.push({ code: 'custom', message: 'expected text', input: value });
    });
    for (const schema of [
      text,
      z.pipe(
        z.custom<string>((v) => typeof v === 'string'),
        z.string(),
      ),
    ]) {
      const issues = z.safeParse(withChecks(schema, z.minLength(1)), []).error?.issues;
      expect(issues?.map((issue) => issue.code)).toEqual(['custom']);
    }
  });
});

describe('neverSchema', () => {
  it('refuses every value and is `never` to the JSON Schema build', () => {
    fc.assert(fc.property(fc.anything(), (value) => !z.safeParse(neverSchema, value).success));
    expect(neverSchema._zod.def.type).toBe('never');
    expect(z.toJSONSchema(strictObject({ a: z.string() }))).toMatchObject({
      additionalProperties: false,
    });
  });
});

describe('refineCheck', () => {
  const shape = { quantity: z.optional(z.number()), years: z.optional(z.array(z.number())) };
  const oneOfThem = (value: { quantity?: number | undefined; years?: number[] | undefined }) =>
    (value.quantity === undefined) !== (value.years === undefined);
  const message = 'expected exactly one of quantity or years';

  it('gives what z.refine gives, after the issues that do not stop it (unknown keys)', () => {
    const mine = withChecks(strictObject(shape), refineCheck(oneOfThem, message, ['quantity']));
    const theirs = withChecks(
      strictObject(shape),
      z.refine(oneOfThem, { error: message, path: ['quantity'] }),
    );
    for (const input of [
      { quantity: 1 },
      {},
      { quantity: 1, years: [1] },
      { quantity: 1, years: [1], yeras: [2] },
      { quantity: 'x', years: [1] },
    ]) {
      expect(outcome(mine, input)).toEqual(outcome(theirs, input));
    }
    expect(z.safeParse(mine, { quantity: 1, years: [1], yeras: [2] }).error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['yeras'] },
      { code: 'custom', path: ['quantity'], message },
    ]);
  });

  it('lets the checks after it run, as z.refine does', () => {
    const second = refineCheck(() => false, 'second');
    const mine = z.number().check(
      refineCheck(() => false, 'first'),
      second,
    );
    const theirs = z.number().check(
      z.refine(() => false, { error: 'first' }),
      second,
    );
    expect(mine.safeParse(1).error?.issues.map((issue) => issue.message)).toEqual([
      'first',
      'second',
    ]);
    expect(outcome(mine, 1)).toEqual(outcome(theirs, 1));
  });
});
