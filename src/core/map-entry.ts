/**
 * The entry of `key` in `map`, made by `make` and added first when there is none (an index, a
 * group, a running sum). Internal.
 */
export function entryOf<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = make(key);
    map.set(key, entry);
  }
  return entry;
}
