import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { Decimal } from '../src/core/decimal.js';

/**
 * Where two values first differ beyond what `isDeepStrictEqual` checks, or `undefined`: own
 * keys in the same order (symbols included, so a seal's brand and its kind too), the same
 * frozenness, Decimals equal in value, sign and class.
 */
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
  if (Object.isFrozen(actual) !== Object.isFrozen(expected)) {
    return `${path}: ${Object.isFrozen(expected) ? 'not frozen' : 'frozen'}`;
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
      `${path}[${typeof key === 'symbol' ? key.toString() : JSON.stringify(key)}]`,
    );
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/**
 * Fails unless `actual` and `expected` are the same data: node's `isDeepStrictEqual`
 * (prototypes, values, Map and Set entries) plus the same own keys in the same order (so JSON
 * is byte-identical), the same seal (brand kind and frozenness) and Decimals equal in value and
 * class. vitest's `toStrictEqual` compares `a.constructor === b.constructor`, which misfires on a
 * null-prototype record whose key `constructor` is an id, so it only prints the diff on failure.
 * The one deep comparison of the snapshot, order and frozen-input tests.
 */
export function expectSame(actual: unknown, expected: unknown): void {
  const difference = firstDifference(actual, expected, 'value');
  if (difference === undefined && isDeepStrictEqual(actual, expected)) return;
  expect(actual).toStrictEqual(expected);
  expect(difference ?? 'isDeepStrictEqual finds them different').toBeUndefined();
}
