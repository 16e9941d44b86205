import { describe, expect, it } from 'vitest';
import { revive } from '../../src/index.js';
import { analyseSpend, type PaymentInput } from '../../src/spend/index.js';
import { caught } from '../errors.js';

const pay = (postcode: string | null, amount = 1): PaymentInput => ({
  supplier: `S ${postcode}`,
  amount,
  date: '2025-06-01',
  postcode,
});

function placed(
  locality: readonly string[] | ((postcode: string) => boolean),
  postcodes: (string | null)[],
) {
  const analysis = analyseSpend(
    postcodes.map((postcode) => pay(postcode)),
    { locality },
  );
  return {
    local: analysis.byLocation.local.paymentCount,
    nonLocal: analysis.byLocation['non-local'].paymentCount,
    unknown: analysis.byLocation.unknown.paymentCount,
    codes: analysis.findings.map((finding) => finding.code),
    entries: analysis.locality,
  };
}

describe('localities', () => {
  it('a district range covers its districts only', () => {
    expect(
      placed(['PO1-PO6'], ['PO1 1AA', 'PO6 3AB', 'PO7 1AA', 'PO10 7AA', 'SO14 0AA']),
    ).toMatchObject({
      local: 2,
      nonLocal: 3,
      unknown: 0,
    });
    expect(placed(['po1 – po3'], ['PO2 9ZZ']).entries).toEqual(['PO1-PO3']);
    // An em dash, as word processors write a range too (it was refused).
    expect(placed(['PO1—PO3'], ['PO2 9ZZ', 'PO4 1AA'])).toMatchObject({
      local: 1,
      nonLocal: 1,
      entries: ['PO1-PO3'],
    });
  });

  it('an area, a district, a sector and a full postcode', () => {
    expect(placed(['PO'], ['PO1 1AA', 'PO22 9AA', 'P1 1AA'])).toMatchObject({
      local: 2,
      unknown: 1,
    });
    expect(placed(['PO12'], ['PO12 1AA', 'PO1 21AA'])).toMatchObject({ local: 1 });
    expect(placed(['PO1 2'], ['PO1 2AB', 'PO1 3AB'])).toMatchObject({ local: 1, nonLocal: 1 });
    expect(placed(['PO1 2AB'], ['po12ab', 'PO1 2AC'])).toMatchObject({ local: 1, nonLocal: 1 });
  });

  it('a district covers its sub-districts (EC1 covers EC1A), not the other way round', () => {
    expect(placed(['EC1'], ['EC1A 1BB', 'EC1M 5AA', 'EC2A 1AA'])).toMatchObject({
      local: 2,
      nonLocal: 1,
    });
    expect(placed(['EC1A'], ['EC1A 1BB', 'EC1M 5AA'])).toMatchObject({ local: 1, nonLocal: 1 });
  });

  it('places an outward code alone by its district, or leaves it unknown when it cannot', () => {
    expect(placed(['PO1-PO6'], ['PO3', 'SO14'])).toMatchObject({
      local: 1,
      nonLocal: 1,
      codes: ['outward-code-only', 'outward-code-only'],
    });
    // Only sector PO1 2 is local: the outward code PO1 alone cannot say.
    expect(placed(['PO1 2'], ['PO1', 'PO2'])).toMatchObject({
      unknown: 1,
      nonLocal: 1,
      codes: ['undecided-postcode', 'outward-code-only'],
    });
    // EC1M is local: the district EC1 alone cannot say; EC1A can.
    expect(placed(['EC1M'], ['EC1', 'EC1A'])).toMatchObject({ unknown: 1, nonLocal: 1 });
  });

  it('asks a function once per distinct postcode, with the normalised postcode', () => {
    const asked: string[] = [];
    const result = placed(
      (postcode) => {
        asked.push(postcode);
        return postcode.startsWith('PO');
      },
      ['po1 2ab', 'PO12AB', 'SO14 0AA', 'PO3', null],
    );
    expect(asked).toEqual(['PO1 2AB', 'SO14 0AA']);
    expect(result).toMatchObject({ local: 2, nonLocal: 1, unknown: 2, entries: null });
    expect(result.codes).toEqual(['undecided-postcode', 'missing-postcode']);
  });

  it('reads GIR 0AA (Girobank, non-geographic) as valid, in no area', () => {
    // Royal Mail's one postcode outside the UK format: never local to a list, as BX codes are
    // not, and no finding (it is a postcode); a function is asked with it normalised.
    expect(placed(['L', 'L30', 'BX'], ['GIR 0AA', 'gir0aa', 'BX1 1LT', 'GIR  0AA'])).toMatchObject({
      local: 1,
      nonLocal: 3,
      unknown: 0,
      codes: [],
    });
    const asked: string[] = [];
    const result = placed(
      (postcode) => {
        asked.push(postcode);
        return true;
      },
      [' Gir 0aa ', 'GIR 0AB'],
    );
    expect(asked).toEqual(['GIR 0AA']);
    expect(result).toMatchObject({ local: 1, unknown: 1, codes: ['invalid-postcode'] });
  });

  it('reads a BFPO number as an address in no council area: non-local, with an info finding', () => {
    // `BFPO 123` was "is not a UK postcode" and of unknown location. A British Forces Post
    // Office address is no council's: non-local to a list or a function (which is not asked:
    // it is no postcode), said in the finding.
    const asked: string[] = [];
    const isLocal = (postcode: string) => {
      asked.push(postcode);
      return true;
    };
    for (const locality of [['PO', 'BF'], isLocal]) {
      // Any spacing, as postcodes are read: two spaces or a tab too.
      expect(
        placed(locality, ['BFPO 123', 'bfpo2', ' BFPO 1234 ', 'BFPO  12', 'bfpo\t9']),
      ).toMatchObject({
        local: 0,
        nonLocal: 5,
        unknown: 0,
        codes: ['bfpo-address', 'bfpo-address', 'bfpo-address', 'bfpo-address', 'bfpo-address'],
      });
    }
    expect(asked).toEqual([]);
    const analysis = analyseSpend(
      [{ supplier: 'Garrison Stores', amount: '250', date: '2025-06-01', postcode: 'BFPO 123' }],
      { locality: ['PO'] },
    );
    expect(analysis.findings).toEqual([
      {
        code: 'bfpo-address',
        severity: 'info',
        message:
          'Row 1 (Garrison Stores, £250.00): "BFPO 123" is a British Forces Post Office address, in no council area, so it is counted non-local.',
        row: 1,
        supplier: 'Garrison Stores',
        postcode: 'BFPO 123',
      },
    ]);
    expect(analysis.byLocation['non-local'].amount.toString()).toBe('250');
    expect(revive(JSON.parse(JSON.stringify(analysis)))).toEqual(analysis);
    // Not a BFPO number: five digits, or other text after it.
    expect(placed(['PO'], ['BFPO 12345', 'BFPO 12 3']).codes).toEqual([
      'invalid-postcode',
      'invalid-postcode',
    ]);
  });

  it('refuses a function that does not answer true or false', () => {
    const error = caught(() =>
      analyseSpend([pay('PO1 1AA')], { locality: (() => 'yes') as never }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('options.locality');
    expect(error.issues[0]?.message).toContain('received "yes" for "PO1 1AA"');
  });

  it('refuses entries that are not postcodes, at their index', () => {
    const error = caught(() =>
      analyseSpend([pay('PO1 1AA')], {
        locality: ['PO1', 'Portsmouth', 'PO6-PO1', 'QQ1', 'PO1-SO6', 7 as never],
      }),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'options.locality[1]',
      'options.locality[2]',
      'options.locality[3]',
      'options.locality[4]',
      'options.locality[5]',
    ]);
    expect(error.issues[2]?.message).toContain('no postcode area "QQ"');
    expect(caught(() => analyseSpend([], { locality: [] })).issues[0]?.path).toBe(
      'options.locality',
    );
    // A hole in a sparse list is refused at its index, as in every other list, not skipped.
    // biome-ignore lint/suspicious/noSparseArray: the hole is the test
    const sparse = caught(() => analyseSpend([], { locality: [, 'PO1'] as never }));
    expect(sparse.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.locality[0]',
        'expected a postcode area (PO), district (PO1), sector (PO1 2), full postcode (PO1 2AB) or district range (PO1-PO6), received undefined',
      ],
    ]);
  });

  it('keeps the first 100 bad entries and counts them all, as every error does', () => {
    // It kept 20, without details.count: 150 entries that are not postcodes.
    const error = caught(() =>
      analyseSpend([pay('PO1 1AA')], {
        locality: Array.from({ length: 150 }, (_, index) => `Ward ${index}`),
      }),
    );
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.path).toBe('options.locality[99]');
    expect(error.details.count).toBe(150);
    expect(error.message.split('\n')[0]).toBe(
      'Invalid options: 150 problems. (50 more not listed)',
    );
  });

  it('suggests the postcode the postcode package can fix an entry to', () => {
    const analysis = analyseSpend([pay('SW1A 2A0')], { locality: ['SW'] });
    expect(analysis.findings[0]?.message).toContain('(did you mean "SW1A 2AO"?)');
  });

  it('suggests the letter O for a zero typed in the area, which the package leaves', () => {
    // P01 is a well-formed outward code of an area P, not in use: PO1 is Portsmouth; 0X1 is not
    // a postcode, OX1 Oxford. B01 is a well-formed code of Birmingham's area B: no finding.
    const analysis = analyseSpend([pay('P01 2AB'), pay('0x1 1aa'), pay('B01 1AA')], {
      locality: ['PO'],
    });
    expect(analysis.findings.map((finding) => finding.message)).toEqual([
      'Row 1 (S P01 2AB, £1.00): postcode "P01 2AB" is in no postcode area in use ("P") (did you mean "PO1 2AB"?), so its location is unknown: it is counted neither local nor non-local.',
      'Row 2 (S 0x1 1aa, £1.00): postcode "0x1 1aa" is not a UK postcode (did you mean "OX1 1AA"?), so its location is unknown: it is counted neither local nor non-local.',
    ]);
  });

  it('counts the entries beyond the first five, whatever they are', () => {
    const words = (locality: string[]) => {
      const analysis = analyseSpend([pay('PO1 2AB', 3)], { locality });
      return analysis.summary.slice(analysis.summary.indexOf('local to '), -1);
    };
    // Before: "or 2 more postcodes", of postcode areas.
    const areas = ['PO', 'SO', 'BN', 'GU', 'RG', 'OX', 'SP'];
    expect(words(areas)).toMatch(/^local to PO, SO, BN, GU, RG or 2 more, /);
    expect(words([...areas.slice(0, 5), 'OX1-OX4', 'SP1 3CD'])).toMatch(/ RG or 2 more, /);
    // Six entries are all named.
    expect(words(areas.slice(0, 6))).toMatch(/^local to PO, SO, BN, GU, RG or OX, /);
  });
});
