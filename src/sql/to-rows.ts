import * as z from 'zod/mini';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { idSchema, strictObject } from '../core/schemas.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';
import type { TenderEvaluation } from '../evaluation/types.js';
import type { ActionPlan, MaturityAssessment } from '../maturity/types.js';
import type { PortfolioSummary } from '../monitoring/summarise-portfolio.js';
import type { DeliveryReport } from '../monitoring/types.js';
import type { SpendAnalysis } from '../spend/types.js';
import type { Framework } from '../toms/types.js';
import type { PledgeSheetReconciliation } from '../valuation/sheet-types.js';
import type { Valuation } from '../valuation/types.js';
import { deliveryRows } from './delivery-rows.js';
import { evaluationRows } from './evaluation-rows.js';
import { frameworkRows } from './framework-rows.js';
import { oversizedKey } from './index-key.js';
import { assessmentRows, planRows } from './maturity-rows.js';
import { portfolioRows } from './portfolio-rows.js';
import { readResult } from './read-result.js';
import { reconciliationRows } from './reconciliation-rows.js';
import { spendRows } from './spend-rows.js';
import { unstorableExcerpt, unstorableText } from './storable.js';
import type { CellFormat } from './table.js';
import type { RowKeys, Rows, StoredKind, TableRows, TablesByKind, ToRowsOptions } from './types.js';
import { valuationRows } from './valuation-rows.js';

/**
 * The tables `toRows` writes for a result of type `Result`, found by its `kind`; every table
 * name (`string`) when the kind is not known at compile time (a parsed JSON snapshot).
 */
export type TableOf<Result> = Result extends {
  /** The result's kind. */
  readonly kind: infer Kind;
}
  ? Kind extends keyof TablesByKind
    ? TablesByKind[Kind]
    : string
  : string;

const optionsSchema = /* @__PURE__ */ lazy(() =>
  strictObject({
    keys: optionalSchema(
      strictObject({
        contract: optionalSchema(idSchema),
        valuation: optionalSchema(idSchema),
        reconciliation: optionalSchema(idSchema),
        evaluation: optionalSchema(idSchema),
        assessment: optionalSchema(idSchema),
        plan: optionalSchema(idSchema),
        report: optionalSchema(idSchema),
        portfolio: optionalSchema(idSchema),
        analysis: optionalSchema(idSchema),
      }),
    ),
    labels: optionalSchema(z.boolean()),
    numbers: optionalSchema(z.enum(['string', 'number'])),
  }),
);

/** The tables of any stored result (a union over the kinds). */
function tablesOf(
  result: ReturnType<typeof readResult>,
  keys: RowKeys,
  format: CellFormat,
): Readonly<Record<string, TableRows>> {
  switch (result.kind) {
    case 'framework':
      return frameworkRows(result as Framework, format);
    case 'valuation':
      return valuationRows(result as Valuation, keys, format);
    case 'pledge-sheet-reconciliation':
      return reconciliationRows(result as PledgeSheetReconciliation, keys, format);
    case 'tender-evaluation':
      return evaluationRows(result as TenderEvaluation, keys, format);
    case 'maturity-assessment':
      return assessmentRows(result as MaturityAssessment, keys, format);
    case 'action-plan':
      return planRows(result as ActionPlan, keys, format);
    case 'delivery-report':
      return deliveryRows(result as DeliveryReport, keys, format);
    case 'portfolio-summary':
      return portfolioRows(result as PortfolioSummary, keys, format);
    case 'spend-analysis':
      return spendRows(result as SpendAnalysis, keys, format);
  }
}

/**
 * Turns a result into flat rows for a database, one list per table of the reference schema
 * `sql/schema.sql` (`social-value/sql/schema.sql`): a framework's measures, a valuation's lines
 * and totals, a reconciliation's findings, a tender evaluation's bids and criterion scores, a
 * maturity assessment or action plan, a delivery report's lines, a portfolio summary, a spend
 * analysis. Exact numbers are plain decimal strings (every digit, never an
 * exponent), ready as query parameters for PostgreSQL `NUMERIC` through node-postgres or any SQL
 * client; dates are `YYYY-MM-DD`; lists and records (tags) are JSON text for `JSONB` columns.
 *
 * Results with no id of their own are stored under the id given in `options.keys`
 * (`{ keys: { valuation: 'v-2026-001' } }`). For reading rather than storing, `labels: true`
 * joins labels (theme names beside theme ids) and `numbers: 'number'` gives JS numbers (lossy)
 * for `console.table` and plotting libraries. Accepts the result or its JSON snapshot.
 *
 * @param result - A result of the library (see {@link StoredKind}) or its JSON snapshot. Its type
 * must have a stored `kind`, so another result (a what-if, a weight sensitivity) does not compile;
 * a snapshot from `JSON.parse` (`any`) is taken as it is, and one typed `unknown` is read with
 * `revive(snapshot, kind)` first.
 * @param options - Keys to store it under, labels, and how to write numbers.
 * @returns The rows of each table, parents first (insert in `Object.values(tables)` order).
 * @throws SocialValueError `invalid-input` at `result` for anything that is not a stored kind of
 * result or a valid snapshot of one, and at `options` for an unknown or bad option (a key holding
 * text PostgreSQL cannot store, at `options.keys.<name>`). At a cell
 * (`tables.framework_measures.rows[0].title`), what PostgreSQL cannot store: `invalid-input` for
 * a text holding a NUL (U+0000) or a lone surrogate, `out-of-range` for a whole number beyond
 * `INTEGER` (2,147,483,647) or a date in year 0000 (a financial year starting before year 1);
 * `invalid-input` at the longest text of a row's primary key when the key is over the 2,704
 * bytes of a PostgreSQL B-tree index entry (texts counted in UTF-8 bytes), and at
 * `options.keys.<name>` for a key over 2,692 bytes.
 *
 * @example
 * ```ts
 * import { defineFramework, valuePledges } from 'social-value';
 * import { toRows } from 'social-value/sql';
 *
 * const framework = defineFramework({
 *   id: 'toms', name: 'TOMs', edition: '2022', priceYear: 2022,
 *   themes: [{ id: 'jobs', name: 'Jobs' }],
 *   measures: [{ code: 'NT18', theme: 'jobs', title: 'Local supply chain spend', unit: '£',
 *     proxyValue: '0.963812', valueType: 'local-economic' }],
 * });
 * const valuation = valuePledges(framework, [{ measure: 'NT18', quantity: 650000 }]);
 * const { tables } = toRows(valuation, { keys: { valuation: 'v-2026-001' } });
 * tables.valuation_lines.rows[0]?.value; // => '626477.8'
 * tables.valuations.rows[0]?.valuation_id; // => 'v-2026-001'
 * const forReading = toRows(valuation, { labels: true, numbers: 'number' });
 * forReading.tables.valuation_totals.rows[0]; // => { valuation_id: null, breakdown: 'theme', tag: '', key: 'jobs', position: 0, total: 626477.8, theme_name: 'Jobs' }
 * ```
 */
export function toRows<
  Result extends {
    /** The result's kind: one that `toRows` stores. */
    readonly kind: StoredKind;
  },
>(result: Result, options?: ToRowsOptions): Rows<TableOf<Result>> {
  const read = readResult(result, ['result']);
  const settings = parseInput(optionsSchema(), options ?? {}, 'options', ['options'], zodTypeWords);
  for (const [name, key] of Object.entries(settings.keys ?? {})) {
    const reason = key === undefined ? undefined : unstorableText(key);
    if (reason !== undefined) {
      throw fieldError(
        'invalid-input',
        'Invalid options: 1 problem.',
        ['options', 'keys', name],
        `holds ${reason}: a key is stored in every row of the result; received ${unstorableExcerpt(key!)}`,
      );
    }
    // Every key but the contract's is its result's primary key, in every table of the result.
    const oversized = key === undefined || name === 'contract' ? undefined : oversizedKey(key);
    if (oversized !== undefined) {
      throw fieldError(
        'invalid-input',
        'Invalid options: 1 problem.',
        ['options', 'keys', name],
        oversized,
      );
    }
  }
  const format: CellFormat = {
    numbers: settings.numbers ?? 'string',
    labels: settings.labels ?? false,
  };
  return Object.freeze({
    kind: 'table-rows',
    schemaVersion: 1,
    resultKind: read.kind,
    tables: Object.freeze(tablesOf(read, settings.keys ?? {}, format)),
  }) as Rows<TableOf<Result>>;
}
