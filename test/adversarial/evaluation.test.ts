import { describe, expect, it } from 'vitest';
import { seal } from '../../src/core/brand.js';
import {
  type BidInput,
  Decimal,
  defineEvaluation,
  type EvaluationModelInput,
  evaluateTenders,
  flagAbnormallyLow,
  revive,
  type SnapshotKind,
  type SnapshotKinds,
  type SocialValueError,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { caught } from '../errors.js';
import {
  codeOf,
  expectSane,
  frozenCopy,
  hostileNumbers,
  nothingFrozen,
  prototypeNames,
} from './sane.js';

/** Fails unless the result's JSON revives to the same JSON. */
function expectRevives<K extends SnapshotKind>(result: SnapshotKinds[K], kind: K): void {
  const json = JSON.stringify(result);
  expect(JSON.stringify(revive(JSON.parse(json), kind))).toBe(json);
}

// Issue #11 for the evaluation area: every public function (defineEvaluation, evaluateTenders,
// flagAbnormallyLow, weightSensitivity, whatIf) with hostile and careless input. Every case
// asserts the outcome: a sane result with its figures, or a SocialValueError with code and path.
// (Evaluation takes no dates, so there are no boundary dates to try.)

const model: EvaluationModelInput = {
  criteria: [
    { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
    { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
  ],
};
const bids: BidInput[] = [
  { id: 'A', price: 1000000, responses: { quality: 4, sv: 50000 } },
  { id: 'B', price: 1200000, responses: { quality: 5, sv: 20000 } },
  { id: 'C', price: 1050000, responses: { quality: 4, sv: 300000 } },
];
// The same model with names: a key written as a criterion's name suggests its id.
const named: EvaluationModelInput = {
  criteria: model.criteria.map((criterion) => ({
    ...criterion,
    name: criterion.id === 'sv' ? 'Social value' : `${criterion.id} criterion`,
  })),
};
// By hand (see test/evaluation/readme.test.ts): C 86.5714…, B 85.6667…, A 79.6667….
const expectedTotals = { C: '86.5714', B: '85.6667', A: '79.6667' };

const totals = (result: ReturnType<typeof evaluateTenders>) =>
  Object.fromEntries(result.ranking.map((bid) => [bid.bid, bid.total.toFixed(4)]));
const where = (error: SocialValueError) => error.issues.map((issue) => issue.path);

/** Every public function of the area, called with `model`, `bids` and extra arguments. */
const everyFunction = {
  evaluateTenders: (m: unknown, b: unknown) => evaluateTenders(m as never, b as never),
  weightSensitivity: (m: unknown, b: unknown) => weightSensitivity(m as never, b as never),
  whatIf: (m: unknown, b: unknown) => whatIf(m as never, b as never, { weights: { sv: 20 } }),
} as const;

describe('malformed numbers', () => {
  it.each(hostileNumbers.map((value) => [String(value), value]))(
    'a weight of %s is refused at its path',
    (_, value) => {
      const error = caught(() =>
        defineEvaluation({
          criteria: [{ ...model.criteria[0]!, weight: value as never }, ...model.criteria.slice(1)],
        }),
      );
      expect(error.code).toBe(codeOf(value));
      expect(where(error)).toEqual(['model.criteria[0].weight']);
    },
  );

  it.each(hostileNumbers.map((value) => [String(value), value]))(
    'a price or a response of %s is refused at its path by every function',
    (_, value) => {
      for (const run of Object.values(everyFunction)) {
        const price = caught(() => run(model, [{ ...bids[0]!, price: value as never }, bids[1]]));
        expect(price.code).toBe(codeOf(value));
        expect(where(price)).toEqual(['bids[0].price']);
        const response = caught(() =>
          run(model, [bids[0], { ...bids[1]!, responses: { quality: 5, sv: value as never } }]),
        );
        if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
          // An object or a list is read as marks: {} has no offer, [] is not a response.
          expect(['invalid-input', 'missing-input']).toContain(response.code);
        } else {
          expect(response.code).toBe(codeOf(value));
          expect(where(response)).toEqual(['bids[1].responses.sv']);
        }
      }
    },
  );

  it.each(hostileNumbers.map((value) => [String(value), value]))(
    'whatIf weights and prices, and the abnormally low limits, refuse %s at their paths',
    (_, value) => {
      const weight = caught(() => whatIf(model, bids, { weights: { sv: value as never } }));
      expect(weight.code).toBe(codeOf(value));
      expect(where(weight)).toEqual(['changes.weights.sv']);
      const price = caught(() => whatIf(model, bids, { prices: { B: value as never } }));
      expect(price.code).toBe(codeOf(value));
      expect(where(price)).toEqual(['changes.prices.B']);
      const limit = caught(() =>
        flagAbnormallyLow([{ id: 'A', price: 1 }], { proximityMin: value as never }),
      );
      expect(limit.code).toBe(codeOf(value));
      expect(where(limit)).toEqual(['options.proximityMin']);
      const flagged = caught(() => flagAbnormallyLow([{ id: 'A', price: value as never }]));
      expect(flagged.code).toBe(codeOf(value));
      expect(where(flagged)).toEqual(['bids[0].price']);
    },
  );

  it('refuses proportions in the other unit with the value they probably meant', () => {
    // Issue #10: whatIf weights are percentage points.
    const weight = caught(() => whatIf(model, bids, { weights: { sv: 0.05 } }));
    expect(weight.code).toBe('invalid-input');
    expect(weight.message).toContain('percentage points');
    expect(weight.issues[0]?.message).toContain('did you mean 5?');
    const share = caught(() =>
      evaluateTenders(
        {
          criteria: [
            {
              id: 'sv',
              kind: 'social-value',
              weight: 100,
              scoring: {
                method: 'blend',
                quantitative: { method: 'sva', targetRatio: 20 },
                qualitative: { method: 'scale', scale: '0-4' },
                quantitativeShare: 60,
              },
            },
          ],
        },
        [],
      ),
    );
    expect(share.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.criteria[0].scoring.quantitative.targetRatio',
        'expected a ratio from 0 to 1 (a fraction, not a percentage), received 20 (did you mean 0.2?)',
      ],
      [
        'model.criteria[0].scoring.quantitativeShare',
        'expected a share from 0 to 1 (a fraction, not a percentage), received 60 (did you mean 0.6?)',
      ],
    ]);
  });
});

describe('unknown and misspelt keys', () => {
  const misspelt: [string, () => unknown, string, string][] = [
    [
      'a model key',
      () => defineEvaluation({ critera: model.criteria } as never),
      'model.critera',
      'unknown key (did you mean "criteria"?)',
    ],
    [
      'a criterion key',
      () =>
        defineEvaluation({
          criteria: [{ ...model.criteria[0]!, wieght: 1 } as never, ...model.criteria.slice(1)],
        }),
      'model.criteria[0].wieght',
      'unknown key (did you mean "weight"?)',
    ],
    [
      'a scoring method written on the criterion',
      () =>
        defineEvaluation({
          criteria: [
            { id: 'price', kind: 'price', weight: 100, method: 'relative-to-lowest' } as never,
          ],
        }),
      'model.criteria[0].method',
      'unknown key (did you mean "scoring.method"?)',
    ],
    [
      'a scoring method written on a sub-criterion',
      () =>
        defineEvaluation({
          criteria: [
            {
              id: 'quality',
              kind: 'quality',
              weight: 100,
              subCriteria: [{ id: 'q1', weight: 100, method: 'scale' } as never],
            },
          ],
        }),
      'model.criteria[0].subCriteria[0].method',
      'unknown key (did you mean "scoring.method"?)',
    ],
    [
      'a key renamed in 0.2 (minimumScore)',
      () =>
        defineEvaluation({
          criteria: [
            { ...model.criteria[0]!, minimumScore: 0.5 } as never,
            ...model.criteria.slice(1),
          ],
        }),
      'model.criteria[0].minimumScore',
      'unknown key (did you mean "minimumScoreShare"?)',
    ],
    [
      'a key renamed in 0.2 (target)',
      () =>
        defineEvaluation({
          criteria: [
            {
              id: 'sv',
              kind: 'social-value',
              weight: 100,
              scoring: { method: 'sva', target: 0.2 } as never,
            },
          ],
        }),
      'model.criteria[0].scoring.target',
      'unknown key (did you mean "targetRatio"?)',
    ],
    [
      'a scoring method',
      () =>
        defineEvaluation({
          criteria: [
            {
              id: 'p',
              kind: 'price',
              weight: 100,
              scoring: { method: 'relative-to-lowst' } as never,
            },
          ],
        }),
      'model.criteria[0].scoring.method',
      'expected one of "relative-to-lowest", "linear", "mean-based", "percent-above-lowest", "graduated-pricing", "scale", "relative-to-highest", "sva", "blend", received "relative-to-lowst" (did you mean "relative-to-lowest"?)',
    ],
    [
      'a bid key',
      () => evaluateTenders(model, [{ ...bids[0]!, prise: 5 } as never]),
      'bids[0].prise',
      'unknown key (did you mean "price"?)',
    ],
    [
      'a response key of marks',
      () =>
        evaluateTenders(model, [
          { ...bids[0]!, responses: { quality: { moderatd: 4 }, sv: 1 } as never },
        ]),
      'bids[0].responses.quality.moderatd',
      'unknown key (did you mean "moderated"?)',
    ],
    [
      'a response under a misspelt criterion',
      () => evaluateTenders(model, [{ ...bids[0]!, responses: { qualty: 4, quality: 4, sv: 1 } }]),
      'bids[0].responses.qualty',
      'expected a criterion id of the model, received "qualty" (did you mean "quality"?)',
    ],
    [
      'a response under a criterion name',
      () =>
        evaluateTenders(named, [
          { id: 'A', price: 1, responses: { 'Social value': 1, quality: 4 } },
        ]),
      'bids[0].responses["Social value"]',
      'expected a criterion id of the model, received "Social value" (did you mean "sv"?)',
    ],
    [
      'a whatIf weight under a criterion name',
      () =>
        whatIf(named, [{ id: 'A', price: 1, responses: { quality: 4, sv: 1 } }], {
          weights: { 'social VALUE': 20 },
        }),
      'changes.weights["social VALUE"]',
      'expected the id of a top-level criterion (sub-criteria move with their parent), received "social VALUE" (did you mean "sv"?)',
    ],
    [
      'a whatIf key',
      () => whatIf(model, bids, { weight: { sv: 20 } } as never),
      'changes.weight',
      'unknown key (did you mean "weights"?)',
    ],
    [
      'an abnormally low option renamed in 0.2',
      () => flagAbnormallyLow([{ id: 'A', price: 1 }], { belowAverage: 0.2 } as never),
      'options.belowAverage',
      'unknown key (did you mean "belowAverageShare"?)',
    ],
    [
      'an abnormally low bid key',
      // The bids of an evaluation are taken as they are (responses and all); a slip is not.
      () => flagAbnormallyLow([{ id: 'A', price: 1, respones: {} }] as never),
      'bids[0].respones',
      'unknown key (did you mean "responses"?)',
    ],
  ];
  it.each(misspelt)(
    '%s is refused at its own path, with the closest key',
    (_, run, path, message) => {
      const error = caught(run);
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toContainEqual([
        path,
        message,
      ]);
      // Nothing else is reported but a required key the misspelling left missing.
      for (const issue of error.issues) {
        if (issue.path !== path) expect(issue.message).toMatch(/^missing: /);
      }
    },
  );

  it('refuses a response to a price criterion or to a split criterion', () => {
    const split: EvaluationModelInput = {
      criteria: [
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 'method', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'staff', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    };
    const error = caught(() =>
      evaluateTenders(split, [{ id: 'A', price: 1, responses: { quality: 4, price: 1 } }]),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'bids[0].responses.quality',
        'expected responses under the sub-criteria of "quality" ("method" and "staff"), not under the criterion',
      ],
      [
        'bids[0].responses.price',
        'expected no response: the price criterion "price" reads the bid\'s price',
      ],
    ]);
  });
});

describe('ids named like Object.prototype members', () => {
  // Each prototype name in turn is the id of the quality criterion, of a sub-criterion, of a
  // bid and of a tie-break rule's criterion: every function works with it as an ordinary id.
  it.each(prototypeNames.map((name) => [name]))(
    '"%s" works as a criterion and a bid id',
    (name) => {
      const named: EvaluationModelInput = {
        criteria: [
          {
            id: name,
            kind: 'quality',
            subCriteria: [
              { id: `${name}-a`, weight: 30, scoring: { method: 'scale', scale: '0-5' } },
              {
                id: name === '__proto__' ? 'constructor' : '__proto__',
                weight: 30,
                scoring: { method: 'scale', scale: '0-5' },
              },
            ],
          },
          { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'sv',
            kind: 'social-value',
            weight: 10,
            scoring: { method: 'relative-to-highest' },
          },
        ],
        tieBreak: [{ criterion: name }],
      };
      const other = name === '__proto__' ? 'constructor' : '__proto__';
      const responses = (a: number, b: number, sv: number) =>
        JSON.parse(JSON.stringify({ [`${name}-a`]: a, [other]: b, sv })) as Record<string, number>;
      const [second, third] = prototypeNames.filter((other) => other !== name);
      const namedBids: BidInput[] = [
        { id: name, price: 100, responses: responses(5, 5, 10) },
        { id: second!, price: 80, responses: responses(4, 3, 20) },
        { id: third!, price: 100, responses: responses(2, 2, 0) },
      ];
      const result = evaluateTenders(named, namedBids);
      expectSane(result);
      // By hand: the first bid scores 30 + 30 + 80/100 × 30 = 84 + 10/20 × 10 = 89.
      expect(result.ranking.find((bid) => bid.bid === name)?.total.toString()).toBe('89');
      const group = result.ranking[0]!.criteria[0]!;
      expect(Object.getPrototypeOf(group.inputs)).toBeNull();
      expect(Object.keys(group.inputs)).toEqual([`${name}-a`, other]);
      const sensitivity = weightSensitivity(named, namedBids);
      expectSane(sensitivity);
      expect(sensitivity.criteria[0]?.criterion).toBe(name);
      const changed = whatIf(named, namedBids, {
        weights: JSON.parse(JSON.stringify({ [name]: 40 })),
        prices: JSON.parse(JSON.stringify({ [namedBids[0]!.id]: 90 })),
      });
      expectSane(changed);
      expect(changed.model.criteria.map((criterion) => criterion.weight.toString())).toEqual([
        '40',
        '45',
        '15',
      ]);
      expect(changed.after.ranking.find((bid) => bid.bid === name)?.price?.toString()).toBe('90');
      const check = flagAbnormallyLow(namedBids.map((bid) => ({ id: bid.id, price: bid.price! })));
      expect(check.findings.map((finding) => finding.bid)).toEqual(namedBids.map((bid) => bid.id));
    },
  );
});

describe('objects that are not what a parameter expects', () => {
  const evaluation = evaluateTenders(model, bids);
  const valuation = { kind: 'valuation', schemaVersion: 1, total: '5', lines: [] };
  const wrongModels: [string, unknown, string, string][] = [
    [
      'null',
      null,
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received null',
    ],
    [
      'a list',
      [],
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received a list ([])',
    ],
    [
      'a string',
      'model',
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received "model"',
    ],
    ['an empty object', {}, 'model.criteria', 'missing: expected a list'],
    [
      'a valuation',
      valuation,
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received an object of kind "valuation"',
    ],
    [
      'a tender evaluation',
      evaluation,
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received an object of kind "tender-evaluation"',
    ],
    [
      'a Map',
      new Map(),
      'model',
      'expected an evaluation model (from defineEvaluation, or its JSON), received a Map',
    ],
  ];
  it.each(wrongModels)(
    '%s as the model is invalid input naming `model`',
    (_, value, path, message) => {
      for (const run of [
        () => defineEvaluation(value as never),
        ...Object.values(everyFunction).map((fn) => () => fn(value, bids)),
      ]) {
        const error = caught(run);
        expect(error.code).toBe('invalid-input');
        expect(error.message).toContain('Invalid evaluation model');
        expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
      }
    },
  );

  it.each([
    ['null', null, 'expected a list, received null'],
    ['an object', {}, 'expected a list, received {}'],
    ['a valuation', valuation, 'expected a list, received an object of kind "valuation"'],
    // JSON writes a Set as `{}`.
    ['a Set', new Set(bids), 'expected a list, received a Set'],
    ['a Map', new Map([['A', bids[0]]]), 'expected a list, received a Map'],
  ])('%s as the bids is invalid input naming `bids`', (_, value, message) => {
    for (const run of [
      ...Object.values(everyFunction),
      (_m: unknown, b: unknown) => flagAbnormallyLow(b as never),
    ]) {
      const error = caught(() => run(model, value));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([['bids', message]]);
    }
  });

  it('refuses wrong changes and options at their parameter', () => {
    expect(where(caught(() => whatIf(model, bids, null as never)))).toEqual(['changes']);
    expect(where(caught(() => whatIf(model, bids, [] as never)))).toEqual(['changes']);
    expect(where(caught(() => flagAbnormallyLow([], null as never)))).toEqual(['options']);
  });

  it('works with a model written by hand, copied, or read back from JSON', () => {
    const defined = defineEvaluation(model);
    for (const given of [model, defined, { ...defined }, JSON.parse(JSON.stringify(defined))]) {
      const result = evaluateTenders(given, bids);
      expectSane(result);
      expect(totals(result)).toEqual(expectedTotals);
    }
    // A copy whose criteria no longer sum to 100 is checked as defineEvaluation would.
    const broken = JSON.parse(JSON.stringify(defined));
    broken.criteria[2].weight = '11';
    const error = caught(() => evaluateTenders(broken, bids));
    expect(error.code).toBe('weights-do-not-sum');
    expect(where(error)).toEqual(['model.criteria']);
  });

  it('reads a Valuation as an offer, sealed or as JSON, by its kind and total', () => {
    const sealed = seal(
      {
        kind: 'valuation',
        schemaVersion: 1,
        framework: { id: 'f', name: 'F', edition: '1', priceYear: 2024 },
        lines: [],
        total: new Decimal('300000'),
        byTheme: Object.assign(Object.create(null), { jobs: new Decimal('300000') }),
        warnings: [],
        summary: 'A valuation.',
      },
      'valuation',
    );
    for (const offer of [sealed, JSON.parse(JSON.stringify(sealed))]) {
      const result = evaluateTenders(model, [
        bids[0]!,
        bids[1]!,
        { ...bids[2]!, responses: { quality: 4, sv: offer } },
      ]);
      expect(totals(result)).toEqual(expectedTotals);
    }
    const negative = caught(() =>
      evaluateTenders(model, [
        { ...bids[0]!, responses: { quality: 4, sv: { kind: 'valuation', total: '-1' } } },
      ]),
    );
    expect(negative.issues.map((issue) => issue.path)).toEqual(['bids[0].responses.sv.total']);
    const noTotal = caught(() =>
      evaluateTenders(model, [
        { ...bids[0]!, responses: { quality: 4, sv: { kind: 'valuation' } as never } },
      ]),
    );
    expect(noTotal.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['bids[0].responses.sv.total', 'missing: expected a number'],
    ]);
  });
});

describe('caller data', () => {
  it('is neither changed nor frozen, and frozen input works', () => {
    const input = structuredClone(model);
    const given = structuredClone(bids);
    const changes = { weights: { sv: 20 }, prices: { B: 1000000 } };
    const options = { belowAverageShare: '0.2' };
    const before = JSON.stringify([input, given, changes, options]);
    evaluateTenders(input, given);
    weightSensitivity(input, given);
    whatIf(input, given, changes);
    defineEvaluation(input);
    flagAbnormallyLow(
      given.map((bid) => ({ id: bid.id, price: bid.price! })),
      options,
    );
    expect(JSON.stringify([input, given, changes, options])).toBe(before);
    expect(nothingFrozen([input, given, changes, options])).toBe(true);

    const frozen = frozenCopy({ model, bids, changes, options });
    expect(totals(evaluateTenders(frozen.model, frozen.bids))).toEqual(expectedTotals);
    expect(weightSensitivity(frozen.model, frozen.bids).winner).toBe('C');
    // Social value to 20 and B at £1,000,000: C still wins (by hand, C 88.06, B 81.33).
    expect(whatIf(frozen.model, frozen.bids, frozen.changes).after.winner?.bid).toBe('C');
    expect(defineEvaluation(frozen.model).criteria).toHaveLength(3);
    expect(
      flagAbnormallyLow(
        frozen.bids.map((bid) => ({ id: bid.id, price: bid.price! })),
        frozen.options,
      ).flagged,
    ).toEqual([]);
  });

  it('keeps a Decimal from the caller as it is', () => {
    const price = new Decimal('1000000');
    const result = evaluateTenders(model, [{ ...bids[0]!, price }, bids[1]!, bids[2]!]);
    expect(Object.isFrozen(price)).toBe(false);
    expect(totals(result)).toEqual(expectedTotals);
  });
});

describe('order of the bids', () => {
  it('changes nothing but the order of findings that follow the input', () => {
    const shuffled = [bids[2]!, bids[0]!, bids[1]!];
    const plain = (value: unknown) => JSON.stringify(value);
    expect(plain(evaluateTenders(model, shuffled))).toBe(plain(evaluateTenders(model, bids)));
    expect(plain(weightSensitivity(model, shuffled))).toBe(plain(weightSensitivity(model, bids)));
    expect(plain(whatIf(model, shuffled, { weights: { sv: 0 } }))).toBe(
      plain(whatIf(model, bids, { weights: { sv: 0 } })),
    );
    const prices = (list: BidInput[]) => list.map((bid) => ({ id: bid.id, price: bid.price! }));
    const byBid = (check: ReturnType<typeof flagAbnormallyLow>) =>
      Object.fromEntries(check.findings.map((finding) => [finding.bid, plain(finding)]));
    expect(byBid(flagAbnormallyLow(prices(shuffled)))).toEqual(
      byBid(flagAbnormallyLow(prices(bids))),
    );
  });
});

describe('huge and tiny magnitudes', () => {
  it('scores prices and offers at the edges of the numeric domain exactly', () => {
    const tiny = '0.0000000000000000000000000000000000000001'; // 1e-40
    const huge = '999999999999999.9999999999999999999999999999'; // just below 1e15
    // A price is at least a penny (a price of 1e-40 made figures revive refused); an offer may be
    // as small as the domain allows.
    const penny = '0.01';
    const result = evaluateTenders(model, [
      { id: 'A', price: penny, responses: { quality: 0, sv: huge } },
      { id: 'B', price: huge, responses: { quality: 5, sv: tiny } },
    ]);
    expectSane(result);
    expectRevives(result, 'tender-evaluation');
    // A: quality 0, price 30 (the lowest), social value 10 (the highest): 40.
    expect(result.ranking.find((bid) => bid.bid === 'A')?.total.toString()).toBe('40');
    // B: quality 60, price 30 × 0.01 ÷ 999,999,999,999,999.99… (3e-16) and social value
    // 10 × 1e-40 ÷ 999,999,999,999,999.99… (1e-54), each to 34 significant digits: 60 and a hair.
    const b = result.ranking.find((bid) => bid.bid === 'B')!;
    expect(b.total.gt(60) && b.total.lt('60.000000000000001')).toBe(true);
    expect(b.criteria[1]?.weightedScore.toSignificantDigits(6).toString()).toBe(
      '0.0000000000000003',
    );
    expect(b.criteria[2]?.weightedScore.toSignificantDigits(6).toString()).toBe('1e-54');
    // The sentence writes both below 0.001 to 4 significant figures (1.000e-17 and 3.000e-16),
    // never as 0.
    expect(b.criteria[1]?.reason).toBe(
      'price: lowest qualifying price £0.01 ÷ price £1,000,000,000,000,000.00 = 0.00000000000000001; × weight 30 = 0.0000000000000003.',
    );
    const sensitivity = weightSensitivity(model, [
      { id: 'A', price: penny, responses: { quality: 0, sv: huge } },
      { id: 'B', price: huge, responses: { quality: 5, sv: tiny } },
    ]);
    expectSane(sensitivity);
    expectRevives(sensitivity, 'weight-sensitivity');
    const check = flagAbnormallyLow([
      { id: 'A', price: penny },
      { id: 'B', price: huge },
      { id: 'C', price: huge },
    ]);
    expectSane(check);
    expectRevives(check, 'abnormally-low-check');
    expect(check.flagged).toEqual(['A']);
  });

  it('keeps sentences short however many marks or tied bids there are', () => {
    // 100,000 evaluators' marks, 4 and 5 in turn: the mean is 4.5 of 5, a share of 0.9.
    const marks = Array.from({ length: 100_000 }, (_, index) => 4 + (index % 2));
    const result = evaluateTenders(model, [
      { id: 'A', price: 1, responses: { quality: { marks }, sv: 1 } },
    ]);
    const quality = result.winner!.criteria[0]!;
    expect(quality.scoreShare.toString()).toBe('0.9');
    expect(quality.reason).toBe(
      'quality: mean mark (evaluators 4, 5, 4, 5, 4, 5, 4, 5, 4, 5 and 99,990 more) 4.5 on the 0-5 scale ÷ 5 = 0.9; × weight 60 = 54.',
    );
    // 1,000 identical bids tie for first place.
    const same = Array.from({ length: 1000 }, (_, index) => ({
      id: `b${String(index).padStart(4, '0')}`,
      price: 10,
      responses: { quality: 3, sv: 5 },
    }));
    const tie = evaluateTenders(model, same);
    expect(tie.winner).toBeNull();
    expect(tie.summary).toBe(
      'b0000, b0001, b0002, b0003, b0004, b0005, b0006, b0007, b0008, b0009 and 990 more tie for first place with 76 of 100: no winner until the tie is settled.',
    );
    expect(tie.ties).toHaveLength(1);
    expect(tie.ranking.every((bid) => bid.rank === 1 && bid.tie?.group === 0)).toBe(true);
    expectSane(tie);
  });
});

// Issue #14 items 1 to 3: the two price methods and the median test, with the same care.
describe('the newer price methods and the median test', () => {
  const graduatedPricing = {
    method: 'graduated-pricing',
    steepPointsPerPercent: '0.5',
    steepApplies: 'beyond-inflection',
    medianOfEven: 'mean-of-middle-two',
    floorAtZero: true,
  } as const;
  const priceModel = (scoring: object): EvaluationModelInput => ({
    criteria: [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 40, scoring: scoring as never },
    ],
  });
  const priced = (prices: readonly (string | number)[]) =>
    prices.map((price, index) => ({ id: `T${index}`, price, responses: { quality: 3 } }));

  it.each(hostileNumbers.map((value) => [String(value), value]))(
    'a rate or share of %s is refused at its path',
    (_, value) => {
      for (const [scoring, key] of [
        [{ method: 'percent-above-lowest', pointsPerPercent: value }, 'pointsPerPercent'],
        [{ ...graduatedPricing, steepPointsPerPercent: value }, 'steepPointsPerPercent'],
        [{ ...graduatedPricing, pointsPerPercent: value }, 'pointsPerPercent'],
        [{ ...graduatedPricing, inflectionUpliftRatio: value }, 'inflectionUpliftRatio'],
      ] as const) {
        const error = caught(() => defineEvaluation(priceModel(scoring)));
        expect(error.code).toBe(codeOf(value));
        expect(where(error)).toEqual([`model.criteria[1].scoring.${key}`]);
      }
      const share = caught(() =>
        flagAbnormallyLow([{ id: 'A', price: 1 }], {
          basis: 'median',
          belowMedianShare: value as never,
        }),
      );
      expect(share.code).toBe(codeOf(value));
      expect(where(share)).toEqual(['options.belowMedianShare']);
    },
  );

  it('refuses misspelt keys and wrong options with the key meant', () => {
    const steep = caught(() =>
      defineEvaluation(
        priceModel({ ...graduatedPricing, steepPointPerPercent: 1, steepPointsPerPercent: 1 }),
      ),
    );
    expect(steep.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'model.criteria[1].scoring.steepPointPerPercent',
        'unknown key (did you mean "steepPointsPerPercent"?)',
      ],
    ]);
    const applies = caught(() =>
      defineEvaluation(priceModel({ ...graduatedPricing, steepApplies: 'beyond' })),
    );
    expect(where(applies)).toEqual(['model.criteria[1].scoring.steepApplies']);
    for (const options of [null, [], 'median', new Map()]) {
      const error = caught(() => flagAbnormallyLow([{ id: 'A', price: 1 }], options as never));
      expect(error.code).toBe('invalid-input');
      expect(where(error)).toEqual(['options']);
    }
    const rule = caught(() =>
      defineEvaluation({
        ...model,
        abnormallyLow: { action: 'exclude', basis: 'median', belowAverageShare: '0.2' } as never,
      }),
    );
    expect(where(rule)).toEqual(['model.abnormallyLow.belowAverageShare']);
  });

  it('works with ids named like Object.prototype members, frozen input and any order', () => {
    const bids = prototypeNames.map((id, index) => ({
      id,
      price: 1000000 + index * 50000,
      responses: { quality: 3 },
    }));
    const frozen = frozenCopy(bids);
    for (const scoring of [{ method: 'percent-above-lowest' }, graduatedPricing]) {
      const result = evaluateTenders(priceModel(scoring), frozen);
      expectSane(result);
      expect(result.ranking.map((bid) => bid.bid)).toEqual(prototypeNames);
      const reversed = evaluateTenders(priceModel(scoring), [...frozen].reverse());
      expect(JSON.stringify(reversed.ranking)).toBe(JSON.stringify(result.ranking));
    }
    const check = flagAbnormallyLow(
      frozen.map(({ id, price }) => ({ id, price })),
      { basis: 'median' },
    );
    expectSane(check);
    expect(check.findings.map((finding) => finding.bid)).toEqual(prototypeNames);
    const shuffled = flagAbnormallyLow(
      [...frozen].reverse().map(({ id, price }) => ({ id, price })),
      { basis: 'median' },
    );
    expect(JSON.stringify([...shuffled.findings].reverse())).toBe(JSON.stringify(check.findings));
    expect(nothingFrozen(bids)).toBe(true);
  });

  it('scores prices at the edges of the numeric domain', () => {
    const penny = '0.01'; // the smallest price
    const huge = '999999999999999.9999999999999999999999999999'; // just below 1e15
    // percent above the lowest: the huge price is 1e17 times the penny, floored at 0.
    const above = evaluateTenders(
      priceModel({ method: 'percent-above-lowest' }),
      priced([penny, huge]),
    );
    expectSane(above);
    expectRevives(above, 'tender-evaluation');
    expect(above.ranking.map((bid) => bid.criteria[1]!.weightedScore.toString())).toEqual([
      '40',
      '0',
    ]);
    // graduated, without a floor: median (penny + huge) ÷ 2, the huge price far above it. With
    // the steepest rate the domain allows, the score stays a figure revive reads (below 1e60).
    for (const steepPointsPerPercent of ['0.5', '999999999999999']) {
      const open = evaluateTenders(
        priceModel({ ...graduatedPricing, steepPointsPerPercent, floorAtZero: false }),
        priced([penny, huge, huge]),
      );
      expectSane(open);
      expectRevives(open, 'tender-evaluation');
      expect(open.ranking[0]?.bid).toBe('T0');
      expect(open.ranking[1]!.criteria[1]!.weightedScore.isNegative()).toBe(true);
    }
    const check = flagAbnormallyLow(
      [
        { id: 'A', price: penny },
        { id: 'B', price: huge },
        { id: 'C', price: huge },
      ],
      { basis: 'median' },
    );
    expectSane(check);
    expect(check.flagged).toEqual(['A']);
  });
});

describe('many unknown ids', () => {
  // 250 quality criteria of 0.2 points each beside a price of 50: every id misspelt would cost
  // an edit distance per criterion for each one. The first 20 (as many as the message lists)
  // are compared; later ones only find the same id in another case or spacing.
  const many = 250;
  const ids = Array.from({ length: many }, (_, index) => `quality-criterion-${index}`);
  const big: EvaluationModelInput = {
    criteria: [
      { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
      ...ids.map((id) => ({
        id,
        kind: 'quality' as const,
        weight: '0.2',
        scoring: { method: 'scale' as const, scale: '0-5' as const },
      })),
    ],
  };
  // 98 slips and `late`: 99 issues, within the 100 an error keeps.
  const slips = ids.slice(0, 98).map((id) => id.replace('criterion', 'critreion'));
  const late = 'Quality Criterion-249'; // a case and spacing slip after the first 20

  /** Fails unless `error` lists every slip, the first 20 with their id, then `late` with its. */
  function expectCapped(error: SocialValueError, at: (key: string) => string): void {
    expect(error.issues.map((issue) => issue.path)).toEqual([...slips, late].map(at));
    const hints = error.issues.map((issue) => /did you mean "([^"]+)"/.exec(issue.message)?.[1]);
    expect(hints).toEqual([...ids.slice(0, 20), ...slips.slice(20).map(() => undefined), ids[249]]);
    expect(error.message).toContain('… and 79 more problems');
  }

  it('evaluateTenders suggests for the first 20 unknown responses and lists them all', () => {
    const responses = Object.fromEntries([...slips, late].map((key) => [key, 3]));
    const error = caught(() => evaluateTenders(big, [{ id: 'A', price: 100, responses }]));
    expect(error.code).toBe('invalid-input');
    expectCapped(error, (key) => `bids[0].responses[${JSON.stringify(key)}]`);
  });

  it('whatIf suggests for the first 20 unknown weights and lists them all', () => {
    const responses = Object.fromEntries(ids.map((id) => [id, 3]));
    const weights = Object.fromEntries([...slips, late].map((key) => [key, 1]));
    const error = caught(() => whatIf(big, [{ id: 'A', price: 100, responses }], { weights }));
    expectCapped(error, (key) => `changes.weights[${JSON.stringify(key)}]`);
  });

  it('defineEvaluation suggests for the first 20 unknown tie-break criteria and lists them all', () => {
    const tieBreak = [...slips, late].map((criterion) => ({ criterion }));
    const error = caught(() => defineEvaluation({ ...big, tieBreak }));
    const positions = new Map([...slips, late].map((key, index) => [key, index]));
    expectCapped(error, (key) => `model.tieBreak[${positions.get(key)}].criterion`);
  });
});
