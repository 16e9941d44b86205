import { deliveryStatuses } from '../monitoring/delivery-status.js';
import type {
  DeliveryBreakdowns,
  DeliveryFigures,
  DeliveryStatus,
  FinancialYearFigures,
  SocialValueAddedFigures,
} from '../monitoring/types.js';
import { type Column, type ColumnMaker, jsonText } from './table.js';

/** The ten £ figures of delivery as columns, `prefix` before each name (`value_`). Internal. */
export function figureColumns<T>(
  column: ColumnMaker<T>,
  figures: (item: T) => DeliveryFigures | undefined,
  prefix = '',
): Column<T>[] {
  return [
    column(`${prefix}pledged`, (item) => figures(item)?.pledged),
    column(`${prefix}expected`, (item) => figures(item)?.expected),
    column(`${prefix}delivered`, (item) => figures(item)?.delivered),
    column(`${prefix}verified`, (item) => figures(item)?.verified),
    column(`${prefix}claimed`, (item) => figures(item)?.claimed),
    column(`${prefix}unpledged`, (item) => figures(item)?.unpledged),
    column(`${prefix}shortfall`, (item) => figures(item)?.shortfall),
    column(`${prefix}shortfall_to_date`, (item) => figures(item)?.shortfallToDate),
    column(`${prefix}delivery_ratio`, (item) => figures(item)?.deliveryRatio),
    column(`${prefix}progress_ratio`, (item) => figures(item)?.progressRatio),
  ];
}

/** How many pledge lines have each status, one column per status (`at_risk_count`). Internal. */
export function statusColumns<T>(
  column: ColumnMaker<T>,
  counts: (item: T) => Readonly<Record<DeliveryStatus, number>>,
): Column<T>[] {
  return deliveryStatuses.map((status) =>
    column(`${status.replaceAll('-', '_')}_count`, (item) => counts(item)[status]),
  );
}

/** Social value added, pledged and delivered, as columns (null when unknown). Internal. */
export function socialValueAddedColumns<T>(
  column: ColumnMaker<T>,
  figures: (item: T) => SocialValueAddedFigures | undefined,
): Column<T>[] {
  return [
    column('contract_value', (item) => figures(item)?.contractValue),
    column('pledged_social_ratio', (item) => figures(item)?.pledged.socialRatio),
    column('pledged_local_economic_ratio', (item) => figures(item)?.pledged.localEconomicRatio),
    column('pledged_combined_ratio', (item) => figures(item)?.pledged.combinedRatio),
    column('delivered_social_ratio', (item) => figures(item)?.delivered.socialRatio),
    column('delivered_local_economic_ratio', (item) => figures(item)?.delivered.localEconomicRatio),
    column('delivered_combined_ratio', (item) => figures(item)?.delivered.combinedRatio),
  ];
}

/** One row of the totals of a report or portfolio. Internal. */
export interface BreakdownTotal {
  /** `total` (the whole), `theme`, `value-type`, `channel`, `effect` or `tag`. */
  readonly breakdown: 'total' | 'theme' | 'value-type' | 'channel' | 'effect' | 'tag';
  /** The tag's name for a tag total, else `''`. */
  readonly tag: string;
  /** The theme id, value type, channel, effect or tag value; `''` for the whole. */
  readonly key: string;
  /** The position in its breakdown. */
  readonly position: number;
  /** The figures. */
  readonly figures: DeliveryFigures;
}

/**
 * The whole and every breakdown by theme, value type, channel, effect (when the result has a
 * disbenefit) and tag, in the result's order. Internal.
 */
export function breakdownTotals(result: DeliveryBreakdowns): BreakdownTotal[] {
  const totals: BreakdownTotal[] = [
    { breakdown: 'total', tag: '', key: '', position: 0, figures: result.totals },
  ];
  const add = (
    breakdown: BreakdownTotal['breakdown'],
    record: Readonly<Record<string, DeliveryFigures>> | undefined,
    tag = '',
  ) => {
    Object.keys(record ?? {}).forEach((key, position) => {
      totals.push({ breakdown, tag, key, position, figures: record![key]! });
    });
  };
  add('theme', result.byTheme);
  add('value-type', result.byValueType);
  add('channel', result.byChannel);
  add('effect', result.byEffect);
  for (const tag of Object.keys(result.byTag)) add('tag', result.byTag[tag]!, tag);
  return totals;
}

/** The columns of a totals table after its owner's key, with the theme name as a label. Internal. */
export function breakdownColumns(
  column: ColumnMaker<BreakdownTotal>,
  label: ColumnMaker<BreakdownTotal>,
  themeNames: ReadonlyMap<string, string>,
): Column<BreakdownTotal>[] {
  return [
    column('breakdown', (total) => total.breakdown),
    column('tag', (total) => total.tag),
    column('key', (total) => total.key),
    column('position', (total) => total.position),
    ...figureColumns(column, (total) => total.figures),
    label('theme_name', (total) =>
      total.breakdown === 'theme' ? themeNames.get(total.key) : undefined,
    ),
  ];
}

/** The columns of a financial-years table after its owner's key. Internal. */
export function financialYearColumns(
  column: ColumnMaker<FinancialYearFigures>,
): Column<FinancialYearFigures>[] {
  return [
    column('year', (year) => year.year),
    column('start_date', (year) => year.start),
    column('end_date', (year) => year.end),
    column('expected', (year) => year.expected),
    column('delivered', (year) => year.delivered),
    column('verified', (year) => year.verified),
    column('claimed', (year) => year.claimed),
    column('unpledged', (year) => year.unpledged),
    column('delivery_ratio', (year) => year.deliveryRatio),
    column('pledged', (year) => year.pledged),
    column('by_tag', (year) => jsonText(year.byTag)),
  ];
}
