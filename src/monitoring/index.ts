/**
 * social-value/monitoring: delivery against pledges, portfolios, benchmarks.
 *
 * @packageDocumentation
 */

// biome-ignore-all assist/source/organizeImports: the modules are listed in the order that compresses best when an application bundles the whole library (see src/index.ts).
export { type FinancialYear, type FinancialYearOptions, financialYear } from './financial-year.js';
export {
  type DeliveryStatusInput,
  type DeliveryStatusResult,
  deliveryStatus,
  deliveryStatuses,
} from './delivery-status.js';
export { trackDelivery } from './track-delivery.js';
export {
  type PortfolioContract,
  type PortfolioContractSummary,
  type PortfolioFollowUp,
  type PortfolioOptions,
  type PortfolioShortfall,
  type PortfolioSocialValueAdded,
  type PortfolioSummary,
  type PortfolioWarning,
  summarisePortfolio,
} from './summarise-portfolio.js';
export { type LocalMultiplier, lm3 } from './lm3.js';
export {
  type BenchmarkDistribution,
  type BenchmarkPercentile,
  type SvaBenchmark,
  type SvaBenchmarkInput,
  socialValuePortalBenchmark,
} from './benchmark-table.js';
export {
  type BenchmarkOptions,
  type BenchmarkPosition,
  benchmarkSocialValueAdded,
} from './benchmark-social-value-added.js';
export { type Breakeven, type BreakevenInput, breakevenPeriod } from './breakeven-period.js';
export {
  type BudgetBaseline,
  type BudgetEntry,
  type BudgetFinding,
  type BudgetStatus,
  type BudgetTarget,
  type BudgetYear,
  type SocialValueBudget,
  type SocialValueBudgetOptions,
  socialValueBudget,
} from './social-value-budget.js';
export { type SroiInput, type SroiResult, sroiRatio } from './sroi-ratio.js';
export {
  type ValueForCostInput,
  type ValueForCostResult,
  valueForCostRatio,
} from './value-for-cost-ratio.js';
export type {
  Delivery,
  DeliveryBreakdowns,
  DeliveryFigures,
  DeliveryLine,
  DeliveryReport,
  DeliveryStatus,
  DeliveryWarning,
  DeliveryWarningCode,
  FinancialYearFigures,
  FollowUpDue,
  MonitoredFramework,
  MonitoredMeasure,
  MonitoredValuation,
  MonitoredValuationLine,
  NewPledge,
  PledgeChannel,
  PledgeEffect,
  PledgerKind,
  PledgeVariation,
  PledgeVersion,
  ProfilePeriod,
  SocialValueAddedFigures,
  SocialValueAddedSplit,
  StatusThresholds,
  TrackDeliveryOptions,
  UnpledgedDelivery,
  YearTagFigures,
} from './types.js';
