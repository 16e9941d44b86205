import { describe, expect, it } from 'vitest';
import { assessMaturity, defineMaturityModel, planActions } from '../../src/index.js';
import { thrown, toyInput } from './fixtures.js';

// The library's convention for `null` in an optional input field: `null` means "none", as
// leaving the field out does, wherever a result writes that field as `null` (a model's
// `rules.nonCompliantLevel`, a payment's `postcode`). A plan writes `years` and `spreadBy` as
// null without years, an assessment its `label` as null without one, and an assessed theme its
// `declaredLevel` and `note` as null when the response had none: the inputs take null there.

const toy = defineMaturityModel(toyInput);
const present = { policy: 'none', people: 'none' };
const target = { policy: 'basic', people: 'basic' };

describe('null in an optional maturity input field', () => {
  it('is no years and no spreading in planActions, as the plan writes it', () => {
    const plan = planActions(toy, { present, target });
    expect([plan.years, plan.spreadBy]).toEqual([null, null]);
    expect(planActions(toy, { present, target, years: null, spreadBy: null })).toEqual(plan);
    expect(planActions(toy, { present, target, years: null })).toEqual(plan);
    expect(planActions(toy, { present, target, spreadBy: null })).toEqual(plan);
    // A plan's own fields given back: the same plan.
    expect(
      planActions(toy, { present, target, years: plan.years, spreadBy: plan.spreadBy }),
    ).toEqual(plan);
    // With years, a null spreadBy is the default, 'step'.
    const spread = planActions(toy, { present, target, years: 2, spreadBy: null });
    expect(spread).toEqual(planActions(toy, { present, target, years: 2 }));
    expect(spread.spreadBy).toBe('step');
  });

  it('still refuses a spreadBy without years, null years included', () => {
    expect(
      thrown(() => planActions(toy, { present, target, years: null, spreadBy: 'level' })),
    ).toEqual({
      code: 'invalid-input',
      paths: ['input.spreadBy'],
    });
  });

  it('is no label in assessMaturity, as the assessment writes it', () => {
    const responses = { policy: 'basic' };
    const assessment = assessMaturity(toy, responses);
    expect(assessment.label).toBeNull();
    expect(assessMaturity(toy, responses, { label: null })).toEqual(assessment);
  });

  it("is no declared level and no note in a theme's response, as the assessed theme writes them", () => {
    const responses = { policy: { met: ['policy.basic.1', 'policy.basic.2'] } };
    const assessment = assessMaturity(toy, responses);
    const [policy] = assessment.themes;
    expect([policy?.declaredLevel, policy?.note]).toEqual([null, null]);
    expect(
      assessMaturity(toy, {
        policy: { met: ['policy.basic.1', 'policy.basic.2'], level: null, note: null },
      }),
    ).toEqual(assessment);
    // A level of null is no answer: without criteria met it is refused as an empty response.
    expect(thrown(() => assessMaturity(toy, { policy: { level: null } })).code).toBe(
      'invalid-input',
    );
  });
});
