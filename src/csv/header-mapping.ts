import type { PledgeSheetColumn } from './types.js';

/** The built-in header names of each column (compared after {@link normaliseHeader}). */
const KNOWN: Readonly<Record<PledgeSheetColumn, readonly string[]>> = {
  theme: ['theme', 'toms theme'],
  measure: ['reference', 'ref', 'ref no', 'measure', 'measure code', 'code', 'nt ref'],
  question: ['question', 'measure description', 'description', 'title'],
  unit: ['units', 'unit', 'unit of measure'],
  proxyValue: ['proxy value', 'proxy', 'proxy value (£)', 'proxy values', 'value per unit'],
  quantity: ['answer', 'quantity', 'target', 'commitment', 'pledge'],
  statedValue: [
    'pledged social value',
    'social value',
    'value',
    'pledged value',
    'social value (£)',
    'total value',
  ],
};

/** Lower case, single spaces, no trailing colon. Internal. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/\s+/g, ' ').trim().replace(/:$/, '');
}

/**
 * Which column each header is: overrides first (by header text), then the built-in names. Each
 * role is taken by its first matching header. Internal.
 */
export function mapHeaders(
  headers: readonly string[],
  overrides: Readonly<Partial<Record<PledgeSheetColumn, string | undefined>>> = {},
): Map<PledgeSheetColumn, number> {
  const mapping = new Map<PledgeSheetColumn, number>();
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  for (const [role, header] of Object.entries(overrides) as [
    PledgeSheetColumn,
    string | undefined,
  ][]) {
    if (header === undefined) continue;
    const index = normalised.indexOf(normaliseHeader(header));
    if (index >= 0) {
      mapping.set(role, index);
      taken.add(index);
    }
  }
  for (const role of Object.keys(KNOWN) as PledgeSheetColumn[]) {
    if (mapping.has(role) || overrides[role] !== undefined) continue;
    const index = normalised.findIndex((name, i) => !taken.has(i) && KNOWN[role].includes(name));
    if (index >= 0) {
      mapping.set(role, index);
      taken.add(index);
    }
  }
  return mapping;
}
