/**
 * social-value/toms: themes, outcomes and measures (TOMs), proxy tables, counting rules.
 *
 * @packageDocumentation
 */
export { attendeeHours } from './attendee-hours.js';
export { attributionShare } from './attribution-share.js';
export { defineFramework } from './define-framework.js';
export {
  extendFramework,
  type FrameworkChanges,
} from './extend-framework.js';
export { fte, type Staff } from './fte.js';
export { fteYears } from './fte-years.js';
export { getMeasure } from './get-measure.js';
export { type ReindexOptions, reindexProxies } from './reindex-proxies.js';
export type {
  Framework,
  FrameworkInput,
  Measure,
  MeasureInput,
  MeasureProvenance,
  MeasureProvenanceInput,
  Outcome,
  Theme,
  ThemeInput,
} from './types.js';
