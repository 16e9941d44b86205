import { allocateRounded } from '../core/allocate-rounded.js';
import type { Decimal } from '../core/decimal.js';
import { roundMoney } from '../core/round-money.js';
import type { Valuation, ValuationLine, YearValue } from '../valuation/types.js';
import { findingColumns, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { RowKeys, Rows, ValuationTable } from './types.js';

/** One total of a valuation's breakdowns. */
interface Total {
  readonly breakdown: 'theme' | 'value-type' | 'channel' | 'tag' | 'year';
  readonly tag: string;
  readonly key: string;
  readonly position: number;
  readonly total: Decimal;
}

/** Every total by theme, value type, channel, tag and year, in the valuation's order. */
function totalsOf(valuation: Valuation): Total[] {
  const totals: Total[] = [];
  const add = (
    breakdown: Total['breakdown'],
    record: Readonly<Record<string, Decimal>>,
    tag = '',
  ) => {
    Object.keys(record).forEach((key, position) => {
      totals.push({ breakdown, tag, key, position, total: record[key]! });
    });
  };
  add('theme', valuation.byTheme);
  add('value-type', valuation.byValueType);
  add('channel', valuation.byChannel as Readonly<Record<string, Decimal>>);
  for (const tag of Object.keys(valuation.byTag)) add('tag', valuation.byTag[tag]!, tag);
  if (valuation.byYear !== undefined) add('year', valuation.byYear);
  return totals;
}

/**
 * The tables of a valuation, under `keys.valuation`: the valuation, its lines (the pledges as
 * valued, a disbenefit's value negative), their years, every total by theme, value type,
 * channel, tag and year (net), and its warnings. Beside
 * the exact figures, `total_rounded` is the total to the penny and each line's `value_rounded`
 * its share of it by `allocateRounded`, so the rounded lines add up to the rounded total.
 * Internal.
 */
export function valuationRows(
  valuation: Valuation,
  keys: RowKeys,
  format: CellFormat,
): Rows<ValuationTable>['tables'] {
  const id = () => keys.valuation;
  // Lines rounded to the penny so that they add up to the total rounded (largest remainders).
  const rounded = allocateRounded(valuation.lines.map((line) => line.value));
  const pennies = new Map(valuation.lines.map((line, position) => [line, rounded[position]]));
  const themeNames = new Map<string, string>();
  for (const line of valuation.lines) themeNames.set(line.theme, line.themeName);
  const years = valuation.lines.flatMap((line) =>
    (line.years ?? []).map((year, position) => ({ line: line.index, position, year })),
  );
  return {
    valuations: tableOf('valuations', [valuation], format, (column) => [
      column('valuation_id', id),
      column('contract_id', () => keys.contract),
      column('framework_id', (v: Valuation) => v.framework.id),
      column('framework_edition', (v) => v.framework.edition),
      column('framework_name', (v) => v.framework.name),
      column('price_year', (v) => v.framework.priceYear),
      column('total', (v) => v.total),
      column('total_rounded', (v) => roundMoney(v.total)),
      column('benefit_total', (v) => v.benefitTotal),
      column('disbenefit_total', (v) => v.disbenefitTotal),
      column('contract_value', (v) => v.contractValue),
      column('social_value_added_ratio', (v) => v.socialValueAddedRatio),
      column('line_count', (v) => v.lines.length),
      column('summary', (v) => v.summary),
    ]),
    valuation_lines: tableOf('valuation_lines', valuation.lines, format, (column) => [
      column('valuation_id', id),
      column('line_index', (line: ValuationLine) => line.index),
      column('measure_code', (line) => line.measure),
      column('title', (line) => line.title),
      column('unit', (line) => line.unit),
      column('theme_id', (line) => line.theme),
      column('theme_name', (line) => line.themeName),
      column('value_type', (line) => line.valueType),
      column('quantity', (line) => line.quantity),
      column('attribution_share', (line) => line.attributionShare),
      column('proxy_value', (line) => line.proxyValue),
      column('value', (line) => line.value),
      column('value_rounded', (line) => pennies.get(line)),
      column('effect', (line) => line.effect),
      column('channel', (line) => line.channel),
      column('pledger_kind', (line) => line.pledgerKind),
      column('pledger', (line) => line.pledger),
      column('follow_up_on', (line) => line.followUpOn),
      column('barriers', (line) => jsonText(line.barriers ?? [])),
      column('by_year', (line) => line.years !== undefined),
      column('tags', (line) => jsonText(line.tags)),
      column('note', (line) => line.note),
    ]),
    valuation_line_years: tableOf('valuation_line_years', years, format, (column) => [
      column('valuation_id', id),
      column(
        'line_index',
        (entry: { line: number; position: number; year: YearValue }) => entry.line,
      ),
      column('year', (entry) => entry.year.year),
      column('position', (entry) => entry.position),
      column('quantity', (entry) => entry.year.quantity),
      column('value', (entry) => entry.year.value),
    ]),
    valuation_totals: tableOf('valuation_totals', totalsOf(valuation), format, (column, label) => [
      column('valuation_id', id),
      column('breakdown', (total: Total) => total.breakdown),
      column('tag', (total) => total.tag),
      column('key', (total) => total.key),
      column('position', (total) => total.position),
      column('total', (total) => total.total),
      label('theme_name', (total) =>
        total.breakdown === 'theme' ? themeNames.get(total.key) : undefined,
      ),
    ]),
    valuation_warnings: tableOf(
      'valuation_warnings',
      positioned(valuation.warnings),
      format,
      (column) => [
        column('valuation_id', id),
        ...findingColumns(column),
        column('measures', ({ item }) => jsonText(item.measures)),
        column('lines', ({ item }) => jsonText(item.lines)),
      ],
    ),
  };
}
