import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  formatAssessmentTable,
  planActions,
  svmiPublicSector,
} from '../../src/index.js';

// Seed 002, "Bridging the Gap: Improving Communities with the Social Value Maturity Index" (task
// force, 2016), section "Worked example": Surrey County Council's present and future levels per
// theme (table "Surrey County Council present performance and future targets"), its overall
// present (Mature) and future (Leader) performance, and "an extract of the action plan"
// with the measurement theme's actions to reach Leader and Innovator.
const present = {
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
} as const;
const future = {
  'policy-and-scope': 'leader',
  'internal-management': 'innovator',
  'measurement-toms': 'innovator',
  commissioning: 'leader',
  procurement: 'innovator',
  'market-engagement-and-partnerships': 'leader',
  'contract-management': 'leader',
  'cross-sector-collaboration': 'mature',
  reporting: 'leader',
  'governance-and-accountability': 'leader',
} as const;

describe("seed 002's worked example (Surrey County Council)", () => {
  const now = assessMaturity(svmiPublicSector, present, { label: 'Present' });
  const then = assessMaturity(svmiPublicSector, future, { label: 'Future' });

  it('gives each theme the present and future level of the table', () => {
    expect(Object.fromEntries(now.themes.map((t) => [t.theme, t.level]))).toEqual(present);
    expect(Object.fromEntries(then.themes.map((t) => [t.theme, t.level]))).toEqual(future);
    expect(now.warnings).toEqual([]);
  });

  it('gives the overall present Mature and future Leader', () => {
    // Ranks: Follower 1, Mature 2, Leader 3, Innovator 4.
    // Present: 4 Leader + 6 Mature = 12 + 12 = 24; 24 / 10 = 2.4, rounded down: Mature.
    expect(now.overall.rankTotal).toBe(24);
    expect(now.overall.mean.toString()).toBe('2.4');
    expect(now.overall.levelName).toBe('Mature');
    // Future: 3 Innovator + 6 Leader + 1 Mature = 12 + 18 + 2 = 32; 3.2, rounded down: Leader.
    expect(then.overall.rankTotal).toBe(32);
    expect(then.overall.mean.toString()).toBe('3.2');
    expect(then.overall.levelName).toBe('Leader');
  });

  it('names the themes needing most attention: measurement and procurement, then the rest', () => {
    const comparison = compareAssessments(now, then);
    // "targeting ... internal management, measurement and procurement ... to become Innovators":
    // measurement and procurement move two levels, internal management one.
    expect(comparison.attention).toEqual([
      'measurement-toms',
      'procurement',
      'internal-management',
      'commissioning',
      'contract-management',
      'reporting',
    ]);
    expect(comparison.overall.change.toString()).toBe('0.8');
    const table = formatAssessmentTable(comparison);
    expect(table).toContain('| Measurement: TOMs | Mature | Innovator | +2 |');
    expect(table).toContain(
      '| **Overall** | **Mature** (mean 2.4) | **Leader** (mean 3.2) | +0.8 |',
    );
  });

  it('plans the measurement actions of the extract: three to reach Leader, two to Innovator', () => {
    // Surrey's answers are not published. The extract lists, to reach Innovator, only the
    // actions of criteria 2 (adjust financial weightings from stakeholder feedback) and 4
    // (consult other public bodies on the TOMs). Criterion 1 repeats Leader criterion 1 word
    // for word, so it is met with it (the data marks it `restates`). Criterion 3 (a process to
    // update the TOMs to community priorities) is absent, so Surrey's present answers must
    // already meet it: we record them so. Their present level stays Mature.
    const measurement = assessMaturity(svmiPublicSector, {
      ...present,
      'measurement-toms': {
        level: 'mature',
        met: [
          'measurement-toms.mature.1',
          'measurement-toms.mature.2',
          'measurement-toms.mature.3',
          'measurement-toms.innovator.3',
        ],
      },
    });
    expect(measurement.themes[2]?.level).toBe('mature');
    expect(measurement.warnings).toEqual([]);
    const plan = planActions(svmiPublicSector, { present: measurement, target: future });
    const theme = plan.themes.find((t) => t.theme === 'measurement-toms');
    const steps = theme?.levels.map((level) => [level.level, level.steps.map((s) => s.criterion)]);
    expect(steps).toEqual([
      [
        'leader',
        ['measurement-toms.leader.1', 'measurement-toms.leader.2', 'measurement-toms.leader.3'],
      ],
      ['innovator', ['measurement-toms.innovator.2', 'measurement-toms.innovator.4']],
    ]);
    // The actions say what the extract says (in our words).
    const actions = theme?.levels.flatMap((level) => level.steps.map((s) => s.action)) ?? [];
    expect(actions[0]).toMatch(/financial/i); // measure in financial as well as non-financial terms
    expect(actions[1]).toMatch(/update/i); // update the TOMs annually, with evidence
    expect(actions[2]).toMatch(/weight/i); // weight outcomes to council and local priorities
    expect(actions[3]).toMatch(/feedback/i); // adjust financial weightings from feedback
    expect(actions[4]).toMatch(/consult/i); // consult health, education, emergency services
  });

  it('from the declared levels alone, plans every criterion above Mature once', () => {
    const plan = planActions(svmiPublicSector, { present, target: future });
    const theme = plan.themes.find((t) => t.theme === 'measurement-toms');
    // 3 Leader criteria + 4 Innovator criteria - 1 restatement of leader.1 = 6 steps.
    expect(theme?.stepCount).toBe(6);
    expect(plan.themes.slice(0, 2).map((t) => t.theme)).toEqual([
      'measurement-toms',
      'procurement',
    ]);
    expect(plan.counts.themesWithGap).toBe(6);
  });
});
