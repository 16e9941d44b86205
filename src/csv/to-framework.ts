import { z } from 'zod';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { defineFramework } from '../toms/define-framework.js';
import { valueTypeSchema } from '../toms/schemas.js';
import type { Framework, MeasureInput, ValueType } from '../toms/types.js';
import type { PledgeSheetRow } from '../valuation/sheet-types.js';

/** The zod schema of the `meta` argument of `toFramework`. Internal: the public input type is documented instead. */
export const sheetFrameworkMetaSchema = z.object({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  edition: z.string().trim().min(1),
  priceYear: z.number().int().min(1900).max(2200),
  source: z.string().trim().min(1).optional(),
  valueTypes: z.record(z.string(), valueTypeSchema).optional(),
  exclusivityGroups: z.record(z.string(), z.string().trim().min(1)).optional(),
});

/**
 * What `toFramework` needs besides the rows: the framework's identity, and optionally each
 * measure's value type and exclusivity group by code.
 *
 * @example
 * ```ts
 * import type { SheetFrameworkMeta } from 'social-value/csv';
 *
 * const meta: SheetFrameworkMeta = { id: 'council', name: 'Council sheet', edition: '2021',
 *   priceYear: 2021, exclusivityGroups: { NT18: 'local spend', NT19: 'local spend' } };
 * meta.priceYear; // => 2021
 * ```
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
  readonly source?: string;
  /** Value types by measure code, overriding the default (see `toFramework`). */
  readonly valueTypes?: Readonly<Record<string, ValueType>>;
  /** Exclusivity groups by measure code. */
  readonly exclusivityGroups?: Readonly<Record<string, string>>;
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

/** The default value type of a measure: see {@link toFramework}. */
function defaultValueType(shortName: string, proxy: PledgeSheetRow['proxyValue']): ValueType {
  const value = proxy === null || proxy === undefined ? undefined : readNumeric(proxy);
  if (value !== undefined && !isNumericProblem(value)) {
    if (value.isZero()) return 'record-only';
  }
  const theme = shortName.toLowerCase();
  if (theme.includes('environment') || theme.includes('decarbon')) return 'environmental';
  if (theme.includes('jobs') || theme.includes('growth')) return 'local-economic';
  return 'social';
}

/**
 * Builds a framework from a pledge sheet's own proxies (for example seed 004's council sheet),
 * so that its answers can be valued with `valuePledges`. Themes come from the Theme column
 * ("Jobs: Promote Local Skills and Employment" → id `jobs`, short name `Jobs`); each row gives
 * a measure with its question as title, its unit and its proxy (blank proxy → `null`).
 *
 * Value types: `meta.valueTypes[code]` when given; otherwise a rough default (say so when you
 * publish it): a 0 proxy is `record-only`, Jobs and Growth themes `local-economic`, Environment
 * `environmental`, anything else `social`.
 *
 * @param rows - Rows from `parsePledgeSheet` (a code appearing twice with the same proxy is
 * taken once).
 * @param meta - Identity, value types and exclusivity groups.
 * @returns A frozen framework.
 * @throws SocialValueError `invalid-input` (bad meta or proxy), `duplicate-code` (a code twice
 * with different proxies).
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
  const parsed = parseInput(sheetFrameworkMetaSchema, meta, 'framework meta', ['meta']);
  const themes = new Map<string, ReturnType<typeof themeOf>>();
  const measures: MeasureInput[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const theme = themeOf(row.theme ?? '');
    if (!themes.has(theme.id)) themes.set(theme.id, theme);
    const proxy = row.proxyValue ?? null;
    const key = proxy === null ? 'null' : String(proxy);
    if (seen.get(row.measure) === key) continue;
    seen.set(row.measure, key);
    const group = parsed.exclusivityGroups?.[row.measure];
    measures.push({
      code: row.measure,
      theme: theme.id,
      title: row.question?.trim() || row.measure,
      unit: row.unit?.trim() || 'units',
      proxyValue: proxy,
      valueType: parsed.valueTypes?.[row.measure] ?? defaultValueType(theme.shortName, proxy),
      ...(group === undefined ? {} : { exclusivityGroup: group }),
      ...(parsed.source === undefined ? {} : { source: parsed.source }),
    });
  }
  return defineFramework({
    id: parsed.id,
    name: parsed.name,
    edition: parsed.edition,
    priceYear: parsed.priceYear,
    themes: [...themes.values()],
    measures,
    ...(parsed.source === undefined ? {} : { source: parsed.source }),
  });
}
