import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../src/core/brand.js';
import { formatValuationCsv, toFramework, toPledges } from '../src/csv/index.js';
import {
  analyseSpend,
  assessMaturity,
  type BidInput,
  benchmarkSocialValueAdded,
  checkWeighting,
  compareAssessments,
  Decimal,
  definePolicy,
  defineSpendMultiplier,
  estimateLocalImpact,
  evaluateTenders,
  formatAssessmentTable,
  formatPlanMarkdown,
  getMeasure,
  isSocialValueError,
  planActions,
  policies,
  type ResponseInput,
  reconcilePledgeSheet,
  requiresSocialValue,
  revive,
  type SnapshotKind,
  type SnapshotKinds,
  summarisePortfolio,
  svmiBusiness,
  svmiPublicSector,
  trackDelivery,
  valuePledges,
  weightSensitivity,
  whatIf,
} from '../src/index.js';
import { caught } from './errors.js';
import { linesFreeValuation, prototypeSamples, sampleKinds, samples } from './samples.js';

/** Where two values first differ (prototypes, own keys in order, values), or `undefined`. */
function firstDifference(actual: unknown, expected: unknown, path: string): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  if (typeof expected !== 'object' || expected === null) {
    return `${path}: ${String(actual)} is not ${String(expected)}`;
  }
  if (typeof actual !== 'object' || actual === null) return `${path}: not an object`;
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) {
    return `${path}: another prototype`;
  }
  if (Decimal.isDecimal(expected)) {
    return (actual as Decimal).toString() === (expected as Decimal).toString()
      ? undefined
      : `${path}: ${String(actual)} is not ${String(expected)}`;
  }
  const keys = Object.keys(expected);
  const actualKeys = Object.keys(actual);
  if (keys.join('\u0000') !== actualKeys.join('\u0000')) {
    return `${path}: keys ${actualKeys.join(',')} are not ${keys.join(',')}`;
  }
  for (const key of keys) {
    const difference = firstDifference(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/**
 * Fails unless the two are the same data: node's deep strict equality (prototypes, own keys,
 * Decimal internals) and, for a readable failure, the first place they differ. vitest's
 * toStrictEqual is not used: it takes a record's own `constructor` key (an id) for the object's
 * class and calls two equal null-prototype records different.
 */
function expectSameData(actual: unknown, expected: unknown): void {
  expect(firstDifference(actual, expected, 'value')).toBeUndefined();
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

/** True when every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  // Decimals are immutable values, not frozen objects.
  if (Decimal.isDecimal(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((inner) => deeplyFrozen(inner, seen));
}

type Downstream = {
  readonly [K in SnapshotKind]?: (value: SnapshotKinds[K]) => unknown;
};

const contract = {
  contractType: 'services',
  authority: 'central-government',
  value: '2000000',
  vatBasis: 'inclusive',
  commencedOn: '2025-11-03',
} as const;
const bidsWithOffer = (offer: ResponseInput): BidInput[] => [
  { id: 'A', price: '1000000', responses: { quality: { marks: [4], moderated: 4 }, sv: offer } },
  { id: 'B', price: '1200000', responses: { quality: { marks: [5], moderated: 5 }, sv: '20000' } },
];
/** Three bids answering every criterion of `model` (marks for quality, offers for social value). */
const bidsFor = (model: SnapshotKinds['evaluation-model']): BidInput[] =>
  (
    [
      ['A', '1000000', 4, '50000'],
      ['B', '1200000', 5, '20000'],
      ['C', '1050000', 4, '300000'],
    ] as const
  ).map(([id, price, mark, offer]) => ({
    id,
    price,
    responses: Object.fromEntries(
      model.criteria
        .filter((criterion) => criterion.kind !== 'price')
        .map((criterion) => [
          criterion.id,
          criterion.kind === 'quality' ? { marks: [mark], moderated: mark } : offer,
        ]),
    ),
  }));
const modelOf = (id: string) =>
  [svmiBusiness, svmiPublicSector, prototypeSamples['maturity-model']!()].find(
    (model) => model.id === id,
  )!;
/** A function's result, or the code and issues of the SocialValueError it throws. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    return {
      code: error.code,
      issues: error.issues.map(({ path, message }) => ({ path, message })),
    };
  }
}
const source = 'Portsmouth City Council, Social Value Policy (2021), Appendix 1';

/**
 * What each kind is given to: the results of the functions that take that kind, made from the
 * value given (live or revived); both must be the same.
 */
const downstream: Downstream = {
  framework: (framework) => {
    const code = framework.measures.find((measure) => measure.proxyValue !== null)!.code;
    return [
      valuePledges(framework, [{ measure: code, quantity: '12.5' }]),
      getMeasure(framework, code),
    ];
  },
  valuation: (valuation) => [
    formatValuationCsv(valuation),
    formatValuationCsv(valuation, { money: 'gbp' }),
    // Pledge years must be contract or financial years to be tracked: else the same error.
    outcome(() =>
      trackDelivery(
        valuation,
        valuation.lines.map((line) => ({
          measure: line.measure,
          date: '2026-09-30',
          quantity: line.quantity.times('0.25'),
        })),
        { start: '2026-04-01', end: '2029-03-31', asOf: '2027-03-31' },
      ),
    ),
    evaluateTenders(samples['evaluation-model'](), bidsWithOffer(valuation)),
  ],
  'pledge-sheet': (sheet) => [
    reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal }),
    toPledges(sheet.rows),
    toFramework(sheet.rows, { id: 'sheet', name: 'Sheet', edition: '1', priceYear: 2021 }),
  ],
  'pledge-sheet-batch': (batch) => [
    reconcilePledgeSheet(batch.rows, { statedTotal: batch.statedTotal }),
    toPledges(batch.rows),
  ],
  'spend-ledger': (ledger) => analyseSpend(ledger.payments, { locality: ['PO1-PO6'] }),
  policy: (policy) => [
    requiresSocialValue({ ...contract, authority: 'sub-central', value: '500000' }, policy),
    requiresSocialValue(
      { ...contract, authority: 'sub-central', commencedOn: '2026-05-01' },
      policy,
    ),
    checkWeighting(
      { price: 60, quality: 25, socialValue: 15 },
      { ...contract, commencedOn: '2026-05-01' },
      policy,
    ),
    definePolicy({ id: 'outer', name: 'Outer', include: [policy], rules: [] }),
  ],
  'evaluation-model': (model) => [
    evaluateTenders(model, bidsFor(model)),
    weightSensitivity(model, bidsFor(model)),
    whatIf(model, bidsFor(model), {
      weights: { [model.criteria.find((criterion) => criterion.kind === 'social-value')!.id]: 20 },
    }),
    checkWeighting(model, contract, policies.ppn002),
  ],
  'maturity-model': (model) => {
    const theme = model.themes[0]!.id;
    const level = model.levels[model.levels.length - 1]!.id;
    const assessment = assessMaturity(model, { [theme]: level });
    return [assessment, planActions(model, { present: assessment, target: { [theme]: level } })];
  },
  'maturity-assessment': (assessment) => {
    const model = modelOf(assessment.model.id);
    const top = model.levels[model.levels.length - 1]!.id;
    return [
      formatAssessmentTable(assessment),
      compareAssessments(assessment, assessment),
      planActions(model, { present: assessment, target: { [assessment.themes[0]!.theme]: top } }),
    ];
  },
  'action-plan': (plan) => [formatPlanMarkdown(plan), formatPlanMarkdown(plan, { title: 'Plan' })],
  'delivery-report': (report) => [
    summarisePortfolio([{ id: 'A', report }]),
    summarisePortfolio([
      { id: 'A', report },
      { id: 'B', report },
    ]),
  ],
  'sva-benchmark': (benchmark) =>
    ['0.001', '0.05', '0.2', '0.5'].map((ratio) => benchmarkSocialValueAdded(ratio, { benchmark })),
  'local-multiplier': (lm3) => defineSpendMultiplier({ lm3, source: 'Supplier survey 2025' }),
  'spend-analysis': (analysis) =>
    estimateLocalImpact(analysis, {
      multiplier: { additional: 20, source },
      bySupplierType: { sme: { additional: 63, source } },
    }),
  'spend-multiplier': (multiplier) =>
    estimateLocalImpact(samples['spend-analysis'](), { multiplier }),
};

/** Every sample with a label: each kind once, and the prototype-keyed ones again. */
const cases: [string, SnapshotKind, () => SnapshotKinds[SnapshotKind]][] = [
  ...sampleKinds.map((kind): [string, SnapshotKind, () => SnapshotKinds[SnapshotKind]] => [
    kind,
    kind,
    samples[kind],
  ]),
  ...sampleKinds
    .filter((kind) => prototypeSamples[kind] !== undefined)
    .map((kind): [string, SnapshotKind, () => SnapshotKinds[SnapshotKind]] => [
      `${kind} keyed __proto__, constructor, toString`,
      kind,
      prototypeSamples[kind]!,
    ]),
  ['valuation kept without lines', 'valuation', linesFreeValuation],
];

describe('revive', () => {
  it('has a sample of every kind it reads', () => {
    expect(sampleKinds).toHaveLength(35);
    for (const kind of sampleKinds) expect(samples[kind]().kind).toBe(kind);
  });

  it.each(cases)('reads back %s as the same object', (_, kind, sample) => {
    const live = sample();
    const json = JSON.stringify(live);
    const back = revive(JSON.parse(json));
    expectSameData(back, live);
    expect(JSON.stringify(back)).toBe(json);
    expect(back.kind).toBe(kind);
    expect(isSealed(back, kind)).toBe(true);
    expect(deeplyFrozen(back)).toBe(true);
    // From the JSON text, and with the kind named, the same.
    expectSameData(revive(json), live);
    expectSameData(revive(JSON.parse(json), kind), live);
    // A live object is read as itself too (stored by a program that kept it).
    expectSameData(revive(live), live);
  });

  it.each(cases.filter(([, kind]) => downstream[kind] !== undefined))(
    'gives %s to the functions that take it with the same results',
    (_, kind, sample) => {
      const live = sample();
      const use = downstream[kind] as (value: unknown) => unknown;
      const expected = use(live);
      const back = revive(JSON.parse(JSON.stringify(live)), kind);
      expectSameData(use(back), expected);
      expect(JSON.stringify(use(back))).toBe(JSON.stringify(expected));
    },
  );

  it('is typed by the kind asked for', () => {
    const valuation = revive(JSON.stringify(samples.valuation()), 'valuation');
    expect(valuation.total.toString()).toBe(samples.valuation().total.toString());
    const plan = revive(JSON.stringify(samples['action-plan']()), 'action-plan');
    expect(plan.counts.steps).toBe(samples['action-plan']().counts.steps);
  });
});

/** The error `revive` throws for `json`: asserts its code and that every path starts at `json`. */
function refused(
  json: unknown,
  kind?: SnapshotKind,
  codes: readonly string[] = ['invalid-input', 'out-of-range'],
): ReturnType<typeof caught> {
  const error = caught(() => (kind === undefined ? revive(json) : revive(json, kind)));
  expect(codes).toContain(error.code);
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) expect(issue.path).toMatch(/^json\b/);
  return error;
}

type Step = string | number;

/** A sample's snapshot with the value at `path` replaced (or added) by `value`. */
function tampered(kind: SnapshotKind, path: readonly Step[], value: unknown): unknown {
  const json: unknown = JSON.parse(JSON.stringify(samples[kind]()));
  const parent = valueAt(json, path.slice(0, -1)) as Record<Step, unknown>;
  parent[path[path.length - 1]!] = value;
  return json;
}

/** The value at `path` in a parsed snapshot. */
function valueAt(json: unknown, path: readonly Step[]): unknown {
  return path.reduce<unknown>((value, step) => (value as Record<Step, unknown>)[step], json);
}

describe('revive refuses what the library did not write', () => {
  it('names the kind expected when another was stored', () => {
    const error = refused(JSON.stringify(samples.valuation()), 'delivery-report');
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('json.kind');
    expect(error.issues[0]?.message).toBe(
      'expected a snapshot of kind "delivery-report", received "valuation"',
    );
  });

  it('suggests the kind meant for an unknown one', () => {
    const error = refused(tampered('valuation', ['kind'], 'valuaton'));
    expect(error.issues[0]?.path).toBe('json.kind');
    expect(error.issues[0]?.message).toContain('did you mean "valuation"?');
    const plan = refused({ kind: 'action-plans', schemaVersion: 1 });
    expect(plan.issues[0]?.message).toContain('did you mean "action-plan"?');
  });

  it('names a kind argument that is no kind it reads, not the snapshot', () => {
    const stored = JSON.stringify(samples.valuation());
    const error = caught(() => revive(stored, 'valuaton' as SnapshotKind));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('kind');
    expect(error.issues[0]?.message).toBe(
      'expected one of the kinds the library stores, received "valuaton" (did you mean "valuation"?)',
    );
    const number = caught(() => revive(stored, 5 as never));
    expect(number.issues[0]?.message).toBe(
      'expected one of the kinds the library stores, received 5',
    );
    expect(caught(() => revive(stored, '__proto__' as never)).issues[0]?.path).toBe('kind');
  });

  it('refuses a newer schema version, saying which it reads', () => {
    const error = refused(tampered('valuation', ['schemaVersion'], 2));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('json.schemaVersion');
    expect(error.issues[0]?.message).toContain('schemaVersion 1');
    expect(error.issues[0]?.message).toContain('received 2');
  });

  it('refuses text that is not JSON, and values that are not snapshots', () => {
    expect(refused('{"kind": "valuation"').issues[0]?.path).toBe('json');
    for (const value of [
      null,
      undefined,
      42,
      [],
      [samples.valuation()],
      {},
      { kind: 7 },
      new Map(),
    ]) {
      expect(refused(value).code).toBe('invalid-input');
    }
  });

  it.each(sampleKinds)('refuses a %s with an unknown key, naming the key', (kind) => {
    const error = refused(tampered(kind, ['extraKey'], 1));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toContain('json.extraKey');
  });

  it.each(sampleKinds)('refuses a %s with a key missing', (kind) => {
    const live = JSON.parse(JSON.stringify(samples[kind]())) as Record<string, unknown>;
    // Optional keys may be left out (when the rest still makes a whole result); every kind has
    // keys that may not, and `summary`, where a kind has one, is always needed.
    const keys = Object.keys(live).filter((key) => key !== 'kind' && key !== 'schemaVersion');
    const needed = keys.filter((key) => {
      const { [key]: _, ...rest } = live;
      try {
        revive(rest);
        return false;
      } catch {
        // At the key, or at `json` for the key that tells the kind apart (`lines` of a valuation).
        const paths = refused(rest).issues.map((issue) => issue.path);
        expect(
          paths.some((path) => path === `json.${key}` || path === 'json'),
          paths.join(),
        ).toBe(true);
        return true;
      }
    });
    if (keys.includes('summary')) expect(needed).toContain('summary');
    expect(needed.length).toBeGreaterThan(0);
  });

  it.each(sampleKinds)('refuses a %s whose own __proto__ key smuggles data in', (kind) => {
    const text = JSON.stringify(samples[kind]()).replace(/^\{/, '{"__proto__":{"polluted":1},');
    const error = refused(text);
    expect(error.code).toBe('invalid-input');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const figures: [SnapshotKind, Step[]][] = [
    ['valuation', ['total']],
    ['valuation', ['lines', 0, 'quantity']],
    ['delivery-report', ['totals', 'delivered']],
    ['spend-analysis', ['total']],
    ['tender-evaluation', ['ranking', 0, 'total']],
    ['present-value', ['rate']],
    ['portfolio-summary', ['totals', 'pledged']],
    ['weighting-check', ['total']],
    ['maturity-assessment', ['overall', 'mean']],
  ];

  it('reads JSON text saved with a byte order mark', () => {
    // Editors on Windows save UTF-8 with a BOM (U+FEFF) first; JSON.parse refuses it, and revive
    // refused the text as not JSON, quoting it whole.
    const text = JSON.stringify(samples.valuation(), null, 2);
    expect(JSON.stringify(revive(`\uFEFF${text}`))).toBe(JSON.stringify(samples.valuation()));
  });

  it('names JSON text of a number beyond a double as written, not as Infinity', () => {
    // JSON.parse reads `1e999` (or 400 nines) as Infinity: the message said "received Infinity".
    expect(refused('1e999').issues[0]!.message).toBe(
      'expected a snapshot of a library result (an object with a kind), received "1e999"',
    );
    const message = refused(`-${'9'.repeat(400)}`).issues[0]!.message;
    expect(message).toMatch(/received "-9{59}"\.\.\. \(401 characters\)$/);
    expect(message).not.toContain('Infinity');
  });

  it('reads a kind, a ranking and a winner once (a getter may give another value each time)', () => {
    // A kind read a second time as a number, or a ranking read a second time as text, was a
    // TypeError (value.toLowerCase, ranking.findIndex is not a function).
    const flipping = (kind: SnapshotKind, key: string, later: unknown) => {
      const json = JSON.parse(JSON.stringify(samples[kind]())) as Record<string, unknown>;
      const first = json[key];
      let reads = 0;
      Object.defineProperty(json, key, {
        get: () => (reads++ === 0 ? first : later),
        enumerable: true,
        configurable: true,
      });
      return json;
    };
    // The kind read as the snapshot's own reader reads it: refused, as for any other kind.
    expect(refused(flipping('valuation', 'kind', -1)).issues[0]!.path).toBe('json');
    expect(refused(flipping('tender-evaluation', 'ranking', 'abc')).issues[0]!.path).toBe(
      'json.ranking',
    );
    expect(JSON.stringify(revive(flipping('tender-evaluation', 'winner', 'abc')))).toBe(
      JSON.stringify(samples['tender-evaluation']()),
    );
  });

  it('says why text is not JSON, quoting its start only', () => {
    // A snapshot cut short (a file half written): the message quoted the whole text, however
    // long, and not what JSON.parse found wrong.
    const text = JSON.stringify(samples.valuation(), null, 2);
    const cut = text.slice(0, -20);
    let parseError = '';
    try {
      JSON.parse(cut);
    } catch (error) {
      parseError = (error as Error).message;
    }
    const message = refused(cut).issues[0]!.message;
    expect(message).toBe(
      `expected JSON text or a parsed snapshot, received text that is not JSON (${parseError}) starting ${JSON.stringify(cut.slice(0, 40))}...`,
    );
    expect(message.length).toBeLessThan(250);
    expect(refused('nope').issues[0]!.message).toMatch(
      /^expected JSON text or a parsed snapshot, received text that is not JSON \(.+\): "nope"$/,
    );
  });

  it('refuses numbers that are not numbers', () => {
    for (const bad of [
      'NaN',
      'Infinity',
      '-Infinity',
      'abc',
      '',
      '0x10',
      '1,000',
      '£5',
      true,
      {},
    ]) {
      for (const [kind, path] of figures) {
        const error = refused(tampered(kind, path, bad));
        expect(error.code, `${kind} ${String(bad)}`).toBe('invalid-input');
        expect(error.issues[0]?.path).toBe(`json.${path.join('.').replace(/\.(\d+)/g, '[$1]')}`);
      }
    }
  });

  it('refuses figures beyond any the library writes as out of range, in every area', () => {
    for (const bad of ['1e400', '-1e60', '1e61']) {
      for (const [kind, path] of figures) {
        expect(refused(tampered(kind, path, bad)).code, `${kind} ${bad}`).toBe('out-of-range');
      }
    }
  });

  it('refuses values outside the vocabulary of the field', () => {
    const cases: [SnapshotKind, Step[], unknown][] = [
      ['valuation', ['warnings', 0, 'severity'], 'fatal'],
      ['valuation', ['warnings', 0, 'code'], 'made-up'],
      ['valuation', ['lines', 0, 'valueType'], 'economic'],
      ['valuation', ['lines', 0, 'index'], -1],
      ['valuation', ['lines'], {}],
      ['valuation', ['summary'], 7],
      ['delivery-report', ['lines', 0, 'status'], 'late'],
      ['framework', ['measures', 0, 'proxyValue'], '-5'],
      ['framework', ['measures', 0, 'valueType'], 'economic'],
      ['evaluation-model', ['criteria', 0, 'weight'], '150'],
      ['pledge-sheet', ['headerLine'], -3],
      ['maturity-assessment', ['themes'], null],
      ['policy', ['rules', 0, 'id'], ''],
    ];
    for (const [kind, path, bad] of cases) {
      const error = refused(tampered(kind, path, bad));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe(`json.${path.join('.').replace(/\.(\d+)/g, '[$1]')}`);
    }
  });

  it('refuses definitions that define* would refuse, with its code', () => {
    // A model whose weights no longer sum to 100 points: the code defineEvaluation throws.
    const weights = refused(
      tampered('evaluation-model', ['criteria', 0, 'weight'], '61'),
      undefined,
      ['weights-do-not-sum'],
    );
    expect(weights.issues[0]?.path).toBe('json.criteria');
    // A framework with one code twice.
    const framework = samples.framework();
    const codes = refused(
      tampered('framework', ['measures', 1, 'code'], framework.measures[0]!.code),
    );
    expect(codes.code).toBe('invalid-input');
    expect(codes.issues[0]?.path).toBe('json.measures[1].code');
  });

  it('refuses an assessment whose figures do not agree', () => {
    const error = refused(tampered('maturity-assessment', ['overall', 'mean'], '3.9'));
    expect(error.issues[0]?.path).toBe('json.overall.mean');
  });

  it('refuses a result whose figures do not agree with its own, in every kind checked', () => {
    const edits: [SnapshotKind, Step[]][] = [
      ['valuation', ['total']],
      ['valuation', ['lines', 3, 'value']],
      ['valuation', ['socialValueAddedRatio']],
      ['pledge-sheet-reconciliation', ['correctedTotal']],
      ['pledge-sheet-reconciliation', ['computedTotal']],
      ['present-value', ['total']],
      ['present-value', ['years', 1, 'presentValue']],
      ['tender-evaluation', ['ranking', 0, 'total']],
      ['maturity-assessment', ['overall', 'mean']],
    ];
    for (const [kind, path] of edits) {
      const stored = valueAt(JSON.parse(JSON.stringify(samples[kind]())), path) as string;
      const error = refused(tampered(kind, path, new Decimal(stored).plus('0.01').toString()));
      expect(error.issues[0]?.path, kind).toBe(
        `json.${path.join('.').replace(/\.(\d+)/g, '[$1]')}`,
      );
    }
    // Kept without lines, a valuation's total is its breakdowns' sum.
    const json = JSON.parse(JSON.stringify(linesFreeValuation()));
    json.total = new Decimal(json.total).plus('0.01').toString();
    expect(refused(json).issues.map((issue) => issue.path)).toEqual(['json.total']);
  });
});

describe('functions that take a result or a definition', () => {
  /** The parsed JSON snapshot of a sample. */
  const parsed = <K extends SnapshotKind>(kind: K): SnapshotKinds[K] =>
    JSON.parse(JSON.stringify(samples[kind]()));
  const same = (fromJson: () => unknown, fromLive: () => unknown) => {
    const expected = fromLive();
    const actual = fromJson();
    expectSameData(actual, expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  };

  it('take its parsed snapshot directly, with the same results', () => {
    const offer = bidsWithOffer(parsed('valuation'));
    same(
      () => formatValuationCsv(parsed('valuation')),
      () => formatValuationCsv(samples.valuation()),
    );
    same(
      () => evaluateTenders(samples['evaluation-model'](), offer),
      () => evaluateTenders(samples['evaluation-model'](), bidsWithOffer(samples.valuation())),
    );
    same(
      () => summarisePortfolio([{ id: 'A', report: parsed('delivery-report') }]),
      () => summarisePortfolio([{ id: 'A', report: samples['delivery-report']() }]),
    );
    same(
      () => valuePledges(parsed('framework'), [{ measure: 'NT1', quantity: 3 }]),
      () => valuePledges(samples.framework(), [{ measure: 'NT1', quantity: 3 }]),
    );
    const model = samples['evaluation-model']();
    same(
      () => evaluateTenders(parsed('evaluation-model'), bidsFor(model)),
      () => evaluateTenders(model, bidsFor(model)),
    );
    same(
      () => checkWeighting(parsed('evaluation-model'), contract, policies.ppn002),
      () => checkWeighting(model, contract, policies.ppn002),
    );
    const central = { ...contract, commencedOn: '2026-05-01' };
    same(
      () => requiresSocialValue(central, parsed('policy')),
      () => requiresSocialValue(central, samples.policy()),
    );
    same(
      () => assessMaturity(parsed('maturity-model'), { reporting: 'mature' }),
      () => assessMaturity(samples['maturity-model'](), { reporting: 'mature' }),
    );
    same(
      () => formatAssessmentTable(parsed('maturity-assessment')),
      () => formatAssessmentTable(samples['maturity-assessment']()),
    );
    same(
      () => compareAssessments(parsed('maturity-assessment'), parsed('maturity-assessment')),
      () => compareAssessments(samples['maturity-assessment'](), samples['maturity-assessment']()),
    );
    const target = { 'policy-and-scope': 'leader' };
    same(
      () => planActions(svmiBusiness, { present: parsed('maturity-assessment'), target }),
      () => planActions(svmiBusiness, { present: samples['maturity-assessment'](), target }),
    );
    const deliveries = [{ measure: 'NT1', date: '2026-09-30', quantity: 6 }];
    const period = { start: '2026-04-01', end: '2029-03-31', asOf: '2027-03-31' };
    same(
      () => trackDelivery(parsed('valuation'), deliveries, period),
      () => trackDelivery(samples.valuation(), deliveries, period),
    );
    same(
      () => formatPlanMarkdown(parsed('action-plan')),
      () => formatPlanMarkdown(samples['action-plan']()),
    );
    same(
      () => benchmarkSocialValueAdded('0.1', { benchmark: parsed('sva-benchmark') }),
      () => benchmarkSocialValueAdded('0.1', { benchmark: samples['sva-benchmark']() }),
    );
    same(
      () => defineSpendMultiplier({ lm3: parsed('local-multiplier'), source }),
      () => defineSpendMultiplier({ lm3: samples['local-multiplier'](), source }),
    );
    same(
      () =>
        estimateLocalImpact(parsed('spend-analysis'), { multiplier: parsed('spend-multiplier') }),
      () =>
        estimateLocalImpact(samples['spend-analysis'](), {
          multiplier: samples['spend-multiplier'](),
        }),
    );
  });
});

describe('revive of a snapshot edited anywhere', () => {
  /** Every path in a JSON document, parents before children. */
  function pathsOf(value: unknown, at: readonly PropertyKey[] = []): PropertyKey[][] {
    if (value === null || typeof value !== 'object') return [];
    return Object.keys(value).flatMap((key) => {
      const path = [...at, Array.isArray(value) ? Number(key) : key];
      return [path, ...pathsOf((value as Record<string, unknown>)[key], path)];
    });
  }
  // Each edit of the value at a path: replaced, removed, or (a list) its last entry dropped.
  const edits: ((parent: Record<PropertyKey, unknown>, key: PropertyKey) => void)[] = [
    ...[null, 'x', -1, [], {}].map(
      (value) => (parent: Record<PropertyKey, unknown>, key: PropertyKey) => {
        parent[key] = value;
      },
    ),
    (parent, key) => delete parent[key],
    (parent, key) => (Array.isArray(parent[key]) ? parent[key].pop() : undefined),
  ];

  // A stored what-if whose evaluation after ranked one bid fewer gave a TypeError (2 December
  // 2026): every edit is read back or refused with a SocialValueError, whatever the kind.
  it.each(cases)('%s: refused with a SocialValueError, never another error', (_, _kind, sample) => {
    const text = JSON.stringify(sample());
    const others: string[] = [];
    // At most about 120 paths of a kind (every n-th), parents and children alike, to keep it quick.
    const paths = pathsOf(JSON.parse(text));
    const step = Math.ceil(paths.length / 120);
    for (const path of paths.filter((_, index) => index % step === 0)) {
      for (const edit of edits) {
        const json = JSON.parse(text);
        const parent = path.slice(0, -1).reduce((inner, key) => inner[key], json);
        edit(parent, path.at(-1)!);
        try {
          revive(json);
        } catch (error) {
          if (!isSocialValueError(error)) others.push(`${path.join('.')}: ${String(error)}`);
        }
      }
    }
    expect(others).toEqual([]);
  });
});

describe('structuredClone, postMessage and IndexedDB', () => {
  /** Whether a value holds a Decimal anywhere in it. */
  const holdsDecimal = (value: unknown): boolean =>
    Decimal.isDecimal(value) ||
    (typeof value === 'object' && value !== null && Object.values(value).some(holdsDecimal));

  // decimal.js gives every Decimal an own `constructor` function, which the structured clone
  // algorithm (behind postMessage to a worker and IndexedDB too) cannot copy: a result crosses
  // as its JSON text and is revived there, as docs/snapshots.md says.
  it.each(sampleKinds)('%s: refused by structuredClone; its JSON text revives equal', (kind) => {
    const result = samples[kind]();
    if (holdsDecimal(result)) {
      expect(() => structuredClone(result)).toThrow(
        expect.objectContaining({ name: 'DataCloneError' }),
      );
    } else {
      expect(structuredClone(result)).toEqual(result);
    }
    expect(JSON.stringify(revive(JSON.stringify(result)))).toBe(JSON.stringify(result));
  });

  it('finds a Decimal in every kind but three (the check above is not vacuous)', () => {
    expect(sampleKinds.filter((kind) => !holdsDecimal(samples[kind]()))).toEqual([
      'action-plan',
      'financial-year',
      'maturity-model',
    ]);
  });
});
