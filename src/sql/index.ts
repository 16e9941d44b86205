/**
 * social-value/sql: results as flat rows for a database, with the reference PostgreSQL schema
 * `social-value/sql/schema.sql`.
 *
 * @packageDocumentation
 */
export { type TableOf, toRows } from './to-rows.js';
export type {
  ActionPlanTable,
  Cell,
  DeliveryReportTable,
  FrameworkTable,
  MaturityAssessmentTable,
  PortfolioSummaryTable,
  ReconciliationTable,
  Row,
  RowKeys,
  Rows,
  SpendAnalysisTable,
  StoredKind,
  TableRows,
  TablesByKind,
  TenderEvaluationTable,
  ToRowsOptions,
  ValuationTable,
} from './types.js';
