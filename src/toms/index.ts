export { defineFramework } from './define-framework.js';
export { getMeasure } from './get-measure.js';
export {
  type FrameworkInput,
  frameworkInputSchema,
  type MeasureInput,
  measureSchema,
  outcomeSchema,
  themeSchema,
  valueTypeSchema,
} from './schemas.js';
export type { Framework, Measure, MeasureProvenance, Outcome, Theme, ValueType } from './types.js';
