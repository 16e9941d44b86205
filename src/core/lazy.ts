/**
 * A value built on first use and kept, so that importing a module does no work a bundler must
 * keep (schemas are built when a function first runs). Internal.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
