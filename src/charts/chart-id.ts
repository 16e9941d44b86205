/**
 * The id prefix of a chart's elements: the caller's `id`, or `sv-<kind>-` and 8 hex digits of a
 * hash (32-bit FNV-1a) of the chart's kind, title and figures. Two different charts on one page
 * get different ids; the same chart gets the same id on every run. Internal.
 */
export function chartId(kind: string, given: string | undefined, seed: string): string {
  if (given !== undefined) return given;
  let hash = 0x811c9dc5;
  const text = `${kind}\u0000${seed}`;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `sv-${kind}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
