/**
 * Copies the fields `keys` of `from` onto `into`, in that order, leaving out those that are
 * `undefined`: a result has no key for an optional field that is absent, as its JSON would
 * not. Internal.
 */
export function copyDefined<K extends string>(
  into: { [key in K]?: unknown },
  from: { readonly [key in K]?: unknown },
  keys: readonly K[],
): void {
  for (const key of keys) if (from[key] !== undefined) into[key] = from[key];
}
