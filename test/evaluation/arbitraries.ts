import fc from 'fast-check';
import type {
  BidInput,
  CriterionInput,
  EvaluationModelInput,
  ScoringMethod,
} from '../../src/index.js';

// Random weighted models: one price criterion (any price method), one to three quality
// criteria on 0–5 (one split into two sub-criteria), a social value criterion relative to the
// highest offer; integer weights summing to exactly 100.
const priceMethod: fc.Arbitrary<ScoringMethod> = fc.oneof(
  fc.constant({ method: 'relative-to-lowest' as const }),
  fc.constant({ method: 'mean-based' as const }),
  fc.constant({ method: 'linear' as const, fullMarksAt: 200_000, zeroAt: 800_000 }),
);

export const modelArb: fc.Arbitrary<EvaluationModelInput> = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 4, maxLength: 4 }),
    price: priceMethod,
    split: fc.boolean(),
    tieBreak: fc.subarray(['higher-quality', 'lower-price'] as const),
  })
  .map(({ cuts, price, split, tieBreak }) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    const w = points.slice(1).map((point, index) => point - points[index]!);
    const scale = { method: 'scale' as const, scale: '0-5' as const };
    const q2: CriterionInput = split
      ? {
          id: 'q2',
          kind: 'quality',
          subCriteria: [
            { id: 'q2a', weight: Math.floor(w[2]! / 2), scoring: scale },
            { id: 'q2b', weight: w[2]! - Math.floor(w[2]! / 2), scoring: scale },
          ],
        }
      : { id: 'q2', kind: 'quality', weight: w[2]!, scoring: scale };
    return {
      criteria: [
        { id: 'price', kind: 'price', weight: w[0]!, scoring: price },
        { id: 'q1', kind: 'quality', weight: w[1]!, scoring: scale },
        q2,
        {
          id: 'env',
          kind: 'environmental',
          weight: w[3]!,
          scoring: { method: 'scale', scale: '0-4' },
        },
        {
          id: 'sv',
          kind: 'social-value',
          weight: w[4]!,
          scoring: { method: 'relative-to-highest' },
        },
      ],
      tieBreak,
    };
  });

export interface BidShape {
  price: number;
  q1: number;
  q2a: number;
  q2b: number;
  env: number;
  sv: number;
}
export const bidShape: fc.Arbitrary<BidShape> = fc.record({
  price: fc.integer({ min: 1, max: 1_000_000 }),
  q1: fc.integer({ min: 0, max: 5 }),
  q2a: fc.integer({ min: 0, max: 5 }),
  q2b: fc.integer({ min: 0, max: 5 }),
  env: fc.integer({ min: 0, max: 4 }),
  sv: fc.integer({ min: 0, max: 500_000 }),
});

export function toBid(model: EvaluationModelInput, shape: BidShape, id: string): BidInput {
  const split = model.criteria[2]?.subCriteria !== undefined;
  return {
    id,
    price: shape.price,
    responses: {
      q1: shape.q1,
      ...(split ? { q2a: shape.q2a, q2b: shape.q2b } : { q2: shape.q2a }),
      env: shape.env,
      sv: shape.sv,
    },
  };
}

export const caseArb = fc
  .record({ model: modelArb, shapes: fc.array(bidShape, { minLength: 1, maxLength: 7 }) })
  .map(({ model, shapes }) => ({
    model,
    shapes,
    bids: shapes.map((shape, index) => toBid(model, shape, `bid-${index}`)),
  }));

const modes = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const;

/**
 * The cases above with the model's other options drawn too: rounding of published scores, the
 * abnormally low check, minimums that disqualify and social value on SVA.
 */
export const richCaseArb = fc
  .record({
    base: caseArb,
    name: fc.option(fc.string(), { nil: undefined }),
    rounding: fc.option(
      fc.record({ places: fc.integer({ min: 0, max: 4 }), mode: fc.constantFrom(...modes) }),
      { nil: undefined },
    ),
    abnormallyLow: fc.option(fc.constantFrom('flag' as const, 'exclude' as const), {
      nil: undefined,
    }),
    minimumMark: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    minimumScoreShare: fc.option(fc.constantFrom('0.2', '0.5'), { nil: undefined }),
    sva: fc.boolean(),
  })
  .map(({ base, name, rounding, abnormallyLow, minimumMark, minimumScoreShare, sva }) => {
    const criteria = base.model.criteria.map((criterion): CriterionInput => {
      if (criterion.id === 'q1') return { ...criterion, minimumMark };
      if (criterion.id === 'q2') return { ...criterion, minimumScoreShare };
      if (criterion.id === 'sv' && sva) {
        return { ...criterion, scoring: { method: 'sva', targetRatio: '0.1' } };
      }
      return criterion;
    });
    const model: EvaluationModelInput = {
      ...base.model,
      name,
      criteria,
      rounding,
      abnormallyLow: abnormallyLow === undefined ? undefined : { action: abnormallyLow },
    };
    return { ...base, model };
  });

// Every price method (graduated pricing with each of its choices, points off the lowest, a mean
// with other points) and every social value method (relative to the highest, SVA on the bid's
// price or on a contract value), on the cases above.
const anyPriceMethod: fc.Arbitrary<ScoringMethod> = fc.oneof(
  priceMethod,
  fc.record({
    method: fc.constant('mean-based' as const),
    pointsAtMean: fc.constantFrom(50, 60),
    pointsPerPercent: fc.constantFrom(1, 2, '0.5'),
  }),
  fc.record({
    method: fc.constant('percent-above-lowest' as const),
    pointsPerPercent: fc.constantFrom(1, 2, '0.3'),
  }),
  fc.record({
    method: fc.constant('graduated-pricing' as const),
    steepPointsPerPercent: fc.constantFrom(1, 2, '0.5'),
    steepApplies: fc.constantFrom('beyond-inflection' as const, 'whole-difference' as const),
    medianOfEven: fc.constantFrom(
      'mean-of-middle-two' as const,
      'lower-middle' as const,
      'upper-middle' as const,
    ),
    floorAtZero: fc.boolean(),
  }),
);
const anySocialValueMethod: fc.Arbitrary<ScoringMethod> = fc.constantFrom(
  { method: 'relative-to-highest' as const },
  { method: 'sva' as const, targetRatio: '0.1' },
  { method: 'sva' as const, targetRatio: '0.2', contractValue: 500_000 },
);

/** The cases of {@link caseArb} with any price method and any social value method. */
export const anyMethodCaseArb = fc
  .record({ base: caseArb, price: anyPriceMethod, sv: anySocialValueMethod })
  .map(({ base, price, sv }) => {
    const model: EvaluationModelInput = {
      ...base.model,
      criteria: base.model.criteria.map((criterion) =>
        criterion.id === 'price'
          ? { ...criterion, scoring: price }
          : criterion.id === 'sv'
            ? { ...criterion, scoring: sv }
            : criterion,
      ),
    };
    return {
      model,
      shapes: base.shapes,
      bids: base.shapes.map((shape, index) => toBid(model, shape, `bid-${index}`)),
    };
  });

/**
 * Cases where bids tie and some are disqualified: each bid is one of one to three shapes of few
 * values, so totals often tie exactly, and a minimum mark on env rules out the bids with none in
 * some models. In {@link caseArb} prices and offers run to hundreds of thousands: a tie is rare
 * there and no bid is disqualified.
 */
export const tieCaseArb = fc
  .record({
    // Three models in four weigh price 40 (points off the lowest), q1 20, q2 20, env and sv 10, and
    // then (`trade`, two cases in three) two of the shapes are one at £100 with q1 0 and one at £200 with q1 5: a
    // tie on the total that the tie-break rules (quality, price) part.
    model: fc.oneof(
      { arbitrary: modelArb, weight: 1 },
      {
        weight: 3,
        arbitrary: modelArb.map(
          (model): EvaluationModelInput => ({
            ...model,
            criteria: model.criteria.map((criterion, index): CriterionInput => {
              if (index === 0) {
                return { ...criterion, weight: 40, scoring: { method: 'relative-to-lowest' } };
              }
              if (criterion.subCriteria === undefined) {
                return { ...criterion, weight: index < 3 ? 20 : 10 };
              }
              const subCriteria = criterion.subCriteria.map((sub) => ({ ...sub, weight: 10 }));
              return { ...criterion, weight: 20, subCriteria };
            }),
          }),
        ),
      },
    ),
    pool: fc.array(
      fc.record({
        price: fc.constantFrom(100, 200),
        q1: fc.constantFrom(0, 3, 5),
        q2a: fc.constantFrom(2, 5),
        q2b: fc.constantFrom(2, 5),
        env: fc.constantFrom(0, 4),
        sv: fc.constantFrom(0, 50),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    trade: fc.constantFrom(true, true, false),
    picks: fc.array(fc.nat(), { minLength: 2, maxLength: 7 }),
    minimumMark: fc.option(fc.constant(1), { nil: undefined }),
  })
  .map(({ model: base, pool, trade, picks, minimumMark }) => {
    const model: EvaluationModelInput = {
      ...base,
      criteria: base.criteria.map((criterion) =>
        criterion.id === 'env' ? { ...criterion, minimumMark } : criterion,
      ),
    };
    const first = pool[0]!;
    const shapesOf = trade
      ? [
          { ...first, price: 100, q1: 0, env: 4 },
          { ...first, price: 200, q1: 5, env: 4 },
          ...pool.slice(1),
        ]
      : pool;
    const shapes = picks.map((pick) => shapesOf[pick % shapesOf.length]!);
    return {
      model,
      shapes,
      bids: shapes.map((shape, index) => toBid(model, shape, `bid-${index}`)),
    };
  });
