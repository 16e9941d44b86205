import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  type CriterionSensitivity,
  Decimal,
  type EvaluationModelInput,
  evaluateTenders,
  type RankedBid,
  type TieBreakRule,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import {
  anyMethodCaseArb,
  type BidShape,
  caseArb,
  richCaseArb,
  tieCaseArb,
  toBid,
} from './arbitraries.js';

const allScores = (bid: RankedBid) =>
  bid.criteria.flatMap((score) => [score, ...(score.subCriteria ?? [])]);
const rankOf = (ranking: readonly RankedBid[], id: string) =>
  ranking.find((bid) => bid.bid === id)?.rank;

/**
 * How often the probes of {@link winnerWhere} found bids tying on the ranking value for first
 * place (the tie-break rules then decide, or no bid wins), of those how often at weights the
 * changed model prints rounded, and how often the best two ranking values differed by less than
 * 1e-30 of the best without tying (what rounding the rescaled weights used to make of an exact
 * tie): the agreement below is not vacuous.
 */
const probes = { all: 0, tied: 0, rounded: 0, near: 0 };

/**
 * The winner whatIf finds with `entry`'s criterion at `w` points. No single winner (a tie, or
 * no bid in the running) is null. Counted in {@link probes}.
 */
function winnerWhere(
  model: EvaluationModelInput,
  bids: readonly BidInput[],
  entry: CriterionSensitivity,
  w: Decimal,
): string | null {
  const { after, model: changed } = whatIfWhere(model, bids, entry, w);
  const [first, second] = after.ranking.filter((bid) => bid.rank !== null);
  probes.all += 1;
  if (first?.tie) {
    probes.tied += 1;
    // A weight the changed model prints rounded (to 34 digits: 33.33…33), as in the defect.
    const weights = changed.criteria.flatMap((criterion) => [
      criterion.weight,
      ...(criterion.subCriteria ?? []).map((sub) => sub.weight),
    ]);
    if (weights.some((weight) => weight.sd() > 20)) probes.rounded += 1;
  } else if (first && second) {
    const gap = first.rankingValue.minus(second.rankingValue).abs();
    if (gap.lte(first.rankingValue.abs().times('1e-30'))) probes.near += 1;
  }
  return after.winner?.bid ?? null;
}

/**
 * whatIf with `entry`'s criterion at `w` points: the others rescaled by whatIf (exactly, a
 * sub-criterion too), or, below 1 point (which whatIf refuses to read as points when it
 * rescales), every weight given, the others scaled by one factor of 12 decimals.
 */
function whatIfWhere(
  model: EvaluationModelInput,
  bids: readonly BidInput[],
  entry: CriterionSensitivity,
  w: Decimal,
) {
  if (w.gte(1)) return whatIf(model, bids, { weights: { [entry.criterion]: w } });
  const rest = 100 - entry.weight.toNumber();
  const k = new Decimal(100).minus(w).dividedBy(rest).toDecimalPlaces(12);
  const weights = Object.fromEntries(
    model.criteria.map((criterion) => [
      criterion.id,
      criterion.id === entry.criterion
        ? new Decimal(100).minus(k.times(rest))
        : k.times(criterion.weight as number),
    ]),
  );
  return whatIf(model, bids, { weights, rescale: false });
}

/**
 * Checks each range of `weightSensitivity(model, bids)` against whatIf: just beyond each end the
 * winner named is whatIf's, and (`middle`) in the middle of the range the winner is. Probes are
 * weights of at most 9 decimals, as a user would give.
 */
function expectRangesAsWhatIf(
  model: EvaluationModelInput,
  bids: readonly BidInput[],
  middle: boolean,
): void {
  const result = weightSensitivity(model, bids);
  if (result.winner === null) return;
  const step = new Decimal('1e-9');
  for (const entry of result.criteria) {
    if (entry.range === null || entry.range.from.eq(entry.range.to)) continue;
    const winnerAt = (w: Decimal) => winnerWhere(model, bids, entry, w);
    const { from, to } = entry.range;
    if (!from.isZero()) {
      expect(winnerAt(from.minus(step).toDecimalPlaces(9, Decimal.ROUND_DOWN))).toBe(
        entry.winnerBelow,
      );
    }
    if (!to.eq(100)) {
      expect(winnerAt(to.plus(step).toDecimalPlaces(9, Decimal.ROUND_UP))).toBe(entry.winnerAbove);
    }
    if (middle) {
      // A bid behind the winner on one side and out on the other can tie it at the one weight
      // between, where it reaches the minimum exactly as it crosses (price 25 of 0 to 50 in a
      // case found here): the winner then wins on either side of it.
      const mid = from.plus(to).dividedBy(2).toDecimalPlaces(9);
      const there = winnerAt(mid);
      if (there === null) {
        expect(winnerAt(mid.minus(step))).toBe(result.winner);
        expect(winnerAt(mid.plus(step))).toBe(result.winner);
      } else {
        // Exactly: whatIf scores the weights it rescales unrounded (50 of 75 split 2:1 is 100/3
        // and 50/3, not 33.33…33 and 16.66…67, which parted an exact tie on seed -1228049887).
        expect(there).toBe(result.winner);
      }
    }
  }
}

describe('evaluation invariants (fast-check)', () => {
  it('every weighted score lies in [0, weight]', () => {
    fc.assert(
      fc.property(caseArb, ({ model, bids }) => {
        for (const bid of evaluateTenders(model, bids).ranking) {
          for (const score of allScores(bid)) {
            expect(score.weightedScore.gte(0)).toBe(true);
            expect(score.weightedScore.lte(score.weight)).toBe(true);
            expect(score.scoreShare.gte(0) && score.scoreShare.lte(1)).toBe(true);
          }
        }
      }),
    );
  });

  it.each([
    ['the cases above', caseArb],
    // Models that round published scores: the total is then the sum of the rounded scores.
    ['rounded scores, minimums, SVA', richCaseArb],
  ])(
    'the total is the sum of the weighted scores, rounded once (and a group the sum of its parts) (%s)',
    (_, cases) => {
      // Each published score is its exact value within half a unit in its 34th digit, and the
      // total the exact sum of those values, rounded once: so it lies within their half units,
      // and its own, of the sum of the published scores.
      const halfUnit = (value: Decimal) =>
        value.isZero() ? value : new Decimal(`5e${value.e - 34}`);
      const near = (total: Decimal, parts: readonly { weightedScore: Decimal }[]) => {
        let sum = new Decimal(0);
        let slack = halfUnit(total);
        for (const part of parts) {
          sum = sum.plus(part.weightedScore);
          slack = slack.plus(halfUnit(part.weightedScore));
        }
        return total.eq(sum) || (total.sd() <= 34 && total.minus(sum).abs().lte(slack));
      };
      fc.assert(
        fc.property(cases, ({ model, bids }) => {
          for (const bid of evaluateTenders(model, bids).ranking) {
            expect(near(bid.total, bid.criteria)).toBe(true);
            for (const group of bid.criteria.filter((score) => score.subCriteria !== undefined)) {
              expect(near(group.weightedScore, group.subCriteria!)).toBe(true);
            }
          }
        }),
      );
    },
  );

  it.each([
    ['the cases above', caseArb],
    ['any price and social value method', anyMethodCaseArb],
  ])('the ranking does not depend on the order of the bids (%s)', (_, cases) => {
    fc.assert(
      fc.property(
        cases.chain((c) =>
          fc
            .shuffledSubarray(c.bids, { minLength: c.bids.length })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ model, bids, shuffled }) => {
          const plain = (ranking: readonly RankedBid[]) =>
            ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString()]);
          const a = evaluateTenders(model, bids);
          const b = evaluateTenders(model, shuffled);
          expect(plain(b.ranking)).toEqual(plain(a.ranking));
          expect(b.winner?.bid).toBe(a.winner?.bid);
          expect(b.ties).toEqual(a.ties);
        },
      ),
    );
  });

  it('the ranking does not depend on the order of bids that tie or are disqualified', () => {
    // The cases above tie in about 1 run in 200 and never disqualify a bid: these do both, and
    // the order of bids within a tie no rule parts (by id), the ties reported and the
    // disqualified bids listed after the ranked ones must not follow the order given.
    let undecided = 0;
    let decided = 0;
    let excluded = 0;
    fc.assert(
      fc.property(
        tieCaseArb.chain((c) =>
          fc
            .shuffledSubarray(c.bids, { minLength: c.bids.length })
            .map((shuffled) => ({ ...c, shuffled })),
        ),
        ({ model, bids, shuffled }) => {
          const plain = (ranking: readonly RankedBid[]) =>
            ranking.map((bid) => [
              bid.bid,
              bid.rank,
              bid.total.toString(),
              bid.tie,
              bid.disqualified === false ? false : bid.disqualified.findings.map((f) => f.message),
            ]);
          const a = evaluateTenders(model, bids);
          const b = evaluateTenders(model, shuffled);
          expect(plain(b.ranking)).toEqual(plain(a.ranking));
          expect(b.winner?.bid).toBe(a.winner?.bid);
          expect(b.ties).toEqual(a.ties);
          if (a.ties.some((tie) => !tie.decided)) undecided += 1;
          if (a.ties.some((tie) => tie.decidedBy.length > 0)) decided += 1;
          if (a.ranking.filter((bid) => bid.disqualified).length > 1) excluded += 1;
        },
      ),
      { numRuns: 200 },
    );
    // Not vacuous: over 200 runs (seeds 1 to 10) 138 to 155 had a tie no rule parts, 17 to 39
    // one where a rule placed a bid, 40 to 59 two or more disqualified bids.
    expect([undecided >= 7, decided >= 1, excluded >= 2]).toEqual([true, true, true]);
  });

  it.each([
    ['the cases above', caseArb],
    ['any price and social value method', anyMethodCaseArb],
  ])("cutting a bid's price never lowers its price score (%s)", (_, cases) => {
    fc.assert(
      fc.property(
        cases,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ model, bids, shapes }, pick, cut) => {
          const index = pick % bids.length;
          const shape = shapes[index]!;
          const cheaper = Math.max(1, Math.floor(shape.price * (1 - cut)));
          const changed = bids.map((bid, i) =>
            i === index ? toBid(model, { ...shape, price: cheaper }, bid.id) : bid,
          );
          const priceScore = (ranking: readonly RankedBid[]) =>
            ranking.find((bid) => bid.bid === bids[index]!.id)!.criteria[0]!.scoreShare;
          const before = priceScore(evaluateTenders(model, bids).ranking);
          const after = priceScore(evaluateTenders(model, changed).ranking);
          expect(after.gte(before)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['the cases above', caseArb],
    ['any price and social value method', anyMethodCaseArb],
  ])('a bid no worse on every criterion never ranks below another (%s)', (_, cases) => {
    fc.assert(
      fc.property(
        cases,
        fc.nat(),
        fc.record({
          price: fc.nat({ max: 100_000 }),
          q1: fc.nat({ max: 5 }),
          q2a: fc.nat({ max: 5 }),
          q2b: fc.nat({ max: 5 }),
          env: fc.nat({ max: 4 }),
          sv: fc.nat({ max: 100_000 }),
        }),
        ({ model, bids, shapes }, pick, gain) => {
          const index = pick % bids.length;
          const base = shapes[index]!;
          const better: BidShape = {
            price: Math.max(1, base.price - gain.price),
            q1: Math.min(5, base.q1 + gain.q1),
            q2a: Math.min(5, base.q2a + gain.q2a),
            q2b: Math.min(5, base.q2b + gain.q2b),
            env: Math.min(4, base.env + gain.env),
            sv: base.sv + gain.sv,
          };
          const ranking = evaluateTenders(model, [
            ...bids,
            toBid(model, better, 'dominant'),
          ]).ranking;
          expect(rankOf(ranking, 'dominant')!).toBeLessThanOrEqual(
            rankOf(ranking, bids[index]!.id)!,
          );
        },
      ),
    );
  });
});

describe('weight sensitivity invariants (fast-check)', () => {
  // Two quality criteria (q1 at w, q2 at 100 − w) and three or four bids with prices and marks
  // from small sets. In half the cases every price is £6 per mark (price 6 × (q1 + q2)): at
  // w = 50 a bid has 10 × (q1 + q2) quality points, so all cost £0.60 a point there and cross
  // the winner together, the case where the bid winning beyond is easy to get wrong.
  const shape = fc.record({
    price: fc.constantFrom(20, 30, 60, 120),
    q1: fc.integer({ min: 0, max: 5 }),
    q2: fc.integer({ min: 0, max: 5 }),
  });
  const caseOf = fc.record({
    method: fc.constantFrom('weighted', 'price-per-quality-point', 'value-for-money'),
    weight: fc.integer({ min: 1, max: 99 }),
    perMark: fc.boolean(),
    bids: fc.array(shape, { minLength: 3, maxLength: 4 }),
  });
  const scale = { method: 'scale', scale: '0-5' } as const;

  it('the winner just beyond each end of a range is the one whatIf finds there', () => {
    fc.assert(
      fc.property(caseOf, ({ method, weight, perMark, bids: shapes }) => {
        const model: EvaluationModelInput = {
          method,
          ...(method === 'value-for-money' ? { willingnessToPay: 1 } : {}),
          criteria: [
            { id: 'q1', kind: 'quality', weight, scoring: scale },
            { id: 'q2', kind: 'quality', weight: 100 - weight, scoring: scale },
          ],
        };
        const bids = shapes.map((shape, index) => ({
          id: `B${index}`,
          price: perMark ? 6 * (shape.q1 + shape.q2) : shape.price,
          responses: { q1: shape.q1, q2: shape.q2 },
        }));
        if (bids.some((bid) => bid.responses.q1 + bid.responses.q2 === 0)) return;
        const result = weightSensitivity(model, bids);
        const q1 = result.criteria[0]!;
        if (result.winner === null || q1.range === null) return;
        const winnerAt = (w: Decimal) =>
          whatIf(model, bids, {
            weights: { q1: w, q2: new Decimal(100).minus(w) },
            rescale: false,
          }).after.winner?.bid ?? null;
        // Probes at weights of at most 9 decimals, as a user would give: an end such as
        // 66.666…67 plus 1e-9 has 34 digits, and scores at such a weight are rounded in their
        // 34th digit, which splits bids that tie exactly (B0 £30 with q1 3, B2 £20 with q1 2).
        const step = new Decimal('1e-9');
        const { from, to } = q1.range;
        const below = from.minus(step).toDecimalPlaces(9, Decimal.ROUND_DOWN);
        const above = to.plus(step).toDecimalPlaces(9, Decimal.ROUND_UP);
        if (!from.isZero()) expect(winnerAt(below)).toBe(q1.winnerBelow);
        if (!to.eq(100)) expect(winnerAt(above)).toBe(q1.winnerAbove);
        expect(winnerAt(from.plus(to).dividedBy(2).toDecimalPlaces(9))).toBe(result.winner);
      }),
      { numRuns: 300 },
    );
  });

  it('with tie-break rules, bids tying beyond an end are parted as whatIf parts them', () => {
    // Two quality criteria, social value and price, marks of 0, 3 or 5 and two prices: bids with
    // the same total line in a weight are common, and the rules (quality, social value, price or
    // one criterion's points, in any order) part them on points that move with the weight.
    const mark = fc.constantFrom(0, 3, 5);
    const bidShape = fc.record({
      price: fc.constantFrom(100, 125),
      q1: mark,
      q2: mark,
      sv: mark,
    });
    const rule = fc.constantFrom<TieBreakRule>(
      'higher-quality',
      'higher-social-value',
      'lower-price',
      { criterion: 'q1' },
      { criterion: 'q2' },
      { criterion: 'sv' },
    );
    const withRules = fc.record({
      weights: fc.constantFrom<[number, number, number, number][]>(
        [50, 10, 10, 30],
        [30, 20, 20, 30],
        [40, 0, 20, 40],
        [20, 30, 10, 40],
      ),
      tieBreak: fc.uniqueArray(rule, {
        minLength: 1,
        maxLength: 3,
        selector: (r) => JSON.stringify(r),
      }),
      method: fc.constantFrom('weighted', 'price-per-quality-point', 'value-for-money'),
      bids: fc.array(bidShape, { minLength: 3, maxLength: 5 }),
    });
    Object.assign(probes, { all: 0, tied: 0, rounded: 0, near: 0 });
    fc.assert(
      fc.property(withRules, ({ weights: [w1, w2, w3, w4], tieBreak, method, bids: shapes }) => {
        // The price-per-point methods take the price from each bid: q1 takes its weight.
        const weighted = method === 'weighted';
        const model: EvaluationModelInput = {
          method,
          ...(method === 'value-for-money' ? { willingnessToPay: 2 } : {}),
          tieBreak,
          criteria: [
            { id: 'q1', kind: 'quality', weight: weighted ? w1 : w1 + w4, scoring: scale },
            { id: 'q2', kind: 'quality', weight: w2, scoring: scale },
            { id: 'sv', kind: 'social-value', weight: w3, scoring: scale },
            ...(weighted
              ? [
                  {
                    id: 'price',
                    kind: 'price',
                    weight: w4,
                    scoring: { method: 'relative-to-lowest' },
                  } as const,
                ]
              : []),
          ],
        };
        const bids = shapes.map(({ price, ...responses }, index) => ({
          id: `B${index}`,
          price,
          responses,
        }));
        expectRangesAsWhatIf(model, bids, false);
      }),
      { numRuns: 400 },
    );
    // Not vacuous: over 400 runs (seeds 1 to 10) 668 to 724 probes, 22 to 37 of them with bids
    // tying for first place, 5 to 15 of those at weights the changed model prints rounded; no
    // near tie (ranking values of these models that differ, differ by far more than 1e-30: a
    // near tie was the rounding of an exact one).
    expect([probes.tied >= 5, probes.rounded >= 1, probes.near]).toEqual([true, true, 0]);
  });

  it('whatever the model, whatIf finds the winner in each range and the one named beyond it', () => {
    // Sub-criteria (one weighing 0 in some models), criteria weighing 0, a minimum or none, any
    // tie-break rules and every method: just beyond each end the winner named is whatIf's, and
    // in the middle of each range the winner is.
    const mark = fc.constantFrom(0, 0, 2, 5);
    const rule = fc.constantFrom<TieBreakRule>(
      'higher-quality',
      'higher-social-value',
      'lower-price',
      { criterion: 'q1' },
      { criterion: 'a' },
      { criterion: 'sv' },
    );
    const anyModel = fc.record({
      weights: fc.constantFrom<[number, number, number, number, number][]>(
        [20, 20, 10, 10, 40],
        [30, 0, 20, 10, 40],
        [0, 0, 30, 30, 40],
        [25, 25, 25, 0, 25],
      ),
      minimum: fc.constantFrom(undefined, 0, 10, 30),
      method: fc.constantFrom('weighted', 'weighted', 'price-per-quality-point', 'value-for-money'),
      tieBreak: fc.uniqueArray(rule, { maxLength: 3, selector: (r) => JSON.stringify(r) }),
      bids: fc.array(
        fc.record({ price: fc.constantFrom(100, 125, 150), a: mark, b: mark, q2: mark, sv: mark }),
        { minLength: 2, maxLength: 5 },
      ),
    });
    Object.assign(probes, { all: 0, tied: 0, rounded: 0, near: 0 });
    fc.assert(
      fc.property(anyModel, ({ weights: [wa, wb, q2, s, p], minimum, method, tieBreak, bids }) => {
        // The price-per-point methods take the price from each bid: sub-criterion a takes its weight.
        const priced = method === 'weighted' ? p : 0;
        const model: EvaluationModelInput = {
          method,
          ...(method === 'value-for-money' ? { willingnessToPay: 2 } : {}),
          ...(minimum === undefined ? {} : { minimumQualityPoints: minimum }),
          tieBreak,
          criteria: [
            {
              id: 'q1',
              kind: 'quality',
              weight: wa + wb + p - priced,
              subCriteria: [
                { id: 'a', weight: wa + p - priced, scoring: scale },
                { id: 'b', weight: wb, scoring: scale },
              ],
            },
            { id: 'q2', kind: 'quality', weight: q2, scoring: scale },
            { id: 'sv', kind: 'social-value', weight: s, scoring: scale },
            ...(priced > 0
              ? [
                  {
                    id: 'price',
                    kind: 'price',
                    weight: priced,
                    scoring: { method: 'relative-to-lowest' },
                  } as const,
                ]
              : []),
          ],
        };
        const given = bids.map(({ price, ...responses }, index) => ({
          id: `B${index}`,
          price,
          responses,
        }));
        expectRangesAsWhatIf(model, given, true);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: over 300 runs (seeds 1 to 10) 1,476 to 1,630 probes, 12 to 22 of them with
    // bids tying for first place, 5 to 13 of those at weights the changed model prints rounded
    // (seed -1228049887 found whatIf parting such a tie); no near tie.
    expect([probes.tied >= 4, probes.rounded >= 1, probes.near]).toEqual([true, true, 0]);
  });

  it('a bid reaching the minimum exactly where it crosses the winner ties it there alone', () => {
    // Found by the property above. q1 (a 20, b 20), q2 10, sv 10, price 40, at least 10 quality
    // points. B0 (£125): b 2, q2 2 → 12 quality points; B1 (£100): q2 2, sv 2 → 8, out. With
    // price at p the quality points scale by (100 − p) ÷ 60: B0 12 (100 − p)/60 + 0.8p, B1
    // 8 (100 − p)/60 + p, level at p = 25, where B1 has exactly 10 points. Below 25 B0 is ahead,
    // above it B1 is out: B0 wins from 0 to 50 but for a tie at 25 itself.
    const model: EvaluationModelInput = {
      minimumQualityPoints: 10,
      criteria: [
        {
          id: 'q1',
          kind: 'quality',
          weight: 40,
          subCriteria: [
            { id: 'a', weight: 20, scoring: scale },
            { id: 'b', weight: 20, scoring: scale },
          ],
        },
        { id: 'q2', kind: 'quality', weight: 10, scoring: scale },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: scale },
        { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const bids = [
      { id: 'B0', price: 125, responses: { a: 0, b: 2, q2: 2, sv: 0 } },
      { id: 'B1', price: 100, responses: { a: 0, b: 0, q2: 2, sv: 2 } },
    ];
    const price = weightSensitivity(model, bids).criteria[3]!;
    expect([price.range?.from.toString(), price.range?.to.toString()]).toEqual(['0', '50']);
    const at = (p: string) => whatIf(model, bids, { weights: { price: p } }).after.winner?.bid;
    expect([at('24.999'), at('25'), at('25.001')]).toEqual(['B0', undefined, 'B0']);
  });

  it('with minimum quality points, bids move in and out as whatIf moves them', () => {
    // Quality, social value and price, at least `minimum` quality points (the total but for
    // price): a bid's quality points move with the weights, so a range ends where the winner
    // falls below the minimum or a bid ahead of it reaches it, and whatIf agrees beyond each end.
    const bidShape = fc.record({
      price: fc.constantFrom(100, 125, 150, 200),
      quality: fc.integer({ min: 0, max: 5 }),
      sv: fc.constantFrom(0, 10, 50, 100),
    });
    const withMinimum = fc.record({
      weights: fc.constantFrom<[number, number, number][]>(
        [60, 10, 30],
        [40, 20, 40],
        [50, 5, 45],
        [30, 30, 40],
        // A criterion weighing 0: a bid level with the winner there is not one catching it.
        [70, 0, 30],
        [0, 40, 60],
      ),
      minimum: fc.constantFrom(10, 20, 30, 45),
      // The price-per-point methods take the price from each bid: quality takes its weight.
      method: fc.constantFrom('weighted', 'weighted', 'price-per-quality-point', 'value-for-money'),
      bids: fc.array(bidShape, { minLength: 2, maxLength: 4 }),
    });
    fc.assert(
      fc.property(withMinimum, ({ weights: [q, s, p], minimum, method, bids: shapes }) => {
        const weighted = method === 'weighted';
        const model: EvaluationModelInput = {
          method,
          ...(method === 'value-for-money' ? { willingnessToPay: 2 } : {}),
          minimumQualityPoints: minimum,
          criteria: [
            { id: 'quality', kind: 'quality', weight: weighted ? q : q + p, scoring: scale },
            {
              id: 'sv',
              kind: 'social-value',
              weight: s,
              scoring: { method: 'relative-to-highest' },
            },
            ...(weighted
              ? [
                  {
                    id: 'price',
                    kind: 'price',
                    weight: p,
                    scoring: { method: 'relative-to-lowest' },
                  } as const,
                ]
              : []),
          ],
        };
        const bids = shapes.map((shape, index) => ({
          id: `B${index}`,
          price: shape.price,
          responses: { quality: shape.quality, sv: shape.sv },
        }));
        const result = weightSensitivity(model, bids);
        if (result.winner === null) return;
        expect(result.summary).not.toContain('kept out');
        for (const entry of result.criteria) {
          if (entry.range === null) continue; // a criterion carrying all the weight
          const { from, to } = entry.range;
          const expectWinnerAt = (w: Decimal, winner: string | null) =>
            expect(winnerWhere(model, bids, entry, w)).toBe(winner);
          const step = new Decimal('1e-9');
          const below = from.minus(step).toDecimalPlaces(9, Decimal.ROUND_DOWN);
          const above = to.plus(step).toDecimalPlaces(9, Decimal.ROUND_UP);
          if (!from.isZero()) expectWinnerAt(below, entry.winnerBelow);
          if (!to.eq(100)) expectWinnerAt(above, entry.winnerAbove);
          expectWinnerAt(from.plus(to).dividedBy(2).toDecimalPlaces(9), result.winner);
          expectWinnerAt(entry.weight, result.winner);
        }
      }),
      { numRuns: 500 },
    );
  });
});
