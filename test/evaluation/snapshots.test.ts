import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationSnapshots } from '../../src/evaluation/snapshots.js';
import {
  defineEvaluation,
  evaluateTenders,
  flagAbnormallyLow,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { richCaseArb } from './arbitraries.js';

// Issue #12 part 1: the JSON of every result is its snapshot, and reading it back gives the
// same live result (deep-equal, byte-identical JSON) with the same downstream results.
const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

function roundTrips<K extends keyof typeof evaluationSnapshots>(kind: K, live: unknown): void {
  const revived = evaluationSnapshots[kind](stored(live), ['json']);
  expectSame(revived, live);
  expect(JSON.stringify(revived)).toBe(JSON.stringify(live));
  expect(Object.isFrozen(revived)).toBe(true);
}

describe('evaluation snapshots', () => {
  it('an evaluation model reads back as itself and evaluates the same bids alike', () => {
    fc.assert(
      fc.property(richCaseArb, ({ model, bids }) => {
        const defined = defineEvaluation(model);
        roundTrips('evaluation-model', defined);
        const revived = evaluationSnapshots['evaluation-model'](stored(defined), ['json']);
        expect(JSON.stringify(evaluateTenders(revived, bids))).toBe(
          JSON.stringify(evaluateTenders(defined, bids)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('a tender evaluation, a weight sensitivity and a what-if read back as themselves', () => {
    fc.assert(
      fc.property(richCaseArb, fc.integer({ min: 0, max: 100 }), ({ model, bids }, sv) => {
        roundTrips('tender-evaluation', evaluateTenders(model, bids));
        roundTrips('weight-sensitivity', weightSensitivity(model, bids));
        const changed = whatIf(model, bids, { weights: { sv } });
        roundTrips('what-if', changed);
        // Downstream: the what-if's changed model, read back, evaluates as the what-if did.
        const revived = evaluationSnapshots['what-if'](stored(changed), ['json']);
        expect(JSON.stringify(evaluateTenders(revived.model, bids))).toBe(
          JSON.stringify(changed.after),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('an abnormally low check reads back as itself', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 12 }), (prices) => {
        roundTrips(
          'abnormally-low-check',
          flagAbnormallyLow(prices.map((price, index) => ({ id: `T${index}`, price }))),
        );
      }),
    );
  });

  it('a median check, and models and evaluations with the newer price methods, read back', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 12 }), (prices) => {
        const bids = prices.map((price, index) => ({ id: `T${index}`, price }));
        roundTrips('abnormally-low-check', flagAbnormallyLow(bids, { basis: 'median' }));
        if (bids.length === 0) return;
        for (const scoring of [
          { method: 'percent-above-lowest', pointsPerPercent: '0.5' },
          {
            method: 'graduated-pricing',
            steepPointsPerPercent: 1,
            steepApplies: 'whole-difference',
            medianOfEven: 'lower-middle',
            floorAtZero: false,
          },
        ] as const) {
          const model = defineEvaluation({
            criteria: [{ id: 'price', kind: 'price', weight: 100, scoring }],
            abnormallyLow: { action: 'exclude', basis: 'median', belowMedianShare: '0.2' },
          });
          roundTrips('evaluation-model', model);
          roundTrips('tender-evaluation', evaluateTenders(model, bids));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a snapshot of the wrong shape with the path of the problem', () => {
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 100 },
        { id: 'B', price: 125 },
      ],
    );
    const json = stored(result) as { ranking: { total: string; totl?: string }[] };
    json.ranking[1]!.totl = json.ranking[1]!.total;
    const misspelt = caught(() => evaluationSnapshots['tender-evaluation'](json, ['json']));
    expect(misspelt.code).toBe('invalid-input');
    expect(misspelt.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['json.ranking[1].totl', 'unknown key (did you mean "total"?)'],
    ]);
    const wrongKind = caught(() =>
      evaluationSnapshots['weight-sensitivity'](stored(result), ['json']),
    );
    expect(wrongKind.issues[0]).toMatchObject({ path: 'json.kind' });
    const badFigure = stored(result) as { ranking: { total: string }[] };
    badFigure.ranking[0]!.total = 'NaN';
    expect(
      caught(() => evaluationSnapshots['tender-evaluation'](badFigure, ['json'])).issues[0],
    ).toMatchObject({ path: 'json.ranking[0].total' });
    const winner = stored(result) as { winner: { bid: string } };
    winner.winner.bid = 'B';
    expect(
      caught(() => evaluationSnapshots['tender-evaluation'](winner, ['json'])).issues[0],
    ).toMatchObject({
      path: 'json.winner.bid',
      message: 'expected the id of a bid ranked first, received "B"',
    });
    // `disqualified` is false or { findings }: read by its form, so the problem is named.
    const disqualified = (value: unknown) => {
      const json = stored(result) as { ranking: { disqualified: unknown }[] };
      json.ranking[1]!.disqualified = value;
      return caught(() => evaluationSnapshots['tender-evaluation'](json, ['json'])).issues.map(
        (issue) => [issue.path, issue.message],
      );
    };
    expect(disqualified(true)).toEqual([
      ['json.ranking[1].disqualified', 'expected false or an object, received true'],
    ]);
    expect(disqualified({ findigns: [] })).toEqual([
      ['json.ranking[1].disqualified.findings', 'missing: expected a list'],
      ['json.ranking[1].disqualified.findigns', 'unknown key (did you mean "findings"?)'],
    ]);
  });
});

describe('a price per quality point far above 1e60', () => {
  it('reads back: it is a ratio, as a snapshot stores ratios (below 1e180)', () => {
    // One criterion, social value relative to the highest offer. A offers 1e-40 against B's
    // 999,999,999,999,999: 100 × 1e-40 ÷ 999,999,999,999,999 = 1.000000000000001…e-53 quality
    // points, so A's £999,999,999,999,999 is 9.99999999999998…e67 a point. revive refused it as
    // a figure past 1e60, so the evaluation could not be stored.
    const result = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: [
          {
            id: 'sv',
            kind: 'social-value',
            weight: 100,
            scoring: { method: 'relative-to-highest' },
          },
        ],
      },
      [
        { id: 'A', price: '999999999999999', responses: { sv: '1e-40' } },
        { id: 'B', price: 1, responses: { sv: '999999999999999' } },
      ],
    );
    expect(result.ranking.map((bid) => bid.rankingValue.toString())).toEqual([
      '0.01',
      '9.99999999999998000000000000001e+67',
    ]);
    roundTrips('tender-evaluation', result);
    // A ratio past 1e180 is still refused.
    const json = stored(result) as { ranking: { rankingValue: string }[] };
    json.ranking[1]!.rankingValue = '1e180';
    expect(
      caught(() => evaluationSnapshots['tender-evaluation'](json, ['json'])).issues[0]?.path,
    ).toBe('json.ranking[1].rankingValue');
  });
});
