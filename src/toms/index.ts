/**
 * social-value/toms: themes, outcomes and measures (TOMs), proxy tables, counting rules.
 *
 * @packageDocumentation
 */

// biome-ignore-all assist/source/organizeImports: the modules are listed in the order that compresses best when an application bundles the whole library (see src/index.ts).
export { fteYears } from './fte-years.js';
export { attendeeHours } from './attendee-hours.js';
export { defineFramework } from './define-framework.js';
export { attributionShare } from './attribution-share.js';
export { type ReindexOptions, reindexProxies } from './reindex-proxies.js';
export {
  extendFramework,
  type FrameworkChanges,
} from './extend-framework.js';
export { fte, type Staff } from './fte.js';
export { getMeasure } from './get-measure.js';
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
