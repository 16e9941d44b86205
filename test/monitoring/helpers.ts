import { expect } from 'vitest';
import { Decimal } from '../../src/index.js';
import { caught } from '../errors.js';

/** Runs `fn`, expects a SocialValueError with `code` and an issue at `path`. */
export function expectError(fn: () => unknown, code: string, path: string): void {
  const error = caught(fn);
  expect(error.code).toBe(code);
  expect(error.issues.map((issue) => issue.path)).toContain(path);
}

/** A decimal's string, or null. */
export const str = (value: { toString(): string } | null | undefined) =>
  value === null || value === undefined ? value : value.toString();

/** Where two values first differ (see {@link expectIdentical}), or `undefined`. */
function firstDifference(actual: unknown, expected: unknown, path: string): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  if (typeof expected !== 'object' || expected === null) {
    return `${path}: ${String(actual)} is not ${String(expected)}`;
  }
  if (typeof actual !== 'object' || actual === null) return `${path}: not an object`;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${path}: another prototype`;
  }
  if (Decimal.isDecimal(expected)) {
    const [left, right] = [actual as Decimal, expected as Decimal];
    return left.toString() === right.toString() && left.s === right.s
      ? undefined
      : `${path}: ${left.toString()} is not ${right.toString()}`;
  }
  const keys = Reflect.ownKeys(expected);
  const actualKeys = Reflect.ownKeys(actual);
  if (keys.length !== actualKeys.length || keys.some((key, i) => key !== actualKeys[i])) {
    return `${path}: keys ${actualKeys.map(String).join(',')} are not ${keys.map(String).join(',')}`;
  }
  for (const key of keys) {
    const difference = firstDifference(
      (actual as Record<PropertyKey, unknown>)[key],
      (expected as Record<PropertyKey, unknown>)[key],
      `${path}.${String(key)}`,
    );
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/**
 * Fails unless `actual` and `expected` are the same data: same prototypes, the same own keys in
 * the same order (symbols included, so the seal's brand too), the same values; Decimals equal in
 * value, sign and class. Stronger than `toStrictEqual`, which takes an own `constructor` key (a
 * theme id) for the object's class and so calls two equal records different.
 */
export function expectIdentical(actual: unknown, expected: unknown): void {
  expect(firstDifference(actual, expected, 'value')).toBeUndefined();
}
