/**
 * The item most of `items` give, compared by `key` (the first of those as common), so that one
 * edit of a stored result is outvoted by the figures that agree. Internal.
 */
export function voted<T>(items: readonly T[], key: (item: T) => string = String): T | undefined {
  const votes = new Map<string, number>();
  let best = items[0];
  for (const item of items) {
    const name = key(item);
    votes.set(name, (votes.get(name) ?? 0) + 1);
    if (votes.get(name)! > votes.get(key(best!))!) best = item;
  }
  return best;
}
