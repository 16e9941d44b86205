// A pledge sheet valued with its own proxies: toFramework + toPledges + valuePledges, as the
// pledge-sheet guide does. Shared by `value` and `track`.
import { type Framework, type Valuation, valuePledges } from 'social-value';
import { toFramework, toPledges } from 'social-value/csv';
import { CliError, isCliError } from './cli-error.js';
import { shortList } from './figures.js';
import { type SheetRead, unreadText } from './read-sheet.js';
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
  try {
    return withSources([sheet.source], () => valueRows(sheet, options), SHEET_FLAGS);
  } catch (error) {
    // A cell the reader could not read (a decimal comma, a formula's text) is left blank, and a
    // blank proxy or answer is what the valuation then refuses: say so, with the cells.
    if (!isCliError(error)) throw error;
    // The cells of the lines the error names first.
    const named = [...error.message.matchAll(/ line (\d+): /g)].map((found) => `Line ${found[1]},`);
    const first = (message: string) => (named.some((line) => message.startsWith(line)) ? 0 : 1);
    const unread = sheet.problems
      .filter((problem) => problem.severity === 'error')
      .sort((a, b) => first(a.message) - first(b.message));
    if (unread.length === 0) throw error;
    throw new CliError(
      `${error.message.replace(/\n$/, '')}\n${unreadText(unread, sheet)}, which may be why:${shortList(unread.map((problem) => problem.message))}`,
      error.code,
    );
  }
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
