import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  type CriterionInput,
  Decimal,
  defineEvaluation,
  type EvaluationModel,
  isSocialValueError,
  whatIf,
} from '../../src/index.js';

// The weights whatIf prints for a changed model: each rescaled to at most 40 decimal places,
// the largest taking the rounding rest so that they sum to their total exactly. Shares of a few
// units of the 40th place, each rounded up, could pass a total of as few units, and leave the
// largest below 0.

/** `k` units of the 40th decimal place, as text. */
const units = (k: number) => new Decimal(k).times('1e-40').toFixed();
/** 100 less `k` units of the 40th decimal place, as text. */
const hundredLess = (k: number) => new Decimal(100).minus(units(k)).toFixed();

const scale = { method: 'scale' as const, scale: '0-5' as const };

/** A bid marking every leaf 3, at a price of 100. */
function bidFor(criteria: readonly CriterionInput[]): BidInput {
  const leaves = criteria.flatMap((criterion) =>
    criterion.subCriteria === undefined
      ? criterion.kind === 'price'
        ? []
        : [criterion.id]
      : criterion.subCriteria.map((sub) => sub.id),
  );
  return {
    id: 'X',
    price: 100,
    responses: Object.fromEntries(leaves.map((id) => [id, { mark: 3 }])),
  };
}

/** Every weight of a model, top level and sub-criteria, as text. */
function weightsOf(model: EvaluationModel): string[][] {
  return model.criteria.map((criterion) => [
    criterion.weight.toFixed(),
    ...(criterion.subCriteria ?? []).map((sub) => sub.weight.toFixed()),
  ]);
}

/** Checks every weight of `model` is 0 or more, and each list of them sums to its total exactly. */
function expectWhole(model: EvaluationModel): void {
  const sum = (values: readonly Decimal[]) =>
    values.reduce((total, value) => total.plus(value), new Decimal(0)).toFixed();
  expect(sum(model.criteria.map((criterion) => criterion.weight))).toBe('100');
  for (const criterion of model.criteria) {
    expect(criterion.weight.isNegative()).toBe(false);
    if (criterion.subCriteria === undefined) continue;
    for (const sub of criterion.subCriteria) expect(sub.weight.isNegative()).toBe(false);
    expect(sum(criterion.subCriteria.map((sub) => sub.weight))).toBe(criterion.weight.toFixed());
  }
}

describe('whatIf: rescaled weights never below 0', () => {
  const four = ['a', 'b', 'c', 'd'].map((id) => ({ id, weight: 10, scoring: scale }));

  it('sub-criteria of a criterion given 2e-40 points: no share rounded up past it', () => {
    const criteria: CriterionInput[] = [
      { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
      { id: 'quality', kind: 'quality', weight: 40, subCriteria: four },
    ];
    const result = whatIf(defineEvaluation({ criteria }), [bidFor(criteria)], {
      weights: { price: hundredLess(2), quality: units(2) },
      rescale: false,
    });
    // Each of the four is 2e-40 ÷ 4 = 0.5e-40 exactly: rounded half-up, three would take 3e-40
    // of 2e-40 and leave the fourth -1e-40. Rounded down, they take nothing, and the largest
    // (the last of equals) the 2e-40.
    expect(weightsOf(result.model)).toEqual([
      ['99.9999999999999999999999999999999999999998'],
      ['0.0000000000000000000000000000000000000002', '0', '0', '0', units(2)],
    ]);
    expectWhole(result.model);
  });

  it('criteria rescaled to make up 2e-40 points', () => {
    const criteria: CriterionInput[] = [
      { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
      ...four.map((criterion) => ({ ...criterion, kind: 'quality' as const })),
    ];
    const result = whatIf(defineEvaluation({ criteria }), [bidFor(criteria)], {
      weights: { price: hundredLess(2) },
    });
    expect(weightsOf(result.model)).toEqual([[hundredLess(2)], ['0'], ['0'], ['0'], [units(2)]]);
    expectWhole(result.model);
  });

  it('keeps the rounding of ordinary weights: three thirds of 50 half-up, the last the rest', () => {
    const criteria: CriterionInput[] = [
      { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
      { id: 'a', kind: 'quality', weight: 20, scoring: scale },
      { id: 'b', kind: 'quality', weight: 20, scoring: scale },
      { id: 'c', kind: 'quality', weight: 20, scoring: scale },
    ];
    const result = whatIf(defineEvaluation({ criteria }), [bidFor(criteria)], {
      weights: { price: 50 },
    });
    // 50 ÷ 3 = 16.666…, 34 significant digits rounded half-up: 16.66…67 (32 sixes after the
    // point, then 7); the last takes 50 − 2 × that: 16.66…66.
    const third = `16.${'6'.repeat(31)}7`;
    const last = `16.${'6'.repeat(31)}6`;
    expect(weightsOf(result.model)).toEqual([['50'], [third], [third], [last]]);
  });

  it('every weight it returns is 0 or more, and each list sums to its total (fast-check)', () => {
    // Models of two to five criteria, some split into two to eight sub-criteria, with weights that
    // sum to 100 (some 0); changed weights that leave the others a few units of the 40th place,
    // or give a split criterion that few.
    const tiny = fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 1000 }));
    const arb = fc
      .record({
        // Random cuts, or equal weights (where shares rounded alike add up).
        cuts: fc.oneof(
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
          fc.constantFrom<number[]>([50], [25, 50, 75], [20, 40, 60, 80]),
        ),
        splits: fc.array(
          fc.oneof(
            fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
            fc.integer({ min: 2, max: 8 }).map((count) => Array<number>(count).fill(1)),
          ),
          { minLength: 5, maxLength: 5 },
        ),
        changed: fc.integer({ min: 0, max: 4 }),
        leftOver: fc.array(tiny, { minLength: 5, maxLength: 5 }),
        rescale: fc.boolean(),
      })
      .map(({ cuts, splits, changed, leftOver, rescale }) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
        const criteria: CriterionInput[] = points.slice(1).map((point, index) => {
          const weight = point - points[index]!;
          const raw = splits[index]!;
          const id = `c${index}`;
          if (raw.length === 1) return { id, kind: 'quality', weight, scoring: scale };
          // Sub-criteria in proportion to `raw` (equal when all are 0), summing to `weight`.
          const total = raw.reduce((sum, value) => sum + value, 0);
          const parts = raw.map((value) =>
            total === 0
              ? new Decimal(weight).div(raw.length)
              : new Decimal(weight).times(value).div(total),
          );
          const rounded = parts.map((part) => part.toDecimalPlaces(2, Decimal.ROUND_DOWN));
          const rest = new Decimal(weight).minus(
            rounded.slice(1).reduce((sum, value) => sum.plus(value), new Decimal(0)),
          );
          return {
            id,
            kind: 'quality',
            weight,
            subCriteria: [rest, ...rounded.slice(1)].map((part, at) => ({
              id: `${id}s${at}`,
              weight: part.toFixed(),
              scoring: scale,
            })),
          };
        });
        const chosen = Math.min(changed, criteria.length - 1);
        let weights: Record<string, string>;
        if (rescale) {
          // One criterion at 100 less a few units: the others rescaled to make up those units.
          weights = { [criteria[chosen]!.id]: hundredLess(leftOver[0]!) };
        } else {
          // Every criterion but one at a few units, that one the rest of 100.
          const small = criteria.map((_, index) => units(leftOver[index]!));
          const others = small.reduce(
            (sum, value, index) => (index === chosen ? sum : sum.plus(value)),
            new Decimal(0),
          );
          weights = Object.fromEntries(
            criteria.map((criterion, index) => [
              criterion.id,
              index === chosen ? new Decimal(100).minus(others).toFixed() : small[index]!,
            ]),
          );
        }
        return { criteria, weights, rescale };
      });
    let checked = 0;
    fc.assert(
      fc.property(arb, ({ criteria, weights, rescale }) => {
        const model = defineEvaluation({ criteria });
        let result: ReturnType<typeof whatIf>;
        try {
          result = whatIf(model, [bidFor(criteria)], { weights, rescale });
        } catch (error) {
          // Criteria left out that weigh 0 cannot make up the rest: refused, not rescaled.
          const left = criteria.filter((criterion) => !Object.hasOwn(weights, criterion.id));
          const stuck = rescale && left.every((criterion) => Number(criterion.weight) === 0);
          if (stuck && isSocialValueError(error) && error.code === 'weights-do-not-sum') return;
          throw error;
        }
        checked += 1;
        expectWhole(result.model);
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(150);
  });
});
