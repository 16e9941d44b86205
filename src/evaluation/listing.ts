const counts = new Intl.NumberFormat('en-GB');

/**
 * Items in a sentence: `A`, `A and B`, `A, B and C`; beyond `limit` items the rest are counted
 * (`A, B, C and 99,997 more`), so a message about many bids stays short. Internal.
 */
export function listed(
  items: readonly string[],
  options: { readonly limit?: number; readonly and?: 'and' | 'or' } = {},
): string {
  const limit = options.limit ?? 10;
  const and = options.and ?? 'and';
  if (items.length <= 1) return items[0] ?? '';
  if (items.length <= limit) return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
  return `${items.slice(0, limit).join(', ')} and ${counts.format(items.length - limit)} more`;
}

/** Items joined by commas, the rest counted beyond `limit`: `4, 3, 5 and 997 more`. Internal. */
export function capped(items: readonly { toString(): string }[], limit = 10): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length <= limit ? shown : `${shown} and ${counts.format(items.length - limit)} more`;
}

/** `1 price`, `4,000 prices`: a count in a sentence, grouped in thousands. Internal. */
export function counted(count: number, noun: string, nouns = `${noun}s`): string {
  return `${counts.format(count)} ${count === 1 ? noun : nouns}`;
}
