import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { mapSchema, recordSchema } from '../../src/core/record-schema.js';

// Objects keyed by user ids are read with the core record schema, because zod's record drops a
// `__proto__` key. On every other value the two must agree exactly.

const hasOwnProto = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__');

const hasSymbolKey = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.getOwnPropertySymbols(value).length > 0;

describe('recordSchema', () => {
  it("agrees with zod's record on any value without an own __proto__ or symbol key", () => {
    const ours = recordSchema(z.string());
    const zods = z.record(z.string(), z.string());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
          fc.dictionary(fc.string(), fc.string()),
          fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
        ),
        (value) => {
          fc.pre(!hasOwnProto(value) && !hasSymbolKey(value));
          const a = z.safeParse(ours, value);
          const b = zods.safeParse(value);
          expect(a.success).toBe(b.success);
          if (a.success && b.success) expect({ ...a.data }).toEqual(b.data);
          if (!a.success && !b.success) {
            expect(a.error.issues.map((issue) => issue.path)).toEqual(
              b.error.issues.map((issue) => issue.path),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps __proto__, constructor and toString as own keys of a record without prototype', () => {
    const ours = recordSchema(z.number());
    const data = z.parse(ours, JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}'));
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe(1);
  });

  it('ignores symbol keys, as strict objects do', () => {
    const data = z.parse(recordSchema(z.string()), { a: 'x', [Symbol('s')]: 'y' });
    expect(Reflect.ownKeys(data)).toEqual(['a']);
  });

  it('names what it expected and what it received', () => {
    const issues = (value: unknown) =>
      z
        .safeParse(recordSchema(z.string(), { expected: 'an object of notes' }), value)
        .error?.issues.map((issue) => issue.message);
    expect(issues(new Map())).toEqual(['expected an object of notes, received a Map']);
    expect(issues([1])).toEqual(['expected an object of notes, received a list ([1])']);
    expect(issues(null)).toEqual(['expected an object of notes, received null']);
  });

  it('with keys, reads exactly those keys in their order', () => {
    const schema = recordSchema(z.number(), { keys: ['local', 'unknown'] });
    expect(Object.keys(z.parse(schema, { unknown: 2, local: 1 }))).toEqual(['local', 'unknown']);
    const issues = z.safeParse(schema, { locl: 1 }).error?.issues;
    expect(issues?.map((issue) => [issue.path, issue.message])).toEqual([
      [['locl'], 'unknown key (did you mean "local"?)'],
      [['local'], 'missing: expected an entry'],
      [['unknown'], 'missing: expected an entry'],
    ]);
  });
});

describe('mapSchema', () => {
  it('reads the same entries as recordSchema, into a Map', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (value) => {
        const map = z.parse(mapSchema(z.number()), value);
        const record = z.parse(recordSchema(z.number()), value);
        expect([...map]).toEqual(Object.entries(record));
      }),
    );
  });
});
