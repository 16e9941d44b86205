/**
 * The item most of `items` give, compared by `key` (the first of those as common), so that one
 * edit of a stored result is outvoted by the figures that agree. Internal.
 */
export function voted<T>(items: readonly T[], key: (item: T) => string = String): T | undefined {
  const votes = new Map<string, number>();
  let best = items[0];
  // The leader's key, kept: `key` runs once per item (a stored evaluation's criteria are
  // written as JSON to be compared, once per bid).
  let leader: string | undefined;
  for (const item of items) {
    const name = key(item);
    const count = (votes.get(name) ?? 0) + 1;
    votes.set(name, count);
    leader ??= name;
    if (count > votes.get(leader)!) {
      best = item;
      leader = name;
    }
  }
  return best;
}
