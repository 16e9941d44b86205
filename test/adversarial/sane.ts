import fc from 'fast-check';
import { expect } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';

const BAD_TEXT = /NaN|Infinity|∞|undefined|\[object Object\]/;

/**
 * Walks any value a function returned and fails on NaN, Infinity, a non-finite Decimal, or a
 * string containing 'NaN', 'Infinity', '∞', 'undefined' or '[object Object]'. Returns the
 * number of leaves checked, so a test can see it walked something.
 */
export function expectSane(value: unknown, path = 'result', seen = new Set<unknown>()): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true);
    return 1;
  }
  if (typeof value === 'string') {
    expect(BAD_TEXT.test(value), `${path}: ${value}`).toBe(false);
    return 1;
  }
  if (typeof value !== 'object') return 1;
  if (Decimal.isDecimal(value)) {
    expect((value as Decimal).isFinite(), `${path} is ${String(value)}`).toBe(true);
    return 1;
  }
  if (seen.has(value)) return 0;
  seen.add(value);
  let leaves = 0;
  for (const key of Object.keys(value)) {
    leaves += expectSane((value as Record<string, unknown>)[key], `${path}.${key}`, seen);
  }
  return leaves;
}

/** Deep-freezes a test input (to prove a function neither writes to nor needs to write it). */
export function frozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (inner: unknown): void => {
    if (inner === null || typeof inner !== 'object' || Object.isFrozen(inner)) return;
    for (const key of Object.keys(inner)) freeze((inner as Record<string, unknown>)[key]);
    Object.freeze(inner);
  };
  freeze(copy);
  return copy;
}

/** True when no object reachable from `value` is frozen (the caller's data stayed writable). */
export function nothingFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || Decimal.isDecimal(value)) return true;
  if (seen.has(value)) return true;
  seen.add(value);
  if (Object.isFrozen(value)) return false;
  return Object.keys(value).every((key) =>
    nothingFrozen((value as Record<string, unknown>)[key], seen),
  );
}

/** Numbers and strings that are not valid library numbers, or lie outside the domain. */
export const hostileNumbers: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -Infinity,
  '1e400',
  '-1e400',
  '1e9000000000000001',
  '1e-9000000000000001',
  '1e15',
  1e300,
  5e-324,
  'abc',
  '',
  ' ',
  '0x10',
  '1,000',
  '£5',
  '1_000',
  null,
  true,
  {},
  [],
  () => 1,
];

/** The {@link hostileNumbers} that are numbers outside the domain: their code is `out-of-range`. */
export const outOfRangeNumbers: ReadonlySet<unknown> = new Set([
  '1e400',
  '-1e400',
  '1e9000000000000001',
  '1e-9000000000000001',
  '1e15',
  1e300,
  5e-324,
]);

/** The error code a hostile number gives: `out-of-range` outside the domain, else `invalid-input`. */
export const codeOf = (value: unknown): 'out-of-range' | 'invalid-input' =>
  outOfRangeNumbers.has(value) ? 'out-of-range' : 'invalid-input';

/** Ids named like Object.prototype members: every one must work as an ordinary id. */
export const prototypeNames: readonly string[] = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
];

/** Numbers inside the domain at its edges: huge, tiny, with many places, in every form. */
export const edgeNumbers: readonly unknown[] = [
  '999999999999999.99',
  999_999_999_999_999,
  123_456_789_012_345n,
  `0.${'0'.repeat(39)}1`,
  '1e-40',
  1e-24,
  '0.1234567890123456789012345678901234567891',
  '33.333333333333333333333333333333333333',
  new Decimal('0.0000000001'),
  0,
  -0,
  '-0',
];

/** Ids a user may give: prototype-named, padded, with bidi or invisible characters, long. */
export const hostileIds: readonly string[] = [
  ...prototypeNames,
  ' padded ',
  '\u202Eevil\u202C',
  'A\u200B',
  'e\u0301',
  '🦆',
  'x'.repeat(300),
];

/** Texts a user may write: blank, bidi, control characters, formula-like, long. */
export const hostileTexts: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u2067\u202Eright to left\u2069',
  'line\nbreak',
  '=SUM(A1:A9)',
  'nul\u0000',
  'y'.repeat(2000),
];

/**
 * A number for a field: mostly an ordinary one from `min` to `max`, one time in ten at the
 * domain's edge, one in ten hostile (not a number, or outside the domain).
 */
export const someNumber = (min = 0, max = 1_000_000): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(...edgeNumbers) },
    { weight: 1, arbitrary: fc.constantFrom(...hostileNumbers) },
  );

/** One of `ordinary` ids most of the time, else a hostile one. */
export const someId = (...ordinary: string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ordinary) }, fc.constantFrom(...hostileIds));

/** `ordinary` text most of the time, else a hostile one (blank among them). */
export const someText = (ordinary: string): fc.Arbitrary<string> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(ordinary) }, fc.constantFrom(...hostileTexts));

/** Plain objects and arrays copied and frozen, all the way down; other values as they are. */
function deepFrozen(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(deepFrozen));
  if (value === null || typeof value !== 'object') return value;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  return Object.freeze(
    Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, deepFrozen(inner)])),
  );
}

/**
 * A value as a caller may hand it over: as built, revived from JSON (a branded object becomes
 * plain data, a bigint a string), or deep-frozen.
 */
export const given = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc
    .tuple(arbitrary, fc.constantFrom('as built', 'from JSON', 'deep-frozen'))
    .map(([value, form]) => {
      if (form === 'as built') return value;
      if (form === 'deep-frozen') return deepFrozen(value) as T;
      const text = JSON.stringify(value, (_, inner) =>
        typeof inner === 'bigint' ? inner.toString() : inner,
      );
      return (text === undefined ? undefined : JSON.parse(text)) as T;
    });
