/**
 * social-value/policy: policy: statutory thresholds, local policies, weighting rules.
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
  Policy,
  PolicyInput,
  PolicyRule,
  PolicyRuleInput,
  ProcurementThreshold,
  RuleConditionsInput,
  RuleEvaluation,
  RuleOutcomeInput,
  ScopeRequirement,
  SocialValueRequirement,
  StatutoryThresholdCheck,
  ThresholdQuery,
  Weighting,
  WeightingCheck,
  WeightingFinding,
  WeightingInput,
  WeightingRequirement,
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
