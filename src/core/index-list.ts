import { LISTED, listed } from './listing.js';

/**
 * The lines (or pledges) of one thing, such as a measure or a tag value: how many, and their
 * indexes in ascending order (every one, or only the first {@link LISTED} when the result keeps
 * no lines). Internal.
 */
export interface IndexList {
  /** How many lines. */
  count: number;
  /** Their indexes, ascending: all, or the first {@link LISTED}. */
  readonly indexes: number[];
}

/** Adds `index` to a list (kept whole, or up to what messages name). Internal. */
export function noteIndex(list: IndexList, index: number, keepAll: boolean): void {
  list.count += 1;
  if (keepAll || list.indexes.length < LISTED) list.indexes.push(index);
}

/**
 * Ascending merge of several ascending lists (whole, or the first {@link LISTED} of the merge).
 * Internal.
 */
export function mergedIndexes(lists: readonly IndexList[], keepAll: boolean): IndexList {
  const indexes = lists.flatMap((list) => list.indexes).sort((a, b) => a - b);
  const total = lists.reduce((sum, list) => sum + list.count, 0);
  return { count: total, indexes: keepAll ? indexes : indexes.slice(0, LISTED) };
}

/** `0, 1, 2 and 5 more` for a list that may hold only the first indexes. Internal. */
export function indexText(list: IndexList): string {
  return listed(list.indexes, { count: list.count });
}
