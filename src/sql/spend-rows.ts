import type { Decimal } from '../core/decimal.js';
import type { SpendAnalysis, SpendPart, SpendSlice } from '../spend/types.js';
import { findingColumns, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { RowKeys, Rows, SpendAnalysisTable } from './types.js';

/** One slice of the spend, by location, supplier type, department, financial year or ward. */
interface Slice {
  readonly breakdown:
    | 'location'
    | 'supplier-type'
    | 'department'
    | 'without-department'
    | 'financial-year'
    | 'ward'
    | 'without-ward';
  readonly key: string;
  readonly position: number;
  readonly amount: Decimal;
  readonly paymentCount: number;
  readonly share: Decimal | null;
  readonly localSpend?: Decimal;
  readonly localShare?: Decimal | null;
  readonly reason: string;
}

/** Every slice of an analysis, in the result's order. */
function slicesOf(analysis: SpendAnalysis): Slice[] {
  const slices: Slice[] = [];
  const add = (
    breakdown: Slice['breakdown'],
    record: Readonly<Record<string, SpendPart | SpendSlice>>,
  ) => {
    Object.keys(record).forEach((key, position) => {
      slices.push({ breakdown, key, position, ...record[key]! });
    });
  };
  add('location', analysis.byLocation);
  add('supplier-type', analysis.bySupplierType);
  add('department', analysis.byDepartment);
  slices.push({
    breakdown: 'without-department',
    key: '',
    position: 0,
    ...analysis.withoutDepartment,
  });
  add('financial-year', analysis.byFinancialYear);
  add('ward', analysis.byWard);
  slices.push({ breakdown: 'without-ward', key: '', position: 0, ...analysis.withoutWard });
  return slices;
}

/**
 * The tables of a spend analysis, under `keys.analysis`: the headline figures, every slice of
 * the spend (by location, supplier type, department, financial year and ward) and the postcode
 * findings. Internal.
 */
export function spendRows(
  analysis: SpendAnalysis,
  keys: RowKeys,
  format: CellFormat,
): Rows<SpendAnalysisTable>['tables'] {
  return {
    spend_analyses: tableOf('spend_analyses', [analysis], format, (column) => [
      column('analysis_id', () => keys.analysis),
      column('locality', (a: SpendAnalysis) => (a.locality === null ? null : jsonText(a.locality))),
      column('locality_name', (a) => a.localityName),
      column('payment_count', (a) => a.paymentCount),
      column('total', (a) => a.total),
      column('local_spend', (a) => a.localSpend),
      column('local_share', (a) => a.localShare),
      column('summary', (a) => a.summary),
    ]),
    spend_slices: tableOf('spend_slices', slicesOf(analysis), format, (column) => [
      column('analysis_id', () => keys.analysis),
      column('breakdown', (slice: Slice) => slice.breakdown),
      column('key', (slice) => slice.key),
      column('position', (slice) => slice.position),
      column('amount', (slice) => slice.amount),
      column('payment_count', (slice) => slice.paymentCount),
      column('share', (slice) => slice.share),
      column('local_spend', (slice) => slice.localSpend),
      column('local_share', (slice) => slice.localShare),
      column('reason', (slice) => slice.reason),
    ]),
    spend_findings: tableOf('spend_findings', positioned(analysis.findings), format, (column) => [
      column('analysis_id', () => keys.analysis),
      ...findingColumns(column),
      column('row_number', ({ item }) => item.row),
      column('supplier', ({ item }) => item.supplier),
      column('postcode', ({ item }) => item.postcode),
    ]),
  };
}
