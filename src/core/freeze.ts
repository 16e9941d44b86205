import { Decimal } from './decimal.js';

/**
 * Freezes plain objects and arrays, deeply, and returns the same value typed read-only.
 * Decimals and other class instances are left as they are. Internal.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (Decimal.isDecimal(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
