import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  type MaturityModelInput,
  planActions,
  portsmouthRoadmap,
  revive,
  svmiPublicSector,
} from '../../src/index.js';
import { portsmouthRoadmapInput } from '../../src/maturity/data/portsmouth-roadmap.js';
import { caught } from '../errors.js';
import { answers, levelsFrom, responsesFrom } from './arbitraries.js';
import { toyInput } from './fixtures.js';

// Edges found by probing the area as a hostile user would; each figure is worked by hand.

/** What a stored result becomes: its JSON text, parsed back (a copy to edit). */
// biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
const stored = (value: unknown): any => JSON.parse(JSON.stringify(value));

/** The code, paths and messages of the error `run` throws. */
function failure(run: () => unknown) {
  const error = caught(run);
  return {
    code: error.code,
    paths: error.issues.map((issue) => issue.path),
    messages: error.issues.map((issue) => issue.message),
  };
}

const toy = defineMaturityModel(toyInput);

describe('a stored action plan whose figures contradict its steps', () => {
  // Portsmouth, Shape → Develop over 2 years: Learn's 5 steps and Develop's 3 (Seed 000,
  // Appendix 1: stage 2 items a-e, stage 3 a-c), 8 in all, years of 4 and 4 (floor(i × 2 / 8) + 1).
  const plan = planActions(portsmouthRoadmap, {
    present: { 'council-wide': 'shape' },
    target: { 'council-wide': 'develop' },
    years: 2,
  });

  it('revives as it was when nothing is edited', () => {
    expect(plan.counts.steps).toBe(8);
    expect(plan.schedule.map((year) => year.steps.length)).toEqual([4, 4]);
    expect(JSON.stringify(revive(stored(plan)))).toBe(JSON.stringify(plan));
  });

  it('is refused at the count that disagrees, with the figure its steps give', () => {
    const edited = stored(plan);
    edited.counts.steps = 99;
    edited.themes[0].stepCount = 1;
    edited.counts.byLevel[0].steps = 7;
    expect(failure(() => revive(edited))).toEqual({
      code: 'invalid-input',
      paths: ['json.themes[0].stepCount', 'json.counts.steps', 'json.counts.byLevel'],
      messages: [
        'expected 8 (the steps listed in its levels), received 1',
        'expected 8 (counted from its themes), received 99',
        'expected the steps per level listed in its themes ("learn": 5, "develop": 3), received "learn": 7, "develop": 3',
      ],
    });
  });

  it('is refused when steps, schedule, warnings, years or summary are edited', () => {
    const cases: [(json: ReturnType<typeof stored>) => void, string[]][] = [
      // A step of Learn moved under Develop: its level, the per-level counts and the summary.
      [
        (json) => json.themes[0].levels[1].steps.push(json.themes[0].levels[0].steps.pop()),
        [
          'json.themes[0].levels[1].steps[3].level',
          'json.counts.byLevel',
          'json.schedule[1].steps',
          'json.summary',
        ],
      ],
      // The first step moved to year 2 in the themes but not in the schedule.
      [
        (json) => {
          json.themes[0].levels[0].steps[0].year = 2;
        },
        ['json.schedule[0].steps', 'json.schedule[1].steps'],
      ],
      [
        (json) => {
          json.years = 3;
        },
        ['json.schedule'],
      ],
      [
        (json) => {
          json.spreadBy = null;
        },
        ['json.spreadBy'],
      ],
      [
        (json) =>
          json.warnings.push({
            code: 'target-is-present',
            severity: 'info',
            message: 'Nothing to plan.',
            theme: 'council-wide',
          }),
        ['json.warnings'],
      ],
      [
        (json) => {
          json.summary = '3 steps.';
        },
        ['json.summary'],
      ],
      [
        (json) => {
          json.themes[0].targetLevel = 'growth';
        },
        ['json.themes[0].targetLevel'],
      ],
      [
        (json) => {
          json.themes[0].gap = 0;
        },
        ['json.themes[0].gap', 'json.counts.themesWithGap', 'json.summary'],
      ],
      [
        (json) => json.themes.push(json.themes[0]),
        [
          'json.themes[1].theme',
          'json.counts.themes',
          'json.counts.themesWithGap',
          'json.counts.steps',
          'json.counts.byLevel',
          'json.schedule[0].steps',
          'json.schedule[1].steps',
          'json.summary',
        ],
      ],
    ];
    for (const [edit, paths] of cases) {
      const edited = stored(plan);
      edit(edited);
      expect(failure(() => revive(edited))).toMatchObject({ code: 'invalid-input', paths });
    }
  });
});

describe('an assessment made against another edition of the model', () => {
  // The same roadmap, re-issued with another version: its criteria may differ.
  const reissued = defineMaturityModel({ ...portsmouthRoadmapInput, version: 'March 2030' });
  const old = assessMaturity(reissued, { 'council-wide': 'shape' });

  it('is refused by planActions, naming both editions', () => {
    expect(
      failure(() =>
        planActions(portsmouthRoadmap, { present: old, target: { 'council-wide': 'develop' } }),
      ),
    ).toEqual({
      code: 'model-mismatch',
      paths: ['input.present.model.version'],
      messages: [
        'expected an assessment against edition "March 2021" of "portsmouth-roadmap", received one against edition "March 2030": assess again against this model and edition, or give the level of each theme ({ theme: level })',
      ],
    });
    // A model without an edition is named as such.
    const { version: _, ...unversioned } = portsmouthRoadmapInput;
    const bare = assessMaturity(defineMaturityModel(unversioned), { 'council-wide': 'shape' });
    expect(
      failure(() => planActions(portsmouthRoadmap, { present: stored(bare), target: {} }))
        .messages[0],
    ).toMatch(
      /^expected an assessment against edition "March 2021" of "portsmouth-roadmap", received one against no edition:/,
    );
    // The levels alone plan as before: 5 steps to Learn.
    expect(
      planActions(portsmouthRoadmap, {
        present: { 'council-wide': 'shape' },
        target: { 'council-wide': 'learn' },
      }).counts.steps,
    ).toBe(5);
  });

  it('is refused by compareAssessments, naming both editions', () => {
    const now = assessMaturity(portsmouthRoadmap, { 'council-wide': 'learn' });
    expect(failure(() => compareAssessments(now, old))).toEqual({
      code: 'model-mismatch',
      paths: ['target.model.version'],
      messages: [
        'expected an assessment against edition "March 2021" of "portsmouth-roadmap", received one against edition "March 2030": compare assessments made against one model and edition',
      ],
    });
  });
});

describe('defineMaturityModel', () => {
  it('refuses the top level as the non-compliant level', () => {
    // Toy levels: none 0, basic 1, good 2, best 3: `best` is the top.
    expect(
      failure(() => defineMaturityModel({ ...toyInput, rules: { nonCompliantLevel: 'best' } })),
    ).toEqual({
      code: 'invalid-input',
      paths: ['model.rules.nonCompliantLevel'],
      messages: [
        '"best" is the top level, which cannot mean non-compliant: expected a lower level (usually the lowest) or no nonCompliantLevel',
      ],
    });
    // Any lower level is accepted, and a stored model with the top level edited in is refused.
    expect(
      defineMaturityModel({ ...toyInput, rules: { nonCompliantLevel: 'good' } }).rules
        .nonCompliantLevel,
    ).toBe('good');
    const edited = stored(toy);
    edited.rules.nonCompliantLevel = 'best';
    expect(failure(() => revive(edited)).paths).toEqual(['json.rules.nonCompliantLevel']);
  });

  it('refuses ids of one kind that differ only in case, naming the first', () => {
    const input: MaturityModelInput = {
      ...toyInput,
      levels: [...toyInput.levels, { id: 'Best', name: 'Best again', rank: 4, description: 'x' }],
      themes: [...toyInput.themes, { id: 'POLICY', name: 'Policy again' }],
      criteria: [...toyInput.criteria, { ...toyInput.criteria[0]!, id: 'Policy.Basic.1' }],
    };
    expect(failure(() => defineMaturityModel(input))).toEqual({
      code: 'invalid-input',
      paths: ['model.levels[4].id', 'model.themes[2].id', 'model.criteria[7].id'],
      messages: [
        'id "Best" differs only in case from "best" at model.levels[0].id: ids are matched exactly, so expected an id that differs in more than case',
        'id "POLICY" differs only in case from "policy" at model.themes[0].id: ids are matched exactly, so expected an id that differs in more than case',
        'id "Policy.Basic.1" differs only in case from "policy.basic.1" at model.criteria[0].id: ids are matched exactly, so expected an id that differs in more than case',
      ],
    });
  });

  it('quotes a long id in its messages through describeValue', () => {
    const long = 'x'.repeat(100_000);
    const result = failure(() =>
      defineMaturityModel({ ...toyInput, criteria: [{ ...toyInput.criteria[0]!, theme: long }] }),
    );
    expect(result.paths).toEqual(['model.criteria[0].theme']);
    expect(result.messages[0]!.length).toBeLessThan(200);
  });
});

describe('a stored assessment whose figures contradict its contents', () => {
  // Reporting Mature (2) and Procurement Leader (3): mean 5 / 2 = 2.5, rounded down Mature.
  const present = assessMaturity(svmiPublicSector, { reporting: 'mature', procurement: 'leader' });

  it('is refused at the field that disagrees', () => {
    expect(present.overall.mean.toString()).toBe('2.5');
    const cases: [(json: ReturnType<typeof stored>) => void, string[]][] = [
      // Reporting raised to rank 3 with totals to match (6 / 2 = 3): rank 3 is Leader's.
      [
        (json) => {
          json.themes[8].rank = 3;
          json.overall.rankTotal = 6;
          json.overall.mean = '3';
        },
        ['json.themes[8].rank', 'json.overall.rank', 'json.summary'],
      ],
      [
        (json) => json.themes.push(json.themes[0]),
        ['json.themes[10].theme', 'json.overall.themesMissing'],
      ],
      [
        (json) => {
          json.overall.themesMissing = [];
        },
        ['json.overall.themesMissing', 'json.summary'],
      ],
      // Mean 2.5 rounded down cannot be Innovator (4).
      [
        (json) => {
          json.overall.level = 'innovator';
          json.overall.levelName = 'Innovator';
          json.overall.rank = 4;
        },
        ['json.overall.rank', 'json.summary'],
      ],
      [
        (json) => {
          json.themes[8].criteriaAtNextLevel = 0;
        },
        ['json.themes[8].criteriaAtNextLevel'],
      ],
      [
        (json) => {
          json.themes[8].met = ['reporting.follower.1', 'reporting.follower.1'];
        },
        ['json.themes[8].met[1]'],
      ],
      [
        (json) => {
          json.themes[0].nonCompliant = true;
        },
        ['json.themes[0].nonCompliant'],
      ],
    ];
    for (const [edit, paths] of cases) {
      const edited = stored(present);
      edit(edited);
      expect(failure(() => revive(edited))).toMatchObject({ code: 'invalid-input', paths });
    }
  });

  it('is checked against the model by planActions: level, rank, name and flag', () => {
    const target = { reporting: 'innovator' };
    // Reporting and Procurement swap levels by hand (Mature 2 and Leader 3: the totals, the
    // mean 2.5 and the overall Mature still agree), but Procurement was declared Leader, which
    // the model says reaches Leader, not Mature.
    const swapped = stored(present);
    Object.assign(swapped.themes[8], { level: 'leader', levelName: 'Leader', rank: 3 });
    Object.assign(swapped.themes[4], { level: 'mature', levelName: 'Mature', rank: 2 });
    expect(failure(() => planActions(svmiPublicSector, { present: swapped, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[4].level'],
      messages: [
        'expected "leader" (the level declared, "leader", reaches in Social Value Maturity Index (public sector)), received "mature"',
      ],
    });
    // From criteria: Procurement's 2 Follower criteria met reach Follower, not Leader.
    const fromCriteria = assessMaturity(svmiPublicSector, {
      procurement: { met: ['procurement.follower.1', 'procurement.follower.2'] },
    });
    expect(fromCriteria.themes[4]!.level).toBe('follower');
    const claimed = stored(fromCriteria);
    claimed.themes[4].met.pop();
    expect(failure(() => planActions(svmiPublicSector, { present: claimed, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[4].level'],
      messages: [
        'expected "non-compliant" (the level its criteria met reach in Social Value Maturity Index (public sector)), received "follower"',
      ],
    });
    const flagged = stored(present);
    flagged.themes[8].nonCompliant = true;
    expect(failure(() => planActions(svmiPublicSector, { present: flagged, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[8].nonCompliant'],
      messages: [
        'expected false ("mature" is not the non-compliant level of Social Value Maturity Index (public sector)), received true',
      ],
    });
  });
});

describe('restated criteria', () => {
  // r (Basic) is restated by c2 at Good, beside Good's own g1, and by c at Best.
  const model = defineMaturityModel({
    ...toyInput,
    themes: [{ id: 't', name: 'T' }],
    criteria: [
      { id: 'r', theme: 't', level: 'basic', statement: 'R.', action: 'Do R.' },
      { id: 'g1', theme: 't', level: 'good', statement: 'G.', action: 'Do G.' },
      { id: 'c2', theme: 't', level: 'good', statement: 'R.', action: 'Do R.', restates: 'r' },
      { id: 'c', theme: 't', level: 'best', statement: 'R.', action: 'Do R.', restates: 'r' },
      { id: 'b1', theme: 't', level: 'best', statement: 'B.', action: 'Do B.' },
    ],
  });

  it('are met together whatever the order they come in the model', () => {
    // c met means r met, and r met means c2 met: Basic (r) and Good (g1, c2) are reached,
    // Best is not (b1 unmet) — as when r is given too.
    const viaRestatement = assessMaturity(model, { t: { met: ['g1', 'c'] } }).themes[0]!;
    expect(viaRestatement.level).toBe('good');
    expect(viaRestatement.met).toEqual(['r', 'g1', 'c2', 'c']);
    expect(assessMaturity(model, { t: { met: ['g1', 'c', 'r'] } }).themes[0]!.level).toBe('good');
  });
});

describe('a stored comparison whose rows contradict themselves', () => {
  // Reporting Mature → Leader (+1), Procurement Leader → Leader (0); 1 of 10 themes moves up.
  const comparison = compareAssessments(
    assessMaturity(svmiPublicSector, { reporting: 'mature', procurement: 'leader' }),
    assessMaturity(svmiPublicSector, { reporting: 'leader', procurement: 'leader' }),
  );

  it('is refused at the gap, change, attention or summary that disagrees', () => {
    expect(comparison.attention).toEqual(['reporting']);
    expect(comparison.summary).toBe(
      'Present: Mature (mean 2.5); Future: Leader (mean 3); 1 of 10 themes moves up and 0 down.',
    );
    const edited = stored(comparison);
    edited.themes[4].gap = 2; // Leader to Leader
    edited.themes[8].change = 'down';
    edited.attention = [];
    expect(failure(() => revive(edited))).toEqual({
      code: 'invalid-input',
      paths: [
        'json.themes[4].gap',
        'json.themes[4].change',
        'json.themes[8].change',
        'json.attention',
        'json.summary',
      ],
      messages: [
        'expected 0 (the present and target levels are both "leader"), received 2',
        'expected "up" (the gap is 2), received "same"',
        'expected "up" (the gap is 1), received "down"',
        'expected the themes that move up, largest gap first ("procurement", "reporting"), received none',
        'expected "Present: Mature (mean 2.5); Future: Leader (mean 3); 2 of 10 themes move up and 0 down." (written from its rows), received "Present: Mature (mean 2.5); Future: Leader (mean 3); 1 of 10 themes moves up and 0 down."',
      ],
    });
  });
});

describe('the checks of stored results', () => {
  it('never refuse an unedited result: declared, from criteria, or both', () => {
    fc.assert(
      fc.property(answers, ({ model, met, present, target, years, spreadBy }) => {
        const declared = levelsFrom(model, present);
        const fromCriteria = responsesFrom(model, met) as Record<string, { met: string[] }>;
        const both = Object.fromEntries(
          Object.keys(declared).map((id) => [
            id,
            { met: fromCriteria[id]!.met, level: declared[id]! },
          ]),
        );
        for (const responses of [declared, fromCriteria, both]) {
          const assessment = assessMaturity(model, responses);
          const input = { target: levelsFrom(model, target), years, spreadBy };
          const plan = planActions(model, { present: assessment, ...input });
          expect(planActions(model, { present: stored(assessment), ...input })).toStrictEqual(plan);
          expect(JSON.stringify(revive(stored(plan)))).toBe(JSON.stringify(plan));
          const comparison = compareAssessments(assessment, assessMaturity(model, declared));
          expect(JSON.stringify(revive(stored(comparison)))).toBe(JSON.stringify(comparison));
        }
      }),
      { numRuns: 150 },
    );
  });
});
