import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  Decimal,
  defineEvaluation,
  type EvaluationModelInput,
  evaluateTenders,
  type RankedBid,
  type TieBreakRule,
  weightSensitivity,
} from '../../src/index.js';
import { expectSane, nothingFrozen } from '../adversarial/sane.js';

// Issue #13: the shortcuts of the reworked scoring give what the straightforward path gives.
// - A marked criterion's sentence is written once per model and mark, then reused.
// - One mark is its own mean (no division) when 34 significant digits hold it.
// - Tie-break keys are worked out once per tied bid.
// - Results are frozen as they are built instead of by a walk at the end.
// Numbers are drawn from the whole input domain: below 1e15, up to 40 decimal places.

/** A decimal in the input domain: up to 15 integer digits and up to 40 decimal places. */
const domainDecimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 55n - 1n }), fc.integer({ min: 0, max: 40 }))
  .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)))
  .filter((value) => value.lt('1e15'));

/** A custom scale (2 to 5 distinct marks, the highest above 0) and a model marking on it. */
const scaleCase = fc
  .record({
    marks: fc.uniqueArray(domainDecimal, {
      minLength: 2,
      maxLength: 5,
      selector: (mark) => mark.toString(),
    }),
    weight: fc.integer({ min: 1, max: 99 }),
    bids: fc.array(
      fc.record({
        price: domainDecimal.filter((price) => price.gt(0)),
        picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        single: fc.boolean(),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .filter(({ marks }) => marks.some((mark) => mark.gt(0)))
  .map(({ marks, weight, bids }) => {
    const model: EvaluationModelInput = {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          weight,
          scoring: { method: 'scale', scale: { marks: marks.map(String) } },
        },
        {
          id: 'price',
          kind: 'price',
          weight: 100 - weight,
          scoring: { method: 'relative-to-lowest' },
        },
      ],
    };
    const input: BidInput[] = bids.map((bid, index) => {
      const chosen = bid.picks.map((pick) => marks[pick % marks.length]!.toString());
      return {
        id: `b${index}`,
        price: bid.price.toString(),
        responses: { quality: bid.single ? chosen[0]! : { marks: chosen } },
      };
    });
    return { model, bids: input };
  });

describe('shortcuts of the scoring give what the straightforward path gives', () => {
  it('a sentence written once per model and mark reads as one written afresh', () => {
    const shared = new Map<string, ReturnType<typeof defineEvaluation>>();
    fc.assert(
      fc.property(scaleCase, ({ model, bids }) => {
        // The same model, defined once and used across runs (its sentences remembered), or
        // defined afresh for this run (nothing remembered).
        const key = JSON.stringify(model);
        const kept = shared.get(key) ?? defineEvaluation(model);
        shared.set(key, kept);
        evaluateTenders(kept, [...bids].reverse());
        const fresh = evaluateTenders(defineEvaluation(model), bids);
        expect(JSON.stringify(evaluateTenders(kept, bids))).toBe(JSON.stringify(fresh));
      }),
      { numRuns: 150 },
    );
  });

  it("one mark's score is the mark divided by one, as the library divides", () => {
    fc.assert(
      fc.property(scaleCase, ({ model, bids }) => {
        const result = evaluateTenders(model, bids);
        for (const bid of result.ranking) {
          const score = bid.criteria[0]!;
          const marks = score.marks!;
          if (marks.length !== 1) continue;
          // divide(mark, 1): the mark rounded half-up to 34 significant digits.
          const divided = marks[0]!.toSignificantDigits(34, Decimal.ROUND_HALF_UP);
          expect(score.raw!.toString()).toBe(divided.toString());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the ranking and its ties are those of a straightforward ranking', () => {
    // Few distinct marks and prices: many ties, settled or not by the rules.
    const tieCase = fc.record({
      rules: fc.subarray<TieBreakRule>(['higher-quality', 'lower-price', { criterion: 'sv' }]),
      bids: fc.array(
        fc.record({
          price: fc.constantFrom(100, 125, 200),
          quality: fc.integer({ min: 0, max: 5 }),
          sv: fc.constantFrom(0, 50, 100),
        }),
        { minLength: 1, maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(tieCase, ({ rules, bids }) => {
        const result = evaluateTenders(
          {
            criteria: [
              {
                id: 'quality',
                kind: 'quality',
                weight: 50,
                scoring: { method: 'scale', scale: '0-5' },
              },
              { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
              {
                id: 'sv',
                kind: 'social-value',
                weight: 20,
                scoring: { method: 'relative-to-highest' },
              },
            ],
            tieBreak: rules,
          },
          bids.map((bid, index) => ({
            id: `b${String(index).padStart(2, '0')}`,
            price: bid.price,
            responses: { quality: bid.quality, sv: bid.sv },
          })),
        );
        // The reference: every bid's keys, a sort, and competition ranks, written plainly.
        const weighted = (bid: RankedBid, id: string) =>
          bid.criteria.find((score) => score.criterion === id)!.weightedScore;
        const keys = (bid: RankedBid) =>
          rules.map((rule) =>
            rule === 'higher-quality'
              ? weighted(bid, 'quality').negated()
              : rule === 'lower-price'
                ? bid.price!
                : weighted(bid, 'sv').negated(),
          );
        const compare = (a: RankedBid, b: RankedBid) => {
          const total = b.total.comparedTo(a.total);
          if (total !== 0) return total;
          const [ka, kb] = [keys(a), keys(b)];
          for (let index = 0; index < ka.length; index += 1) {
            const order = ka[index]!.comparedTo(kb[index]!);
            if (order !== 0) return order;
          }
          return 0;
        };
        const reference = [...result.ranking].sort(
          (a, b) => compare(a, b) || (a.bid < b.bid ? -1 : 1),
        );
        expect(result.ranking.map((bid) => bid.bid)).toEqual(reference.map((bid) => bid.bid));
        reference.forEach((bid, index) => {
          const previous = reference[index - 1];
          const rank =
            previous !== undefined && compare(previous, bid) === 0
              ? result.ranking[index - 1]!.rank
              : index + 1;
          expect(result.ranking[index]!.rank).toBe(rank);
        });
        // Every group of equal totals is one tie report, in id order; decided when all ranks differ.
        const groups = new Map<string, RankedBid[]>();
        for (const bid of result.ranking) {
          const key = bid.total.toString();
          groups.set(key, [...(groups.get(key) ?? []), bid]);
        }
        const tied = [...groups.values()].filter((group) => group.length > 1);
        expect(result.ties.map((tie) => tie.bids)).toEqual(
          tied.map((group) => group.map((bid) => bid.bid).sort()),
        );
        result.ties.forEach((tie, index) => {
          const ranks = new Set(tied[index]!.map((bid) => bid.rank));
          expect(tie.decided).toBe(ranks.size === tied[index]!.length);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('results are frozen all through, and the caller’s data is not', () => {
    const allFrozen = (value: unknown, seen = new Set<unknown>()): boolean => {
      if (value === null || typeof value !== 'object' || Decimal.isDecimal(value)) return true;
      if (seen.has(value)) return true;
      seen.add(value);
      return (
        Object.isFrozen(value) &&
        Object.keys(value).every((key) => allFrozen((value as Record<string, unknown>)[key], seen))
      );
    };
    fc.assert(
      fc.property(scaleCase, ({ model, bids }) => {
        const result = evaluateTenders(model, bids);
        expect(allFrozen(result)).toBe(true);
        expect(allFrozen(weightSensitivity(model, bids))).toBe(true);
        expect(nothingFrozen([model, bids])).toBe(true);
        expect(expectSane(result)).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
