import type { PledgeSheetReconciliation, ReconciledRow } from '../valuation/sheet-types.js';
import { findingColumns, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { ReconciliationTable, RowKeys, Rows } from './types.js';

/**
 * The tables of a pledge-sheet reconciliation, under `keys.reconciliation`: its totals, every
 * row as reconciled and every finding. Internal.
 */
export function reconciliationRows(
  reconciliation: PledgeSheetReconciliation,
  keys: RowKeys,
  format: CellFormat,
): Rows<ReconciliationTable>['tables'] {
  const id = () => keys.reconciliation;
  return {
    pledge_sheet_reconciliations: tableOf(
      'pledge_sheet_reconciliations',
      [reconciliation],
      format,
      (column) => [
        column('reconciliation_id', id),
        column('ok', (r: PledgeSheetReconciliation) => r.ok),
        column('stated_total', (r) => r.statedTotal),
        column('stated_rows_total', (r) => r.statedRowsTotal),
        column('stated_total_matches_rows', (r) => r.statedTotalMatchesRows),
        column('computed_total', (r) => r.computedTotal),
        column('corrected_total', (r) => r.correctedTotal),
        column('correction', (r) => r.correction),
        column('summary', (r) => r.summary),
      ],
    ),
    pledge_sheet_rows: tableOf(
      'pledge_sheet_rows',
      reconciliation.rows.map((row, position) => ({ row, position })),
      format,
      (column) => [
        column('reconciliation_id', id),
        column('position', (entry: { row: ReconciledRow; position: number }) => entry.position),
        column('row_number', (entry) => entry.row.row),
        column('measure_code', (entry) => entry.row.measure),
        column('computed', (entry) => entry.row.computed),
        column('stated', (entry) => entry.row.stated),
        column('corrected', (entry) => entry.row.corrected),
        column('finding_codes', (entry) => jsonText(entry.row.findingCodes)),
      ],
    ),
    pledge_sheet_findings: tableOf(
      'pledge_sheet_findings',
      positioned(reconciliation.findings),
      format,
      (column) => [
        column('reconciliation_id', id),
        ...findingColumns(column),
        column('row_number', ({ item }) => item.row),
        column('measure_code', ({ item }) => item.measure),
        column('expected', ({ item }) => item.expected),
        column('stated', ({ item }) => item.stated),
        column('difference', ({ item }) => item.difference),
        column('implied_proxy', ({ item }) => item.impliedProxy),
        column('scale', ({ item }) => item.scale),
      ],
    ),
  };
}
