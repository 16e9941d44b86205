/**
 * social-value/valuation: pledges, totals, social value added, reconciliation, multi-year values.
 *
 * @packageDocumentation
 */

export { createValuationAccumulator } from './create-valuation-accumulator.js';
export {
  type DiscountedYear,
  type PresentValue,
  type PresentValueOptions,
  presentValue,
  type YearSeries,
} from './present-value.js';
export { reconcilePledgeSheet } from './reconcile-pledge-sheet.js';
export type {
  FindingSeverity,
  PledgeSheetFinding,
  PledgeSheetFindingCode,
  PledgeSheetReconciliation,
  PledgeSheetRow,
  ReconciledRow,
  ReconcileOptions,
} from './sheet-types.js';
export type {
  PledgeInput,
  Valuation,
  ValuationAccumulator,
  ValuationAccumulatorOptions,
  ValuationFramework,
  ValuationLine,
  ValuationWarning,
  ValuationWarningCode,
  ValuePledgesOptions,
  YearValue,
} from './types.js';
export { valuePledges } from './value-pledges.js';
