import { describe, expect, it } from 'vitest';
import {
  type CriterionInput,
  defineEvaluation,
  evaluateTenders,
  type SocialValueError,
} from '../../src/index.js';
import { caught } from '../errors.js';

const price: CriterionInput = {
  id: 'price',
  kind: 'price',
  weight: 30,
  scoring: { method: 'relative-to-lowest' },
};
const quality: CriterionInput = {
  id: 'quality',
  kind: 'quality',
  weight: 70,
  scoring: { method: 'scale', scale: '0-5' },
};

const paths = (error: SocialValueError) => error.issues.map((issue) => issue.path);

describe('defineEvaluation', () => {
  it('fills defaults and keeps weights exact', () => {
    const model = defineEvaluation({ criteria: [quality, price] });
    expect(model.method).toBe('weighted');
    expect(model.missingInput).toBe('error');
    expect(model.tieBreak).toEqual([]);
    expect(model.criteria.map((c) => c.weight.toString())).toEqual(['70', '30']);
    expect(model.criteria[0]?.name).toBe('quality');
    expect(Object.isFrozen(model)).toBe(true);
  });

  it('accepts weights that sum to 100 only with exact decimals (0.1 + 0.2 + 99.7)', () => {
    // 0.1 + 0.2 + 99.7 is 100 exactly in decimal, 100.00000000000001 in floating point.
    const model = defineEvaluation({
      criteria: [
        { ...price, weight: 0.1 },
        { ...quality, id: 'q1', weight: 0.2 },
        { ...quality, id: 'q2', weight: 99.7 },
      ],
    });
    expect(model.criteria).toHaveLength(3);
  });

  it('rejects weights that do not sum to 100, at path criteria', () => {
    const error = caught(() =>
      defineEvaluation({ criteria: [quality, { ...price, weight: '30.000001' }] }),
    );
    expect(error.code).toBe('weights-do-not-sum');
    expect(paths(error)).toEqual(['model.criteria']);
    expect(error.details.sum).toBe('100.000001');
  });

  it('sums sub-criteria into their parent and checks a stated parent weight', () => {
    const model = defineEvaluation({
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 'method', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'staff', weight: 30, scoring: { method: 'scale', scale: '0-4' } },
          ],
        },
        price,
      ],
    });
    expect(model.criteria[0]?.weight.toString()).toBe('70');
    expect(model.criteria[0]?.subCriteria?.[1]?.kind).toBe('quality');

    const error = caught(() =>
      defineEvaluation({
        criteria: [
          {
            id: 'quality',
            kind: 'quality',
            weight: 70,
            subCriteria: [{ id: 'method', weight: 60, scoring: { method: 'scale', scale: '0-5' } }],
          },
          price,
        ],
      }),
    );
    expect(error.code).toBe('weights-do-not-sum');
    expect(paths(error)).toEqual(['model.criteria[0].weight']);
  });

  it('rejects a method that does not fit the kind, duplicate ids and unknown tie-break criteria', () => {
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, scoring: { method: 'relative-to-lowest' } },
          { ...price, id: 'quality', scoring: { method: 'scale', scale: '0-5' } },
        ],
        tieBreak: [{ criterion: 'nope' }],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toEqual([
      'model.criteria[0].scoring.method',
      'model.criteria[1].id',
      'model.criteria[1].scoring.method',
      'model.tieBreak[0].criterion',
    ]);
  });

  it('refuses a tie-break rule for a kind of criterion the model has none of', () => {
    // It settled no tie (every bid's social value scores summed to 0) and was accepted silently.
    const onlyQualityAndPrice = {
      criteria: [
        { ...quality, weight: 60 },
        { ...price, weight: 40 },
      ],
    };
    const error = caught(() =>
      defineEvaluation({
        ...onlyQualityAndPrice,
        tieBreak: ['higher-quality', 'higher-social-value', 'lower-price'],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.tieBreak[1]',
        'expected a rule this model can apply (it has no social-value criterion), received "higher-social-value"',
      ],
    ]);
    const noQuality = caught(() =>
      defineEvaluation({
        criteria: [{ ...price, weight: 100 }],
        tieBreak: ['higher-quality'],
      }),
    );
    expect(noQuality.issues.map((issue) => issue.message)).toEqual([
      'expected a rule this model can apply (it has no quality criterion), received "higher-quality"',
    ]);
    // With a social value criterion the rule is kept.
    expect(
      defineEvaluation({
        criteria: [
          { ...quality, weight: 60 },
          { ...price, weight: 30 },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'relative-to-highest' },
          },
        ],
        tieBreak: ['higher-social-value'],
      }).tieBreak,
    ).toEqual(['higher-social-value']);
  });

  it('refuses criterion ids that differ only in surrounding spaces, naming the first', () => {
    // `'price'` and `' price '` were two criteria: responses and weights under either id were
    // read apart although every sentence prints them alike.
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...price, weight: 30 },
          { ...quality, weight: 40 },
          { ...quality, id: ' price ', weight: 30 },
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.criteria[2].id',
        'expected a unique id, " price " is used twice (model.criteria[0].id is "price": surrounding spaces do not count)',
      ],
    ]);
    const sub = caught(() =>
      defineEvaluation({
        criteria: [
          price,
          {
            id: 'q',
            kind: 'quality',
            subCriteria: [
              { id: 'a', weight: 35, scoring: { method: 'scale', scale: '0-5' } },
              { id: 'a\t', weight: 35, scoring: { method: 'scale', scale: '0-5' } },
            ],
          },
        ],
      }),
    );
    expect(sub.issues[0]?.message).toBe(
      'expected a unique id, "a\\t" is used twice (model.criteria[1].subCriteria[0].id is "a": surrounding spaces do not count)',
    );
    const exact = caught(() =>
      defineEvaluation({ criteria: [price, { ...quality, id: 'price' }] }),
    );
    expect(exact.issues[0]?.message).toBe(
      'expected a unique id, "price" is used twice (model.criteria[0].id)',
    );
    // Ids that read the same (case, a zero-width space, Unicode form) are refused too, as bid ids
    // are: a bids sheet's columns match criteria in any case, so `quality` and `Quality` were one
    // column, and every sentence prints them alike.
    const alike = caught(() =>
      defineEvaluation({
        criteria: [
          { ...price, weight: 30 },
          { ...quality, weight: 40 },
          { ...quality, id: 'Quality', weight: 20 },
          { ...quality, id: 'qual\u200bity', weight: 10 },
        ],
      }),
    );
    expect(alike.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.criteria[2].id',
        'expected a unique id, "Quality" is used twice (model.criteria[1].id is "quality" but for case, spaces, invisible characters or Unicode form)',
      ],
      [
        'model.criteria[3].id',
        'expected a unique id, "qual\\u200bity" is used twice (model.criteria[1].id is "quality" but for case, spaces, invisible characters or Unicode form)',
      ],
    ]);
  });

  it('rejects bad fields with their paths', () => {
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, weight: -1 },
          { ...price, scoring: { method: 'linear', fullMarksAt: 100, zeroAt: 50 } },
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toEqual(['model.criteria[0].weight', 'model.criteria[1].scoring.zeroAt']);
  });

  it('refuses a minimum mark above the highest mark of its scale, which no bid could meet', () => {
    // `minimumMark: 50` on the 0-5 scale (a percentage written as a mark) used to be accepted
    // and disqualified every bid.
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, weight: 40, minimumMark: 50 },
          {
            id: 'sv',
            kind: 'social-value',
            subCriteria: [
              {
                id: 'sv-plan',
                weight: 30,
                minimumMark: '4.01',
                scoring: {
                  method: 'blend',
                  quantitative: { method: 'relative-to-highest' },
                  qualitative: { method: 'scale', scale: '0-4' },
                  quantitativeShare: '0.5',
                },
              },
            ],
          },
          price,
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.criteria[0].minimumMark',
        'expected a minimum mark from 0 to 5 (the highest mark of the scale), received 50',
      ],
      [
        'model.criteria[1].subCriteria[0].minimumMark',
        'expected a minimum mark from 0 to 4 (the highest mark of the scale), received 4.01',
      ],
    ]);
    // The highest mark itself is a minimum a bid can meet.
    const model = defineEvaluation({ criteria: [{ ...quality, minimumMark: 5 }, price] });
    expect(
      evaluateTenders(model, [{ id: 'A', price: 10, responses: { quality: 5 } }]).winner?.bid,
    ).toBe('A');
  });

  it('needs a willingness to pay for value for money, and no price criterion in that mode', () => {
    const error = caught(() =>
      defineEvaluation({
        method: 'value-for-money',
        criteria: [{ ...quality, weight: 70 }, price],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(paths(error)).toEqual(['model.criteria[1].kind', 'model.willingnessToPay']);
  });

  it('refuses a willingness to pay in a mode that would ignore it', () => {
    for (const method of [undefined, 'weighted', 'price-per-quality-point'] as const) {
      const error = caught(() =>
        defineEvaluation({
          ...(method === undefined ? {} : { method }),
          willingnessToPay: 600,
          criteria:
            method === 'price-per-quality-point'
              ? [{ ...quality, weight: 100 }]
              : [{ ...quality, weight: 70 }, price],
        }),
      );
      expect(error.issues).toEqual([
        expect.objectContaining({
          path: 'model.willingnessToPay',
          message: `expected none: only the value-for-money method reads it (this model's method is "${method ?? 'weighted'}")`,
        }),
      ]);
    }
  });

  it('is accepted again as input and not re-checked', () => {
    const model = defineEvaluation({ criteria: [{ ...price, weight: 100 }] });
    expect(model).toMatchObject({ kind: 'evaluation-model', schemaVersion: 1 });
    expect(defineEvaluation(model)).toBe(model);
    const result = evaluateTenders(model, [{ id: 'A', price: 10 }]);
    expect(result.winner?.bid).toBe('A');
    // A plain copy (for example through JSON-like spreading) is checked again and still valid.
    expect(evaluateTenders({ ...model }, [{ id: 'A', price: 10 }]).winner?.bid).toBe('A');
  });

  it('reads its JSON back as the same model, checked again', () => {
    const model = defineEvaluation({
      name: 'Catering 2026',
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          minimumScoreShare: '0.4',
          subCriteria: [
            { id: 'method', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
            {
              id: 'staff',
              name: 'Staffing',
              weight: 20,
              minimumMark: 1,
              scoring: { method: 'scale', scale: { marks: [0, 2, 5, 10] }, combine: 'mean' },
            },
          ],
        },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'mean-based' } },
        {
          id: 'sv',
          kind: 'social-value',
          weight: 10,
          scoring: {
            method: 'blend',
            quantitative: { method: 'sva', targetRatio: '0.1', contractValue: 2000000 },
            qualitative: { method: 'scale', scale: '0-4' },
            quantitativeShare: '0.5',
          },
        },
      ],
      tieBreak: ['higher-quality', { criterion: 'sv' }],
      rounding: { places: 2 },
      missingInput: 'disqualify',
      abnormallyLow: { action: 'flag', belowAverageShare: '0.2' },
    });
    const json = JSON.parse(JSON.stringify(model)) as unknown;
    const revived = defineEvaluation(json as never);
    expect(revived).toStrictEqual(model);
    expect(JSON.stringify(revived)).toBe(JSON.stringify(model));
    // A snapshot whose weights no longer sum to 100 is refused as defineEvaluation would.
    const broken = JSON.parse(JSON.stringify(model)) as { criteria: { weight: string }[] };
    broken.criteria[1]!.weight = '31';
    const error = caught(() => evaluateTenders(broken as never, []));
    expect(error.code).toBe('weights-do-not-sum');
    expect(paths(error)).toEqual(['model.criteria']);
  });

  it('refuses weights given as fractions, with the percentage points they probably meant', () => {
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, weight: 0.6 },
          { ...price, weight: 0.3 },
          { ...quality, id: 'sv', kind: 'social-value', weight: 0.1 },
        ],
      }),
    );
    expect(error.code).toBe('weights-do-not-sum');
    expect(error.issues[0]?.message).toBe(
      'expected weights summing to exactly 100 percentage points, received 1: weights are percentage points, not fractions (did you mean 60, 30 and 10?)',
    );
    expect(error.details).toEqual({ sum: '1', suggestedWeights: ['60', '30', '10'] });
  });

  it('offers points only for weights that sum to 1, not for small points or short fractions', () => {
    // `1, 1, 1` (points meant as equal shares) was answered "did you mean 100, 100 and 100?",
    // which sums to 300.
    for (const [weights, sum] of [
      [[1, 1, 1], '3'],
      [[0.5, 0.3, 0.1], '0.9'],
    ] as const) {
      const error = caught(() =>
        defineEvaluation({
          criteria: [
            { ...quality, weight: weights[0] },
            { ...price, weight: weights[1] },
            { ...quality, id: 'sv', kind: 'social-value', weight: weights[2] },
          ],
        }),
      );
      expect(error.issues[0]?.message).toBe(
        `expected weights summing to exactly 100 percentage points, received ${sum}`,
      );
    }
  });

  it('names floating-point rounding when weights written as 100 / 3 miss 100 by a hair', () => {
    // 100 / 3 is the number 33.333333333333336; read exactly, three sum to 100.000000000000008.
    const error = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, weight: 100 / 3 },
          { ...price, weight: 100 / 3 },
          { ...quality, id: 'sv', kind: 'social-value', weight: 100 / 3 },
        ],
      }),
    );
    expect(error.code).toBe('weights-do-not-sum');
    expect(error.issues[0]?.message).toBe(
      'expected weights summing to exactly 100 percentage points, received 100.000000000000008: floating-point rounding (as in 100 / 3), so give the weights as decimal text summing to exactly 100 (thirds as "33.3333", "33.3333" and "33.3334")',
    );
    // A sum off by a real amount gets no such guess.
    const off = caught(() =>
      defineEvaluation({
        criteria: [
          { ...quality, weight: 33 },
          { ...price, weight: 33 },
          { ...quality, id: 'sv', kind: 'social-value', weight: 33 },
        ],
      }),
    );
    expect(off.issues[0]?.message).toBe(
      'expected weights summing to exactly 100 percentage points, received 99',
    );
  });

  it('refuses shares written as percentages, with the fraction they probably meant', () => {
    const error = caught(() =>
      defineEvaluation({ criteria: [{ ...quality, weight: 100, minimumScoreShare: 50 }] }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toMatchObject([
      {
        path: 'model.criteria[0].minimumScoreShare',
        message:
          'expected a share from 0 to 1 (a fraction, not a percentage), received 50 (did you mean 0.5?)',
      },
    ]);
  });
});
