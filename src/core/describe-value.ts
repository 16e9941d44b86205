import { Decimal } from './decimal.js';

/**
 * A short, quoted rendering of any input value for error messages: strings in double quotes,
 * numbers and bigints as written, decimals by value, objects as compact JSON (cut at 60
 * characters). Internal: not exported from the package.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Decimal.isDecimal(value)) return `Decimal(${value.toString()})`;
  if (typeof value === 'function') return 'a function';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  try {
    const json = JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'bigint' ? `${inner}n` : inner,
    );
    if (json === undefined) return String(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
