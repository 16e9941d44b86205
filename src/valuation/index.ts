/**
 * social-value/valuation: pledges, totals, social value added, reconciliation, multi-year values.
 *
 * @packageDocumentation
 */

export { createValuationAccumulator } from './create-valuation-accumulator.js';
export type { DiscountScheduleId } from './data/discount-schedules.js';
export type { DiscountBand, DiscountSchedule } from './discount-schedule.js';
export {
  type DiscountedYear,
  type DiscountTiming,
  type PresentValue,
  type PresentValueOptions,
  type PresentValueWarning,
  type PresentValueWarningCode,
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
  PledgeChannel,
  PledgeEffect,
  PledgeInput,
  PledgerKind,
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
