import { describe, expect, it } from 'vitest';
import {
  type EvaluationModelInput,
  evaluateTenders,
  revive,
  weightSensitivity,
} from '../../src/index.js';

// What a score's sentence says beside its figures: a share or weighted score that is not 0 is
// never written as 0, the lowest price is called qualifying only when a bid qualifies, and the
// summary groups its count as every other summary does. Figures worked out by hand.

const reasonOf = (result: ReturnType<typeof evaluateTenders>, bid: string, criterion: string) =>
  result.ranking
    .find((ranked) => ranked.bid === bid)
    ?.criteria.find((score) => score.criterion === criterion)?.reason;

describe('a score sentence never writes a figure that is not 0 as 0', () => {
  const model: EvaluationModelInput = {
    criteria: [
      { id: 'price', kind: 'price', weight: 90, scoring: { method: 'relative-to-lowest' } },
      { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
    ],
  };

  it('writes a share and a weighted score below 0.001 to 4 significant figures', () => {
    // £14 ÷ £300,000 = 0.0000466666…: 0.00004667; × 10 = 0.000466666…: 0.0004667.
    const result = evaluateTenders(model, [
      { id: 'A', price: 100, responses: { sv: 14 } },
      { id: 'B', price: 100, responses: { sv: 300000 } },
    ]);
    expect(reasonOf(result, 'A', 'sv')).toBe(
      'sv: offer £14.00 ÷ highest offer £300,000.00 = 0.00004667; × weight 10 = 0.0004667.',
    );
    // A figure of 0.001 or more keeps its 4 places: £300 ÷ £300,000 = 0.001, × 10 = 0.01.
    const larger = evaluateTenders(model, [
      { id: 'A', price: 100, responses: { sv: 300 } },
      { id: 'B', price: 100, responses: { sv: 300000 } },
    ]);
    expect(reasonOf(larger, 'A', 'sv')).toBe(
      'sv: offer £300.00 ÷ highest offer £300,000.00 = 0.001; × weight 10 = 0.01.',
    );
  });

  it('writes a weighted score below 0.001 of a share that rounds to 4 places the same way', () => {
    // £1 ÷ £30,000 = 0.0000333…: 0.00003333; × 10 = 0.000333…: 0.0003333. A stored copy of the
    // result, checked against its own sentences, reads back.
    const result = evaluateTenders(model, [
      { id: 'A', price: 100, responses: { sv: 1 } },
      { id: 'B', price: 100, responses: { sv: 30000 } },
    ]);
    expect(reasonOf(result, 'A', 'sv')).toBe(
      'sv: offer £1.00 ÷ highest offer £30,000.00 = 0.00003333; × weight 10 = 0.0003333.',
    );
    const stored = revive(JSON.parse(JSON.stringify(result)), 'tender-evaluation');
    expect(reasonOf(stored, 'A', 'sv')).toBe(reasonOf(result, 'A', 'sv'));
  });
});

describe('the lowest price is called qualifying only when a bid qualifies', () => {
  const model = (minimumScoreShare: number): EvaluationModelInput => ({
    criteria: [
      { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
      {
        id: 'quality',
        kind: 'quality',
        weight: 40,
        scoring: { method: 'scale', scale: '0-5' },
        minimumScoreShare,
      },
    ],
  });
  const bids = [
    { id: 'A', price: 100000, responses: { quality: 2 } },
    { id: 'B', price: 120000, responses: { quality: 3 } },
  ];

  it('says "lowest price" when every bid is below a minimum', () => {
    // Both below 90% of the marks: the lowest of the bids, £100,000, is no qualifying price.
    const result = evaluateTenders(model(0.9), bids);
    expect(result.summary).toBe('No bid qualifies; 2 disqualified.');
    expect(reasonOf(result, 'B', 'price')).toBe(
      'price: lowest price £100,000.00 ÷ price £120,000.00 = 0.8333; × weight 60 = 50.',
    );
  });

  it('says "lowest qualifying price" when a bid qualifies', () => {
    // Only B reaches 50% of the marks (3 of 5): its price is the lowest qualifying one, and A's
    // lower price scores above 1, capped.
    const result = evaluateTenders(model(0.5), bids);
    expect(reasonOf(result, 'A', 'price')).toBe(
      'price: lowest qualifying price £120,000.00 ÷ price £100,000.00 = 1.2, capped at 1; × weight 60 = 60.',
    );
  });

  it('says "lowest price" in a percent-above-lowest sentence when no bid qualifies', () => {
    // £120,000 is 20% above £100,000: 100 − 1 × 20 = 80 points of 100.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 60,
            scoring: { method: 'percent-above-lowest' },
          },
          {
            id: 'quality',
            kind: 'quality',
            weight: 40,
            scoring: { method: 'scale', scale: '0-5' },
            minimumMark: 4,
          },
        ],
      },
      bids,
    );
    expect(reasonOf(result, 'B', 'price')).toBe(
      `price: price £120,000.00 is 20% above the lowest price £100,000.00: 100 − 1 × 20 = 80 points of 100 (points off per 1% above the lowest price, Market Dojo's "percentage of leading bid"); × weight 60 = 48.`,
    );
  });
});

describe('the tender summary', () => {
  it('groups the count of disqualified bids in thousands', () => {
    const model: EvaluationModelInput = {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          weight: 100,
          scoring: { method: 'scale', scale: '0-5' },
          minimumMark: 3,
        },
      ],
    };
    const bids = Array.from({ length: 1200 }, (_, index) => ({
      id: `B${index}`,
      responses: { quality: index === 0 ? 5 : 1 },
    }));
    // 1,199 bids marked 1, below the minimum mark of 3; B0 wins with full marks.
    expect(evaluateTenders(model, bids).summary).toBe(
      'B0 wins with 100 of 100; 1,199 disqualified.',
    );
  });
});

describe('a weight sensitivity never writes a range end as 0 or as the weight when it is not', () => {
  // Price 50 (relative to lowest) and social value 50 (relative to highest). A: price share 1,
  // offer share 5,000,001 ÷ 10,000,000; B: price share 100 ÷ 200 = 0.5, offer share 1. At a price
  // weight w, A − B = w × 0.5 − (100 − w) × 0.4999999, which is 0 at w = 49.9999949999995…:
  // A leads by 0.000005 points of weight either way.
  const model: EvaluationModelInput = {
    criteria: [
      { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
      { id: 'sv', kind: 'social-value', weight: 50, scoring: { method: 'relative-to-highest' } },
    ],
  };
  const bids = [
    { id: 'A', price: 100, responses: { sv: 5000001 } },
    { id: 'B', price: 200, responses: { sv: 10000000 } },
  ];

  it('writes the margin below 0.001 to 4 significant figures and the ends apart from the weight', () => {
    const result = weightSensitivity(model, bids);
    expect(result.criteria[0]?.range?.from.toFixed(10)).toBe('49.9999950000');
    expect(result.summary).toBe(
      'A wins; the closest change is price, 0.000005 points of weight away from a different winner or no single winner.',
    );
    // 49.99999499… and 50.00000500… are 50 to 4 places: 5 places tell them from the weight.
    expect(result.criteria.map((criterion) => criterion.reason)).toEqual([
      'A stays the winner while price weighs from 49.99999 to 100 points (now 50, other weights rescaled in proportion); below 49.99999, B wins.',
      'A stays the winner while sv weighs from 0 to 50.00001 points (now 50, other weights rescaled in proportion); above 50.00001, B wins.',
    ]);
    const stored = revive(JSON.parse(JSON.stringify(result)), 'weight-sensitivity');
    expect(stored.summary).toBe(result.summary);
  });
});

describe('a disqualification below a minimum never writes the figure as the minimum', () => {
  const messages = (result: ReturnType<typeof evaluateTenders>, bid: string) => {
    const out = result.ranking.find((ranked) => ranked.bid === bid)?.disqualified;
    return out ? out.findings.map((finding) => finding.message) : out;
  };

  it('writes quality points to as many places as tell them from the minimum', () => {
    // A's social value: 999,999 ÷ 1,000,000 × 50 = 49.99995 quality points (price points are
    // not quality points), below the minimum of 50; to 4 places it would read 50.
    const result = evaluateTenders(
      {
        minimumQualityPoints: 50,
        criteria: [
          { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 50,
            scoring: { method: 'relative-to-highest' },
          },
        ],
      },
      [
        { id: 'A', price: 100, responses: { sv: 999999 } },
        { id: 'B', price: 200, responses: { sv: 1000000 } },
      ],
    );
    expect(messages(result, 'A')).toEqual([
      'A scored 49.99995 quality points, below the minimum of 50.',
    ]);
  });

  it('writes a share of the marks to as many places as tell it from the minimum', () => {
    // 599,999 ÷ 1,000,000 = 59.9999% of the marks, below 60%; to 2 or 3 places it reads 60%.
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 50,
            scoring: { method: 'relative-to-highest' },
            minimumScoreShare: 0.6,
          },
        ],
      },
      [
        { id: 'A', price: 100, responses: { sv: 599999 } },
        { id: 'B', price: 200, responses: { sv: 1000000 } },
      ],
    );
    expect(messages(result, 'A')).toEqual([
      'A scored 59.9999% of the marks on sv, below the minimum of 60%.',
    ]);
  });

  it('writes a mark to as many places as tell it from the minimum mark', () => {
    // A custom scale with the marks 0, 2.99999, 3 and 5: 2.99999 is below the minimum mark of 3.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 100,
            scoring: { method: 'scale', scale: { marks: [0, 2.99999, 3, 5] } },
            minimumMark: 3,
          },
        ],
      },
      [
        { id: 'A', responses: { q: 2.99999 } },
        { id: 'B', responses: { q: 5 } },
      ],
    );
    expect(messages(result, 'A')).toEqual([
      'A was marked 2.99999 on q, below the minimum mark of 3.',
    ]);
  });
});
