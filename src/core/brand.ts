import { deepFreeze } from './freeze.js';

const brandKey = /* @__PURE__ */ Symbol.for('social-value.kind');

/**
 * Marks an object the library built (a `define*` object or a result) as trusted, with its kind,
 * then freezes it deeply. The mark is a non-enumerable registered symbol: JSON and spreads drop
 * it, so a copy is validated again (`structuredClone` refuses a result with a Decimal, whose own
 * `constructor` it cannot copy, and drops the mark of one without). Internal.
 */
export function seal<T extends object>(value: T, kind: string): T {
  Object.defineProperty(value, brandKey, { value: kind, enumerable: false });
  return deepFreeze(value);
}

/**
 * True when `value` was sealed by this (or another copy of this) library with `kind`: the mark
 * its own, not inherited (a frozen `Object.create(valuation, { total: … })` is no valuation the
 * library made). Null, undefined and other values have no mark. Internal.
 */
export function isSealed(value: unknown, kind: string): boolean {
  return (
    (value as Record<symbol, unknown> | null | undefined)?.[brandKey] === kind &&
    Object.hasOwn(value as object, brandKey) &&
    Object.isFrozen(value)
  );
}
