/**
 * social-value: exact, explained social value for UK public procurement.
 *
 * The main entry groups the library by area; the CSV helpers live in `social-value/csv`.
 *
 * @packageDocumentation
 */

// biome-ignore-all assist/source/organizeImports: the maturity models are exported last (below).

// Core: exact numbers, rounding and formatting, errors.
export * from './core/index.js';
// Evaluation: tender scoring, ranking, sensitivity.
export * from './evaluation/index.js';
// Maturity: SVMI and staged models, assessments, action plans (the models themselves last).
export * from './maturity/functions.js';
// Monitoring: delivery against pledges, portfolios, benchmarks.
export * from './monitoring/index.js';
// Policy: statutory thresholds, local policies, weighting rules.
export * from './policy/index.js';
// Snapshots: any stored result back into the live object.
export { revive, type SnapshotKind, type SnapshotKinds } from './revive.js';
// Spend: payment ledgers, local and supplier-type spend, local multipliers.
export * from './spend/index.js';
// TOMs: themes, outcomes, measures, proxy tables, counting rules.
export * from './toms/index.js';
// Valuation: pledges, totals, social value added, reconciliation, multi-year values.
export * from './valuation/index.js';
// The SVMI and Portsmouth models: exported last so that a bundle of the whole library places their
// texts (about 50 kB minified) after all of its code, where they do not stand between modules that
// gzip could otherwise match against each other (0.3 kB gzip smaller; scripts/size.mjs).
export { portsmouthRoadmap, svmiBusiness, svmiPublicSector } from './maturity/presets.js';
