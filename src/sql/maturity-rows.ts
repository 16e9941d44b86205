import type {
  ActionPlan,
  MaturityAssessment,
  PlanStep,
  ThemeAssessment,
  ThemePlan,
} from '../maturity/types.js';
import { findingColumns, type Positioned, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { ActionPlanTable, MaturityAssessmentTable, RowKeys, Rows } from './types.js';

/**
 * The tables of a maturity assessment, under `keys.assessment`: the overall result, one row per
 * theme and the warnings. Internal.
 */
export function assessmentRows(
  assessment: MaturityAssessment,
  keys: RowKeys,
  format: CellFormat,
): Rows<MaturityAssessmentTable>['tables'] {
  const id = () => keys.assessment;
  return {
    maturity_assessments: tableOf('maturity_assessments', [assessment], format, (column) => [
      column('assessment_id', id),
      column('model_id', (a: MaturityAssessment) => a.model.id),
      column('model_name', (a) => a.model.name),
      column('model_version', (a) => a.model.version),
      column('label', (a) => a.label),
      column('overall_level', (a) => a.overall.level),
      column('overall_level_name', (a) => a.overall.levelName),
      column('overall_rank', (a) => a.overall.rank),
      column('overall_mean', (a) => a.overall.mean),
      column('rank_total', (a) => a.overall.rankTotal),
      column('themes_counted', (a) => a.overall.themesCounted),
      column('themes_missing', (a) => jsonText(a.overall.themesMissing)),
      column('overall_rounding', (a) => a.overall.rounding),
      column('overall_reason', (a) => a.overall.reason),
      column('summary', (a) => a.summary),
    ]),
    maturity_theme_assessments: tableOf(
      'maturity_theme_assessments',
      positioned(assessment.themes),
      format,
      (column) => [
        column('assessment_id', id),
        column('theme_id', ({ item }: Positioned<ThemeAssessment>) => item.theme),
        column('position', ({ position }) => position),
        column('theme_name', ({ item }) => item.themeName),
        column('basis', ({ item }) => item.basis),
        column('level', ({ item }) => item.level),
        column('level_name', ({ item }) => item.levelName),
        column('rank', ({ item }) => item.rank),
        column('declared_level', ({ item }) => item.declaredLevel),
        column('non_compliant', ({ item }) => item.nonCompliant),
        column('met', ({ item }) => jsonText(item.met)),
        column('next_level', ({ item }) => item.nextLevel),
        column('next_level_name', ({ item }) => item.nextLevelName),
        column('unmet_at_next_level', ({ item }) =>
          jsonText(item.unmetAtNextLevel.map((criterion) => criterion.id)),
        ),
        column('criteria_at_next_level', ({ item }) => item.criteriaAtNextLevel),
        column('evidence', ({ item }) => jsonText(item.evidence)),
        column('note', ({ item }) => item.note),
        column('reason', ({ item }) => item.reason),
      ],
    ),
    maturity_warnings: tableOf(
      'maturity_warnings',
      positioned(assessment.warnings),
      format,
      (column) => [
        column('assessment_id', id),
        ...findingColumns(column),
        column('theme_id', ({ item }) => item.theme),
        column('criterion_id', ({ item }) => item.criterion),
        column('path', ({ item }) => item.path),
      ],
    ),
  };
}

/** A step of a plan with the rank of the level it reaches. */
interface Step {
  readonly step: PlanStep;
  readonly rank: number;
  readonly position: number;
}

/**
 * The tables of an action plan, under `keys.plan`: the plan, one row per theme (present,
 * target, gap) and one per step, with its year when the plan was spread over years. Internal.
 */
export function planRows(
  plan: ActionPlan,
  keys: RowKeys,
  format: CellFormat,
): Rows<ActionPlanTable>['tables'] {
  const id = () => keys.plan;
  const warnings = new Map(plan.warnings.map((warning) => [warning.theme, warning.code]));
  const steps: Step[] = [];
  for (const theme of plan.themes) {
    for (const level of theme.levels) {
      for (const step of level.steps) {
        steps.push({ step, rank: level.rank, position: steps.length });
      }
    }
  }
  return {
    action_plans: tableOf('action_plans', [plan], format, (column) => [
      column('plan_id', id),
      column('model_id', (p: ActionPlan) => p.model.id),
      column('model_name', (p) => p.model.name),
      column('model_version', (p) => p.model.version),
      column('years', (p) => p.years),
      column('spread_by', (p) => p.spreadBy),
      column('theme_count', (p) => p.counts.themes),
      column('themes_with_gap', (p) => p.counts.themesWithGap),
      column('step_count', (p) => p.counts.steps),
      column('summary', (p) => p.summary),
    ]),
    action_plan_themes: tableOf('action_plan_themes', positioned(plan.themes), format, (column) => [
      column('plan_id', id),
      column('theme_id', ({ item }: Positioned<ThemePlan>) => item.theme),
      column('position', ({ position }) => position),
      column('theme_name', ({ item }) => item.themeName),
      column('present_level', ({ item }) => item.presentLevel),
      column('present_level_name', ({ item }) => item.presentLevelName),
      column('target_level', ({ item }) => item.targetLevel),
      column('target_level_name', ({ item }) => item.targetLevelName),
      column('gap', ({ item }) => item.gap),
      column('step_count', ({ item }) => item.stepCount),
      column('warning_code', ({ item }) => warnings.get(item.theme)),
      column('reason', ({ item }) => item.reason),
    ]),
    action_plan_steps: tableOf('action_plan_steps', steps, format, (column) => [
      column('plan_id', id),
      column('criterion_id', (entry: Step) => entry.step.criterion),
      column('position', (entry) => entry.position),
      column('theme_id', (entry) => entry.step.theme),
      column('theme_name', (entry) => entry.step.themeName),
      column('level', (entry) => entry.step.level),
      column('level_name', (entry) => entry.step.levelName),
      column('level_rank', (entry) => entry.rank),
      column('year', (entry) => entry.step.year),
      column('action', (entry) => entry.step.action),
      column('statement', (entry) => entry.step.statement),
      column('guidance', (entry) => entry.step.guidance),
    ]),
  };
}
