import { isSealed, seal } from '../core/brand.js';
import { idText } from '../core/id-text.js';
import { issueAt, issuesError } from '../core/issue.js';
import { parseInput } from '../core/zod-error.js';
import { modelRef, reached, upTo, withRestatements } from './assess-maturity.js';
import { themeAgainstModel } from './assessment-against-model.js';
import { leanRecord, leanString } from './lean-input.js';
import { checkThemes, indexModel, levelOrThrow, type ModelIndex } from './model-index.js';
import { assessmentAt, kindOf, modelAt } from './read-result.js';
import { checkSameModel } from './same-model.js';
import { levelsByThemeSchema, planActionsInputSchema } from './schemas.js';
import { declaredOnlyText, planReason, planSeverity, planSummary } from './sentences.js';
import type {
  ActionPlan,
  MaturityCriterion,
  MaturityLevel,
  MaturityModel,
  MaturityModelInput,
  MaturityTheme,
  PlanActionsInput,
  PlanCounts,
  PlanLevel,
  PlanStep,
  PlanWarning,
  PlanWarningCode,
  PlanYear,
  ThemePlan,
} from './types.js';

type Path = readonly PropertyKey[];

/** A present or target position resolved against the model. */
interface Position {
  readonly levelOf: (themeId: string) => MaturityLevel | null;
  readonly metOf: (themeId: string) => ReadonlySet<string>;
}

/**
 * Generates the action plan between where an organisation is and where it wants to be, as the
 * SVMI workbook does: for each theme, for each level above the present up to the target, the
 * actions of the criteria not yet met, in the model's order. Themes come largest gap first
 * (which areas need most attention), then in the model's order.
 *
 * With `years`, each theme's steps are spread over the years in order, as evenly as they go,
 * so a level's steps never come in an earlier year than the steps of a lower level; with
 * `spreadBy: 'level'` each level is kept whole within one year (`spreadBy` without `years` is
 * refused). A target not above the present
 * gives an empty theme plan and a warning saying why, not an error; so does a theme that the
 * present or the target leaves out. Under the independent rule a target with no criteria for a
 * theme is reached only as a declared level: its steps are listed with a
 * `target-without-criteria` warning saying so, unless they, with the criteria met, meet a level
 * above the target (which then passes it).
 *
 * @param model - A model from {@link defineMaturityModel}, a preset, its JSON snapshot, or a model
 * input (checked as `defineMaturityModel` checks it).
 * @param input - `present` and `target` (each an assessment, its JSON snapshot, or a level id
 * per theme id), optional `years` and `spreadBy` (`null` for none, as a plan writes them).
 * @returns The frozen {@link ActionPlan} (`kind: 'action-plan'`).
 * @throws SocialValueError `unknown-theme` or `unknown-level` at the path of the position
 * (`input.present["measurement-toms"]`; every unknown theme of a position in one error), `model-mismatch` for an assessment of another model or
 * of another edition of it (`version`),
 * `invalid-input` for a model that is not one, bad years or unknown keys.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap } from 'social-value';
 *
 * const plan = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'shape' },
 *   target: { 'council-wide': 'develop' },
 *   years: 2,
 * });
 * plan.counts.steps; // => 8
 * plan.themes[0]?.levels.map((level) => level.steps.length); // => [5, 3]
 * plan.schedule.map((year) => year.steps.length); // => [4, 4]
 * plan.summary; // => '8 steps across 1 of 1 theme (5 to reach Learn, Unify and Rollout, 3 to reach Develop, Embed and Recognise).'
 * ```
 */
export function planActions(
  model: MaturityModel | MaturityModelInput,
  input: PlanActionsInput,
): ActionPlan {
  const checked = modelAt(model, ['model']);
  const parsed = parseInput(planActionsInputSchema, input, 'plan input', ['input']);
  const index = indexModel(checked);
  const present = positionAt(index, parsed.present, ['input', 'present']);
  const target = positionAt(index, parsed.target, ['input', 'target']);
  const years = parsed.years ?? null;
  if (years === null && parsed.spreadBy) {
    throw issuesError('plan input', [
      issueAt(['input', 'spreadBy'], 'spreads a schedule over years: give years too'),
    ]);
  }
  const spreadBy = years === null ? null : (parsed.spreadBy ?? 'step');

  const planned = checked.themes.map((theme, order) => ({
    order,
    ...planTheme(index, theme, present, target, years, spreadBy),
  }));
  // Largest gap first, themes without a present or target level last, then the model's order.
  const unplaced = (plan: ThemePlan) =>
    Number(plan.presentLevel === null || plan.targetLevel === null);
  planned.sort(
    (a, b) =>
      unplaced(a.theme) - unplaced(b.theme) || b.theme.gap - a.theme.gap || a.order - b.order,
  );
  const themes = planned.map((entry) => entry.theme);
  const warnings = planned.flatMap((entry) => (entry.warning === null ? [] : [entry.warning]));

  const schedule: PlanYear[] = Array.from({ length: years ?? 0 }, (_, i) => ({
    year: i + 1,
    steps: [] as PlanStep[],
  }));
  for (const step of stepsOf(themes)) {
    if (step.year !== undefined) (schedule[step.year - 1]!.steps as PlanStep[]).push(step);
  }
  const counts = countsOf(checked, themes);
  const plan: ActionPlan = {
    kind: 'action-plan',
    schemaVersion: 1,
    model: modelRef(checked),
    themes,
    counts,
    years,
    spreadBy,
    schedule,
    warnings,
    summary: planSummary(counts),
  };
  return seal(plan, 'action-plan');
}

function* stepsOf(themes: readonly ThemePlan[]): Generator<PlanStep> {
  for (const theme of themes) for (const level of theme.levels) yield* level.steps;
}

function countsOf(model: MaturityModel, themes: readonly ThemePlan[]): PlanCounts {
  const perLevel = new Map<string, number>();
  let steps = 0;
  for (const step of stepsOf(themes)) {
    perLevel.set(step.level, (perLevel.get(step.level) ?? 0) + 1);
    steps += 1;
  }
  return {
    themes: themes.length,
    themesWithGap: themes.filter((theme) => theme.gap > 0).length,
    steps,
    byLevel: model.levels.flatMap((level) => {
      const count = perLevel.get(level.id) ?? 0;
      return count === 0 ? [] : [{ level: level.id, levelName: level.name, steps: count }];
    }),
  };
}

/**
 * Reads a present or target position: an assessment (sealed or its snapshot) of this model, or
 * a level id per theme id. An object whose `kind` is a string is an assessment, unless the model
 * has a theme with the id `kind`.
 */
function positionAt(index: ModelIndex, value: unknown, path: Path): Position {
  const kind = kindOf(value);
  const isAssessment =
    isSealed(value, 'maturity-assessment') ||
    kind === 'maturity-assessment' ||
    (typeof kind === 'string' && !index.themeById.has('kind'));
  return isAssessment
    ? assessmentPosition(index, value, path)
    : levelsPosition(
        index,
        leanRecord(value, leanString) ?? parseInput(levelsByThemeSchema, value, 'plan input', path),
        path,
      );
}

function assessmentPosition(index: ModelIndex, value: unknown, path: Path): Position {
  const assessment = assessmentAt(value, path);
  checkSameModel(
    index.model,
    assessment.model,
    [...path, 'model'],
    'The assessment is of another model.',
    ': assess again, or give a level per theme',
  );
  const levels = new Map<string, MaturityLevel>();
  const met = new Map<string, ReadonlySet<string>>();
  assessment.themes.forEach((theme, i) => {
    const read = themeAgainstModel(index, theme, [...path, 'themes', i]);
    if (read.level !== null) levels.set(theme.theme, read.level);
    met.set(theme.theme, read.met);
  });
  return {
    levelOf: (themeId) => levels.get(themeId) ?? null,
    metOf: (themeId) => met.get(themeId) ?? new Set(),
  };
}

function levelsPosition(
  index: ModelIndex,
  levelsByTheme: Readonly<Record<string, string>>,
  path: Path,
): Position {
  const levels = new Map<string, MaturityLevel>();
  checkThemes(index, Object.keys(levelsByTheme), path);
  for (const themeId of Object.keys(levelsByTheme)) {
    levels.set(themeId, levelOrThrow(index, levelsByTheme[themeId]!, [...path, themeId]));
  }
  return {
    levelOf: (themeId) => levels.get(themeId) ?? null,
    metOf: (themeId) => {
      const level = levels.get(themeId);
      return level === undefined
        ? new Set()
        : withRestatements(index, themeId, upTo(index, themeId, level));
    },
  };
}

function themePlan(
  theme: MaturityTheme,
  from: MaturityLevel | null,
  to: MaturityLevel | null,
  gap: number,
  levels: readonly PlanLevel[],
  stepCount: number,
  reason: string,
): ThemePlan {
  return {
    theme: theme.id,
    themeName: theme.name,
    presentLevel: from?.id ?? null,
    presentLevelName: from?.name ?? null,
    targetLevel: to?.id ?? null,
    targetLevelName: to?.name ?? null,
    gap,
    levels,
    stepCount,
    reason,
  };
}

function planTheme(
  index: ModelIndex,
  theme: MaturityTheme,
  present: Position,
  target: Position,
  years: number | null,
  spreadBy: 'step' | 'level' | null,
): { theme: ThemePlan; warning: PlanWarning | null } {
  const from = present.levelOf(theme.id);
  const to = target.levelOf(theme.id);
  const warningOf = (code: PlanWarningCode, message: string): PlanWarning => ({
    code,
    severity: planSeverity(code),
    message,
    theme: theme.id,
  });
  const nothing = (code: PlanWarningCode, message: string, gap: number) => ({
    theme: themePlan(theme, from, to, gap, [], 0, message),
    warning: warningOf(code, message),
  });
  if (from === null) {
    return nothing(
      'no-present-level',
      `${idText(theme.name)}: no present level, so nothing is planned.`,
      0,
    );
  }
  if (to === null) {
    return nothing(
      'no-target-level',
      `${idText(theme.name)}: no target level, so nothing is planned.`,
      0,
    );
  }
  const gap = to.rank - from.rank;
  if (gap === 0) {
    return nothing(
      'target-is-present',
      `${idText(theme.name)}: the target (${idText(to.name)}) is the present level; nothing to plan.`,
      gap,
    );
  }
  if (gap < 0) {
    return nothing(
      'target-below-present',
      `${idText(theme.name)}: the target (${idText(to.name)}) is below the present level (${idText(from.name)}); nothing to plan.`,
      gap,
    );
  }
  const met = present.metOf(theme.id);
  const planned = new Set<string>();
  const chosen: { level: MaturityLevel; criteria: MaturityCriterion[] }[] = [];
  for (const level of index.model.levels) {
    if (level.rank <= from.rank || level.rank > to.rank) continue;
    const criteria = index.criteriaOf(theme.id, level.id).filter((criterion) => {
      if (met.has(criterion.id)) return false;
      if (
        criterion.restates !== undefined &&
        planned.has(criterion.restates) &&
        !index.ownRight.has(criterion.id)
      )
        return false;
      planned.add(criterion.id);
      return true;
    });
    chosen.push({ level, criteria });
  }
  const total = planned.size;
  // Judged on its own criteria, a target without any is reached only by declaring it, unless
  // the steps, with what is met, meet a level above it (a restatement met with its original).
  const declaredOnly =
    index.model.rules.themeRule === 'independent' &&
    index.criteriaOf(theme.id, to.id).length === 0 &&
    reached(index, theme.id, withRestatements(index, theme.id, new Set([...met, ...planned])))
      .rank < to.rank;
  if (total === 0) {
    const met = `${idText(theme.name)}: every criterion up to ${idText(to.name)} is already met`;
    return declaredOnly
      ? nothing('target-without-criteria', met + declaredOnlyText(theme.name, to.name, true), gap)
      : nothing('target-already-met', `${met}; nothing to plan.`, gap);
  }
  // Spread in order: step i of n (or level j of m) goes to year floor(i × years / n) + 1.
  const spreadOver = (i: number, n: number) =>
    years === null ? undefined : Math.floor((i * years) / n) + 1;
  const slots = new Map<string, number>();
  for (const entry of chosen) {
    if (entry.criteria.length > 0) slots.set(entry.level.id, slots.size);
  }
  let position = 0;
  const levels = chosen.map(
    ({ level, criteria }): PlanLevel => ({
      level: level.id,
      levelName: level.name,
      rank: level.rank,
      steps: criteria.map((criterion): PlanStep => {
        const year =
          spreadBy === 'level'
            ? spreadOver(slots.get(level.id)!, slots.size)
            : spreadOver(position, total);
        position += 1;
        return {
          criterion: criterion.id,
          theme: theme.id,
          themeName: theme.name,
          level: level.id,
          levelName: level.name,
          action: criterion.action,
          statement: criterion.statement,
          ...(criterion.guidance === undefined ? {} : { guidance: criterion.guidance }),
          ...(year === undefined ? {} : { year }),
        };
      }),
    }),
  );
  const reason = planReason(theme.name, from.name, to.name, total, declaredOnly);
  return {
    theme: themePlan(theme, from, to, gap, levels, total, reason),
    warning: declaredOnly ? warningOf('target-without-criteria', reason) : null,
  };
}
