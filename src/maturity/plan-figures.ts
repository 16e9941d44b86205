import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { planSummary } from './sentences.js';
import type { ActionPlan, PlanCounts, PlanStep } from './types.js';

type Path = readonly PropertyKey[];

// What a stored action plan must agree with: every count, the schedule, the warnings and the
// summary are worked out again from the steps listed, as `planActions` works them out, and a
// figure that differs is an issue at its path (`plan.counts.steps`), so a hand-edited plan with
// counts that contradict its steps is refused rather than revived.

/** `expected 8 (why), received 1`, at `path`. */
function differs(
  issues: SocialValueIssue[],
  path: Path,
  expected: unknown,
  why: string,
  received: unknown,
): void {
  issues.push(
    issueAt(
      path,
      `expected ${describeValue(expected)} (${why}), received ${describeValue(received)}`,
    ),
  );
}

/** The issues of one theme row: steps under the right theme and level, and its step count. */
function themeIssues(plan: ActionPlan, i: number, path: Path, issues: SocialValueIssue[]): void {
  const theme = plan.themes[i]!;
  const at = [...path, 'themes', i];
  let steps = 0;
  theme.levels.forEach((level, j) => {
    level.steps.forEach((step, k) => {
      const where = [...at, 'levels', j, 'steps', k];
      if (step.theme !== theme.theme || step.themeName !== theme.themeName) {
        differs(issues, [...where, 'theme'], theme.theme, `the theme of its row`, step.theme);
      }
      if (step.level !== level.level || step.levelName !== level.levelName) {
        differs(
          issues,
          [...where, 'level'],
          level.level,
          `the level it is listed under`,
          step.level,
        );
      }
      if (
        (step.year === undefined) !== (plan.years === null) ||
        (step.year ?? 0) > (plan.years ?? 0)
      ) {
        const expected = plan.years === null ? 'no year' : `a year from 1 to ${plan.years}`;
        issues.push(
          issueAt(
            [...where, 'year'],
            `expected ${expected} (the plan's years), received ${describeValue(step.year)}`,
          ),
        );
      }
      steps += 1;
    });
  });
  if (theme.stepCount !== steps) {
    differs(issues, [...at, 'stepCount'], steps, 'the steps listed in its levels', theme.stepCount);
  }
  const last = theme.levels.at(-1);
  if (
    last !== undefined &&
    (last.level !== theme.targetLevel || last.levelName !== theme.targetLevelName)
  ) {
    differs(
      issues,
      [...at, 'targetLevel'],
      last.level,
      'the last level its plan reaches',
      theme.targetLevel,
    );
  }
  theme.levels.forEach((level, j) => {
    if (j > 0 && level.rank <= theme.levels[j - 1]!.rank) {
      issues.push(
        issueAt(
          [...at, 'levels', j, 'rank'],
          `expected a rank above ${theme.levels[j - 1]!.rank} (levels are listed lowest first), received ${level.rank}`,
        ),
      );
    }
  });
  const placed = theme.presentLevel !== null && theme.targetLevel !== null;
  if (steps > 0 && (!placed || theme.gap <= 0)) {
    issues.push(
      issueAt(
        [...at, 'gap'],
        `expected a present and a target level and a gap above 0 (the theme lists ${steps} steps), received a gap of ${theme.gap}`,
      ),
    );
  }
}

/** The counts the steps listed give, as `planActions` counts them (levels by rank). */
function countsOf(plan: ActionPlan): PlanCounts {
  const perLevel = new Map<string, { levelName: string; rank: number; steps: number }>();
  let steps = 0;
  for (const theme of plan.themes) {
    for (const level of theme.levels) {
      if (level.steps.length === 0) continue;
      const entry = perLevel.get(level.level);
      if (entry === undefined) {
        perLevel.set(level.level, { levelName: level.levelName, rank: level.rank, steps: 0 });
      }
      perLevel.get(level.level)!.steps += level.steps.length;
      steps += level.steps.length;
    }
  }
  return {
    themes: plan.themes.length,
    themesWithGap: plan.themes.filter((theme) => theme.gap > 0).length,
    steps,
    byLevel: [...perLevel]
      .sort(([, a], [, b]) => a.rank - b.rank)
      .map(([level, entry]) => ({ level, levelName: entry.levelName, steps: entry.steps })),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The figures of a stored plan that contradict its steps, each an issue at its path: theme ids
 * unique, each step under its theme and level, the step counts, `counts`, the schedule (years
 * 1 to `years`, each holding the steps of that year in the plan's order), one warning per theme
 * without steps, and the summary. Internal: used by the plan snapshot reader.
 */
export function planFigureIssues(plan: ActionPlan, path: Path): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const seen = new Set<string>();
  plan.themes.forEach((theme, i) => {
    if (seen.has(theme.theme)) {
      issues.push(
        issueAt(
          [...path, 'themes', i, 'theme'],
          `duplicate theme ${describeValue(theme.theme)}: expected one row per theme`,
        ),
      );
    }
    seen.add(theme.theme);
    themeIssues(plan, i, path, issues);
  });
  const counts = countsOf(plan);
  for (const key of ['themes', 'themesWithGap', 'steps'] as const) {
    if (plan.counts[key] !== counts[key]) {
      differs(
        issues,
        [...path, 'counts', key],
        counts[key],
        'counted from its themes',
        plan.counts[key],
      );
    }
  }
  if (!sameJson(plan.counts.byLevel, counts.byLevel)) {
    issues.push(
      issueAt(
        [...path, 'counts', 'byLevel'],
        `expected the steps per level listed in its themes (${counts.byLevel.map((entry) => `${describeValue(entry.level)}: ${entry.steps}`).join(', ') || 'none'}), received ${plan.counts.byLevel.map((entry) => `${describeValue(entry.level)}: ${entry.steps}`).join(', ') || 'none'}`,
      ),
    );
  }
  if ((plan.years === null) !== (plan.spreadBy === null)) {
    issues.push(
      issueAt(
        [...path, 'spreadBy'],
        `expected ${plan.years === null ? 'null (the plan has no years)' : '"step" or "level" (the plan has years)'}, received ${describeValue(plan.spreadBy)}`,
      ),
    );
  }
  scheduleIssues(plan, path, issues);
  const quiet = plan.themes.filter((theme) => theme.stepCount === 0).map((theme) => theme.theme);
  const warned = plan.warnings.map((warning) => warning.theme);
  if (!sameJson(warned, quiet)) {
    issues.push(
      issueAt(
        [...path, 'warnings'],
        `expected one warning for each theme without steps, in the plan's order (${quiet.map((id) => describeValue(id)).join(', ') || 'none'}), received warnings for ${warned.map((id) => describeValue(id)).join(', ') || 'none'}`,
      ),
    );
  }
  const summary = planSummary(counts);
  if (plan.summary !== summary) {
    differs(issues, [...path, 'summary'], summary, 'written from its counts', plan.summary);
  }
  return issues;
}

/** The schedule: years 1 to `years`, each holding the steps of its year in the plan's order. */
function scheduleIssues(plan: ActionPlan, path: Path, issues: SocialValueIssue[]): void {
  const years = plan.years ?? 0;
  if (plan.schedule.length !== years) {
    differs(
      issues,
      [...path, 'schedule'],
      years,
      'one entry per year of the plan',
      plan.schedule.length,
    );
    return;
  }
  const byYear: PlanStep[][] = Array.from({ length: years }, () => []);
  for (const theme of plan.themes) {
    for (const level of theme.levels) {
      for (const step of level.steps)
        if (step.year !== undefined) byYear[step.year - 1]?.push(step);
    }
  }
  plan.schedule.forEach((year, i) => {
    if (year.year !== i + 1)
      differs(issues, [...path, 'schedule', i, 'year'], i + 1, 'years in order from 1', year.year);
    else if (!sameJson(year.steps, byYear[i])) {
      issues.push(
        issueAt(
          [...path, 'schedule', i, 'steps'],
          `expected the ${byYear[i]!.length} steps of year ${i + 1} listed in the plan's themes, in their order, received ${year.steps.length} steps that differ`,
        ),
      );
    }
  });
}
