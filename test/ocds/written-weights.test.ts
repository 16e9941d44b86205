import { describe, expect, it } from 'vitest';
import { type OcdsLotCriteria, readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { caught } from '../errors.js';
import { codes, oneLot, rows } from './helpers.js';

// Weights as UK notices write them by hand, and the ways they go wrong: a weight above 100 or
// below 0 in a description, a minus sign that is not ASCII's, a description of weights that
// names a criterion by an abbreviation, and a weight revived from JSON beyond the numeric domain.

/** The tender's award criteria written as text in `awardCriteriaDetails`. */
function details(text: string): Record<string, unknown> {
  return { ocid: 'ocds-h6vhtk-probe', tender: { awardCriteriaDetails: text } };
}

/** The findings of a result as `[code, severity, path]`. */
function where(findings: readonly { code: string; severity: string; path: string }[]) {
  return findings.map((f) => [f.code, f.severity, f.path]);
}

describe('a description of weights with a weight no lot can have', () => {
  it.each([
    ['Price 110%, Quality 10%', '"Price 110%"', 'above 100'],
    ['Quality 160% (including 10% social value), Price 40%', '"Quality 160%"', 'above 100'],
    [
      `Price 40.${'0'.repeat(44)}1%, Quality 59.${'9'.repeat(45)}%`,
      `"Price 40.${'0'.repeat(44)}1%"`,
      'more than 40 digits after the decimal point',
    ],
  ])(
    '%s is not read, with a finding at the description, and toWeighting takes every lot',
    (text, part, why) => {
      const result = readOcdsAwardCriteria(details(text));
      const [tender] = result.lots;
      expect(tender?.criteria).toEqual([]);
      expect(where(result.findings)).toEqual([
        ['weight-out-of-range', 'warning', 'input.tender.awardCriteriaDetails'],
        ['no-award-criteria', 'warning', 'input.tender'],
      ]);
      expect(result.findings[0]?.message).toContain(part);
      expect(result.findings[0]?.message).toContain(why);
      // The guide's loop over a folder of notices: every lot of the result goes to toWeighting.
      for (const lot of result.lots) expect(toWeighting(lot).weights).toBeNull();
    },
  );

  it('a lot’s description is refused the same way, at the lot’s description', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-h6vhtk-probe',
      tender: { lots: [{ id: '1', awardCriteria: { description: 'Price 150%, Quality 50%' } }] },
    });
    expect(where(result.findings)).toEqual([
      ['weight-out-of-range', 'warning', 'input.tender.lots[0].awardCriteria.description'],
      ['no-award-criteria', 'warning', 'input.tender.lots[0]'],
    ]);
    expect(toWeighting(result.lots[0]!).weights).toBeNull();
  });
});

describe('a negative weight', () => {
  // U+2212 MINUS SIGN, as word processors and some publishers write it.
  const MINUS = '\u2212';

  it('written with the minus sign U+2212 is refused as "-10%" is, never read as 10', () => {
    const ascii = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: '90%' },
        { type: 'quality', name: 'Social value', description: '-10%' },
      ]),
    );
    const minus = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: '90%' },
        { type: 'quality', name: 'Social value', description: `${MINUS}10%` },
      ]),
    );
    expect(rows(minus.lots[0])).toEqual([
      ['price', '90', 'description'],
      ['social-value', null, null],
    ]);
    expect(rows(minus.lots[0])).toEqual(rows(ascii.lots[0]));
    expect(codes(minus.findings)).toEqual(['ambiguous-weight']);
    expect(minus.lots[0]?.complete).toBe(false);
  });

  it('between two numbers, U+2212 makes a range, as a hyphen does, never the weight after it', () => {
    const result = readOcdsAwardCriteria(
      oneLot([
        { type: 'quality', description: `15${MINUS}40%` },
        { type: 'price', description: '60-85%' },
      ]),
    );
    expect(rows(result.lots[0])).toEqual([
      ['quality', null, null],
      ['price', null, null],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      `The quality criterion: the text "15${MINUS}40%" gives a range; no weight was taken from its description.`,
      'The price criterion: the text "60-85%" gives a range; no weight was taken from its description.',
    ]);
  });

  it.each([
    ['Price 90%, Social value -10%', '"-10%"'],
    [`Price 90%, Social value ${MINUS}10%`, `"${MINUS}10%"`],
    ['Price 110%, Social value (-10%)', '"-10%"'],
  ])('in a description (%s) refuses the description, never drops that criterion', (text, part) => {
    const result = readOcdsAwardCriteria(details(text));
    expect(result.lots[0]?.criteria).toEqual([]);
    expect(where(result.findings)).toEqual([
      ['weight-out-of-range', 'warning', 'input.tender.awardCriteriaDetails'],
      ['no-award-criteria', 'warning', 'input.tender'],
    ]);
    expect(result.findings[0]?.message).toContain(part);
    expect(result.findings[0]?.message).toContain('minus sign');
  });

  it('a dash between a label and its weight is no minus sign', () => {
    const result = readOcdsAwardCriteria(details('Price - 60%, Quality - 30%, Social value - 10%'));
    expect(rows(result.lots[0])).toEqual([
      ['price', '60', 'description'],
      ['quality', '30', 'description'],
      ['social-value', '10', 'description'],
    ]);
  });
});

describe('a description of weights that could not be read', () => {
  it.each([
    // An abbreviation names no kind: never guessed as social value.
    ['Price 60% / Quality 30% / SV 10%', '10% labelled "SV", which names no kind'],
    // Numbers without a percent sign are not weights (as in a criterion's text).
    ['Price 60 / Quality 30 / SV 10', 'no percentage'],
    ['Price 60%, Quality 30%, 10% tbc', '10% without a label that names a kind'],
  ])('%s: a finding at the description says so', (text, part) => {
    const result = readOcdsAwardCriteria(details(text));
    expect(result.lots[0]?.criteria).toEqual([]);
    expect(where(result.findings)).toEqual([
      ['ambiguous-weight', 'warning', 'input.tender.awardCriteriaDetails'],
      ['no-award-criteria', 'warning', 'input.tender'],
    ]);
    expect(result.findings[0]?.message).toContain(part);
    expect(result.findings[0]?.message).toContain(JSON.stringify(text));
  });

  it('a lot’s description too, even where the tender’s criteria apply to the lot', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-h6vhtk-probe',
      tender: {
        awardCriteriaDetails: 'Price 60% / Quality 30% / Social value 10%',
        lots: [{ id: '1', awardCriteria: { description: 'Price 50 / Quality 40 / SV 10' } }],
      },
    });
    const lot = result.lots.find((l) => l.level === 'lot');
    expect(where(lot?.findings ?? [])).toEqual([
      ['ambiguous-weight', 'warning', 'input.tender.lots[0].awardCriteria.description'],
      ['no-award-criteria', 'info', 'input.tender.lots[0]'],
    ]);
    expect(rows(lot)).toEqual([
      ['price', '60', 'description'],
      ['quality', '30', 'description'],
      ['social-value', '10', 'description'],
    ]);
  });

  it('a code or text without numbers gives no such finding', () => {
    for (const text of ['ratedCriteria', 'Most economically advantageous tender', '']) {
      expect(codes(readOcdsAwardCriteria(details(text)).findings)).not.toContain(
        'ambiguous-weight',
      );
    }
  });
});

describe('a weight in a criterion’s own name', () => {
  it('"Social value (10%)" is read from the name, and the criterion says so', () => {
    const [lot] = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', name: 'Price', description: '60%' },
        { type: 'quality', name: 'Quality', description: '30%' },
        { type: 'quality', name: 'Social value (10%)', description: 'See ITT section 4.2' },
      ]),
    ).lots;
    expect(rows(lot)).toEqual([
      ['price', '60', 'description'],
      ['quality', '30', 'description'],
      ['social-value', '10', 'name'],
    ]);
    expect(lot?.criteria[2]?.reason).toContain('from the percentage in "Social value (10%)"');
    expect(toWeighting(lot!).weights?.socialValue.toString()).toBe('10');
  });
});

describe('weights written as fractions of the whole', () => {
  it('0.6, 0.3 and 0.1 as percentageExact sum to 1: the finding says they look like fractions', () => {
    const result = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', numbers: [{ number: 0.6, weight: 'percentageExact' }] },
        { type: 'quality', numbers: [{ number: 0.3, weight: 'percentageExact' }] },
        {
          type: 'quality',
          name: 'Social value',
          numbers: [{ number: 0.1, weight: 'percentageExact' }],
        },
      ]),
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      'Lot "1": the weights read sum to 1, not 100 (price 0.6, quality 0.3, social value 0.1); they look like fractions of the whole (0.6 for 60%, which OCDS writes as decimalExact), and are not read as percentage points.',
    ]);
    expect(toWeighting(result.lots[0]!).weights).toBeNull();
  });

  it('weights summing to anything else than 1 or 100 keep the other reason', () => {
    const result = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: '63%' },
        { type: 'quality', description: '25%' },
      ]),
    );
    expect(result.findings[0]?.message).toBe(
      'Lot "1": the weights read sum to 88, not 100 (price 63, quality 25); some criteria may not be published.',
    );
  });
});

describe('points (pointsExact) beyond the numeric domain', () => {
  /** A lot weighted in points: price first, then quality. */
  function inPoints(points: readonly string[]) {
    return oneLot(
      points.map((number, index) => ({
        type: index === 0 ? 'price' : 'quality',
        numbers: [{ number, weight: 'pointsExact' }],
      })),
    );
  }

  it.each([
    // 1e-999 + 100 is 100 once rounded to 200 digits: the lot read "total 100" and toWeighting
    // gave a weighting of price 1e-999, quality 100.
    [['1e-999', '100'], '1e-999'],
    // 50.00…01 + 49.99…99 (45 places each) is 100 exactly, but neither weight is in the domain.
    [[`50.${'0'.repeat(44)}1`, `49.${'9'.repeat(44)}9`], `50.${'0'.repeat(44)}1`],
  ])('%j are not read, with a finding, and toWeighting takes the lot', (points, first) => {
    const result = readOcdsAwardCriteria(inPoints(points));
    const [lot] = result.lots;
    expect(lot?.criteria[0]?.weight).toBeNull();
    expect(lot?.complete).toBe(false);
    const out = result.findings.filter((f) => f.code === 'weight-out-of-range');
    expect(out[0]?.path).toBe('input.tender.lots[0].awardCriteria.criteria[0].numbers[0]');
    expect(out[0]?.message).toContain(`The weight ${first} (pointsExact) has more than 40 digits`);
    expect(toWeighting(lot!).weights).toBeNull();
  });

  it.each([
    // Written digit by digit in the findings, 1e5000000 points made a result of 15 MB in 2 s, and
    // 1e900000000000 never finished: points of 1e15 or more are out of the domain, as any input.
    ['1e900000000000', '1e+900000000000'],
    ['1000000000000000', '1000000000000000'],
  ])('%s points are not read, with a finding saying why, at once', (number, written) => {
    const result = readOcdsAwardCriteria(inPoints([number, '40']));
    const [lot] = result.lots;
    expect(lot?.criteria[0]?.weight).toBeNull();
    const out = result.findings.filter((f) => f.code === 'weight-out-of-range');
    expect(out.map((f) => [f.path, f.message])).toEqual([
      [
        'input.tender.lots[0].awardCriteria.criteria[0].numbers[0]',
        `The price criterion: The weight ${written} (pointsExact) is not below 1e15 points; it was not read.`,
      ],
    ]);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });

  it('points just below 1e15 are read as points', () => {
    const result = readOcdsAwardCriteria(inPoints(['999999999999999', '40']));
    expect(codes(result.findings)).not.toContain('weight-out-of-range');
    expect(result.findings.find((f) => f.code === 'points-weight')?.message).toContain(
      'total 1000000000000039',
    );
  });

  it('points of 40 decimal places that total 100 are still read', () => {
    const [lot] = readOcdsAwardCriteria(
      inPoints([`50.${'0'.repeat(39)}1`, `49.${'9'.repeat(40)}`]),
    ).lots;
    expect(rows(lot)).toEqual([
      ['price', `50.${'0'.repeat(39)}1`, 'numbers'],
      ['quality', `49.${'9'.repeat(40)}`, 'numbers'],
    ]);
    expect(toWeighting(lot!).weights?.price.toFixed()).toBe(`50.${'0'.repeat(39)}1`);
  });
});

describe('toWeighting of a lot revived from JSON', () => {
  /** A lot as JSON gives it back: weights are strings, which a caller may change. */
  function revived(): { criteria: { weight: unknown }[] } {
    const [lot] = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: '60%' },
        { type: 'quality', description: '30%' },
        { type: 'quality', name: 'Social value', description: '10%' },
        { type: 'quality', name: 'Other', description: '0' },
      ]),
    ).lots;
    return JSON.parse(JSON.stringify(lot));
  }

  it.each([
    ['1e-999', 3],
    [`0.${'0'.repeat(40)}1`, 3],
    [`59.${'9'.repeat(40)}9`, 0],
  ])('refuses a weight of %s (outside the numeric domain) at its path', (weight, index) => {
    const lot = revived();
    lot.criteria[index]!.weight = weight;
    const error = caught(() => toWeighting(lot as unknown as OcdsLotCriteria));
    expect(error.code).toBe('out-of-range');
    expect(error.issues.map((i) => i.path)).toEqual([`lot.criteria[${index}].weight`]);
    expect(error.message).toContain('40 digits after the decimal point');
  });

  it('still takes a weight of exactly 40 decimal places, summing exactly', () => {
    const lot = revived();
    // 59.99…99 (40 nines) + 30.00…01 (40 places) + 10 + 0 = 100 exactly.
    lot.criteria[0]!.weight = `59.${'9'.repeat(40)}`;
    lot.criteria[1]!.weight = `30.${'0'.repeat(39)}1`;
    const weighting = toWeighting(lot as unknown as OcdsLotCriteria);
    expect(weighting.weights?.price.toFixed()).toBe(`59.${'9'.repeat(40)}`);
    expect(weighting.weights?.quality.toFixed()).toBe(`30.${'0'.repeat(39)}1`);
  });
});

describe('points (pointsExact) that do not total 100', () => {
  it('print their total in plain notation, every digit, as the rest of the library does', () => {
    // 10^-35 + 0 points: 0, a point, 34 zeros, 1. toString() printed "1e-35". (Points of 1e15 or
    // more are out of the domain, above, so a total never needs an exponent the other way.)
    const result = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', numbers: [{ number: '1e-35', weight: 'pointsExact' }] },
        { type: 'quality', numbers: [{ number: 0, weight: 'pointsExact' }] },
      ]),
    );
    const points = result.findings.find((f) => f.code === 'points-weight');
    expect(points?.severity).toBe('warning');
    expect(points?.message).toContain(`in points (total 0.${'0'.repeat(34)}1);`);
    expect(points?.message).not.toMatch(/e-/);
  });
});

describe('a weight inside another, written without brackets', () => {
  it.each([
    // The bracketed forms' reading (docs/ocds.md "A weight inside another's brackets").
    ['Quality 60% of which Social Value 10%, Price 40%', 'Social Value'],
    ['Price 40%, Quality 60% of which Social Value 10%', 'Social Value'],
    ['Price 40%, Quality 60% including 10% social value', 'social value'],
    ['Price 40%; Quality 60%, incl. social value 10%', 'social value'],
    ['60% quality of which 10% social value, 40% price', 'social value'],
  ])('%s is read as price 40, quality 50, social value 10', (text, label) => {
    const result = readOcdsAwardCriteria(details(text));
    const [tender] = result.lots;
    expect(rows(tender).sort()).toEqual([
      ['price', '40', 'description'],
      ['quality', '50', 'description'],
      ['social-value', '10', 'description'],
    ]);
    expect(tender?.complete).toBe(true);
    expect(where(result.findings)).toEqual([
      ['nested-weight', 'info', 'input.tender.awardCriteriaDetails'],
    ]);
    // 10 read as shares of quality's 60 points instead: 60 × 10 / 100 = 6.
    expect(result.findings[0]?.message).toContain(`${label} 10%`);
    expect(result.findings[0]?.message).toContain('social value 6.');
  });

  it('a weight that could be inside it or beside it is refused with a finding naming the nesting', () => {
    // Technical 50% may be the rest of quality's 60 (10 + 50) or a criterion of its own: the
    // weights read beside each other (60 + 50) do not sum to 100, so nothing settles it.
    const text = 'Quality 60% including social value 10%, technical 50%';
    const result = readOcdsAwardCriteria(details(text));
    expect(result.lots[0]?.criteria).toEqual([]);
    expect(where(result.findings)).toEqual([
      ['nested-weight', 'warning', 'input.tender.awardCriteriaDetails'],
      ['no-award-criteria', 'warning', 'input.tender'],
    ]);
    expect(result.findings[0]?.message).toContain('"Quality 60%"');
    expect(result.findings[0]?.message).toContain('without brackets');
  });
});

describe('a description with numbers outside its percentages', () => {
  it.each([
    // "Price 60, Quality 30" was the label of 10%: read as price 10.
    ['Price 60, Quality 30, 10% tbc', '"60", "30"'],
    // "Quality 30, social value" was the label of 10%: read as price 60, social value 10.
    ['Price 60%, Quality 30, social value 10%', '"30"'],
    // The tail after the last percentage was not read: price 40, quality 60, total 100.
    ['Price 40%, Quality 60%, Social value 10', '"10"'],
  ])('%s is refused, saying which numbers', (text, numbers) => {
    const result = readOcdsAwardCriteria(details(text));
    expect(result.lots[0]?.criteria).toEqual([]);
    expect(where(result.findings)).toEqual([
      ['ambiguous-weight', 'warning', 'input.tender.awardCriteriaDetails'],
      ['no-award-criteria', 'warning', 'input.tender'],
    ]);
    expect(result.findings[0]?.message).toContain(`numbers outside its percentages (${numbers})`);
  });

  it.each([
    // "Lot 1" and "section 3" name no kind of criterion: their numbers are words, not weights
    // without a percent sign (as the pcs-0000581730 fixture writes "Lot One is Technical 60%").
    ['Lot 1: Quality 60%, Price 40%'],
    ['Quality 60%, Price 40% (see section 3)'],
    ['Lot 2 - Quality 60%, Price 40%'],
  ])('%s is read: a number after words that name no kind is a word of the label', (text) => {
    const result = readOcdsAwardCriteria(details(text));
    expect(rows(result.lots[0])).toEqual([
      ['quality', '60', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(codes(result.findings)).toEqual([]);
  });

  it('a number that is part of a word (Q1, 2nd) is a word of the label', () => {
    const [tender] = readOcdsAwardCriteria(
      details('Q1 Technical 50%, Q2 Social value 10%, Price 40%'),
    ).lots;
    expect(rows(tender)).toEqual([
      ['quality', '50', 'description'],
      ['social-value', '10', 'description'],
      ['price', '40', 'description'],
    ]);
  });
});
