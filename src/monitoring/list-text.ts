/** How many items a message lists before it says how many more there are. */
const SHOWN = 10;

/**
 * Items for a message, at most ten: `1, 2, 3`, or `1, 2, …, 10 and 99,990 more`, so a message
 * about a huge input stays short. Internal.
 */
export function listText(items: readonly (string | number)[]): string {
  if (items.length <= SHOWN) return items.join(', ');
  const more = (items.length - SHOWN).toLocaleString('en-GB');
  return `${items.slice(0, SHOWN).join(', ')} and ${more} more`;
}
