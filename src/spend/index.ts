/**
 * social-value/spend: payment ledgers, local and supplier-type spend, local multipliers, impact
 * assessments before procurement.
 *
 * @packageDocumentation
 */

// biome-ignore-all assist/source/organizeImports: the modules are listed in the order that compresses best when an application bundles the whole library (see src/index.ts).
export { impactDimensions, mitigationChanges } from './impact-vocabulary.js';
export { type SupplierType, supplierTypes } from './supplier-types.js';
export { assessImpact } from './assess-impact.js';
export { defineSpendMultiplier } from './define-spend-multiplier.js';
export { analyseSpend } from './analyse-spend.js';
export { estimateLocalImpact } from './estimate-local-impact.js';
export type {
  AssessedImpact,
  AssessedMitigation,
  AssessImpactInput,
  ImpactAssessment,
  ImpactDimension,
  ImpactDirection,
  ImpactFinding,
  ImpactFindingCode,
  ImpactFramework,
  ImpactInput,
  ImpactPosition,
  ImpactPositionName,
  MitigationChange,
  MitigationInput,
} from './impact-types.js';
export type {
  EstimateLocalImpactOptions,
  LocalImpactEstimate,
  LocalImpactFinding,
  LocalImpactLine,
  MultiplierBase,
  SpendMultiplier,
  SpendMultiplierInput,
} from './multiplier-types.js';
export type {
  AnalyseSpendOptions,
  Locality,
  PaymentInput,
  SpendAnalysis,
  SpendFinding,
  SpendFindingCode,
  SpendLocation,
  SpendPart,
  SpendSlice,
} from './types.js';
