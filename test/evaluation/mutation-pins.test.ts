import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  defineEvaluation,
  type EvaluationModelInput,
  evaluateTenders,
  flagAbnormallyLow,
  type TenderEvaluation,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { caught } from '../errors.js';

// Pins found unpinned by mutation testing (npm run test:mutation -- --area evaluation): the
// reason of every scoring method, ranks and ties under tie-break rules, the summaries of every
// evaluation method, sensitivity and what-if sentences, abnormally-low findings and model errors.
// Each result is computed inside its test. Figures worked by hand beside each case.

const fiveBids: BidInput[] = [
  { id: 'A', price: 100, responses: { q: 4, sv: 100 } },
  { id: 'B', price: 100, responses: { q: 4, sv: 100 } },
  { id: 'C', price: 125, responses: { q: 5, sv: 100 } },
  { id: 'D', price: 80, responses: { q: 2, sv: 0 } },
  { id: 'E', price: 100, responses: { q: 0, sv: 50 } },
];

/** bid, rank, total, what decided its tie, the reason of each criterion. */
const brief = (result: TenderEvaluation) =>
  result.ranking.map((bid) => [
    bid.bid,
    bid.rank,
    bid.total.toString(),
    bid.tie?.decidedBy ?? null,
    bid.criteria.map((criterion) => criterion.reason),
  ]);

describe('evaluateTenders: the reason of each scoring method', () => {
  it('words scale marks, social value added, blends and linear prices', () => {
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 30,
            minimumMark: '0.5',
            scoring: { method: 'scale', scale: '0-4', combine: 'mean' },
          },
          {
            id: 'm',
            kind: 'quality',
            weight: 10,
            scoring: { method: 'scale', scale: '0-5', combine: 'moderated' },
          },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'sva', targetRatio: '0.1' },
          },
          {
            id: 'sv2',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'sva', targetRatio: '0.1', contractValue: 1000 },
          },
          {
            id: 'bl',
            kind: 'social-value',
            weight: 10,
            scoring: {
              method: 'blend',
              quantitativeShare: '0.6',
              quantitative: { method: 'relative-to-highest' },
              qualitative: { method: 'scale', scale: '0-5' },
            },
          },
          {
            id: 'p',
            kind: 'price',
            weight: 30,
            scoring: { method: 'linear', fullMarksAt: 800, zeroAt: 1200 },
          },
        ],
      },
      [
        {
          id: 'A',
          price: 1000,
          responses: {
            q: { marks: [3, 4] },
            m: { marks: [2, 4], moderated: 3 },
            sv: 50,
            sv2: 200,
            bl: { offer: 100, mark: 4 },
          },
        },
        {
          id: 'B',
          price: 900,
          responses: {
            q: { marks: [1, 2] },
            m: { marks: [5], moderated: 5 },
            sv: 150,
            sv2: 50,
            bl: { offer: 50, mark: 5 },
          },
        },
        {
          id: 'C',
          price: 1300,
          responses: {
            q: 4,
            m: { marks: [4, 3], moderated: 4 },
            sv: 0,
            sv2: 0,
            bl: { offer: 0, mark: 0 },
          },
        },
      ],
    );
    expect(brief(result)).toEqual([
      [
        'A',
        1,
        // 26.25 + 6 + 5 + 10 + 9.2 + 15.
        '71.45',
        null,
        [
          'q: mean mark (evaluators 3 and 4) 3.5 on the 0-4 scale ÷ 4 = 0.875; × weight 30 = 26.25.',
          'm: moderated mark (evaluators 2 and 4) 3 on the 0-5 scale ÷ 5 = 0.6; × weight 10 = 6.',
          'sv: social value added £50.00 ÷ bid price £1,000.00 = 5%, against a target of 10%: 0.5; × weight 10 = 5.',
          'sv2: social value added £200.00 ÷ contract value £1,000.00 = 20%, against a target of 10%: 1; × weight 10 = 10.',
          'bl: 0.6 × (offer £100.00 ÷ highest offer £100.00 = 1) + 0.4 × (mark 4 on the 0-5 scale ÷ 5 = 0.8) = 0.92; × weight 10 = 9.2.',
          // (1,200 − 1,000) ÷ (1,200 − 800) = 0.5.
          'p: price £1,000.00 between full marks at £800.00 and none at £1,200.00: 0.5; × weight 30 = 15.',
        ],
      ],
      [
        'B',
        2,
        // 11.25 + 10 + 10 + 5 + 7 + 22.5.
        '65.75',
        null,
        [
          'q: mean mark (evaluators 1 and 2) 1.5 on the 0-4 scale ÷ 4 = 0.375; × weight 30 = 11.25.',
          'm: moderated mark (evaluators 5) 5 on the 0-5 scale ÷ 5 = 1; × weight 10 = 10.',
          'sv: social value added £150.00 ÷ bid price £900.00 = 16.67%, against a target of 10%: 1; × weight 10 = 10.',
          'sv2: social value added £50.00 ÷ contract value £1,000.00 = 5%, against a target of 10%: 0.5; × weight 10 = 5.',
          'bl: 0.6 × (offer £50.00 ÷ highest offer £100.00 = 0.5) + 0.4 × (mark 5 on the 0-5 scale ÷ 5 = 1) = 0.7; × weight 10 = 7.',
          'p: price £900.00 between full marks at £800.00 and none at £1,200.00: 0.75; × weight 30 = 22.5.',
        ],
      ],
      [
        'C',
        3,
        '38',
        null,
        [
          'q: mark 4 on the 0-4 scale ÷ 4 = 1; × weight 30 = 30.',
          'm: moderated mark (evaluators 4 and 3) 4 on the 0-5 scale ÷ 5 = 0.8; × weight 10 = 8.',
          'sv: social value added £0.00 ÷ bid price £1,300.00 = 0%, against a target of 10%: 0; × weight 10 = 0.',
          'sv2: social value added £0.00 ÷ contract value £1,000.00 = 0%, against a target of 10%: 0; × weight 10 = 0.',
          'bl: 0.6 × (offer £0.00 ÷ highest offer £100.00 = 0) + 0.4 × (mark 0 on the 0-5 scale ÷ 5 = 0) = 0; × weight 10 = 0.',
          'p: price £1,300.00 between full marks at £800.00 and none at £1,200.00: 0; × weight 30 = 0.',
        ],
      ],
    ]);
    expect(result.summary).toBe('A wins with 71.45 of 100.');
  });

  it('words a mean-based price', () => {
    // Mean price 100: 10% below scores 30 + 10 × 1 = 40 points of 100, 10% above 20.
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
          {
            id: 'p',
            kind: 'price',
            weight: 40,
            scoring: { method: 'mean-based', pointsAtMean: 30, pointsPerPercent: 1 },
          },
        ],
      },
      [
        { id: 'A', price: 90, responses: { q: 3 } },
        { id: 'B', price: 110, responses: { q: 3 } },
        { id: 'C', price: 100, responses: { q: 3 } },
      ],
    );
    expect(
      brief(result).map(([bid, rank, total, , reasons]) => [
        bid,
        rank,
        total,
        (reasons as string[])[1],
      ]),
    ).toEqual([
      [
        'A',
        1,
        '52',
        'p: price £90.00 is 10% below the mean £100.00: 40 points of 100; × weight 40 = 16.',
      ],
      [
        'C',
        2,
        '48',
        'p: price £100.00 is 0% below the mean £100.00: 30 points of 100; × weight 40 = 12.',
      ],
      [
        'B',
        3,
        '44',
        'p: price £110.00 is 10% above the mean £100.00: 20 points of 100; × weight 40 = 8.',
      ],
    ]);
    expect(result.summary).toBe('A wins with 52 of 100.');
  });
});

describe('evaluateTenders: ranks, ties and summaries', () => {
  it('applies the tie-break rules in order and says which one decided', () => {
    // Every total is 50. Higher social value first (B 37.5; C, D, E 25; A 12.5), then the
    // quality criterion (all 25), then the lower price (D, E 8 before C 9); D and E stay tied.
    const result = evaluateTenders(
      {
        tieBreak: ['higher-social-value', { criterion: 'q' }, 'lower-price'],
        criteria: [
          { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-4' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 50,
            scoring: { method: 'scale', scale: '0-4' },
          },
        ],
      },
      [
        { id: 'A', price: 10, responses: { q: 3, sv: 1 } },
        { id: 'B', price: 10, responses: { q: 1, sv: 3 } },
        { id: 'C', price: 9, responses: { q: 2, sv: 2 } },
        { id: 'D', price: 8, responses: { q: 2, sv: 2 } },
        { id: 'E', price: 8, responses: { q: 2, sv: 2 } },
      ],
    );
    expect(
      brief(result).map(([bid, rank, total, decidedBy]) => [bid, rank, total, decidedBy]),
    ).toEqual([
      ['B', 1, '50', 'higher-social-value'],
      ['D', 2, '50', null],
      ['E', 2, '50', null],
      ['C', 4, '50', 'lower-price'],
      ['A', 5, '50', 'higher-social-value'],
    ]);
    expect(result.ties).toEqual([
      {
        bids: ['A', 'B', 'C', 'D', 'E'],
        decided: false,
        decidedBy: ['higher-social-value', 'lower-price'],
        reason:
          'A, B, C, D and E tie on total and the tie-break does not separate them all: a declared tie.',
      },
    ]);
    expect(result.ranking.map((bid) => bid.tie?.group)).toEqual([0, 0, 0, 0, 0]);
    expect(result.summary).toBe('B wins with 50 of 100.');
  });

  it('declares a tie no rule separates, and says how each method wins', () => {
    const model = {
      tieBreak: ['higher-quality', 'lower-price'],
      criteria: [
        { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 20, scoring: { method: 'relative-to-highest' } },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    } as const satisfies EvaluationModelInput;
    const result = evaluateTenders(model, fiveBids);
    // C: 50 + 20 + 80 ÷ 125 × 30 = 89.2; A and B: 40 + 20 + 24 = 84; D: 20 + 0 + 30; E: 0 + 10 + 24.
    expect(
      brief(result).map(([bid, rank, total, decidedBy]) => [bid, rank, total, decidedBy]),
    ).toEqual([
      ['C', 1, '89.2', null],
      ['A', 2, '84', null],
      ['B', 2, '84', null],
      ['D', 4, '50', null],
      ['E', 5, '34', null],
    ]);
    expect(result.ties).toEqual([
      {
        bids: ['A', 'B'],
        decided: false,
        decidedBy: [],
        reason: 'A and B tie on total and no tie-break rule separates them: a declared tie.',
      },
    ]);
    expect(result.ranking.map((bid) => bid.tie)).toEqual([
      null,
      { group: 0, decidedBy: null },
      { group: 0, decidedBy: null },
      null,
      null,
    ]);
    const perPoint = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-4' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q: 2 } },
        { id: 'B', price: 150, responses: { q: 4 } },
      ],
    );
    // A: £100 ÷ 50 points = £2; B: £150 ÷ 100 = £1.50.
    expect(perPoint.summary).toBe('B wins with £1.50 per quality point.');
    expect(perPoint.ranking.map((bid) => [bid.bid, bid.rank, bid.rankingValue.toString()])).toEqual(
      [
        ['B', 1, '1.5'],
        ['A', 2, '2'],
      ],
    );
    const forMoney = evaluateTenders(
      {
        method: 'value-for-money',
        willingnessToPay: 2,
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-4' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q: 2 } },
        { id: 'B', price: 150, responses: { q: 4 } },
      ],
    );
    // Adjusted price: A 100 − 2 × 50 = 0; B 150 − 2 × 100 = −50.
    expect(forMoney.summary).toBe('B wins with an adjusted price of -£50.00.');
    expect(forMoney.ranking.map((bid) => [bid.bid, bid.rankingValue.toString()])).toEqual([
      ['B', '-50'],
      ['A', '0'],
    ]);
  });
});

describe('weightSensitivity and whatIf: sentences', () => {
  const model = {
    tieBreak: ['higher-quality', 'lower-price'],
    criteria: [
      { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'sv', kind: 'social-value', weight: 20, scoring: { method: 'relative-to-highest' } },
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    ],
  } as const satisfies EvaluationModelInput;

  it('gives the range of each weight over which the winner stays', () => {
    const result = weightSensitivity(model, fiveBids);
    // q at w, the others rescaled by (100 − w) ÷ 50: C = w + 0.784 (100 − w), A = 0.8 w +
    // 0.88 (100 − w); equal at w = 9.6 ÷ 0.296 = 32.4324… B is a copy of A: the two cross C
    // together and tie beyond (same quality, same price: the tie-break cannot part them, as the
    // whatIf below finds), so no single bid is named there.
    expect(result.criteria.map((criterion) => criterion.reason)).toEqual([
      'C stays the winner while q weighs from 32.4324 to 100 points (now 50, other weights rescaled in proportion); below 32.4324, A and B tie: no single winner.',
      'C stays the winner while sv weighs from 0 to 100 points (now 20, other weights rescaled in proportion).',
      'C stays the winner while price weighs from 0 to 47.1698 points (now 30, other weights rescaled in proportion); above 47.1698, A and B tie: no single winner.',
    ]);
    expect(
      result.criteria.map((criterion) => [criterion.winnerBelow, criterion.winnerAbove]),
    ).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(result.summary).toBe(
      'C wins; the closest change is price, 17.1698 points of weight away from a different winner or no single winner.',
    );
  });

  it('says when a change of weights leaves no single winner', () => {
    const result = whatIf(model, fiveBids, { weights: { price: 50, q: 30 } });
    expect(result.winnerChanged).toBe(true);
    expect(result.summary).toBe('The winner changes from C to no single winner.');
  });
});

describe('flagAbnormallyLow: findings', () => {
  it('words both tests for every bid', () => {
    // Adjusted average without the highest (105): (100 + 100 + 50) ÷ 3 = 83.33; limit × 0.85 =
    // 70.83. The proximity margin is 1% of the lowest other price, at least £1,000.
    const result = flagAbnormallyLow([
      { id: 'A', price: 100 },
      { id: 'B', price: 100 },
      { id: 'C', price: 50 },
      { id: 'D', price: 105 },
    ]);
    expect(
      result.findings.map((finding) => [finding.code, finding.severity, finding.message]),
    ).toEqual([
      [
        'not-abnormally-low',
        'info',
        'A at £100.00 is not more than 15% below the adjusted average £83.33 (limit £70.83) and not more than the proximity margin £1,000.00 below the lowest other price £50.00: not abnormally low.',
      ],
      [
        'not-abnormally-low',
        'info',
        'B at £100.00 is not more than 15% below the adjusted average £83.33 (limit £70.83) and not more than the proximity margin £1,000.00 below the lowest other price £50.00: not abnormally low.',
      ],
      [
        'not-abnormally-low',
        'info',
        'C at £50.00 is more than 15% below the adjusted average £83.33 (limit £70.83) and not more than the proximity margin £1,000.00 below the lowest other price £100.00: not abnormally low.',
      ],
      [
        'not-abnormally-low',
        'info',
        'D at £105.00 is not more than 15% below the adjusted average £83.33 (limit £70.83) and not more than the proximity margin £1,000.00 below the lowest other price £50.00: not abnormally low.',
      ],
    ]);
    expect(
      result.findings.map((finding) => [finding.belowAverage, finding.beyondProximity]),
    ).toEqual([
      [false, false],
      [false, false],
      [true, false],
      [false, false],
    ]);
    expect(result.findings[2]?.lowestOther?.toString()).toBe('100');
    expect(result.findings[2]?.proximityMargin?.toString()).toBe('1000');
    expect(result.flagged).toEqual([]);
    expect(result.summary).toBe('None of 4 prices is potentially abnormally low.');
  });
});

describe('defineEvaluation: every model error, with its path', () => {
  it('words each problem of a model', () => {
    const error = caught(() =>
      defineEvaluation({
        method: 'value-for-money',
        tieBreak: [{ criterion: 'qq' }],
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 50,
            minimumMark: 0.5,
            subCriteria: [
              { id: 'q', weight: 50, scoring: { method: 'relative-to-highest' }, minimumMark: 0.2 },
            ],
          },
          { id: 'p', kind: 'price', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
        ],
      } as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      [
        'Invalid evaluation model: 7 problems.',
        '  - model.criteria[0].minimumMark: expected minimum marks on the sub-criteria',
        '  - model.criteria[0].subCriteria[0].id: expected a unique id, "q" is used twice (model.criteria[0].id)',
        '  - model.criteria[0].subCriteria[0].minimumMark: expected a minimum mark only with marks',
        '  - model.criteria[1].kind: a value-for-money model takes the price from each bid: expected no price criterion',
        '  - model.criteria[1].scoring.method: expected a price method ("relative-to-lowest", "linear", "mean-based", "percent-above-lowest" or "graduated-pricing"), received "scale"',
        '  - model.willingnessToPay: missing: expected the £ a buyer would pay per quality point',
        '  - model.tieBreak[0].criterion: expected a criterion id, received "qq" (did you mean "q"?)',
      ].join('\n'),
    );
  });
});

describe('evaluateTenders: disqualification, missing inputs and bad bids', () => {
  const quality = {
    id: 'q',
    kind: 'quality',
    weight: 60,
    minimumMark: 2,
    scoring: { method: 'scale', scale: '0-5' },
  } as const;
  const social = {
    id: 'sv',
    kind: 'social-value',
    weight: 10,
    scoring: { method: 'relative-to-highest' },
  } as const;
  const price = {
    id: 'p',
    kind: 'price',
    weight: 30,
    scoring: { method: 'linear', fullMarksAt: 100, zeroAt: 200 },
  } as const;
  const model = { criteria: [quality, social, price] };

  it('ranks the qualifying bids and lists the disqualified after them, with the reason', () => {
    const result = evaluateTenders(model, [
      { id: 'A', price: 90, responses: { q: 1, sv: 0 } },
      { id: 'B', price: 250, responses: { q: 3, sv: 0 } },
      { id: 'C', price: 150, responses: { q: 4, sv: 0 } },
    ]);
    // C: 4 ÷ 5 × 60 + 0 + (200 − 150) ÷ 100 × 30 = 63; B: 36 + 0 + 0 (above £200); A: 12 + 0 + 30.
    expect(brief(result)).toEqual([
      [
        'C',
        1,
        '63',
        null,
        [
          'q: mark 4 on the 0-5 scale ÷ 5 = 0.8; × weight 60 = 48.',
          'sv: no bid offered any social value, so every offer scores 0; × weight 10 = 0.',
          'p: price £150.00 between full marks at £100.00 and none at £200.00: 0.5; × weight 30 = 15.',
        ],
      ],
      [
        'B',
        2,
        '36',
        null,
        [
          'q: mark 3 on the 0-5 scale ÷ 5 = 0.6; × weight 60 = 36.',
          'sv: no bid offered any social value, so every offer scores 0; × weight 10 = 0.',
          'p: price £250.00 between full marks at £100.00 and none at £200.00: 0; × weight 30 = 0.',
        ],
      ],
      [
        'A',
        null,
        '42',
        null,
        [
          'q: mark 1 on the 0-5 scale ÷ 5 = 0.2; × weight 60 = 12.',
          'sv: no bid offered any social value, so every offer scores 0; × weight 10 = 0.',
          'p: price £90.00 between full marks at £100.00 and none at £200.00: 1; × weight 30 = 30.',
        ],
      ],
    ]);
    const out = result.ranking[2]!.disqualified;
    expect(out === false ? [] : out.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['below-minimum', 'error', 'A was marked 1 on q, below the minimum mark of 2.'],
    ]);
    expect(result.summary).toBe('C wins with 63 of 100; 1 disqualified.');
    expect(
      evaluateTenders(model, [{ id: 'A', price: 90, responses: { q: 1, sv: 0 } }]).summary,
    ).toBe('No bid qualifies; 1 disqualified.');
    expect(evaluateTenders(model, []).summary).toBe('No bid qualifies.');
  });

  it('names every missing input, repeated id, mark off the scale and unknown response', () => {
    const messageOf = (bids: BidInput[]) => {
      const error = caught(() => evaluateTenders(model, bids));
      return [error.code, error.message];
    };
    expect(
      messageOf([
        { id: 'A', price: 90, responses: { q: 1 } },
        { id: 'B', responses: { q: 1, sv: 1 } },
      ]),
    ).toEqual([
      'missing-input',
      'Bids missing an input: 2 problems.\n  - bids[0].responses.sv: missing: expected a £ offer (an amount or a Valuation)\n  - bids[1].price: missing: expected a price',
    ]);
    expect(
      messageOf([
        { id: 'A', price: 90, responses: { q: 1, sv: 1 } },
        { id: 'A', price: 90, responses: { q: 1, sv: 1 } },
      ]),
    ).toEqual([
      'duplicate-bid',
      'Bid ids must be unique: 1 repeat.\n  - bids[1].id: expected a unique bid id, "A" is used twice (bids[0].id)',
    ]);
    expect(messageOf([{ id: 'A', price: 90, responses: { q: 6, sv: 1 } }])).toEqual([
      'mark-out-of-scale',
      'Marks outside their scale: 1 problem.\n  - bids[0].responses.q: expected a mark on the 0-5 scale (0, 1, 2, 3, 4 or 5), received 6',
    ]);
    expect(messageOf([{ id: 'A', price: 90, responses: { q: 3, sv: 1, qq: 2 } }])).toEqual([
      'invalid-input',
      'Invalid bids: 1 problem.\n  - bids[0].responses.qq: expected a criterion id of the model, received "qq" (did you mean "q"?)',
    ]);
  });

  it('words a weight that carries everything, and changes of weights', () => {
    const alone = weightSensitivity(
      {
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      [
        { id: 'A', price: 1, responses: { q: 3 } },
        { id: 'B', price: 1, responses: { q: 2 } },
      ],
    );
    expect(alone.criteria.map((criterion) => [criterion.reason, criterion.range])).toEqual([
      ['q carries all the weight: no other weight to rescale.', null],
    ]);
    const bids: BidInput[] = [
      { id: 'A', price: 90, responses: { q: 3, sv: 1 } },
      { id: 'B', price: 180, responses: { q: 5, sv: 2 } },
    ];
    // Before: A 36 + 5 + 30 = 71, B 60 + 10 + 6 = 76. After (q 40, sv 10, p 50): A 24 + 5 + 50
    // = 79, B 40 + 10 + 10 = 60.
    const changed = whatIf(model, bids, { weights: { q: 40, p: 50 } });
    expect(changed.summary).toBe('The winner changes from B to A.');
    expect(changed.after.winner?.total.toString()).toBe('79');
    const error = caught(() => whatIf(model, bids, { weights: { qq: 10 } }));
    expect(error.message).toBe(
      'Invalid changes: 1 problem.\n  - changes.weights.qq: expected the id of a top-level criterion (sub-criteria move with their parent), received "qq" (did you mean "q"?)',
    );
  });
});

describe('flagAbnormallyLow: a flagged price, one price, bad options', () => {
  it('flags a price below both limits and says what to do', () => {
    // The example of the Construction Procurement Handbook's rule: adjusted average without
    // the highest (1.3m): (0.8 + 1 + 1.05 + 1.1)m ÷ 4 = 987,500; limit × 0.85 = 839,375;
    // proximity 1% of the lowest other price (1m) = 10,000.
    const result = flagAbnormallyLow([
      { id: 'A', price: 800000 },
      { id: 'B', price: 1000000 },
      { id: 'C', price: 1050000 },
      { id: 'D', price: 1100000 },
      { id: 'E', price: 1300000 },
    ]);
    expect(result.summary).toBe(
      'A is potentially abnormally low (of 5 prices): ask for an explanation before any exclusion.',
    );
    expect(result.findings[0]).toMatchObject({
      code: 'abnormally-low',
      severity: 'warning',
      flagged: true,
      message:
        'A at £800,000.00 is more than 15% below the adjusted average £987,500.00 (limit £839,375.00) and more than the proximity margin £10,000.00 below the lowest other price £1,000,000.00: potentially abnormally low.',
    });
    expect(result.flagged).toEqual(['A']);
    const one = flagAbnormallyLow([{ id: 'A', price: 800 }]);
    expect(one.summary).toBe('None of 1 price is potentially abnormally low.');
    expect(one.findings.map((finding) => finding.message)).toEqual([
      'A is the only priced bid: nothing to compare with.',
    ]);
    expect(
      caught(() => flagAbnormallyLow([{ id: 'A', price: 800 }], { belowAverageShare: 15 })).message,
    ).toBe(
      'Invalid options: 1 problem.\n  - options.belowAverageShare: expected a share from 0 to 1 (a fraction, not a percentage), received 15 (did you mean 0.15?)',
    );
  });
});

// Third set of pins (issue #11): the errors of a scale, a linear price, a weight, sub-criteria
// and proximity limits in a model; the errors of marks, moderated marks and offers in bids; the
// reasons of sub-criteria, missing inputs, minimums, excluded prices and zero quality points.

/** The messages of a bid's disqualification findings, or false. */
const messagesOf = (bid: TenderEvaluation['ranking'][number]) =>
  bid.disqualified === false ? false : bid.disqualified.findings.map((finding) => finding.message);

/** The code and message of the error a call throws. */
const thrown = (run: () => unknown) => {
  const error = caught(run);
  return [error.code, error.message];
};

describe('defineEvaluation: the errors of scales, prices, weights and limits', () => {
  const onlyQuality = (scoring: unknown) => () =>
    defineEvaluation({
      criteria: [{ id: 'q', kind: 'quality', weight: 100, scoring }],
    } as never);
  const one = (path: string, message: string) => [
    'invalid-input',
    `Invalid evaluation model: 1 problem.\n  - model.criteria[0].${path}: ${message}`,
  ];

  it('words every problem of a scale, with its path', () => {
    expect(
      thrown(onlyQuality({ method: 'scale', scale: { marks: [0, 1] }, marks: [0, 1] })),
    ).toEqual(one('scoring.marks', 'expected the marks inside `scale` only'));
    expect(thrown(onlyQuality({ method: 'scale', scale: 'custom' }))).toEqual(
      one('scoring.marks', 'missing: expected the marks of a custom scale'),
    );
    expect(thrown(onlyQuality({ method: 'scale', scale: '0-4', marks: [0, 1] }))).toEqual(
      one('scoring.marks', 'expected the marks of the 0-4 scale (0, 1, 2, 3, 4)'),
    );
    expect(thrown(onlyQuality({ method: 'scale', scale: 'custom', marks: [0] }))).toEqual(
      one('scoring.marks', 'expected at least two marks, each once, the highest above 0'),
    );
    expect(thrown(onlyQuality({ method: 'scale', scale: { marks: [0, 0] } }))).toEqual(
      one('scoring.scale.marks', 'expected at least two marks, each once, the highest above 0'),
    );
    // A mark given twice is a slip for another scale ([0, 1, 2, 3]): it was accepted.
    expect(thrown(onlyQuality({ method: 'scale', scale: { marks: [0, 1, 1, 2] } }))).toEqual(
      one('scoring.scale.marks', 'expected at least two marks, each once, the highest above 0'),
    );
    expect(thrown(onlyQuality({ method: 'scale', scale: 'custom', marks: [3, '0', 3.0] }))).toEqual(
      one('scoring.marks', 'expected at least two marks, each once, the highest above 0'),
    );
    // The published marks, given again beside the name, are accepted.
    expect(
      defineEvaluation({
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 100,
            scoring: { method: 'scale', scale: '0-4', marks: [0, 1, 2, 3, 4] },
          },
        ],
      } as never).criteria[0]!.scoring,
    ).toMatchObject({ method: 'scale', scale: '0-4' });
  });

  it('words a linear price, a weight, a missing method and sub-criteria of another kind', () => {
    expect(thrown(onlyQuality({ method: 'linear', fullMarksAt: 100, zeroAt: 100 }))).toEqual(
      one('scoring.zeroAt', 'expected zeroAt above fullMarksAt (100), received 100'),
    );
    expect(
      thrown(() =>
        defineEvaluation({
          criteria: [
            { id: 'q', kind: 'quality', weight: 120, scoring: { method: 'relative-to-highest' } },
          ],
        }),
      ),
    ).toEqual(one('weight', 'expected a weight in percentage points from 0 to 100, received 120'));
    expect(
      thrown(() => defineEvaluation({ criteria: [{ id: 'q', kind: 'quality' }] } as never)),
    ).toEqual([
      'invalid-input',
      [
        'Invalid evaluation model: 2 problems.',
        '  - model.criteria[0].weight: missing: expected a weight in percentage points',
        '  - model.criteria[0].scoring: missing: expected a scoring method or sub-criteria',
      ].join('\n'),
    ]);
    expect(
      thrown(() =>
        defineEvaluation({
          criteria: [
            {
              id: 'q',
              kind: 'quality',
              scoring: { method: 'relative-to-highest' },
              subCriteria: [
                {
                  id: 'a',
                  kind: 'price',
                  weight: 100,
                  scoring: { method: 'relative-to-highest' },
                },
              ],
            },
          ],
        } as never),
      ),
    ).toEqual([
      'invalid-input',
      [
        'Invalid evaluation model: 2 problems.',
        '  - model.criteria[0].scoring: expected either a scoring method or sub-criteria, not both',
        '  - model.criteria[0].subCriteria[0].kind: expected the kind of its criterion ("quality"), received "price"',
      ].join('\n'),
    ]);
    expect(
      thrown(() =>
        defineEvaluation({
          abnormallyLow: { action: 'flag', proximityMin: 500, proximityMax: 100 },
          criteria: [
            { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'relative-to-highest' } },
          ],
        }),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid evaluation model: 1 problem.\n  - model.abnormallyLow.proximityMax: expected at least proximityMin (500), received 100',
    ]);
  });
});

describe('evaluateTenders: the errors of marks and offers in bids', () => {
  const offers = {
    criteria: [
      { id: 'sv', kind: 'social-value', weight: 100, scoring: { method: 'relative-to-highest' } },
    ],
  } as const;
  const marked = (combine?: 'mean' | 'moderated') =>
    ({
      criteria: [
        {
          id: 'q',
          kind: 'quality',
          weight: 100,
          scoring: { method: 'scale', scale: '0-5', ...(combine ? { combine } : {}) },
        },
      ],
    }) as const;
  const offScale = (value: string) =>
    `expected a mark on the 0-5 scale (0, 1, 2, 3, 4 or 5), received ${value}`;

  it('words an offer given twice, a negative offer and a missing one', () => {
    expect(
      thrown(() =>
        evaluateTenders(offers, [{ id: 'A', responses: { sv: { offer: 1, total: 2 } } }]),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid bids: 1 problem.\n  - bids[0].responses.sv.total: expected either offer or total, not both',
    ]);
    expect(thrown(() => evaluateTenders(offers, [{ id: 'A', responses: { sv: {} } }]))).toEqual([
      'missing-input',
      'Bids missing an input: 1 problem.\n  - bids[0].responses.sv: missing: expected a £ offer (an amount or a Valuation)',
    ]);
    expect(
      thrown(() =>
        evaluateTenders(offers, [
          { id: 'A', responses: { sv: -1 } },
          { id: 'B', responses: { sv: 5 } },
        ]),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid bids: 1 problem.\n  - bids[0].responses.sv: expected a £ offer of at least 0, received -1',
    ]);
  });

  it('words a missing moderated mark, no marks, and marks off the scale where they are', () => {
    expect(
      thrown(() =>
        evaluateTenders(marked('moderated'), [{ id: 'A', responses: { q: { marks: [3, 4] } } }]),
      ),
    ).toEqual([
      'missing-input',
      'Bids missing an input: 1 problem.\n  - bids[0].responses.q.moderated: missing: expected a moderated mark',
    ]);
    for (const combine of ['mean', undefined] as const) {
      expect(
        thrown(() =>
          evaluateTenders(marked(combine), [{ id: 'A', responses: { q: { marks: [] } } }]),
        ),
      ).toEqual([
        'missing-input',
        'Bids missing an input: 1 problem.\n  - bids[0].responses.q.marks: missing: expected at least one mark',
      ]);
    }
    expect(
      thrown(() =>
        evaluateTenders(marked(), [
          { id: 'A', responses: { q: { marks: [3, 4], moderated: 3.5 } } },
        ]),
      ),
    ).toEqual([
      'mark-out-of-scale',
      `Marks outside their scale: 1 problem.\n  - bids[0].responses.q.moderated: ${offScale('3.5')}`,
    ]);
    // Only the first mark off the scale of a bid is named.
    expect(
      thrown(() =>
        evaluateTenders(marked(), [
          { id: 'A', responses: { q: { mark: 7 } } },
          { id: 'B', responses: { q: { marks: [1, 9, 8] } } },
        ]),
      ),
    ).toEqual([
      'mark-out-of-scale',
      [
        'Marks outside their scale: 2 problems.',
        `  - bids[0].responses.q.mark: ${offScale('7')}`,
        `  - bids[1].responses.q.marks[1]: ${offScale('9')}`,
      ].join('\n'),
    ]);
    expect(
      thrown(() =>
        evaluateTenders(
          {
            method: 'value-for-money',
            willingnessToPay: 10,
            criteria: [marked().criteria[0]],
          },
          [
            { id: 'A', responses: {} },
            { id: 'B', responses: { q: 3 } },
          ],
        ),
      ),
    ).toEqual([
      'missing-input',
      [
        'Bids missing an input: 3 problems.',
        '  - bids[0].responses.q: missing: expected marks for this criterion',
        '  - bids[0].price: missing: expected a price',
        '  - bids[1].price: missing: expected a price',
      ].join('\n'),
    ]);
  });

  it('takes the moderated mark when one is given, the mean of the marks otherwise', () => {
    // A: moderated 5 ÷ 5 × 100 = 100; B: (3 + 4) ÷ 2 = 3.5 ÷ 5 × 100 = 70; C: 2 ÷ 5 × 100 = 40.
    const result = evaluateTenders(marked(), [
      { id: 'A', responses: { q: { marks: [3, 4], moderated: 5 } } },
      { id: 'B', responses: { q: { marks: [3, 4] } } },
      { id: 'C', responses: { q: { mark: 2 } } },
    ]);
    expect(brief(result)).toEqual([
      [
        'A',
        1,
        '100',
        null,
        ['q: moderated mark (evaluators 3 and 4) 5 on the 0-5 scale ÷ 5 = 1; × weight 100 = 100.'],
      ],
      [
        'B',
        2,
        '70',
        null,
        ['q: mean mark (evaluators 3 and 4) 3.5 on the 0-5 scale ÷ 5 = 0.7; × weight 100 = 70.'],
      ],
      ['C', 3, '40', null, ['q: mark 2 on the 0-5 scale ÷ 5 = 0.4; × weight 100 = 40.']],
    ]);
  });
});

describe('evaluateTenders: sub-criteria, missing inputs, minimums and excluded prices', () => {
  /** bid, rank, total, each criterion's reason and its sub-criteria's, the findings. */
  const full = (result: TenderEvaluation) =>
    result.ranking.map((bid) => [
      bid.bid,
      bid.rank,
      bid.total.toString(),
      bid.criteria.map((criterion) => [
        criterion.reason,
        criterion.subCriteria?.map((sub) => sub.reason) ?? null,
      ]),
      bid.disqualified === false
        ? false
        : bid.disqualified.findings.map((finding) => [
            finding.code,
            finding.message,
            finding.criterion ?? null,
          ]),
    ]);

  it('disqualifies a missing price, a missing input and a share below a minimum', () => {
    const result = evaluateTenders(
      {
        method: 'price-per-quality-point',
        missingInput: 'disqualify',
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 60,
            minimumScoreShare: '0.5',
            scoring: { method: 'scale', scale: '0-5' },
          },
          {
            id: 'g',
            kind: 'social-value',
            name: 'Group',
            subCriteria: [
              { id: 'g1', weight: 20, scoring: { method: 'scale', scale: '0-4' } },
              {
                id: 'g2',
                weight: 20,
                minimumScoreShare: '0.25',
                scoring: { method: 'relative-to-highest' },
              },
            ],
          },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q: 5, g1: 4, g2: 100 } },
        { id: 'B', responses: { q: 5, g1: 4, g2: 100 } },
        { id: 'C', price: 100, responses: { q: 5, g2: 100 } },
        { id: 'D', price: 100, responses: { q: 2, g1: 4, g2: 100 } },
        { id: 'E', price: 100, responses: { q: 3, g1: 0, g2: 10 } },
        { id: 'F', price: 100, responses: { q: 0, g1: 0, g2: 0 } },
      ],
    );
    // A: 5/5 × 60 + 4/4 × 20 + 100/100 × 20 = 100, £100 ÷ 100 = £1.00 per point. D: 2/5 = 40%
    // of q, below 50%. E: 10/100 = 10% of g2, below 25% (the highest offer of the bids still in,
    // A and E, is 100); its total 3/5 × 60 + 0 + 0.1 × 20 = 38.
    const g = (a: string, b: string, sum: string) => `Group: g1 ${a} + g2 ${b} = ${sum} of 40.`;
    const full100 = [
      'g1: mark 4 on the 0-4 scale ÷ 4 = 1; × weight 20 = 20.',
      'g2: offer £100.00 ÷ highest offer £100.00 = 1; × weight 20 = 20.',
    ];
    const q = (mark: number, share: string, points: string) => [
      `q: mark ${mark} on the 0-5 scale ÷ 5 = ${share}; × weight 60 = ${points}.`,
      null,
    ];
    expect(full(result)).toEqual([
      ['A', 1, '100', [q(5, '1', '60'), [g('20', '20', '40'), full100]], false],
      [
        'B',
        null,
        '100',
        [q(5, '1', '60'), [g('20', '20', '40'), full100]],
        [['missing-input', 'B gave no price (bids[1].price).', null]],
      ],
      [
        'C',
        null,
        '80',
        [q(5, '1', '60'), [g('0', '20', '20'), ['g1: no input, scored 0.', full100[1]]]],
        [['missing-input', 'C gave no input for g1 (bids[2].responses.g1).', 'g1']],
      ],
      [
        'D',
        null,
        '64',
        [q(2, '0.4', '24'), [g('20', '20', '40'), full100]],
        [['below-minimum', 'D scored 40% of the marks on q, below the minimum of 50%.', 'q']],
      ],
      [
        'E',
        null,
        '38',
        [
          q(3, '0.6', '36'),
          [
            g('0', '2', '2'),
            [
              'g1: mark 0 on the 0-4 scale ÷ 4 = 0; × weight 20 = 0.',
              'g2: offer £10.00 ÷ highest offer £100.00 = 0.1; × weight 20 = 2.',
            ],
          ],
        ],
        [['below-minimum', 'E scored 10% of the marks on g2, below the minimum of 25%.', 'g2']],
      ],
      [
        'F',
        null,
        '0',
        [
          q(0, '0', '0'),
          [
            g('0', '0', '0'),
            [
              'g1: mark 0 on the 0-4 scale ÷ 4 = 0; × weight 20 = 0.',
              'g2: offer £0.00 ÷ highest offer £100.00 = 0; × weight 20 = 0.',
            ],
          ],
        ],
        [['below-minimum', 'F scored 0% of the marks on q, below the minimum of 50%.', 'q']],
      ],
    ]);
    expect(result.summary).toBe('A wins with £1.00 per quality point; 5 disqualified.');
  });

  it('disqualifies no quality points, too few quality points and a missing price', () => {
    const perPoint = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q: 5 } },
        { id: 'B', price: 50, responses: { q: 0 } },
      ],
    );
    expect(perPoint.ranking.map((bid) => [bid.bid, bid.rank, messagesOf(bid)])).toEqual([
      ['A', 1, false],
      ['B', null, ['B scored no quality points, so its price per quality point has no value.']],
    ]);
    // A 4/5 × 50 + 50/100 × 50 = 65; B 30 + 50 = 80; C 1/5 × 50 + 10/100 × 50 = 15, below 45.
    const minimum = evaluateTenders(
      {
        minimumQualityPoints: 45,
        criteria: [
          { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 50,
            scoring: { method: 'relative-to-highest' },
          },
        ],
      },
      [
        { id: 'A', responses: { q: 4, sv: 50 } },
        { id: 'B', responses: { q: 3, sv: 100 } },
        { id: 'C', responses: { q: 1, sv: 10 } },
      ],
    );
    expect(
      minimum.ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString(), messagesOf(bid)]),
    ).toEqual([
      ['B', 1, '80', false],
      ['A', 2, '65', false],
      ['C', null, '15', ['C scored 15 quality points, below the minimum of 45.']],
    ]);
    // Weighted, missing input disqualifies: B has no price, C no mark. A's £100 is the lowest
    // qualifying price, so C's £80 scores the full 1 (capped).
    const weighted = evaluateTenders(
      {
        missingInput: 'disqualify',
        criteria: [
          { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
          { id: 'p', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q: 5 } },
        { id: 'B', responses: { q: 4 } },
        { id: 'C', price: 80, responses: {} },
      ],
    );
    expect(full(weighted)).toEqual([
      [
        'A',
        1,
        '100',
        [
          ['q: mark 5 on the 0-5 scale ÷ 5 = 1; × weight 50 = 50.', null],
          ['p: lowest qualifying price £100.00 ÷ price £100.00 = 1; × weight 50 = 50.', null],
        ],
        false,
      ],
      [
        'B',
        null,
        '40',
        [
          ['q: mark 4 on the 0-5 scale ÷ 5 = 0.8; × weight 50 = 40.', null],
          ['p: no input, scored 0.', null],
        ],
        [['missing-input', 'B gave no input for p (bids[1].price).', 'p']],
      ],
      [
        'C',
        null,
        '50',
        [
          ['q: no input, scored 0.', null],
          [
            'p: lowest qualifying price £100.00 ÷ price £80.00 = 1.25, capped at 1; × weight 50 = 50.',
            null,
          ],
        ],
        [['missing-input', 'C gave no input for q (bids[2].responses.q).', 'q']],
      ],
    ]);
    expect(weighted.summary).toBe('A wins with 100 of 100; 2 disqualified.');
  });

  it('excludes an abnormally low price and scores the others against the lowest left', () => {
    // The handbook example (see flagAbnormallyLow above): A at £800,000 is flagged; excluded, the
    // lowest qualifying price is B's £1,000,000: C 1,000,000 ÷ 1,050,000 = 0.952380…
    const result = evaluateTenders(
      {
        abnormallyLow: { action: 'exclude' },
        criteria: [
          { id: 'p', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 800000 },
        { id: 'B', price: 1000000 },
        { id: 'C', price: 1050000 },
        { id: 'D', price: 1100000 },
        { id: 'E', price: 1300000 },
      ],
    );
    expect(result.ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString()])).toEqual([
      ['B', 1, '100'],
      ['C', 2, '95.23809523809523809523809523809524'],
      ['D', 3, '90.90909090909090909090909090909091'],
      ['E', 4, '76.92307692307692307692307692307692'],
      ['A', null, '100'],
    ]);
    expect(result.ranking[1]!.criteria[0]!.reason).toBe(
      'p: lowest qualifying price £1,000,000.00 ÷ price £1,050,000.00 = 0.9524; × weight 100 = 95.2381.',
    );
    const out = result.ranking[4]!.disqualified;
    expect(out === false ? [] : out.findings.map((f) => [f.code, f.message])).toEqual([
      [
        'abnormally-low',
        'A was excluded as abnormally low: its price £800,000.00 is more than 15% below the adjusted average £987,500.00 (limit £839,375.00) and more than the proximity margin £10,000.00 below the lowest other price £1,000,000.00.',
      ],
    ]);
    expect(result.summary).toBe('B wins with 100 of 100; 1 disqualified.');
  });
});

describe('whatIf, weightSensitivity and defineEvaluation: more sentences and errors', () => {
  const model = {
    criteria: [
      { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'sv', kind: 'social-value', weight: 20, scoring: { method: 'relative-to-highest' } },
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    ],
  } as const satisfies EvaluationModelInput;
  const two: BidInput[] = [
    { id: 'A', price: 100, responses: { q: 4, sv: 100 } },
    { id: 'B', price: 120, responses: { q: 2, sv: 50 } },
  ];

  it('words a winner that stays, weights given as fractions, a bad total and an unknown bid', () => {
    // q 60, the others rescaled to 40: sv 16, price 24. A: 0.8 × 60 + 16 + 24 = 88.
    expect(whatIf(model, two, { weights: { q: 60 } }).summary).toBe(
      'The winner stays A (total 88).',
    );
    expect(thrown(() => whatIf(model, two, { weights: { q: 0.6, sv: 0.1 } }))).toEqual([
      'invalid-input',
      [
        // Price takes the 99.3 left: 0.6 + 0.1 + 99.3.
        'Invalid changes: each changed weight is below 1 and could be a fraction; for points, give every weight with rescale: false (q: 0.6, sv: 0.1 and price: 99.3).',
        '  - changes.weights.q: expected a weight in percentage points from 0 to 100, received 0.6: as points that is 0.6 of 100, as a fraction 60 points (did you mean 60?)',
        '  - changes.weights.sv: expected a weight in percentage points from 0 to 100, received 0.1: as points that is 0.1 of 100, as a fraction 10 points (did you mean 10?)',
      ].join('\n'),
    ]);
    // Not rescaled: 60 + 20 + 30 = 110.
    expect(thrown(() => whatIf(model, two, { weights: { q: 60 }, rescale: false }))).toEqual([
      'weights-do-not-sum',
      'The criteria weights sum to 110, not 100 percentage points.\n  - changes.weights: expected weights summing to exactly 100 percentage points, received 110',
    ]);
    expect(thrown(() => whatIf(model, two, { prices: { Z: 10 } }))).toEqual([
      'invalid-input',
      'Invalid changes: 1 problem.\n  - changes.prices.Z: expected a bid id, received "Z" (did you mean "A" or "B"?)',
    ]);
  });

  it('words a winner whatever the weights, and no single winner', () => {
    // Value for money (£2 per point): A 48 + 40 = 88 points at £100, B 24 + 20 = 44 at £120;
    // A is ahead on every criterion and cheaper, so no weight changes the winner.
    const valueForMoney = weightSensitivity(
      {
        method: 'value-for-money',
        willingnessToPay: 2,
        criteria: [
          { id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 40,
            scoring: { method: 'relative-to-highest' },
          },
        ],
      },
      two,
    );
    expect(valueForMoney.criteria.map((criterion) => criterion.reason)).toEqual([
      'A stays the winner while q weighs from 0 to 100 points (now 60, other weights rescaled in proportion).',
      'A stays the winner while sv weighs from 0 to 100 points (now 40, other weights rescaled in proportion).',
    ]);
    expect(valueForMoney.summary).toBe('A wins whatever the weights.');
    const tied = weightSensitivity(model, [
      { id: 'A', price: 100, responses: { q: 4, sv: 100 } },
      { id: 'B', price: 100, responses: { q: 4, sv: 100 } },
    ]);
    expect(tied.winner).toBe(null);
    expect(tied.criteria.map((criterion) => [criterion.reason, criterion.range])).toEqual([
      ['There is no single winner to test.', null],
      ['There is no single winner to test.', null],
      ['There is no single winner to test.', null],
    ]);
    // 0.8 × 50 + 20 + 30 = 90 each.
    expect(tied.summary).toBe(
      'No single winner: A and B tie for first place with 90 of 100: no winner until the tie is settled.',
    );
  });

  it('words weights that do not add up, and a price method on a quality criterion', () => {
    const criteria = (q: number, p: number) => [
      { id: 'q', kind: 'quality', weight: q, scoring: { method: 'scale', scale: '0-5' } } as const,
      { id: 'p', kind: 'price', weight: p, scoring: { method: 'relative-to-lowest' } } as const,
    ];
    expect(thrown(() => defineEvaluation({ criteria: criteria(0.5, 0.5) }))).toEqual([
      'weights-do-not-sum',
      'The criteria weights sum to 1, not 100 percentage points: weights are percentage points, not fractions (did you mean 50 and 50?).\n  - model.criteria: expected weights summing to exactly 100 percentage points, received 1: weights are percentage points, not fractions (did you mean 50 and 50?)',
    ]);
    expect(thrown(() => defineEvaluation({ criteria: criteria(50, 40) }))).toEqual([
      'weights-do-not-sum',
      'The criteria weights sum to 90, not 100 percentage points.\n  - model.criteria: expected weights summing to exactly 100 percentage points, received 90',
    ]);
    const subs = caught(() =>
      defineEvaluation({
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 60,
            subCriteria: [
              { id: 'a', weight: 20, scoring: { method: 'scale', scale: '0-5' } },
              { id: 'b', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
            ],
          },
          { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      }),
    );
    expect([subs.code, subs.message, subs.details]).toEqual([
      'weights-do-not-sum',
      'The sub-criteria of "q" weigh 50, not its weight 60.\n  - model.criteria[0].weight: expected 50 (the sum of its sub-criteria), received 60',
      { criterion: 'q', sum: '50' },
    ]);
    expect(
      thrown(() =>
        defineEvaluation({
          criteria: [
            {
              id: 'q',
              kind: 'quality',
              weight: 100,
              scoring: { method: 'linear', fullMarksAt: 1, zeroAt: 2 },
            },
          ],
        }),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid evaluation model: 1 problem.\n  - model.criteria[0].scoring.method: expected a method for a quality criterion, received price method "linear"',
    ]);
  });

  it('keeps the optional parts of a model, and lists disqualified bids in id order', () => {
    const checked = defineEvaluation({
      name: 'M',
      minimumQualityPoints: 10,
      rounding: { places: 2 },
      abnormallyLow: { action: 'flag' },
      criteria: [
        {
          id: 'q',
          kind: 'quality',
          weight: 100,
          minimumScoreShare: '0.2',
          minimumMark: 1,
          scoring: { method: 'scale', scale: '0-5' },
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(checked))).toEqual({
      kind: 'evaluation-model',
      schemaVersion: 1,
      name: 'M',
      method: 'weighted',
      minimumQualityPoints: '10',
      criteria: [
        {
          id: 'q',
          kind: 'quality',
          name: 'q',
          weight: '100',
          scoring: { method: 'scale', scale: '0-5', marks: ['0', '1', '2', '3', '4', '5'] },
          minimumScoreShare: '0.2',
          minimumMark: '1',
        },
      ],
      tieBreak: [],
      rounding: { places: 2, mode: 'half-up' },
      missingInput: 'error',
      abnormallyLow: {
        belowAverageShare: '0.15',
        proximityShare: '0.01',
        proximityMin: '1000',
        proximityMax: '100000',
        action: 'flag',
      },
    });
    const result = evaluateTenders(
      {
        missingInput: 'disqualify',
        method: 'value-for-money',
        willingnessToPay: 1,
        criteria: [
          { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      [
        { id: 'C', price: 50, responses: {} },
        { id: 'D', price: 10, responses: { q: 5 } },
        { id: 'B', price: 90, responses: {} },
        { id: 'A', responses: { q: 5 } },
      ],
    );
    expect(result.ranking.map((bid) => [bid.bid, bid.rank, bid.price?.toString() ?? null])).toEqual(
      [
        ['D', 1, '10'],
        ['A', null, null],
        ['B', null, '90'],
        ['C', null, '50'],
      ],
    );
  });
});
