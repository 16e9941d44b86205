import { describe, expect, it } from 'vitest';
import type { IndexList } from '../../src/core/index-list.js';
import { tagSpellings } from '../../src/core/tag-spellings.js';

/** A list of `count` indexes from `first`, every one kept. */
const list = (first: number, count = 1): IndexList => ({
  count,
  indexes: Array.from({ length: count }, (_, i) => first + i),
});

/** Every call of `found`, as [message, the lists' first indexes]. */
function spellings(lists: Map<string, Map<string, IndexList>>, noun: string) {
  const calls: [string, number[]][] = [];
  tagSpellings(lists, noun, (message, found) =>
    calls.push([message, found.map((entry) => entry.indexes[0]!)]),
  );
  return calls;
}

describe('tagSpellings (the tag-spelling warnings of valuations and delivery reports)', () => {
  it('groups values alike as ids are read, by tag name in code-unit order, spellings as given', () => {
    const lists = new Map([
      // "ward": "North" and "north" alike; "South" alone.
      [
        'ward',
        new Map([
          ['North', list(0)],
          ['South', list(1)],
          ['north', list(2, 2)],
        ]),
      ],
      // "Department" before "ward" in code-unit order; "A\u200b" reads as "a".
      [
        'Department',
        new Map([
          ['a', list(5)],
          ['A\u200b', list(6)],
          ['  A  ', list(7)],
        ]),
      ],
    ]);
    expect(spellings(lists, 'line')).toEqual([
      [
        'Tag "Department" has one value written 3 ways, totalled apart in byTag: "a" (line 5), "A\\u200b" (line 6) and "  A  " (line 7).',
        [5, 6, 7],
      ],
      [
        'Tag "ward" has one value written 2 ways, totalled apart in byTag: "North" (line 0) and "north" (lines 2 and 3).',
        [0, 2],
      ],
    ]);
  });

  it('writes spellings that look the same with escapes, so that the message tells them apart', () => {
    // "Café" composed (U+00E9) and decomposed (e + U+0301), and the Angstrom sign (U+212B)
    // beside Å (U+00C5): each pair prints alike. "CAFÉ" looks different and stays as written.
    const lists = new Map([
      [
        'venue',
        new Map([
          ['Caf\u00e9', list(0)],
          ['Cafe\u0301', list(1)],
          ['CAF\u00c9', list(2)],
        ]),
      ],
      [
        'unit',
        new Map([
          ['\u212b', list(3)],
          ['\u00c5', list(4)],
        ]),
      ],
    ]);
    expect(spellings(lists, 'pledge').map(([message]) => message)).toEqual([
      'Tag "unit" has one value written 2 ways, totalled apart in byTag: "\\u212b" (pledge 3) and "\\u00c5" (pledge 4).',
      'Tag "venue" has one value written 3 ways, totalled apart in byTag: "Caf\\u00e9" (pledge 0), "Cafe\\u0301" (pledge 1) and "CAFÉ" (pledge 2).',
    ]);
  });

  it('counts the indexes beyond ten, and finds nothing when every value is written one way', () => {
    const lists = new Map([
      [
        'ward',
        new Map([
          ['North', list(0, 12)],
          ['NORTH', list(12)],
        ]),
      ],
    ]);
    expect(spellings(lists, 'pledge')).toEqual([
      [
        'Tag "ward" has one value written 2 ways, totalled apart in byTag: "North" (pledges 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 2 more) and "NORTH" (pledge 12).',
        [0, 12],
      ],
    ]);
    expect(spellings(new Map([['ward', new Map([['North', list(0)]])]]), 'line')).toEqual([]);
  });
});
