import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationSnapshots } from '../../src/evaluation/snapshots.js';
import {
  Decimal,
  type EvaluationModelInput,
  evaluateTenders,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';

// A total adds scores that are each a quotient: the scores are added as exact fractions and
// the total divided once, so a total whose exact value has at most 34 significant digits is that
// value, and any other is it rounded once (half-up). The leaves keep their own figures.

const thirds = { method: 'scale', scale: { marks: [0, 1, 2, 3] } } as const;

/** Three quality criteria of 20 points on a 0-3 scale, and price (40, relative to the lowest). */
const split: EvaluationModelInput = {
  criteria: [
    { id: 'q1', kind: 'quality', weight: 20, scoring: thirds },
    { id: 'q2', kind: 'quality', weight: 20, scoring: thirds },
    { id: 'q3', kind: 'quality', weight: 20, scoring: thirds },
    { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
  ],
};

describe('exact totals', () => {
  it('adds three thirds of 20 to 20, and 40 + 40/3 to 160/3 rounded once', () => {
    const result = evaluateTenders(split, [
      { id: 'A', price: 100000, responses: { q1: 1, q2: 1, q3: 1 } },
      { id: 'B', price: 300000, responses: { q1: 2, q2: 2, q3: 2 } },
    ]);
    const [a, b] = result.ranking;
    // A: each 1/3 × 20 = 6.666…667 to 34 digits (the leaves keep their figures); the total is
    // 3 × 20/3 + 40 = 60, not 60.000000000000000000000000000000001.
    expect(a!.criteria[0]!.weightedScore.toString()).toBe('6.666666666666666666666666666666667');
    expect(a!.total.toString()).toBe('60');
    expect(a!.rankingValue.toString()).toBe('60');
    // B: 3 × 2/3 × 20 + 100,000/300,000 × 40 = 40 + 40/3 = 160/3 = 53.333…, 34 digits: the 35th
    // is a 3, so …33 (the sum of the rounded scores gave …32).
    expect(b!.criteria[3]!.weightedScore.toString()).toBe('13.33333333333333333333333333333333');
    expect(b!.total.toString()).toBe('53.33333333333333333333333333333333');
  });

  it('adds a group of three thirds to 20, its share 1/3 divided once', () => {
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            subCriteria: [
              { id: 'a', weight: 20, scoring: thirds },
              { id: 'b', weight: 20, scoring: thirds },
              { id: 'c', weight: 20, scoring: thirds },
            ],
          },
          { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [{ id: 'A', price: 100000, responses: { a: 1, b: 1, c: 1 } }],
    );
    const group = result.ranking[0]!.criteria[0]!;
    expect(group.weightedScore.toString()).toBe('20');
    // 20 of 60: 1/3 to 34 digits.
    expect(group.scoreShare.toString()).toBe('0.3333333333333333333333333333333333');
    expect(group.reason).toBe('quality: a 6.6667 + b 6.6667 + c 6.6667 = 20 of 60.');
    expect(result.ranking[0]!.total.toString()).toBe('60');
  });

  it('divides price by quality points once, and weighs them once for value for money', () => {
    const bids = [{ id: 'A', price: 100000, responses: { q1: 1, q2: 1, q3: 1 } }];
    // Thirds of the marks on criteria of 50, 25 and 25 points.
    const perPoint = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: [
          { id: 'q1', kind: 'quality', weight: 50, scoring: thirds },
          { id: 'q2', kind: 'quality', weight: 25, scoring: thirds },
          { id: 'q3', kind: 'quality', weight: 25, scoring: thirds },
        ],
      },
      bids,
    );
    // Quality points 50/3 + 25/3 + 25/3 = 100/3; £100,000 ÷ 100/3 = £3,000 a point exactly.
    expect(perPoint.ranking[0]!.total.toString()).toBe('33.33333333333333333333333333333333');
    expect(perPoint.ranking[0]!.rankingValue.toString()).toBe('3000');
    const forMoney = evaluateTenders(
      {
        method: 'value-for-money',
        willingnessToPay: 600,
        criteria: [
          { id: 'q1', kind: 'quality', weight: 50, scoring: thirds },
          { id: 'q2', kind: 'quality', weight: 25, scoring: thirds },
          { id: 'q3', kind: 'quality', weight: 25, scoring: thirds },
        ],
      },
      bids,
    );
    // £100,000 − 100/3 points × £600 = £100,000 − £20,000 = £80,000 exactly.
    expect(forMoney.ranking[0]!.rankingValue.toString()).toBe('80000');
  });

  it('ties bids whose exact totals and tie-break sums are equal', () => {
    // A: thirds on each quality criterion (20); B: full marks on one, none on the others (20).
    // Same price: both 60, both 20 quality points: a declared tie, no winner.
    const result = evaluateTenders({ ...split, tieBreak: ['higher-quality'] }, [
      { id: 'A', price: 100000, responses: { q1: 1, q2: 1, q3: 1 } },
      { id: 'B', price: 100000, responses: { q1: 3, q2: 0, q3: 0 } },
    ]);
    expect(result.ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString()])).toEqual([
      ['A', 1, '60'],
      ['B', 1, '60'],
    ]);
    expect(result.winner).toBeNull();
    expect(result.ties[0]?.decided).toBe(false);
  });

  it('totals rescaled weights in a what-if exactly', () => {
    // Price set to 1 point: quality 60 and social value 10 rescaled to 99 in proportion:
    // quality 60 × 99/70 = 84.857142…, to 34 digits …286; social value the rest, …714.
    const result = whatIf(
      {
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 60,
            scoring: { method: 'scale', scale: '0-5' },
          },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'scale', scale: '0-5' },
          },
          { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 100000, responses: { quality: 3, sv: 3 } },
        { id: 'B', price: 300000, responses: { quality: 5, sv: 4 } },
      ],
      { weights: { price: 1 } },
    );
    expect(result.model.criteria.map((criterion) => criterion.weight.toString())).toEqual([
      '84.85714285714285714285714285714286',
      '14.14285714285714285714285714285714',
      '1',
    ]);
    // Scored with the exact weights, 594/7 and 99/7, which the model prints to 34 digits.
    // A: 3/5 × (quality + social value) + 1 = 3/5 × 99 + 1 = 60.4 (was 60.400000000000000000000000000000004).
    // B: 594/7 + 4/5 × 99/7 + 1/3 = (8910 + 1188 + 35)/105 = 10133/105 = 96 + 53/105
    // = 96.50476190476190476190476190476190|476…: 34 digits, rounded down, …619 (scored with
    // the printed weights it was 96.504761904761904761904761904761905333…, …191).
    expect(result.moves.map((move) => [move.bid, move.totalAfter.toString()])).toEqual([
      ['A', '60.4'],
      ['B', '96.5047619047619047619047619047619'],
    ]);
  });

  it("finds a crossing point of 50 exactly from the bids' exact totals", () => {
    // A (£100,000, no marks) 40; B (£300,000, 1 of 3 on q2) 20/3 + 40/3 = 20: A wins. With q2 at
    // w points and the others rescaled by (100 − w)/80: A (100 − w)/2; B w/3 + (100 − w)/6.
    // Equal when 3(100 − w) = 2w + 100 − w: w = 50 (the rounded scores gave 50.00000000000000000000000000000001).
    const result = weightSensitivity(split, [
      { id: 'A', price: 100000, responses: { q1: 0, q2: 0, q3: 0 } },
      { id: 'B', price: 300000, responses: { q1: 0, q2: 1, q3: 0 } },
    ]);
    expect(result.winner).toBe('A');
    const q2 = result.criteria[1]!;
    expect([q2.range?.from.toString(), q2.range?.to.toString()]).toEqual(['0', '50']);
    expect(q2.winnerAbove).toBe('B');
  });

  it('rounds a total of decimals past 34 digits once, and revives it', () => {
    // Against a lowest price of £1 a percent-above-lowest share is (1 − k × (P − 1)) ÷ 1: a
    // decimal, rounded to 34 digits when published. With k = 1e-40 and P = £500,001.10 the
    // weighted score is 90 × (1 − 500,000.1e-40) = 89.9999999999999999999999999999999954999991
    // (42 digits): its 35th digit is a 5, so it is published as 90. The social value scores 10.
    const model = {
      criteria: [
        {
          id: 'price',
          kind: 'price',
          weight: 90,
          scoring: { method: 'percent-above-lowest', pointsPerPercent: '1e-40' },
        },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
      ],
    } as const;
    const result = evaluateTenders(model, [
      { id: 'A', price: 1, responses: { sv: 5 } },
      { id: 'B', price: '500001.1', responses: { sv: 5 } },
    ]);
    const b = result.ranking[1]!;
    expect(b.criteria[0]!.weightedScore.toString()).toBe('90');
    // The exact total 99.9999999999999999999999999999999954999991, to 34 digits: 100 (not
    // all 42 digits, which the published scores could not show).
    expect(b.total.toString()).toBe('100');
    const json = JSON.parse(JSON.stringify(result));
    expect(JSON.stringify(evaluationSnapshots['tender-evaluation'](json, ['json']))).toBe(
      JSON.stringify(result),
    );
  });

  it('revives a stored evaluation with the exact totals, and one stored with the sums of the rounded scores', () => {
    const result = evaluateTenders(split, [
      { id: 'A', price: 100000, responses: { q1: 1, q2: 1, q3: 1 } },
      { id: 'B', price: 300000, responses: { q1: 2, q2: 2, q3: 2 } },
    ]);
    const json = JSON.parse(JSON.stringify(result));
    expect(JSON.stringify(evaluationSnapshots['tender-evaluation'](json, ['json']))).toBe(
      JSON.stringify(result),
    );
    // As written before: the sum of the published scores, 3 × 6.666…667 + 40.
    const before = JSON.parse(JSON.stringify(result));
    // (The winner, stored again on its own, as the ranking has it.)
    for (const bid of [before.ranking[0], before.winner]) {
      bid.total = '60.000000000000000000000000000000001';
      bid.rankingValue = '60.000000000000000000000000000000001';
    }
    const revived = evaluationSnapshots['tender-evaluation'](before, ['json']);
    expect(revived.ranking[0]!.total.toString()).toBe('60.000000000000000000000000000000001');
    // Off by more than the rounding of its scores (6 half units in the 34th digit): refused.
    const edited = JSON.parse(JSON.stringify(result));
    edited.ranking[1].total = '53.33333333333333333333333333333339';
    edited.ranking[1].rankingValue = edited.ranking[1].total;
    expect(() => evaluationSnapshots['tender-evaluation'](edited, ['json'])).toThrow(
      'expected the sum of its weighted scores (53.33333333333333333333333333333332)',
    );
  });
});

/** `a ÷ b` rounded half-up to 34 significant digits, from integers (b above 0). */
function roundedQuotient(a: bigint, b: bigint): string {
  const negative = a < 0n;
  const n = negative ? -a : a;
  if (n === 0n) return '0';
  // Scale so the quotient has 34 digits before the point, then round half-up.
  let shift = 0;
  while (
    n * 10n ** BigInt(Math.max(shift, 0)) <
    b * 10n ** 33n * 10n ** BigInt(Math.max(-shift, 0))
  )
    shift += 1;
  while (
    n * 10n ** BigInt(Math.max(shift, 0)) >=
    b * 10n ** 34n * 10n ** BigInt(Math.max(-shift, 0))
  )
    shift -= 1;
  const scaledN = n * 10n ** BigInt(Math.max(shift, 0));
  const scaledB = b * 10n ** BigInt(Math.max(-shift, 0));
  let q = scaledN / scaledB;
  if ((scaledN % scaledB) * 2n >= scaledB) q += 1n;
  const value = new Decimal(`${negative ? '-' : ''}${q}e${-shift}`);
  return value.toString();
}

describe('exact totals (fast-check)', () => {
  it('for integer prices, marks and weights, each total is the exact fraction rounded once', () => {
    // Three criteria on a 0-3 scale and price relative to the lowest, integer weights summing to
    // 100: a bid's total is Σ mark × w ÷ 3 + lowest × wp ÷ price, worked out here in integers.
    const arb = fc.record({
      weights: fc.tuple(fc.nat(40), fc.nat(30), fc.nat(30)),
      bids: fc.array(
        fc.record({
          price: fc.integer({ min: 1, max: 10_000_000 }),
          marks: fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ weights, bids }) => {
        const wp = 100 - weights[0] - weights[1] - weights[2];
        const model: EvaluationModelInput = {
          criteria: [
            ...weights.map((weight, index) => ({
              id: `q${index + 1}`,
              kind: 'quality' as const,
              weight,
              scoring: thirds,
            })),
            { id: 'price', kind: 'price', weight: wp, scoring: { method: 'relative-to-lowest' } },
          ],
        };
        const result = evaluateTenders(
          model,
          bids.map((bid, index) => ({
            id: `B${index}`,
            price: bid.price,
            responses: { q1: bid.marks[0], q2: bid.marks[1], q3: bid.marks[2] },
          })),
        );
        const lowest = BigInt(Math.min(...bids.map((bid) => bid.price)));
        for (const ranked of result.ranking) {
          const bid = bids[Number(ranked.bid.slice(1))]!;
          const price = BigInt(bid.price);
          // Σ mark × w ÷ 3 + lowest × wp ÷ price = (price × Σ mark × w + 3 × lowest × wp) ÷ (3 × price).
          const marks = bid.marks.reduce((sum, mark, i) => sum + BigInt(mark * weights[i]!), 0n);
          const numerator = price * marks + 3n * lowest * BigInt(wp);
          const denominator = 3n * price;
          expect(ranked.total.toString()).toBe(roundedQuotient(numerator, denominator));
          // Never more than half a unit in the 34th digit from the exact sum.
          const error = ranked.total
            .times(denominator.toString())
            .minus(numerator.toString())
            .abs();
          const half = ranked.total.isZero()
            ? new Decimal(0)
            : new Decimal(`5e${ranked.total.e - 34}`);
          expect(error.lte(half.times(denominator.toString()))).toBe(true);
        }
      }),
    );
  });
});
