import Papa from 'papaparse';
import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { expectedSchema } from '../core/expected-schema.js';
import { fieldError } from '../core/issue.js';
import { strictObject } from '../core/schemas.js';
import { didYouMean } from '../core/suggest.js';
import { byCodeUnits } from '../core/text.js';
import { gbpText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';
import { readFramework } from '../toms/read-framework.js';
import type { Framework, FrameworkInput } from '../toms/types.js';
import { readValuation } from '../valuation/snapshots.js';
import type { Valuation, ValuationLine } from '../valuation/types.js';
import { neutraliseFormula, neutraliseText } from './formula-cells.js';
import { knownColumnOf } from './header-mapping.js';
import type { PledgeSheetColumn } from './types.js';

const DELIMITERS: readonly string[] = [',', '\t', ';'];
/** The delimiters by name, in lower case, as an option may write them (and a tab as `\t`). */
const NAMED = new Map([
  ['comma', ','],
  ['tab', '\t'],
  ['\\t', '\t'],
  ['semicolon', ';'],
]);

/**
 * One of the three delimiters (`expected one of ",", "\t", ";", received "|"`), guessing only
 * the one a name stands for (`"tab"`): a character is one slip from each of them, and `-`, `_`
 * or a space is the tab but for spacing, to the library's suggestions.
 */
const delimiterSchema = /* @__PURE__ */ expectedSchema<',' | '\t' | ';'>(
  (value) => DELIMITERS.includes(value as string),
  () => `one of ${DELIMITERS.map((value) => describeValue(value)).join(', ')}`,
  (input) => {
    const meant = typeof input === 'string' ? NAMED.get(input.toLowerCase()) : undefined;
    return describeValue(input) + didYouMean(meant === undefined ? [] : [meant]);
  },
);

const optionsSchema = /* @__PURE__ */ strictObject({
  delimiter: /* @__PURE__ */ optionalSchema(delimiterSchema),
  money: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.enum(['exact', 'gbp'])),
  total: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.boolean()),
  framework: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.unknown()),
  neutraliseFormulas: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.boolean()),
});

/** Options of `formatValuationCsv`. */
export interface FormatValuationCsvOptions {
  /**
   * The delimiter: `,` (default), a tab or `;`. Another is `invalid-input`, guessing only the one
   * it names (`'tab'`).
   */
  readonly delimiter?: ',' | '\t' | ';' | undefined;
  /**
   * `exact` (default): values written as exact decimals (`626477.8`), so the file reads back
   * with the same values; `gbp`: pledged values and the total as `£626,477.80` (rounded half-up
   * to the penny, for people).
   */
  readonly money?: 'exact' | 'gbp' | undefined;
  /** Add a last row with the total in the value column. Default true. */
  readonly total?: boolean | undefined;
  /**
   * The framework valued with (another id or edition is refused): themes are then written
   * "Short: Name" rather than by name. A framework input (as `defineFramework` takes it) is
   * validated as `defineFramework` would.
   */
  readonly framework?: Framework | FrameworkInput | undefined;
  /**
   * Default true: a text cell a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`,
   * a tab, NUL, a carriage return or a line feed, as OWASP lists them, or the full-width `＝`,
   * `＋`, `－`, `＠` that East-Asian spreadsheets read the same way) is written with a leading
   * `'`; figures that are numbers (`-5`, `1e3`, `-£12.50` in the proxy, answer, value and share
   * columns and in tags) are left as they are, while other text that reads as one (a reference
   * `+1`, a header) gets the `'` too. `parsePledgeSheet`
   * takes the `'` off again (one, so a text that itself starts `'=` reads back as written).
   * `false` writes every cell as it is: only for files no spreadsheet will open.
   */
  readonly neutraliseFormulas?: boolean | undefined;
}

/**
 * Writes a valuation as a pledge sheet in CSV with papaparse: Theme, Reference, Question, Units,
 * Proxy Value, Answer, Pledged Social Value, then one column per tag name (code-unit order),
 * plus Attribution Share (when a line's share is not 1), Effect, Channel, Pledger Kind, Pledger,
 * Follow-up On, Barriers (joined by `; `) and Note columns when any line has them, and a Total
 * row (the net total). A tag named like one of those columns (`Attribution Share`, `Effect`,
 * `Pledge Channel`) brings that column, written before the tags, so the tag is read back as a
 * tag and never as the line's share, effect or channel. A disbenefit's value is written
 * negative. Reading it back with `parsePledgeSheet` gives the same measures, proxies,
 * quantities, attribution shares, values, tags, effects and channels, so `valuePledges` of
 * `toPledges` of its rows gives the same lines and total.
 * Text that a spreadsheet would run as a formula is neutralised (see
 * {@link FormatValuationCsvOptions.neutraliseFormulas}).
 *
 * @param valuation - A valuation from `valuePledges`, or its JSON form (`JSON.parse` of a stored
 * one), validated first.
 * @param options - Delimiter, money format, total row, framework for theme names, formulas.
 * @returns The CSV text (CRLF line ends, fields quoted where needed).
 * @throws SocialValueError `invalid-input` for something that is not a valuation (path
 * `valuation…`) or bad options (path `options…`).
 *
 * @example
 * ```ts
 * import { defineFramework, valuePledges } from 'social-value';
 * import { formatValuationCsv, parsePledgeSheet, toPledges } from 'social-value/csv';
 *
 * const framework = defineFramework({ id: 'c', name: 'C', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'social', name: 'Resilient Communities', shortName: 'Social' }],
 *   measures: [{ code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *     proxyValue: '16.09', valueType: 'social' }] });
 * const valuation = valuePledges(framework, [{ measure: 'NT29', quantity: 32, tags: { note: '=1+1' } }]);
 * const csv = formatValuationCsv(valuation, { framework });
 * csv.split('\r\n')[1]; // => "Social: Resilient Communities,NT29,Volunteering hours,hours,16.09,32,514.88,'=1+1"
 * parsePledgeSheet(csv).rows[0]?.tags; // => { note: '=1+1' }
 * formatValuationCsv(JSON.parse(JSON.stringify(valuation))) === formatValuationCsv(valuation); // => true
 *
 * // Half the hours credited to this contract: 32 × £16.09 × 0.5 = £257.44, read back as such.
 * const shared = valuePledges(framework, [{ measure: 'NT29', quantity: 32, attributionShare: '0.5' }]);
 * formatValuationCsv(shared).split('\r\n')[1]; // => 'Resilient Communities,NT29,Volunteering hours,hours,16.09,32,257.44,0.5'
 * valuePledges(framework, toPledges(parsePledgeSheet(formatValuationCsv(shared)).rows)).total; // => '257.44'
 * ```
 */
export function formatValuationCsv(
  valuation: Valuation,
  options?: FormatValuationCsvOptions,
): string {
  const checked = readValuation(valuation, ['valuation']);
  const parsed = parseInput(optionsSchema, options ?? {}, 'options', ['options'], zodTypeWords);
  const framework =
    parsed.framework === undefined
      ? undefined
      : readFramework(parsed.framework, ['options', 'framework']);
  // Another framework's theme names would be written as this valuation's.
  const valuedWith = checked.framework;
  if (
    framework !== undefined &&
    (framework.id !== valuedWith.id || framework.edition !== valuedWith.edition)
  ) {
    throw fieldError(
      'invalid-input',
      'Invalid options: 1 problem.',
      ['options', 'framework'],
      `expected the framework the valuation was valued with (${valuedWith.id} ${valuedWith.edition}), received ${framework.id} ${framework.edition}`,
    );
  }
  // Plain notation, every digit (1e-40 as 0.0000…1, as a CLI's CSV and a spreadsheet write it).
  const money = (value: Decimal) => (parsed.money === 'gbp' ? gbpText(value) : exactText(value));
  const themes = new Map(
    (framework?.themes ?? []).map((theme) => [
      theme.id,
      theme.shortName === theme.name ? theme.name : `${theme.shortName}: ${theme.name}`,
    ]),
  );
  const tagNames = new Set<string>();
  for (const line of checked.lines) for (const name of Object.keys(line.tags)) tagNames.add(name);
  const tagKeys = [...tagNames].sort(byCodeUnits);
  const notes = checked.lines.some((line) => line.note !== undefined);
  // The attribution share, where pledges come from and their effect: columns only when some line
  // needs them, or when a tag has the name of one (`Effect`, `Attribution Share`), which the
  // reader would otherwise take for that column. Such a column is then written before the tags,
  // so that the reader takes it and the tag stays a tag.
  const taggedRoles = new Set(tagKeys.map(knownColumnOf));
  const origin = (
    [
      ['Attribution Share', 'attributionShare', (line) => exactText(line.attributionShare), '1'],
      ['Effect', 'effect', (line) => line.effect, 'benefit'],
      ['Channel', 'channel', (line) => line.channel, 'tender'],
      ['Pledger Kind', 'pledgerKind', (line) => line.pledgerKind ?? '', ''],
      ['Pledger', 'pledger', (line) => line.pledger ?? '', ''],
      ['Follow-up On', 'followUpOn', (line) => line.followUpOn ?? '', ''],
      ['Barriers', 'barriers', (line) => (line.barriers ?? []).join('; '), ''],
    ] as const satisfies readonly (readonly [
      string,
      PledgeSheetColumn,
      (line: ValuationLine) => string,
      string,
    ])[]
  ).filter(
    ([, role, cell, absent]) =>
      taggedRoles.has(role) || checked.lines.some((line) => cell(line) !== absent),
  );
  const originFirst = origin.some(([, role]) => taggedRoles.has(role));
  const originCells = (line: ValuationLine) => origin.map(([, , cell]) => cell(line));
  const originHeaders = origin.map(([name]) => name);
  const header = [
    'Theme',
    'Reference',
    'Question',
    'Units',
    'Proxy Value',
    'Answer',
    'Pledged Social Value',
    ...(originFirst ? originHeaders : []),
    ...tagKeys,
    ...(originFirst ? [] : originHeaders),
    ...(notes ? ['Note'] : []),
  ];
  const rows = checked.lines.map((line) => [
    themes.get(line.theme) ?? line.themeName,
    line.measure,
    line.title,
    line.unit,
    exactText(line.proxyValue),
    exactText(line.quantity),
    money(line.value),
    ...(originFirst ? originCells(line) : []),
    ...tagKeys.map((key) => (Object.hasOwn(line.tags, key) ? line.tags[key]! : '')),
    ...(originFirst ? [] : originCells(line)),
    ...(notes ? [line.note ?? ''] : []),
  ]);
  if (parsed.total ?? true) {
    const total = header.map(() => '');
    total[2] = 'Total';
    total[6] = money(checked.total);
    rows.push(total);
  }
  const table = [header, ...rows];
  // Figures (the proxy, answer, value and share columns, and tags, which may hold figures) that
  // are numbers stay numbers; the other text (headers, a reference `+1`) always gets the `'`.
  const originFigures = origin.map(([name]) => name === 'Attribution Share');
  const figure = [
    ...[false, false, false, false, true, true, true],
    ...(originFirst ? originFigures : []),
    ...tagKeys.map(() => true),
    ...(originFirst ? [] : originFigures),
  ];
  return Papa.unparse(
    parsed.neutraliseFormulas === false
      ? table
      : table.map((row, line) =>
          row.map((cell, index) =>
            line > 0 && figure[index] ? neutraliseFormula(cell) : neutraliseText(cell),
          ),
        ),
    { delimiter: parsed.delimiter ?? ',', newline: '\r\n', escapeFormulae: false },
  );
}
