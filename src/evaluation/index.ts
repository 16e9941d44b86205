/**
 * social-value/evaluation: evaluation: tender scoring, ranking, sensitivity.
 *
 * @packageDocumentation
 */
export { defineEvaluation } from './define-evaluation.js';
export { evaluateTenders } from './evaluate-tenders.js';
export { flagAbnormallyLow } from './flag-abnormally-low.js';
export type * from './types.js';
export {
  type CriterionSensitivity,
  type WeightSensitivity,
  weightSensitivity,
} from './weight-sensitivity.js';
export { type WhatIfChanges, type WhatIfMove, type WhatIfResult, whatIf } from './what-if.js';
