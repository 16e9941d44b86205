import Papa from 'papaparse';
import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { parseInput } from '../core/zod-error.js';
import type { Framework } from '../toms/types.js';
import type { Valuation } from '../valuation/types.js';

/** The zod schema of the options of `formatValuationCsv` (the framework is not checked here). Internal: the public input type is documented instead. */
export const formatValuationCsvOptionsSchema = z.object({
  delimiter: z.enum([',', '\t', ';']).optional(),
  money: z.enum(['exact', 'gbp']).optional(),
  total: z.boolean().optional(),
  framework: z.custom<Framework>((value) => typeof value === 'object' && value !== null).optional(),
});

/**
 * Options of `formatValuationCsv`.
 *
 * @example
 * ```ts
 * import type { FormatValuationCsvOptions } from 'social-value/csv';
 *
 * const options: FormatValuationCsvOptions = { money: 'gbp', delimiter: '\t' };
 * options.money; // => 'gbp'
 * ```
 */
export interface FormatValuationCsvOptions {
  /** The delimiter. Default `,`. */
  readonly delimiter?: ',' | '\t' | ';';
  /**
   * `exact` (default): values written as exact decimals (`626477.8`), so the file reads back
   * with the same values; `gbp`: pledged values and the total as `£626,477.80` (rounded half-up
   * to the penny, for people).
   */
  readonly money?: 'exact' | 'gbp';
  /** Add a last row with the total in the value column. Default true. */
  readonly total?: boolean;
  /** The framework valued with: themes are then written "Short: Name" rather than by id. */
  readonly framework?: Framework;
}

/**
 * Writes a valuation as a pledge sheet in CSV with papaparse: Theme, Reference, Question, Units,
 * Proxy Value, Answer, Pledged Social Value, then one column per tag key (sorted), plus
 * Attribution and Note columns when any line has them, and a Total row. Reading it back with
 * `parsePledgeSheet` gives the same measures, proxies, quantities, values and tags.
 *
 * @param valuation - A valuation from `valuePledges`.
 * @param options - Delimiter, money format, total row, framework for theme names.
 * @returns The CSV text (CRLF line ends, fields quoted where needed).
 * @throws SocialValueError `invalid-input` for bad options.
 *
 * @example
 * ```ts
 * import { defineFramework, valuePledges } from 'social-value';
 * import { formatValuationCsv, parsePledgeSheet } from 'social-value/csv';
 *
 * const framework = defineFramework({ id: 'c', name: 'C', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'social', name: 'Resilient Communities', shortName: 'Social' }],
 *   measures: [{ code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *     proxyValue: '16.09', valueType: 'social' }] });
 * const csv = formatValuationCsv(valuePledges(framework, [{ measure: 'NT29', quantity: 32 }]), { framework });
 * csv.split('\r\n')[1]; // => 'Social: Resilient Communities,NT29,Volunteering hours,hours,16.09,32,514.88'
 * parsePledgeSheet(csv).statedTotal; // => '514.88'
 * ```
 */
export function formatValuationCsv(
  valuation: Valuation,
  options: FormatValuationCsvOptions = {},
): string {
  const parsed = parseInput(formatValuationCsvOptionsSchema, options, 'options', ['options']);
  const money = (value: Decimal) => (parsed.money === 'gbp' ? formatGBP(value) : value.toString());
  const themes = new Map(
    (parsed.framework?.themes ?? []).map((theme) => [
      theme.id,
      theme.shortName === theme.name ? theme.name : `${theme.shortName}: ${theme.name}`,
    ]),
  );
  const tagKeys = [...new Set(valuation.lines.flatMap((line) => Object.keys(line.tags)))].sort();
  const attribution = valuation.lines.some((line) => !line.attribution.eq(1));
  const notes = valuation.lines.some((line) => line.note !== undefined);
  const header = [
    'Theme',
    'Reference',
    'Question',
    'Units',
    'Proxy Value',
    'Answer',
    'Pledged Social Value',
    ...tagKeys,
    ...(attribution ? ['Attribution'] : []),
    ...(notes ? ['Note'] : []),
  ];
  const rows = valuation.lines.map((line) => [
    themes.get(line.theme) ?? line.theme,
    line.measure,
    line.title,
    line.unit,
    line.proxy.toString(),
    line.quantity.toString(),
    money(line.value),
    ...tagKeys.map((key) => line.tags[key] ?? ''),
    ...(attribution ? [line.attribution.toString()] : []),
    ...(notes ? [line.note ?? ''] : []),
  ]);
  if (parsed.total ?? true) {
    const total = header.map(() => '');
    total[2] = 'Total';
    total[6] = money(valuation.total);
    rows.push(total);
  }
  return Papa.unparse([header, ...rows], {
    delimiter: parsed.delimiter ?? ',',
    newline: '\r\n',
    escapeFormulae: false,
  });
}
