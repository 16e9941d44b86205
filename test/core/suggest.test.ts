import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../src/core/suggest.js';

describe('suggest', () => {
  it('finds one-letter slips, swaps, case and spacing', () => {
    expect(suggest('attributon', ['attributionShare', 'quantity', 'measure'])).toEqual([
      'attributionShare',
    ]);
    expect(suggest('verfication', ['verification', 'evidence'])).toEqual(['verification']);
    expect(suggest('qauntity', ['quantity', 'quality'])).toEqual(['quantity']);
    expect(suggest('nt18', ['NT18', 'NT19'])).toEqual(['NT18']);
    expect(suggest('Proxy Value', ['proxyValue', 'value'])).toEqual(['proxyValue']);
  });

  it('gives only the closest tier, in code-unit order', () => {
    expect(suggest('overal', ['overallRounding', 'overall'])).toEqual(['overall']);
    expect(suggest('NT9', ['NT29', 'NT19', 'NT1'])).toEqual(['NT1', 'NT19', 'NT29']);
  });

  it('takes abbreviations and grown names, but not unrelated short names', () => {
    expect(suggest('yrs', ['years', 'present', 'target'])).toEqual(['years']);
    expect(suggest('attribution', ['attributionShare'])).toEqual(['attributionShare']);
    expect(suggest('add', ['id', 'name', 'measures', 'remove'])).toEqual([]);
    expect(suggest('zzz', ['quantity'])).toEqual([]);
  });

  it('never suggests the name itself and never depends on the order given (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.uniqueArray(fc.string(), { maxLength: 8 }), (name, known) => {
        const forward = suggest(name, known);
        expect(forward).not.toContain(name);
        expect(suggest(name, [...known].reverse())).toEqual(forward);
        expect(forward.length).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('didYouMean', () => {
  it('words one, two or three suggestions', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['NT18'])).toBe(' (did you mean "NT18"?)');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' (did you mean "a", "b" or "c"?)');
  });
});
