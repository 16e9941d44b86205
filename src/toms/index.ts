export { attendeeHours } from './attendee-hours.js';
export { attributionShare } from './attribution-share.js';
export { defineFramework } from './define-framework.js';
export {
  extendFramework,
  type FrameworkChanges,
  frameworkChangesSchema,
} from './extend-framework.js';
export { fte, type Staff, staffSchema } from './fte.js';
export { fteYears } from './fte-years.js';
export { getMeasure } from './get-measure.js';
export { type ReindexOptions, reindexOptionsSchema, reindexProxies } from './reindex-proxies.js';
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
