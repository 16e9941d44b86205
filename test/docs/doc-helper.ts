import { isDeepStrictEqual } from 'node:util';

function plain(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'toStringTag' in value) {
    if ((value as { toStringTag: unknown }).toStringTag === '[object Decimal]')
      return String(value);
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** Checks a documented result: decimals compare by their string form. */
export function __expectDoc(actual: unknown, expected: unknown, line: string): void {
  const left = plain(actual);
  if (!isDeepStrictEqual(left, plain(expected))) {
    throw new Error(`Documented result does not hold: ${line}\n  actual: ${JSON.stringify(left)}`);
  }
}
