import { describe, expect, it } from 'vitest';
import { SUGGESTED, suggester } from '../../src/core/suggester.js';

describe('suggester', () => {
  it('compares the first 20 names, then finds only case and spacing slips', () => {
    const closest = suggester(['Housing', 'housing', 'Roads', 'Parks']);
    for (let asked = 0; asked < SUGGESTED; asked += 1) {
      expect(closest('Housng')).toEqual(['Housing', 'housing']);
    }
    expect(SUGGESTED).toBe(20);
    // The 21st: a one-letter slip is no longer compared; the same name in another case or
    // spacing still is, in code-unit order, never the name itself.
    expect(closest('Housng')).toEqual([]);
    expect(closest('HOUSING')).toEqual(['Housing', 'housing']);
    expect(closest('housing')).toEqual(['Housing']);
    expect(closest(' ro_ads ')).toEqual(['Roads']);
    expect(closest('Lighting')).toEqual([]);
  });

  it('reads the known names only when first asked', () => {
    const known = new Set<string>();
    const closest = suggester(known);
    known.add('Roads');
    expect(closest('roads')).toEqual(['Roads']);
  });
});
