import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  defineMaturityModel,
  planActions,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { thrown, toyInput } from './fixtures.js';

const toy = defineMaturityModel(toyInput);
const toyNearest = defineMaturityModel({ ...toyInput, rules: { overallRounding: 'nearest' } });
const toyIndependent = defineMaturityModel({ ...toyInput, rules: { themeRule: 'independent' } });

describe('assessMaturity', () => {
  it('gives each theme the highest level whose criteria and all lower ones are met', () => {
    // policy: basic 1-2, good 1 and best 1 met: Best.
    // people: basic 1 met; Good has no criteria, so it follows; Best needs 1 and 2: Good.
    const result = assessMaturity(toy, {
      policy: { met: ['policy.basic.1', 'policy.basic.2', 'policy.good.1', 'policy.best.1'] },
      people: { met: ['people.basic.1'] },
    });
    const [policy, people] = result.themes;
    expect(policy?.level).toBe('best');
    expect(policy?.met).toEqual([
      'policy.basic.1',
      'policy.basic.2',
      'policy.good.1',
      'policy.best.1',
    ]);
    expect(policy?.nextLevel).toBeNull();
    expect(people?.level).toBe('good');
    expect(people?.unmetAtNextLevel.map((c) => c.id)).toEqual(['people.best.1', 'people.best.2']);
    expect(people?.criteriaAtNextLevel).toBe(2);
    expect(people?.reason).toBe(
      'Good: every criterion up to Good is met. 2 of the 2 Best criteria are not yet met.',
    );
    // Overall: (3 + 2) / 2 = 2.5, rounded down: Good (rank 2).
    expect(result.overall.mean.toString()).toBe('2.5');
    expect(result.overall.level).toBe('good');
    expect(result.overall.reason).toBe(
      'Mean rank of 2 themes: 5 / 2 = 2.5; rounded down, that is Good (rank 2).',
    );
    expect(result.warnings).toEqual([]);
    expect(Object.isFrozen(result.themes)).toBe(true);
  });

  it('rounds the overall mean to the nearest level when the model says so (halves up)', () => {
    const responses = { policy: 'best', people: 'good' };
    expect(assessMaturity(toyNearest, responses).overall.level).toBe('best'); // 2.5 → 3
    // (People declared Basic would be Good: it has no Good criterion.)
    expect(assessMaturity(toyNearest, { policy: 'basic', people: 'best' }).overall.level).toBe(
      'good', // (1 + 3) / 2 = 2
    );
    // (3 + 1 + ...) one theme at 1, one at 0: mean 0.5 → nearest Basic, down None.
    expect(assessMaturity(toyNearest, { policy: 'basic', people: 'none' }).overall.level).toBe(
      'basic',
    );
    expect(assessMaturity(toy, { policy: 'basic', people: 'none' }).overall.level).toBe('none');
  });

  it('keeps a level blocked by an unmet lower criterion, unless levels are judged on their own', () => {
    const responses = { policy: { met: ['policy.basic.1', 'policy.good.1'] }, people: 'basic' };
    const cumulative = assessMaturity(toy, responses);
    expect(cumulative.themes[0]?.level).toBe('none');
    expect(cumulative.themes[0]?.nonCompliant).toBe(true);
    expect(cumulative.themes[0]?.unmetAtNextLevel.map((c) => c.id)).toEqual(['policy.basic.2']);
    expect(cumulative.warnings.map((w) => [w.code, w.theme])).toEqual([
      ['non-compliant', 'policy'],
    ]);
    // Independent: Good (good.1) is fully met; Best's only criterion restates good.1 and is not
    // met in its own right, so Best is not.
    expect(assessMaturity(toyIndependent, responses).themes[0]?.level).toBe('good');
    expect(
      assessMaturity(toyIndependent, {
        ...responses,
        policy: { met: ['policy.basic.1', 'policy.best.1'] },
      }).themes[0]?.level,
    ).toBe('best');
  });

  it('takes a declared level, counting every criterion up to it as met', () => {
    const result = assessMaturity(toy, {
      policy: 'good',
      people: { level: 'basic', note: 'HR review' },
    });
    expect(result.themes[0]?.basis).toBe('declared');
    expect(result.themes[0]?.met).toEqual(['policy.basic.1', 'policy.basic.2', 'policy.good.1']);
    expect(result.themes[1]?.note).toBe('HR review');
    expect(result.themes[1]?.met).toEqual(['people.basic.1']);
  });

  it('never gives a level without criteria as the next level: it is met by any answer', () => {
    // People has no Good criterion. Declared Basic, People reaches Good too (every criterion up
    // to Good is met: there is none above Basic's), and the next level is Best with its 2.
    const declared = assessMaturity(toy, { policy: 'good', people: 'basic' }).themes[1]!;
    expect([declared.level, declared.declaredLevel, declared.basis]).toEqual([
      'good',
      'basic',
      'declared',
    ]);
    expect([declared.nextLevel, declared.criteriaAtNextLevel]).toEqual(['best', 2]);
    expect(declared.reason).toBe(
      'Good: declared Basic (no criteria given), which meets every criterion up to Good. 2 of the 2 Best criteria are not yet met.',
    );
    // Levels judged on their own: a level without criteria is never reached, so the next level
    // is the first above with criteria (Best), not Good with "0 of 0".
    const independent = assessMaturity(toyIndependent, {
      policy: 'good',
      people: { met: ['people.basic.1'] },
    }).themes[1]!;
    expect([independent.level, independent.nextLevel]).toEqual(['basic', 'best']);
    expect(independent.criteriaAtNextLevel).toBe(2);
    expect(independent.unmetAtNextLevel.map((c) => c.id)).toEqual([
      'people.best.1',
      'people.best.2',
    ]);
    // Declared Good, Policy stays Good: Best's one criterion only restates Good's, so it is not
    // met by Good's alone (see the test of restatements below).
    expect(assessMaturity(toy, { policy: 'good', people: 'good' }).themes[0]?.level).toBe('good');
    expect(independent.reason).toBe(
      'Basic: the highest level whose own criteria are all met. 2 of the 2 Best criteria are not yet met.',
    );
  });

  it('never lifts a theme to a level whose criteria only restate lower ones by the lower criteria alone', () => {
    // Toy Policy: Best's one criterion (best.1) restates good.1, so Best has no criterion of its
    // own. Meeting good.1 (declared Good, or Basic's two and good.1 given) is Good, and Best's
    // best.1 is what stands between Policy and Best: 0 + 1 = 1 of 1 unmet, by hand.
    const declared = assessMaturity(toy, { policy: 'good', people: 'basic' }).themes[0]!;
    const given = assessMaturity(toy, {
      policy: { level: 'good', met: ['policy.basic.1', 'policy.basic.2', 'policy.good.1'] },
      people: 'basic',
    });
    for (const theme of [declared, given.themes[0]!]) {
      expect([theme.level, theme.nextLevel, theme.criteriaAtNextLevel]).toEqual([
        'good',
        'best',
        1,
      ]);
      expect(theme.unmetAtNextLevel.map((c) => c.id)).toEqual(['policy.best.1']);
      expect(theme.met).toEqual(['policy.basic.1', 'policy.basic.2', 'policy.good.1']);
    }
    expect(declared.reason).toBe(
      'Good, as declared (no criteria given). 1 of the 1 Best criteria is not yet met.',
    );
    // The declaration agrees with the criteria: no contradiction warning.
    expect(given.warnings).toEqual([]);
    // Met in its own right, best.1 lifts Policy to Best, and brings good.1 (which it restates)
    // with it; declared Best is Best.
    const own = assessMaturity(toy, {
      policy: { met: ['policy.basic.1', 'policy.basic.2', 'policy.best.1'] },
      people: 'basic',
    }).themes[0]!;
    expect([own.level, own.met]).toEqual([
      'best',
      ['policy.basic.1', 'policy.basic.2', 'policy.good.1', 'policy.best.1'],
    ]);
    expect(assessMaturity(toy, { policy: 'best', people: 'basic' }).themes[0]?.level).toBe('best');
    // A plan from Good to Best lists best.1: the one step to Best.
    const plan = planActions(toy, {
      present: { policy: 'good', people: 'basic' },
      target: { policy: 'best', people: 'basic' },
    });
    expect(plan.themes[0]?.levels.map((l) => [l.level, l.steps.map((s) => s.criterion)])).toEqual([
      ['best', ['policy.best.1']],
    ]);
  });

  it('lets the criteria decide over a contradicting declaration, with a warning', () => {
    const result = assessMaturity(toy, {
      policy: { level: 'best', met: { 'policy.basic.1': true, 'policy.basic.2': false } },
      people: 'basic',
    });
    expect(result.themes[0]?.level).toBe('none');
    expect(result.themes[0]?.declaredLevel).toBe('best');
    expect(result.warnings.map((w) => w.code)).toEqual([
      'declared-level-contradicted',
      'non-compliant',
    ]);
  });

  it('warns about unknown criteria and criteria of another theme, and ignores them', () => {
    const result = assessMaturity(toy, {
      policy: {
        met: ['policy.basic.1', 'policy.basic.9', 'people.basic.1', 'policy.basic.2'],
        evidence: { 'policy.basic.1': 'Policy minuted 2024', 'other.x.1': 'stray' },
      },
      people: 'none',
    });
    expect(result.themes[0]?.level).toBe('basic');
    expect(result.themes[0]?.evidence).toEqual({
      'policy.basic.1': 'Policy minuted 2024',
      'other.x.1': 'stray',
    });
    expect(result.warnings.map((w) => [w.code, w.criterion])).toEqual([
      ['evidence-for-unknown-criterion', 'other.x.1'],
      ['unknown-criterion', 'policy.basic.9'],
      ['criterion-of-other-theme', 'people.basic.1'],
      ['non-compliant', null],
    ]);
  });

  it('throws unknown-criterion in strict mode, with the path of the id', () => {
    expect(
      thrown(() =>
        assessMaturity(toy, { policy: { met: ['policy.basic.1', 'svmi.x.1'] } }, { strict: true }),
      ),
    ).toEqual({ code: 'unknown-criterion', paths: ['responses.policy.met[1]'] });
    // A criterion id from another model (here the business SVMI) is unknown too.
    const other = svmiBusiness.criteria[0]!.id;
    expect(
      thrown(() => assessMaturity(toy, { policy: { met: { [other]: true } } }, { strict: true })),
    ).toEqual({ code: 'unknown-criterion', paths: [`responses.policy.met["${other}"]`] });
  });

  it('says a theme has no criteria at the level a misspelt id names, rather than suggest another level', () => {
    // The SVMI's Reporting theme has no Follower criteria (the source sets none): the nearest
    // id by edit distance, reporting.leader.1, is not what "folower" meant.
    const result = assessMaturity(svmiPublicSector, {
      reporting: {
        met: [
          'reporting.folower.1',
          'reporting.follower.1',
          'reporting.matur.3',
          'Reporting.Follower.1',
        ],
      },
    });
    expect(result.warnings.filter((w) => w.theme === 'reporting').map((w) => w.message)).toEqual([
      'Ignored: "reporting.folower.1" is not a criterion of Social Value Maturity Index (public sector): Reporting has no Follower criteria.',
      'Ignored: "reporting.follower.1" is not a criterion of Social Value Maturity Index (public sector): Reporting has no Follower criteria.',
      // Reporting has two Mature criteria: the suggestion stands where the level has criteria.
      'Ignored: "reporting.matur.3" is not a criterion of Social Value Maturity Index (public sector) (did you mean "reporting.mature.1" or "reporting.mature.2"?).',
      // The theme written with capitals, as a spreadsheet's title case gives it.
      'Ignored: "Reporting.Follower.1" is not a criterion of Social Value Maturity Index (public sector): Reporting has no Follower criteria.',
    ]);
    const error = caught(() =>
      assessMaturity(
        svmiPublicSector,
        { reporting: { met: ['reporting.folower.1'] } },
        { strict: true },
      ),
    );
    expect(error.issues[0]?.message).toBe(
      '"reporting.folower.1" is not a criterion of Social Value Maturity Index (public sector): Reporting has no Follower criteria',
    );
    expect(error.details).toEqual({ criterion: 'reporting.folower.1', suggestions: [] });
  });

  it('reports a theme missing from the responses instead of giving it a level', () => {
    const result = assessMaturity(toy, { policy: 'basic' });
    expect(result.themes[1]?.basis).toBe('missing');
    expect(result.themes[1]?.level).toBeNull();
    expect(result.overall.themesCounted).toBe(1);
    expect(result.overall.themesMissing).toEqual(['people']);
    expect(result.overall.mean.toString()).toBe('1');
    expect(result.warnings.map((w) => [w.code, w.theme])).toEqual([['missing-theme', 'people']]);
  });

  it('throws for an unknown theme or level, with its path', () => {
    expect(thrown(() => assessMaturity(toy, { policy: 'good', polcy: 'good' }))).toEqual({
      code: 'unknown-theme',
      paths: ['responses.polcy'],
    });
    expect(thrown(() => assessMaturity(toy, { policy: 'great' }))).toEqual({
      code: 'unknown-level',
      paths: ['responses.policy'],
    });
    expect(thrown(() => assessMaturity(toy, { policy: { level: 'great', met: [] } }))).toEqual({
      code: 'unknown-level',
      paths: ['responses.policy.level'],
    });
  });

  it('names every unknown theme in one error, each at its path with the id meant', () => {
    const error = caught(() =>
      assessMaturity(toy, { policy: 'good', polcy: 'good', Poeple: 'basic', zzz: 'none' }),
    );
    expect(error.code).toBe('unknown-theme');
    expect(error.message.split('\n')[0]).toBe('Unknown themes in Toy model.');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'responses.polcy',
        'unknown theme "polcy": expected one of policy or people (did you mean "policy"?)',
      ],
      [
        'responses.Poeple',
        'unknown theme "Poeple": expected one of policy or people (did you mean "people"?)',
      ],
      ['responses.zzz', 'unknown theme "zzz": expected one of policy or people'],
    ]);
    // How many there are; each one's suggestions are in its issue (one alone has them in details).
    expect(error.details).toEqual({ count: 3 });
    // Past 100, the first 100 are listed and the rest counted (suggestions for those only).
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`t${i}`, 'good']));
    const bounded = caught(() => assessMaturity(toy, many));
    expect(bounded.issues).toHaveLength(100);
    expect(bounded.issues[99]?.path).toBe('responses.t99');
    expect(bounded.details.count).toBe(150);
    expect(bounded.message.split('\n')[0]).toBe(
      'Unknown themes in Toy model. (50 more not listed)',
    );
  });

  it('rejects malformed responses and an assessment of no theme', () => {
    expect(thrown(() => assessMaturity(toy, {}))).toEqual({
      code: 'invalid-input',
      paths: ['responses'],
    });
    expect(thrown(() => assessMaturity(toy, { policy: { note: 'no answer' } }))).toEqual({
      code: 'invalid-input',
      paths: ['responses.policy'],
    });
    expect(thrown(() => assessMaturity(toy, { policy: { met: [3] } } as never))).toEqual({
      code: 'invalid-input',
      paths: ['responses.policy.met[0]'],
    });
    expect(thrown(() => assessMaturity([] as never, { policy: 'good' }))).toEqual({
      code: 'invalid-input',
      paths: ['model'],
    });
  });

  it('names a Set, a Map or a list given where an object is expected, not "{}"', () => {
    // A Set or Map prints as {} in JSON, and {} is a valid `met`: the message names the class.
    const message = (run: () => unknown) => caught(run).issues[0]?.message;
    expect(
      message(() => assessMaturity(toy, { policy: { met: new Set(['policy.basic.1']) } } as never)),
    ).toBe(
      'expected a list of criterion ids or an object from criterion id to true or false, received a Set',
    );
    expect(message(() => assessMaturity(toy, { policy: new Map() } as never))).toBe(
      'expected a level id or an object with met, level, evidence or note, received a Map',
    );
    expect(message(() => defineMaturityModel(new Map() as never))).toBe(
      'expected a maturity model input (an object with id, name, source, levels, themes and criteria), a model from defineMaturityModel, a preset such as svmiPublicSector, or its JSON snapshot, received a Map',
    );
  });

  it('refers to themes and levels by id with their names beside them, and says it in a summary', () => {
    // people: basic.1 met; Good has no criteria so it follows; Best needs best.1 and best.2.
    const result = assessMaturity(
      toy,
      { people: { met: ['people.basic.1'], evidence: { 'people.basic.1': 'HR plan' } } },
      { label: '2026' },
    );
    expect(result.kind).toBe('maturity-assessment');
    expect(result.schemaVersion).toBe(1);
    expect(result.label).toBe('2026');
    expect({
      ...result.themes[1],
      unmetAtNextLevel: [],
      evidence: { ...result.themes[1]!.evidence },
    }).toStrictEqual({
      theme: 'people',
      themeName: 'People',
      basis: 'criteria',
      level: 'good',
      levelName: 'Good',
      rank: 2,
      declaredLevel: null,
      nonCompliant: false,
      met: ['people.basic.1'],
      nextLevel: 'best',
      nextLevelName: 'Best',
      unmetAtNextLevel: [],
      criteriaAtNextLevel: 2,
      evidence: { 'people.basic.1': 'HR plan' },
      note: null,
      reason: 'Good: every criterion up to Good is met. 2 of the 2 Best criteria are not yet met.',
    });
    expect(Object.getPrototypeOf(result.themes[1]!.evidence)).toBeNull();
    expect(result.overall).toMatchObject({
      level: 'good',
      levelName: 'Good',
      rank: 2,
      rankTotal: 2,
      themesCounted: 1,
      themesMissing: ['policy'],
      rounding: 'down',
    });
    expect(result.summary).toBe(
      'Good overall: the mean rank of 1 theme is 2; 1 theme not assessed.',
    );
    expect(result.warnings).toEqual([
      {
        code: 'missing-theme',
        severity: 'warning',
        message:
          'Policy is not in the responses: it has no level and is left out of the overall mean.',
        theme: 'policy',
        criterion: null,
        path: 'responses.policy',
      },
    ]);
  });
});
