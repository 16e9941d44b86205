/**
 * social-value: exact, explained social value for UK public procurement.
 *
 * The main entry groups the library by area; the CSV helpers live in `social-value/csv`.
 *
 * @packageDocumentation
 */

// biome-ignore-all assist/source/organizeImports: the order of the areas below is the order in which a bundler places their code.
// The areas are listed in the order that compresses best when an application bundles the whole
// library: gzip matches text only within 32 kB, so code that repeats other code should follow it
// closely (measured with scripts/size.mjs; docs/performance.md has what each reordering gained,
// and the order must be measured again when an area grows). The order changes nothing else:
// every module is free of side effects. The monitoring, spend and toms entries list their
// modules in such an order too, and `revive` its areas' snapshot readers.

// Core: exact numbers, rounding and formatting, errors.
export * from './core/index.js';
// Monitoring: delivery against pledges, portfolios, benchmarks.
export * from './monitoring/index.js';
// TOMs: themes, outcomes, measures, proxy tables, counting rules.
export * from './toms/index.js';
// Valuation: pledges, totals, social value added, reconciliation, multi-year values.
export * from './valuation/index.js';
// Spend: payment ledgers, local and supplier-type spend, local multipliers.
export * from './spend/index.js';
// Maturity: SVMI and staged models, assessments, action plans (the models themselves last).
export * from './maturity/functions.js';
// Evaluation: tender scoring, ranking, sensitivity.
export * from './evaluation/index.js';
// Snapshots: any stored result back into the live object.
export { revive, type SnapshotKind, type SnapshotKinds } from './revive.js';
// Policy: statutory thresholds, local policies, weighting rules.
export * from './policy/index.js';
// The SVMI and Portsmouth models last, so that their texts (about 50 kB minified) come after all
// of the code rather than between modules that gzip could otherwise match against each other.
export { portsmouthRoadmap, svmiBusiness, svmiPublicSector } from './maturity/presets.js';
