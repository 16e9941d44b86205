import type { DeliveryLine, DeliveryReport, UnpledgedDelivery } from '../monitoring/types.js';
import {
  breakdownColumns,
  breakdownTotals,
  figureColumns,
  financialYearColumns,
  socialValueAddedColumns,
  statusColumns,
} from './delivery-figures.js';
import { findingColumns, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { DeliveryReportTable, RowKeys, Rows } from './types.js';

/**
 * The tables of a delivery report, under `keys.report`: the report, each pledge line's
 * progress, deliveries nobody pledged (by measure and channel), the totals (whole, by theme,
 * value type, channel, effect and tag), the financial years and the warnings (none when the
 * report has no `warnings`). Internal.
 */
export function deliveryRows(
  report: DeliveryReport,
  keys: RowKeys,
  format: CellFormat,
): Rows<DeliveryReportTable>['tables'] {
  const id = () => keys.report;
  const themeNames = new Map<string, string>();
  for (const entry of [...report.lines, ...report.unpledged]) {
    if (entry.themeName !== undefined) themeNames.set(entry.theme, entry.themeName);
  }
  return {
    delivery_reports: tableOf('delivery_reports', [report], format, (column) => [
      column('report_id', id),
      column('contract_id', () => keys.contract),
      column('framework_id', (r: DeliveryReport) => r.framework?.id),
      column('framework_edition', (r) => r.framework?.edition),
      column('framework_name', (r) => r.framework?.name),
      column('price_year', (r) => r.framework?.priceYear),
      column('as_of', (r) => r.asOf),
      column('period_start', (r) => r.period?.start),
      column('period_end', (r) => r.period?.end),
      column('counting', (r) => r.count),
      column('financial_year_start_month', (r) => r.financialYearStartMonth),
      column('later_delivery_count', (r) => r.laterDeliveryCount),
      column('line_count', (r) => r.lines.length),
      ...statusColumns(column, (r) => r.statusCounts),
      ...socialValueAddedColumns(column, (r) => r.socialValueAdded),
      column('summary', (r) => r.summary),
    ]),
    delivery_lines: tableOf('delivery_lines', report.lines, format, (column) => [
      column('report_id', id),
      column('line_index', (line: DeliveryLine) => line.index),
      column('measure_code', (line) => line.measure),
      column('title', (line) => line.title),
      column('unit', (line) => line.unit),
      column('theme_id', (line) => line.theme),
      column('theme_name', (line) => line.themeName),
      column('value_type', (line) => line.valueType),
      column('tags', (line) => jsonText(line.tags)),
      column('proxy_value', (line) => line.proxyValue),
      column('attribution_share', (line) => line.attributionShare),
      column('unit_value', (line) => line.unitValue),
      column('pledged', (line) => line.pledged),
      column('commitment', (line) => line.commitment),
      column('expected', (line) => line.expected),
      column('delivered', (line) => line.delivered),
      column('verified', (line) => line.verified),
      column('claimed', (line) => line.claimed),
      column('progress_ratio', (line) => line.progressRatio),
      column('delivery_ratio', (line) => line.deliveryRatio),
      column('status', (line) => line.status),
      column('delivery_count', (line) => line.deliveryCount),
      ...figureColumns(column, (line) => line.value, 'value_'),
      column('history', (line) => jsonText(line.history)),
      column('reason', (line) => line.reason),
      column('origin', (line) => line.origin),
      column('effect', (line) => line.effect),
      column('channel', (line) => line.channel),
      column('pledger_kind', (line) => line.pledgerKind),
      column('pledger', (line) => line.pledger),
      column('follow_up_on', (line) => line.followUpOn),
      column('barriers', (line) => jsonText(line.barriers ?? [])),
    ]),
    delivery_unpledged: tableOf('delivery_unpledged', report.unpledged, format, (column) => [
      column('report_id', id),
      column('measure_code', (entry: UnpledgedDelivery) => entry.measure),
      column('title', (entry) => entry.title),
      column('unit', (entry) => entry.unit),
      column('theme_id', (entry) => entry.theme),
      column('theme_name', (entry) => entry.themeName),
      column('value_type', (entry) => entry.valueType),
      column('proxy_value', (entry) => entry.proxyValue),
      column('quantity', (entry) => entry.quantity),
      column('verified', (entry) => entry.verified),
      column('claimed', (entry) => entry.claimed),
      column('value', (entry) => entry.value),
      column('delivery_count', (entry) => entry.deliveryCount),
      column('channel', (entry) => entry.channel),
      column('effect', (entry) => entry.effect ?? 'benefit'),
    ]),
    delivery_totals: tableOf(
      'delivery_totals',
      breakdownTotals(report),
      format,
      (column, label) => [column('report_id', id), ...breakdownColumns(column, label, themeNames)],
    ),
    delivery_financial_years: tableOf(
      'delivery_financial_years',
      report.byFinancialYear,
      format,
      (column) => [column('report_id', id), ...financialYearColumns(column)],
    ),
    delivery_warnings: tableOf(
      'delivery_warnings',
      positioned(report.warnings ?? []),
      format,
      (column) => [
        column('report_id', id),
        ...findingColumns(column),
        column('lines', ({ item }) => jsonText(item.lines)),
      ],
    ),
  };
}
