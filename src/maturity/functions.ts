// The maturity area's functions and types, without the model presets: the root entry exports this
// module in the maturity area's place and the presets last (see src/index.ts).
export { assessMaturity } from './assess-maturity.js';
export { compareAssessments } from './compare-assessments.js';
export { defineMaturityModel } from './define-maturity-model.js';
export {
  type FormatAssessmentTableOptions,
  formatAssessmentTable,
} from './format-assessment-table.js';
export { type FormatPlanMarkdownOptions, formatPlanMarkdown } from './format-plan-markdown.js';
export { planActions } from './plan-actions.js';
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
