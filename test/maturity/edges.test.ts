import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  formatAssessmentTable,
  formatPlanMarkdown,
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
        'expected 8 (the steps it lists), received 1',
        'expected 8 (counted from its themes), received 99',
        'expected {"learn":5,"develop":3} (steps per level, lowest first), received {"learn":7,"develop":3}',
      ],
    });
  });

  it('is refused when steps, schedule, warnings, years or summary are edited', () => {
    const cases: [(json: ReturnType<typeof stored>) => void, string[]][] = [
      // A step of Learn moved under Develop: its level, the per-level counts and the summary.
      [
        (json) => json.themes[0].levels[1].steps.push(json.themes[0].levels[0].steps.pop()),
        [
          'json.themes[0].levels[1].steps[3]',
          'json.counts.byLevel',
          'json.schedule',
          'json.summary',
        ],
      ],
      // The first step moved to year 2 in the themes but not in the schedule.
      [
        (json) => {
          json.themes[0].levels[0].steps[0].year = 2;
        },
        ['json.schedule'],
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
        // A warning of a theme with steps, which says otherwise.
        ['json.warnings', 'json.warnings[0].message'],
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
        // Not the last level it lists, nor the id its name has in its levels.
        ['json.themes[0].targetLevel', 'json.themes[0].targetLevel'],
      ],
      [
        (json) => {
          json.themes[0].gap = 0;
        },
        ['json.counts.themesWithGap', 'json.summary'],
      ],
      [
        (json) => json.themes.push(json.themes[0]),
        [
          'json.counts.themes',
          'json.counts.themesWithGap',
          'json.counts.steps',
          'json.counts.byLevel',
          'json.schedule',
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

  it("is refused when a theme's names or reason, or a warning, disagree with each other", () => {
    // SVMI: Reporting Follower → Leader (Mature's 2 criteria and Leader's 2: 4 steps, gap 2,
    // first); Procurement Leader → Leader (gap 0, second, its warning first, severity info as the
    // target is reached); 8 themes missing.
    const svmi = stored(
      planActions(svmiPublicSector, {
        present: { reporting: 'follower', procurement: 'leader' },
        target: { reporting: 'leader', procurement: 'leader' },
      }),
    );
    const edit = (change: (json: ReturnType<typeof stored>) => void) => {
      const copy = structuredClone(svmi);
      change(copy);
      return failure(() => revive(copy));
    };
    const reporting = 'Reporting: 4 steps from Follower to Leader.';
    const procurement = 'Procurement: the target (Leader) is the present level; nothing to plan.';
    // formatPlanMarkdown would head the theme "Reporting: Follower to Innovator".
    expect(edit((json) => Object.assign(json.themes[0], { targetLevelName: 'Innovator' }))).toEqual(
      {
        code: 'invalid-input',
        paths: ['json.themes[0].reason', 'json.themes[0].targetLevelName'],
        messages: [
          `expected "Reporting: 4 steps from Follower to Innovator." (from its own figures), received "${reporting}"`,
          // Leader is named so in its level and steps.
          'expected "Leader" (from its own figures), received "Innovator"',
        ],
      },
    );
    expect(edit((json) => Object.assign(json.themes[0], { reason: 'Easy.' })).messages).toEqual([
      `expected "${reporting}" (from its own figures), received "Easy."`,
    ]);
    expect(edit((json) => Object.assign(json.warnings[0], { severity: 'warning' }))).toEqual({
      code: 'invalid-input',
      paths: ['json.warnings[0].severity'],
      messages: ['expected "info" (from its code), received "warning"'],
    });
    // A warning says what its theme says (the Markdown lists the warnings).
    expect(edit((json) => Object.assign(json.warnings[0], { message: 'Done.' }))).toEqual({
      code: 'invalid-input',
      paths: ['json.warnings[0].message'],
      messages: [`expected "${procurement}" (its theme's reason), received "Done."`],
    });
    expect(
      edit((json) => Object.assign(json.warnings[0], { code: 'target-below-present' })),
    ).toEqual({
      code: 'invalid-input',
      paths: ['json.warnings[0].severity'],
      messages: ['expected "warning" (from its code), received "info"'],
    });
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
        'expected an assessment against "portsmouth-roadmap" edition "March 2021", received one against "portsmouth-roadmap" edition "March 2030": assess again, or give a level per theme',
      ],
    });
    // A model without an edition is named as such.
    const { version: _, ...unversioned } = portsmouthRoadmapInput;
    const bare = assessMaturity(defineMaturityModel(unversioned), { 'council-wide': 'shape' });
    expect(
      failure(() => planActions(portsmouthRoadmap, { present: stored(bare), target: {} }))
        .messages[0],
    ).toMatch(/received one against "portsmouth-roadmap" \(no edition\):/);
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
        'expected an assessment against "portsmouth-roadmap" edition "March 2021", received one against "portsmouth-roadmap" edition "March 2030": compare assessments of one edition',
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
        'duplicate id "Best" ("best" but for case, spaces, invisible characters or Unicode form): model.levels[0].id has it; expected an id of its own',
        'duplicate id "POLICY" ("policy" but for case, spaces, invisible characters or Unicode form): model.themes[0].id has it; expected an id of its own',
        'duplicate id "Policy.Basic.1" ("policy.basic.1" but for case, spaces, invisible characters or Unicode form): model.criteria[0].id has it; expected an id of its own',
      ],
    });
  });

  it('refuses ids that differ only in Unicode form, spaces or invisible characters', () => {
    // "Café" composed (U+00E9) and decomposed (e + U+0301), "people" with a trailing space and
    // with a zero-width space: each reads as an earlier id, so an answer could never tell them
    // apart.
    const input: MaturityModelInput = {
      ...toyInput,
      themes: [
        { id: 'Caf\u00e9', name: 'Cafe one' },
        { id: 'Cafe\u0301', name: 'Cafe two' },
        ...toyInput.themes,
        { id: 'people ', name: 'People again' },
        { id: 'peo\u200bple', name: 'People once more' },
      ],
    };
    expect(failure(() => defineMaturityModel(input))).toEqual({
      code: 'invalid-input',
      paths: ['model.themes[1].id', 'model.themes[4].id', 'model.themes[5].id'],
      messages: [
        'duplicate id "Cafe\u0301" ("Caf\u00e9" but for case, spaces, invisible characters or Unicode form): model.themes[0].id has it; expected an id of its own',
        'duplicate id "people " ("people" but for case, spaces, invisible characters or Unicode form): model.themes[3].id has it; expected an id of its own',
        'duplicate id "peo\\u200bple" ("people" but for case, spaces, invisible characters or Unicode form): model.themes[3].id has it; expected an id of its own',
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

describe('a stored assessment planned from', () => {
  // Reporting Mature (2) and Procurement Leader (3): mean 5 / 2 = 2.5, rounded down Mature.
  const present = assessMaturity(svmiPublicSector, { reporting: 'mature', procurement: 'leader' });

  it('is checked against the model by planActions: level, rank, name and flag', () => {
    const target = { reporting: 'innovator' };
    // Reporting and Procurement swap levels by hand (Mature 2 and Leader 3: the totals, the
    // mean 2.5 and the overall Mature still agree), but Procurement was declared Leader, which
    // the model says reaches Leader, not Mature.
    const swapped = stored(present);
    Object.assign(swapped.themes[8], { level: 'leader', levelName: 'Leader', rank: 3 });
    Object.assign(swapped.themes[4], { level: 'mature', levelName: 'Mature', rank: 2 });
    // Read alone, the swap contradicts the reasons, which name the levels first.
    expect(failure(() => planActions(svmiPublicSector, { present: swapped, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[4].reason', 'input.present.themes[8].reason'],
      messages: [
        'expected "Mature: …" (naming its level first), received "Leader, as declared (no criteria given). 3 of the 3 Innovator criteria are not yet met."',
        'expected "Leader: …" (naming its level first), received "Mature, as declared (no criteria given). 2 of the 2 Leader criteria are not yet met."',
      ],
    });
    // With the reasons edited too, only the model can tell.
    swapped.themes[4].reason = swapped.themes[4].reason.replace('Leader', 'Mature');
    swapped.themes[8].reason = swapped.themes[8].reason.replace('Mature', 'Leader');
    expect(failure(() => planActions(svmiPublicSector, { present: swapped, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[4].level'],
      messages: [
        'expected "leader" (the level its answers reach in Social Value Maturity Index (public sector)), received "mature"',
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
        'expected "non-compliant" (the level its answers reach in Social Value Maturity Index (public sector)), received "follower"',
      ],
    });
    // Flagged non-compliant alone: no warning says so.
    const flagged = stored(present);
    flagged.themes[8].nonCompliant = true;
    expect(failure(() => revive(flagged))).toEqual({
      code: 'invalid-input',
      paths: ['json.themes[8].nonCompliant'],
      messages: ['expected false (from its own figures), received true'],
    });
    // With its warning too, after the other themes' before it: only the model can tell.
    flagged.warnings.splice(flagged.warnings.length - 1, 0, {
      code: 'non-compliant',
      severity: 'warning',
      message: 'Reporting is at Mature.',
      theme: 'reporting',
      criterion: null,
      path: 'responses.reporting',
    });
    expect(failure(() => planActions(svmiPublicSector, { present: flagged, target }))).toEqual({
      code: 'invalid-input',
      paths: ['input.present.themes[8].nonCompliant'],
      messages: ['expected false (in Social Value Maturity Index (public sector)), received true'],
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
          expect(JSON.stringify(revive(stored(assessment)))).toBe(JSON.stringify(assessment));
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

describe('a stored assessment whose flags, warnings or unmet criteria disagree with its themes', () => {
  // Reporting Mature (Leader's 2 criteria unmet), Procurement Non-compliant (the SVMI's
  // non-compliant level); the 8 other themes missing. Warnings in the themes' order: 0-3 the
  // missing themes 1-4, 4 Procurement's non-compliant, 5-7 themes 6-8, 8 Governance (theme 10).
  const present = assessMaturity(svmiPublicSector, {
    reporting: 'mature',
    procurement: 'non-compliant',
  });
  // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
  const edit = (change: (json: any) => void) => {
    const json = stored(present);
    change(json);
    return failure(() => revive(json));
  };
  const refused = (path: string, message: string) => ({
    code: 'invalid-input',
    paths: [`json.${path}`],
    messages: [message],
  });

  it('refuses a flag no warning gives, at the flag', () => {
    expect(present.warnings.map((warning) => warning.code)).toEqual([
      ...Array(4).fill('missing-theme'),
      'non-compliant',
      ...Array(4).fill('missing-theme'),
    ]);
    expect(edit((json) => (json.themes[4].nonCompliant = false))).toEqual(
      refused('themes[4].nonCompliant', 'expected true (from its own figures), received false'),
    );
    expect(edit((json) => (json.themes[8].nonCompliant = true))).toEqual(
      refused('themes[8].nonCompliant', 'expected false (from its own figures), received true'),
    );
    // Its warning given another code: Procurement's flag has no warning left.
    expect(edit((json) => (json.warnings[4].code = 'declared-level-contradicted'))).toEqual(
      refused('themes[4].nonCompliant', 'expected false (from its own figures), received true'),
    );
  });

  it('refuses a warning edited, at the field edited', () => {
    expect(edit((json) => (json.warnings[8].severity = 'info'))).toEqual(
      refused('warnings[8].severity', 'expected "warning" (from its own figures), received "info"'),
    );
    expect(edit((json) => (json.warnings[4].message = 'Procurement is at Leader.'))).toEqual(
      refused(
        'warnings[4].message',
        'expected "Procurement is at Non-compliant." (from its own figures), received "Procurement is at Leader."',
      ),
    );
    expect(edit((json) => (json.warnings[8].criterion = 'reporting.leader.1'))).toEqual(
      refused(
        'warnings[8].criterion',
        'expected null (from its own figures), received "reporting.leader.1"',
      ),
    );
    // A missing theme's only warning says it is missing.
    expect(edit((json) => (json.warnings[0].code = 'unknown-criterion'))).toEqual(
      refused(
        'warnings[0].code',
        'expected "missing-theme" (from its own figures), received "unknown-criterion"',
      ),
    );
    expect(edit((json) => (json.warnings[4].path = 'responses.reporting'))).toMatchObject({
      paths: ['json.warnings[4].path'],
    });
    // Governance's warning put before the others: the themes after Policy & Scope follow it.
    expect(
      edit((json) => (json.warnings[0].theme = 'governance-and-accountability')).paths,
    ).toContain('json.warnings[1].theme');
  });

  it("refuses a missing theme's warning, or a contradicted level's, left out", () => {
    // Policy & Scope is missing: its missing-theme warning (warnings[0]) left out.
    expect(edit((json) => json.warnings.splice(0, 1))).toEqual(
      refused(
        'warnings',
        'expected a missing-theme warning about "policy-and-scope" (from its own figures), received none',
      ),
    );
    // Reporting declared Leader, but no criterion met: Non-compliant, and a warning says so.
    const contradicted = assessMaturity(svmiPublicSector, {
      reporting: { met: [], level: 'leader' },
    });
    const codes = contradicted.warnings.map((warning) => warning.code);
    const at = codes.indexOf('declared-level-contradicted');
    expect(contradicted.warnings[at]?.theme).toBe('reporting');
    const json = stored(contradicted) as { warnings: unknown[] };
    json.warnings.splice(at, 1);
    expect(failure(() => revive(json))).toEqual(
      refused(
        'warnings',
        'expected a declared-level-contradicted warning about "reporting" (from its own figures), received none',
      ),
    );
  });

  it('refuses an unmet criterion of another theme or level, at that field', () => {
    expect(edit((json) => (json.themes[8].unmetAtNextLevel[1].level = 'mature'))).toEqual(
      refused(
        'themes[8].unmetAtNextLevel[1].level',
        'expected "leader" (from its own figures), received "mature"',
      ),
    );
    expect(edit((json) => (json.themes[8].unmetAtNextLevel[0].theme = 'procurement'))).toEqual(
      refused(
        'themes[8].unmetAtNextLevel[0].theme',
        'expected "reporting" (from its own figures), received "procurement"',
      ),
    );
  });

  it('refuses any single edit of a flag, a warning or an unmet criterion', () => {
    fc.assert(
      fc.property(answers, fc.nat(), ({ model, met, present: skip }, pick) => {
        // Criteria met, some themes left out (after the first, those whose drawn level is the first).
        const responses = Object.fromEntries(
          Object.entries(responsesFrom(model, met)).filter((_, i) => i === 0 || skip[i] !== 0),
        );
        const assessment = assessMaturity(model, responses);
        const json = stored(assessment);
        const ids = json.themes.map((theme: { theme: string }) => theme.theme);
        // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
        const places: [any, string, unknown][] = [];
        for (const theme of json.themes) {
          places.push([theme, 'nonCompliant', !theme.nonCompliant]);
          for (const criterion of theme.unmetAtNextLevel) {
            places.push([criterion, 'level', `${criterion.level}x`]);
            const other = ids.find((id: string) => id !== criterion.theme);
            if (other !== undefined) places.push([criterion, 'theme', other]);
          }
        }
        for (const warning of json.warnings) {
          places.push(
            [warning, 'severity', 'info'],
            [warning, 'code', warning.code === 'non-compliant' ? 'missing-theme' : 'non-compliant'],
            [warning, 'message', `${warning.message}!`],
            [warning, 'criterion', 'c'],
            [warning, 'path', `${warning.path}x`],
          );
          const other = ids.find((id: string) => id !== warning.theme);
          if (other !== undefined) places.push([warning, 'theme', other]);
        }
        const [row, key, value] = places[pick % places.length]!;
        row[key] = value;
        expect(failure(() => revive(json)).code).toBe('invalid-input');
      }),
      { numRuns: 300 },
    );
  });
});

describe('stored results whose names disagree with the figures they repeat', () => {
  // The guide's SVMI example: present Leader on 4 themes, Mature on 6; future Leader on 5,
  // Innovator on 3, Mature on 1 (Reporting, row 8: Mature → Leader, gap +1).
  const levels = {
    'policy-and-scope': 'leader',
    'internal-management': 'leader',
    'measurement-toms': 'mature',
    commissioning: 'mature',
    procurement: 'mature',
    'market-engagement-and-partnerships': 'leader',
    'contract-management': 'mature',
    'cross-sector-collaboration': 'mature',
    reporting: 'mature',
    'governance-and-accountability': 'leader',
  };
  const future = {
    ...levels,
    'internal-management': 'innovator',
    'measurement-toms': 'innovator',
    commissioning: 'leader',
    procurement: 'innovator',
    'contract-management': 'leader',
    reporting: 'leader',
  };
  const present = assessMaturity(svmiPublicSector, levels);
  const comparison = compareAssessments(present, assessMaturity(svmiPublicSector, future));

  it('refuse a comparison naming a level otherwise than its other rows, or a theme twice', () => {
    // The table printed "| Reporting | Mature | Innovator | +1 |": Leader is named so on 5 rows.
    const renamed = stored(comparison);
    renamed.themes[8].targetLevelName = 'Innovator';
    expect(failure(() => formatAssessmentTable(renamed))).toEqual({
      code: 'invalid-input',
      paths: ['result.themes[8].targetLevelName'],
      messages: ['expected "Leader" (from its own figures), received "Innovator"'],
    });
    // Two rows named Cross Sector Collaboration: the first keeps the name, Reporting is refused.
    const twice = stored(comparison);
    twice.themes[8].themeName = 'Cross Sector Collaboration';
    expect(failure(() => revive(twice))).toEqual({
      code: 'invalid-input',
      paths: ['json.themes[8].theme'],
      messages: [
        'expected "cross-sector-collaboration" (from its own figures), received "reporting"',
      ],
    });
    // A level id edited alone (Innovator's id is "innovator" on 2 other rows): its name is not
    // the name of "leader", and its gap is no longer Leader's rank less Leader's.
    const moved = stored(comparison);
    moved.themes[1].targetLevel = 'leader';
    expect(failure(() => revive(moved)).paths).toEqual([
      'json.themes[1].gap',
      'json.themes[1].targetLevelName',
    ]);
  });

  it('refuse an assessment whose basis, next level or theme names disagree', () => {
    // Declared levels: each reason says "as declared (no criteria given)".
    const basis = stored(present);
    basis.themes[8].basis = 'criteria';
    expect(failure(() => revive(basis))).toEqual({
      code: 'invalid-input',
      paths: ['json.themes[8].basis'],
      messages: ['expected "declared" (from its own figures), received "criteria"'],
    });
    // Mature's next level is Leader; "innovator" is the next level of the 4 Leader themes, named
    // Innovator there.
    const next = stored(present);
    // Its 2 unmet criteria are Leader's.
    next.themes[8].nextLevel = 'innovator';
    expect(failure(() => revive(next))).toEqual({
      code: 'invalid-input',
      paths: [
        'json.themes[8].unmetAtNextLevel[0].level',
        'json.themes[8].unmetAtNextLevel[1].level',
        'json.themes[8].nextLevelName',
      ],
      messages: [
        'expected "innovator" (from its own figures), received "leader"',
        'expected "innovator" (from its own figures), received "leader"',
        'expected "Innovator" (from its own figures), received "Leader"',
      ],
    });
    const twice = stored(present);
    twice.themes[9].themeName = 'Reporting';
    expect(failure(() => revive(twice)).paths).toEqual(['json.themes[9].theme']);
  });

  it('refuse a plan naming a level otherwise than its steps and counts', () => {
    // Reporting Follower → Leader: Mature and Leader, 2 steps each.
    const plan = planActions(svmiPublicSector, {
      present: { reporting: 'follower' },
      target: { reporting: 'leader' },
    });
    // formatPlanMarkdown headed the steps "To reach Innovator".
    const renamed = stored(plan);
    renamed.themes[0].levels[1].levelName = 'Innovator';
    expect(failure(() => formatPlanMarkdown(renamed))).toEqual({
      code: 'invalid-input',
      paths: ['plan.themes[0].levels[1].levelName', 'plan.summary'],
      messages: [
        'expected "Leader" (from its own figures), received "Innovator"',
        'expected "4 steps across 1 of 10 themes (2 to reach Mature, 2 to reach Innovator)." (written from its counts), received "4 steps across 1 of 10 themes (2 to reach Mature, 2 to reach Leader)."',
      ],
    });
    // Internal Management (the third theme: the largest gap first) has no present level and no
    // steps: only its reason names it.
    const name = stored(plan);
    name.themes[2].themeName = 'Internal management';
    expect(failure(() => revive(name))).toEqual({
      code: 'invalid-input',
      paths: ['json.themes[2].themeName'],
      messages: [
        'expected "Internal Management" (from its own figures), received "Internal management"',
      ],
    });
    // Its present level given the id of the level its steps reach first, named Mature there: an
    // id and its name disagree, refused at the name.
    const present = stored(plan);
    present.themes[0].presentLevel = 'mature';
    expect(failure(() => revive(present))).toMatchObject({
      paths: ['json.themes[0].presentLevelName'],
      messages: ['expected "Mature" (from its own figures), received "Follower"'],
    });
  });

  it('are refused after any single edit of a name, a level id or the basis', () => {
    const pairs = [
      ['theme', 'themeName'],
      ['level', 'levelName'],
      ['presentLevel', 'presentLevelName'],
      ['targetLevel', 'targetLevelName'],
      ['nextLevel', 'nextLevelName'],
    ] as const;
    // Every [object, id key, name key] of a result with an id; theme names only outside plans.
    // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
    const places = (json: any, themes: boolean) => {
      // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
      const found: [any, string, string][] = [];
      const walk = (value: unknown): void => {
        if (typeof value !== 'object' || value === null) return;
        for (const [id, name] of pairs) {
          // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
          const row = value as any;
          if (row[id] != null && name in row && (themes || id !== 'theme'))
            found.push([row, id, name]);
        }
        for (const inner of Object.values(value)) walk(inner);
      };
      walk(json);
      return found;
    };
    fc.assert(
      fc.property(answers, fc.nat(), fc.boolean(), ({ model, met, target }, pick, onId) => {
        const assessment = assessMaturity(model, responsesFrom(model, met));
        const declared = assessMaturity(model, levelsFrom(model, target));
        const results = [
          assessment,
          compareAssessments(assessment, declared),
          planActions(model, { present: assessment, target: levelsFrom(model, target) }),
        ];
        for (const result of results) {
          const json = stored(result);
          const found = places(json, result.kind !== 'action-plan');
          if (found.length === 0) continue;
          const [row, id, name] = found[pick % found.length]!;
          const kind = id === 'theme' ? 'theme' : 'level';
          // Another id of its kind and that id's name, as the result gives them.
          const other = found.find(
            ([candidate, otherId]) =>
              (otherId === 'theme') === (kind === 'theme') && candidate[otherId] !== row[id],
          );
          if (other === undefined) continue;
          if (onId) row[id] = other[0][other[1]];
          else row[name] = other[0][other[2]];
          expect(failure(() => revive(json)).code).toBe('invalid-input');
        }
        // The basis of a theme assessed, the other way round.
        const json = stored(assessment);
        const theme = json.themes[pick % json.themes.length];
        if (theme.basis !== 'missing') {
          theme.basis = theme.basis === 'criteria' ? 'declared' : 'criteria';
          expect(failure(() => revive(json)).code).toBe('invalid-input');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuse a comparison of assessments that assess different themes', () => {
    // Present assesses 3 themes (mean 7 / 3), the future 1: their means are over other themes.
    const three = assessMaturity(svmiPublicSector, {
      reporting: 'mature',
      procurement: 'leader',
      commissioning: 'mature',
    });
    const one = assessMaturity(svmiPublicSector, { reporting: 'leader' });
    const refused = failure(() => compareAssessments(three, one));
    expect(refused.code).toBe('model-mismatch');
    expect(refused.paths).toEqual(['target.themes']);
    expect(refused.messages[0]).toMatch(
      /^expected the themes of the present assessment \(policy-and-scope \(missing\), .*commissioning, procurement, .*reporting and .*\), received .*commissioning \(missing\), procurement \(missing\), .*reporting and /,
    );
  });
});

describe('the Markdown writers and hostile names', () => {
  it('show control characters and bidirectional overrides as U+FFFD, and a tab as a space', () => {
    // An escape code would recolour a terminal the file is printed to; an override (U+202E)
    // would show the rest of the line reversed (`(policy.basic.1)` as `(1.cisab.ycilop)`).
    const model = defineMaturityModel({
      ...toyInput,
      themes: [
        { id: 'policy', name: 'Pol\u001b[31micy\u202e\tA\u0085B\u2066' },
        toyInput.themes[1]!,
      ],
      criteria: [
        { ...toyInput.criteria[0]!, action: 'Do\u0000 \u007fit\u202e.' },
        ...toyInput.criteria.slice(1),
      ],
    });
    const theme = 'Pol\uFFFD\\[31micy\uFFFD A\uFFFDB\uFFFD';
    const plan = formatPlanMarkdown(
      planActions(model, {
        present: { policy: 'none', people: 'best' },
        target: { policy: 'basic', people: 'best' },
      }),
    );
    expect(plan).toContain(`\n## ${theme}: None to Basic\n`);
    expect(plan).toContain('1. Do\uFFFD \uFFFDit\uFFFD. (policy.basic.1)\n');
    const table = formatAssessmentTable(assessMaturity(model, { policy: 'none', people: 'basic' }));
    expect(table).toContain(`| ${theme} |`);
  });
});
