import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { withRestatements } from './assess-maturity.js';
import {
  fieldError,
  indexModel,
  levelOrThrow,
  type ModelIndex,
  themeOrThrow,
} from './model-index.js';
import { maturityModelSchema, planActionsInputSchema } from './schemas.js';
import type {
  ActionPlan,
  LevelsByTheme,
  MaturityAssessment,
  MaturityLevel,
  MaturityModel,
  PlanActionsInput,
  PlanLevel,
  PlanStep,
  PlanYear,
  ThemePlan,
} from './types.js';

/** A present or target position resolved against the model. Internal. */
export interface Position {
  readonly levelOf: (themeId: string) => MaturityLevel | null;
  readonly metOf: (themeId: string) => ReadonlySet<string>;
}

/**
 * Resolves a present or target position (an assessment, or a level id per theme id) against the
 * model, throwing `model-mismatch`, `unknown-theme` or `unknown-level` with the path. Internal.
 */
export function resolvePosition(
  index: ModelIndex,
  position: MaturityAssessment | LevelsByTheme,
  name: string,
): Position {
  if (isAssessment(position)) {
    if (position.model.id !== index.model.id) {
      throw fieldError(
        'model-mismatch',
        [name, 'model', 'id'],
        `The ${name} assessment is of another model`,
        `expected an assessment against "${index.model.id}", received one against "${position.model.id}"`,
        { expected: index.model.id, received: position.model.id },
      );
    }
    const byTheme = new Map(position.themes.map((theme) => [theme.theme.id, theme]));
    return {
      levelOf: (themeId) => {
        const level = byTheme.get(themeId)?.level;
        return level ? (index.levelById.get(level.id) ?? null) : null;
      },
      metOf: (themeId) => new Set(byTheme.get(themeId)?.met ?? []),
    };
  }
  const levels = new Map<string, MaturityLevel>();
  for (const [themeId, levelId] of Object.entries(position)) {
    themeOrThrow(index, themeId, [name, themeId]);
    levels.set(themeId, levelOrThrow(index, levelId, [name, themeId]));
  }
  return {
    levelOf: (themeId) => levels.get(themeId) ?? null,
    metOf: (themeId) => {
      const level = levels.get(themeId);
      const met = new Set<string>();
      if (!level) return met;
      for (const criterion of index.model.criteria) {
        const rank = index.levelById.get(criterion.level)?.rank ?? Number.POSITIVE_INFINITY;
        if (criterion.theme === themeId && rank <= level.rank) met.add(criterion.id);
      }
      return withRestatements(index, themeId, met);
    },
  };
}

function isAssessment(
  position: MaturityAssessment | LevelsByTheme,
): position is MaturityAssessment {
  return (position as { kind?: unknown }).kind === 'maturity-assessment';
}

/**
 * Generates the action plan between where an organisation is and where it wants to be, as the
 * SVMI workbook does: for each theme, for each level above the present up to the target, the
 * actions of the criteria not yet met, in the model's order. Themes come largest gap first
 * (which areas need most attention), then in the model's order.
 *
 * With `years`, each theme's steps are spread over the years in order, as evenly as they go,
 * so a level's steps never come in an earlier year than the steps of a lower level; with
 * `spreadBy: 'level'` each level is kept whole within one year. A target not
 * above the present gives an empty theme plan with a note, not an error; so does a theme that
 * the present or the target leaves out.
 *
 * @param model - A model from {@link defineMaturityModel} or a preset.
 * @param input - `present` and `target` (assessments or a level per theme), optional `years`
 * and `spreadBy`.
 * @returns The frozen {@link ActionPlan}.
 * @throws SocialValueError `unknown-theme` or `unknown-level` (path `present["theme-id"]`),
 * `model-mismatch` for an assessment of another model, `invalid-input` for bad years.
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
 * plan.summary.steps; // => 8
 * plan.themes[0]?.levels.map((level) => level.steps.length); // => [5, 3]
 * plan.schedule.map((year) => year.steps.length); // => [4, 4]
 * ```
 */
export function planActions(model: MaturityModel, input: PlanActionsInput): ActionPlan {
  parseInput(maturityModelSchema, model, 'maturity model', ['model']);
  parseInput(planActionsInputSchema, input, 'plan input');
  const index = indexModel(model);
  const present = resolvePosition(index, input.present, 'present');
  const target = resolvePosition(index, input.target, 'target');
  const years = input.years ?? null;
  const spreadBy = years === null ? null : (input.spreadBy ?? 'step');

  const themes = model.themes
    .map((theme, order) => ({
      plan: planTheme(index, theme.id, present, target, years, spreadBy),
      order,
    }))
    .sort((a, b) => gapKey(b.plan) - gapKey(a.plan) || a.order - b.order)
    .map(({ plan }) => plan);

  const schedule: PlanYear[] = [];
  if (years !== null) {
    for (let year = 1; year <= years; year++) {
      const steps = themes.flatMap((theme) =>
        theme.levels.flatMap((level) => level.steps.filter((step) => step.year === year)),
      );
      schedule.push({ year, steps });
    }
  }
  const allSteps = themes.flatMap((theme) => theme.levels.flatMap((level) => level.steps));
  const byLevel = model.levels
    .map((level) => ({
      level,
      steps: allSteps.filter((step) => step.level.id === level.id).length,
    }))
    .filter((entry) => entry.steps > 0);
  return deepFreeze({
    kind: 'maturity-plan',
    model: {
      id: model.id,
      name: model.name,
      ...(model.version === undefined ? {} : { version: model.version }),
    },
    themes,
    summary: {
      themes: themes.length,
      themesWithGap: themes.filter((theme) => theme.gap > 0).length,
      steps: allSteps.length,
      byLevel,
    },
    years,
    spreadBy,
    schedule,
    notes: themes.flatMap((theme) => (theme.note === null ? [] : [theme.note])),
  });
}

function gapKey(plan: ThemePlan): number {
  return plan.present === null || plan.target === null ? Number.NEGATIVE_INFINITY : plan.gap;
}

function planTheme(
  index: ModelIndex,
  themeId: string,
  present: Position,
  target: Position,
  years: number | null,
  spreadBy: 'step' | 'level' | null,
): ThemePlan {
  const theme = index.themeById.get(themeId)!;
  const from = present.levelOf(themeId);
  const to = target.levelOf(themeId);
  const empty = (note: string, gap = 0): ThemePlan => ({
    theme,
    present: from,
    target: to,
    gap,
    levels: [],
    stepCount: 0,
    note,
  });
  if (from === null) return empty(`${theme.name}: no present level, so nothing is planned.`);
  if (to === null) return empty(`${theme.name}: no target level, so nothing is planned.`);
  const gap = to.rank - from.rank;
  if (gap <= 0) {
    return empty(
      gap === 0
        ? `${theme.name}: the target (${to.name}) is the present level; nothing to plan.`
        : `${theme.name}: the target (${to.name}) is below the present level (${from.name}); nothing to plan.`,
      gap,
    );
  }
  const met = present.metOf(themeId);
  const planned = new Set<string>();
  const levels: { level: MaturityLevel; criteria: typeof index.model.criteria }[] = [];
  for (const level of index.model.levels) {
    if (level.rank <= from.rank || level.rank > to.rank) continue;
    const criteria = index.criteriaOf(themeId, level.id).filter((criterion) => {
      if (met.has(criterion.id)) return false;
      if (criterion.restates !== undefined && planned.has(criterion.restates)) return false;
      planned.add(criterion.id);
      return true;
    });
    levels.push({ level, criteria });
  }
  const total = planned.size;
  // Spread in order: step i of n (or level j of m) goes to year floor(i × years / n) + 1.
  const spreadOver = (i: number, n: number) =>
    years === null ? undefined : Math.floor((i * years) / n) + 1;
  const withSteps = levels.filter((entry) => entry.criteria.length > 0);
  let position = 0;
  const planLevels: PlanLevel[] = levels.map(({ level, criteria }) => ({
    level,
    steps: criteria.map((criterion): PlanStep => {
      const year =
        spreadBy === 'level'
          ? spreadOver(
              withSteps.findIndex((entry) => entry.level === level),
              withSteps.length,
            )
          : spreadOver(position, total);
      position++;
      return {
        criterion: criterion.id,
        theme: themeId,
        level,
        action: criterion.action,
        statement: criterion.statement,
        ...(criterion.guidance === undefined ? {} : { guidance: criterion.guidance }),
        ...(year === undefined ? {} : { year }),
      };
    }),
  }));
  return {
    theme,
    present: from,
    target: to,
    gap,
    levels: planLevels,
    stepCount: total,
    note:
      total === 0
        ? `${theme.name}: every criterion up to ${to.name} is already met; nothing to plan.`
        : null,
  };
}
