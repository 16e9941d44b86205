import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  planActions,
  portsmouthRoadmap,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { handSource, toyInput, wideModel } from './fixtures.js';

// Behaviours that mutation testing (docs/quality.md, "Mutation testing") found unpinned: the
// sentences, paths and error wording of the maturity functions. Every result is built inside its
// test, so that per-test coverage sees the code it runs.

describe('assessMaturity: sentences, paths and errors', () => {
  it('words a contradicted declaration and puts it at the level of the response', () => {
    const toy = defineMaturityModel(toyInput);
    const result = assessMaturity(toy, {
      policy: { level: 'best', met: ['policy.basic.1', 'policy.basic.2'] },
      people: 'basic',
    });
    expect(result.warnings[0]).toEqual({
      code: 'declared-level-contradicted',
      severity: 'warning',
      message: 'Policy was declared Best, but the criteria given reach Basic: the criteria decide.',
      theme: 'policy',
      criterion: null,
      path: 'responses.policy.level',
    });
  });

  it('words a criterion of another theme and evidence for no criterion of the theme', () => {
    const toy = defineMaturityModel(toyInput);
    const result = assessMaturity(toy, {
      policy: {
        met: ['policy.basic.1', 'people.basic.1', 'policy.basic.2'],
        evidence: { 'people.best.1': 'Minutes of May' },
      },
      people: 'basic',
    });
    expect(result.warnings).toEqual([
      {
        code: 'evidence-for-unknown-criterion',
        severity: 'warning',
        message:
          'Evidence given for "people.best.1", which is not a criterion of Policy; kept as given.',
        theme: 'policy',
        criterion: 'people.best.1',
        path: 'responses.policy.evidence["people.best.1"]',
      },
      {
        code: 'criterion-of-other-theme',
        severity: 'warning',
        message: 'Ignored: "people.basic.1" belongs to the theme "people", not "policy".',
        theme: 'policy',
        criterion: 'people.basic.1',
        path: 'responses.policy.met[1]',
      },
    ]);
  });

  it('throws for a criterion of another theme in strict mode, with no suggestion', () => {
    const toy = defineMaturityModel(toyInput);
    const error = caught(() =>
      assessMaturity(toy, { policy: { met: { 'people.basic.1': true } } }, { strict: true }),
    );
    expect(error.code).toBe('unknown-criterion');
    expect(error.message).toBe(
      'Unknown criterion.\n  - responses.policy.met["people.basic.1"]: "people.basic.1" belongs to the theme "people", not "policy"',
    );
    expect(error.details).toEqual({
      criterion: 'people.basic.1',
      suggestions: [],
    });
  });

  it('suggests nothing for a criterion of another theme, however close an id of this one is', () => {
    // th0.1 is one letter from th1.1, the criterion of th1: it is named as th0's, not corrected.
    const wide = wideModel(2);
    const result = assessMaturity(wide, { th0: 'basic', th1: { met: ['th0.1'] } });
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Ignored: "th0.1" belongs to the theme "th0", not "th1".',
    ]);
    const error = caught(() => assessMaturity(wide, { th1: { met: ['th0.1'] } }, { strict: true }));
    expect(error.details).toEqual({ criterion: 'th0.1', suggestions: [] });
  });

  it('says why a theme is missing, and why none assessed is refused', () => {
    const toy = defineMaturityModel(toyInput);
    expect(assessMaturity(toy, { people: 'basic' }).themes[0]?.reason).toBe(
      'Not assessed: the responses do not cover Policy.',
    );
    expect(caught(() => assessMaturity(toy, {})).message).toBe(
      'Invalid maturity responses: no theme is assessed.\n  - responses: expected a response for at least one theme of Toy model',
    );
  });

  it('refuses a response with neither criteria nor a level, and malformed responses and options', () => {
    const toy = defineMaturityModel(toyInput);
    expect(caught(() => assessMaturity(toy, { policy: {} })).message).toBe(
      'Invalid maturity responses: 1 problem.\n  - responses.policy: expected `met` (the criteria met) or `level` (a declared level)',
    );
    const responses = caught(() =>
      assessMaturity(toy, { policy: { met: 'policy.basic.1' } } as never),
    );
    expect(responses.message.split('\n')[0]).toBe('Invalid maturity responses: 1 problem.');
    expect(responses.issues.map((issue) => issue.path)).toEqual(['responses.policy.met']);
    const options = caught(() =>
      assessMaturity(toy, { policy: 'basic' }, { strict: 'yes' } as never),
    );
    expect(options.message.split('\n')[0]).toBe('Invalid options: 1 problem.');
    expect(options.issues.map((issue) => issue.path)).toEqual(['options.strict']);
  });

  it('gives the reason of a theme at the lowest level, at the top and below levels without criteria', () => {
    const toy = defineMaturityModel(toyInput);
    const result = assessMaturity(toy, {
      policy: { met: ['policy.basic.1'] },
      people: { met: ['people.basic.1', 'people.best.1', 'people.best.2'] },
    });
    expect(result.themes.map((theme) => theme.reason)).toEqual([
      "None: the first level's criteria are not all met. 1 of the 2 Basic criteria is not yet met.",
      'Best: every criterion up to Best is met. It is the top level.',
    ]);
    // A theme with no criteria above Basic: nothing above it to work towards, though Basic is
    // not the top level.
    const flat = defineMaturityModel({
      id: 'flat',
      name: 'Flat',
      source: handSource,
      levels: [
        { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
        { id: 'basic', name: 'Basic', rank: 1, description: 'Started.' },
        { id: 'good', name: 'Good', rank: 2, description: 'Going well.' },
      ],
      themes: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      criteria: [
        {
          id: 'a.basic.1',
          theme: 'a',
          level: 'basic',
          statement: 'A b1.',
          action: 'Do A b1.',
        },
        {
          id: 'b.good.1',
          theme: 'b',
          level: 'good',
          statement: 'B g1.',
          action: 'Do B g1.',
        },
      ],
      rules: { themeRule: 'independent' },
    });
    const independent = assessMaturity(flat, {
      a: { met: ['a.basic.1'] },
      b: { met: [] },
    });
    expect(independent.themes.map((theme) => [theme.level, theme.nextLevel, theme.reason])).toEqual(
      [
        [
          'basic',
          null,
          'Basic: the highest level whose own criteria are all met. No level above it has criteria for this theme.',
        ],
        [
          'none',
          'good',
          'None: the highest level whose own criteria are all met. 1 of the 1 Good criteria is not yet met.',
        ],
      ],
    );
  });
});

/**
 * One theme `t` over None, Basic, Good and Best: Good and Best each have a criterion of their
 * own and one restating a Basic criterion (so neither restatement is met in its own right).
 */
function restatingModel(themeRule: 'cumulative' | 'independent') {
  const criterion = (id: string, level: string, restates?: string, guidance?: string) => ({
    id: `t.${id}`,
    theme: 't',
    level,
    statement: `Statement ${id}.`,
    action: `Action ${id}.`,
    ...(restates === undefined ? {} : { restates: `t.${restates}` }),
    ...(guidance === undefined ? {} : { guidance }),
  });
  return defineMaturityModel({
    id: 'restating',
    name: 'Restating',
    source: handSource,
    levels: [
      { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
      { id: 'basic', name: 'Basic', rank: 1, description: 'Started.' },
      { id: 'good', name: 'Good', rank: 2, description: 'Going well.' },
      { id: 'best', name: 'Best', rank: 3, description: 'Leading.' },
    ],
    themes: [{ id: 't', name: 'T' }],
    criteria: [
      criterion('basic.1', 'basic'),
      criterion('basic.2', 'basic'),
      criterion('good.1', 'good'),
      criterion('good.2', 'good', 'basic.1'),
      criterion('best.1', 'best', undefined, 'Ask the board.'),
      criterion('best.2', 'best', 'basic.2'),
    ],
    rules: { themeRule },
  });
}

const stepsOf = (plan: ReturnType<typeof planActions>) =>
  plan.themes.flatMap((theme) =>
    theme.levels.flatMap((level) => level.steps.map((s) => s.criterion)),
  );

describe('planActions: order, restatements, schedules and errors', () => {
  it('puts themes without a present or a target level after a theme with nothing to do', () => {
    const toy = defineMaturityModel(toyInput);
    const noPresent = planActions(toy, {
      present: { people: 'basic' },
      target: { policy: 'best', people: 'basic' },
    });
    expect(noPresent.themes.map((theme) => [theme.theme, theme.gap])).toEqual([
      ['people', 0],
      ['policy', 0],
    ]);
    expect(noPresent.warnings.map((w) => w.code)).toEqual([
      'target-is-present',
      'no-present-level',
    ]);
    const noTarget = planActions(toy, {
      present: { policy: 'basic', people: 'basic' },
      target: { people: 'basic' },
    });
    expect(noTarget.warnings.map((w) => [w.code, w.theme])).toEqual([
      ['target-is-present', 'people'],
      ['no-target-level', 'policy'],
    ]);
  });

  it('keeps the model order of themes with equal gaps', () => {
    const wide = wideModel(12);
    const present = Object.fromEntries(wide.themes.map((theme) => [theme.id, 'none']));
    const target = Object.fromEntries(wide.themes.map((theme) => [theme.id, 'basic']));
    const plan = planActions(wide, { present, target });
    expect(plan.themes.map((theme) => theme.theme)).toEqual(wide.themes.map((theme) => theme.id));
  });

  it('does not plan a restatement of a criterion met at the present level', () => {
    const plan = planActions(restatingModel('cumulative'), {
      present: { t: 'basic' },
      target: { t: 'best' },
    });
    expect(stepsOf(plan)).toEqual(['t.good.1', 't.best.1']);
  });

  it('plans a restatement of a lower criterion that is still unmet', () => {
    // Independent rule: Good is reached with both its criteria (t.good.2 meets t.basic.1 with
    // it), while t.basic.2 is unmet; Best restates t.basic.2, so it stays to do.
    const model = restatingModel('independent');
    const present = assessMaturity(model, {
      t: { met: ['t.good.1', 't.good.2'] },
    });
    expect(present.themes[0]?.level).toBe('good');
    const plan = planActions(model, { present, target: { t: 'best' } });
    expect(stepsOf(plan)).toEqual(['t.best.1', 't.best.2']);
  });

  it("keeps a criterion's guidance in its step", () => {
    const plan = planActions(restatingModel('cumulative'), {
      present: { t: 'good' },
      target: { t: 'best' },
    });
    expect(plan.themes[0]?.levels[0]?.steps[0]).toEqual({
      criterion: 't.best.1',
      theme: 't',
      themeName: 'T',
      level: 'best',
      levelName: 'Best',
      action: 'Action best.1.',
      statement: 'Statement best.1.',
      guidance: 'Ask the board.',
    });
  });

  it('spreads by level over the levels with steps only', () => {
    // People None → Best: Basic (1 step), Good (none), Best (2): over three years, Basic is
    // level 1 of 2 (year 1) and Best level 2 of 2 (year floor(1 × 3 / 2) + 1 = 2).
    const toy = defineMaturityModel(toyInput);
    const plan = planActions(toy, {
      present: { policy: 'best', people: 'none' },
      target: { policy: 'best', people: 'best' },
      years: 3,
      spreadBy: 'level',
    });
    expect(plan.schedule.map((year) => year.steps.map((step) => step.criterion))).toEqual([
      ['people.basic.1'],
      ['people.best.1', 'people.best.2'],
      [],
    ]);
  });

  it('names the plan input and the model in its errors', () => {
    const toy = defineMaturityModel(toyInput);
    const years = caught(() =>
      planActions(toy, {
        present: { policy: 'basic' },
        target: { policy: 'best' },
        years: 0,
      }),
    );
    expect(years.message.split('\n')[0]).toBe('Invalid plan input: 1 problem.');
    expect(years.issues.map((issue) => issue.path)).toEqual(['input.years']);
    const level = caught(() =>
      planActions(toy, {
        present: { policy: 5 },
        target: { policy: 'best' },
      } as never),
    );
    expect(level.message.split('\n')[0]).toBe('Invalid plan input: 1 problem.');
    expect(level.issues.map((issue) => issue.path)).toEqual(['input.present.policy']);
    const other = caught(() =>
      planActions(toy, {
        present: assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' }),
        target: { policy: 'best' },
      }),
    );
    expect(other.code).toBe('model-mismatch');
    expect(other.message).toBe(
      'The assessment is of another model.\n  - input.present.model.id: expected an assessment against "toy" (no edition), received one against "portsmouth-roadmap" edition "March 2021": assess again, or give a level per theme',
    );
  });
});

describe('compareAssessments: its errors word for word', () => {
  it('names the models, or the themes, that differ', () => {
    const toy = defineMaturityModel(toyInput);
    const other = defineMaturityModel({ ...toyInput, id: 'toy-2' });
    const now = assessMaturity(toy, { policy: 'basic', people: 'basic' });
    expect(
      caught(() => compareAssessments(now, assessMaturity(other, { policy: 'best' }))).message,
    ).toBe(
      'The two assessments are of different models.\n  - target.model.id: expected an assessment against "toy" (no edition), received one against "toy-2" (no edition): compare assessments of one edition',
    );
    expect(
      caught(() => compareAssessments(now, assessMaturity(toy, { policy: 'best' }))).message,
    ).toBe(
      'The two assessments cover different themes.\n  - target.themes: expected the themes of the present assessment (policy and people), received policy and people (missing)',
    );
  });
});
