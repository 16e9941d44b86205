import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../src/core/suggest.js';

describe('suggest', () => {
  it('offers a name that differs only in case or spacing first', () => {
    expect(suggest('contract_type', ['contractType', 'contractValue'])).toEqual(['contractType']);
    expect(suggest('NT 18', ['NT18', 'NT19'])).toEqual(['NT18']);
    expect(suggest('Places', ['places', 'mode'])).toEqual(['places']);
  });

  it('never offers the name itself', () => {
    expect(suggest('mode', ['mode'])).toEqual([]);
    expect(suggest('mode', ['mode', 'node'])).toEqual(['node']);
  });

  it('counts a swap of neighbours as one edit', () => {
    // "verfication" is one deletion from "verification"; "attributoin" one swap from the key.
    expect(suggest('attributoin', ['attribution', 'tribute'])).toEqual(['attribution']);
    expect(suggest('ab', ['ba', 'abcd'])).toEqual(['ba']);
  });

  it('allows two edits, or a third of a long name', () => {
    expect(suggest('mdoe', ['mode'])).toEqual(['mode']);
    expect(suggest('abc', ['xyz'])).toEqual([]);
    expect(suggest('ab', ['xy'])).toEqual(['xy']); // two substitutions: within the limit of 2
    expect(suggest('abc', ['axy'])).toEqual(['axy']);
    expect(suggest('abcd', ['wxyd'])).toEqual([]); // three edits
    // 12 letters: up to 4 edits.
    expect(suggest('abcdefghijkl', ['abcdefghwxyz'])).toEqual(['abcdefghwxyz']);
    expect(suggest('abcdefghijkl', ['abcdefgvwxyz'])).toEqual([]);
    // 9 letters: up to 3 edits.
    expect(suggest('abcdefghi', ['abcdefxyz'])).toEqual(['abcdefxyz']);
    expect(suggest('abcdefghi', ['abcdewxyz'])).toEqual([]);
  });

  it('counts a name that grew a prefix or suffix as just after a one-letter slip', () => {
    expect(suggest('attribution', ['attributionShare'])).toEqual(['attributionShare']);
    expect(suggest('attributionShare', ['attribution'])).toEqual(['attribution']);
    // A one-letter slip comes first; a two-letter slip comes after the grown name.
    expect(suggest('share', ['shares', 'shareOfTotal'])).toEqual(['shares']);
    expect(suggest('weight', ['weights', 'weightPoints'])).toEqual(['weights']);
    expect(suggest('weight', ['wieghts', 'weightPoints'])).toEqual(['weightPoints']);
    // Too short to count as a grown name (under 4 letters).
    expect(suggest('abc', ['abcdefgh'])).toEqual([]);
    expect(suggest('abcd', ['abcdefgh'])).toEqual(['abcdefgh']);
  });

  it('gives only the closest tier, at most three, ties in code-unit order', () => {
    expect(suggest('overal', ['overallRounding', 'overall'])).toEqual(['overall']);
    expect(suggest('ab', ['ax', 'Ab', 'aB', 'ay'])).toEqual(['Ab', 'aB']);
    expect(suggest('cat', ['cut', 'cot', 'cit', 'bat', 'hat'])).toEqual(['bat', 'cit', 'cot']);
    expect(suggest('a', [])).toEqual([]);
  });

  it('ignores spaces around the unknown name when measuring edits', () => {
    expect(suggest('  places ', ['places', 'plate'])).toEqual(['places']);
  });
});

describe('didYouMean', () => {
  it('words one, two or three suggestions, or nothing', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['NT18'])).toBe(' (did you mean "NT18"?)');
    expect(didYouMean(['a', 'b'])).toBe(' (did you mean "a" or "b"?)');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' (did you mean "a", "b" or "c"?)');
  });
});
