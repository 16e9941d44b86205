import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { rows } from './helpers.js';

// A weight given inside another's brackets, as UK notices write a social value weight within
// quality: "Quality 60% (including 10% social value)". Every figure below is worked by hand.

const PATH = 'input.tender.lots[0].awardCriteria.description';

function lotDescribed(description: string) {
  return readOcdsAwardCriteria({
    ocid: 'ocds-test-nested',
    tender: { lots: [{ id: '1', awardCriteria: { description } }] },
  }).lots[0]!;
}

function weightsOf(description: string) {
  const weights = toWeighting(lotDescribed(description)).weights;
  return weights && Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, v.toString()]));
}

describe('weights given inside another weight, in brackets', () => {
  it('reads a weight within quality as points of the total, taken out of quality (60 - 10 = 50)', () => {
    const description = 'Price 40%, Quality 60% (including 10% social value)';
    const lot = lotDescribed(description);
    expect(rows(lot)).toEqual([
      ['price', '40', 'description'],
      ['quality', '50', 'description'],
      ['social-value', '10', 'description'],
    ]);
    expect(lot.criteria.map((c) => c.name)).toEqual(['Price', 'Quality', 'social value']);
    expect(lot.criteria[1]?.reason).toBe(
      `"Quality" is quality from its words; weight 50 points from the award criteria description "${description}": 60 less the 10 given within it.`,
    );
    expect(lot.criteria[2]?.reason).toBe(
      `"social value" is social-value from its words; weight 10 points within "Quality 60%" in the award criteria description "${description}".`,
    );
    // The other reading, 10% of quality's 60 points, is 6 points.
    expect(lot.findings).toEqual([
      {
        code: 'nested-weight',
        severity: 'info',
        message:
          'Within "Quality 60%", social value 10% was read as points of the total score, leaving quality 50; read as shares of its 60 points instead: social value 6.',
        path: PATH,
      },
    ]);
    expect(lot.summary).toBe('Lot "1": price 40, quality 50, social value 10 (total 100).');
    expect(weightsOf(description)).toEqual({
      price: '40',
      quality: '50',
      socialValue: '10',
      environmental: '0',
      other: '0',
    });
  });

  it.each([
    // Label before or after, and the other nesting words.
    [
      'Quality 60% (including Social Value 10%), Price 40%',
      { quality: '50', socialValue: '10', price: '40' },
    ],
    [
      'Quality 60% (of which 10% social value) / Price 40%',
      { quality: '50', socialValue: '10', price: '40' },
    ],
    [
      'Quality 70% (inc. Social Value 10%) and Price 30%',
      { quality: '60', socialValue: '10', price: '30' },
    ],
    // Two weights within one: 60 - 10 - 5 = 45.
    [
      '60% quality (incl. 10% social value & 5% environmental), 40% price',
      { quality: '45', socialValue: '10', environmental: '5', price: '40' },
    ],
    // Weights that make up the whole of the one they are inside (40 + 20 = 60) are its criteria.
    [
      'Quality 60% (Technical 40%, Social value 20%), Price 40%',
      { quality: '40', socialValue: '20', price: '40' },
    ],
    // Weights that sum to 100 are shares of it: 60 x 70% = 42, 60 x 30% = 18.
    [
      'Quality 60% (Technical 70%, Social value 30%) / Price 40%',
      { quality: '42', socialValue: '18', price: '40' },
    ],
    // 55 x 12.5% = 6.875 and 55 x 87.5% = 48.125, exactly.
    [
      'Price 45%; Quality 55% (Social Value 12.5%, Method 87.5%)',
      { price: '45', socialValue: '6.875', quality: '48.125' },
    ],
    // A percentage right after a bracket is not in it, and a second bracket is inside its own
    // weight: 60 - 10 = 50, 40 - 5 = 35.
    [
      '60% quality (incl. 10% social value)40% price (incl. 5% environmental)',
      { quality: '50', socialValue: '10', price: '35', environmental: '5' },
    ],
    // A separator before the weight's label does not part it from its bracket.
    [
      '40% price, 60% quality (including 10% social value)',
      { quality: '50', socialValue: '10', price: '40' },
    ],
  ])('%j', (description, expected: Record<string, string>) => {
    const zero = { price: '0', quality: '0', socialValue: '0', environmental: '0', other: '0' };
    expect(weightsOf(description)).toEqual({ ...zero, ...expected });
  });

  it('gives every criterion a reason that says where its weight comes from', () => {
    const description = 'Price 40%, Quality 60% (including 10% social value)';
    expect(lotDescribed(description).criteria[0]?.reason).toBe(
      `"Price" is price from its words; weight 40 points from the award criteria description "${description}".`,
    );
  });

  it('reads shares of exactly 40 decimal places, and none when some share has more', () => {
    // 50% x 0.(39 zeros)2% = 0.(39 zeros)1 and 50% x 99.(38 nines)98% = 49.(38 nines)99.
    const z39 = '0'.repeat(39);
    const n38 = '9'.repeat(38);
    const exact = lotDescribed(
      `Quality 50% (Technical 0.${z39}2%, Social value 99.${n38}98%), Price 50%`,
    );
    expect(exact.criteria.map((c) => [c.kind, c.weight?.toFixed()])).toEqual([
      ['quality', `0.${z39}1`],
      ['social-value', `49.${n38}99`],
      ['price', '50'],
    ]);
    // Sentences write them in plain digits, as the notice does, never `1e-40`.
    expect(exact.summary).toBe(
      `Lot "1": quality 0.${z39}1, social value 49.${n38}99, price 50 (total 100).`,
    );
    expect(toWeighting(exact).summary).toContain(`quality 0.${z39}1, social value 49.${n38}99`);
    // 20% x 0.(39 zeros)5% = 0.(39 zeros)1 has 40 places; 20% x 0.(39 zeros)1% = 0.(40 zeros)2
    // has 41, and so has 20% x 99.(38 nines)94%: nothing is read.
    const some = lotDescribed(
      `Quality 20% (Technical 0.${z39}5%, Delivery 0.${z39}1%, Social value 99.${n38}94%), Price 80%`,
    );
    expect(some.criteria).toEqual([]);
    expect(some.findings[0]?.code).toBe('nested-weight');
  });

  it('says which reading was taken when the weights inside make up the whole or sum to 100', () => {
    expect(
      lotDescribed('Quality 60% (Technical 40%, Social value 20%), Price 40%').findings,
    ).toEqual([
      {
        code: 'nested-weight',
        severity: 'info',
        message:
          '"Quality 60%" is made up of the weights in its brackets (Technical 40%, Social value 20%), which were read as its criteria.',
        path: PATH,
      },
    ]);
    const shares = lotDescribed('Quality 60% (Technical 70%, Social value 30%) / Price 40%');
    expect(shares.findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'info',
        'The weights in the brackets of "Quality 60%" (Technical 70%, Social value 30%) sum to 100, so they were read as shares of its 60 points: quality 42, social value 18.',
      ],
    ]);
    expect(shares.criteria[0]?.reason).toBe(
      '"Technical" is quality from its words; weight 42 points, 70% of "Quality 60%" in the award criteria description "Quality 60% (Technical 70%, Social value 30%) / Price 40%".',
    );
  });

  it('reads nothing, and says why, when the weights inside are more than the weight and not 100', () => {
    const description = 'Quality 60% (of which social value 70%), Price 40%';
    const lot = lotDescribed(description);
    expect(lot.criteria).toEqual([]);
    expect(lot.findings.map((f) => [f.code, f.severity, f.message, f.path])).toEqual([
      [
        'nested-weight',
        'warning',
        `The weights in the brackets of "Quality 60%" (social value 70%) cannot be read: they sum to 70, more than its 60 points and not 100; no criteria were read from the award criteria description "${description}".`,
        PATH,
      ],
      [
        'no-award-criteria',
        'warning',
        'Lot "1" publishes no award criteria that could be read.',
        'input.tender.lots[0]',
      ],
    ]);
  });

  it('reads nothing when shares would have more than 40 decimal places', () => {
    // 60.(39 zeros)1 x 50.(39 zeros)1% has 82 decimal places, outside the numeric domain.
    const tiny = `${'0'.repeat(39)}1`;
    const lot = lotDescribed(
      `Quality 60.${tiny}% (Technical 50.${tiny}%, Social value 49.${'9'.repeat(40)}%), Price 40%`,
    );
    expect(lot.criteria).toEqual([]);
    expect(lot.findings[0]?.message).toContain(
      `cannot be read: as shares of its 60.${tiny} points they have more than 40 decimal places;`,
    );
  });

  it('reads the tender-level text the same way', () => {
    const { lots } = readOcdsAwardCriteria({
      ocid: 'ocds-test-nested',
      tender: { awardCriteria: 'Quality 60% (including Social Value 10%), Price 40%' },
    });
    expect(rows(lots[0])).toEqual([
      ['quality', '50', 'description'],
      ['social-value', '10', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(lots[0]?.findings.map((f) => [f.code, f.path])).toEqual([
      ['nested-weight', 'input.tender.awardCriteria'],
    ]);
  });

  it.each([
    // Weights in brackets that are the weights themselves, not weights inside another.
    [
      'Price (40%) Quality (60%)',
      [
        ['price', '40', 'description'],
        ['quality', '60', 'description'],
      ],
    ],
    // A bracket with an unlabelled percentage is no weight inside another: nothing is read.
    ['Quality 60% (10%), Price 40%', []],
    // A bracket with a weight whose label names no kind, or a minus sign.
    ['Quality 60% (including 10% social value, 5% x), Price 40%', []],
    ['Quality 60% (including-10% social value), Price 40%', []],
    // A bracket after a separator belongs to no weight before it.
    [
      'Quality 60%, (social value 10%) Price 40%',
      [
        ['quality', '60', 'description'],
        ['social-value', '10', 'description'],
        ['price', '40', 'description'],
      ],
    ],
  ])('%j is not read as a weight inside another', (description, expected) => {
    const lot = lotDescribed(description);
    expect(rows(lot)).toEqual(expected);
    // Nothing read is said at the description, with why, and at the lot; the one that sums to 110
    // says so.
    const sum = expected.length === 3 ? ['weights-do-not-sum'] : [];
    expect(lot.findings.map((f) => f.code)).toEqual(
      expected.length === 0 ? ['ambiguous-weight', 'no-award-criteria'] : sum,
    );
  });

  it('labels a weight after a bracket by the words after it, not the bracket', () => {
    // `1e400%` is no percentage, so the bracket is no weight inside quality; its words are not
    // the label of the 40% after it, which read "social value 40" before.
    const lot = lotDescribed('Quality 60% (including 1e400% social value), Price 40%');
    expect(rows(lot)).toEqual([
      ['quality', '60', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(lot.criteria.map((c) => c.name)).toEqual(['Quality', 'Price']);
  });

  it('reads a long run of brackets in time that grows with the text', () => {
    const lot = lotDescribed(
      `Quality 60% (including 10% social value), Price 40% ${'(x) '.repeat(50_000)}`,
    );
    expect(rows(lot).map((r) => r[1])).toEqual(['50', '10', '40']);
    // Brackets of unlabelled percentages between a weight and the one inside it.
    const between = `Quality 60% ${'(1%) '.repeat(50_000)}(including 10% social value)`;
    expect(lotDescribed(between).criteria).toEqual([]);
  });
});
