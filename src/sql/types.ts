/**
 * One value of a row: text (every exact number, every date), a whole number (positions, ranks,
 * counts), a boolean, or `null` for a field the result leaves out. With `numbers: 'number'`,
 * exact numbers are JS numbers instead (lossy).
 */
export type Cell = string | number | boolean | null;

/** One row: column name to value, every column of its table present, in the table's order. */
export type Row = Readonly<Record<string, Cell>>;

/** The rows of one table. */
export interface TableRows<Name extends string = string> {
  /** The table's name in `sql/schema.sql` (`valuation_lines`). */
  readonly table: Name;
  /** Its columns, in the order of `sql/schema.sql` (label columns last, when asked for). */
  readonly columns: readonly string[];
  /** The rows, in the result's order. */
  readonly rows: readonly Row[];
}

/**
 * Ids a council stores results under. Results that have no id of their own (a valuation, a
 * delivery report…) take theirs from here; the key of a kind not stored in a call is ignored, so
 * one `keys` object can serve several calls. A key left out is `null` in the rows (the reference
 * schema then refuses them: give it to store).
 */
export interface RowKeys {
  /** The contract the result belongs to (`contract_id` of valuations and delivery reports). */
  readonly contract?: string | undefined;
  /** The id of a valuation (`valuation_id`). */
  readonly valuation?: string | undefined;
  /** The id of a pledge-sheet reconciliation (`reconciliation_id`). */
  readonly reconciliation?: string | undefined;
  /** The id of a tender evaluation (`evaluation_id`). */
  readonly evaluation?: string | undefined;
  /** The id of a maturity assessment (`assessment_id`). */
  readonly assessment?: string | undefined;
  /** The id of an action plan (`plan_id`). */
  readonly plan?: string | undefined;
  /** The id of a delivery report (`report_id`). */
  readonly report?: string | undefined;
  /** The id of a portfolio summary (`portfolio_id`). */
  readonly portfolio?: string | undefined;
  /** The id of a spend analysis (`analysis_id`). */
  readonly analysis?: string | undefined;
}

/** Options of `toRows`. */
export interface ToRowsOptions {
  /** Ids to store the result under (see {@link RowKeys}). */
  readonly keys?: RowKeys | undefined;
  /**
   * Add a label column beside ids whose label the result knows but the row does not carry
   * (`theme_name` beside a total's theme, `level_name` beside a level). For reading: labelled
   * rows have columns the reference schema does not. Default false.
   */
  readonly labels?: boolean | undefined;
  /**
   * `'string'` (default): exact numbers as plain decimal strings (`'2822946.49'`, never
   * `'1e-7'`), as PostgreSQL `NUMERIC` and any SQL client take them. `'number'`: JS numbers,
   * for `console.table` and plotting libraries; LOSSY beyond about 15 significant digits, so
   * never for storage.
   */
  readonly numbers?: 'string' | 'number' | undefined;
}

/** The kinds of result `toRows` stores. */
export type StoredKind =
  | 'framework'
  | 'valuation'
  | 'pledge-sheet-reconciliation'
  | 'tender-evaluation'
  | 'maturity-assessment'
  | 'action-plan'
  | 'delivery-report'
  | 'portfolio-summary'
  | 'spend-analysis';

/** The tables of a framework. */
export type FrameworkTable =
  | 'frameworks'
  | 'framework_themes'
  | 'framework_outcomes'
  | 'framework_measures';

/** The tables of a valuation. */
export type ValuationTable =
  | 'valuations'
  | 'valuation_lines'
  | 'valuation_line_years'
  | 'valuation_totals'
  | 'valuation_warnings';

/** The tables of a pledge-sheet reconciliation. */
export type ReconciliationTable =
  | 'pledge_sheet_reconciliations'
  | 'pledge_sheet_rows'
  | 'pledge_sheet_findings';

/** The tables of a tender evaluation. */
export type TenderEvaluationTable =
  | 'tender_evaluations'
  | 'tender_bids'
  | 'tender_disqualifications'
  | 'criterion_scores'
  | 'tender_ties';

/** The tables of a maturity assessment. */
export type MaturityAssessmentTable =
  | 'maturity_assessments'
  | 'maturity_theme_assessments'
  | 'maturity_warnings';

/** The tables of an action plan. */
export type ActionPlanTable = 'action_plans' | 'action_plan_themes' | 'action_plan_steps';

/** The tables of a delivery report. */
export type DeliveryReportTable =
  | 'delivery_reports'
  | 'delivery_lines'
  | 'delivery_unpledged'
  | 'delivery_totals'
  | 'delivery_financial_years'
  | 'delivery_warnings';

/** The tables of a portfolio summary. */
export type PortfolioSummaryTable =
  | 'portfolio_summaries'
  | 'portfolio_contracts'
  | 'portfolio_totals'
  | 'portfolio_financial_years'
  | 'portfolio_shortfalls'
  | 'portfolio_follow_ups'
  | 'portfolio_warnings';

/** The tables of a spend analysis. */
export type SpendAnalysisTable = 'spend_analyses' | 'spend_slices' | 'spend_findings';

/** The tables of each kind of result `toRows` stores. */
export interface TablesByKind {
  /** A framework's tables. */
  readonly framework: FrameworkTable;
  /** A valuation's tables. */
  readonly valuation: ValuationTable;
  /** A pledge-sheet reconciliation's tables. */
  readonly 'pledge-sheet-reconciliation': ReconciliationTable;
  /** A tender evaluation's tables. */
  readonly 'tender-evaluation': TenderEvaluationTable;
  /** A maturity assessment's tables. */
  readonly 'maturity-assessment': MaturityAssessmentTable;
  /** An action plan's tables. */
  readonly 'action-plan': ActionPlanTable;
  /** A delivery report's tables. */
  readonly 'delivery-report': DeliveryReportTable;
  /** A portfolio summary's tables. */
  readonly 'portfolio-summary': PortfolioSummaryTable;
  /** A spend analysis's tables. */
  readonly 'spend-analysis': SpendAnalysisTable;
}

/**
 * What `toRows` returns: the rows of every table of the result, by table name, in an order that
 * inserts parents before children (iterate `Object.values(tables)` to insert).
 */
export interface Rows<Name extends string = string> {
  /** Always `'table-rows'`. */
  readonly kind: 'table-rows';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The kind of the result the rows were made from. */
  readonly resultKind: StoredKind;
  /** The rows of each table, parents first. */
  readonly tables: { readonly [Table in Name]: TableRows<Table> };
}
