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
