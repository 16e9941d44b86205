import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../src/sql/index-key.js';

// toRows sizes a key in UTF-8 bytes without TextEncoder (an engine with no Node or browser
// globals has none): the count must be TextEncoder's, surrogate pairs and lone surrogates too.
describe('utf8Bytes', () => {
  const encoder = new TextEncoder();

  it('counts 1 to 4 bytes a character, a lone surrogate as U+FFFD', () => {
    // a (1), é (2), € (3), 😀 (4, a surrogate pair), a lone high and low surrogate (3 each).
    expect(['a', 'é', '€', '😀', '\ud83d', '\ude00', 'a😀é'].map(utf8Bytes)).toEqual([
      1, 2, 3, 4, 3, 3, 7,
    ]);
  });

  it('agrees with TextEncoder on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Bytes(text)).toBe(encoder.encode(text).length);
      }),
      { numRuns: 500 },
    );
  });
});
