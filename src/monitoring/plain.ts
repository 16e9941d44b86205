import { describeValue } from '../core/describe-value.js';
import { isPlainRecord } from '../core/record-schema.js';

/** What a value that is not a plain object is, for messages: `a list`, `a Map`, `null`. */
export function describeInput(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null && !isPlainRecord(value)) {
    if (value instanceof Date) return `a Date (${describeValue(value)})`;
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype';
  }
  return describeValue(value);
}
