import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { numericSchema, strictObject } from '../../src/core/schemas.js';
import { fromZodError, parseInput } from '../../src/core/zod-error.js';
import { zodTypeWords } from '../../src/core/zod-type-words.js';
import { caught } from '../errors.js';

// The library words every zod issue itself (zod/mini ships no messages): each message names
// what was expected and, after ", received", the value found.

/** [path, message] of each issue of a failed parse of `input` as parameter `x`. */
function problems(schema: z.core.$ZodType, input: unknown): [string, string][] {
  const error = caught(() => parseInput(schema, input, 'x', ['x'], zodTypeWords));
  return error.issues.map((issue) => [issue.path, issue.message]);
}

const one = (schema: z.core.$ZodType, input: unknown): string => {
  const found = problems(schema, input);
  expect(found).toHaveLength(1);
  return found[0]![1];
};

describe('wrong types', () => {
  it('name the type expected in words and the value received', () => {
    expect(one(z.string(), 7)).toBe('expected text, received 7');
    expect(one(z.number(), 'x')).toBe('expected a number, received "x"');
    expect(one(z.int(), 1.5)).toBe('expected a whole number, received 1.5');
    expect(one(z.boolean(), 1)).toBe('expected true or false, received 1');
    expect(one(z.bigint(), 1)).toBe('expected a bigint, received 1');
    expect(one(z.date(), 1)).toBe('expected a date, received 1');
    expect(one(z.array(z.string()), 1)).toBe('expected a list, received 1');
    expect(one(z.tuple([z.string()]), 1)).toBe('expected a list, received 1');
    expect(one(z.object({}), 1)).toBe('expected an object, received 1');
    expect(one(z.record(z.string(), z.string()), 1)).toBe('expected an object, received 1');
    expect(one(z.map(z.string(), z.string()), 1)).toBe('expected a Map, received 1');
    expect(one(z.set(z.string()), 1)).toBe('expected a Set, received 1');
    expect(one(z.null(), 1)).toBe('expected null, received 1');
    expect(one(z.undefined(), 1)).toBe('expected nothing, received 1');
    expect(one(z.never(), 1)).toBe('expected nothing here, received 1');
    // A type without words is named as zod names it.
    expect(one(z.symbol(), 1)).toBe('expected symbol, received 1');
  });

  it('say "missing" when nothing was given', () => {
    expect(one(z.int(), undefined)).toBe('missing: expected a number');
    expect(one(z.object({ a: z.string() }), {})).toBe('missing: expected text');
    expect(problems(z.object({ a: z.boolean() }), {})).toEqual([
      ['x.a', 'missing: expected true or false'],
    ]);
    expect(one(z.symbol(), undefined)).toBe('missing: expected symbol');
    // A required key read as anything (`z.unknown()`, `z.nonoptional`): zod's word for it,
    // "nonoptional", is not shown.
    expect(problems(strictObject({ a: z.unknown() }), {})).toEqual([
      ['x.a', 'missing: expected a value'],
    ]);
    expect(one(z.nonoptional(z.optional(z.unknown())), undefined)).toBe(
      'missing: expected a value',
    );
  });
});

describe('wrong values', () => {
  it('list the values accepted, suggesting the one meant', () => {
    expect(one(z.literal('a'), 'b')).toBe('expected "a", received "b" (did you mean "a"?)');
    expect(one(z.enum(['alpha', 'beta']), 'zzzz')).toBe(
      'expected one of "alpha", "beta", received "zzzz"',
    );
    expect(one(z.enum(['alpha', 'beta']), 'bet')).toBe(
      'expected one of "alpha", "beta", received "bet" (did you mean "beta"?)',
    );
    expect(one(z.enum(['a', 'b']), 5)).toBe('expected one of "a", "b", received 5');
    expect(one(z.literal(5), 6)).toBe('expected 5, received 6');
    expect(one(z.literal('a'), undefined)).toBe('missing: expected "a"');
    expect(one(z.enum(['a', 'b']), undefined)).toBe('missing: expected one of "a", "b"');
    expect(one(z.literal([]), 'x')).toBe('expected nothing, received "x"');
  });
});

describe('sizes and bounds', () => {
  it('word text lengths, singular for one character', () => {
    expect(one(z.string().check(z.minLength(1)), '')).toBe('expected non-empty text, received ""');
    expect(one(z.string().check(z.minLength(3)), 'ab')).toBe(
      'expected text of at least 3 characters, received "ab"',
    );
    expect(one(z.string().check(z.maxLength(1)), 'ab')).toBe(
      'expected text of at most 1 character, received "ab"',
    );
    expect(one(z.string().check(z.maxLength(3)), 'abcd')).toBe(
      'expected text of at most 3 characters, received "abcd"',
    );
  });

  it('word list sizes in entries', () => {
    expect(one(z.array(z.string()).check(z.minLength(1)), [])).toBe(
      'expected at least 1 entry, received []',
    );
    expect(one(z.array(z.string()).check(z.minLength(2)), ['a'])).toBe(
      'expected at least 2 entries, received ["a"]',
    );
    expect(one(z.array(z.string()).check(z.maxLength(1)), ['a', 'b'])).toBe(
      'expected at most 1 entry, received ["a","b"]',
    );
    expect(one(z.set(z.string()).check(z.minSize(2)), new Set(['a']))).toBe(
      'expected at least 2 entries, received a Set',
    );
  });

  it('word number bounds, inclusive or not', () => {
    expect(one(z.number().check(z.gt(0)), 0)).toBe('expected a number above 0, received 0');
    expect(one(z.number().check(z.gte(0)), -1)).toBe('expected a number at least 0, received -1');
    expect(one(z.number().check(z.lt(5)), 5)).toBe('expected a number below 5, received 5');
    expect(one(z.number().check(z.lte(5)), 6)).toBe('expected a number at most 5, received 6');
    expect(one(z.bigint().check(z.gte(2n)), 1n)).toBe('expected a number at least 2, received 1n');
  });

  it('word formats and multiples', () => {
    expect(one(z.email(), 'x')).toBe('expected an email address, received "x"');
    expect(one(z.url(), 'x')).toBe('expected a URL, received "x"');
    expect(one(z.iso.date(), 'x')).toBe(
      'expected a calendar date written YYYY-MM-DD, received "x"',
    );
    expect(one(z.iso.datetime(), 'x')).toBe('expected a date and time in ISO 8601, received "x"');
    expect(one(z.uuid(), 'x')).toBe('expected text in the uuid format, received "x"');
    // The library's schemas use no multipleOf: zod's issue is worded as not valid.
    expect(one(z.number().check(z.multipleOf(5)), 7)).toBe('not valid, received 7');
  });

  it('word anything else as not valid', () => {
    expect(one(z.nan(), 1)).toBe('expected nan, received 1');
    // An invalid key with no inner issue has no words of its own.
    const bare = {
      code: 'invalid_key',
      origin: 'map',
      issues: [],
      input: 'k',
      path: [],
      message: '',
    };
    const error = fromZodError({ issues: [bare as never] }, 'x', ['x'], zodTypeWords);
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['x', 'not valid, received "k"'],
    ]);
  });
});

describe('unions', () => {
  it('report the branch that got furthest', () => {
    const union = z.union([z.object({ a: z.string() }), z.string()]);
    expect(problems(union, { a: 1 })).toEqual([['x.a', 'expected text, received 1']]);
    expect(one(z.union([z.string(), z.number()]), true)).toBe(
      'expected one of the accepted forms, received true',
    );
    const deep = z.object({ a: z.object({ b: z.string() }) });
    const shallow = z.object({ a: z.string() });
    for (const branches of [
      [deep, shallow],
      [shallow, deep],
    ] as const) {
      expect(problems(z.union(branches), { a: { b: 1 } })).toEqual([
        ['x.a.b', 'expected text, received 1'],
      ]);
    }
  });

  it('measure a branch by its shallowest issue', () => {
    // Branch one fails at x.a (depth 1) and x.b.c (depth 2); branch two only at x.b.c (depth 2).
    const one = z.object({ a: z.string(), b: z.object({ c: z.string() }) });
    const two = z.object({ b: z.object({ c: z.object({ d: z.string() }) }) });
    expect(problems(z.union([one, two]), { a: 1, b: { c: 1 } })).toEqual([
      ['x.b.c', 'expected an object, received 1'],
    ]);
  });

  it('word a discriminated union as one of its forms (the library picks forms with oneOf)', () => {
    const shape = z.discriminatedUnion('type', [
      z.object({ type: z.literal('alpha') }),
      z.object({ type: z.literal('beta') }),
    ]);
    expect(problems(shape, { type: 'alpa' })).toEqual([
      ['x.type', 'expected one of the accepted forms, received {"type":"alpa"}'],
    ]);
    expect(problems(shape, 'alpha')).toEqual([['x', 'expected an object, received "alpha"']]);
  });
});

describe('keys and elements', () => {
  it('report a bad record key, map entry or set element at its own path', () => {
    expect(problems(z.record(z.string().check(z.minLength(2)), z.string()), { a: 'x' })).toEqual([
      ['x.a', 'expected text of at least 2 characters, received "a"'],
    ]);
    expect(problems(z.map(z.string(), z.number()), new Map([['a', 'v']]))).toEqual([
      ['x.a', 'expected a number, received "v"'],
    ]);
    expect(problems(z.set(z.number()), new Set(['a']))).toEqual([
      ['x', 'expected a number, received "a"'],
    ]);
  });

  it('report each unknown key of a zod strict object as an unknown key', () => {
    expect(problems(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toEqual([
      ['x.b', 'unknown key'],
      ['x.c', 'unknown key'],
    ]);
  });
});

describe('custom issues and codes', () => {
  it('keep a custom message, lowering its first word', () => {
    expect(one(z.string().check(z.refine(() => false, 'Bad thing here')), 'x')).toBe(
      'bad thing here',
    );
    expect(one(z.string().check(z.refine(() => false, 'NT18 is bad')), 'x')).toBe('NT18 is bad');
  });

  it('are out-of-range only when every issue is a number outside the domain', () => {
    const schema = z.object({ a: numericSchema(), b: numericSchema() });
    expect(caught(() => parseInput(schema, { a: '1e15', b: '1e-41' }, 'x')).code).toBe(
      'out-of-range',
    );
    expect(caught(() => parseInput(schema, { a: '1e15', b: 'x' }, 'x')).code).toBe('invalid-input');
    const refused = z.string().check(z.refine(() => false, 'no'));
    expect(caught(() => parseInput(refused, 'x', 'x')).code).toBe('invalid-input');
  });

  it('head the error with what was invalid, paths from the root given', () => {
    const error = caught(() =>
      parseInput(z.object({ a: z.string() }), {}, 'options', [], zodTypeWords),
    );
    expect(error.message).toBe('Invalid options: 1 problem.\n  - a: missing: expected text');
    const result = z.object({ a: z.string(), b: z.string() }).safeParse({}, { reportInput: true });
    if (result.success) throw new Error('parsed');
    const built = fromZodError(result.error, 'thing');
    expect(built.message.split('\n')[0]).toBe('Invalid thing: 2 problems.');
    expect(built.issues.map((issue) => issue.path)).toEqual(['a', 'b']);
    expect(fromZodError(result.error, 'thing', ['p', 0]).issues[0]?.path).toBe('p[0].a');
  });

  it('return the parsed value when there is nothing wrong', () => {
    expect(parseInput(numericSchema(), '2.50', 'x').toString()).toBe('2.5');
  });
});

describe('runSchema', () => {
  it('gives each parse a context of its own, as safeParse does (zod may mark it)', () => {
    // A schema that marks its context, as zod's compiled parsers do when they fall back.
    const contexts: Record<string, unknown>[] = [];
    const marking = {
      _zod: {
        run(payload: { value: unknown }, context: Record<string, unknown>) {
          contexts.push({ ...context });
          context.marked = true;
          return payload;
        },
      },
    } as unknown as z.core.$ZodType;
    expect(parseInput(marking, 1, 'x')).toBe(1);
    expect(parseInput(marking, 2, 'x')).toBe(2);
    expect(contexts).toEqual([{ reportInput: true }, { reportInput: true }]);
  });
});
