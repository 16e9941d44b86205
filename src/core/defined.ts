/** The keys of `T` whose values may be `undefined`. */
type MaybeKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? K : never }[keyof T];

/** `T` with the keys that may be `undefined` made optional (present only with a value). Internal. */
export type Defined<T> = { [K in Exclude<keyof T, MaybeKeys<T>>]: T[K] } & {
  [K in MaybeKeys<T>]?: Exclude<T[K], undefined>;
};

/**
 * A copy of `fields` without those whose value is `undefined`, in their order: a result leaves
 * an optional field out rather than set it to `undefined`. Internal.
 */
export function defined<const T extends object>(fields: T): Defined<T> {
  const kept: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) kept[key] = fields[key];
  return kept as Defined<T>;
}
