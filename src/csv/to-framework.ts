import { boundedIssuesError } from '../core/bounded-issues.js';
import { describeValue } from '../core/describe-value.js';
import { MAX_ISSUES, SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { ownValue } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { strictObject } from '../core/schemas.js';
import { didYouMean } from '../core/suggest.js';
import { suggester } from '../core/suggester.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { defineFramework } from '../toms/define-framework.js';
import { priceYearSchema, textSchema, valueTypeSchema } from '../toms/schemas.js';
import type { Framework, MeasureInput, ValueType } from '../toms/types.js';
import { readSheetRows } from '../valuation/read-sheet-rows.js';
import type { PledgeSheetRow } from '../valuation/sheet-types.js';

const metaSchema = /* @__PURE__ */ strictObject({
  id: textSchema,
  name: textSchema,
  edition: textSchema,
  priceYear: priceYearSchema,
  source: /* @__PURE__ */ optionalSchema(textSchema),
  valueTypes: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ recordSchema(valueTypeSchema)),
  exclusivityGroups: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ recordSchema(textSchema)),
});

/**
 * What `toFramework` needs besides the rows: the framework's identity, and optionally each
 * measure's value type and exclusivity group by code.
 */
export interface SheetFrameworkMeta {
  /** The framework's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The edition of the sheet's proxies. */
  readonly edition: string;
  /** Their price year. */
  readonly priceYear: number;
  /** Where the sheet comes from (kept on the framework and each measure). */
  readonly source?: string | undefined;
  /** Value types by measure code, overriding the default (see `toFramework`). */
  readonly valueTypes?: Readonly<Record<string, ValueType>> | undefined;
  /** Exclusivity groups by measure code. */
  readonly exclusivityGroups?: Readonly<Record<string, string>> | undefined;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'theme'
  );
}

/** Splits "Jobs: Promote Local Skills and Employment" into short name and name. */
function themeOf(label: string) {
  const text = label.trim() || 'Unthemed';
  const colon = text.indexOf(':');
  const shortName = colon > 0 ? text.slice(0, colon).trim() : text;
  const name = colon > 0 ? text.slice(colon + 1).trim() || shortName : text;
  return { id: slug(shortName), name, shortName };
}

/** What makes two Theme labels the same theme: their names, without case or repeated spaces. */
function labelKey(theme: ReturnType<typeof themeOf>): string {
  return `${theme.shortName}\u0000${theme.name}`.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The themes of a sheet, one per Theme label (compared without case or repeated spaces). Two
 * labels whose ids would be the same (`Jobs & Skills`, `Jobs - Skills`) are two themes: the later
 * one's id takes `-2` (`-3`, …), so no theme's name is lost and no measure moves to another theme.
 */
class Themes {
  readonly #byLabel = new Map<string, ReturnType<typeof themeOf>>();
  readonly #ids = new Set<string>();

  /** The theme of a Theme cell, added when it is the first of its label. */
  of(label: string): ReturnType<typeof themeOf> {
    const theme = themeOf(label);
    const key = labelKey(theme);
    const known = this.#byLabel.get(key);
    if (known !== undefined) return known;
    let id = theme.id;
    for (let n = 2; this.#ids.has(id); n += 1) id = `${theme.id}-${n}`;
    const added = { ...theme, id };
    this.#ids.add(id);
    this.#byLabel.set(key, added);
    return added;
  }

  /** The themes in the order of their first row. */
  list(): ReturnType<typeof themeOf>[] {
    return [...this.#byLabel.values()];
  }
}

/** The default value type of a measure: see {@link toFramework}. */
function defaultValueType(shortName: string, proxyIsZero: boolean): ValueType {
  if (proxyIsZero) return 'record-only';
  const theme = shortName.toLowerCase();
  if (theme.includes('environment') || theme.includes('decarbon')) return 'environmental';
  if (theme.includes('jobs') || theme.includes('growth')) return 'local-economic';
  return 'social';
}

/**
 * Each key of a by-code record must be a measure code of the rows: the first unknown ones are
 * listed with a "did you mean", the rest counted (see `boundedIssuesError`).
 */
function checkCodes(
  record: Readonly<Record<string, unknown>> | undefined,
  field: string,
  codes: ReadonlySet<string>,
): void {
  if (record === undefined) return;
  const unknown = Object.keys(record).filter((code) => !codes.has(code));
  if (unknown.length === 0) return;
  const closest = suggester(codes);
  throw boundedIssuesError(
    'invalid-input',
    `Invalid framework meta: ${field} names measure codes no row has.`,
    unknown
      .slice(0, MAX_ISSUES)
      .map((code) =>
        issueAt(
          ['meta', field, code],
          `no row has measure ${describeValue(code)}${didYouMean(closest(code))}`,
        ),
      ),
    unknown.length,
  );
}

/**
 * A code repeated under another theme or in another unit: which theme it belongs to, or which
 * unit its answers count, cannot be told (`shown`: the first row's, as the message shows it).
 */
function twoOf(
  key: 'theme' | 'unit',
  row: PledgeSheetRow,
  index: number,
  first: PledgeSheetRow | undefined,
  shown: string,
) {
  const line = (of: PledgeSheetRow | undefined) =>
    of?.line === undefined ? '' : ` (line ${of.line})`;
  const [where, what] = key === 'theme' ? ['under two themes', 'theme'] : ['in two units', 'unit'];
  return new SocialValueError({
    code: 'duplicate-code',
    message: `Measure ${describeValue(row.measure)} is listed ${where}: a framework gives each measure one ${what}.`,
    issues: [
      issueAt(
        ['rows', index, key],
        `expected the ${what} of the first row of ${describeValue(row.measure)}${line(first)}, ${describeValue(shown)}, or a blank cell, received ${describeValue(row[key]?.trim() ?? '')}${line(row)}`,
      ),
    ],
  });
}

/** A unit as compared between rows: without case or repeated spaces. */
const unitKey = (unit: string | undefined) => unit?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';

/**
 * A code repeated with another proxy, or written in another case (`nt1` after `NT1`, one code
 * to a framework): which proxy it has cannot be told.
 */
function twoProxies(row: PledgeSheetRow, index: number, first: PledgeSheetRow | undefined) {
  const line = (of: PledgeSheetRow | undefined) =>
    of?.line === undefined ? '' : ` (line ${of.line})`;
  const proxy = (of: PledgeSheetRow | undefined) =>
    of?.proxyValue == null ? 'a blank proxy' : describeValue(String(of.proxyValue));
  const sameCode = first?.measure === row.measure;
  return new SocialValueError({
    code: 'duplicate-code',
    message: sameCode
      ? `Measure ${describeValue(row.measure)} is listed with two proxy values: a framework gives each measure one proxy.`
      : `Measures ${describeValue(first?.measure ?? '')} and ${describeValue(row.measure)} differ only in case: a framework reads them as one code, with one proxy and theme.`,
    issues: [
      sameCode
        ? issueAt(
            ['rows', index, 'proxyValue'],
            `expected the proxy of the first row of ${describeValue(row.measure)}${line(first)}, ${proxy(first)}, received ${proxy(row)}${line(row)}`,
          )
        : issueAt(
            ['rows', index, 'measure'],
            `${describeValue(row.measure)}${line(row)} is the code of an earlier row, written ${describeValue(first?.measure ?? '')}${line(first)}: write it so, or give it a code of its own`,
          ),
    ],
  });
}

/**
 * Builds a framework from a pledge sheet's own proxies (for example seed 004's council sheet),
 * so that its answers can be valued with `valuePledges`. Themes come from the Theme column
 * ("Jobs: Promote Local Skills and Employment" → id `jobs`, short name `Jobs`), one per label
 * (compared without case or repeated spaces; a later label whose id is taken gets `jobs-2`); each
 * row gives a measure with its question as title, its unit and its proxy (blank proxy → `null`).
 *
 * Value types: `meta.valueTypes[code]` when given (`record-only` only for a proxy of 0 or none:
 * a record-only measure is not monetised); otherwise a rough default (say so when you publish
 * it): a 0 proxy is `record-only`, Jobs and Growth themes `local-economic`, Environment
 * `environmental`, anything else `social`.
 *
 * @param rows - Rows from `parsePledgeSheet` (a code appearing twice with the same proxy, theme
 * and unit is taken once).
 * @param meta - Identity, value types and exclusivity groups (by measure code: a code no row
 * has is refused, with a "did you mean").
 * @returns A frozen framework.
 * @throws SocialValueError `invalid-input` (bad rows, meta or proxy; paths `rows…`, `meta…`;
 * `record-only` given to a row's measure with a proxy above 0, at `meta.valueTypes.<code>`),
 * `duplicate-code` (a code twice with different proxies: path `rows[i].proxyValue`; written in
 * another case: `rows[i].measure`; under two themes: `rows[i].theme`; in two units, compared
 * without case or repeated spaces: `rows[i].unit`).
 *
 * @example
 * ```ts
 * import { parsePledgeSheet, toFramework } from 'social-value/csv';
 *
 * const sheet = parsePledgeSheet('Theme,Reference,Units,Proxy Value,Answer\nJobs: Local Skills,NT1,FTE,30782,24');
 * const framework = toFramework(sheet.rows, { id: 'c', name: 'Council', edition: '2021', priceYear: 2021 });
 * framework.themes[0]; // => { id: 'jobs', name: 'Local Skills', shortName: 'Jobs' }
 * framework.measures[0]?.valueType; // => 'local-economic'
 * ```
 */
export function toFramework(rows: readonly PledgeSheetRow[], meta: SheetFrameworkMeta): Framework {
  const parsedRows = readSheetRows(rows);
  const parsed = parseInput(metaSchema, meta, 'framework meta', ['meta']);
  const codes = new Set(parsedRows.map((row) => row.measure));
  checkCodes(parsed.valueTypes, 'valueTypes', codes);
  checkCodes(parsed.exclusivityGroups, 'exclusivityGroups', codes);
  const themes = new Themes();
  const measures: MeasureInput[] = [];
  // Measures given `record-only` by the meta whose rows have a proxy above 0: the meta's slip.
  const monetised: SocialValueIssue[] = [];
  // The first row of each code: its proxy and Theme label.
  const seen = new Map<string, { proxy: string; label: string; index: number }>();
  for (const [index, row] of parsedRows.entries()) {
    const proxy = row.proxyValue ?? null;
    const key = proxy === null ? 'null' : proxy.toString();
    const label = labelKey(themeOf(row.theme ?? ''));
    // Codes compared as the framework compares them: `nt1` is `NT1`.
    const first = seen.get(row.measure.toLowerCase());
    if (first !== undefined) {
      const earlier = parsedRows[first.index];
      if (first.proxy !== key || earlier?.measure !== row.measure)
        throw twoProxies(row, index, earlier);
      if (row.theme?.trim() && first.label !== label) {
        throw twoOf('theme', row, index, earlier, earlier?.theme?.trim() || 'Unthemed');
      }
      const unit = unitKey(row.unit);
      if (unit !== '' && unitKey(earlier?.unit) !== '' && unitKey(earlier?.unit) !== unit) {
        throw twoOf('unit', row, index, earlier, earlier?.unit?.trim() ?? '');
      }
      continue;
    }
    seen.set(row.measure.toLowerCase(), { proxy: key, label, index });
    const theme = themes.of(row.theme ?? '');
    const group = ownValue(parsed.exclusivityGroups, row.measure);
    const valueType = ownValue(parsed.valueTypes, row.measure);
    if (valueType === 'record-only' && proxy?.gt(0)) {
      monetised.push(
        issueAt(
          ['meta', 'valueTypes', row.measure],
          `expected a value type other than "record-only" (not monetised), received it for rows[${index}] with a proxy value of ${proxy}`,
        ),
      );
    }
    measures.push({
      code: row.measure,
      theme: theme.id,
      title: row.question?.trim() || row.measure,
      unit: row.unit?.trim() || 'units',
      proxyValue: proxy,
      valueType: valueType ?? defaultValueType(theme.shortName, proxy?.isZero() === true),
      ...(group === undefined ? {} : { exclusivityGroup: group }),
      ...(parsed.source === undefined ? {} : { source: parsed.source }),
    });
  }
  if (monetised.length > 0) {
    throw boundedIssuesError(
      'invalid-input',
      'Invalid framework meta: record-only is for measures with a proxy value of 0.',
      monetised.slice(0, MAX_ISSUES),
      monetised.length,
    );
  }
  return defineFramework({
    id: parsed.id,
    name: parsed.name,
    edition: parsed.edition,
    priceYear: parsed.priceYear,
    themes: themes.list(),
    measures,
    ...(parsed.source === undefined ? {} : { source: parsed.source }),
  });
}
