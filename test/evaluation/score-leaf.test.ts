import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CriterionScore,
  Decimal,
  type EvaluationModelInput,
  evaluateTenders,
  type RankedBid,
  revive,
  type TenderEvaluation,
  weightSensitivity,
} from '../../src/index.js';

// One division per score, made last: a score whose exact value is a terminating decimal (within
// 34 significant digits) comes out exactly; any other is its exact value rounded once, half-up,
// to 34 significant digits. Every figure below is worked out by hand as a fraction.

const scoreOf = (bid: RankedBid | undefined, id: string): CriterionScore | undefined =>
  bid?.criteria.find((score) => score.criterion === id);
const bidOf = (result: TenderEvaluation, id: string) =>
  result.ranking.find((bid) => bid.bid === id);

/** Price (mean-based) 60 and quality (0–5) 40. */
const meanModel = (pointsPerPercent = 1): EvaluationModelInput => ({
  criteria: [
    { id: 'price', kind: 'price', weight: 60, scoring: { method: 'mean-based', pointsPerPercent } },
    { id: 'quality', kind: 'quality', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
  ],
});

describe('mean-based price: (sum − n × price) ÷ sum, divided once', () => {
  // Prices 80,000, 100,000 and 140,000: the sum is 320,000 and the mean 320,000 ÷ 3 (which does
  // not terminate). Below the mean: A (320,000 − 240,000) ÷ 320,000 = 1/4; B 20,000 ÷ 320,000 =
  // 1/16; C −100,000 ÷ 320,000 = −5/16. Points 50 + 100 × ratio: 75, 56.25, 18.75; × 60 ÷ 100:
  // 45, 33.75, 11.25. Quality 4, 3, 5 of 5 × 40: 32, 24, 40. Totals 77, 57.75, 51.25.
  const bids = [
    { id: 'A', price: 80000, responses: { quality: 4 } },
    { id: 'B', price: 100000, responses: { quality: 3 } },
    { id: 'C', price: 140000, responses: { quality: 5 } },
  ];

  it('scores three round prices exactly (they printed 77.00000000000000000000000000000001)', () => {
    const result = evaluateTenders(meanModel(), bids);
    const figures = result.ranking.map((bid) => {
      const price = scoreOf(bid, 'price')!;
      return [
        bid.bid,
        bid.total.toString(),
        price.weightedScore.toString(),
        price.scoreShare.toString(),
        price.inputs.belowMeanRatio!.toString(),
      ];
    });
    expect(figures).toEqual([
      ['A', '77', '45', '0.75', '0.25'],
      ['B', '57.75', '33.75', '0.5625', '0.0625'],
      ['C', '51.25', '11.25', '0.1875', '-0.3125'],
    ]);
    // The mean itself does not terminate: 106,666.666… to 34 significant digits.
    expect(scoreOf(result.winner!, 'price')?.inputs.mean?.toString()).toBe(
      '106666.6666666666666666666666666667',
    );
    expect(scoreOf(result.winner!, 'price')?.reason).toBe(
      'price: price £80,000.00 is 25% below the mean £106,666.67: 75 points of 100; × weight 60 = 45.',
    );
    expect(scoreOf(bidOf(result, 'C'), 'price')?.reason).toBe(
      'price: price £140,000.00 is 31.25% above the mean £106,666.67: 18.75 points of 100; × weight 60 = 11.25.',
    );
    expect(result.summary).toBe('A wins with 77 of 100.');
  });

  it('clamps the points to 0–100 on the exact figures', () => {
    // Two points per percent: A 50 + 2 × 25 = 100 (full marks, 60); B 50 + 2 × 6.25 = 62.5
    // (37.5); C 50 − 2 × 31.25 = −12.5, clamped to 0.
    const result = evaluateTenders(meanModel(2), bids);
    const weighted = result.ranking.map((bid) => [
      bid.bid,
      scoreOf(bid, 'price')!.weightedScore.toString(),
      scoreOf(bid, 'price')!.scoreShare.toString(),
    ]);
    expect(weighted).toEqual([
      ['A', '60', '1'],
      ['B', '37.5', '0.625'],
      ['C', '0', '0'],
    ]);
    expect(scoreOf(bidOf(result, 'C'), 'price')?.reason).toContain(': 0 points of 100;');
  });

  it('rounds a score that does not terminate once, to 34 significant digits', () => {
    // 100,000, 110,000, 120,000: sum 330,000. A: 30,000 ÷ 330,000 = 1/11 below; points
    // 50 + 100/11 = 650/11; share 13/22 = 0.590909…; × 60: 390/11 = 35.4545…
    const result = evaluateTenders(meanModel(), [
      { id: 'A', price: 100000, responses: { quality: 0 } },
      { id: 'B', price: 110000, responses: { quality: 0 } },
      { id: 'C', price: 120000, responses: { quality: 0 } },
    ]);
    const a = scoreOf(bidOf(result, 'A'), 'price')!;
    expect(a.scoreShare.toString()).toBe('0.5909090909090909090909090909090909');
    expect(a.weightedScore.toString()).toBe('35.45454545454545454545454545454545');
    expect(a.inputs.belowMeanRatio?.toString()).toBe('0.09090909090909090909090909090909091');
    // B is at the mean: exactly 50 points, 30.
    expect(scoreOf(bidOf(result, 'B'), 'price')?.weightedScore.toString()).toBe('30');
  });

  it('scores integer prices and weights as the exact fraction (property)', () => {
    const Exact = Decimal.clone({ precision: 200 });
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    const terminates = (denominator: bigint) => {
      let rest = denominator;
      for (const p of [2n, 5n]) while (rest % p === 0n) rest /= p;
      return rest === 1n;
    };
    /** `value` is numerator ÷ denominator exactly when that terminates, else it rounded once. */
    const expectFraction = (value: Decimal, numerator: bigint, denominator: bigint) => {
      const g = gcd(numerator, denominator) || 1n;
      const [n, d] = [numerator / g, denominator / g];
      const x = new Exact(value.toString());
      const error = x.times(d.toString()).minus(n.toString()).abs();
      if (terminates(d)) {
        expect(error.isZero()).toBe(true);
      } else {
        // Within half a unit in the 34th significant digit: |x × d − n| ≤ 10^(e − 33) × d ÷ 2.
        const ulp = new Exact(10).pow(x.e - 33);
        expect(error.lte(ulp.times(d.toString()).dividedBy(2))).toBe(true);
      }
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 5 }),
        (prices, weight, pointsAtMean, pointsPerPercent) => {
          const model: EvaluationModelInput = {
            criteria: [
              {
                id: 'price',
                kind: 'price',
                weight,
                scoring: { method: 'mean-based', pointsAtMean, pointsPerPercent },
              },
              {
                id: 'q',
                kind: 'quality',
                weight: 100 - weight,
                scoring: { method: 'scale', scale: '0-5' },
              },
            ],
          };
          const result = evaluateTenders(
            model,
            prices.map((price, index) => ({ id: `B${index}`, price, responses: { q: 5 } })),
          );
          const n = BigInt(prices.length);
          const sum = prices.reduce((total, price) => total + BigInt(price), 0n);
          for (const bid of result.ranking) {
            const price = BigInt(prices[Number(bid.bid.slice(1))]!);
            // Points × sum = pointsAtMean × sum + pointsPerPercent × 100 × (sum − n × price),
            // clamped to 0 … 100 × sum.
            let points =
              BigInt(pointsAtMean) * sum + BigInt(pointsPerPercent) * 100n * (sum - n * price);
            if (points < 0n) points = 0n;
            if (points > 100n * sum) points = 100n * sum;
            const score = scoreOf(bid, 'price')!;
            expectFraction(score.scoreShare, points, 100n * sum);
            expectFraction(score.weightedScore, points * BigInt(weight), 100n * sum);
            expectFraction(score.inputs.belowMeanRatio!, sum - n * price, sum);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads back a snapshot stored with the noisy figures of 0.1.0, as it was stored', () => {
    // Written by 0.1.0 (before this change) for the three bids above: totals such as
    // 77.00000000000000000000000000000001. A snapshot is checked against its own figures
    // (totals are the sums of their weighted scores), not scored again, so it still reads back.
    const json = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../fixtures/evaluation/mean-based-0.1.0-snapshot.json'),
        'utf8',
      ),
    ) as { ranking: { total: string }[] };
    expect(json.ranking[0]?.total).toBe('77.00000000000000000000000000000001');
    const revived = revive(json) as TenderEvaluation;
    expect(JSON.stringify(revived)).toBe(JSON.stringify(json));
    // Scored again, the same bids now give the exact figures.
    expect(evaluateTenders(meanModel(), bids).winner?.total.toString()).toBe('77');
  });
});

describe('blend: one division for the two parts', () => {
  it('weighs a part that does not terminate into a share that does', () => {
    // Weight 20, 30% quantitative (offer ÷ highest), 70% a 0–4 mark. B: offer 40,000 of the
    // highest 120,000 = 1/3, mark 2/4 = 1/2: share 0.3 × 1/3 + 0.7 × 1/2 = 0.1 + 0.35 = 0.45,
    // × 20 = 9 (it was 8.9999999999999999999999999999999998). A: 1 × 0.3 + 0.7 × 1 = 1 → 20.
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 80, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 20,
            scoring: {
              method: 'blend',
              quantitative: { method: 'relative-to-highest' },
              qualitative: { method: 'scale', scale: '0-4' },
              quantitativeShare: '0.3',
            },
          },
        ],
      },
      [
        { id: 'A', price: 100, responses: { sv: { offer: 120000, mark: 4 } } },
        { id: 'B', price: 100, responses: { sv: { offer: 40000, mark: 2 } } },
      ],
    );
    const b = scoreOf(bidOf(result, 'B'), 'sv')!;
    expect(b.scoreShare.toString()).toBe('0.45');
    expect(b.weightedScore.toString()).toBe('9');
    expect(bidOf(result, 'B')?.total.toString()).toBe('89');
    // The parts stay as the sentence shows them, each divided once.
    expect(b.inputs.quantitativeScoreShare?.toString()).toBe(
      '0.3333333333333333333333333333333333',
    );
    expect(b.inputs.qualitativeScoreShare?.toString()).toBe('0.5');
    expect(b.reason).toBe(
      'sv: 0.3 × (offer £40,000.00 ÷ highest offer £120,000.00 = 0.3333) + 0.7 × (mark 2 on the 0-4 scale ÷ 4 = 0.5) = 0.45; × weight 20 = 9.',
    );
    expect(scoreOf(bidOf(result, 'A'), 'sv')?.weightedScore.toString()).toBe('20');
  });
});

describe('percent above the lowest: the sentence divides once too', () => {
  it('prints the points the share has', () => {
    // Lowest £30,000, price £30,000.05, 1.5 points per 1%: 0.05 ÷ 30,000 above (1.666…e-6, which
    // rounds up at 34 digits); points 100 − 1.5 × 100 × 0.05 ÷ 30,000 = 100 − 0.00025 =
    // 99.99975, the share 0.9999975 exactly. At 4 places, half-up, 99.99975 prints 99.9998 (from
    // the rounded ratio it was 99.99974999…, printed 99.9997). The percent above, 0.000166…, is
    // below 0.001 and prints to 4 significant figures, 0.0001667 (it printed 0.0002).
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 100,
            scoring: { method: 'percent-above-lowest', pointsPerPercent: 1.5 },
          },
        ],
      },
      [
        { id: 'A', price: 30000 },
        { id: 'B', price: '30000.05' },
      ],
    );
    const b = scoreOf(bidOf(result, 'B'), 'price')!;
    expect(b.scoreShare.toString()).toBe('0.9999975');
    expect(b.weightedScore.toString()).toBe('99.99975');
    expect(b.reason).toContain(
      'price £30,000.05 is less than 0.01% above the lowest qualifying price £30,000.00: 100 − 1.5 × 0.0001667 = 99.9998 points of 100 ',
    );
  });
});

describe('weightSensitivity: one division per crossing point', () => {
  it('solves a crossing at a round weight exactly', () => {
    // Marks of 5 on q0 (40), q1 (35), q2 (25): B 3, 2, 1 → 24 + 14 + 5 = 43 (the winner);
    // C 0, 4, 2 → 0 + 28 + 10 = 38; A nothing. With q2 at w and the others rescaled by
    // (100 − w) ÷ 75: B = 38 (100 − w) ÷ 75 + 0.2w, C = 28 (100 − w) ÷ 75 + 0.4w; equal where
    // 10 (100 − w) = 15w, w = 40 (it was 40.00000000000000000000000000000001).
    const scale = { method: 'scale', scale: '0-5' } as const;
    const result = weightSensitivity(
      {
        criteria: [
          { id: 'q0', kind: 'quality', weight: 40, scoring: scale },
          { id: 'q1', kind: 'quality', weight: 35, scoring: scale },
          { id: 'q2', kind: 'quality', weight: 25, scoring: scale },
        ],
      },
      [
        { id: 'A', responses: { q0: 0, q1: 0, q2: 0 } },
        { id: 'B', responses: { q0: 3, q1: 2, q2: 1 } },
        { id: 'C', responses: { q0: 0, q1: 4, q2: 2 } },
      ],
    );
    const q2 = result.criteria[2]!;
    expect(result.winner).toBe('B');
    expect([q2.range?.from.toString(), q2.range?.to.toString(), q2.winnerAbove]).toEqual([
      '0',
      '40',
      'C',
    ]);
  });
});

describe('a disqualified bid beyond the qualifying references: the sentence says it is capped', () => {
  // A is disqualified (mark 2, minimum 3), so the references are B's alone: the lowest
  // qualifying price £100 and the highest qualifying offer £3,000. A's £50 and £9,000 beat them:
  // 100 ÷ 50 = 2 and 9,000 ÷ 3,000 = 3, each capped at 1 (the share), not "= 1".
  const bids = [
    { id: 'A', price: 50, responses: { quality: 2, sv: 9000 } },
    { id: 'B', price: 100, responses: { quality: 4, sv: 3000 } },
  ];
  const model = (price: EvaluationModelInput['criteria'][number]['scoring']) => ({
    criteria: [
      {
        id: 'quality',
        kind: 'quality' as const,
        weight: 60,
        minimumMark: 3,
        scoring: { method: 'scale' as const, scale: '0-5' as const },
      },
      { id: 'price', kind: 'price' as const, weight: 30, scoring: price },
      {
        id: 'sv',
        kind: 'social-value' as const,
        weight: 10,
        scoring: { method: 'relative-to-highest' as const },
      },
    ],
  });

  it('relative to the lowest price and to the highest offer', () => {
    const a = bidOf(evaluateTenders(model({ method: 'relative-to-lowest' }), bids), 'A');
    expect(a?.disqualified).not.toBe(false);
    expect(scoreOf(a, 'price')?.reason).toBe(
      'price: lowest qualifying price £100.00 ÷ price £50.00 = 2, capped at 1; × weight 30 = 30.',
    );
    expect(scoreOf(a, 'sv')?.reason).toBe(
      'sv: offer £9,000.00 ÷ highest offer £3,000.00 = 3, capped at 1; × weight 10 = 10.',
    );
    expect(scoreOf(a, 'price')?.scoreShare.toString()).toBe('1');
  });

  it('points above 100 for a price below the lowest qualifying one', () => {
    const a = bidOf(evaluateTenders(model({ method: 'percent-above-lowest' }), bids), 'A');
    expect(scoreOf(a, 'price')?.reason).toContain(
      'price £50.00 is 50% below the lowest qualifying price £100.00: 100 − 1 × -50 = 150, capped at 100 points of 100 ',
    );
    const graduated = evaluateTenders(
      model({
        method: 'graduated-pricing',
        steepPointsPerPercent: 1,
        steepApplies: 'beyond-inflection',
        medianOfEven: 'lower-middle',
        floorAtZero: true,
      }),
      bids,
    );
    expect(scoreOf(bidOf(graduated, 'A'), 'price')?.reason).toContain(
      '100 − 0.1 × -50 = 105, capped at 100 points of 100 ',
    );
  });

  it('an offer when no qualifying bid offered any', () => {
    // B (qualifying) offers nothing, so the highest qualifying offer is 0 and every offer scores
    // 0: A's £9,000 too, which "no bid offered any social value" denied.
    const none = [bids[0]!, { ...bids[1]!, responses: { quality: 4, sv: 0 } }];
    const result = evaluateTenders(model({ method: 'relative-to-lowest' }), none);
    expect(scoreOf(bidOf(result, 'A'), 'sv')?.reason).toBe(
      'sv: offer £9,000.00, but no qualifying bid offered any social value, so every offer scores 0; × weight 10 = 0.',
    );
    expect(scoreOf(bidOf(result, 'B'), 'sv')?.reason).toBe(
      'sv: no bid offered any social value, so every offer scores 0; × weight 10 = 0.',
    );
  });

  it('reads its snapshot back', () => {
    const result = evaluateTenders(model({ method: 'relative-to-lowest' }), bids);
    expect(JSON.stringify(revive(JSON.parse(JSON.stringify(result))))).toBe(JSON.stringify(result));
  });
});
