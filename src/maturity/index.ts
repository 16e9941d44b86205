/**
 * social-value/maturity: SVMI and staged models, assessments, action plans.
 *
 * @packageDocumentation
 */
export { assessMaturity } from './assess-maturity.js';
export { compareAssessments } from './compare-assessments.js';
export { defineMaturityModel } from './define-maturity-model.js';
export {
  type FormatAssessmentTableOptions,
  formatAssessmentTable,
} from './format-assessment-table.js';
export { type FormatPlanMarkdownOptions, formatPlanMarkdown } from './format-plan-markdown.js';
export { planActions } from './plan-actions.js';
export { portsmouthRoadmap, svmiBusiness, svmiPublicSector } from './presets.js';
export type {
  ActionPlan,
  AssessMaturityOptions,
  AssessmentBasis,
  LevelChange,
  LevelsByTheme,
  MaturityAssessment,
  MaturityComparison,
  MaturityCriterion,
  MaturityCriterionInput,
  MaturityLevel,
  MaturityLevelInput,
  MaturityModel,
  MaturityModelInput,
  MaturityModelRef,
  MaturityResponses,
  MaturityRules,
  MaturityRulesInput,
  MaturitySource,
  MaturityTheme,
  MaturityThemeInput,
  MaturityWarning,
  MaturityWarningCode,
  OverallComparison,
  OverallMaturity,
  OverallRounding,
  PlanActionsInput,
  PlanCounts,
  PlanLevel,
  PlanStep,
  PlanWarning,
  PlanWarningCode,
  PlanYear,
  ThemeAssessment,
  ThemeComparison,
  ThemePlan,
  ThemePositions,
  ThemeResponse,
  ThemeRule,
} from './types.js';
