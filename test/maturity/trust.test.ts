import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  defineMaturityModel,
  type MaturityModelInput,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { thrown, toyInput } from './fixtures.js';

// The one trust rule: a model from defineMaturityModel is trusted; any other object (a model
// input written by hand, a copy revived from JSON) is checked exactly as defineMaturityModel
// checks it, then works.

/** A model's JSON with `kind` and `schemaVersion` left out: written as an input would be. */
function asInput(model: object): MaturityModelInput {
  const { kind: _kind, schemaVersion: _version, ...rest } = JSON.parse(JSON.stringify(model));
  return rest;
}

describe('a maturity model written by hand', () => {
  it('is assessed as the model defineMaturityModel makes of it', () => {
    const responses = { policy: { met: ['policy.basic.1', 'policy.basic.2'] }, people: 'basic' };
    const assessment = assessMaturity(toyInput, responses);
    // Worked by hand: policy meets both Basic criteria (rank 1); people is declared Basic and
    // Good has no people criteria, so it is met with Basic under the cumulative rule (rank 2).
    // The mean (1 + 2) / 2 = 1.5 rounds down to Basic.
    expect(assessment.themes.map((theme) => [theme.theme, theme.level])).toEqual([
      ['policy', 'basic'],
      ['people', 'good'],
    ]);
    expect(assessment.overall.mean.toString()).toBe('1.5');
    expect(assessment.overall.level).toBe('basic');
    expect(assessment).toEqual(assessMaturity(defineMaturityModel(toyInput), responses));
  });

  it('is planned as the model defineMaturityModel makes of it', () => {
    const input = { present: { policy: 'none' }, target: { policy: 'good' }, years: 2 };
    const plan = planActions(toyInput, input);
    // From None to Good in policy: Basic's two criteria, then Good's one.
    expect(
      plan.themes[0]?.levels.map((level) => level.steps.map((step) => step.criterion)),
    ).toEqual([['policy.basic.1', 'policy.basic.2'], ['policy.good.1']]);
    expect(plan).toEqual(planActions(defineMaturityModel(toyInput), input));
  });

  it('is refused as defineMaturityModel refuses it, at the parameter path', () => {
    const broken = { ...toyInput, rules: { nonCompliantLevel: 'best' } };
    const defined = thrown(() => defineMaturityModel(broken));
    expect(defined).toEqual({ code: 'invalid-input', paths: ['model.rules.nonCompliantLevel'] });
    expect(thrown(() => assessMaturity(broken, { policy: 'good' }))).toEqual(defined);
    expect(thrown(() => planActions(broken, { present: {}, target: {} }))).toEqual(defined);
    const misspelt = { ...toyInput, levles: [] };
    expect(thrown(() => assessMaturity(misspelt as never, { policy: 'good' }))).toEqual({
      code: 'invalid-input',
      paths: ['model.levles'],
    });
  });

  it('is refused field by field when empty, as defineMaturityModel refuses it', () => {
    const defined = thrown(() => defineMaturityModel({} as never));
    expect(defined.paths).toContain('model.levels');
    expect(thrown(() => assessMaturity({} as never, { policy: 'good' }))).toEqual(defined);
  });

  it('names what is expected for what is no object, the same from every function', () => {
    for (const run of [
      () => defineMaturityModel(42 as never),
      () => assessMaturity(42 as never, { policy: 'good' }),
      () => planActions(42 as never, { present: {}, target: {} }),
    ]) {
      const error = caught(run);
      expect(error.issues.map((issue) => issue.path)).toEqual(['model']);
      expect(error.issues[0]?.message).toBe(
        'expected a maturity model input (an object with id, name, source, levels, themes and criteria), a model from defineMaturityModel, a preset such as svmiPublicSector, or its JSON snapshot, received 42',
      );
    }
  });
});

describe('a model input with nonCompliantLevel: null', () => {
  it('is a model without a non-compliant level, as a checked model writes it', () => {
    const model = defineMaturityModel({ ...toyInput, rules: { nonCompliantLevel: null } });
    expect(model.rules.nonCompliantLevel).toBeNull();
    expect(model).toEqual(defineMaturityModel({ ...toyInput, rules: {} }));
  });

  it('lets every preset written back as an input be defined again', () => {
    // Portsmouth's roadmap has no non-compliant level: its JSON says null.
    expect(asInput(portsmouthRoadmap).rules?.nonCompliantLevel).toBeNull();
    for (const preset of [svmiPublicSector, svmiBusiness, portsmouthRoadmap]) {
      expect(defineMaturityModel(asInput(preset))).toEqual(preset);
      const responses = { [preset.themes[0]!.id]: preset.levels[1]!.id };
      expect(assessMaturity(asInput(preset), responses)).toEqual(assessMaturity(preset, responses));
    }
  });
});
