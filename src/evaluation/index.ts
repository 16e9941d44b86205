export { defineEvaluation } from './define-evaluation.js';
export { evaluateTenders } from './evaluate-tenders.js';
export { flagAbnormallyLow } from './flag-abnormally-low.js';
export type * from './types.js';
