/**
 * social-value/policy: statutory thresholds, local and national policies, weighting rules.
 *
 * @packageDocumentation
 */
export { checkWeighting } from './check-weighting.js';
export { definePolicy } from './define-policy.js';
export { policies } from './policies.js';
export { requiresSocialValue } from './requires-social-value.js';
export type {
  ContractInput,
  CriterionWeights,
  EvaluationModelLike,
  MinimumValueInput,
  ModelCriterionLike,
  Policy,
  PolicyInput,
  PolicyRule,
  PolicyRuleInput,
  ProcurementThreshold,
  RuleConditions,
  RuleConditionsInput,
  RuleEvaluation,
  RuleOutcome,
  RuleOutcomeInput,
  ScopeRequirement,
  SocialValueRequirement,
  StatutoryThresholdCheck,
  ThresholdQuery,
  ThresholdWarning,
  Weighting,
  WeightingCheck,
  WeightingFinding,
  WeightingFindingCode,
  WeightingInput,
  WeightingRequirement,
  WeightsByGroup,
} from './types.js';
export { ukProcurementThreshold } from './uk-procurement-threshold.js';
export {
  type AuthorityKind,
  authorityKinds,
  type ContractType,
  contractTypes,
  type PolicyScope,
  type Regime,
  type ThresholdLevel,
  type VatBasis,
  type WeightingBase,
} from './vocabulary.js';
