/**
 * A record keyed by user strings, with no prototype, so `__proto__`, `constructor` and
 * `toString` are ordinary keys. Internal: every result record keyed by ids, tags or years.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A null-prototype record from entries (later entries win). Internal. */
export function recordFrom<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record = emptyRecord<T>();
  for (const [key, value] of entries) record[key] = value;
  return record;
}

/** The value under `key` when it is the record's own property, else `undefined`. Internal. */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * True for a plain object: not null, not an array, and made by an object literal, `JSON.parse`
 * or `Object.create(null)` (its prototype is `null` or a realm's `Object.prototype`). A `Map`,
 * a `Date` or a class instance is not one. Internal: the lean input readers, `recordSchema` and
 * `strictObject` use this one test, so they always agree.
 */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}
