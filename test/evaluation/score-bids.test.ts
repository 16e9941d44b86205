import { describe, expect, it } from 'vitest';
import { evaluateTenders } from '../../src/index.js';
import { thirdOf20 } from './thirds.js';

// Figures found by differential testing against an independent re-implementation from
// docs/evaluation.md ("Order of the checks", the graduated pricing mechanism) and docs/quality.md
// (each score one division, made last), worked by hand below.

describe('scoreBids: minimum marks of a blend scored against the highest offer', () => {
  // docs/evaluation.md, "Order of the checks": 3. minimums on scores that do not depend on other
  // bids (marks, …) disqualify; 4. the references of relative methods (lowest price, highest
  // offer) are taken from the bids still in. A blend's marks do not depend on the other bids,
  // even when its £ offer is scored against the highest: a bid marked below its minimum is out
  // before the lowest price and the highest offer are taken.
  const model = {
    criteria: [
      { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
      {
        id: 'sv',
        kind: 'social-value',
        weight: 50,
        minimumMark: 2,
        scoring: {
          method: 'blend',
          quantitativeShare: '0.5',
          quantitative: { method: 'relative-to-highest' },
          qualitative: { method: 'scale', scale: '0-5' },
        },
      },
    ],
  } as const;
  const bids = [
    { id: 'A', price: 100, responses: { sv: { offer: 1000, mark: 1 } } },
    { id: 'B', price: 200, responses: { sv: { offer: 500, mark: 4 } } },
    { id: 'C', price: 250, responses: { sv: { offer: 250, mark: 5 } } },
  ];

  it('takes the lowest price and the highest offer from the bids still in', () => {
    // A is out (mark 1 < 2). Lowest price 200 (B), highest offer 500 (B).
    // B: 200 ÷ 200 × 50 = 50; (0.5 × 500 ÷ 500 + 0.5 × 4 ÷ 5) × 50 = 0.9 × 50 = 45; total 95.
    // C: 200 ÷ 250 × 50 = 40; (0.5 × 250 ÷ 500 + 0.5 × 5 ÷ 5) × 50 = 0.75 × 50 = 37.5; 77.5.
    // (With A's £100 and £1,000 as references, B scored 57.5 and C 51.25.)
    const { ranking, winner } = evaluateTenders(model, bids);
    expect(winner?.bid).toBe('B');
    expect(ranking.map((bid) => `${bid.bid} ${bid.rank} ${bid.total}`)).toEqual([
      'B 1 95',
      'C 2 77.5',
      'A null 80',
    ]);
    expect(ranking[0]!.criteria[0]!.inputs.lowest?.toString()).toBe('200');
    expect(ranking[0]!.criteria[1]!.inputs.highest?.toString()).toBe('500');
  });

  it('gives the bid out below the minimum mark that reason alone', () => {
    // A is out at step 3, for its mark alone: it is not checked again with the relative scores.
    const a = evaluateTenders(model, bids).ranking[2]!;
    expect(a.disqualified).toEqual({
      findings: [
        {
          code: 'below-minimum',
          severity: 'error',
          message: 'A was marked 1 on sv, below the minimum mark of 2.',
          criterion: 'sv',
        },
      ],
    });
    // Scored for the record against the bids still in: its price below the lowest of them keeps
    // full marks (50); sv (0.5 × 1, its offer above the highest of them capped at full marks,
    // + 0.5 × 1 ÷ 5) × 50 = 0.6 × 50 = 30.
    expect(a.criteria.map((score) => score.weightedScore.toString())).toEqual(['50', '30']);
  });
});

describe('scoreBids: the median of graduated pricing', () => {
  it('scores from the exact median of an even number of prices, dividing once', () => {
    // docs/evaluation.md (graduated pricing; "each score share … is one division, made last") and
    // docs/quality.md ("a score whose exact value ends within 34 significant digits comes out
    // exactly", else "its exact value rounded once"). Prices £1 and £3.000000000000000000000000000000001:
    // median (1 + 3.000…001) ÷ 2 = 2.0000000000000000000000000000000005 exactly (35 digits: half a
    // decimal is exact), inflection × 1.025 = 2.0500000000000000000000000000000005125.
    // B is beyond it: points = 100 − 0.1 × (I − 1) × 100 − 1 × (B − I) × 100
    //   = 110 − 100 × 3.000000000000000000000000000000001 + 90 × 2.0500000000000000000000000000000005125
    //   = −5.500000000000000000000000000000053875, rounded once: −5.500000000000000000000000000000054.
    // (The median rounded to 34 digits first, 2.000000000000000000000000000000001, gave …008.)
    const { ranking } = evaluateTenders(
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 100,
            scoring: {
              method: 'graduated-pricing',
              steepPointsPerPercent: 1,
              steepApplies: 'beyond-inflection',
              medianOfEven: 'mean-of-middle-two',
              floorAtZero: false,
            },
          },
        ],
      },
      [
        { id: 'A', price: '1' },
        { id: 'B', price: '3.000000000000000000000000000000001' },
      ],
    );
    const b = ranking[1]!.criteria[0]!;
    expect(b.inputs.median?.toString()).toBe('2.0000000000000000000000000000000005');
    expect(b.inputs.inflection?.toString()).toBe('2.0500000000000000000000000000000005125');
    expect(b.weightedScore.toString()).toBe('-5.500000000000000000000000000000054');
    expect(b.scoreShare.toString()).toBe('-0.05500000000000000000000000000000054');
  });
});

describe('scoreBids: minimum quality points beside a price criterion', () => {
  it('adds the exact quality scores, as a total is added', () => {
    // EvaluationModelInput.minimumQualityPoints: "Quality points (of 100) a bid needs: its total,
    // but for a weighted model's price criteria". docs/evaluation.md ("Scores"): three criteria of
    // 20 points, each scoring 1/3, show 6.666…667 each and total exactly 20 (adding the rounded
    // scores gave 20.000…001). A's quality points are exactly 20, below a minimum of
    // 20.0000000000000000000000000000000001: A is out. (Added as published, they were
    // 20.000000000000000000000000000000001, and A stayed in.)
    const { ranking } = evaluateTenders(
      {
        minimumQualityPoints: '20.0000000000000000000000000000000001',
        criteria: [
          thirdOf20('q1'),
          thirdOf20('q2'),
          thirdOf20('q3'),
          { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q1: 1, q2: 1, q3: 1 } },
        { id: 'B', price: 100, responses: { q1: 3, q2: 3, q3: 3 } },
      ],
    );
    const a = ranking[1]!;
    expect(a.criteria.map((score) => score.weightedScore.toString())).toEqual([
      '6.666666666666666666666666666666667',
      '6.666666666666666666666666666666667',
      '6.666666666666666666666666666666667',
      '40',
    ]);
    expect(a.total.toString()).toBe('60');
    expect(a.rank).toBeNull();
    expect(a.disqualified).toMatchObject({ findings: [{ code: 'below-minimum' }] });
  });
});

describe('scoreBids: a whole-model method missing a price', () => {
  it("lists a bid's missing price beside its other missing inputs, bid by bid", () => {
    const model = {
      method: 'price-per-quality-point',
      criteria: [
        { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
      ],
    } as const;
    let paths: string[] = [];
    try {
      evaluateTenders(model, [
        { id: 'A', responses: {} },
        { id: 'B', price: 5 },
      ]);
    } catch (error) {
      paths = (error as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    }
    // A's marks and price, then B's marks (they were listed as every bid's marks, then prices).
    expect(paths).toEqual(['bids[0].responses.q', 'bids[0].price', 'bids[1].responses.q']);
  });

  it('disqualifies it when the model allows missing input, saying so', () => {
    const result = evaluateTenders(
      {
        method: 'price-per-quality-point',
        missingInput: 'disqualify',
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      [
        { id: 'A', responses: { q: 4 } },
        { id: 'B', price: 5, responses: { q: 5 } },
      ],
    );
    const out = result.ranking.find((bid) => bid.bid === 'A')?.disqualified;
    expect(out ? out.findings.map((finding) => finding.message) : out).toEqual([
      'A gave no price (bids[0].price).',
    ]);
    // B: £5 for 100 quality points (5 of 5): £0.05 per quality point.
    expect(result.summary).toBe('B wins with £0.05 per quality point; 1 disqualified.');
  });
});
