import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { codes, oneLot, rows } from './helpers.js';

function lotOf(criteria: unknown) {
  return readOcdsAwardCriteria(oneLot(criteria)).lots[0]!;
}

describe('weights given only in text', () => {
  it.each([
    ['70', '70'],
    ['70%', '70'],
    [' 17.5 ', '17.5'],
    ['70 per cent', '70'],
    ['Weighting: 20', '20'],
  ])('description %j gives %s points', (description, weight) => {
    expect(rows(lotOf([{ type: 'quality', name: 'Quality', description }]))[0]).toEqual([
      'quality',
      weight,
      'description',
    ]);
  });

  it('reads "Price 30%" from a name, and the matching part of "Quality 60% / Price 40%"', () => {
    const lot = lotOf([
      { type: 'price', name: 'Price 30%' },
      { type: 'quality', name: 'Quality 60% / Price 40%' },
      { type: 'price', description: '60% quality, 40% price' },
    ]);
    expect(rows(lot)).toEqual([
      ['price', '30', 'name'],
      ['quality', '60', 'name'],
      ['price', '40', 'description'],
    ]);
  });

  it('labels a percentage in brackets without the bracket before it', () => {
    // "Price (40%) Quality (60%)": the label of 60% was ") Quality", quoted so in the reason.
    const lot = lotOf([
      { type: 'price', description: 'Price (40%) Quality (60%)' },
      { type: 'quality', description: 'Price (40%) Quality (60%)' },
    ]);
    expect(rows(lot)).toEqual([
      ['price', '40', 'description'],
      ['quality', '60', 'description'],
    ]);
    expect(lot.criteria[1]?.reason).toBe(
      'The quality criterion is quality (type "quality"); weight 60 points from "Quality 60%" in "Price (40%) Quality (60%)".',
    );
  });

  it('splits a lot description of labelled percentages into criteria', () => {
    const { lots } = readOcdsAwardCriteria({
      ocid: 'ocds-test-2',
      tender: {
        lots: [
          {
            id: '1',
            awardCriteria: { description: 'Quality 60%, Social Value 10% and Price 30%' },
          },
        ],
      },
    });
    expect(rows(lots[0])).toEqual([
      ['quality', '60', 'description'],
      ['social-value', '10', 'description'],
      ['price', '30', 'description'],
    ]);
    expect(lots[0]?.criteria.map((c) => c.name)).toEqual(['Quality', 'Social Value', 'Price']);
    expect(lots[0]?.complete).toBe(true);
  });

  it.each([
    ['15-40%', 'ambiguous-weight'],
    ['Question 3 scores 20 marks', 'ambiguous-weight'],
    ['Price 30%', 'ambiguous-weight'],
    ['Technical 60% / Quality 40%', 'ambiguous-weight'],
    // The tail of a number is not a percentage of its own: `1e3%` is not 3%, `0.5.5%` not 5%.
    ['Quality 1e3%', 'ambiguous-weight'],
    ['Quality 1E+3%', 'ambiguous-weight'],
    ['Quality 0.5.5%', 'ambiguous-weight'],
    // A decimal comma or a thousands separator: `60,5%` is not 5%, `1,000%` not 0%.
    ['Quality 60,5%', 'ambiguous-weight'],
    ['Quality 1,000%', 'ambiguous-weight'],
    // A minus sign is not dropped: `-60%` is not 60%.
    ['-60%', 'ambiguous-weight'],
    ['Quality (-60%)', 'ambiguous-weight'],
    ['400', 'weight-out-of-range'],
    // Outside the numeric domain (more than 40 decimal places), which checkWeighting refuses.
    [`60.${'0'.repeat(40)}1%`, 'weight-out-of-range'],
  ])('a quality criterion described %j gets no weight and a %s finding', (description, code) => {
    const lot = lotOf([
      { type: 'quality', name: 'Method', description },
      { type: 'price', description: '40' },
    ]);
    expect(lot.criteria[0]?.weight).toBeNull();
    expect(codes(lot.findings)).toContain(code);
    expect(lot.findings.find((f) => f.code === code)?.path).toBe(
      'input.tender.lots[0].awardCriteria.criteria[0].description',
    );
    expect(lot.total).toBeNull();
  });

  it('a criterion with no number anywhere gets a no-weight finding', () => {
    const lot = lotOf([
      { type: 'quality', name: 'Quality' },
      { type: 'price', description: '40' },
    ]);
    expect(codes(lot.findings)).toEqual(['no-weight']);
    expect(lot.summary).toBe('Lot "1": 1 of 2 criteria have no weight that could be read exactly.');
  });

  it('names the kinds in words in the summary, as toWeighting does', () => {
    const lot = lotOf([
      { type: 'quality', name: 'Quality', description: '60' },
      { type: 'quality', name: 'Social value', description: '10' },
      { type: 'price', name: 'Price', description: '30' },
    ]);
    expect(lot.summary).toBe('Lot "1": quality 60, social value 10, price 30 (total 100).');
  });

  it('name and description that disagree give no weight', () => {
    const lot = lotOf([
      { type: 'quality', name: 'Quality 60%', description: '70' },
      { type: 'price' },
    ]);
    expect(lot.criteria[0]?.weight).toBeNull();
    expect(codes(lot.findings)).toContain('conflicting-weights');
  });
});

describe('weights in numbers (eForms)', () => {
  it('percentageExact as is, decimalExact times 100 (0.7 is 70), saying which', () => {
    const lot = lotOf([
      { type: 'quality', name: 'Quality', numbers: [{ number: 0.7, weight: 'decimalExact' }] },
      { type: 'price', name: 'Price', numbers: [{ number: 30, weight: 'percentageExact' }] },
    ]);
    expect(rows(lot)).toEqual([
      ['quality', '70', 'numbers'],
      ['price', '30', 'numbers'],
    ]);
    expect(lot.criteria.map((c) => [c.weightCode, c.publishedWeight?.toString()])).toEqual([
      ['decimalExact', '0.7'],
      ['percentageExact', '30'],
    ]);
    expect(lot.criteria[0]?.reason).toContain('0.7 (decimalExact), 70 points');
  });

  it('numbers win over text, and a disagreeing text is an info finding', () => {
    const lot = lotOf([
      {
        type: 'quality',
        name: 'Quality 50%',
        numbers: [{ number: 60, weight: 'percentageExact' }],
      },
      { type: 'price', numbers: [{ number: 40, weight: 'percentageExact' }] },
    ]);
    expect(rows(lot)[0]).toEqual(['quality', '60', 'numbers']);
    expect(lot.findings.map((f) => [f.code, f.severity])).toEqual([
      ['conflicting-weights', 'info'],
    ]);
  });

  it('a weight with more than 40 decimal places is out of range, not a weight', () => {
    const lot = lotOf([
      { type: 'quality', numbers: [{ number: 1e-41, weight: 'percentageExact' }] },
      { type: 'price', numbers: [{ number: 100, weight: 'percentageExact' }] },
    ]);
    expect(lot.criteria[0]?.weight).toBeNull();
    expect(lot.findings.find((f) => f.code === 'weight-out-of-range')?.path).toBe(
      'input.tender.lots[0].awardCriteria.criteria[0].numbers[0]',
    );
  });

  it('thresholds and fixed prices are not weights', () => {
    const lot = lotOf([
      {
        type: 'price',
        name: 'Fixed price',
        numbers: [
          { number: 100000, fixed: 'total' },
          { number: 0, weight: 'decimalExact' },
        ],
      },
      {
        type: 'quality',
        name: 'Service quality',
        numbers: [
          { number: 20, threshold: 'minimumScore' },
          { number: 1, weight: 'decimalExact' },
        ],
      },
    ]);
    expect(rows(lot)).toEqual([
      ['price', '0', 'numbers'],
      ['quality', '100', 'numbers'],
    ]);
    expect(lot.complete).toBe(true);
  });

  it('orders of importance and ranges are findings, never weights', () => {
    const lot = lotOf([
      { type: 'quality', numbers: [{ number: 1, weight: 'order' }] },
      { type: 'price', numbers: [{ number: 40, weight: 'percentageRangeMiddle' }] },
    ]);
    expect(rows(lot)).toEqual([
      ['quality', null, null],
      ['price', null, null],
    ]);
    expect(codes(lot.findings)).toEqual(['order-only', 'range-weight']);
  });

  it('points become percentage points only when every criterion is in points totalling 100', () => {
    const hundred = lotOf([
      { type: 'quality', numbers: [{ number: 60, weight: 'pointsExact' }] },
      { type: 'price', numbers: [{ number: 40, weight: 'pointsExact' }] },
    ]);
    expect(rows(hundred)).toEqual([
      ['quality', '60', 'numbers'],
      ['price', '40', 'numbers'],
    ]);
    expect(hundred.findings.map((f) => [f.code, f.severity])).toEqual([['points-weight', 'info']]);
    const thousand = lotOf([
      { type: 'quality', numbers: [{ number: 400, weight: 'pointsExact' }] },
      { type: 'price', numbers: [{ number: 600, weight: 'pointsExact' }] },
    ]);
    expect(thousand.total).toBeNull();
    expect(thousand.findings.map((f) => [f.code, f.severity])).toEqual([
      ['points-weight', 'warning'],
    ]);
  });

  it('a weight code written almost right names the code meant, and is still not read', () => {
    // `PercentageExact` and `percentage-exact` were refused as "not one of the codes" with no
    // hint, unlike a tender's `awardCriteria` code written almost right (`PriceOnly`).
    const lot = lotOf([
      { type: 'price', numbers: [{ number: 40, weight: 'PercentageExact' }] },
      { type: 'quality', numbers: [{ number: 60, weight: 'percentage-exact' }] },
      { type: 'quality', name: 'Social value', numbers: [{ number: 0, weight: 'bogus' }] },
    ]);
    expect(rows(lot)).toEqual([
      ['price', null, null],
      ['quality', null, null],
      ['social-value', null, null],
    ]);
    expect(lot.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'unexpected-shape',
        'input.tender.lots[0].awardCriteria.criteria[0].numbers[0].weight',
        'The price criterion: The weight code "PercentageExact" is not one of the OCDS criterionWeight codes (did you mean "percentageExact"?); it was not read.',
      ],
      [
        'unexpected-shape',
        'input.tender.lots[0].awardCriteria.criteria[1].numbers[0].weight',
        'The quality criterion: The weight code "percentage-exact" is not one of the OCDS criterionWeight codes (did you mean "percentageExact"?); it was not read.',
      ],
      [
        'unexpected-shape',
        'input.tender.lots[0].awardCriteria.criteria[2].numbers[0].weight',
        'Criterion "Social value": The weight code "bogus" is not one of the OCDS criterionWeight codes; it was not read.',
      ],
    ]);
  });
});

describe('kinds', () => {
  it.each([
    [{ type: 'quality', name: 'Social Value' }, 'social-value'],
    [{ type: 'quality', name: 'Community Benefits' }, 'social-value'],
    [{ type: 'quality', description: 'Fair Work First practices' }, 'social-value'],
    [{ type: 'quality', name: 'Net zero and carbon reduction' }, 'environmental'],
    [{ type: 'quality', name: 'Sustainability' }, 'environmental'],
    [{ type: 'quality', name: 'Environmental and social value commitments' }, 'social-value'],
    [{ type: 'cost', name: 'Whole life cost' }, 'price'],
    [{ type: 'quality', name: 'Technical' }, 'quality'],
    [{ name: 'Price' }, 'price'],
    [{ name: 'Interview' }, 'other'],
    // Non-price criteria are the quality criteria, not price ones.
    [{ type: 'quality', name: 'Non-price criteria' }, 'quality'],
    [{ name: 'Non-cost criteria' }, 'quality'],
    [{ type: 'social', name: 'Added value' }, 'other'],
  ])('%j is %s', (criterion, kind) => {
    expect(
      lotOf([
        { ...criterion, description: (criterion as { description?: string }).description ?? '10' },
      ]).criteria[0]?.kind,
    ).toBe(kind);
  });
});

describe('kind conflicts', () => {
  it('says in one sentence why a price criterion whose words name another kind is price', () => {
    const lot = lotOf([{ type: 'price', name: 'Social value', description: '100' }]);
    expect(lot.findings.find((f) => f.code === 'kind-conflict')?.message).toBe(
      'Criterion "Social value" is read as price from its type "price", a price criterion, but its words name a social-value criterion.',
    );
    expect(lot.criteria[0]?.reason).toBe(
      'Criterion "Social value" is price (type "price", a price criterion); weight 100 points from the text "100".',
    );
  });
});

describe('non-price criteria', () => {
  it('a lot described "Non-price 60%, Price 40%" weighs quality 60 and price 40', () => {
    const { lots, findings } = readOcdsAwardCriteria({
      ocid: 'ocds-test-np',
      tender: { lots: [{ id: '1', awardCriteria: { description: 'Non-price 60%, Price 40%' } }] },
    });
    expect(rows(lots[0])).toEqual([
      ['quality', '60', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(toWeighting(lots[0]!).weights?.quality.toString()).toBe('60');
    expect(toWeighting(lots[0]!).weights?.price.toString()).toBe('40');
    expect(codes(findings)).toEqual([]);
  });
});

describe('releases, records and packages', () => {
  const release = (id: string, date: string, weight: string) => ({
    ocid: 'ocds-test-3',
    id,
    date,
    tender: {
      lots: [
        {
          id: '1',
          awardCriteria: {
            criteria: [
              { type: 'price', description: weight },
              { type: 'quality', description: String(100 - Number(weight)) },
            ],
          },
        },
      ],
    },
  });

  it('reads the latest release of each process in a package and reports the others', () => {
    const result = readOcdsAwardCriteria({
      releases: [
        release('b', '2025-06-01T10:00:00+01:00', '40'),
        release('a', '2025-05-01T00:00:00Z', '30'),
      ],
    });
    expect(result.lots[0]?.release).toBe('b');
    expect(rows(result.lots[0])[0]).toEqual(['price', '40', 'description']);
    expect(codes(result.findings)).toEqual(['release-skipped']);
    expect(result.findings[0]?.path).toBe('input.releases[1]');
  });

  it('reads a record through its compiledRelease, and a record package', () => {
    const record = {
      ocid: 'ocds-test-3',
      releases: [{ url: 'https://example.org/r/a', date: '2025-05-01', tag: ['tender'] }],
      compiledRelease: release('c', '2025-07-01', '20'),
    };
    expect(rows(readOcdsAwardCriteria(record).lots[0])[0]).toEqual(['price', '20', 'description']);
    const pack = readOcdsAwardCriteria({
      records: [record, { ocid: 'ocds-test-4', releases: [{ url: 'https://example.org/r/z' }] }],
    });
    expect(pack.ocid).toBe('ocds-test-3');
    expect(pack.lots.map((lot) => lot.path)).toEqual([
      'input.records[0].compiledRelease.tender.lots[0]',
    ]);
    expect(codes(pack.findings)).toEqual(['release-skipped']);
  });

  it('reads tender-level criteria, which lots without their own inherit', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-test-5',
      tender: {
        awardCriteria: 'ratedCriteria',
        awardCriteriaDetails: 'Quality 50% / Social value 20% / Price 30%',
        lots: [{ id: '1' }, { id: '2', awardCriteria: { criteria: [{ type: 'price' }] } }],
      },
    });
    expect(result.lots.map((lot) => [lot.level, lot.lot])).toEqual([
      ['tender', null],
      ['lot', '1'],
      ['lot', '2'],
    ]);
    expect(rows(result.lots[0])).toEqual([
      ['quality', '50', 'description'],
      ['social-value', '20', 'description'],
      ['price', '30', 'description'],
    ]);
    expect(rows(result.lots[1])).toEqual(rows(result.lots[0]));
    expect(result.lots[1]?.findings.map((f) => [f.code, f.severity])).toEqual([
      ['no-award-criteria', 'info'],
    ]);
    expect(rows(result.lots[2])).toEqual([['price', '100', 'sole-criterion']]);
  });

  it('reads the OCDS 1.1 code priceOnly as price 100', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-test-6',
      tender: { awardCriteria: 'priceOnly' },
    });
    expect(rows(result.lots[0])).toEqual([['price', '100', 'sole-criterion']]);
  });

  // OCDS 1.1 awardCriteria codelist: priceOnly, costOnly, qualityOnly, ratedCriteria, and the
  // deprecated lowestCost, bestProposal, bestValueToGovernment, singleBidOnly. A code written
  // almost right is said, with the code meant, and never read as that code.
  it.each([
    ['PriceOnly', '"priceOnly"'],
    ['price-only', '"priceOnly"'],
    ['Quality', '"qualityOnly"'],
    ['lowestcost', '"lowestCost"'],
  ])('says a miswritten code %s is not one (did you mean %s?)', (written, meant) => {
    const lot = readOcdsAwardCriteria({ ocid: 'ocds-test-6', tender: { awardCriteria: written } })
      .lots[0];
    expect(rows(lot)).toEqual([]);
    expect(lot?.findings.map((f) => [f.code, f.severity, f.message, f.path])).toEqual([
      [
        'unexpected-shape',
        'warning',
        `The award criteria "${written}" are not an OCDS code (did you mean ${meant}?); they were read as a description.`,
        'input.tender.awardCriteria',
      ],
      [
        'no-award-criteria',
        'warning',
        'The tender publishes no award criteria that could be read.',
        'input.tender',
      ],
    ]);
  });

  it('gives no hint for a code of the codelist or a description', () => {
    for (const written of ['ratedCriteria', 'bestProposal', '70', 'Quality 60% / Price 40%']) {
      const lot = readOcdsAwardCriteria({ ocid: 'x', tender: { awardCriteria: written } }).lots[0];
      expect(lot?.findings.map((f) => f.code)).not.toContain('unexpected-shape');
    }
  });

  it.each(['ratedCriteria', 'bestProposal', 'bestValueToGovernment', 'singleBidOnly'])(
    'says that the code %j names no weighting, beside the tender having no criteria',
    (code) => {
      const lot = readOcdsAwardCriteria({ ocid: 'x', tender: { awardCriteria: code } }).lots[0];
      expect(lot?.findings.map((f) => [f.code, f.severity, f.message, f.path])).toEqual([
        [
          'no-award-criteria',
          'info',
          `The award criteria code "${code}" (OCDS 1.1) names no weighting: the weights, if any, are in the lots' criteria or the notice's documents.`,
          'input.tender.awardCriteria',
        ],
        [
          'no-award-criteria',
          'warning',
          'The tender publishes no award criteria that could be read.',
          'input.tender',
        ],
      ]);
    },
  );

  it('reads lot groups', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-test-7',
      tender: {
        lotGroups: [
          {
            id: 'G1',
            awardCriteria: {
              criteria: [
                {
                  type: 'price',
                  name: 'Price',
                  numbers: [{ number: 100, weight: 'percentageExact' }],
                },
              ],
            },
          },
        ],
      },
    });
    expect(result.lots.map((lot) => [lot.level, lot.lot])).toEqual([['lot-group', 'G1']]);
  });
});

describe('releases compiled as OCDS merge rules compile a record', () => {
  // A tender release publishes lot 1's criteria (price 30, quality 70); a later tenderUpdate
  // renames the lot and adds lot 2 without restating lot 1's criteria. In the compiled record
  // lot 1 keeps them (a field a release leaves out keeps its earlier value), lot 2 is added.
  const tender = {
    ocid: 'ocds-merge-1',
    id: 'r1',
    date: '2025-05-01T00:00:00Z',
    tag: ['tender'],
    tender: {
      title: 'Highways',
      lots: [
        {
          id: '1',
          title: 'Lot 1',
          awardCriteria: {
            criteria: [
              { type: 'price', description: '30' },
              { type: 'quality', description: '70' },
            ],
          },
        },
      ],
    },
  };
  const update = {
    ocid: 'ocds-merge-1',
    id: 'r2',
    date: '2025-06-01T00:00:00Z',
    tag: ['tenderUpdate'],
    tender: {
      lots: [
        { id: '1', title: 'Lot 1 (amended)' },
        {
          id: '2',
          title: 'Lot 2',
          awardCriteria: { criteria: [{ type: 'price', description: '100' }] },
        },
      ],
    },
  };

  it('keeps criteria an update leaves out, pointing into the release that gave them', () => {
    const result = readOcdsAwardCriteria({ releases: [update, tender] });
    expect(result.lots.map((lot) => [lot.lot, lot.lotName, lot.release, lot.path])).toEqual([
      ['1', 'Lot 1 (amended)', 'r2', 'input.releases[0].tender.lots[0]'],
      ['2', 'Lot 2', 'r2', 'input.releases[0].tender.lots[1]'],
    ]);
    expect(rows(result.lots[0])).toEqual([
      ['price', '30', 'description'],
      ['quality', '70', 'description'],
    ]);
    expect(result.lots[0]?.criteria[0]?.path).toMatch(
      /^input\.releases\[1\]\.tender\.lots\[0\]\.awardCriteria\./,
    );
    expect(result.lots[0]?.complete).toBe(true);
    expect(rows(result.lots[1])).toEqual([['price', '100', 'description']]);
    // r1 still gives lot 1's criteria: it is read, not skipped.
    expect(codes(result.findings)).not.toContain('release-skipped');
  });

  it('removes criteria an update sets to null, and replaces criteria it restates', () => {
    const cleared = readOcdsAwardCriteria({
      releases: [tender, { ...update, tender: { lots: [{ id: '1', awardCriteria: null }] } }],
    });
    expect(rows(cleared.lots[0])).toEqual([]);
    const restated = readOcdsAwardCriteria({
      releases: [
        tender,
        {
          ...update,
          tender: {
            lots: [
              { id: '1', awardCriteria: { criteria: [{ type: 'price', description: '100' }] } },
            ],
          },
        },
      ],
    });
    expect(rows(restated.lots[0])).toEqual([['price', '100', 'description']]);
    expect(restated.lots[0]?.lotName).toBe('Lot 1');
    // Every field r1 gave is restated or kept: r1 gives the title, so it is not skipped.
    expect(codes(restated.findings)).not.toContain('release-skipped');
  });
});
