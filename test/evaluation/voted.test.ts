import { describe, expect, it } from 'vitest';
import { voted } from '../../src/evaluation/voted.js';

describe('voted', () => {
  it('gives the item most items give, the first to be that common', () => {
    expect(voted(['a', 'b', 'b', 'c'])).toBe('b');
    expect(voted(['a', 'b', 'b', 'a'])).toBe('b');
    expect(voted(['b', 'a', 'a', 'b', 'c'])).toBe('a');
    expect(voted(['a', 'b', 'c'])).toBe('a');
    expect(voted([3, 1, 1])).toBe(1);
    expect(voted([])).toBeUndefined();
  });

  it('returns the item itself that made its key the most common, compared by its key', () => {
    const items = [
      { id: 'x', n: 1 },
      { id: 'y', n: 2 },
      { id: 'y', n: 3 },
      { id: 'y', n: 4 },
    ];
    expect(voted(items, (item) => item.id)).toBe(items[2]);
  });

  it('works out each key once (a stored evaluation writes each bid’s criteria as JSON)', () => {
    const keys: string[] = [];
    const items = ['p', 'q', 'q', 'p', 'p'];
    const best = voted(items, (item) => {
      keys.push(item);
      return item;
    });
    expect(best).toBe('p');
    expect(keys).toEqual(items);
  });
});
