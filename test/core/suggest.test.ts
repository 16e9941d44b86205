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

  it('names a known name once, however often it is given', () => {
    // Callers merge lists (pledged codes and a framework's): NT1 is in both.
    expect(suggest('NT9', ['NT1', 'NT29', 'NT1', 'NT8', 'NT29'])).toEqual(['NT1', 'NT29', 'NT8']);
    expect(suggest('nt29', ['NT29', 'NT29'])).toEqual(['NT29']);
  });

  it('takes abbreviations and grown names, but not unrelated short names', () => {
    expect(suggest('yrs', ['years', 'present', 'target'])).toEqual(['years']);
    expect(suggest('attribution', ['attributionShare'])).toEqual(['attributionShare']);
    // A value type named without its qualifier (TOMs' "Local economic").
    expect(suggest('economic', ['local-economic', 'social', 'environmental'])).toEqual([
      'local-economic',
    ]);
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

  it('allows one edit in a short name, two in a longer one, or a third of a long name', () => {
    expect(suggest('mdoe', ['mode'])).toEqual(['mode']);
    expect(suggest('abc', ['xyz'])).toEqual([]);
    // Up to 3 letters: one slip only.
    expect(suggest('ab', ['xb'])).toEqual(['xb']);
    expect(suggest('ab', ['xy'])).toEqual([]);
    expect(suggest('abc', ['axc'])).toEqual(['axc']);
    expect(suggest('abc', ['axy'])).toEqual([]);
    // 4 letters: two edits.
    expect(suggest('abcd', ['axyd'])).toEqual(['axyd']);
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
    // A value type named without its qualifier (TOMs' "Local economic").
    expect(suggest('economic', ['local-economic', 'social', 'environmental'])).toEqual([
      'local-economic',
    ]);
    expect(suggest('attributionShare', ['attribution'])).toEqual(['attribution']);
    // A one-letter slip comes first; a two-letter slip comes after the grown name.
    expect(suggest('share', ['shares', 'shareOfTotal'])).toEqual(['shares']);
    expect(suggest('weight', ['weights', 'weightPoints'])).toEqual(['weights']);
    expect(suggest('weight', ['wieghts', 'weightPoints'])).toEqual(['weightPoints']);
    // Under 4 letters a grown name is not close, but an abbreviation is.
    expect(suggest('abc', ['xabcdefgh'])).toEqual([]);
    expect(suggest('abc', ['abcdefgh'])).toEqual(['abcdefgh']);
    expect(suggest('abcd', ['abcdefgh'])).toEqual(['abcdefgh']);
  });

  it('gives only the closest tier, at most three, ties in code-unit order', () => {
    expect(suggest('overal', ['overallRounding', 'overall'])).toEqual(['overall']);
    expect(suggest('ab', ['ax', 'Ab', 'aB', 'ay'])).toEqual(['Ab', 'aB']);
    expect(suggest('cat', ['cut', 'cot', 'cit', 'bat', 'hat'])).toEqual(['bat', 'cit', 'cot']);
    expect(suggest('a', [])).toEqual([]);
  });

  it('offers a name sharing a long stem, or that the name nearly starts, after closer names', () => {
    // A delivery's `verification` written as `verified` or `verify`, and its value `verified`
    // written `verify`: more than two edits apart, but the same stem (5 letters or more, three
    // quarters of the shorter name).
    const delivery = ['measure', 'date', 'quantity', 'line', 'verification', 'evidence', 'note'];
    expect(suggest('verified', delivery)).toEqual(['verification']);
    expect(suggest('verify', delivery)).toEqual(['verification']);
    expect(suggest('Verified', delivery)).toEqual(['verification']);
    expect(suggest('verify', ['verified', 'claimed'])).toEqual(['verified']);
    expect(suggest('contractor', ['contractType', 'contractValue', 'authority'])).toEqual([
      'contractType',
      'contractValue',
    ]);
    // One slip in the part a grown name starts with (`attrobution` → `attributionShare`).
    expect(suggest('attrobution', ['attributionShare', 'quantity'])).toEqual(['attributionShare']);
    expect(suggest('quantaty', ['quantityDelivered', 'measure'])).toEqual(['quantityDelivered']);
    // Only when nothing is closer: a one- or two-letter slip comes first.
    expect(suggest('verifiction', ['verification', 'verified'])).toEqual(['verification']);
    expect(suggest('verifie', ['verification', 'verified'])).toEqual(['verified']);
    // Not for a short stem, or one that is a small part of the names.
    expect(suggest('interest', ['international', 'internal'])).toEqual([]);
    expect(suggest('measures', ['meanwhile', 'meaning'])).toEqual([]);
    expect(suggest('governance', ['government', 'guidance'])).toEqual([]);
    expect(suggest('NT18', ['NT1890', 'NT2'])).toEqual(['NT1890']);
    expect(suggest('abcdefghijkl', ['abcdefgvwxyz'])).toEqual([]);
  });

  it('gives only names it was given, and always a name that differs only in case (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeEFGHI_ -'), maxLength: 12 });
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 8 }), (name, known) => {
        for (const found of suggest(name, known)) expect(known).toContain(found);
        const otherCase = known.filter(
          (other) => other !== name && other.toLowerCase() === name.toLowerCase(),
        );
        if (otherCase.length > 0) {
          const found = suggest(name, known);
          expect(found.length).toBeGreaterThan(0);
          // Each one the same name in another case or spacing; every other-case name among
          // them unless more than three tie.
          const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
          for (const other of found) expect(squash(other)).toBe(squash(name));
          if (found.length < 3) for (const other of otherCase) expect(found).toContain(other);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('offers nothing for a very long name unlike any known one, however long', () => {
    // A third of 10,000 letters allows 3,333 slips: names ruled out by length must stay out
    // (a score kept for them once sat below that limit, and offered every code).
    for (const length of [300, 1_000, 10_000]) {
      expect(suggest('N'.repeat(length), ['NT1', 'NT2', 'RE1'])).toEqual([]);
      expect(suggest(`contract${'x'.repeat(length)}`, ['contractType', 'durationMonths'])).toEqual(
        [],
      );
    }
  });

  it("offers JavaScript's own names (`__proto__`) only a name that differs in case", () => {
    // Without the underscores `__proto__` reads as `proto`, two slips from `proxy`.
    expect(suggest('__proto__', ['proxy', 'proto', 'quantity'])).toEqual([]);
    expect(suggest('__defineGetter__', ['defineGetter'])).toEqual([]);
    expect(suggest('__proto__', ['__PROTO__', 'proxy'])).toEqual(['__PROTO__']);
    expect(suggest('_proxy', ['proxy'])).toEqual(['proxy']);
  });

  it('ignores spaces around the unknown name when measuring edits', () => {
    expect(suggest('  places ', ['places', 'plate'])).toEqual(['places']);
  });
});

describe('didYouMean', () => {
  it('words one, two or three suggestions', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['NT18'])).toBe(' (did you mean "NT18"?)');
    expect(didYouMean(['a', 'b'])).toBe(' (did you mean "a" or "b"?)');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' (did you mean "a", "b" or "c"?)');
  });
});

describe('suggest on keys users mistype, area by area', () => {
  // The keys of the library's inputs (as their schemas list them).
  const keys = {
    contract:
      'id name contractType authority value vatBasis vatRate durationMonths commencedOn regime tags',
    pledge:
      'measure quantity years attributionShare tags note channel pledgerKind pledger followUpOn barriers effect',
    measure:
      'code theme outcome title unit proxyValue valueType exclusivityGroup maxYearsPerPerson edition source provenance',
    framework:
      'kind schemaVersion id name edition priceYear currency themes outcomes measures source extends reindexed',
    plan: 'present target years spreadBy',
    criterion: 'id theme level statement action guidance restates',
    evaluation:
      'kind schemaVersion name method willingnessToPay minimumQualityPoints criteria tieBreak rounding missingInput abnormallyLow',
    payment: 'supplier amount date postcode supplierType department ward line',
    delivery: 'measure date quantity line verification evidence note',
    sheet: 'delimiter columns comments batchSize',
    rounding: 'places mode',
  } as const;
  // [area, key written, what is suggested]: each worked out by hand from the rules.
  const table: [keyof typeof keys, string, string[]][] = [
    // One word for another after a shared word is no slip: "start" and "type" are 4 apart
    // (a third of "contractStart" would allow 4), "date" and "type" 3.
    ['contract', 'contractStart', []],
    ['contract', 'startContract', []],
    ['contract', 'contractDate', []],
    // The same words in another order: one slip.
    ['contract', 'monthsDuration', ['durationMonths']],
    ['contract', 'onCommenced', ['commencedOn']],
    ['contract', 'duration_months', ['durationMonths']],
    ['contract', 'duration', ['durationMonths']], // a name it starts
    ['contract', 'commencedOm', ['commencedOn']],
    ['contract', 'contractTpye', ['contractType']], // a swap
    ['contract', 'VATRate', ['vatRate']],
    ['contract', 'authorty', ['authority']],
    ['contract', 'type', ['contractType']], // a name it ends
    // "value" ends it; "contractType" is "value" for "type" after "contract".
    ['contract', 'contractValue', ['value']],
    ['pledge', 'shareAttribution', ['attributionShare']],
    ['pledge', 'attribution', ['attributionShare']],
    ['pledge', 'atributionShare', ['attributionShare']],
    ['pledge', 'qty', ['quantity']], // an abbreviation
    ['pledge', 'pledgeKind', ['pledgerKind']],
    ['pledge', 'kindPledger', ['pledgerKind']],
    // "pledger" starts it; "pledgerKind" is "name" for "kind".
    ['pledge', 'pledgerName', ['pledger']],
    ['pledge', 'follow_up_on', ['followUpOn']],
    ['pledge', 'followUp', ['followUpOn']],
    ['pledge', 'year', ['years']],
    ['pledge', 'notes', ['note']],
    ['pledge', 'value', []],
    ['measure', 'valueProxy', ['proxyValue']],
    ['measure', 'typeValue', ['valueType']],
    ['measure', 'proxy', ['proxyValue']],
    // 3 slips, all in "exclusive", a third of its 9 letters.
    ['measure', 'exclusiveGroup', ['exclusivityGroup']],
    ['measure', 'yearsPerPersonMax', ['maxYearsPerPerson']],
    // 3 slips (hours/years) in the one word of four the names do not share.
    ['measure', 'maxHoursPerPerson', ['maxYearsPerPerson']],
    ['measure', 'titel', ['title']],
    ['framework', 'yearPrice', ['priceYear']],
    ['framework', 'version', ['schemaVersion']],
    ['framework', 'reindex', ['reindexed']],
    ['framework', 'currancy', ['currency']],
    ['plan', 'yrs', ['years']],
    ['plan', 'bySpread', ['spreadBy']],
    ['plan', 'targetLevel', ['target']],
    ['plan', 'current', []],
    ['criterion', 'statment', ['statement']],
    ['criterion', 'levelId', ['level']],
    ['evaluation', 'breakTie', ['tieBreak']],
    ['evaluation', 'qualityMinimumPoints', ['minimumQualityPoints']],
    // 5 slips (score/points) in the one word of three the names do not share: 6 allowed.
    ['evaluation', 'minimumQualityScore', ['minimumQualityPoints']],
    ['evaluation', 'criterion', ['criteria']],
    ['evaluation', 'weights', []],
    ['payment', 'typeSupplier', ['supplierType']],
    ['payment', 'postCode', ['postcode']],
    ['payment', 'departmentName', ['department']],
    ['delivery', 'verified', ['verification']], // the same stem
    ['delivery', 'deliveredOn', []],
    ['sheet', 'delimeter', ['delimiter']],
    ['sheet', 'sizeBatch', ['batchSize']],
    ['sheet', 'separator', []],
    ['rounding', 'decimalPlaces', ['places']],
    ['rounding', 'roundingMode', ['mode']],
  ];

  it.each(table)('%s: %s suggests %j', (area, written, expected) => {
    expect(suggest(written, keys[area].split(' '))).toEqual(expected);
  });
});
