import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { keyedRecord } from '../../src/maturity/keyed-record.js';

// The maturity area reads objects keyed by user ids with its own record schema, because zod's
// record drops a `__proto__` key. On every other value the two must agree exactly.

const hasOwnProto = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__');

describe('keyedRecord', () => {
  it("agrees with zod's record on any value without an own __proto__ key", () => {
    const ours = keyedRecord<string>(() => z.string(), 'an object');
    const zods = z.record(z.string(), z.string());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
          fc.dictionary(fc.string(), fc.string()),
          fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())),
        ),
        (value) => {
          fc.pre(!hasOwnProto(value));
          const a = ours.safeParse(value);
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
    const ours = keyedRecord<number>(() => z.number(), 'an object');
    const data = ours.parse(JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}'));
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe(1);
  });

  it('refuses symbol keys as zod does', () => {
    const ours = keyedRecord<string>(() => z.string(), 'an object');
    expect(ours.safeParse({ [Symbol('s')]: 'x' }).success).toBe(false);
    expect(z.record(z.string(), z.string()).safeParse({ [Symbol('s')]: 'x' }).success).toBe(false);
  });
});
