import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type EvaluationModelInput,
  evaluateTenders,
  revive,
  type SocialValueError,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { caught } from '../errors.js';

const model: EvaluationModelInput = {
  criteria: [
    { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
    { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
  ],
};
const bids = [
  { id: 'A', price: 1000000, responses: { quality: 4, sv: 50000 } },
  { id: 'B', price: 1200000, responses: { quality: 5, sv: 20000 } },
  { id: 'C', price: 1050000, responses: { quality: 4, sv: 300000 } },
];

const paths = (error: SocialValueError) => error.issues.map((issue) => issue.path);

/** Each criterion's range ends (written by `write`) and the winners beyond them. */
const rangesOf = (
  result: ReturnType<typeof weightSensitivity>,
  write = (end: Decimal) => end.toString(),
) =>
  result.criteria.map((c) => [
    c.range && write(c.range.from),
    c.range && write(c.range.to),
    c.winnerBelow,
    c.winnerAbove,
  ]);

// Published scores rounded to whole points, where rounding makes A the winner (below).
const roundedModel: EvaluationModelInput = {
  criteria: [
    { id: 'quality', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-100' } },
    { id: 'sv', kind: 'social-value', weight: 50, scoring: { method: 'relative-to-highest' } },
  ],
  rounding: { places: 0 },
};
const roundedOffers = [
  { id: 'A', responses: { quality: 75, sv: 45 } },
  { id: 'B', responses: { quality: 100, sv: '20.8' } },
  { id: 'C', responses: { quality: 0, sv: 100 } },
];

describe('weightSensitivity', () => {
  it('finds the two-bid crossing by hand', () => {
    // A: quality 4/5, lowest price; B: quality 5/5, price 125 against 100 → 0.8.
    // With price weight w: A = 0.8 (100 − w) + w = 80 + 0.2w; B = (100 − w) + 0.8w = 100 − 0.2w.
    // They cross at w = 50: B wins from 0 to 50, A above.
    const result = weightSensitivity(
      {
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
        { id: 'A', price: 100, responses: { quality: 4 } },
        { id: 'B', price: 125, responses: { quality: 5 } },
      ],
    );
    expect(result.winner).toBe('B');
    const [quality, price] = result.criteria;
    expect(price?.range?.from.toString()).toBe('0');
    expect(price?.range?.to.toString()).toBe('50');
    expect(price).toMatchObject({ winnerBelow: null, winnerAbove: 'A' });
    // The same crossing seen from quality: quality 50 (= 100 − 50) to 100.
    expect(quality?.range?.from.toString()).toBe('50');
    expect(quality?.range?.to.toString()).toBe('100');
    expect(quality).toMatchObject({ winnerBelow: 'A', winnerAbove: null });
  });

  it('gives exact crossing points that whatIf confirms (ties at the ends, a new winner beyond)', () => {
    const result = weightSensitivity(model, bids);
    expect(result.winner).toBe('C');
    // By hand for social value at weight w (quality 60 and price 30 rescaled by (100 − w)/90):
    // C − B = (100 − w)(0.8 × 2/3 + 20/21 × 1/3 − 2/3 − 5/6 × 1/3) + w (1 − 1/15)
    //       = −(100 − w) × 59/630 + w × 14/15, zero at w = 5900/647 = 9.1190…
    const sv = result.criteria[2]!;
    expect(sv.range?.from.toFixed(30)).toBe(new Decimal(5900).dividedBy(647).toFixed(30));
    expect(sv).toMatchObject({ winnerBelow: 'B', winnerAbove: null });
    for (const entry of result.criteria) {
      const ends = [
        { at: entry.range!.from, beyond: entry.winnerBelow, step: '-0.001' },
        { at: entry.range!.to, beyond: entry.winnerAbove, step: '0.001' },
      ];
      for (const end of ends) {
        if (end.beyond === null) continue;
        const atEnd = whatIf(model, bids, { weights: { [entry.criterion]: end.at } }).after;
        const [first, second] = atEnd.ranking;
        expect(first!.total.minus(second!.total).abs().lt('1e-30')).toBe(true);
        const past = whatIf(model, bids, { weights: { [entry.criterion]: end.at.plus(end.step) } });
        expect(past.after.winner?.bid).toBe(end.beyond);
      }
    }
    expect(result.summary).toContain('sv');
  });

  it('reports no range without a single winner', () => {
    const result = weightSensitivity(model, [
      { id: 'A', price: 1, responses: { quality: 4, sv: 1 } },
      { id: 'B', price: 1, responses: { quality: 4, sv: 1 } },
    ]);
    expect(result.winner).toBeNull();
    expect(result.criteria.every((entry) => entry.range === null)).toBe(true);
  });

  it('never gives a range that leaves out the weight of the model when rounding made the winner', () => {
    // Published scores rounded to whole points: A's 37.5 + 22.5 (exact 60) publish as 38 + 23 = 61,
    // B's 50 + 10.4 (exact 60.4) as 50 + 10 = 60. A wins, but on exact scores (which the
    // sensitivity uses) B is ahead at 50/50, so no move of a weight keeps A ahead: the range is
    // the model's weight alone, and B wins on either side. It used to be 42.3077 to 49.187 for
    // quality (the model's 50 outside it) and "-0.813 points of weight away" in the summary.
    expect(
      evaluateTenders(roundedModel, roundedOffers).ranking.map((bid) => [
        bid.bid,
        bid.total.toString(),
      ]),
    ).toEqual([
      ['A', '61'],
      ['B', '60'],
      ['C', '50'],
    ]);
    const result = weightSensitivity(roundedModel, roundedOffers);
    expect(result.winner).toBe('A');
    expect(rangesOf(result)).toEqual([
      ['50', '50', 'B', 'B'],
      ['50', '50', 'B', 'B'],
    ]);
    expect(result.criteria[0]?.reason).toBe(
      "A wins only through the rounding of published scores: on exact scores B is ahead at the model's weights, so the range is quality's weight in the model alone (50 points).",
    );
    expect(result.summary).toBe(
      'A wins; the closest change is quality, 0 points of weight away from a different winner or no single winner.',
    );
    // Without rounding B wins, and its range holds the model's weight.
    const exact = weightSensitivity({ ...roundedModel, rounding: undefined }, roundedOffers);
    expect(exact.winner).toBe('B');
    expect(exact.criteria[0]?.range?.from.toString()).toBe('49.18699186991869918699186991869919');
  });

  it('moves a criterion whose sub-criteria weigh 0 as whatIf does (in equal parts)', () => {
    // Price 100 points; quality (two sub-criteria at 0) moves to w. A: lowest price, no quality
    // marks: 100 − w. B: price 100/110, full quality marks: (100 − w) × 10/11 + w. They cross at
    // (100 − w) ÷ 11 = w, w = 100/12 = 8.3333: above it B wins (it used to say A wins up to 100).
    const split: EvaluationModelInput = {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 'method', weight: 0, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'staff', weight: 0, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const offers = [
      { id: 'A', price: 100, responses: { method: 0, staff: 0 } },
      { id: 'B', price: 110, responses: { method: 5, staff: 5 } },
    ];
    const quality = weightSensitivity(split, offers).criteria[0];
    expect(quality?.range?.to.toString()).toBe('8.333333333333333333333333333333333');
    expect(quality?.winnerAbove).toBe('B');
    expect(whatIf(split, offers, { weights: { quality: 8 } }).after.winner?.bid).toBe('A');
    expect(whatIf(split, offers, { weights: { quality: 9 } }).after.winner?.bid).toBe('B');
  });

  it('works for price per quality point', () => {
    // Two quality criteria q1 (weight w) and q2 (100 − w). A: 100 / (q1 1, q2 0.5) ;
    // B: 90 / (q1 0.5, q2 1). Points A = 50 + 0.5w, B = 100 − 0.5w. A wins while
    // 100 / (50 + 0.5w) ≤ 90 / (100 − 0.5w) ⇔ 10000 − 50w ≤ 4500 + 45w ⇔ w ≥ 5500/95 = 57.89…
    const ppqp = weightSensitivity(
      {
        method: 'price-per-quality-point',
        criteria: [
          { id: 'q1', kind: 'quality', weight: 80, scoring: { method: 'scale', scale: '0-4' } },
          { id: 'q2', kind: 'quality', weight: 20, scoring: { method: 'scale', scale: '0-4' } },
        ],
      },
      [
        { id: 'A', price: 100, responses: { q1: 4, q2: 2 } },
        { id: 'B', price: 90, responses: { q1: 2, q2: 4 } },
      ],
    );
    expect(ppqp.winner).toBe('A');
    expect(ppqp.criteria[0]?.range?.from.toFixed(20)).toBe(
      new Decimal(5500).dividedBy(95).toFixed(20),
    );
    expect(ppqp.criteria[0]?.winnerBelow).toBe('B');
  });
});

describe('weightSensitivity with minimum quality points', () => {
  // Quality 60 (0-5 scale), price 40, at least 30 quality points. A: mark 3, price 100; B: mark 5,
  // price 125. At the model's weights A has 60 × 3/5 = 36 quality points, in; B wins with
  // 60 + 40 × 100/125 = 92 against 36 + 40 = 76. With quality at w points (price 100 − w):
  // B = w + 0.8 (100 − w), A = 0.6 w + (100 − w): B ≥ A while 0.6 w ≥ 20, w ≥ 33.3333. But A has
  // 0.6 w quality points, under 30 below w = 50, and B has w, under 30 below 30: so B wins from
  // 30 (A is out before it would catch B at 33.3333), and below 30 no bid is in the running.
  const minimum: EvaluationModelInput = {
    minimumQualityPoints: 30,
    criteria: [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
    ],
  };
  const twoBids = [
    { id: 'A', price: 100, responses: { quality: 3 } },
    { id: 'B', price: 125, responses: { quality: 5 } },
  ];
  const caveat =
    ", with the bids below the minimum quality points at the model's weights kept out and the others kept in.";

  it('ends a range where the winner falls below the minimum, as whatIf finds', () => {
    const result = weightSensitivity(minimum, twoBids);
    expect(
      result.criteria.map((entry) => [
        entry.range?.from.toString(),
        entry.range?.to.toString(),
        entry.winnerBelow,
        entry.winnerAbove,
      ]),
    ).toEqual([
      ['30', '100', null, null],
      // Price at p: quality 100 − p, B's quality points 100 − p, at least 30 up to p = 70.
      ['0', '70', null, null],
    ]);
    expect(result.criteria[0]?.reason).toBe(
      'B stays the winner while quality weighs from 30 to 100 points (now 60, other weights rescaled in proportion); below 30, no bid has the minimum quality points.',
    );
    expect(result.summary).toBe(
      'B wins; the closest change is quality, 30 points of weight away from a different winner or no single winner.',
    );
    // It said "from 33.3333 …; below 33.3333, A wins", keeping A in where whatIf puts it out.
    const at = (quality: string) => whatIf(minimum, twoBids, { weights: { quality } }).after;
    expect(at('33').winner?.bid).toBe('B');
    expect(at('33').ranking.find((bid) => bid.bid === 'A')?.disqualified).not.toBe(false);
    expect(at('30').winner?.bid).toBe('B');
    expect(at('29.999').winner).toBeNull();
  });

  it('ends a range where a bid ahead of the winner reaches the minimum', () => {
    // Quality 50, social value 10, price 40, at least 30 quality points (quality and social
    // value). A: mark 5, no social value, £200; B: mark 0, the highest social value, £100. At
    // social value w (quality and price × (100 − w)/90): A = 70 (100 − w)/90 with 50 (100 − w)/90
    // quality points; B = 40 (100 − w)/90 + w with w quality points. B is ahead above w = 25 but
    // out below 30: A wins up to 30, where B reaches the minimum (and wins there already).
    const model: EvaluationModelInput = {
      minimumQualityPoints: 30,
      criteria: [
        { id: 'quality', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
        { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const bids = [
      { id: 'A', price: 200, responses: { quality: 5, sv: 0 } },
      { id: 'B', price: 100, responses: { quality: 0, sv: 100 } },
    ];
    const sv = weightSensitivity(model, bids).criteria[1]!;
    expect([sv.range?.from.toString(), sv.range?.to.toString(), sv.winnerAbove]).toEqual([
      '0',
      '30',
      'B',
    ]);
    expect(sv.reason).toBe(
      'A stays the winner while sv weighs from 0 to 30 points (now 10, other weights rescaled in proportion); above 30, B wins.',
    );
    const winnerAt = (weight: string) =>
      whatIf(model, bids, { weights: { sv: weight } }).after.winner?.bid;
    expect([winnerAt('29.999'), winnerAt('30'), winnerAt('30.001')]).toEqual(['A', 'B', 'B']);
  });

  it('keeps a bid level with the winner at every weight behind it when it lost the tie-break', () => {
    // A and B have the same marks: level at every weight, A first on the lower price. Moving q1
    // (weight 0) changes nothing; the first version of the crossings ended q1's range at 0
    // ("above 0, A and B tie"), taking B's level line for a bid catching A.
    const scale = { method: 'scale', scale: '0-5' } as const;
    const level: EvaluationModelInput = {
      tieBreak: ['lower-price'],
      criteria: [
        { id: 'q1', kind: 'quality', weight: 0, scoring: scale },
        { id: 'q2', kind: 'quality', weight: 100, scoring: scale },
      ],
    };
    const same = [
      { id: 'A', price: 100, responses: { q1: 3, q2: 4 } },
      { id: 'B', price: 200, responses: { q1: 3, q2: 4 } },
    ];
    const q1 = weightSensitivity(level, same).criteria[0]!;
    expect([q1.range?.from.toString(), q1.range?.to.toString()]).toEqual(['0', '100']);
    expect(
      weightSensitivity({ ...level, minimumQualityPoints: 50 }, same).criteria[0]?.range,
    ).toEqual({
      from: new Decimal(0),
      to: new Decimal(100),
    });
  });

  it('names the bid that wins beyond an end where two bids reach the minimum level', () => {
    // Quality 20, q2 20, price 60, at least 20 quality points. At q2 weight w (quality × and
    // price × (100 − w)/80): A (2/5 and 2/5, £100) has 10 + 0.3 w quality points and
    // 85 − 0.45 w in all; B (0 and 3/5, £100) has 0.6 w and 75 − 0.15 w; C (0 and 5/5, £200)
    // has w and 37.5 + 0.625 w. A and B both reach 20 points at w = 100/3, level at 70 there:
    // just above, B (falling more slowly) wins. Compared at 33.33…33 (34 digits) A was 1e-32
    // ahead, and the reason said "above 33.3333, A wins".
    const scale = { method: 'scale', scale: '0-5' } as const;
    const model: EvaluationModelInput = {
      minimumQualityPoints: 20,
      criteria: [
        { id: 'quality', kind: 'quality', weight: 20, scoring: scale },
        { id: 'q2', kind: 'quality', weight: 20, scoring: scale },
        { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const bids = [
      { id: 'A', price: 100, responses: { quality: 2, q2: 2 } },
      { id: 'B', price: 100, responses: { quality: 0, q2: 3 } },
      { id: 'C', price: 200, responses: { quality: 0, q2: 5 } },
    ];
    const q2 = weightSensitivity(model, bids).criteria[1]!;
    expect(q2.range?.to.toString()).toBe('33.33333333333333333333333333333333');
    expect(q2.winnerAbove).toBe('B');
    expect(whatIf(model, bids, { weights: { q2: '33.333333334' } }).after.winner?.bid).toBe('B');
  });

  it('holds the minimum as at the model weights where published scores are rounded, and says so', () => {
    const rounded = { ...minimum, rounding: { places: 2 } };
    const result = weightSensitivity(rounded, twoBids);
    expect(result.criteria[0]?.range?.from.toFixed(4)).toBe('33.3333');
    expect(result.criteria[0]?.reason).toBe(
      `B stays the winner while quality weighs from 33.3333 to 100 points (now 60, other weights rescaled in proportion); below 33.3333, A wins${caveat}`,
    );
    expect(result.summary).toBe(
      `B wins; the closest change is quality, 26.6667 points of weight away from a different winner or no single winner${caveat}`,
    );
  });

  it('reads back, and refuses a summary or reason stripped of what it says', () => {
    expect(
      revive(JSON.stringify(weightSensitivity(minimum, twoBids)), 'weight-sensitivity'),
    ).toEqual(weightSensitivity(minimum, twoBids));
    const result = weightSensitivity({ ...minimum, rounding: { places: 2 } }, twoBids);
    expect(revive(JSON.stringify(result), 'weight-sensitivity').summary).toBe(result.summary);
    const json = JSON.parse(JSON.stringify(result));
    json.summary = json.summary.replace(caveat, '.');
    expect(paths(caught(() => revive(json, 'weight-sensitivity')))).toEqual([
      'json.criteria[0].reason',
      'json.criteria[1].reason',
    ]);
  });
});

describe('weightSensitivity: bids that tie beyond an end', () => {
  it('names no single winner where two bids cross together, as whatIf finds', () => {
    // The crossing above (A 80 + 0.2w against B 100 − 0.2w in the price weight w) with a copy
    // of A, C: A and C cross B together at w = 50 and tie with each other beyond it. It used to
    // say "above 50, A wins" (and winnerAbove 'A'), where whatIf finds no single winner.
    const twoCrossing: EvaluationModelInput = {
      criteria: [
        { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const three = [
      { id: 'A', price: 100, responses: { quality: 4 } },
      { id: 'B', price: 125, responses: { quality: 5 } },
      { id: 'C', price: 100, responses: { quality: 4 } },
    ];
    const result = weightSensitivity(twoCrossing, three);
    const [quality, price] = result.criteria;
    expect(price?.range?.to.toString()).toBe('50');
    expect(price?.winnerAbove).toBeNull();
    expect(price?.reason).toBe(
      'B stays the winner while price weighs from 0 to 50 points (now 40, other weights rescaled in proportion); above 50, A and C tie: no single winner.',
    );
    expect(quality?.range?.from.toString()).toBe('50');
    expect(quality?.winnerBelow).toBeNull();
    expect(quality?.reason).toContain('; below 50, A and C tie: no single winner.');
    // The closest change is still 10 points away (quality 60 → 50, price 40 → 50).
    expect(result.summary).toBe(
      'B wins; the closest change is quality, 10 points of weight away from a different winner or no single winner.',
    );
    // whatIf agrees: at price 51 the winner is no single bid.
    expect(whatIf(twoCrossing, three, { weights: { price: 51 } }).after.winner).toBeNull();
    // Stored, an end edited: the reason is refused, and what it should start with ends in "…"
    // (what follows the end, the tied bids, is not stored).
    const json = JSON.parse(JSON.stringify(result));
    json.criteria[1].range.to = '60';
    expect(caught(() => revive(json, 'weight-sensitivity')).issues[0]?.message).toBe(
      `expected "B stays the winner while price weighs from 0 to 60 points (now 40, other weights rescaled in proportion)…" (from its own figures), received ${JSON.stringify(price?.reason)}`,
    );
    // A tie-break rule that cannot part them (the same price) leaves the tie, as in whatIf.
    const lowerPrice: EvaluationModelInput = { ...twoCrossing, tieBreak: ['lower-price'] };
    const settled = weightSensitivity(lowerPrice, three);
    expect(settled.criteria[1]?.reason).toContain('; above 50, A and C tie: no single winner.');
    expect(whatIf(lowerPrice, three, { weights: { price: 51 } }).after.winner).toBeNull();
  });
});

describe('whatIf', () => {
  it('rescales the other weights in proportion and reports the moves', () => {
    // Social value to 0: quality 60 → 66.67, price 30 → 33.33; B then wins (see the demo).
    const result = whatIf(model, bids, { weights: { sv: 0 } });
    expect(result.model.criteria.map((c) => c.weight.toFixed(4))).toEqual([
      '66.6667',
      '33.3333',
      '0.0000',
    ]);
    expect(
      result.model.criteria.reduce((sum, c) => sum.plus(c.weight), new Decimal(0)).toString(),
    ).toBe('100');
    expect(result.before.winner?.bid).toBe('C');
    expect(result.after.winner?.bid).toBe('B');
    expect(result.winnerChanged).toBe(true);
    expect(result.moves.map((move) => [move.bid, move.rankBefore, move.rankAfter])).toEqual([
      ['A', 3, 2],
      ['B', 2, 1],
      ['C', 1, 3],
    ]);
  });

  it('scores the weights it rescales exactly: an exact tie stays a tie, as weightSensitivity finds', () => {
    // Quality (q1 50, q2 25) set to 50: q1 50 × 50/75 = 100/3, q2 50/3; social value takes the
    // other 50. B0 (q2 2 of 5) scores 2/5 × 50/3 = 20/3, B1 (q1 1 of 5) 1/5 × 100/3 = 20/3: an
    // exact tie, 6.666…667 to 34 digits, which the rule (higher q1: B1 20/3, B0 0) parts.
    // Scored with the weights as printed, 33.33…33 (34 digits) and the rest 16.66…67, B0 had
    // 2/5 × 16.66…67 = 6.666…668 and B1 1/5 × 33.33…33 = 6.666…666: B0 won.
    const split: EvaluationModelInput = {
      tieBreak: [{ criterion: 'q1' }],
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 'q1', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'q2', weight: 25, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        { id: 'sv', kind: 'social-value', weight: 25, scoring: { method: 'scale', scale: '0-5' } },
      ],
    };
    const tied = [
      { id: 'B0', responses: { q1: 0, q2: 2, sv: 0 } },
      { id: 'B1', responses: { q1: 1, q2: 0, sv: 0 } },
    ];
    const result = whatIf(split, tied, { weights: { quality: 50 } });
    const printed = result.model.criteria.map((criterion) => [
      criterion.weight.toString(),
      criterion.subCriteria?.map((sub) => sub.weight.toString()),
    ]);
    expect(printed).toEqual([
      ['50', ['33.33333333333333333333333333333333', '16.66666666666666666666666666666667']],
      ['50', undefined],
    ]);
    const third = '6.666666666666666666666666666666667';
    expect(result.after.ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString()])).toEqual([
      ['B1', 1, third],
      ['B0', 2, third],
    ]);
    expect(result.after.ties).toEqual([
      expect.objectContaining({ bids: ['B0', 'B1'], decided: true, decidedBy: ['higher q1'] }),
    ]);
    // Before, at 50 and 25 of 100, they tie at 10 and the rule parts them alike.
    expect(result.before.winner?.bid).toBe('B1');
    expect([result.winnerChanged, result.summary]).toEqual([
      false,
      'The winner stays B1 (total 6.6667).',
    ]);
    // weightSensitivity (exact fractions) names B1 at every weight of quality; so does whatIf.
    const sensitivity = weightSensitivity(split, tied);
    expect(sensitivity.winner).toBe('B1');
    expect(sensitivity.criteria[0]?.range).toEqual({ from: new Decimal(0), to: new Decimal(100) });
    for (const quality of [10, 20, 50, 80, 90]) {
      expect(whatIf(split, tied, { weights: { quality } }).after.winner?.bid).toBe('B1');
    }
    // Its JSON reads back as itself.
    expect(JSON.stringify(revive(JSON.parse(JSON.stringify(result))))).toBe(JSON.stringify(result));
  });

  it('gives the rounding rest of rescaled weights to the largest, so a tiny weight never goes below 0', () => {
    // Quality (s1 1e-35, s2 20, s3 3e-35) set to 1: s1 1e-35 / (20 + 4e-35) = 5e-37 and s3
    // 1.5e-36 (to 34 digits), s2 20 / (20 + 4e-35) = 1 − 2e-36, which is 1 to 34 digits. The
    // rest, 1 − 5e-37 − 1.5e-36 = 1 − 2e-36, goes to s2. Given to the last, s3, it was
    // 1 − 1 − 5e-37 = −5e-37, and revive refused the model.
    const tiny = (digits: string) => `0.${'0'.repeat(34)}${digits}`;
    const model: EvaluationModelInput = {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 's1', weight: tiny('1'), scoring: { method: 'scale', scale: '0-5' } },
            { id: 's2', weight: 20, scoring: { method: 'scale', scale: '0-5' } },
            { id: 's3', weight: tiny('3'), scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        {
          id: 'sv',
          kind: 'social-value',
          weight: `79.${'9'.repeat(34)}6`,
          scoring: { method: 'scale', scale: '0-5' },
        },
      ],
    };
    const bids = [
      { id: 'A', responses: { s1: 5, s2: 5, s3: 5, sv: 0 } },
      { id: 'B', responses: { s1: 0, s2: 0, s3: 0, sv: 1 } },
    ];
    const result = whatIf(model, bids, { weights: { quality: 1 } });
    expect(result.model.criteria[0]?.subCriteria?.map((sub) => sub.weight.toString())).toEqual([
      '5e-37',
      `0.${'9'.repeat(35)}8`,
      '1.5e-36',
    ]);
    // A has every mark of quality, 1 point; B 1/5 of social value's 99, 19.8.
    expect(result.after.ranking.map((bid) => [bid.bid, bid.total.toString()])).toEqual([
      ['B', '19.8'],
      ['A', '1'],
    ]);
    expect(JSON.stringify(revive(JSON.parse(JSON.stringify(result))))).toBe(JSON.stringify(result));
  });

  it('scores the weights it rescales exactly: a bid exactly at a minimum share stays in', () => {
    // Social value 58 → 30: q (a 14, b 14) and r 14 share the other 70 as 28 : 14, so q weighs
    // 140/3 and a, b and r 70/3 each. B0 (b 5 of 5) has 70/3 of q's 140/3: exactly half its
    // marks, the minimum, so it stays in: 70/3 + 70/3 + 30 = 76.666…7 against B1's 140/3.
    // Printed, q is 46.66…67 (34 digits), a half of it 23.33…335 rounded up to 23.33…34, and
    // b the rest, 23.33…33: scored with those, B0 had 23.33…33 ÷ 46.66…67, below half, and
    // was out, and B1 won.
    const minimum: EvaluationModelInput = {
      criteria: [
        {
          id: 'q',
          kind: 'quality',
          minimumScoreShare: 0.5,
          subCriteria: [
            { id: 'a', weight: 14, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'b', weight: 14, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        { id: 'r', kind: 'quality', weight: 14, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 58, scoring: { method: 'scale', scale: '0-5' } },
      ],
    };
    const two = [
      { id: 'B0', responses: { a: 0, b: 5, r: 5, sv: 5 } },
      { id: 'B1', responses: { a: 5, b: 5, r: 0, sv: 0 } },
    ];
    const result = whatIf(minimum, two, { weights: { sv: 30 } });
    const q = result.model.criteria[0]!;
    expect([q.weight, ...q.subCriteria!.map((sub) => sub.weight)].map(String)).toEqual([
      '46.66666666666666666666666666666667',
      '23.33333333333333333333333333333334',
      '23.33333333333333333333333333333333',
    ]);
    const b0 = result.after.ranking.find((bid) => bid.bid === 'B0')!;
    expect([b0.rank, b0.disqualified, b0.criteria[0]!.scoreShare.toString()]).toEqual([
      1,
      false,
      '0.5',
    ]);
    expect(b0.total.toString()).toBe('76.66666666666666666666666666666667');
    expect([result.before.winner?.bid, result.after.winner?.bid, result.winnerChanged]).toEqual([
      'B0',
      'B0',
      false,
    ]);
    expect(JSON.stringify(revive(JSON.parse(JSON.stringify(result))))).toBe(JSON.stringify(result));
  });

  it('re-prices bids', () => {
    // B cuts its price to £1,000,000: B = 60 + 30 + 10 × 20/300 = 90.67 > C.
    const result = whatIf(model, bids, { prices: { B: 1000000 } });
    expect(result.after.winner?.bid).toBe('B');
    expect(result.summary).toBe('The winner changes from C to B.');
  });

  it('keeps weights as given when rescale is false, and checks them', () => {
    const error = caught(() => whatIf(model, bids, { weights: { sv: 20 }, rescale: false }));
    expect(error.code).toBe('weights-do-not-sum');
    const ok = whatIf(model, bids, { weights: { sv: 20, quality: 50 }, rescale: false });
    expect(ok.model.criteria.map((c) => c.weight.toString())).toEqual(['50', '30', '20']);
    expect(evaluateTenders(ok.model, bids).winner?.bid).toBe(ok.after.winner?.bid);
  });

  it('rejects unknown criteria and bids with paths and the closest ids', () => {
    const error = caught(() => whatIf(model, bids, { weights: { qualty: 10 }, prices: { Z: 1 } }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      {
        path: 'changes.weights.qualty',
        segments: ['changes', 'weights', 'qualty'],
        message:
          'expected the id of a top-level criterion (sub-criteria move with their parent), received "qualty" (did you mean "quality"?)',
      },
    ]);
    const bid = caught(() => whatIf(model, bids, { prices: { Z: 1 } }));
    expect(paths(bid)).toEqual(['changes.prices.Z']);
  });

  it('refuses a weight or price given as undefined, saying how to leave it unchanged', () => {
    // `undefined` is not read as "no change": with rescaling, a weight left out is rescaled,
    // which is not what a caller who named the criterion may have meant. The message says so.
    const error = caught(() =>
      whatIf(model, bids, {
        weights: { sv: undefined as never },
        prices: { B: undefined as never },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'changes.weights.sv',
        'missing: expected a weight in percentage points from 0 to 100 (leave the id out to keep the weight, rescaled with the others)',
      ],
      [
        'changes.prices.B',
        'missing: expected a price above 0 (leave the id out to keep the price)',
      ],
    ]);
  });

  it('says why weights cannot be rescaled when the criteria left out weigh nothing', () => {
    // quality 100, price 0: setting quality to 50 leaves 50 points for price, which weighs 0 and
    // so cannot be scaled up in proportion. The sum (50) is named with the way out.
    const lopsided: EvaluationModelInput = {
      criteria: [
        { id: 'quality', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'price', kind: 'price', weight: 0, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const one = [{ id: 'A', price: 100, responses: { quality: 4 } }];
    const error = caught(() => whatIf(lopsided, one, { weights: { quality: 50 } }));
    expect(error.code).toBe('weights-do-not-sum');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'changes.weights',
        'expected weights summing to exactly 100 percentage points, received 50: the criteria left out (price) weigh 0, so they cannot be rescaled to make up the rest; give their weights',
      ],
    ]);
    // A changed weight of a few units of the 40th place short of 100 is no floating-point noise:
    // the same reason is given, not "floating-point rounding (as in 100 / 3)".
    const near = caught(() =>
      whatIf(lopsided, one, { weights: { quality: `99.${'9'.repeat(40)}` } }),
    );
    expect(near.message).toBe(
      `The criteria weights sum to 99.${'9'.repeat(40)}, not 100 percentage points: the criteria left out (price) weigh 0, so they cannot be rescaled to make up the rest; give their weights.\n  - changes.weights: expected weights summing to exactly 100 percentage points, received 99.${'9'.repeat(40)}: the criteria left out (price) weigh 0, so they cannot be rescaled to make up the rest; give their weights`,
    );
    // Naming price too works: 50 + 50.
    const both = whatIf(lopsided, one, { weights: { quality: 50, price: 50 } });
    expect(both.model.criteria.map((c) => c.weight.toString())).toEqual(['50', '50']);
  });

  it('says there is still no winner when neither evaluation has one', () => {
    // No bids: no winner before or after the change.
    expect(whatIf(model, [], { weights: { sv: 20 } }).summary).toBe(
      'There is still no single winner.',
    );
  });

  it('refuses rescaled weights all below 1, naming both readings and the weights of each', () => {
    // Issue #10: { sv: 0.05 } silently meant 0.05 percentage points in 0.1. Rescaled, 0.05 reads
    // two ways: 0.05 points (quality and price 60 : 30 of the 99.95 left, 66.6333… and 33.3166…)
    // or the fraction 0.05, 5 points. The refusal names both and lists the points reading.
    const error = caught(() => whatIf(model, bids, { weights: { sv: 0.05 } }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Invalid changes: each changed weight is below 1 and could be a fraction; for points, give every weight with rescale: false (quality: 66.63333333333333333333333333333333, price: 33.31666666666666666666666666666667 and sv: 0.05).\n  - changes.weights.sv: expected a weight in percentage points from 0 to 100, received 0.05: as points that is 0.05 of 100, as a fraction 5 points (did you mean 5?)',
    );
    expect(error.issues).toEqual([
      {
        path: 'changes.weights.sv',
        segments: ['changes', 'weights', 'sv'],
        message:
          'expected a weight in percentage points from 0 to 100, received 0.05: as points that is 0.05 of 100, as a fraction 5 points (did you mean 5?)',
      },
    ]);
    // The weights the refusal lists, not rescaled, are taken as stated: 0.05 points.
    const stated = whatIf(model, bids, {
      weights: {
        quality: '66.63333333333333333333333333333333',
        price: '33.31666666666666666666666666666667',
        sv: '0.05',
      },
      rescale: false,
    });
    expect(stated.model.criteria.map((c) => c.weight.toString())).toEqual([
      '66.63333333333333333333333333333333',
      '33.31666666666666666666666666666667',
      '0.05',
    ]);
    // Not rescaled, a weight below 1 that keeps the sum at 100 is unambiguous: sv 0.5 points,
    // quality 69.5 with price 30 unchanged. It used to be refused as a fraction.
    const half = whatIf(model, bids, { weights: { quality: 69.5, sv: 0.5 }, rescale: false });
    expect(half.model.criteria.map((c) => c.weight.toString())).toEqual(['69.5', '30', '0.5']);
    const only = whatIf(half.model, bids, { weights: { sv: 0.5 }, rescale: false });
    expect(only.model.criteria.map((c) => c.weight.toString())).toEqual(['69.5', '30', '0.5']);
    // A weight under 1 beside weights in points is taken as points.
    const small = whatIf(model, bids, { weights: { sv: '0.5', price: 30 } });
    expect(small.model.criteria.map((c) => c.weight.toString())).toEqual(['69.5', '30', '0.5']);
    // Setting a weight to 0 is not a fraction.
    expect(whatIf(model, bids, { weights: { sv: 0 } }).after.winner?.bid).toBe('B');
    // With rescale off, weights summing to 1 are refused as fractions by their sum.
    const sum = caught(() =>
      whatIf(model, bids, { weights: { quality: 0.6, price: 0.3, sv: 0.1 }, rescale: false }),
    );
    expect(sum.code).toBe('weights-do-not-sum');
    expect(sum.issues.map((issue) => issue.message)).toEqual([
      'expected weights summing to exactly 100 percentage points, received 1: weights are percentage points, not fractions (did you mean 60, 30 and 10?)',
    ]);
  });

  it('keeps a criterion weighing 0 at 0 when the others are rescaled', () => {
    // A pass/fail gate (weight 0, minimum mark 2) listed last. Quality to 50 leaves 50 points for
    // social value and price, 10 : 60: 7.1428…571 and 42.857…143 (the rest). The gate used to take
    // the rounding rest, -3e-33 points: a negative weight, a negative weighted score, and a
    // result that revive refused.
    const gated: EvaluationModelInput = {
      criteria: [
        { id: 'quality', kind: 'quality', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
        { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
        {
          id: 'gate',
          kind: 'quality',
          weight: 0,
          minimumMark: 2,
          scoring: { method: 'scale', scale: '0-5' },
        },
      ],
    };
    const offers = [
      { id: 'A', price: 100, responses: { quality: 4, sv: 10, gate: 3 } },
      { id: 'B', price: 90, responses: { quality: 3, sv: 20, gate: 5 } },
    ];
    const result = whatIf(gated, offers, { weights: { quality: 50 } });
    expect(result.model.criteria.map((c) => c.weight.toString())).toEqual([
      '50',
      '7.142857142857142857142857142857143',
      '42.857142857142857142857142857142857',
      '0',
    ]);
    expect(result.after.ranking.map((bid) => bid.criteria[3]?.weightedScore.toString())).toEqual([
      '0',
      '0',
    ]);
    expect(revive(JSON.parse(JSON.stringify(result)))).toStrictEqual(result);
  });

  it('keeps the weights of a changed model inside the numeric domain, so it reads back', () => {
    // Social value to 99.9999999 leaves 1e-7 points for quality and price, 2 : 1. Quality's
    // share, 6.666…e-8, would take 42 decimal places at 34 significant digits: it is kept to 40
    // (the input domain), and price takes the rest so the weights still sum to exactly 100.
    const result = whatIf(model, bids, { weights: { sv: '99.9999999' } });
    const [quality, price, sv] = result.model.criteria.map((c) => c.weight);
    expect(quality?.toFixed()).toBe('0.0000000666666666666666666666666666666667');
    expect(price?.toFixed()).toBe('0.0000000333333333333333333333333333333333');
    expect(quality!.plus(price!).plus(sv!).toString()).toBe('100');
    const stored = JSON.parse(JSON.stringify(result.model)) as unknown;
    expect(evaluateTenders(stored as never, bids).winner?.bid).toBe(result.after.winner?.bid);
  });
});

describe('weightSensitivity: price per quality point with several crossings', () => {
  // Two quality criteria on 0–5: q1 weighs w and q2 100 − w, so a bid marked (m1, m2) has
  // Q(w) = m1/5 × w + m2/5 × (100 − w) quality points, and ranks on price ÷ Q (lowest wins).
  const twoQuality = (q1: number): EvaluationModelInput => ({
    method: 'price-per-quality-point',
    criteria: [
      { id: 'q1', kind: 'quality', weight: q1, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'q2', kind: 'quality', weight: 100 - q1, scoring: { method: 'scale', scale: '0-5' } },
    ],
  });

  it('finds both crossings when the winner changes twice as one weight moves', () => {
    // A £100, marks 3 and 3: Q = 60 whatever w, £1.6667 a point.
    // B £120, marks 1 and 5: Q = 100 − 0.8w; B beats A while 120 × 60 < 100 × (100 − 0.8w),
    //   7,200 < 10,000 − 80w, w < 35.
    // C £120, marks 5 and 1: Q = 20 + 0.8w; C beats A while 7,200 < 100 × (20 + 0.8w), w > 65.
    // B and C are level at w = 50 (£2 a point each), where A (£1.6667) wins. So B wins below
    // 35, A from 35 to 65, C above 65: two changes of winner.
    const bids = [
      { id: 'A', price: 100, responses: { q1: 3, q2: 3 } },
      { id: 'B', price: 120, responses: { q1: 1, q2: 5 } },
      { id: 'C', price: 120, responses: { q1: 5, q2: 1 } },
    ];
    const result = weightSensitivity(twoQuality(50), bids);
    expect(result.winner).toBe('A');
    expect(
      result.criteria.map((entry) => [
        entry.range?.from.toString(),
        entry.range?.to.toString(),
        entry.winnerBelow,
        entry.winnerAbove,
      ]),
    ).toEqual([
      ['35', '65', 'B', 'C'],
      // q2 weighs 100 − w: below 35 is q1 above 65 (C), above 65 is q1 below 35 (B).
      ['35', '65', 'C', 'B'],
    ]);
    expect(result.summary).toBe(
      'A wins; the closest change is q1, 15 points of weight away from a different winner or no single winner.',
    );
    const winnerAt = (q1: number) =>
      whatIf(twoQuality(50), bids, { weights: { q1, q2: 100 - q1 }, rescale: false }).after.winner
        ?.bid;
    expect([34, 36, 64, 66].map(winnerAt)).toEqual(['B', 'A', 'A', 'C']);
  });

  it('names the bid that wins beyond a crossing two bids share, by price per point', () => {
    // A £60, marks 3 and 3: Q = 60, £1 a point. B £60, marks 5 and 1: Q = 20 + 0.8w.
    // C £20, marks 2 and 0: Q = 0.4w, £50/w a point. B and C both reach £1 a point at w = 50.
    // Above it C is ahead of B: 50/w < 60/(20 + 0.8w) ⇔ 1,000 + 40w < 60w ⇔ w > 50 (at 60:
    // C £0.8333, B £0.8824). Against A, B's advantage falls by 60 × 0.8 = 48 per point of
    // weight and C's by 60 × 0.4 = 24: the library took the steeper, B, for the winner above 50.
    const bids = [
      { id: 'A', price: 60, responses: { q1: 3, q2: 3 } },
      { id: 'B', price: 60, responses: { q1: 5, q2: 1 } },
      { id: 'C', price: 20, responses: { q1: 2, q2: 0 } },
    ];
    const result = weightSensitivity(twoQuality(30), bids);
    const [q1, q2] = result.criteria;
    expect([q1?.range?.from.toString(), q1?.range?.to.toString(), q1?.winnerAbove]).toEqual([
      '0',
      '50',
      'C',
    ]);
    expect(q1?.reason).toBe(
      'A stays the winner while q1 weighs from 0 to 50 points (now 30, other weights rescaled in proportion); above 50, C wins.',
    );
    expect([q2?.range?.from.toString(), q2?.winnerBelow]).toEqual(['50', 'C']);
    const after = whatIf(twoQuality(30), bids, { weights: { q1: 51, q2: 49 }, rescale: false });
    expect(after.after.winner?.bid).toBe('C');
  });

  it('says no single winner when bids crossing together tie beyond, whatever their prices', () => {
    // On a 0–10 scale: A £60, marks 6 and 6 (Q = 60). B £60, marks 10 and 2: Q = 20 + 0.8w.
    // D £30, marks 5 and 1: Q = 10 + 0.4w, half of B's points at half its price, so the same
    // price per point at every weight: B and D tie beyond w = 50. Their advantages against A
    // fall at different rates (48 and 24 per point), which the library read as B alone.
    const tenScale = { method: 'scale', scale: { marks: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } };
    const model: EvaluationModelInput = {
      method: 'price-per-quality-point',
      criteria: [
        { id: 'q1', kind: 'quality', weight: 30, scoring: tenScale as never },
        { id: 'q2', kind: 'quality', weight: 70, scoring: tenScale as never },
      ],
    };
    const bids = [
      { id: 'A', price: 60, responses: { q1: 6, q2: 6 } },
      { id: 'B', price: 60, responses: { q1: 10, q2: 2 } },
      { id: 'D', price: 30, responses: { q1: 5, q2: 1 } },
    ];
    const q1 = weightSensitivity(model, bids).criteria[0];
    expect(q1?.range?.to.toString()).toBe('50');
    expect(q1?.winnerAbove).toBeNull();
    expect(q1?.reason).toContain('; above 50, B and D tie: no single winner.');
    const after = whatIf(model, bids, { weights: { q1: 60, q2: 40 }, rescale: false }).after;
    expect(after.winner).toBeNull();
    expect(after.ranking.slice(0, 2).map((bid) => [bid.bid, bid.rank])).toEqual([
      ['B', 1],
      ['D', 1],
    ]);
  });
});

describe('weightSensitivity: the tie-break rules beyond an end', () => {
  // Worked by hand. q1 50 (0–5), q2 10 (0–5), sv 10 (0–5), price 30 (relative to lowest).
  // A and B give the same q1 mark and price; A puts its 5 on quality (q2), B on social value
  // (sv): their totals are the same line in any weight, as are their prices.
  // W: q1 5/5, price 140 → 30 × 100 ÷ 140 = 150/7 points. With q1 at w and the rest rescaled by
  // (100 − w) ÷ 50: W − A = 0.4w + (150/7 − 40)(100 − w) ÷ 50 = (27/35)w − 260/7, 0 at
  // w = 1300/27 = 48.148148…; below it A and B tie ahead of W. At q1 40 the rest weigh 1.2 times
  // as much: A's quality points 0.6 × 40 + 10 × 1.2 = 36, B's 24, so `higher-quality` puts A
  // first (as whatIf finds), and `higher-social-value` B.
  const model: EvaluationModelInput = {
    tieBreak: ['higher-quality'],
    criteria: [
      { id: 'q1', kind: 'quality', weight: 50, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'q2', kind: 'quality', weight: 10, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    ],
  };
  const tied = [
    { id: 'W', price: 140, responses: { q1: 5, q2: 0, sv: 0 } },
    { id: 'A', price: 100, responses: { q1: 3, q2: 5, sv: 0 } },
    { id: 'B', price: 100, responses: { q1: 3, q2: 0, sv: 5 } },
  ];

  it('names the bid the rules put first, as whatIf does', () => {
    const result = weightSensitivity(model, tied);
    const q1 = result.criteria[0]!;
    expect(q1.range?.from.toString()).toBe('48.14814814814814814814814814814815');
    expect(q1.winnerBelow).toBe('A');
    expect(q1.reason).toBe(
      'W stays the winner while q1 weighs from 48.1481 to 100 points (now 50, other weights rescaled in proportion); below 48.1481, A and B tie; A wins on the tie-break (higher-quality).',
    );
    expect(whatIf(model, tied, { weights: { q1: 40 } }).after.winner?.bid).toBe('A');
    const bySocialValue = weightSensitivity({ ...model, tieBreak: ['higher-social-value'] }, tied);
    expect(bySocialValue.criteria[0]?.winnerBelow).toBe('B');
    expect(bySocialValue.criteria[0]?.reason).toContain(
      '; below 48.1481, A and B tie; B wins on the tie-break (higher-social-value).',
    );
    expect(
      whatIf({ ...model, tieBreak: ['higher-social-value'] }, tied, { weights: { q1: 40 } }).after
        .winner?.bid,
    ).toBe('B');
    // A stored result with a settled tie reads back.
    expect(revive(JSON.parse(JSON.stringify(result)), 'weight-sensitivity')).toEqual(result);
  });

  it('keeps a tie the rules do not part, and skips rules that leave it whole', () => {
    // Same price: lower-price leaves A and B together; higher-quality then parts them.
    const result = weightSensitivity(
      { ...model, tieBreak: ['lower-price', 'higher-quality'] },
      tied,
    );
    expect(result.criteria[0]?.reason).toContain(
      '; below 48.1481, A and B tie; A wins on the tie-break (higher-quality).',
    );
    const unparted = weightSensitivity({ ...model, tieBreak: ['lower-price'] }, tied);
    expect(unparted.criteria[0]?.winnerBelow).toBeNull();
    expect(unparted.criteria[0]?.reason).toContain(
      '; below 48.1481, A and B tie: no single winner.',
    );
    expect(
      whatIf({ ...model, tieBreak: ['lower-price'] }, tied, { weights: { q1: 40 } }).after.winner,
    ).toBeNull();
  });

  it("compares the rule's points at the end itself, where they have changed places since 0", () => {
    // Worked by hand, price per quality point: q1 40, q2 20 (quality), sv 40, marks ÷ 5.
    // Y (£100): q1 1, q2 2, sv 1 → 8 + 8 + 8 = 24 points; X (£200): q1 0, q2 4, sv 4 → 0 + 16 + 32
    // = 48, twice Y's at any weight of q2 (q2 0.4 and 0.8 of it, the rest 16 and 32): the two
    // tie on price per point everywhere. W (£100): q1 5 → 40 points, 2.5 a point. With q2 at w
    // and the rest × (100 − w) ÷ 80: W 200 ÷ (100 − w), Y 100 ÷ (20 + 0.2w), level at
    // w = 6000 ÷ 140 = 42.857…; above it X and Y tie ahead of W. `higher-quality` adds q1 and q2
    // (not sv): Y 0.4w + 8 (100 − w) ÷ 80, X 0.8w; at 42.857 Y 22.86 and X 34.29, so X goes first
    // (at 0 it would be Y, 10 against 0: the rule is compared beyond the end, not at 0).
    const model: EvaluationModelInput = {
      method: 'price-per-quality-point',
      tieBreak: ['higher-quality'],
      criteria: [
        { id: 'q1', kind: 'quality', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'q2', kind: 'quality', weight: 20, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
      ],
    };
    const proportional = [
      { id: 'W', price: 100, responses: { q1: 5, q2: 0, sv: 0 } },
      { id: 'X', price: 200, responses: { q1: 0, q2: 4, sv: 4 } },
      { id: 'Y', price: 100, responses: { q1: 1, q2: 2, sv: 1 } },
    ];
    const q2 = weightSensitivity(model, proportional).criteria[1]!;
    expect(q2.range?.to.toString()).toBe('42.85714285714285714285714285714286');
    expect(q2.winnerAbove).toBe('X');
    expect(q2.reason).toContain(
      '; above 42.8571, X and Y tie; X wins on the tie-break (higher-quality).',
    );
    expect(whatIf(model, proportional, { weights: { q2: 50 } }).after.winner?.bid).toBe('X');
    // At the model's weights X and Y tie on the rule too (16 points each) and rank by id. Named
    // Z, X ranks after Y there, and the rule still puts it first beyond the end.
    const asZ = proportional.map((bid) => (bid.id === 'X' ? { ...bid, id: 'Z' } : bid));
    expect(evaluateTenders(model, asZ).ranking.map((bid) => bid.bid)).toEqual(['W', 'Y', 'Z']);
    expect(weightSensitivity(model, asZ).criteria[1]?.reason).toContain(
      '; above 42.8571, Y and Z tie; Z wins on the tie-break (higher-quality).',
    );
  });

  it('compares the keys where the moving criterion is one of them, beyond the end', () => {
    // Moving q2 (now 10): A's quality points gain on B's as q2 rises, and lose below.
    // With a named criterion rule on q2 itself the key of each is its q2 score: A 5/5, B 0/5.
    const byQ2 = weightSensitivity({ ...model, tieBreak: [{ criterion: 'q2' }] }, tied);
    const q2 = byQ2.criteria[1]!;
    for (const [end, winner] of [
      [q2.range?.from, q2.winnerBelow],
      [q2.range?.to, q2.winnerAbove],
    ] as const) {
      if (end === undefined || end.isZero() || end.eq(100)) continue;
      const beyond = end.lt(10) ? end.minus('0.5') : end.plus('0.5');
      const after = whatIf({ ...model, tieBreak: [{ criterion: 'q2' }] }, tied, {
        weights: { q2: beyond },
      }).after;
      expect(winner).toBe(after.winner?.bid ?? null);
    }
  });
});

describe('weightSensitivity: a bid with no quality points in price per quality point', () => {
  it('comes into the running as a criterion it has marks on gains weight', () => {
    // Worked by hand. q weighs 100 and sv 0: B, marked only on sv, has no quality points and is
    // out at the model's weights. With sv at w, q at 100 − w: A has 100 − w points, B has w, at
    // £100 each: A's price per point 100 ÷ (100 − w), B's 100 ÷ w, level at w = 50; above it B
    // is ahead (at 60: 100 ÷ 40 = 2.5 for A, 100 ÷ 60 = 1.67 for B).
    const model: EvaluationModelInput = {
      method: 'price-per-quality-point',
      criteria: [
        { id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 0, scoring: { method: 'scale', scale: '0-5' } },
      ],
    };
    const marked = [
      { id: 'A', price: 100, responses: { q: 5, sv: 0 } },
      { id: 'B', price: 100, responses: { q: 0, sv: 5 } },
    ];
    expect(evaluateTenders(model, marked).ranking[1]?.disqualified).not.toBe(false);
    const sv = weightSensitivity(model, marked).criteria[1]!;
    expect(sv.range?.to.toString()).toBe('50');
    expect(sv.winnerAbove).toBe('B');
    expect(sv.reason).toBe(
      'A stays the winner while sv weighs from 0 to 50 points (now 0, other weights rescaled in proportion); above 50, B wins.',
    );
    expect(whatIf(model, marked, { weights: { sv: 60 } }).after.winner?.bid).toBe('B');
    expect(whatIf(model, marked, { weights: { sv: 40 } }).after.winner?.bid).toBe('A');
  });
});

describe('weightSensitivity: value for money', () => {
  it('finds the crossing of price − points × willingness to pay, by hand', () => {
    // Worked by hand: willingness to pay £10 a point; A (£1,000) full marks on q1 only, B (£900)
    // on q2 only. With q1 at w (q2 at 100 − w), A's value is 1000 − 10w and B's
    // 900 − 10 (100 − w) = 10w − 100, lower winning: A wins while 1100 ≤ 20w, w ≥ 55. Seen from
    // q2 at v: A's 10v against B's 900 − 10v, A while v ≤ 45. (As price per quality point,
    // 1000 ÷ w against 900 ÷ (100 − w), the crossing would be 52.63.)
    const result = weightSensitivity(
      {
        method: 'value-for-money',
        willingnessToPay: 10,
        criteria: [
          { id: 'q1', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
          { id: 'q2', kind: 'quality', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      [
        { id: 'A', price: 1000, responses: { q1: 5, q2: 0 } },
        { id: 'B', price: 900, responses: { q1: 0, q2: 5 } },
      ],
    );
    expect(result.winner).toBe('A');
    expect(rangesOf(result)).toEqual([
      ['55', '100', 'B', null],
      ['0', '45', null, 'B'],
    ]);
    expect(result.summary).toBe(
      'A wins; the closest change is q1, 5 points of weight away from a different winner or no single winner.',
    );
  });
});

describe('weightSensitivity: several bids ahead of a winner made by rounding', () => {
  it('names the bid furthest ahead on exact scores', () => {
    // As the rounding case above, with D besides B: D's 50 + 10.3 (exact 60.3) and B's
    // 50 + 10.4 (60.4) both publish as 60, A's exact 60 as 61. Both are ahead of A on exact
    // scores; B the further.
    const [a, ...rest] = roundedOffers;
    const offers = [a!, { id: 'D', responses: { quality: 100, sv: '20.6' } }, ...rest];
    const result = weightSensitivity(roundedModel, offers);
    expect(result.winner).toBe('A');
    expect(result.criteria.map((c) => [c.winnerBelow, c.winnerAbove])).toEqual([
      ['B', 'B'],
      ['B', 'B'],
    ]);
    expect(result.criteria[1]?.reason).toBe(
      "A wins only through the rounding of published scores: on exact scores B is ahead at the model's weights, so the range is sv's weight in the model alone (50 points).",
    );
  });
});

describe('weightSensitivity: a bid disqualified on a criterion', () => {
  it('never comes into the running, though it would lead on points', () => {
    // X is below sv's minimum mark, so B (77) wins over A (64) and X (68). Worked by
    // hand with A's shares quality 0.4, sv 1, price 1 and B's 0.8, 0.4 and 100 ÷ 120 = 5/6
    // (X's price, disqualified, is not the lowest qualifying one):
    // quality at q: B − A = 0.675q − 27.5, so B from 1100/27 = 40.7407 up;
    // sv at s: B − A = (3.8 (100 − s) − 10.8s) ÷ 18, so B up to 1900/73 = 26.0274;
    // price at p: B − A = (10.8 (100 − p) − 7p) ÷ 42, so B up to 5400/89 = 60.6742.
    // Taken into the running, X (quality 0.6, sv 0.2, price 1) would pass B first as price
    // gains weight: B − X = (100 − p) ÷ 5 − p ÷ 6, 0 at p = 600/11 = 54.5455.
    const model: EvaluationModelInput = {
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
          minimumMark: 2,
        },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const offers = [
      { id: 'A', price: 100, responses: { quality: 2, sv: 5 } },
      { id: 'B', price: 120, responses: { quality: 4, sv: 2 } },
      { id: 'X', price: 100, responses: { quality: 3, sv: 1 } },
    ];
    const ratio = (a: number, b: number) => new Decimal(a).dividedBy(b).toFixed(20);
    // With minimum quality points that A and B keep up to each end (the least, A's at price's
    // end, is (100 − 5400/89) × (0.4 × 60 + 1 × 10) ÷ 70 = 19.1; at 20 A would drop out at
    // price 58.82 and B win up to 73.08), X stays out all the same: its finding is a
    // criterion's minimum, not the quality points that move bids in and out with the weights.
    for (const minimumQualityPoints of [undefined, 10]) {
      const result = weightSensitivity({ ...model, minimumQualityPoints }, offers);
      expect(result.winner).toBe('B');
      expect(rangesOf(result, (end) => end.toFixed(20))).toEqual([
        [ratio(1100, 27), '100.00000000000000000000', 'A', null],
        ['0.00000000000000000000', ratio(1900, 73), null, 'A'],
        ['0.00000000000000000000', ratio(5400, 89), null, 'A'],
      ]);
    }
  });

  it('keeps a bid excluded as abnormally low out, though it would tie for the lead beyond an end', () => {
    // T1 (£700,000) is excluded as abnormally low, as in evaluate-tenders.test.ts with the same
    // prices. The lowest qualifying price is T2's £1,000,000. With price at p: T2 (quality 3/5)
    // 0.6 (100 − p) + p; T3 (4/5, £1,050,000) 0.8 (100 − p) + (20/21) p, ahead while
    // 20 ≥ (26/105) p, so T3 wins up to p = 2100/26 = 80.7692 and T2 above. In the running,
    // T1 (quality 3/5, its price score capped at 1) would tie T2 there at every weight.
    // With minimum quality points of 10 (T2 has 0.6 × (100 − 80.77) = 11.5 at the end) too.
    for (const minimumQualityPoints of [undefined, 10]) {
      const result = weightSensitivity(
        {
          abnormallyLow: { action: 'exclude' },
          minimumQualityPoints,
          criteria: [
            {
              id: 'quality',
              kind: 'quality',
              weight: 70,
              scoring: { method: 'scale', scale: '0-5' },
            },
            { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
          ],
        },
        [
          { id: 'T1', price: 700000, responses: { quality: 3 } },
          { id: 'T2', price: 1000000, responses: { quality: 3 } },
          { id: 'T3', price: 1050000, responses: { quality: 4 } },
          { id: 'T4', price: 1100000, responses: { quality: 2 } },
          { id: 'T5', price: 1300000, responses: { quality: 1 } },
        ],
      );
      expect(result.winner).toBe('T3');
      const price = result.criteria[1]!;
      expect([price.range?.from.toString(), price.range?.to.toFixed(20)]).toEqual([
        '0',
        new Decimal(2100).dividedBy(26).toFixed(20),
      ]);
      expect(price.reason).toMatch(/; above 80\.7692, T2 wins\.$/);
    }
  });
});
