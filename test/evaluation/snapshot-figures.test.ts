import { describe, expect, it } from 'vitest';
import { evaluateTenders, revive, whatIf } from '../../src/index.js';
import { caught } from '../errors.js';
import { edited, pathText, type Step } from '../snapshot-edits.js';

// A stored tender evaluation's scores are held to one another when read back: a score share to
// its weighted score and weight, a weighted score to the model's rounding of its unrounded one,
// every bid's criteria to the others', the winner to its entry in the ranking, the ranks to
// competition ranking. The figures below are worked out by hand.

/** `path: message` of each issue of the error reviving `json` throws (code invalid-input). */
function refusal(json: unknown): string[] {
  const error = caught(() => revive(json, 'tender-evaluation'));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

// Quality 60 (marks 0 to 5), price 40 (lowest price ÷ price). B: £125, mark 5: 60 + 40 × 100 ÷
// 125 = 60 + 32 = 92. A: £100, mark 4: 60 × 0.8 + 40 = 48 + 40 = 88. C: £200, mark 3: 60 × 0.6 +
// 40 × 0.5 = 36 + 20 = 56. Ranked B, A, C.
const model = {
  criteria: [
    {
      id: 'quality',
      kind: 'quality',
      name: 'Quality',
      weight: 60,
      scoring: { method: 'scale', scale: '0-5' },
    },
    {
      id: 'price',
      kind: 'price',
      name: 'Price',
      weight: 40,
      scoring: { method: 'relative-to-lowest' },
    },
  ],
} as const;
const bids = [
  { id: 'A', price: 100, responses: { quality: 4 } },
  { id: 'B', price: 125, responses: { quality: 5 } },
  { id: 'C', price: 200, responses: { quality: 3 } },
];
const result = evaluateTenders(model, bids);
const stored = () => JSON.parse(JSON.stringify(result));

/** The stored evaluation with each `[path, value]` set. */
function withEdits(...edits: [Step[], unknown][]) {
  let json: unknown = stored();
  for (const [path, value] of edits) json = edited(json, path, value);
  return json;
}

describe('a stored evaluation whose scores were edited by hand', () => {
  it('reads back as stored, with the figures worked out by hand', () => {
    expect(
      result.ranking.map((bid) => [
        bid.bid,
        bid.rank,
        bid.total.toString(),
        bid.criteria.map((score) => [score.scoreShare.toString(), score.weightedScore.toString()]),
      ]),
    ).toEqual([
      [
        'B',
        1,
        '92',
        [
          ['1', '60'],
          ['0.8', '32'],
        ],
      ],
      [
        'A',
        2,
        '88',
        [
          ['0.8', '48'],
          ['1', '40'],
        ],
      ],
      [
        'C',
        3,
        '56',
        [
          ['0.6', '36'],
          ['0.5', '20'],
        ],
      ],
    ]);
    expect(JSON.stringify(revive(stored(), 'tender-evaluation'))).toBe(JSON.stringify(result));
  });

  it('refuses a score share beside its unchanged weighted score, at the share', () => {
    // A's quality: 48 of 60 is a share of 0.8, not 0.9.
    const share: Step[] = ['ranking', 1, 'criteria', 0, 'scoreShare'];
    expect(refusal(withEdits([share, '0.9']))).toEqual([
      `${pathText(share)}: expected its weighted score ÷ weight (0.8), received "0.9"`,
    ]);
    // C's price: 20 of 40 is half the marks, not all of them.
    const price: Step[] = ['ranking', 2, 'criteria', 1, 'scoreShare'];
    expect(refusal(withEdits([price, '1']))).toEqual([
      `${pathText(price)}: expected its weighted score ÷ weight (0.5), received "1"`,
    ]);
  });

  it('refuses a weighted score beside its unchanged share and total, at the weighted score', () => {
    // C's quality: a share of 0.6 × 60 = 36, which the total 56 (36 + 20) bears out.
    const score: Step[] = ['ranking', 2, 'criteria', 0, 'weightedScore'];
    expect(refusal(withEdits([score, '38']))).toEqual([
      `${pathText(score)}: expected its score share × weight (36), received "38"`,
    ]);
  });

  it('refuses a weighted score raised with its total, at the share the others outvote', () => {
    // A's quality raised to 50 and its total to 90: 50 ÷ 60 = 0.8333…, 34 digits.
    const at: Step[] = ['ranking', 1];
    expect(
      refusal(
        withEdits(
          [[...at, 'criteria', 0, 'weightedScore'], '50'],
          [[...at, 'total'], '90'],
          [[...at, 'rankingValue'], '90'],
        ),
      ),
    ).toEqual([
      `${pathText([...at, 'criteria', 0, 'scoreShare'])}: expected its weighted score ÷ weight (0.8333333333333333333333333333333333), received "0.8"`,
    ]);
  });

  it("refuses a criterion whose weight, name or method the other bids' criteria outvote", () => {
    // C's quality reweighted to 50 with every figure of C made to agree (0.6 × 50 = 30, total
    // 50): A and B give 60.
    const at: Step[] = ['ranking', 2];
    const json = withEdits(
      [[...at, 'criteria', 0, 'weight'], '50'],
      [[...at, 'criteria', 0, 'weightedScore'], '30'],
      [
        [...at, 'criteria', 0, 'reason'],
        'Quality: mark 3 on the 0-5 scale ÷ 5 = 60%; × weight 50 = 30.',
      ],
      [[...at, 'total'], '50'],
      [[...at, 'rankingValue'], '50'],
    );
    expect(refusal(json)).toEqual([
      `${pathText([...at, 'criteria', 0, 'weight'])}: expected "60" (from its own figures), received "50"`,
    ]);
    const name: Step[] = [...at, 'criteria', 1, 'criterionName'];
    expect(refusal(withEdits([name, 'Cost']))).toEqual([
      `${pathText(name)}: expected "Price" (from its own figures), received "Cost"`,
    ]);
    const method: Step[] = ['ranking', 0, 'criteria', 1, 'method'];
    expect(refusal(withEdits([method, 'linear']))).toEqual([
      `${pathText(method)}: expected "relative-to-lowest" (from its own figures), received "linear"`,
    ]);
  });

  it('refuses a sentence whose weight or weighted score is not the figure beside it', () => {
    const reason: Step[] = ['ranking', 2, 'criteria', 0, 'reason'];
    const stated = result.ranking[2]!.criteria[0]!.reason;
    expect(stated.endsWith('; × weight 60 = 36.')).toBe(true);
    expect(refusal(withEdits([reason, stated.replace('= 36.', '= 38.')]))).toEqual([
      `${pathText(reason)}: expected "Quality: …; × weight 60 = 36." (from its own figures), received ${JSON.stringify(stated.replace('= 36.', '= 38.'))}`,
    ]);
  });

  it('refuses a winner that is not its entry in the ranking, at the figure', () => {
    const total: Step[] = ['winner', 'total'];
    expect(refusal(withEdits([total, '93']))).toEqual([
      `${pathText(total)}: expected "92" (from its own figures), received "93"`,
    ]);
    const share: Step[] = ['winner', 'criteria', 1, 'scoreShare'];
    expect(refusal(withEdits([share, '0.9']))).toEqual([
      `${pathText(share)}: expected "0.8" (from its own figures), received "0.9"`,
    ]);
  });

  it('refuses a bid id given twice', () => {
    const id: Step[] = ['ranking', 2, 'bid'];
    expect(refusal(withEdits([id, 'A']))).toEqual([
      `${pathText(id)}: expected an id no other bid has, received "A"`,
    ]);
  });

  it('refuses a rank that skips one: 1, 2, 3 for bids of different totals', () => {
    const rank: Step[] = ['ranking', 2, 'rank'];
    expect(refusal(withEdits([rank, 4]))).toEqual([
      `${pathText(rank)}: expected null for a disqualified bid, else a rank from 1 in order of ranking value (higher first) before the disqualified bids, received 4`,
    ]);
  });
});

describe('a stored evaluation of a model that rounds its scores, edited by hand', () => {
  // Price 40 (lowest ÷ price), quality 60, scores to 2 places. A: £100, mark 5: 40 + 60 = 100.
  // B: £300, mark 5: 40 × 1/3 = 13.333…3 (34 digits), published 13.33, + 60 = 73.33.
  const rounded = evaluateTenders({ ...model, rounding: { places: 2 } }, [
    { id: 'A', price: 100, responses: { quality: 5 } },
    { id: 'B', price: 300, responses: { quality: 5 } },
  ]);
  const price: Step[] = ['ranking', 1, 'criteria', 1];
  const edit = (key: string, value: string) =>
    refusal(edited(JSON.parse(JSON.stringify(rounded)), [...price, key], value));

  it('reads back as stored', () => {
    const score = rounded.ranking[1]!.criteria[1]!;
    expect(score.unroundedWeightedScore?.toString()).toBe('13.33333333333333333333333333333333');
    expect(score.weightedScore.toString()).toBe('13.33');
    expect(rounded.ranking[1]!.total.toString()).toBe('73.33');
    const json = JSON.parse(JSON.stringify(rounded));
    expect(JSON.stringify(revive(json, 'tender-evaluation'))).toBe(JSON.stringify(rounded));
  });

  it('refuses a published score the unrounded one does not round to, at the published score', () => {
    expect(edit('weightedScore', '13.34')).toEqual([
      `${pathText([...price, 'weightedScore'])}: expected its unrounded weighted score to 2 places (half-up) (13.33), received "13.34"`,
    ]);
  });

  it('refuses a share or an unrounded score the others disagree with, at its place', () => {
    // 13.33333333333333333333333333333333 ÷ 40 = 0.33333333333333333333333333333333325:
    // 0.3333333333333333333333333333333333 to 34 digits.
    expect(edit('scoreShare', '0.4')).toEqual([
      `${pathText([...price, 'scoreShare'])}: expected its weighted score ÷ weight (0.3333333333333333333333333333333333), received "0.4"`,
    ]);
    // 0.3333333333333333333333333333333333 × 40 = 13.333333333333333333333333333333332: 34
    // digits, 13.33333333333333333333333333333333.
    expect(edit('unroundedWeightedScore', '13.4')).toEqual([
      `${pathText([...price, 'unroundedWeightedScore'])}: expected its score share × weight (13.33333333333333333333333333333333), received "13.4"`,
    ]);
  });
});

describe('a stored evaluation with a split criterion, edited by hand', () => {
  // Quality 60 split 30 + 30, price 40. A: £100, marks 4 and 3: 24 + 18 = 42, + 40 = 82.
  const split = evaluateTenders(
    {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          name: 'Quality',
          subCriteria: [
            { id: 'method', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'staff', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        model.criteria[1],
      ],
    },
    [{ id: 'A', price: 100, responses: { method: 4, staff: 3 } }],
  );
  const group: Step[] = ['ranking', 0, 'criteria', 0];
  const edit = (path: Step[], value: unknown) =>
    refusal(edited(JSON.parse(JSON.stringify(split)), path, value));

  it('reads back as stored', () => {
    const score = split.ranking[0]!.criteria[0]!;
    expect([score.scoreShare.toString(), score.weightedScore.toString()]).toEqual(['0.7', '42']);
    expect(score.reason).toBe('Quality: method 24 + staff 18 = 42 of 60.');
    const json = JSON.parse(JSON.stringify(split));
    expect(JSON.stringify(revive(json, 'tender-evaluation'))).toBe(JSON.stringify(split));
  });

  it("refuses the group's share, inputs or sentence where its parts disagree", () => {
    // 42 of 60 is a share of 0.7.
    expect(edit([...group, 'scoreShare'], '0.75')).toEqual([
      `${pathText([...group, 'scoreShare'])}: expected its weighted score ÷ weight (0.7), received "0.75"`,
    ]);
    expect(edit([...group, 'inputs', 'staff'], '20')).toEqual([
      `${pathText([...group, 'inputs', 'staff'])}: expected "18" (from its own figures), received "20"`,
    ]);
    expect(edit([...group, 'reason'], 'Quality: method 24 + staff 18 = 42 of 50.')).toEqual([
      `${pathText([...group, 'reason'])}: expected "Quality: method 24 + staff 18 = 42 of 60." (from its own figures), received "Quality: method 24 + staff 18 = 42 of 50."`,
    ]);
    // A part's share: 18 of 30 is 0.6.
    const part: Step[] = [...group, 'subCriteria', 1, 'scoreShare'];
    expect(edit(part, '0.8')).toEqual([
      `${pathText(part)}: expected its weighted score ÷ weight (0.6), received "0.8"`,
    ]);
  });
});

describe('a stored what-if whose model was edited by hand', () => {
  // Price raised to 50 points (quality down to 50): the model stored is the one the evaluation
  // after was scored with.
  const changed = whatIf(model, bids, { weights: { price: 50 } });
  const edit = (path: Step[], value: unknown) => {
    const error = caught(() => revive(edited(changed, path, value), 'what-if'));
    expect(error.code).toBe('invalid-input');
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  };

  it('reads back as stored', () => {
    expect(changed.model.criteria.map((criterion) => criterion.weight.toString())).toEqual([
      '50',
      '50',
    ]);
    const json = JSON.parse(JSON.stringify(changed));
    expect(JSON.stringify(revive(json, 'what-if'))).toBe(JSON.stringify(changed));
  });

  it('refuses a criterion renamed in the model and not in the evaluations, at the model', () => {
    const name: Step[] = ['model', 'criteria', 1, 'name'];
    expect(edit(name, 'Cost')).toEqual([
      `${pathText(name)}: expected "Price" (from its own figures), received "Cost"`,
    ]);
    const id: Step[] = ['model', 'criteria', 0, 'id'];
    expect(edit(id, 'merit')).toEqual([
      `${pathText(id)}: expected "quality" (from its own figures), received "merit"`,
    ]);
  });
});
