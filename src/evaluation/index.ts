/**
 * social-value/evaluation: tender scoring, ranking, sensitivity.
 *
 * @packageDocumentation
 */
export { defineEvaluation } from './define-evaluation.js';
export { evaluateTenders } from './evaluate-tenders.js';
export { flagAbnormallyLow } from './flag-abnormally-low.js';
export type * from './types.js';
export { weightSensitivity } from './weight-sensitivity.js';
export { whatIf } from './what-if.js';
