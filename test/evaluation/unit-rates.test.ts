import { describe, expect, it } from 'vitest';
import {
  type EvaluationModelInput,
  evaluateTenders,
  flagAbnormallyLow,
  revive,
  whatIf,
} from '../../src/index.js';

// Prices given as unit rates below a penny (a per-transaction or per-mile rate): they used to be
// refused ("expected a number at least 0.01"); any price above 0 is read now, exactly.

const model: EvaluationModelInput = {
  criteria: [
    { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
    { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
  ],
};
const rates = [
  { id: 'A', price: '0.004', responses: { quality: 3 } },
  { id: 'B', price: '0.005', responses: { quality: 5 } },
  { id: 'C', price: '0.0045', responses: { quality: 4 } },
];

describe('unit rates below a penny', () => {
  it('are scored exactly, and printed with their digits', () => {
    // Price: 0.004 ÷ rate × 40: A 40, B 32, C 35.5555… (0.16 ÷ 0.0045, 34 significant digits).
    // Quality: 3/5, 5/5, 4/5 × 60 = 36, 60, 48. Totals 76, 92, 83.5555…6.
    const result = evaluateTenders(model, rates);
    expect(result.ranking.map((bid) => [bid.bid, bid.total.toString()])).toEqual([
      ['B', '92'],
      ['C', '83.55555555555555555555555555555556'],
      ['A', '76'],
    ]);
    expect(result.ranking.map((bid) => bid.criteria[1]?.reason)).toEqual([
      'price: lowest qualifying price £0.004 ÷ price £0.005 = 0.8; × weight 40 = 32.',
      'price: lowest qualifying price £0.004 ÷ price £0.0045 = 0.8889; × weight 40 = 35.5556.',
      'price: lowest qualifying price £0.004 ÷ price £0.004 = 1; × weight 40 = 40.',
    ]);
    expect(result.ranking[0]?.price?.toString()).toBe('0.005');
    const json = JSON.stringify(result);
    expect(JSON.stringify(revive(JSON.parse(json), 'tender-evaluation'))).toBe(json);
  });

  it('score against their mean, and rank per quality point', () => {
    // Mean of 0.004, 0.005 and 0.0045 is 0.0045. A is 0.0005 ÷ 0.0045 = 11.11% below it:
    // 50 + 11.11 = 61.1111 points of 100; B 11.11% above: 38.8889; C at the mean: 50.
    const mean = evaluateTenders(
      {
        criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'mean-based' } }],
      },
      rates.map(({ id, price }) => ({ id, price })),
    );
    expect(mean.ranking.map((bid) => [bid.bid, bid.total.toFixed(4)])).toEqual([
      ['A', '61.1111'],
      ['C', '50.0000'],
      ['B', '38.8889'],
    ]);
    expect(mean.ranking[0]?.criteria[0]?.reason).toBe(
      'price: price £0.004 is 11.11% below the mean £0.0045: 61.1111 points of 100; × weight 100 = 61.1111.',
    );
    // Price per quality point: A 0.004 ÷ 60 points = £0.0000667, B 0.005 ÷ 100 = £0.00005,
    // C 0.0045 ÷ 80 = £0.00005625. B wins.
    const perPoint = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 100,
            scoring: { method: 'scale', scale: '0-5' },
          },
        ],
      },
      rates,
    );
    expect(perPoint.ranking.map((bid) => [bid.bid, bid.rankingValue.toString()])).toEqual([
      ['B', '0.00005'],
      ['C', '0.00005625'],
      ['A', '0.00006666666666666666666666666666666667'],
    ]);
    expect(perPoint.summary).toBe('B wins with £0.00005 per quality point.');
  });

  it('print to the penny unless the penny hides their digits', () => {
    // 4.5675 ÷ 5 = 0.9135: the lowest is printed to 4 significant figures, 5 to the penny.
    const result = evaluateTenders(
      { criteria: [model.criteria[1]!].map((criterion) => ({ ...criterion, weight: 100 })) },
      [
        { id: 'A', price: '4.5675' },
        { id: 'B', price: 5 },
      ],
    );
    expect(result.ranking[1]?.criteria[0]?.reason).toBe(
      'price: lowest qualifying price £4.568 ÷ price £5.00 = 0.9135; × weight 100 = 91.35.',
    );
  });

  it('can be changed in whatIf and checked for abnormally low prices', () => {
    // B cuts its rate to £0.0035: price 40 + quality 60 = 100.
    const cut = whatIf(model, rates, { prices: { B: '0.0035' } });
    expect(cut.after.winner?.total.toString()).toBe('100');
    // Adjusted average of 0.003, 0.0045, 0.005 and 0.0048 without the highest:
    // (0.003 + 0.0045 + 0.0048) ÷ 3 = 0.0041, limit × 0.85 = 0.003485: A's 0.003 is under it.
    // Proximity: the default margin is at least £1,000, which no rate is below the next by;
    // with proximityMin 0 it is 1% of the lowest other rate, 0.000045, and A is 0.0015 below.
    const priced = [
      { id: 'A', price: '0.003' },
      { id: 'B', price: '0.0045' },
      { id: 'C', price: '0.005' },
      { id: 'D', price: '0.0048' },
    ];
    expect(flagAbnormallyLow(priced).flagged).toEqual([]);
    const check = flagAbnormallyLow(priced, { proximityMin: 0 });
    expect(check.flagged).toEqual(['A']);
    expect(check.adjustedAverage?.toString()).toBe('0.0041');
    expect(check.findings[0]?.message).toBe(
      'A at £0.003 is more than 15% below the adjusted average £0.0041 (limit £0.003485) and more than the proximity margin £0.000045 below the lowest other price £0.0045: potentially abnormally low.',
    );
  });
});
