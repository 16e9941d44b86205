import { describe, expect, it } from 'vitest';
import {
  type ActionPlan,
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  formatAssessmentTable,
  formatPlanMarkdown,
  type MaturityAssessment,
  type MaturityModel,
  type MaturityModelInput,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { toyInput } from '../maturity/fixtures.js';
import { expectSane, frozenCopy, hostileNumbers, nothingFrozen, prototypeNames } from './sane.js';

// Hostile and careless input for every public function of the maturity area. Every case asserts
// the outcome: a sane result with its figures, or a SocialValueError with its code and path.

const toy = defineMaturityModel(toyInput);
const stored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The code, paths and messages of the error `run` throws. */
function failure(run: () => unknown) {
  const error = caught(run);
  return {
    code: error.code,
    paths: error.issues.map((issue) => issue.path),
    messages: error.issues.map((issue) => issue.message),
  };
}

/** A model whose themes, levels and criteria are all named like Object.prototype members. */
function prototypeModel(): MaturityModel {
  const [t1, t2, t3] = prototypeNames as [string, string, string];
  return defineMaturityModel({
    id: '__proto__',
    name: 'Prototype names',
    source: { title: 'Hostile ids', publisher: 'Tests', year: 2026 },
    levels: [
      { id: 'valueOf', name: 'Start', rank: 0, description: 'Start.' },
      { id: 'constructor', name: 'Middle', rank: 1, description: 'Middle.' },
      { id: '__proto__', name: 'Top', rank: 2, description: 'Top.' },
    ],
    themes: [
      { id: t1, name: 'Theme proto' },
      { id: t2, name: 'Theme constructor' },
      { id: t3, name: 'Theme toString' },
    ],
    criteria: [
      { id: 'toString', theme: t1, level: 'constructor', statement: 'S1.', action: 'A1.' },
      { id: '__proto__', theme: t1, level: '__proto__', statement: 'S2.', action: 'A2.' },
      { id: 'hasOwnProperty', theme: t2, level: 'constructor', statement: 'S3.', action: 'A3.' },
      { id: 'isPrototypeOf', theme: t2, level: '__proto__', statement: 'S6.', action: 'A6.' },
      {
        id: 'constructor',
        theme: t3,
        level: '__proto__',
        statement: 'S4.',
        action: 'A4.',
        restates: 'valueOf',
      },
      { id: 'valueOf', theme: t3, level: 'constructor', statement: 'S5.', action: 'A5.' },
    ],
    rules: { nonCompliantLevel: 'valueOf' },
  });
}

describe('defineMaturityModel with hostile input', () => {
  it('refuses what is not a model input, naming the parameter', () => {
    for (const input of [null, undefined, 42, 'model', [], new Map()]) {
      expect(failure(() => defineMaturityModel(input as never))).toMatchObject({
        code: 'invalid-input',
        paths: ['model'],
      });
    }
  });

  it('refuses misspelt and renamed keys at their paths, with did-you-mean', () => {
    const input = {
      ...toyInput,
      levels: [{ ...toyInput.levels[0], rnak: 1 }, ...toyInput.levels.slice(1)],
      rules: { theme: 'cumulative', overal: 'down' },
      sorce: {},
    };
    expect(failure(() => defineMaturityModel(input as never))).toEqual({
      code: 'invalid-input',
      paths: ['model.levels[0].rnak', 'model.rules.theme', 'model.rules.overal', 'model.sorce'],
      messages: [
        'unknown key (did you mean "rank"?)',
        'unknown key (renamed in 0.2: did you mean "themeRule"?)',
        'unknown key (did you mean "overallRounding"?)',
        'unknown key (did you mean "source"?)',
      ],
    });
  });

  it('refuses ranks that are not whole numbers from 0 to 1,000,000', () => {
    for (const rank of [...hostileNumbers, -1, 1.5, 1_000_001, '2', 2n]) {
      const levels = [{ ...toyInput.levels[0]!, rank }, ...toyInput.levels.slice(1)];
      const result = failure(() => defineMaturityModel({ ...toyInput, levels } as never));
      expect(result.code).toBe('invalid-input');
      expect(result.paths).toEqual(['model.levels[0].rank']);
      expect(result.messages[0]).toMatch(/^expected a whole number from 0 to 1,000,000, received /);
    }
  });

  it('names a missing rank as missing, as every other missing field is named', () => {
    const { rank: _rank, ...level } = toyInput.levels[0]!;
    const levels = [level, ...toyInput.levels.slice(1)];
    expect(failure(() => defineMaturityModel({ ...toyInput, levels } as never))).toEqual({
      code: 'invalid-input',
      paths: ['model.levels[0].rank'],
      messages: ['missing: expected a whole number from 0 to 1,000,000'],
    });
  });

  it('returns a checked model as it is, and reads a model snapshot back', () => {
    expect(defineMaturityModel(svmiPublicSector)).toBe(svmiPublicSector);
    expect(defineMaturityModel(stored(toy))).toStrictEqual(toy);
    expect(failure(() => defineMaturityModel({ ...stored(toy), levels: [] }))).toMatchObject({
      code: 'invalid-input',
      paths: ['model.levels'],
    });
  });

  it('takes ids named like Object.prototype members as ordinary ids', () => {
    const model = prototypeModel();
    expect(model.themes.map((theme) => theme.id)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(model.criteria.find((c) => c.id === 'constructor')?.restates).toBe('valueOf');
    expect(model.rules.nonCompliantLevel).toBe('valueOf');
  });

  it('never changes or freezes its input, and copies what it keeps', () => {
    const input = structuredClone(toyInput) as MaturityModelInput;
    const model = defineMaturityModel(input);
    expect(nothingFrozen(input)).toBe(true);
    expect(input).toEqual(toyInput);
    expect(model.levels[0]).not.toBe(input.levels[1]);
    expect(Object.isFrozen(model.criteria[0])).toBe(true);
    // A deep-frozen input works the same.
    expect(defineMaturityModel(frozenCopy(toyInput))).toStrictEqual(model);
  });

  it('refuses a url that is not http or https', () => {
    const source = { ...toyInput.source, url: 'javascript:alert(1)' };
    expect(failure(() => defineMaturityModel({ ...toyInput, source }))).toMatchObject({
      code: 'invalid-input',
      paths: ['model.source.url'],
    });
  });
});

describe('assessMaturity with hostile input', () => {
  it('refuses what is not a model, naming the parameter and the kind expected', () => {
    const valuation = { kind: 'valuation', schemaVersion: 1, lines: [] };
    // (An object without `kind`, `{}` included, is a model input: see test/maturity/trust.test.ts.)
    for (const model of [null, undefined, [], 'svmi', valuation]) {
      const result = failure(() => assessMaturity(model as never, { policy: 'good' }));
      expect(result.code).toBe('invalid-input');
      expect(result.paths).toEqual(['model']);
      // Left out, the parameter is missing, as a required field left out is.
      expect(result.messages[0]).toMatch(
        model === undefined
          ? /^missing: expected a maturity model input .*, or its JSON snapshot$/
          : /^expected a maturity model input .*, received /,
      );
    }
    expect(failure(() => assessMaturity(valuation as never, {})).messages[0]).toMatch(
      /received an object of kind "valuation"$/,
    );
    // An assessment where a model is expected.
    const assessment = assessMaturity(toy, { policy: 'good' });
    expect(failure(() => assessMaturity(assessment as never, {})).messages[0]).toMatch(
      /received an object of kind "maturity-assessment"$/,
    );
  });

  it('refuses malformed responses at their paths', () => {
    const cases: [unknown, string, string][] = [
      [
        null,
        'responses',
        'expected an object from theme id to a level id or a response, received null',
      ],
      [
        [],
        'responses',
        'expected an object from theme id to a level id or a response, received a list ([])',
      ],
      [
        'good',
        'responses',
        'expected an object from theme id to a level id or a response, received "good"',
      ],
      [
        new Map([['policy', 'good']]),
        'responses',
        'expected an object from theme id to a level id or a response, received a Map',
      ],
      [
        { policy: 3 },
        'responses.policy',
        'expected a level id or an object with met, level, evidence or note, received 3',
      ],
      [
        { policy: null },
        'responses.policy',
        'expected a level id or an object with met, level, evidence or note, received null',
      ],
      [
        { policy: { met: 'policy.basic.1' } },
        'responses.policy.met',
        'expected a list of criterion ids or an object from criterion id to true or false, received "policy.basic.1"',
      ],
      [{ policy: { met: [1] } }, 'responses.policy.met[0]', 'expected text, received 1'],
      [
        { policy: { met: { 'policy.basic.1': 'yes' } } },
        'responses.policy.met["policy.basic.1"]',
        'expected true or false, received "yes"',
      ],
      [
        { policy: { levl: 'good' } },
        'responses.policy.levl',
        'unknown key (did you mean "level"?)',
      ],
      [
        { policy: { level: 'good', evidense: {} } },
        'responses.policy.evidense',
        'unknown key (did you mean "evidence"?)',
      ],
      [
        { policy: { level: 'good', evidence: { x: 1 } } },
        'responses.policy.evidence.x',
        'expected text, received 1',
      ],
      [
        { policy: { level: 'good', note: 5 } },
        'responses.policy.note',
        'expected text, received 5',
      ],
      [
        { policy: { note: 'no answer' } },
        'responses.policy',
        'expected `met` (the criteria met) or `level` (a declared level)',
      ],
      [{}, 'responses', 'expected a response for at least one theme of Toy model'],
    ];
    for (const [responses, path, message] of cases) {
      expect(
        failure(() => assessMaturity(toy, responses as never)),
        path,
      ).toEqual({
        code: 'invalid-input',
        paths: [path],
        messages: [message],
      });
    }
  });

  it('suggests the id of a theme written by its name', () => {
    // "Policy & Scope" and "Measurement: TOMs" are the names of the SVMI themes
    // policy-and-scope and measurement-toms; by closeness alone neither was suggested.
    expect(
      failure(() => assessMaturity(svmiPublicSector, { 'Policy & Scope': 'leader' })).messages[0],
    ).toMatch(
      /^unknown theme "Policy & Scope": expected one of .* \(did you mean "policy-and-scope"\?\)$/,
    );
    expect(
      failure(() =>
        planActions(svmiPublicSector, {
          present: { 'measurement-toms': 'follower' },
          target: { 'measurement: toms': 'leader' },
        }),
      ),
    ).toMatchObject({
      code: 'unknown-theme',
      paths: ['input.target["measurement: toms"]'],
      messages: [expect.stringMatching(/\(did you mean "measurement-toms"\?\)$/)],
    });
  });

  it('names unknown themes and levels with the parameter, a suggestion and a capped list', () => {
    expect(
      failure(() => assessMaturity(svmiPublicSector, { 'measurment-toms': 'mature' })),
    ).toEqual({
      code: 'unknown-theme',
      paths: ['responses["measurment-toms"]'],
      messages: [
        'unknown theme "measurment-toms": expected one of policy-and-scope, internal-management, measurement-toms, commissioning, procurement, market-engagement-and-partnerships, contract-management, cross-sector-collaboration, reporting or governance-and-accountability (did you mean "measurement-toms"?)',
      ],
    });
    expect(
      failure(() => assessMaturity(svmiPublicSector, { 'measurement-toms': 'leeder' })),
    ).toEqual({
      code: 'unknown-level',
      paths: ['responses["measurement-toms"]'],
      messages: [
        'unknown level "leeder": expected one of non-compliant, follower, mature, leader or innovator (did you mean "leader"?)',
      ],
    });
    // A model of 1,000 themes: the list in the message stops after 10.
    const big = defineMaturityModel({
      ...toyInput,
      themes: Array.from({ length: 1000 }, (_, i) => ({ id: `t${i}`, name: `T${i}` })),
      criteria: [],
    });
    const message = failure(() => assessMaturity(big, { nope: 'good' })).messages[0]!;
    expect(message).toBe(
      'unknown theme "nope": expected one of t0, t1, t2, t3, t4, t5, t6, t7, t8, t9 and 990 more',
    );
  });

  it('assesses a response keyed __proto__ (and every prototype-named id) as an ordinary answer', () => {
    const model = prototypeModel();
    const responses = JSON.parse(
      '{"__proto__": {"met": ["toString", "__proto__"], "evidence": {"__proto__": "Minute 1"}},' +
        ' "constructor": {"met": {"hasOwnProperty": true}}, "toString": "valueOf"}',
    );
    const result = assessMaturity(model, responses);
    expectSane(result);
    expect(result.themes.map((theme) => [theme.theme, theme.level, theme.rank])).toEqual([
      ['__proto__', '__proto__', 2],
      ['constructor', 'constructor', 1],
      ['toString', 'valueOf', 0],
    ]);
    expect(result.themes[0]?.met).toEqual(['toString', '__proto__']);
    expect(Object.keys(result.themes[0]!.evidence)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(result.themes[0]!.evidence, '__proto__')?.value).toBe(
      'Minute 1',
    );
    // (2 + 1 + 0) / 3 = 1: Middle.
    expect(result.overall.mean.toString()).toBe('1');
    expect(result.overall.level).toBe('constructor');
    expect(result.warnings.map((w) => [w.code, w.theme, w.path])).toEqual([
      ['non-compliant', 'toString', 'responses.toString'],
    ]);
    // A theme named like a prototype member that the model lacks is unknown, not ignored.
    expect(
      failure(() => assessMaturity(toy, JSON.parse('{"policy": "good", "__proto__": "good"}'))),
    ).toMatchObject({ code: 'unknown-theme', paths: ['responses.__proto__'] });
    expect(failure(() => assessMaturity(toy, { constructor: 'good' }))).toMatchObject({
      code: 'unknown-theme',
      paths: ['responses.constructor'],
    });
  });

  it('warns about (or in strict mode refuses) prototype-named criterion ids the model lacks', () => {
    const responses = JSON.parse(
      '{"policy": {"met": {"__proto__": true, "policy.basic.1": true}}}',
    );
    const result = assessMaturity(toy, responses);
    expect(result.warnings.map((w) => [w.code, w.criterion, w.path])).toEqual([
      ['unknown-criterion', '__proto__', 'responses.policy.met.__proto__'],
      ['non-compliant', null, 'responses.policy'],
      ['missing-theme', null, 'responses.people'],
    ]);
    expect(failure(() => assessMaturity(toy, responses, { strict: true }))).toEqual({
      code: 'unknown-criterion',
      paths: ['responses.policy.met.__proto__'],
      messages: ['"__proto__" is not a criterion of Toy model'],
    });
    expect(
      failure(() => assessMaturity(toy, { policy: { met: ['policy.basic.3'] } }, { strict: true }))
        .messages,
    ).toEqual([
      '"policy.basic.3" is not a criterion of Toy model (did you mean "policy.basic.1" or "policy.basic.2"?)',
    ]);
  });

  it('refuses bad options with did-you-mean', () => {
    const cases: [unknown, string, string][] = [
      [null, 'options', 'expected an object (keys label, strict), received null'],
      [{ labl: 'x' }, 'options.labl', 'unknown key (did you mean "label"?)'],
      [{ strict: 'yes' }, 'options.strict', 'expected true or false, received "yes"'],
      [{ label: '  ' }, 'options.label', 'expected non-empty text, received ""'],
    ];
    for (const [options, path, message] of cases) {
      expect(failure(() => assessMaturity(toy, { policy: 'good' }, options as never))).toEqual({
        code: 'invalid-input',
        paths: [path],
        messages: [message],
      });
    }
    // Optional options accept undefined as if absent.
    expect(
      assessMaturity(toy, { policy: 'good' }, { label: undefined, strict: undefined }).label,
    ).toBeNull();
  });

  it('works on a JSON-revived or deep-frozen model and frozen responses, changing nothing', () => {
    const responses = {
      policy: { met: ['policy.basic.1', 'policy.basic.2'], note: 'n' },
      people: 'good',
    };
    const expected = assessMaturity(toy, responses);
    expect(assessMaturity(stored(toy), responses)).toStrictEqual(expected);
    expect(assessMaturity(frozenCopy(stored(toy)), frozenCopy(responses))).toStrictEqual(expected);
    const input = structuredClone(responses);
    const model = stored(toy);
    assessMaturity(model, input);
    expect(nothingFrozen(input)).toBe(true);
    expect(nothingFrozen(model)).toBe(true);
    expect(input).toEqual(responses);
    // (1 + 2) / 2 = 1.5, rounded down: Basic.
    expect(expected.overall.mean.toString()).toBe('1.5');
    expect(expected.overall.level).toBe('basic');
  });

  it('refuses a hand-made model that breaks the rules of defineMaturityModel', () => {
    const model = stored(toy) as unknown as { levels: { rank: number }[]; criteria: unknown[] };
    model.levels[1]!.rank = 0;
    const broken = failure(() => assessMaturity(model as never, { policy: 'good' }));
    expect(broken.code).toBe('invalid-input');
    // Rank 0 twice: the duplicate, and the criteria now sitting at a lowest level.
    expect(broken.paths).toEqual([
      'model.levels[1].rank',
      'model.criteria[0].level',
      'model.criteria[1].level',
      'model.criteria[4].level',
    ]);
    expect(broken.messages[0]).toBe(
      'rank 0 is already the rank of level "none"; expected a rank of its own',
    );
    const extra = { ...stored(toy), extra: true };
    expect(failure(() => assessMaturity(extra as never, { policy: 'good' }))).toMatchObject({
      code: 'invalid-input',
      paths: ['model.extra'],
    });
  });

  it('keeps the mean to 34 significant digits and words it "about" in sentences', () => {
    // Ranks 1, 0 and 3 of three themes: 4 / 3 would not end; the mean is rounded to 34 digits.
    // (The third theme has no criteria: every level is met with the one below, so it is at Best
    // whatever is declared.)
    const model = defineMaturityModel({
      ...toyInput,
      themes: [...toyInput.themes, { id: 'third', name: 'Third' }],
    });
    const result = assessMaturity(model, { policy: 'basic', people: 'none', third: 'none' });
    expect(result.themes[2]?.level).toBe('best');
    expect(result.overall.mean.toString()).toBe('1.333333333333333333333333333333333');
    expect(result.overall.reason).toBe(
      'Mean rank of 3 themes: 4 / 3 = about 1.3333; rounded down, that is Basic (rank 1).',
    );
    expect(result.summary).toBe('Basic overall: the mean rank of 3 themes is about 1.3333.');
    expectSane(result);
  });

  it('copes with many unknown criteria: one short warning each', () => {
    const met = Array.from({ length: 10_000 }, (_, i) => `policy.x.${i}`);
    const result = assessMaturity(toy, { policy: { met }, people: 'none' });
    expect(result.warnings).toHaveLength(10_002);
    expect(result.warnings[9_999]?.path).toBe('responses.policy.met[9999]');
    expect(Math.max(...result.warnings.map((w) => w.message.length))).toBeLessThan(120);
  });

  it('gives the same assessment whatever the order of the responses', () => {
    const responses = { people: { met: ['people.basic.1'] }, policy: 'good' };
    const reversed = { policy: 'good', people: { met: ['people.basic.1'] } };
    expect(assessMaturity(toy, reversed)).toStrictEqual(assessMaturity(toy, responses));
  });
});

describe('planActions with hostile input', () => {
  const present = { policy: 'basic', people: 'none' };
  const target = { policy: 'best', people: 'best' };

  it('refuses what is not a plan input, naming the parameter', () => {
    const cases: [unknown, string][] = [
      [null, 'input'],
      [[], 'input'],
      [{ present, target, yrs: 2 }, 'input.yrs'],
      [{ present, target, years: 0 }, 'input.years'],
      [{ present, target, years: 51 }, 'input.years'],
      [{ present, target, years: 2.5 }, 'input.years'],
      [{ present, target, years: '2' }, 'input.years'],
      [{ present, target, years: 2, spreadBy: 'stage' }, 'input.spreadBy'],
      [{ target }, 'input.present'],
      [{ present: [], target }, 'input.present'],
      [{ present: null, target }, 'input.present'],
      [{ present: { policy: 3 }, target }, 'input.present.policy'],
    ];
    for (const [input, path] of cases) {
      expect(
        failure(() => planActions(toy, input as never)),
        path,
      ).toMatchObject({
        code: 'invalid-input',
        paths: [path],
      });
    }
    expect(failure(() => planActions(toy, { present, target, yrs: 2 } as never)).messages).toEqual([
      'unknown key (did you mean "years"?)',
    ]);
    expect(failure(() => planActions(null as never, { present, target })).paths).toEqual(['model']);
  });

  it('refuses a result of another kind where an assessment is expected', () => {
    const comparison = compareAssessments(
      assessMaturity(toy, { policy: 'good' }),
      assessMaturity(toy, { policy: 'best' }),
    );
    expect(failure(() => planActions(toy, { present: comparison as never, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present'],
      messages: [
        'expected a maturity assessment from assessMaturity, or its JSON snapshot, received an object of kind "maturity-comparison"',
      ],
    });
  });

  it('reads a JSON-revived assessment, and refuses a tampered one at its path', () => {
    const assessment = assessMaturity(toy, {
      policy: { met: ['policy.basic.1', 'policy.basic.2'] },
    });
    const expected = planActions(toy, { present: assessment, target });
    expect(planActions(toy, { present: stored(assessment), target })).toStrictEqual(expected);
    const tampered = stored(assessment) as unknown as { themes: { level: string }[] };
    tampered.themes[0]!.level = 'great';
    // Its name is Basic's, and "basic" is that name's id elsewhere in it: refused on reading.
    expect(failure(() => planActions(toy, { present: tampered as never, target }))).toMatchObject({
      code: 'invalid-input',
      paths: ['input.present.themes[0].level'],
    });
    const otherModel = assessMaturity(svmiBusiness, { reporting: 'mature' });
    expect(failure(() => planActions(toy, { present: otherModel, target }))).toMatchObject({
      code: 'model-mismatch',
      paths: ['input.present.model.id'],
    });
  });

  it('plans prototype-named themes, levels and criteria, and a theme called kind', () => {
    const model = prototypeModel();
    const plan = planActions(model, {
      present: JSON.parse(
        '{"__proto__": "valueOf", "constructor": "valueOf", "toString": "valueOf"}',
      ),
      target: JSON.parse('{"__proto__": "__proto__", "constructor": "constructor"}'),
      years: 2,
    });
    expectSane(plan);
    expect(plan.themes.map((t) => [t.theme, t.stepCount])).toEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['toString', 0],
    ]);
    expect(plan.warnings.map((w) => [w.code, w.theme])).toEqual([['no-target-level', 'toString']]);
    const withKind = defineMaturityModel({
      ...toyInput,
      themes: [{ id: 'kind', name: 'Kind' }],
      criteria: [{ id: 'k.basic.1', theme: 'kind', level: 'basic', statement: 'S.', action: 'A.' }],
    });
    const kindPlan = planActions(withKind, {
      present: { kind: 'none' },
      target: { kind: 'basic' },
    });
    expect(kindPlan.counts.steps).toBe(1);
  });

  it('accepts the boundary years and never changes or freezes its input', () => {
    const input = { present: { ...present }, target: { ...target }, years: 50 };
    const plan = planActions(toy, input);
    expect(plan.schedule).toHaveLength(50);
    expect(nothingFrozen(input)).toBe(true);
    expect(planActions(toy, frozenCopy({ present, target, years: 1 })).schedule).toHaveLength(1);
  });
});

describe('compareAssessments with hostile input', () => {
  const now = assessMaturity(toy, { policy: 'basic', people: 'good' }, { label: '2026' });
  const later = assessMaturity(toy, { policy: 'best', people: 'good' }, { label: '2029' });

  it('refuses what is not an assessment, naming the parameter', () => {
    for (const value of [null, undefined, {}, [], 'x', toy, { kind: 'valuation' }]) {
      expect(failure(() => compareAssessments(value as never, later)).paths).toEqual(['present']);
      expect(failure(() => compareAssessments(now, value as never)).paths).toEqual(['target']);
    }
  });

  it('refuses two assessments of different models or themes', () => {
    expect(
      failure(() =>
        compareAssessments(now, assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' })),
      ),
    ).toMatchObject({ code: 'model-mismatch', paths: ['target.model.id'] });
    const fewer = stored(later) as unknown as { themes: unknown[] };
    fewer.themes.pop();
    // The hand-made copy no longer adds up, so the reader refuses it first...
    expect(failure(() => compareAssessments(now, fewer as never)).code).toBe('invalid-input');
    // ... and a consistent assessment of a model variant with other themes is a mismatch.
    const variant = defineMaturityModel({
      ...toyInput,
      themes: [toyInput.themes[0]!],
      criteria: toyInput.criteria.slice(0, 4),
    });
    expect(
      failure(() => compareAssessments(now, assessMaturity(variant, { policy: 'best' }))),
    ).toMatchObject({ code: 'model-mismatch', paths: ['target.themes'] });
  });

  it('never freezes the objects the caller passed in', () => {
    const present = stored(now);
    const target = stored(later);
    const comparison = compareAssessments(present, target);
    expect(nothingFrozen(present)).toBe(true);
    expect(nothingFrozen(target)).toBe(true);
    expect(Object.isFrozen(comparison.overall.present)).toBe(true);
    expect(comparison).toStrictEqual(compareAssessments(now, later));
    // (1 + 2) / 2 = 1.5 now, (3 + 2) / 2 = 2.5 later: a change of 1.
    expect(comparison.overall.change.toString()).toBe('1');
    expect(comparison.summary).toBe(
      '2026: Basic (mean 1.5); 2029: Good (mean 2.5); 1 of 2 themes moves up and 0 down.',
    );
    expectSane(comparison);
  });
});

describe('formatAssessmentTable and formatPlanMarkdown with hostile input', () => {
  const assessment = assessMaturity(toy, { policy: 'basic', people: 'good' });
  const plan = planActions(toy, { present: { policy: 'good' }, target: { policy: 'best' } });

  it('refuse what they cannot format, naming the parameter and the kinds expected', () => {
    expect(failure(() => formatAssessmentTable({} as never))).toEqual({
      code: 'invalid-input',
      paths: ['result'],
      messages: [
        'expected a maturity assessment or comparison from assessMaturity or compareAssessments, or its JSON snapshot, received {}',
      ],
    });
    expect(failure(() => formatAssessmentTable(plan as never)).messages[0]).toMatch(
      /received an object of kind "action-plan"$/,
    );
    expect(failure(() => formatPlanMarkdown({} as never))).toEqual({
      code: 'invalid-input',
      paths: ['plan'],
      messages: ['expected an action plan from planActions, or its JSON snapshot, received {}'],
    });
    for (const value of [null, undefined, [], 'plan', assessment]) {
      expect(failure(() => formatPlanMarkdown(value as never)).paths).toEqual(['plan']);
      expect(
        failure(() =>
          formatAssessmentTable(value === assessment ? (plan as never) : (value as never)),
        ).paths,
      ).toEqual(['result']);
    }
  });

  it('refuse bad options, naming renamed ones', () => {
    const cases: [unknown, string, string][] = [
      [{ decimals: 1 }, 'options.decimals', 'unknown key (renamed in 0.2: did you mean "places"?)'],
      [{ places: -1 }, 'options.places', 'expected a whole number from 0 to 20, received -1'],
      [{ places: 21 }, 'options.places', 'expected a whole number from 0 to 20, received 21'],
      [{ places: 1.5 }, 'options.places', 'expected a whole number from 0 to 20, received 1.5'],
      [
        { mode: 'half-upp' },
        'options.mode',
        'expected one of "half-up", "half-even", "half-down", "up", "down", "ceil", "floor", received "half-upp" (did you mean "half-up"?)',
      ],
    ];
    for (const [options, path, message] of cases) {
      expect(failure(() => formatAssessmentTable(assessment, options as never))).toEqual({
        code: 'invalid-input',
        paths: [path],
        messages: [message],
      });
    }
    expect(failure(() => formatPlanMarkdown(plan, { showID: false } as never))).toEqual({
      code: 'invalid-input',
      paths: ['options.showID'],
      messages: ['unknown key (did you mean "showIds"?)'],
    });
  });

  it('keep the table whole when names hold | or line breaks', () => {
    const model = defineMaturityModel({
      ...toyInput,
      themes: [
        { id: 'policy', name: 'Policy | scope' },
        { id: 'people', name: 'People\nand skills' },
      ],
    });
    const table = formatAssessmentTable(assessMaturity(model, { policy: 'good', people: 'basic' }));
    expect(table.split('\n')).toHaveLength(5);
    // Declared Good, Policy stays Good: Best's only criterion restates Good's and is met only in
    // its own right, so it is what stands between Policy and Best.
    expect(table).toContain('| Policy \\| scope | Good | declared | Best: 1 of 1 |');
    // People has no Good criterion: declared Basic, it is Good, and Best is next.
    expect(table).toContain('| People and skills | Good | declared | Best: 2 of 2 |');
  });

  it('format JSON-revived results exactly as the live ones, rounding the mean as asked', () => {
    expect(formatAssessmentTable(stored(assessment))).toBe(formatAssessmentTable(assessment));
    expect(formatPlanMarkdown(stored(plan) as ActionPlan)).toBe(formatPlanMarkdown(plan));
    // (1 + 2) / 2 = 1.5: half-up 2, half-even 2, down 1.
    const last = (options: object) =>
      formatAssessmentTable(assessment, { places: 0, ...options })
        .split('\n')
        .at(-1);
    expect(last({})).toBe('| **Overall** | **Basic** (mean 2) |  |  |');
    expect(last({ mode: 'down' })).toBe('| **Overall** | **Basic** (mean 1) |  |  |');
    const revived = stored(assessment) as MaturityAssessment;
    expect(nothingFrozen(revived)).toBe(true);
    formatAssessmentTable(revived);
    expect(nothingFrozen(revived)).toBe(true);
  });
});

describe('the presets', () => {
  it('are sealed, frozen models that pass their own snapshot reader', () => {
    for (const model of [svmiPublicSector, svmiBusiness, portsmouthRoadmap]) {
      expect(Object.isFrozen(model.criteria)).toBe(true);
      expect(model.kind).toBe('maturity-model');
      expect(model.schemaVersion).toBe(1);
      expectSane(model);
      const first = model.themes[0]!.id;
      expect(assessMaturity(stored(model), { [first]: model.levels[1]!.id })).toStrictEqual(
        assessMaturity(model, { [first]: model.levels[1]!.id }),
      );
    }
  });
});
