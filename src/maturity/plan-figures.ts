import type { SocialValueIssue } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { figureCheck, idsAgree } from './figure-check.js';
import { planReason, planSeverity, planSummary } from './sentences.js';
import type { ActionPlan, PlanCounts, PlanStep } from './types.js';

const OWN = 'from its own figures';

/**
 * The figures of a stored plan that contradict the steps it lists, each an issue at its path:
 * every step under its theme and level, each theme's step count, and with steps its last level
 * (its target) and reason (its steps from its present level to its target, by their names),
 * `counts`, the schedule (each year the steps of that year, in the plan's order), one warning per
 * theme without steps (its severity that of its code, its message its theme's reason), one name
 * for each level wherever it is repeated, and the summary, all worked out again as `planActions` works them out. Internal: used by the plan
 * snapshot reader, so that a hand-edited count is refused.
 */
export function planFigureIssues(
  plan: ActionPlan,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const check = figureCheck(issues, path);
  const perLevel = new Map<string, { rank: number; entry: PlanCounts['byLevel'][number] }>();
  const byYear: PlanStep[][] = Array.from({ length: plan.years ?? 0 }, () => []);
  let steps = 0;
  // One name for each level throughout.
  const levelNames = idsAgree(check);
  plan.themes.forEach((theme, i) => {
    let count = 0;
    levelNames(['themes', i], 'presentLevel', 'presentLevelName', theme);
    levelNames(['themes', i], 'targetLevel', 'targetLevelName', theme);
    theme.levels.forEach((level, j) => {
      levelNames(['themes', i, 'levels', j], 'level', 'levelName', level);
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
          rank: level.rank,
          entry: { ...entry, steps: entry.steps + level.steps.length },
        });
      }
    });
    check(['themes', i, 'stepCount'], count, theme.stepCount, 'the steps it lists');
    if (count > 0) {
      const { themeName, presentLevelName: from, targetLevelName: to } = theme;
      // Its reason: its steps from its present level to its target, as its names give them.
      const reason = planReason(themeName, from ?? '', to ?? '', count);
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
    plan.themes.filter((theme) => theme.stepCount === 0).map((theme) => theme.theme),
    plan.warnings.map((warning) => warning.theme),
    'one per theme without steps',
  );
  // Each says what its theme says, with the severity of its code.
  const reasons = new Map(plan.themes.map((theme) => [theme.theme, theme.reason]));
  plan.warnings.forEach(({ code, severity, message, theme }, i) => {
    check(['warnings', i, 'severity'], planSeverity(code), severity, 'from its code');
    check(['warnings', i, 'message'], reasons.get(theme), message, "its theme's reason");
  });
  check(['summary'], planSummary(counts), plan.summary, 'written from its counts');
  return issues;
}
