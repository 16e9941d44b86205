import { describe, expect, it } from 'vitest';
import { valuePledges } from '../../src/index.js';
import { seedFramework } from '../toms/fixtures.js';

// 20,000 spellings of one tag value (a sheet merged from many hands): each spelling's quoting
// normalised every other spelling, 400 million Unicode normalisations for one warning (over a
// minute). Now one pass (half a second for the whole valuation).
describe('one tag value written 20,000 ways', () => {
  // "housing" in its 128 mixes of case, each followed by 0 to 156 spaces: alike as ids are read.
  const spellings = Array.from({ length: 20_000 }, (_, index) => {
    const letters = [...'housing'].map((letter, bit) =>
      ((index % 128) >> bit) & 1 ? letter.toUpperCase() : letter,
    );
    return letters.join('') + ' '.repeat(Math.floor(index / 128));
  });

  it('warns once, naming every spelling and its pledge', () => {
    const valuation = valuePledges(
      seedFramework,
      spellings.map((department) => ({ measure: 'NT29', quantity: 1, tags: { department } })),
    );
    const warning = valuation.warnings.find((entry) => entry.code === 'tag-spelling');
    expect(warning?.message.startsWith('Tag "department" has one value written 20,000 ways')).toBe(
      true,
    );
    // The first ten spellings are named, in the order of their first pledge.
    expect(warning?.message).toContain('"hOusing" (pledge 2), "HOusing" (pledge 3)');
    expect(warning?.message.endsWith('"HouSing" (pledge 9) and 19,990 more.')).toBe(true);
    expect(warning?.lines).toHaveLength(20_000);
    // NT29 is £16.09 an hour: 20,000 hours.
    expect(valuation.total.toString()).toBe('321800');
  });
});
