import type { SocialValueIssue } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { issueAt } from '../core/issue.js';
import { figureCheck, idsAgree } from './figure-check.js';
import { planReason, planSeverity, planSummary } from './sentences.js';
import type { ActionPlan, PlanCounts, PlanStep } from './types.js';

const OWN = 'from its own figures';

/**
 * The figures of a stored plan that contradict the steps it lists, each an issue at its path:
 * every step under its theme and level, each theme's step count, and with steps its last level
 * (its target) and reason (its steps from its present level to its target, by their names),
 * `counts`, the schedule (each year the steps of that year, in the plan's order), one warning per
 * theme without steps or whose target has no criteria (its severity that of its code, its message
 * its theme's reason, which then says so), one name
 * for each level wherever it is repeated, one rank for each (and one level for each rank), each
 * theme's gap (its sign from its warning, the difference of its levels' ranks where the plan
 * gives both), and the summary, all worked out again as `planActions` works them out. Internal: used by the plan
 * snapshot reader, so that a hand-edited count is refused.
 */
export function planFigureIssues(
  plan: ActionPlan,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const check = figureCheck(issues, path);
  const above = (at: readonly PropertyKey[], expected: string, got: number) =>
    issues.push(
      issueAt([...path, ...at], `expected a figure ${expected} (${OWN}), received ${got}`),
    );
  const perLevel = new Map<string, { rank: number; entry: PlanCounts['byLevel'][number] }>();
  const byYear: PlanStep[][] = Array.from({ length: plan.years ?? 0 }, () => []);
  let steps = 0;
  // One name and one rank for each level throughout (and one level for each rank).
  const levelNames = idsAgree(check);
  const levelRanks = idsAgree(check);
  const rankOf = new Map<string, number>();
  const codeOf = new Map(plan.warnings.map((warning) => [warning.theme, warning.code]));
  const declaredOnly = (theme: string) => codeOf.get(theme) === 'target-without-criteria';
  plan.themes.forEach((theme, i) => {
    let count = 0;
    levelNames(['themes', i], 'presentLevel', 'presentLevelName', theme);
    levelNames(['themes', i], 'targetLevel', 'targetLevelName', theme);
    theme.levels.forEach((level, j) => {
      levelNames(['themes', i, 'levels', j], 'level', 'levelName', level);
      levelRanks(['themes', i, 'levels', j], 'level', 'rank', level);
      if (!rankOf.has(level.level)) rankOf.set(level.level, level.rank);
      level.steps.forEach((step, k) => {
        const at = ['themes', i, 'levels', j, 'steps', k];
        levelNames(at, 'level', 'levelName', step);
        check(at, [theme.theme, level.level], [step.theme, step.level], 'its theme and level');
        if (plan.years === null)
          check([...at, 'year'], undefined, step.year, 'the plan has no years');
        byYear[(step.year ?? 0) - 1]?.push(step);
        count += 1;
      });
      if (level.steps.length > 0) {
        const { levelName } = level;
        const entry = perLevel.get(level.level)?.entry ?? {
          level: level.level,
          levelName,
          steps: 0,
        };
        perLevel.set(level.level, {
          // Its first rank: another is refused at its place (one rank throughout).
          rank: rankOf.get(level.level)!,
          entry: { ...entry, steps: entry.steps + level.steps.length },
        });
      }
    });
    check(['themes', i, 'stepCount'], count, theme.stepCount, 'the steps it lists');
    if (count > 0) {
      const { themeName, presentLevelName: from, targetLevelName: to } = theme;
      // Its reason: its steps from its present level to its target, as its names give them.
      const reason = planReason(themeName, from ?? '', to ?? '', count, declaredOnly(theme.theme));
      check(['themes', i, 'reason'], reason, theme.reason, OWN);
      check(
        ['themes', i, 'targetLevel'],
        theme.levels.at(-1)!.level,
        theme.targetLevel,
        'the last level it lists',
      );
    } else if (!theme.reason.startsWith(`${idText(theme.themeName)}: `)) {
      // Without steps, its name is the one its reason starts with.
      check(['themes', i, 'themeName'], theme.reason.split(': ')[0], theme.themeName, OWN);
    }
    steps += count;
  });
  const counts: PlanCounts = {
    themes: plan.themes.length,
    themesWithGap: plan.themes.filter((theme) => theme.gap > 0).length,
    steps,
    byLevel: [...perLevel.values()].sort((a, b) => a.rank - b.rank).map(({ entry }) => entry),
  };
  plan.counts.byLevel.forEach((entry, i) => {
    levelNames(['counts', 'byLevel', i], 'level', 'levelName', entry);
  });
  levelNames.done();
  levelRanks.done();
  const perLevelSteps = (list: PlanCounts['byLevel']) =>
    Object.fromEntries(list.map((entry) => [entry.level, entry.steps]));
  for (const key of ['themes', 'themesWithGap', 'steps'] as const) {
    check(['counts', key], counts[key], plan.counts[key], 'counted from its themes');
  }
  check(
    ['counts', 'byLevel'],
    perLevelSteps(counts.byLevel),
    perLevelSteps(plan.counts.byLevel),
    'steps per level, lowest first',
  );
  check(
    ['spreadBy'],
    plan.years === null ? null : (plan.spreadBy ?? 'step'),
    plan.spreadBy,
    'with years only',
  );
  check(
    ['schedule'],
    byYear.map((list, i) => ({ year: i + 1, steps: list })),
    plan.schedule,
    'its steps year by year',
  );
  check(
    ['warnings'],
    plan.themes
      .filter((theme) => theme.stepCount === 0 || declaredOnly(theme.theme))
      .map((theme) => theme.theme),
    plan.warnings.map((warning) => warning.theme),
    'one per theme without steps or whose target has no criteria',
  );
  // Each says what its theme says, with the severity of its code.
  const reasons = new Map(plan.themes.map((theme) => [theme.theme, theme.reason]));
  plan.warnings.forEach(({ code, severity, message, theme }, i) => {
    check(['warnings', i, 'severity'], planSeverity(code), severity, 'from its code');
    check(['warnings', i, 'message'], reasons.get(theme), message, "its theme's reason");
  });
  check(['summary'], planSummary(counts), plan.summary, 'written from its counts');
  // Then, with all else agreeing (so that an edit elsewhere is not also laid on a gap), each
  // theme's gap: of the sign its warning gives (0 for a theme
  // without a present or target level), above 0 for a theme with steps or every criterion met,
  // and its target's rank minus its present's where the plan gives both ranks.
  if (issues.length > 0) return issues;
  plan.themes.forEach((theme, i) => {
    const code = codeOf.get(theme.theme) ?? 'target-already-met';
    const sign =
      code === 'target-already-met' || code === 'target-without-criteria'
        ? 1
        : code === 'target-below-present'
          ? -1
          : 0;
    const [from, to] = [theme.presentLevel, theme.targetLevel].map((id) => rankOf.get(id!));
    const at = ['themes', i, 'gap'];
    if (sign === 0) check(at, 0, theme.gap, OWN);
    else if (Math.sign(theme.gap) !== sign) above(at, sign > 0 ? 'above 0' : 'below 0', theme.gap);
    else if (from !== undefined && to !== undefined)
      check(at, to - from, theme.gap, 'the ranks of its levels');
  });
  return issues;
}
