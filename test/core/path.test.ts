import { describe, expect, it } from 'vitest';
import { formatPath, pathSegments } from '../../src/core/path.js';

describe('formatPath', () => {
  it('writes keys and indexes as code would', () => {
    expect(formatPath(['pledges', 3, 'quantity'])).toBe('pledges[3].quantity');
    expect(formatPath([0, 'measure'])).toBe('[0].measure');
    expect(formatPath([])).toBe('');
    expect(formatPath(['options'])).toBe('options');
    expect(formatPath(['_private', '$x', 'a1'])).toBe('_private.$x.a1');
  });

  it('quotes a segment that is not an identifier, with JSON string quotes', () => {
    expect(formatPath(['byTag', 'council priority'])).toBe('byTag["council priority"]');
    expect(formatPath(['years', '2025/26'])).toBe('years["2025/26"]');
    expect(formatPath(['weights', '1st'])).toBe('weights["1st"]');
    expect(formatPath(['tags', ''])).toBe('tags[""]');
    expect(formatPath(['a-b'])).toBe('["a-b"]');
    expect(formatPath(['say "hi"'])).toBe('["say \\"hi\\""]');
    // The whole segment must be an identifier, not only its start or its end.
    expect(formatPath(['x', 'ab cd'])).toBe('x["ab cd"]');
    expect(formatPath(['x', ' ab'])).toBe('x[" ab"]');
    expect(formatPath(['x', 'ab '])).toBe('x["ab "]');
  });

  it('keeps prototype-named keys as ordinary identifiers', () => {
    expect(formatPath(['byTheme', '__proto__', 'constructor'])).toBe(
      'byTheme.__proto__.constructor',
    );
  });

  it('writes a symbol segment in brackets', () => {
    expect(formatPath(['x', Symbol('s')])).toBe('x[Symbol(s)]');
  });
});

describe('pathSegments', () => {
  it('keeps strings and numbers and writes symbols as text', () => {
    expect(pathSegments(['pledges', 3, Symbol('s')])).toEqual(['pledges', 3, 'Symbol(s)']);
    expect(pathSegments([])).toEqual([]);
  });
});
