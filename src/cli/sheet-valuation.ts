// A pledge sheet valued with its own proxies: toFramework + toPledges + valuePledges, as the
// pledge-sheet guide does. Shared by `value` and `track`.
import { type Framework, type Valuation, valuePledges } from 'social-value';
import { toFramework, toPledges } from 'social-value/csv';
import type { SheetRead } from './read-sheet.js';
import { type FlagPaths, withSources } from './sources.js';

/** Options of a sheet's valuation. */
export interface SheetValuationOptions {
  /** The contract value in pounds, as a decimal string. */
  readonly contractValue?: string | undefined;
  /** The price year of the sheet's proxies (default: the current year). */
  readonly priceYear?: number | undefined;
}

/** The framework made from a sheet's proxies and the valuation of its answers. */
export function valueSheet(
  sheet: SheetRead,
  options: SheetValuationOptions,
): { framework: Framework; valuation: Valuation } {
  return withSources([sheet.source], () => valueRows(sheet, options), SHEET_FLAGS);
}

/** The flags `value` and `track` pass to a sheet's valuation. */
const SHEET_FLAGS: FlagPaths = {
  'options.contractValue': '--contract-value',
  'meta.priceYear': '--price-year',
};

function valueRows(
  sheet: SheetRead,
  options: SheetValuationOptions,
): { framework: Framework; valuation: Valuation } {
  const framework = toFramework(sheet.rows, {
    id: sheet.name,
    name: `the proxy values of ${sheet.fileName}`,
    edition: 'sheet',
    priceYear: options.priceYear ?? new Date().getUTCFullYear(),
  });
  const valuation = valuePledges(
    framework,
    toPledges(sheet.rows),
    options.contractValue === undefined ? undefined : { contractValue: options.contractValue },
  );
  return { framework, valuation };
}
