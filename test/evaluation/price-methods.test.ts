import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  type CriterionInput,
  defineEvaluation,
  evaluateTenders,
  flagAbnormallyLow,
  type GraduatedPricingMethod,
  type RankedBid,
  revive,
  type SocialValueError,
} from '../../src/index.js';
import { caught } from '../errors.js';

// Issue #14 items 1 and 2: two published price methods.

// Price at `weight` (100 unless given) beside a quality criterion weighing the rest, which every
// bid marks 5.
const priceOnly = (scoring: CriterionInput['scoring'], weight = 100) => ({
  criteria: [
    { id: 'price', kind: 'price' as const, weight, scoring },
    {
      id: 'q',
      kind: 'quality' as const,
      weight: 100 - weight,
      scoring: { method: 'scale' as const, scale: '0-5' as const },
    },
  ],
});
const bidsAt = (...prices: (number | string)[]): BidInput[] =>
  prices.map((price, index) => ({
    id: String.fromCharCode(65 + index),
    price,
    responses: { q: 5 },
  }));
const byBid = (ranking: readonly RankedBid[]) =>
  Object.fromEntries(ranking.map((bid) => [bid.bid, bid.criteria[0]!]));
const points = (ranking: readonly RankedBid[]) =>
  Object.fromEntries(
    ranking.map((bid) => [bid.bid, bid.criteria[0]!.scoreShare.times(100).toString()]),
  );
const paths = (error: SocialValueError) => error.issues.map((issue) => [issue.path, issue.message]);

describe('percent-above-lowest: points off per 1% above the lowest price', () => {
  it("reproduces Market Dojo's example: £100 scores 100%, £110 scores 90%", () => {
    // Source: Market Dojo support, "How do I create a weighted auction" ("percentage of leading
    // bid"): "if the leading bid is £100 from Participant A, and then Participant B puts in a
    // bid of £110, then Participant A will score 100% and Participant B will score 90%. The
    // calculation is looking at the percentage difference of the leading bid".
    // https://support.marketdojo.com/portal/en/kb/articles/how-do-i-create-a-weighted-auction
    const result = evaluateTenders(priceOnly({ method: 'percent-above-lowest' }), bidsAt(100, 110));
    const scores = byBid(result.ranking);
    expect(scores.A?.weightedScore.toString()).toBe('100');
    expect(scores.B?.weightedScore.toString()).toBe('90');
    expect(scores.B?.scoreShare.toString()).toBe('0.9');
    expect(scores.B?.inputs.aboveLowestRatio?.toString()).toBe('0.1');
    // lowest ÷ price would give 100 × 100 ÷ 110 = 90.91 (issue #14's comparison).
    const relative = evaluateTenders(priceOnly({ method: 'relative-to-lowest' }), bidsAt(100, 110));
    expect(byBid(relative.ranking).B?.weightedScore.toFixed(2)).toBe('90.91');
    expect(scores.B?.reason).toBe(
      `price: price £110.00 is 10% above the lowest qualifying price £100.00: 100 − 1 × 10 = 90 points of 100 (points off per 1% above the lowest price, Market Dojo's "percentage of leading bid"); × weight 100 = 90.`,
    );
    expect(scores.B?.formula).toBe(
      '(100 − pointsPerPercent × 100 × aboveLowestRatio) ÷ 100, within 0 to 1',
    );
  });

  it('reproduces the proportional examples: 25% above scores 25% lower, 40% above 40% lower', () => {
    // Source: materialsmanagement.info, "Supplier's Bid Comparison Formula":
    // "if a supplier's price is 25% higher than the LQB, its pricing score should be 25% lower
    // … If the supplier's price is 40% higher, it's pricing score should be 40% lower",
    // PS = MP × (1 − (SP − LQB) ÷ LQB); with MP 100 points that is 1 point per 1%.
    // https://materialsmanagement.info/materials-management-articles/Supplier's-bid-Comparison-Formula.htm
    const result = evaluateTenders(
      priceOnly({ method: 'percent-above-lowest' }),
      bidsAt(80000, 100000, 112000),
    );
    expect(points(result.ranking)).toEqual({ A: '100', B: '75', C: '60' });
  });

  it('takes a number of points per 1% and floors at 0 (figures worked by hand)', () => {
    // Half a point per 1%: £110 against £100 is 10% above, 100 − 0.5 × 10 = 95 points.
    // One point per 1%: £250 is 150% above, 100 − 150 = −50, floored at 0 (the flooring is the
    // library's: the source does not say what a bid at twice the lowest or more gets).
    const half = evaluateTenders(
      priceOnly({ method: 'percent-above-lowest', pointsPerPercent: '0.5' }, 40),
      bidsAt(100, 110),
    );
    // 95 points of 100 are 0.95 of the weight 40: 38.
    expect(byBid(half.ranking).B?.weightedScore.toString()).toBe('38');
    const floored = evaluateTenders(
      priceOnly({ method: 'percent-above-lowest' }),
      bidsAt(100, 250, 200),
    );
    expect(points(floored.ranking)).toEqual({ A: '100', B: '0', C: '0' });
    expect(byBid(floored.ranking).B?.reason).toContain(
      '100 − 1 × 150 = -50, floored at 0 points of 100',
    );
    // A third of a percent: £100.50 against £100 is 0.5% above, 99.5 points, pro rata.
    const partial = evaluateTenders(
      priceOnly({ method: 'percent-above-lowest' }),
      bidsAt(100, '100.5'),
    );
    expect(points(partial.ranking).B).toBe('99.5');
  });

  it('gives every bid at most full marks and ranks like price (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 300 }),
        (prices, tenths) => {
          const result = evaluateTenders(
            priceOnly({ method: 'percent-above-lowest', pointsPerPercent: tenths / 10 }),
            bidsAt(...prices),
          );
          const lowest = Math.min(...prices);
          for (const bid of result.ranking) {
            const share = bid.criteria[0]!.scoreShare;
            expect(share.gte(0) && share.lte(1)).toBe(true);
            // The share is max(0, 1 − k × (P − L) ÷ L), exactly when 34 digits hold it.
            const price = bid.price!;
            const expected = price
              .minus(lowest)
              .times(tenths)
              .div(10)
              .div(lowest)
              .negated()
              .plus(1);
            expect(
              share
                .minus(expected.lt(0) ? 0 : expected)
                .abs()
                .lte('1e-30'),
            ).toBe(true);
            if (price.eq(lowest)) expect(share.toString()).toBe('1');
          }
        },
      ),
    );
  });
});

// CPN 3/2024 steps 1 to 3, as restated by Ailsa Ritchie, "Levelling the playing field?",
// Scottish Legal News (https://scottishlegal.com/articles/ailsa-ritchie-levelling-the-playing-field):
// every tender starts at 100; the point of inflection is the median price plus 2.5%, rejected
// abnormally low and disqualified tenders left out of the median; the lowest keeps 100, and
// prices at or below the inflection lose 0.1 mark per 1% above the lowest. Annex A (the
// deduction above the inflection, flooring, rounding, the median of an even count) could not
// be read: the model states those, and the figures above the inflection are worked by hand
// for the rate and rule the test gives.
const graduated = (rest: Partial<GraduatedPricingMethod> = {}): GraduatedPricingMethod => ({
  method: 'graduated-pricing',
  steepPointsPerPercent: '0.5',
  steepApplies: 'beyond-inflection',
  medianOfEven: 'mean-of-middle-two',
  floorAtZero: true,
  ...rest,
});

describe('graduated-pricing: the Scottish Government graduated pricing mechanism (CPN 3/2024)', () => {
  const five = bidsAt(1000000, 1050000, 1100000, 1200000, 1300000);

  it('scores prices up to the inflection point by 0.1 point per 1% above the lowest', () => {
    // Median £1,100,000; inflection £1,100,000 × 1.025 = £1,127,500. £1,050,000 is 5% above
    // the lowest: 100 − 0.1 × 5 = 99.5; £1,100,000 is 10% above: 99.
    const result = evaluateTenders(priceOnly(graduated()), five);
    const scores = byBid(result.ranking);
    expect(points(result.ranking)).toMatchObject({ A: '100', B: '99.5', C: '99' });
    expect(scores.B?.inputs.median?.toString()).toBe('1100000');
    expect(scores.B?.inputs.inflection?.toString()).toBe('1127500');
    expect(scores.B?.reason).toBe(
      "price: price £1,050,000.00 is 5% above the lowest qualifying price £1,000,000.00, at or below the inflection point £1,127,500.00 (the median £1,100,000.00 plus 2.5%): 100 − 0.1 × 5 = 99.5 points of 100 (Scottish Government graduated pricing mechanism, CPN 3/2024; the steeper rate 0.5 per 1% beyond the inflection point is the model's, not confirmed from the note); × weight 100 = 99.5.",
    );
    // lowest ÷ price for comparison: 95.24 and 90.91.
    const relative = evaluateTenders(priceOnly({ method: 'relative-to-lowest' }), five);
    expect(byBid(relative.ranking).B?.weightedScore.toFixed(2)).toBe('95.24');
  });

  it('applies the steeper rate the model states, beyond the inflection or on the whole', () => {
    // Beyond the inflection (0.5 per 1%): the inflection is 12.75% above the lowest. £1,200,000
    // is 7.25% of the lowest beyond it: 100 − 0.1 × 12.75 − 0.5 × 7.25 = 95.1. £1,300,000:
    // 100 − 1.275 − 0.5 × 17.25 = 90.1.
    const beyond = evaluateTenders(priceOnly(graduated()), five);
    expect(points(beyond.ranking)).toMatchObject({ D: '95.1', E: '90.1' });
    expect(byBid(beyond.ranking).D?.reason).toContain(
      'above the inflection point £1,127,500.00 (the median £1,100,000.00 plus 2.5%): 100 − 0.1 × 12.75 − 0.5 × 7.25 = 95.1 points of 100',
    );
    // On the whole difference: 100 − 0.5 × 20 = 90 and 100 − 0.5 × 30 = 85.
    const whole = evaluateTenders(priceOnly(graduated({ steepApplies: 'whole-difference' })), five);
    expect(points(whole.ranking)).toMatchObject({ C: '99', D: '90', E: '85' });
    expect(byBid(whole.ranking).D?.reason).toContain(
      '100 − 0.5 × 20 = 90 points of 100 (Scottish Government graduated pricing mechanism, CPN 3/2024; the steeper rate 0.5 per 1% on the whole difference',
    );
  });

  it('takes the median of an even count as the model says', () => {
    // Four prices: 1,000,000, 1,100,000, 1,200,000, 1,300,000. Middle two 1,100,000 and
    // 1,200,000: mean 1,150,000 (inflection 1,178,750), lower 1,100,000 (1,127,500), upper
    // 1,200,000 (1,230,000). £1,200,000 is 20% above the lowest: at or below the upper
    // inflection it scores 98; above the others, 100 − 0.1 × 17.875 − 0.5 × 2.125 = 97.15
    // (mean) and 100 − 1.275 − 0.5 × 7.25 = 95.1 (lower).
    const four = bidsAt(1000000, 1100000, 1200000, 1300000);
    const at = (medianOfEven: GraduatedPricingMethod['medianOfEven']) =>
      evaluateTenders(priceOnly(graduated({ medianOfEven })), four);
    expect(byBid(at('mean-of-middle-two').ranking).C?.inputs.median?.toString()).toBe('1150000');
    expect(points(at('mean-of-middle-two').ranking).C).toBe('97.15');
    expect(points(at('lower-middle').ranking).C).toBe('95.1');
    expect(points(at('upper-middle').ranking).C).toBe('98');
  });

  it('floors at 0, or lets a very high price score below 0, as the model says', () => {
    // Prices 100, 100, 100 and 400: median 100, inflection 102.5 (2.5% above the lowest).
    // 400 is 297.5% of the lowest beyond it: 100 − 0.1 × 2.5 − 0.5 × 297.5 = −49.
    const prices = bidsAt(100, 100, 100, 400);
    const floored = evaluateTenders(priceOnly(graduated()), prices);
    expect(points(floored.ranking).D).toBe('0');
    expect(byBid(floored.ranking).D?.reason).toContain('= -49, floored at 0 points of 100');
    const open = evaluateTenders(priceOnly(graduated({ floorAtZero: false }), 40), prices);
    expect(points(open.ranking).D).toBe('-49');
    // −49 points of 100 are −0.49 of the weight 40: −19.6.
    expect(byBid(open.ranking).D?.weightedScore.toString()).toBe('-19.6');
    expect(byBid(open.ranking).D?.reason).toContain('= -49 points of 100');
  });

  it('leaves excluded abnormally low and disqualified tenders out of the median and lowest', () => {
    // A £600,000 is excluded as abnormally low (adjusted average without the highest
    // (600 + 1,000 + 1,050 + 1,100) / 4 = 937,500; limit 796,875; 400,000 below the next).
    // The median of the four left is (1,050,000 + 1,100,000) ÷ 2 = 1,075,000; the lowest is
    // B's £1,000,000. C: 5% above, 99.5.
    const result = evaluateTenders(
      { ...priceOnly(graduated()), abnormallyLow: { action: 'exclude' } },
      bidsAt(600000, 1000000, 1050000, 1100000, 1300000),
    );
    const scores = byBid(result.ranking);
    expect(result.ranking.find((bid) => bid.bid === 'A')?.disqualified).not.toBe(false);
    expect(scores.C?.inputs.median?.toString()).toBe('1075000');
    expect(scores.C?.inputs.lowest?.toString()).toBe('1000000');
    expect(points(result.ranking).C).toBe('99.5');
  });

  it('needs the parameters the note does not confirm, and reads its defaults', () => {
    const missing = caught(() =>
      defineEvaluation(priceOnly({ method: 'graduated-pricing' } as GraduatedPricingMethod)),
    );
    expect(missing.code).toBe('invalid-input');
    expect(missing.issues.map((issue) => issue.path)).toEqual([
      'model.criteria[0].scoring.steepPointsPerPercent',
      'model.criteria[0].scoring.steepApplies',
      'model.criteria[0].scoring.medianOfEven',
      'model.criteria[0].scoring.floorAtZero',
    ]);
    const model = defineEvaluation(priceOnly(graduated()));
    const scoring = model.criteria[0]!.scoring as Record<string, unknown>;
    expect(String(scoring.inflectionUpliftRatio)).toBe('0.025');
    expect(String(scoring.pointsPerPercent)).toBe('0.1');
    const percent = caught(() =>
      defineEvaluation(priceOnly(graduated({ inflectionUpliftRatio: 2.5 }))),
    );
    expect(paths(percent)).toEqual([
      [
        'model.criteria[0].scoring.inflectionUpliftRatio',
        'expected a ratio from 0 to 1 (a fraction, not a percentage), received 2.5 (did you mean 0.025?)',
      ],
    ]);
    const quality = caught(() =>
      defineEvaluation({
        criteria: [{ id: 'q', kind: 'quality', weight: 100, scoring: graduated() }],
      }),
    );
    expect(quality.issues[0]?.path).toBe('model.criteria[0].scoring.method');
  });

  it('refuses a steep rate below the gentle one, which would rank a dearer bid first', () => {
    // Worked by hand: prices 100, 102, 103, 104.60; the lower middle of four is 102, so the
    // inflection point is 104.55. On the whole difference at 0.05 per 1%, 104.60 would score
    // 100 − 0.05 × 4.6 = 99.77 and 103 only 100 − 0.1 × 3 = 99.7.
    for (const steepApplies of ['whole-difference', 'beyond-inflection'] as const) {
      const low = caught(() =>
        evaluateTenders(
          priceOnly(graduated({ steepPointsPerPercent: '0.05', steepApplies })),
          bidsAt(100, 102, 103, '104.6'),
        ),
      );
      expect(low.code).toBe('invalid-input');
      expect(paths(low)).toEqual([
        [
          'model.criteria[0].scoring.steepPointsPerPercent',
          'expected at least pointsPerPercent (0.1), received 0.05',
        ],
      ]);
    }
    // At the gentle rate the score falls steadily: 104.60 scores 99.54, below 103's 99.7.
    const level = evaluateTenders(
      priceOnly(
        graduated({
          steepPointsPerPercent: '0.1',
          steepApplies: 'whole-difference',
          medianOfEven: 'lower-middle',
        }),
      ),
      bidsAt(100, 102, 103, '104.6'),
    );
    expect(level.ranking.map((bid) => [bid.bid, bid.total.toString()])).toEqual([
      ['A', '100'],
      ['B', '99.8'],
      ['C', '99.7'],
      ['D', '99.54'],
    ]);
  });
});

describe('a price below a penny', () => {
  // A price is a divisor (relative-to-lowest, graduated pricing). Prices were at least a penny,
  // which refused unit rates (£0.004 a transaction); any price above 0 is read now. The one
  // score that can then pass what a result holds (1e60) is a graduated price without a floor far
  // above a lowest price far below a penny: a steep rate of 999999999999999 per 1% over a
  // difference near 1e15 is about 1e30 points, ÷ 1e-40 is 1e70. That bid is refused.
  const steep = graduated({
    steepPointsPerPercent: '999999999999999',
    steepApplies: 'whole-difference',
    floorAtZero: false,
  });

  it('refuses 0 and below at its path, by every function reading bids', () => {
    const error = caught(() => evaluateTenders(priceOnly(steep), bidsAt(0, -1)));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'bids[0].price: expected a number above 0, received 0',
      'bids[1].price: expected a number above 0, received -1',
    ]);
    expect(caught(() => flagAbnormallyLow([{ id: 'A', price: '0' }])).issues[0]?.path).toBe(
      'bids[0].price',
    );
    expect(flagAbnormallyLow([{ id: 'A', price: '0.009' }]).findings[0]?.price.toString()).toBe(
      '0.009',
    );
  });

  it('refuses, as out of range, a graduated score a result cannot hold', () => {
    // Lowest 1e-40: B's deduction is 999999999999999 × (999999999999999 − 1e-40) points per 1%
    // ≈ 9.99999999999998e29, ÷ 1e-40 ≈ 1e70 of the marks, × weight 100 ≈ −1e72 points.
    const error = caught(() =>
      evaluateTenders(priceOnly(steep), bidsAt('1e-40', '999999999999999')),
    );
    expect(error.code).toBe('out-of-range');
    expect(error.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'bids[1].price: expected a price scoring within ±1e60 points, received 999999999999999: it scores -1.0000e+72 (floor the graduated score at 0)',
    ]);
    // With a floor at 0 the same prices score 100 and 0.
    const floored = evaluateTenders(
      priceOnly({ ...steep, floorAtZero: true }),
      bidsAt('1e-40', '999999999999999'),
    );
    expect(floored.ranking.map((bid) => bid.total.toString())).toEqual(['100', '0']);
  });

  it('leaves scores that revive reads back, down to a penny and far below', () => {
    // Lowest £0.01, the other bid 999999999999999: the steep rate on the whole difference is a
    // deduction of 999999999999999 × 999999999999998.99 ≈ 1e30 points per 1%, ÷ 0.01 ≈ 1e32 %,
    // so a total of about −1e34 (−9.99…e33): far below 1e60.
    const result = evaluateTenders(priceOnly(steep), bidsAt('0.01', '999999999999999'));
    const last = result.ranking.at(-1)!;
    expect(last.total.e).toBe(33);
    const json = JSON.stringify(result);
    expect(JSON.stringify(revive(JSON.parse(json), 'tender-evaluation'))).toBe(json);
    // Lowest 1e-20: the same deduction ÷ 1e-20 ≈ 1e50 of the marks, × 100 ≈ −1e52 (−9.99…e51).
    const rate = evaluateTenders(priceOnly(steep), bidsAt('1e-20', '999999999999999'));
    expect(rate.ranking.at(-1)!.total.e).toBe(51);
    const stored = JSON.stringify(rate);
    expect(JSON.stringify(revive(JSON.parse(stored), 'tender-evaluation'))).toBe(stored);
  });
});
