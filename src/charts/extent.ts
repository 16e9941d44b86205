// The largest and smallest of many numbers, as Math.max and Math.min give them, without
// spreading the list into one call's arguments: a chart of 150,000 bars is more arguments than
// an engine takes (a RangeError). Internal.

/** The largest of `values`; `-Infinity` for none, as `Math.max()`. */
export function largest(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) most = Math.max(most, value);
  return most;
}

/** The smallest of `values`; `Infinity` for none, as `Math.min()`. */
export function smallest(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) least = Math.min(least, value);
  return least;
}
