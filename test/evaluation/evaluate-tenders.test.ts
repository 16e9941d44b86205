import { describe, expect, it } from 'vitest';
import {
  type BidInput,
  defineEvaluation,
  type EvaluationModelInput,
  evaluateTenders,
  flagAbnormallyLow,
  type RankedBid,
  type ResponseInput,
  type SocialValueError,
} from '../../src/index.js';
import { caught } from '../errors.js';

const range = (top: number) => Array.from({ length: top + 1 }, (_, mark) => mark);
const totals = (ranking: readonly RankedBid[]) =>
  Object.fromEntries(ranking.map((bid) => [bid.bid, bid.total.toString()]));
const score = (bid: RankedBid | undefined | null, id: string) =>
  bid?.criteria.find((criterion) => criterion.criterion === id);

const paths = (error: SocialValueError) => error.issues.map((issue) => issue.path);

describe('worked examples from public guidance', () => {
  it('reproduces the Crown Commercial Service Digital Marketplace fixed-quote example', () => {
    // Source: Crown Commercial Service, Digital Marketplace buyers' guide, "Fixed quotes": divide
    // the cheapest quote by each supplier's quote. A £15,000 scores 0.667, B £10,000 scores 1,
    // C £30,000 scores 0.333 (quoted by Public Spend Forum Europe, 17 May 2016,
    // http://publicspendforumeurope.com/2016/05/17/evaluating-and-scoring-price-questionable-advice-from-crown-commercial-service/
    // and by Shakespeare Martineau, https://www.shma.co.uk/our-thoughts/evaluating-price-in-tenders-new-guidance-on-new-practices/).
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 15000 },
        { id: 'B', price: 10000 },
        { id: 'C', price: 30000 },
      ],
    );
    const shares = Object.fromEntries(
      result.ranking.map((bid) => [
        bid.bid,
        bid.criteria[0]!.scoreShare.toDecimalPlaces(3).toString(),
      ]),
    );
    expect(shares).toEqual({ A: '0.667', B: '1', C: '0.333' });
    expect(result.ranking.map((bid) => bid.bid)).toEqual(['B', 'A', 'C']);
    // Exact, not rounded: 10,000 / 15,000 × 100 is 66.666… and the lowest is exactly 100.
    expect(result.ranking[0]?.total.toString()).toBe('100');
    expect(result.ranking[1]?.total.toFixed(6)).toBe('66.666667');
  });

  it('reproduces the Negometrix "low bid scoring formula" example (A 73%, B 72%)', () => {
    // Source: Negometrix support, "Low bid scoring formula" (relative to lowest bid score):
    // https://support-us.negometrix.com/support/solutions/articles/44001761046-low-bid-scoring-formula
    // Experience 30% (max 60 points), quality assurance 20% (max 40), time 15% (max 30),
    // price 35%. A: 40, 30, 20 and $10,000; B: 32, 20, 22 and $8,000. Price score
    // 8,000 / 10,000 × 70 = 56 points (28%) for A and 70 points (35%) for B. A: 73%, B: 72%.
    const model = defineEvaluation({
      criteria: [
        {
          id: 'experience',
          kind: 'quality',
          weight: 30,
          scoring: { method: 'scale', scale: { marks: range(60) } },
        },
        {
          id: 'assurance',
          kind: 'quality',
          weight: 20,
          scoring: { method: 'scale', scale: { marks: range(40) } },
        },
        {
          id: 'time',
          kind: 'quality',
          weight: 15,
          scoring: { method: 'scale', scale: { marks: range(30) } },
        },
        { id: 'price', kind: 'price', weight: 35, scoring: { method: 'relative-to-lowest' } },
      ],
    });
    const result = evaluateTenders(model, [
      { id: 'A', price: 10000, responses: { experience: 40, assurance: 30, time: 20 } },
      { id: 'B', price: 8000, responses: { experience: 32, assurance: 20, time: 22 } },
    ]);
    expect(totals(result.ranking)).toEqual({ A: '73', B: '72' });
    expect(result.winner?.bid).toBe('A');
    const priceA = score(result.winner, 'price');
    expect(priceA?.weightedScore.toString()).toBe('28');
    expect(priceA?.inputs.lowest?.toString()).toBe('8000');
    expect(priceA?.formula).toBe('lowest price ÷ price');
  });

  it('scores price as (lowest price ÷ bid price) × weighting, the commonest UK formula', () => {
    // Source: procurementtemplates.co.uk, "Price evaluation & commercial score explained":
    // price weighted 30%, score = (lowest price ÷ price of the tender evaluated) × 30.
    // By hand: lowest £80,000; a £100,000 tender scores 80,000 / 100,000 × 30 = 24.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 70,
            scoring: { method: 'scale', scale: '0-100' },
          },
          { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'low', price: 80000, responses: { quality: 50 } },
        { id: 'mid', price: 100000, responses: { quality: 75 } },
      ],
    );
    const mid = result.ranking.find((bid) => bid.bid === 'mid');
    expect(score(mid, 'price')?.weightedScore.toString()).toBe('24');
    // Quality on the 0/25/50/75/100 scale: 75 ÷ 100 × 70 = 52.5; total 76.5 against 35 + 30 = 65.
    expect(totals(result.ranking)).toEqual({ mid: '76.5', low: '65' });
  });
});

describe('price methods, by hand', () => {
  const bids: BidInput[] = [
    { id: 'A', price: 900 },
    { id: 'B', price: 1000 },
    { id: 'C', price: 1100 },
    { id: 'D', price: 1400 },
  ];

  it('linear between buyer bounds: full marks at or below the floor, none at or above the ceiling', () => {
    // Floor 1000, ceiling 1200: A (900) 1; B (1000) 1; C (1100) (1200 − 1100) / 200 = 0.5; D 0.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 100,
            scoring: { method: 'linear', fullMarksAt: 1000, zeroAt: 1200 },
          },
        ],
        tieBreak: ['lower-price'],
      },
      bids,
    );
    expect(totals(result.ranking)).toEqual({ A: '100', B: '100', C: '50', D: '0' });
    // A and B tie on total; the lower price places A first.
    expect(result.ranking.map((bid) => [bid.bid, bid.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 4],
    ]);
    expect(result.ties).toEqual([
      {
        bids: ['A', 'B'],
        decided: true,
        decidedBy: ['lower-price'],
        reason: 'A and B tie on total; the tie-break (lower-price) orders them.',
      },
    ]);
    expect(result.ranking[0]?.tie).toEqual({ group: 0, decidedBy: 'lower-price' });
  });

  it('mean-based: the mean scores 50, one point per percent, clamped', () => {
    // Mean of 900, 1000, 1100, 1400 = 1100. A is 18.18…% below: 68.18…; B 9.09…% below:
    // 59.09…; C at the mean: 50; D 27.27…% above: 22.72…. With 2 points per percent D falls
    // to 50 − 54.54… = below 0, clamped to 0.
    const model: EvaluationModelInput = {
      criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'mean-based' } }],
    };
    const result = evaluateTenders(model, bids);
    const c = result.ranking.find((bid) => bid.bid === 'C');
    expect(c?.total.toString()).toBe('50');
    expect(score(c, 'price')?.inputs.mean?.toString()).toBe('1100');
    const a = result.ranking.find((bid) => bid.bid === 'A');
    expect(a?.total.toFixed(6)).toBe('68.181818');
    const steep = evaluateTenders(
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 100,
            scoring: { method: 'mean-based', pointsPerPercent: 2 },
          },
        ],
      },
      bids,
    );
    expect(steep.ranking.find((bid) => bid.bid === 'D')?.total.toString()).toBe('0');
  });
});

describe('quality marks', () => {
  const model: EvaluationModelInput = {
    criteria: [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      {
        id: 'delivery',
        kind: 'quality',
        weight: 40,
        scoring: { method: 'scale', scale: '0-4', combine: 'mean' },
      },
    ],
  };

  it('combines evaluators by mean, or takes the moderated mark', () => {
    // quality: moderated 4 of 5 → 0.8 × 60 = 48 (the raw marks 3, 4, 5 are kept).
    // delivery (mean forced): (2 + 3 + 3) / 3 = 8/3 of 4 → 2/3 × 40 = 26.666…
    const result = evaluateTenders(model, [
      {
        id: 'A',
        responses: {
          quality: { marks: [3, 4, 5], moderated: 4 },
          delivery: { marks: [2, 3, 3], moderated: 4 },
        },
      },
    ]);
    const quality = score(result.winner, 'quality');
    expect(quality?.raw?.toString()).toBe('4');
    expect(quality?.marks?.map(String)).toEqual(['3', '4', '5']);
    expect(quality?.weightedScore.toString()).toBe('48');
    const delivery = score(result.winner, 'delivery');
    // 8 ÷ 12 to 34 significant digits (every division of the library is).
    expect(delivery?.scoreShare.toString()).toBe('0.6666666666666666666666666666666667');
    expect(delivery?.weightedScore.toFixed(10)).toBe('26.6666666667');
  });

  it('rejects a mark outside its scale with the path of the mark', () => {
    const error = caught(() =>
      evaluateTenders(model, [
        { id: 'A', responses: { quality: 4, delivery: 4 } },
        { id: 'B', responses: { quality: { marks: [4, 6] }, delivery: 2.5 } },
      ]),
    );
    expect(error.code).toBe('mark-out-of-scale');
    expect(paths(error)).toEqual([
      'bids[1].responses.quality.marks[1]',
      'bids[1].responses.delivery',
    ]);
  });

  it('disqualifies below a minimum mark, and scores price against the bids still in', () => {
    // B (lowest price 800) fails the quality minimum of 2, so the lowest qualifying price is
    // A's 1000: A scores 1000/1000 × 40 = 40 and 3/5 × 60 = 36, total 76.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 60,
            minimumMark: 2,
            scoring: { method: 'scale', scale: '0-5' },
          },
          { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 1000, responses: { quality: 3 } },
        { id: 'B', price: 800, responses: { quality: 1 } },
      ],
    );
    expect(result.winner?.total.toString()).toBe('76');
    expect(score(result.winner, 'price')?.inputs.lowest?.toString()).toBe('1000');
    const b = result.ranking[1];
    expect(b?.rank).toBeNull();
    expect(b?.disqualified).not.toBe(false);
    if (b?.disqualified) {
      expect(b.disqualified.findings).toEqual([
        {
          code: 'below-minimum',
          severity: 'error',
          criterion: 'quality',
          message: 'B was marked 1 on quality, below the minimum mark of 2.',
        },
      ]);
    }
  });
});

describe('a criterion split into sub-criteria that weigh 0 (a pass/fail gate)', () => {
  const gate: EvaluationModelInput = {
    criteria: [
      {
        id: 'quality',
        kind: 'quality',
        minimumScoreShare: '0.5',
        subCriteria: [
          { id: 'method', weight: 0, scoring: { method: 'scale', scale: '0-5' } },
          { id: 'staff', weight: 0, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
    ],
  };

  it('scores the share of the marks as the mean of its sub-criteria, so its minimum can be met', () => {
    // A: 0/5 and 0/5, share 0; B: 5/5 and 4/5, share (1 + 0.8) ÷ 2 = 0.9; C: 3/5 and 1/5, share
    // 0.4. The gate of 50% keeps B only (it used to disqualify every bid: a share of 0 for all).
    const result = evaluateTenders(gate, [
      { id: 'A', price: 100, responses: { method: 0, staff: 0 } },
      { id: 'B', price: 110, responses: { method: 5, staff: 4 } },
      { id: 'C', price: 90, responses: { method: 3, staff: 1 } },
    ]);
    expect(result.winner?.bid).toBe('B');
    expect(
      result.ranking.map((bid) => [
        bid.bid,
        bid.rank,
        score(bid, 'quality')?.scoreShare.toString(),
      ]),
    ).toEqual([
      ['B', 1, '0.9'],
      ['A', null, '0'],
      ['C', null, '0.4'],
    ]);
    expect(result.ranking[2]?.disqualified).toEqual({
      findings: [
        {
          code: 'below-minimum',
          severity: 'error',
          criterion: 'quality',
          message: 'C scored 40% of the marks on quality, below the minimum of 50%.',
        },
      ],
    });
    // Its weighted score is still 0 points, and B's price is the lowest qualifying one.
    expect(score(result.winner, 'quality')?.weightedScore.toString()).toBe('0');
    expect(result.winner?.total.toString()).toBe('100');
  });
});

describe('social value', () => {
  it("relative to the highest offer, reading a Valuation snapshot's total", () => {
    const storedValuation = {
      kind: 'valuation',
      schemaVersion: 1,
      total: '200000',
      byTheme: { jobs: '200000' },
      lines: [],
    } as const;
    // 10 × 50,000 / 200,000 = 2.5; the highest offer scores the full 10. A's offer is the JSON
    // of a 0.2 Valuation kept without lines: its total is read, checked against its theme values.
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 90, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'relative-to-highest' },
          },
        ],
      },
      [
        { id: 'A', price: 100, responses: { sv: storedValuation } },
        { id: 'B', price: 100, responses: { sv: 50000 } },
      ],
    );
    expect(totals(result.ranking)).toEqual({ A: '100', B: '92.5' });
  });

  it('on SVA against the bid price, capped at the target', () => {
    // A: 150,000 / 1,000,000 = 15% of a 20% target → 0.75 × 20 = 15.
    // B: 300,000 / 1,000,000 = 30%, capped at 20% → 20.
    // With a contract value of £1,500,000: A 10% → 0.5 × 20 = 10.
    const criteria = (contractValue?: number): EvaluationModelInput => ({
      criteria: [
        { id: 'price', kind: 'price', weight: 80, scoring: { method: 'relative-to-lowest' } },
        {
          id: 'sv',
          kind: 'social-value',
          weight: 20,
          scoring: {
            method: 'sva',
            targetRatio: '0.2',
            ...(contractValue === undefined ? {} : { contractValue }),
          },
        },
      ],
    });
    const bids = [
      { id: 'A', price: 1000000, responses: { sv: 150000 } },
      { id: 'B', price: 1000000, responses: { sv: 300000 } },
    ];
    const result = evaluateTenders(criteria(), bids);
    expect(totals(result.ranking)).toEqual({ B: '100', A: '95' });
    expect(score(result.ranking[1], 'sv')?.inputs.socialValueAddedRatio?.toString()).toBe('0.15');
    const fixed = evaluateTenders(criteria(1500000), bids);
    expect(score(fixed.ranking[1], 'sv')?.weightedScore.toString()).toBe('10');
  });

  it('blends a quantitative and a qualitative half with a stated split', () => {
    // Split 50/50, weight 20. A: offer 100,000 of the highest 200,000 → 0.5; marks 4/4 → 1;
    // blend 0.75 × 20 = 15. B: offer 1 → 1; mark 2/4 → 0.5; blend 0.75 → 15: a tie, declared.
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
              quantitativeShare: '0.5',
            },
          },
        ],
      },
      [
        { id: 'A', price: 50, responses: { sv: { offer: 100000, mark: 4 } } },
        { id: 'B', price: 50, responses: { sv: { offer: { total: 200000 }, marks: [2] } } },
      ],
    );
    expect(totals(result.ranking)).toEqual({ A: '95', B: '95' });
    expect(result.winner).toBeNull();
    expect(result.ranking.map((bid) => bid.rank)).toEqual([1, 1]);
    expect(result.ties[0]).toMatchObject({ bids: ['A', 'B'], decided: false, decidedBy: [] });
    expect(result.summary).toContain('tie for first place');
  });
});

describe('price per quality point and value for money', () => {
  const quality = [
    {
      id: 'quality',
      kind: 'quality' as const,
      weight: 100,
      scoring: { method: 'scale' as const, scale: '0-100' as const },
    },
  ];
  const bids = [
    { id: 'A', price: 60000, responses: { quality: 75 } },
    { id: 'B', price: 40000, responses: { quality: 50 } },
    { id: 'C', price: 20000, responses: { quality: 25 } },
  ];

  it('price per quality point: lowest price ÷ quality wins, after the quality minimum', () => {
    // A 60,000 / 75 = 800; B 40,000 / 50 = 800; C 20,000 / 25 = 800, but C is below the
    // minimum of 40 points. A and B tie at £800 a point; higher quality places A first.
    const result = evaluateTenders(
      {
        method: 'price-per-quality-point',
        criteria: quality,
        minimumQualityPoints: 40,
        tieBreak: ['higher-quality'],
      },
      bids,
    );
    expect(result.better).toBe('lower');
    expect(result.ranking.map((bid) => [bid.bid, bid.rank, bid.rankingValue.toString()])).toEqual([
      ['A', 1, '800'],
      ['B', 2, '800'],
      ['C', null, '800'],
    ]);
    expect(result.winner?.bid).toBe('A');
  });

  it('value for money: price − quality points × willingness to pay, lowest wins', () => {
    // £500 a point: A 60,000 − 37,500 = 22,500; B 40,000 − 25,000 = 15,000;
    // C 20,000 − 12,500 = 7,500 → C wins. At £1,000 a point: A −15,000 wins.
    const cheap = evaluateTenders(
      { method: 'value-for-money', willingnessToPay: 500, criteria: quality },
      bids,
    );
    expect(cheap.ranking.map((bid) => [bid.bid, bid.rankingValue.toString()])).toEqual([
      ['C', '7500'],
      ['B', '15000'],
      ['A', '22500'],
    ]);
    const dear = evaluateTenders(
      { method: 'value-for-money', willingnessToPay: 1000, criteria: quality },
      bids,
    );
    expect(dear.winner?.bid).toBe('A');
    expect(dear.winner?.rankingValue.toString()).toBe('-15000');
  });
});

describe('minimum quality points in a weighted model with a price criterion', () => {
  it("counts the quality criteria's points, not the price's", () => {
    // Quality 60 (0-5), price 40 (lowest price ÷ price), at least 30 quality points. A: mark 0,
    // £1: 0 quality points (and 40 price points, a total of 40). C: mark 2, £1: 24 quality
    // points. B: mark 5, £2: 60 + 20 = 80. A and C are below 30 quality points, whatever their
    // price scores; the sentence names the quality points, not the total.
    const result = evaluateTenders(
      {
        minimumQualityPoints: 30,
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 60,
            scoring: { method: 'scale', scale: '0-5' },
          },
          { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 1, responses: { quality: 0 } },
        { id: 'B', price: 2, responses: { quality: 5 } },
        { id: 'C', price: 1, responses: { quality: 2 } },
      ],
    );
    expect(
      result.ranking.map((bid) => [
        bid.bid,
        bid.rank,
        bid.disqualified === false ? false : bid.disqualified.findings.map((f) => f.message),
      ]),
    ).toEqual([
      ['B', 1, false],
      ['A', null, ['A scored 0 quality points, below the minimum of 30.']],
      ['C', null, ['C scored 24 quality points, below the minimum of 30.']],
    ]);
  });
});

describe('bad input and missing input', () => {
  const model: EvaluationModelInput = {
    criteria: [
      { id: 'quality', kind: 'quality', weight: 70, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    ],
  };

  it('rejects a zero or negative price with its path', () => {
    const error = caught(() =>
      evaluateTenders(model, [
        { id: 'A', price: 100, responses: { quality: 3 } },
        { id: 'B', price: 0, responses: { quality: 3 } },
        { id: 'C', price: '-5', responses: { quality: 3 } },
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toEqual(['bids[1].price', 'bids[2].price']);
  });

  it('rejects a bid id used twice', () => {
    const error = caught(() =>
      evaluateTenders(model, [
        { id: 'A', price: 100, responses: { quality: 3 } },
        { id: 'A', price: 90, responses: { quality: 3 } },
      ]),
    );
    expect(error.code).toBe('duplicate-bid');
    expect(paths(error)).toEqual(['bids[1].id']);
  });

  it('rejects bid ids that differ only in case, spaces, invisible characters or Unicode form', () => {
    // "Acme" and "ACME " print as one bidder in every sentence ("ACME  wins…"): they used to be
    // two bids. So are "Café" written with é and with e + a combining accent, which look the same.
    const error = caught(() =>
      evaluateTenders(model, [
        { id: 'Acme', price: 100, responses: { quality: 3 } },
        { id: 'ACME ', price: 90, responses: { quality: 3 } },
        { id: 'Caf\u00e9', price: 80, responses: { quality: 3 } },
        { id: 'Cafe\u0301', price: 80, responses: { quality: 4 } },
        { id: 'B\u00a0Ltd', price: 80, responses: { quality: 4 } },
        { id: 'b ltd', price: 80, responses: { quality: 4 } },
        // A zero-width space and a direction mark, pasted in with the name: invisible in print.
        { id: 'Delta\u200b', price: 70, responses: { quality: 4 } },
        { id: '\u200eDelta', price: 70, responses: { quality: 4 } },
      ]),
    );
    expect(error.code).toBe('duplicate-bid');
    // A no-break space is shown escaped (\u00a0), so the message says why the two differ.
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'bids[1].id',
        'expected a unique bid id, "ACME " is used twice (bids[0].id is "Acme" but for case, spaces, invisible characters or Unicode form)',
      ],
      [
        'bids[3].id',
        'expected a unique bid id, "Cafe\u0301" is used twice (bids[2].id is "Caf\u00e9" but for case, spaces, invisible characters or Unicode form)',
      ],
      [
        'bids[5].id',
        'expected a unique bid id, "b ltd" is used twice (bids[4].id is "B\\u00a0Ltd" but for case, spaces, invisible characters or Unicode form)',
      ],
      [
        'bids[7].id',
        'expected a unique bid id, "\\u200eDelta" is used twice (bids[6].id is "Delta\\u200b" but for case, spaces, invisible characters or Unicode form)',
      ],
    ]);
    // The same in every function reading bids; ids that read differently stay apart.
    expect(
      caught(() =>
        flagAbnormallyLow([
          { id: 'a', price: 1 },
          { id: 'A', price: 2 },
        ]),
      ).code,
    ).toBe('duplicate-bid');
    const apart = evaluateTenders(model, [
      { id: 'A1', price: 100, responses: { quality: 3 } },
      { id: 'A 1', price: 90, responses: { quality: 3 } },
      { id: '__proto__', price: 90, responses: { quality: 4 } },
    ]);
    expect(apart.ranking.map((bid) => bid.bid)).toEqual(['__proto__', 'A 1', 'A1']);
  });

  it('rejects a missing input, or disqualifies when the model allows it', () => {
    const bids = [
      { id: 'A', price: 100, responses: { quality: 3 } },
      { id: 'B', responses: { quality: 4 } },
      { id: 'C', price: 120 },
    ];
    const error = caught(() => evaluateTenders(model, bids));
    expect(error.code).toBe('missing-input');
    expect(paths(error)).toEqual(['bids[1].price', 'bids[2].responses.quality']);

    const result = evaluateTenders({ ...model, missingInput: 'disqualify' }, bids);
    expect(result.winner?.bid).toBe('A');
    expect(result.ranking.map((bid) => bid.rank)).toEqual([1, null, null]);
    const reasons = result.ranking.flatMap((bid) =>
      bid.disqualified === false ? [] : bid.disqualified.findings.map((reason) => reason.code),
    );
    expect(reasons).toEqual(['missing-input', 'missing-input']);
  });

  it('refuses a response giving both mark and marks', () => {
    // { mark: 5, marks: [1, 3] } used to be pooled into the mean of 5, 1 and 3 (= 3): which one
    // the buyer meant cannot be told, so it is refused at the response's mark.
    const error = caught(() =>
      evaluateTenders(model, [
        { id: 'A', price: 100, responses: { quality: 3 } },
        { id: 'B', price: 90, responses: { quality: { mark: 5, marks: [1, 3] } } },
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toMatchObject([
      {
        path: 'bids[1].responses.quality.mark',
        message: "expected either mark (one mark) or marks (several evaluators' marks), not both",
      },
    ]);
    // Each alone, and either with a moderated mark, is read as before.
    const alone = evaluateTenders(model, [
      { id: 'A', price: 100, responses: { quality: { mark: 5, moderated: 4 } } },
      { id: 'B', price: 100, responses: { quality: { marks: [1, 3] } } },
    ]);
    // A: moderated 4 ÷ 5 × 70 = 56, + 30 = 86; B: mean 2 ÷ 5 × 70 = 28, + 30 = 58.
    expect(alone.ranking.map((bid) => bid.total.toString())).toEqual(['86', '58']);
  });

  it('refuses a part of a response its criterion does not read (an offer on marks, marks on an offer)', () => {
    // { mark: 4, offer: 100 } on a scale criterion used to score the mark and drop the offer
    // unseen (and { mark: 4, offer: 100 } on an offer criterion the mark): only a blend reads
    // both. Refused at the response, naming what the criterion reads, under any missingInput.
    const withOffer = caught(() =>
      evaluateTenders({ ...model, missingInput: 'disqualify' }, [
        { id: 'A', price: 100, responses: { quality: 3 } },
        { id: 'B', price: 90, responses: { quality: { mark: 4, offer: 100 } } },
      ]),
    );
    expect(withOffer.code).toBe('invalid-input');
    expect(withOffer.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'bids[1].responses.quality',
        'expected marks (mark, marks or moderated): a scale criterion reads no £ offer (offer or total); only relative-to-highest, sva and blend do',
      ],
    ]);
    const offers: EvaluationModelInput = {
      criteria: [
        { id: 'sv', kind: 'social-value', weight: 70, scoring: { method: 'relative-to-highest' } },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const withMark = caught(() =>
      evaluateTenders(offers, [
        { id: 'A', price: 100, responses: { sv: { offer: 100, mark: 4 } } },
      ]),
    );
    expect(withMark.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'bids[0].responses.sv',
        'expected a £ offer (offer or total): a relative-to-highest criterion reads no marks (mark, marks or moderated); only scale and blend do',
      ],
    ]);
    // Each alone is read as before: A's offer 100 is the highest, 70 + 30 = 100.
    const alone = evaluateTenders(offers, [
      { id: 'A', price: 100, responses: { sv: { offer: 100 } } },
    ]);
    expect(alone.ranking[0]?.total.toString()).toBe('100');
  });

  it('reads a response given as undefined as missing, under the missing-input policy', () => {
    // B's quality is `undefined`, as `{ quality: form.quality }` gives for an empty field: a
    // missing response. Disqualified, B is out; A alone is in: quality 3 ÷ 5 × 70 = 42, price
    // 100 ÷ 100 × 30 = 30, total 72.
    const bids = [
      { id: 'A', price: 100, responses: { quality: 3 } },
      { id: 'B', price: 90, responses: { quality: undefined } },
    ];
    const error = caught(() => evaluateTenders(model, bids));
    expect(error.code).toBe('missing-input');
    expect(paths(error)).toEqual(['bids[1].responses.quality']);
    const result = evaluateTenders({ ...model, missingInput: 'disqualify' }, bids);
    expect(result.winner?.bid).toBe('A');
    expect(result.winner?.total.toString()).toBe('72');
    const b = result.ranking.find((bid) => bid.bid === 'B');
    expect(b?.disqualified === false ? null : b?.disqualified.findings[0]?.code).toBe(
      'missing-input',
    );
    // The key still names a criterion: a slip is refused whatever its value.
    const slip = caught(() =>
      evaluateTenders(model, [{ id: 'A', price: 100, responses: { qualty: undefined } }]),
    );
    expect(slip.issues).toMatchObject([
      { path: 'bids[0].responses.qualty', message: expect.stringContaining('"quality"') },
    ]);
  });

  it('excludes an abnormally low price when the buyer chose to', () => {
    // Adjusted average without the highest (1,300,000): 987,500; 85% is 839,375. A (700,000)
    // is below it and £300,000 below the next price, beyond the £10,000 margin.
    const bids = [700000, 1000000, 1050000, 1100000, 1300000].map((price, index) => ({
      id: `T${index + 1}`,
      price,
      responses: { quality: 3 },
    }));
    const flagged = evaluateTenders({ ...model, abnormallyLow: { action: 'flag' } }, bids);
    expect(flagged.winner?.bid).toBe('T1');
    expect(flagged.winner?.abnormallyLow?.flagged).toBe(true);
    const excluded = evaluateTenders({ ...model, abnormallyLow: { action: 'exclude' } }, bids);
    expect(excluded.winner?.bid).toBe('T2');
    const t1 = excluded.ranking.find((bid) => bid.bid === 'T1');
    expect(t1?.disqualified === false ? null : t1?.disqualified.findings[0]?.code).toBe(
      'abnormally-low',
    );
  });
});

describe('abnormally low prices among the bids still in', () => {
  it('leaves out of the check the bids already disqualified for missing input', () => {
    const model: EvaluationModelInput = {
      missingInput: 'disqualify',
      abnormallyLow: { action: 'exclude' },
      criteria: [
        { id: 'quality', kind: 'quality', weight: 70, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    // X (no quality response) is out before the check. Among A, B, C, D: adjusted average
    // without D (1,300,000) is (830,000 + 1,000,000 + 1,050,000) / 3 = 960,000, limit 816,000:
    // A at 830,000 is above it, so not abnormally low, and A wins (quality 3 ÷ 5 × 70 = 42,
    // price 30: 72). Counting X's 5,000,000 would have made the highest 5,000,000 and the
    // adjusted average (830,000 + 1,000,000 + 1,050,000 + 1,300,000) / 4 = 1,045,000, limit
    // 888,250, excluding A on the price of a bid that does not qualify.
    const bids = [
      { id: 'A', price: 830000, responses: { quality: 3 } },
      { id: 'B', price: 1000000, responses: { quality: 3 } },
      { id: 'C', price: 1050000, responses: { quality: 3 } },
      { id: 'D', price: 1300000, responses: { quality: 3 } },
      { id: 'X', price: 5000000, responses: {} },
    ];
    const result = evaluateTenders(model, bids);
    expect(result.winner?.bid).toBe('A');
    expect(result.winner?.total.toString()).toBe('72');
    expect(result.winner?.abnormallyLow?.adjustedAverage?.toString()).toBe('960000');
    expect(result.winner?.abnormallyLow?.flagged).toBe(false);
    const x = result.ranking.find((bid) => bid.bid === 'X');
    expect(x?.abnormallyLow).toBeNull();
    expect(x?.disqualified === false ? null : x?.disqualified.findings[0]?.code).toBe(
      'missing-input',
    );
  });
});

describe('ties and rounding', () => {
  it('rounds published weighted scores with the named mode, and the total follows', () => {
    // 1/3 × 30 = 10 exactly; 2/3 × 70 = 46.666… → 46.67 half-up; total 56.67.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'a',
            kind: 'quality',
            weight: 30,
            scoring: { method: 'scale', scale: { marks: [0, 1, 3] } },
          },
          {
            id: 'b',
            kind: 'quality',
            weight: 70,
            scoring: { method: 'scale', scale: { marks: [0, 2, 3] } },
          },
        ],
        rounding: { places: 2 },
      },
      [{ id: 'A', responses: { a: 1, b: 2 } }],
    );
    expect(result.winner?.total.toString()).toBe('56.67');
    expect(result.rounding).toEqual({ places: 2, mode: 'half-up' });
    expect(score(result.winner, 'b')?.unroundedWeightedScore?.toFixed(4)).toBe('46.6667');
  });

  it('breaks ties on a named criterion, then declares what is left', () => {
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'q', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-4' } },
          {
            id: 'e',
            kind: 'environmental',
            weight: 50,
            scoring: { method: 'scale', scale: '0-4' },
          },
        ],
        tieBreak: [{ criterion: 'e' }],
      },
      [
        { id: 'C', responses: { q: 3, e: 1 } },
        { id: 'A', responses: { q: 2, e: 2 } },
        { id: 'B', responses: { q: 1, e: 3 } },
        { id: 'D', responses: { q: 3, e: 1 } },
      ],
    );
    // All total 50. e decides B (37.5) > A (25) > C = D (12.5), still tied.
    expect(result.ranking.map((bid) => [bid.bid, bid.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['C', 3],
      ['D', 3],
    ]);
    expect(result.winner?.bid).toBe('B');
    expect(result.ties).toEqual([
      {
        bids: ['A', 'B', 'C', 'D'],
        decided: false,
        decidedBy: ['higher e'],
        reason:
          'A, B, C and D tie on total and the tie-break does not separate them all: a declared tie.',
      },
    ]);
    expect(result.ranking[2]?.tie).toEqual({ group: 0, decidedBy: null });
    expect(result.ranking[0]?.tie).toEqual({ group: 0, decidedBy: 'higher e' });
  });
});

describe('sub-criteria and structural offers', () => {
  it('sums sub-criteria into their group and applies a group minimum', () => {
    // Quality 60 = method 40 (0–5) + staff 20 (0–4). A: 4/5 × 40 = 32, 2/4 × 20 = 10 → 42 of
    // 60 = 0.7. B: 2/5 × 40 = 16, 1/4 × 20 = 5 → 21 of 60 = 0.35, below the 0.5 minimum.
    const result = evaluateTenders(
      {
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            minimumScoreShare: '0.5',
            subCriteria: [
              { id: 'method', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
              { id: 'staff', weight: 20, scoring: { method: 'scale', scale: '0-4' } },
            ],
          },
          { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { method: 4, staff: 2 } },
        { id: 'B', price: 80, responses: { method: 2, staff: 1 } },
      ],
    );
    const quality = score(result.winner, 'quality');
    expect(quality?.method).toBe('group');
    expect(quality?.weightedScore.toString()).toBe('42');
    expect(quality?.scoreShare.toString()).toBe('0.7');
    expect(quality?.subCriteria?.map((sub) => sub.weightedScore.toString())).toEqual(['32', '10']);
    // B is out on the group minimum, so A's price is the lowest still in: 40 + 42 = 82.
    expect(result.winner?.total.toString()).toBe('82');
    const b = result.ranking[1];
    expect(
      b?.disqualified === false ? [] : b?.disqualified.findings.map((r) => r.criterion),
    ).toEqual(['quality']);
  });

  it("accepts an offer's total from another copy of decimal.js", async () => {
    const { default: OtherDecimal } = await import('decimal.js');
    const result = evaluateTenders(
      {
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
        { id: 'A', responses: { sv: { total: new OtherDecimal('150000') } } },
        { id: 'B', responses: { sv: new OtherDecimal('300000') } },
      ],
    );
    expect(totals(result.ranking)).toEqual({ B: '100', A: '50' });
  });
});

describe('a Valuation from valuePledges as the social value offer', () => {
  it('is read through its total, typed structurally', async () => {
    // The evaluation area does not import the valuation area; this test checks that the real
    // Valuation type and value fit. Proxies from seed 004 (the toms fixture: NT1 £30,782 per
    // FTE, NT29 £16.09 per hour): 24 FTE = 738,768; 32 hours = 514.88; total 739,282.88.
    const { valuePledges } = await import('../../src/index.js');
    const { seedFramework: framework } = await import('../toms/fixtures.js');
    const valued = valuePledges(framework, [
      { measure: 'NT1', quantity: 24 },
      { measure: 'NT29', quantity: 32 },
    ]);
    const valuation = valued;
    // Half the highest offer: 10 × 369,641.44 / 739,282.88 = 5.
    const model: EvaluationModelInput = {
      criteria: [
        { id: 'price', kind: 'price', weight: 90, scoring: { method: 'relative-to-lowest' } },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
      ],
    };
    const offering = (offer: ResponseInput) =>
      evaluateTenders(model, [
        { id: 'A', price: 100, responses: { sv: offer } },
        { id: 'B', price: 100, responses: { sv: '369641.44' } },
      ]);
    const result = offering(valuation);
    expect(score(result.winner, 'sv')?.raw?.toString()).toBe('739282.88');
    expect(totals(result.ranking)).toEqual({ A: '100', B: '95' });
    // Its JSON snapshot is read the same way.
    const stored = JSON.parse(JSON.stringify(valuation)) as { kind: 'valuation'; total: string };
    const again = offering(stored);
    expect(totals(again.ranking)).toEqual({ A: '100', B: '95' });
  });

  it('is refused with the reason when its disbenefits outweigh its benefits', async () => {
    // NT1 24 FTE = 738,768 as a benefit; NT29 50,000 hours × 16.09 = 804,500 as a disbenefit:
    // net 738,768 − 804,500 = −65,732, which no offer-scoring method can score.
    const { valuePledges } = await import('../../src/index.js');
    const { seedFramework: framework } = await import('../toms/fixtures.js');
    const valuation = valuePledges(framework, [
      { measure: 'NT1', quantity: 24 },
      { measure: 'NT29', quantity: 50_000, effect: 'disbenefit' },
    ]);
    expect(valuation.total.toString()).toBe('-65732');
    const model: EvaluationModelInput = {
      criteria: [
        { id: 'price', kind: 'price', weight: 90, scoring: { method: 'relative-to-lowest' } },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
      ],
    };
    for (const offer of [valuation, JSON.parse(JSON.stringify(valuation)) as ResponseInput]) {
      const error = caught(() =>
        evaluateTenders(model, [
          { id: 'A', price: 100, responses: { sv: offer } },
          { id: 'B', price: 100, responses: { sv: 1 } },
        ]),
      );
      expect(error.issues).toMatchObject([
        {
          path: 'bids[0].responses.sv.total',
          message:
            'expected a £ offer of at least 0, received a valuation with a net total of -65732: its disbenefits outweigh its benefits, so it cannot be scored as an offer (give { total: 0 } to score it as nothing)',
        },
      ]);
    }
  });
});
