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
