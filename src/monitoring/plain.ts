import { describeValue } from '../core/describe-value.js';

/**
 * True for a plain object: an object literal or a null-prototype record. Arrays, dates, maps and
 * class instances are not: their fields would be read by accident. Internal.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** What a value that is not a plain object is, for messages: `a list`, `a Map`, `null`. */
export function describeInput(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null && !isPlainObject(value)) {
    if (value instanceof Date) return `a Date (${describeValue(value)})`;
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype';
  }
  return describeValue(value);
}
