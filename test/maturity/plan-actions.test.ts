import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  defineMaturityModel,
  formatPlanMarkdown,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { thrown, toyInput } from './fixtures.js';

const toy = defineMaturityModel(toyInput);

describe('planActions', () => {
  // Worked by hand on the toy model (test/maturity/fixtures.ts):
  //  people None → Best (gap 3): Basic [people.basic.1], Good [] (no criteria),
  //    Best [people.best.1, people.best.2]: 3 steps.
  //  policy Basic → Best (gap 2): Good [policy.good.1], Best [policy.best.1]: 2 steps
  //    (best.1 restates good.1, but it is Best's only Policy criterion, so it is met only in its
  //    own right and listed; a restatement beside a criterion of its own is listed once).
  // Over 2 years, step i of n goes to year floor(i × 2 / n) + 1: people 1, 1, 2; policy 1, 2.
  const plan = planActions(toy, {
    present: { policy: 'basic', people: 'none' },
    target: { policy: 'best', people: 'best' },
    years: 2,
  });

  it('lists the unmet criteria level by level, largest gap first', () => {
    expect(
      plan.themes.map((theme) => [
        theme.theme,
        theme.gap,
        theme.levels.map((level) => [level.level, level.steps.map((step) => step.criterion)]),
      ]),
    ).toEqual([
      [
        'people',
        3,
        [
          ['basic', ['people.basic.1']],
          ['good', []],
          ['best', ['people.best.1', 'people.best.2']],
        ],
      ],
      [
        'policy',
        2,
        [
          ['good', ['policy.good.1']],
          ['best', ['policy.best.1']],
        ],
      ],
    ]);
    expect(plan.themes[0]?.levels[0]?.steps[0]?.action).toBe('Do H b1.');
    expect(plan.counts).toMatchObject({ themes: 2, themesWithGap: 2, steps: 5 });
    expect(plan.summary).toBe(
      '5 steps across 2 of 2 themes (1 to reach Basic, 1 to reach Good, 3 to reach Best).',
    );
    expect(plan.counts.byLevel.map((entry) => [entry.level, entry.steps])).toEqual([
      ['basic', 1],
      ['good', 1],
      ['best', 3],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('schedules the steps over the years without a level before those below it', () => {
    expect(
      plan.schedule.map((year) => [year.year, year.steps.map((step) => step.criterion)]),
    ).toEqual([
      [1, ['people.basic.1', 'people.best.1', 'policy.good.1']],
      [2, ['people.best.2', 'policy.best.1']],
    ]);
  });

  it('skips criteria already met above the present level', () => {
    const present = assessMaturity(toy, {
      policy: 'best',
      people: { met: ['people.basic.1', 'people.best.2'] },
    });
    expect(present.themes[1]?.level).toBe('good');
    const next = planActions(toy, { present, target: { policy: 'best', people: 'best' } });
    expect(next.themes[0]?.levels.flatMap((l) => l.steps.map((s) => s.criterion))).toEqual([
      'people.best.1',
    ]);
    expect(next.schedule).toEqual([]);
    expect(next.years).toBeNull();
    expect('year' in next.themes[0]!.levels[0]!.steps[0]!).toBe(false);
  });

  it('gives an empty plan with notes when the target is not above the present', () => {
    const empty = planActions(toy, {
      present: { policy: 'best', people: 'good' },
      target: { policy: 'good', people: 'good' },
    });
    expect(empty.counts.steps).toBe(0);
    expect(empty.themes.map((theme) => theme.gap)).toEqual([0, -1]);
    expect(empty.warnings).toEqual([
      {
        code: 'target-is-present',
        severity: 'info',
        message: 'People: the target (Good) is the present level; nothing to plan.',
        theme: 'people',
      },
      {
        code: 'target-below-present',
        severity: 'warning',
        message: 'Policy: the target (Good) is below the present level (Best); nothing to plan.',
        theme: 'policy',
      },
    ]);
    expect(empty.themes.map((theme) => theme.reason)).toEqual(
      empty.warnings.map((warning) => warning.message),
    );
  });

  it('notes a theme the present or the target leaves out', () => {
    const partial = planActions(toy, {
      present: { policy: 'none', people: 'none' },
      target: { policy: 'basic' },
    });
    expect(partial.themes.map((t) => t.theme)).toEqual(['policy', 'people']);
    expect(partial.warnings.map((w) => [w.code, w.severity, w.message])).toEqual([
      ['no-target-level', 'warning', 'People: no target level, so nothing is planned.'],
    ]);
  });

  it('names every unknown theme of a position in one error, before any unknown level', () => {
    expect(
      thrown(() => planActions(toy, { present: { polcy: 'great', Poeple: 'none' }, target: {} })),
    ).toEqual({ code: 'unknown-theme', paths: ['input.present.polcy', 'input.present.Poeple'] });
  });

  it('throws for unknown themes and levels, other models and bad years, with paths', () => {
    expect(thrown(() => planActions(toy, { present: { polcy: 'none' }, target: {} }))).toEqual({
      code: 'unknown-theme',
      paths: ['input.present.polcy'],
    });
    expect(thrown(() => planActions(toy, { present: {}, target: { policy: 'great' } }))).toEqual({
      code: 'unknown-level',
      paths: ['input.target.policy'],
    });
    const business = assessMaturity(svmiBusiness, { 'policy-and-scope': 'mature' });
    expect(thrown(() => planActions(toy, { present: business, target: {} }))).toEqual({
      code: 'model-mismatch',
      paths: ['input.present.model.id'],
    });
    expect(thrown(() => planActions(toy, { present: {}, target: {}, years: 0 }))).toEqual({
      code: 'invalid-input',
      paths: ['input.years'],
    });
    // Years as text, with spaces or without: the number it reads as is suggested.
    for (const years of ['2', ' 2', '2 ']) {
      expect(
        caught(() => planActions(toy, { present: {}, target: {}, years: years as never })).issues[0]
          ?.message,
      ).toBe(`expected a whole number from 1 to 50, received "${years}" (did you mean 2?)`);
    }
    // spreadBy spreads a schedule over years: without years it was ignored without a word.
    const withoutYears = caught(() =>
      planActions(toy, { present: {}, target: {}, spreadBy: 'level' }),
    );
    expect([withoutYears.code, withoutYears.issues.map((issue) => issue.path)]).toEqual([
      'invalid-input',
      ['input.spreadBy'],
    ]);
    expect(withoutYears.message).toBe(
      'Invalid plan input: 1 problem.\n  - input.spreadBy: spreads a schedule over years: give years too',
    );
  });

  it('says what a missing present or target should be, in words', () => {
    // A misspelt `target` (`targets`): the missing target is named with what it should be, not
    // zod's "expected nonoptional".
    const error = caught(() =>
      planActions(toy, { present: { policy: 'basic' }, targets: { policy: 'good' } } as never),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'input.target',
        'missing: expected a maturity assessment or an object from theme id to level id',
      ],
      ['input.targets', 'unknown key (did you mean "target"?)'],
    ]);
    expect(caught(() => planActions(toy, {} as never)).message).not.toContain('nonoptional');
  });

  it("plans Portsmouth's roadmap stage by stage over five years", () => {
    // Seed 000, Appendix 1: 17 actions over five stages, three to five years.
    const roadmap = planActions(portsmouthRoadmap, {
      present: { 'council-wide': 'not-started' },
      target: { 'council-wide': 'maturity' },
      years: 5,
    });
    expect(roadmap.themes[0]?.levels.map((level) => level.steps.length)).toEqual([5, 5, 3, 2, 2]);
    // 17 steps over 5 years: floor(i × 5 / 17) + 1 gives 4, 3, 4, 3, 3 steps.
    expect(roadmap.schedule.map((year) => year.steps.length)).toEqual([4, 3, 4, 3, 3]);
    expect(roadmap.spreadBy).toBe('step');
  });

  it('keeps each stage whole in one year with spreadBy level', () => {
    // Three stages over three years: stage j of 3 goes to year floor(j × 3 / 3) + 1 = j + 1.
    const roadmap = planActions(portsmouthRoadmap, {
      present: { 'council-wide': 'not-started' },
      target: { 'council-wide': 'develop' },
      years: 3,
      spreadBy: 'level',
    });
    expect(
      roadmap.schedule.map((year) => [
        year.year,
        [...new Set(year.steps.map((s) => s.level))],
        year.steps.length,
      ]),
    ).toEqual([
      [1, ['shape'], 5],
      [2, ['learn'], 5],
      [3, ['develop'], 3],
    ]);
    // Five stages over two years: stages 0-2 in year 1 (floor(j × 2 / 5) = 0 for j < 3).
    const twoYears = planActions(portsmouthRoadmap, {
      present: { 'council-wide': 'not-started' },
      target: { 'council-wide': 'maturity' },
      years: 2,
      spreadBy: 'level',
    });
    expect(twoYears.schedule.map((year) => year.steps.length)).toEqual([13, 4]);
  });

  it('warns when the target has no criteria of its own under the independent rule', () => {
    // The toy's People has no Good criteria. Judged level by level on their own criteria, Good
    // is never reached from criteria (assessMaturity gives Basic with people.basic.1 met), so a
    // plan to Good lists people.basic.1 and says that only a declared level reaches Good.
    const independent = defineMaturityModel({ ...toyInput, rules: { themeRule: 'independent' } });
    const done = assessMaturity(independent, { people: { met: ['people.basic.1'] } });
    expect(done.themes.find((theme) => theme.theme === 'people')?.level).toBe('basic');
    const reason =
      'People: 1 step from None to Good; Good has no criteria for People and levels are judged on their own criteria, so only a declared level reaches it.';
    const toGood = planActions(independent, {
      present: { people: 'none' },
      target: { people: 'good' },
    });
    expect(toGood.themes[0]?.levels.map((level) => level.steps.length)).toEqual([1, 0]);
    expect(toGood.themes[0]?.reason).toBe(reason);
    const people = <W extends { theme: string }>(plan: { warnings: readonly W[] }) =>
      plan.warnings.filter((warning) => warning.theme === 'people');
    expect(people(toGood)).toEqual([
      { code: 'target-without-criteria', severity: 'warning', message: reason, theme: 'people' },
    ]);
    // The Markdown file says it under the theme's heading, not as a theme with nothing to plan.
    const markdown = formatPlanMarkdown(toGood, { showIds: false });
    expect(markdown).toContain(`## People: None to Good\n\n${reason}\n\n**To reach Basic**`);
    expect(markdown).not.toContain('- People:');
    // Nothing left to do below it: the same warning, not "already met" alone.
    const fromBasic = planActions(independent, {
      present: { people: 'basic' },
      target: { people: 'good' },
    });
    expect(fromBasic.themes[0]).toMatchObject({ stepCount: 0, gap: 1 });
    expect(people(fromBasic).map((w) => [w.code, w.severity, w.message])).toEqual([
      [
        'target-without-criteria',
        'warning',
        'People: every criterion up to Good is already met; Good has no criteria for People and levels are judged on their own criteria, so only a declared level reaches it.',
      ],
    ]);
    // A target with criteria of its own (Best), or the cumulative rule, gives no warning.
    const toBest = planActions(independent, {
      present: { people: 'none' },
      target: { people: 'best' },
    });
    expect(people(toBest)).toEqual([]);
    expect(toBest.themes[0]?.reason).toBe('People: 3 steps from None to Best.');
    expect(
      people(planActions(toy, { present: { people: 'none' }, target: { people: 'good' } })),
    ).toEqual([]);
  });

  it('does not warn when the steps pass a target without criteria by meeting a level above', () => {
    // Independent toy with people.best.1 restating people.basic.1, people.best.2 already met:
    // the one step to Good (people.basic.1) meets people.best.1 with it, so Best's criteria are
    // all met and the theme passes Good. The plan warned that only a declared level reaches
    // Good (found by the plan property on a random seed in .ci/run).
    const restating = defineMaturityModel({
      ...toyInput,
      criteria: toyInput.criteria.map((criterion) =>
        criterion.id === 'people.best.1' ? { ...criterion, restates: 'people.basic.1' } : criterion,
      ),
      rules: { themeRule: 'independent' },
    });
    const people = <T extends { theme: string }>(list: readonly T[]) =>
      list.filter((entry) => entry.theme === 'people');
    const present = assessMaturity(restating, { people: { met: ['people.best.2'] } });
    expect(people(present.themes)[0]?.level).toBe('none');
    const plan = planActions(restating, { present, target: { people: 'good' } });
    const [theme] = people(plan.themes);
    expect(theme?.levels.flatMap((level) => level.steps.map((step) => step.criterion))).toEqual([
      'people.basic.1',
    ]);
    expect(theme?.reason).toBe('People: 1 step from None to Good.');
    expect(people(plan.warnings)).toEqual([]);
    const after = assessMaturity(restating, {
      people: { met: ['people.best.2', 'people.basic.1'] },
    });
    expect(people(after.themes)[0]?.level).toBe('best');
  });
});

describe('formatPlanMarkdown', () => {
  it('writes every text as it reads: Markdown characters escaped, on one line', () => {
    // An action with a placeholder in angle brackets and stars, a level name with an
    // underscore: shown as written, not swallowed as HTML or read as emphasis.
    const marked = defineMaturityModel({
      ...toyInput,
      levels: toyInput.levels.map((level) =>
        level.id === 'good' ? { ...level, name: 'Good_1' } : level,
      ),
      criteria: toyInput.criteria.map((criterion) =>
        criterion.id === 'policy.good.1'
          ? { ...criterion, action: 'Publish it on <council website>,\n*every* year.' }
          : criterion,
      ),
    });
    const text = formatPlanMarkdown(
      planActions(marked, { present: { policy: 'basic' }, target: { policy: 'good' } }),
      { title: 'Plan for <Council>', showIds: false },
    );
    expect(text.split('\n').slice(0, 9)).toEqual([
      '# Plan for \\<Council\\>',
      '',
      '1 step across 1 of 2 themes (1 to reach Good\\_1).',
      '',
      '## Policy: Basic to Good\\_1',
      '',
      '**To reach Good\\_1**',
      '',
      '1. Publish it on \\<council website\\>, \\*every\\* year.',
    ]);
  });

  it('escapes a list marker or indentation a text starts with, so no list is nested', () => {
    // An action written as a bullet ("- Name a lead.") or numbered ("12) Report.") made the
    // plan's item a nested list ("1. - Name a lead."); a theme named "+ Green" started a list in
    // the schedule's lines, and a stored plan's action indented by spaces a code block.
    const marked = defineMaturityModel({
      ...toyInput,
      themes: toyInput.themes.map((theme) =>
        theme.id === 'policy' ? { ...theme, name: '+ Green' } : theme,
      ),
      criteria: toyInput.criteria.map((criterion) =>
        criterion.id === 'policy.good.1'
          ? { ...criterion, action: '- Name a lead.' }
          : criterion.id === 'people.best.1'
            ? { ...criterion, action: '12) Report.' }
            : criterion,
      ),
    });
    const plan = planActions(marked, {
      present: { policy: 'basic', people: 'good' },
      target: { policy: 'good', people: 'best' },
      years: 1,
    });
    const lines = (text: string) => text.split('\n').filter((line) => /^(\d\.|-) /.test(line));
    expect(lines(formatPlanMarkdown(plan, { showIds: false }))).toEqual([
      '1. \\- Name a lead.',
      '1. 12\\) Report.',
      '2. Do H x2.',
      '- \\+ Green (Good): \\- Name a lead.',
      '- People (Best): 12\\) Report.',
      '- People (Best): Do H x2.',
    ]);
    const stored = JSON.parse(
      JSON.stringify(plan).replaceAll('- Name a lead.', '    * Name a lead.'),
    );
    expect(lines(formatPlanMarkdown(stored, { showIds: false }))[0]).toBe('1. \\* Name a lead.');
  });

  it('keeps entities, tildes and a closing # as written', () => {
    // CommonMark reads "&amp;" as "&", "~~x~~" as struck-through x, and drops a heading's closing
    // "#": each is escaped, so the plan shows the text as written.
    const marked = defineMaturityModel({
      ...toyInput,
      themes: toyInput.themes.map((theme) =>
        theme.id === 'policy' ? { ...theme, name: 'R&amp;D ~~old~~' } : theme,
      ),
    });
    const text = formatPlanMarkdown(
      planActions(marked, { present: { policy: 'basic' }, target: { policy: 'good' } }),
      { title: 'Plan #', showIds: false },
    );
    expect(text.split('\n')[0]).toBe('# Plan \\#');
    expect(text.split('\n')[4]).toBe('## R\\&amp;D \\~\\~old\\~\\~: Basic to Good');
  });

  it('writes the plan as Markdown, theme by theme and year by year', () => {
    const plan = planActions(toy, {
      present: { policy: 'basic', people: 'good' },
      target: { policy: 'good', people: 'good' },
      years: 2,
    });
    expect(formatPlanMarkdown(plan, { title: 'Toy plan' })).toBe(
      [
        '# Toy plan',
        '',
        '1 step across 1 of 2 themes (1 to reach Good).',
        '',
        '## Policy: Basic to Good',
        '',
        '**To reach Good**',
        '',
        '1. Do P g1. (policy.good.1)',
        '',
        '## Schedule over 2 years',
        '',
        '### Year 1',
        '',
        '- Policy (Good): Do P g1. (policy.good.1)',
        '',
        '### Year 2',
        '',
        'Nothing scheduled.',
        '',
        '## Nothing to plan',
        '',
        '- People: the target (Good) is the present level; nothing to plan.',
        '',
      ].join('\n'),
    );
  });
});
