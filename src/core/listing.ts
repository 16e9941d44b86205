import { countText } from './text.js';

/** How many items a message names before it counts the rest. Internal. */
export const LISTED = 10;

/**
 * Items in a sentence: `A`, `A and B`, `A, B and C` (`or` with `{ and: 'or' }`); beyond
 * `limit` items (default 10) the rest are counted: `0, 1, …, 9 and 99,990 more`, so a message
 * about a huge input stays short (the result's fields hold every item). `count`: how many items
 * there are when `items` holds only the first ones (at least `limit` of them). Internal: the one
 * way the library lists items in messages.
 */
export function listed(
  items: readonly (string | number | { toString(): string })[],
  options: { readonly limit?: number; readonly and?: 'and' | 'or'; readonly count?: number } = {},
): string {
  const limit = options.limit ?? LISTED;
  const count = options.count ?? items.length;
  const shown = items.slice(0, limit).map(String);
  if (count > limit) return `${shown.join(', ')} and ${countText(count - limit)} more`;
  if (shown.length <= 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} ${options.and ?? 'and'} ${shown.at(-1)}`;
}
