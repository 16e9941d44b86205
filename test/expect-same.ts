import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/**
 * Deep strict equality (prototypes, own keys, Decimal values). vitest's toStrictEqual compares
 * `a.constructor === b.constructor`, which misfires on a null-prototype record whose key
 * `constructor` holds a Decimal, so node's comparison decides and vitest only prints the diff.
 */
export function expectSame(actual: unknown, expected: unknown): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected);
}
