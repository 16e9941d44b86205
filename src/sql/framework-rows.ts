import type { Framework, Measure, Outcome, Theme } from '../toms/types.js';
import { type CellFormat, tableOf } from './table.js';
import type { FrameworkTable, Rows } from './types.js';

/** An item of a framework's child table with its position and the framework's key. */
interface Positioned<T> {
  readonly item: T;
  readonly position: number;
}

/**
 * The tables of a framework: the framework, its themes, outcomes and measures, keyed by
 * framework id and edition (one id has several editions: National TOMs 2022, 2023…). Internal.
 */
export function frameworkRows(
  framework: Framework,
  format: CellFormat,
): Rows<FrameworkTable>['tables'] {
  const id = () => framework.id;
  const edition = () => framework.edition;
  const themeNames = new Map(framework.themes.map((theme) => [theme.id, theme.name]));
  const outcomeNames = new Map(framework.outcomes.map((outcome) => [outcome.id, outcome.name]));
  const positioned = <T>(items: readonly T[]): Positioned<T>[] =>
    items.map((item, position) => ({ item, position }));
  return {
    frameworks: tableOf('frameworks', [framework], format, (column) => [
      column('framework_id', id),
      column('edition', edition),
      column('name', (f: Framework) => f.name),
      column('price_year', (f) => f.priceYear),
      column('currency', (f) => f.currency),
      column('source', (f) => f.source),
      column('extends', (f) => f.extends),
      column('reindexed_from_price_year', (f) => f.reindexed?.fromPriceYear),
      column('reindex_factor', (f) => f.reindexed?.factor),
    ]),
    framework_themes: tableOf(
      'framework_themes',
      positioned(framework.themes),
      format,
      (column) => [
        column('framework_id', id),
        column('edition', edition),
        column('theme_id', ({ item }: Positioned<Theme>) => item.id),
        column('position', ({ position }) => position),
        column('name', ({ item }) => item.name),
        column('short_name', ({ item }) => item.shortName),
      ],
    ),
    framework_outcomes: tableOf(
      'framework_outcomes',
      positioned(framework.outcomes),
      format,
      (column, label) => [
        column('framework_id', id),
        column('edition', edition),
        column('outcome_id', ({ item }: Positioned<Outcome>) => item.id),
        column('position', ({ position }) => position),
        column('theme_id', ({ item }) => item.theme),
        column('name', ({ item }) => item.name),
        label('theme_name', ({ item }) => themeNames.get(item.theme)),
      ],
    ),
    framework_measures: tableOf(
      'framework_measures',
      positioned(framework.measures),
      format,
      (column, label) => [
        column('framework_id', id),
        column('edition', edition),
        column('measure_code', ({ item }: Positioned<Measure>) => item.code),
        column('position', ({ position }) => position),
        column('theme_id', ({ item }) => item.theme),
        column('outcome_id', ({ item }) => item.outcome),
        column('title', ({ item }) => item.title),
        column('unit', ({ item }) => item.unit),
        column('proxy_value', ({ item }) => item.proxyValue),
        column('value_type', ({ item }) => item.valueType),
        column('exclusivity_group', ({ item }) => item.exclusivityGroup),
        column('max_years_per_person', ({ item }) => item.maxYearsPerPerson),
        column('proxy_edition', ({ item }) => item.edition),
        column('source', ({ item }) => item.source),
        column('provenance_change', ({ item }) => item.provenance?.change),
        column('provenance_base', ({ item }) => item.provenance?.base),
        column('provenance_base_proxy_value', ({ item }) => item.provenance?.baseProxyValue),
        label('theme_name', ({ item }) => themeNames.get(item.theme)),
        label('outcome_name', ({ item }) =>
          item.outcome === undefined ? undefined : outcomeNames.get(item.outcome),
        ),
      ],
    ),
  };
}
