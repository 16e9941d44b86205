import type * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import type { PledgeSheetColumn } from './types.js';

/** The built-in header names of each column (compared after {@link normaliseHeader}). */
const KNOWN: Readonly<Record<PledgeSheetColumn, readonly string[]>> = {
  theme: ['theme', 'toms theme'],
  measure: ['reference', 'ref', 'ref no', 'measure', 'measure code', 'code', 'nt ref'],
  question: ['question', 'measure description', 'description', 'title'],
  unit: ['units', 'unit', 'unit of measure'],
  proxyValue: ['proxy value', 'proxy', 'proxy values', 'value per unit'],
  quantity: ['answer', 'quantity', 'target', 'commitment', 'pledge'],
  statedValue: [
    'pledged social value',
    'social value',
    'value',
    'pledged value',
    'total social value',
    'total value',
  ],
  attributionShare: ['attribution share', 'attribution', 'share attributed', 'attributed share'],
  effect: ['effect', 'benefit or disbenefit'],
  channel: ['channel', 'pledge channel'],
  pledgerKind: ['pledger kind', 'pledger type'],
  pledger: ['pledger', 'pledged by'],
  followUpOn: ['follow-up on', 'follow up on', 'follow-up date', 'follow up date'],
  barriers: ['barriers'],
};

/**
 * Lower case, underscores as spaces, single spaces, no trailing colon or full stop, no trailing
 * `(£)` or `£` after a name (`Pledged Social Value (£)`, `Ref.`). Internal.
 */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/[:.]$/, '')
    .replace(/([^\s(£])\s*(?:\(£\)|£)$/, '$1');
}

/**
 * Which column each header is: the caller's header names first, then the known names of each
 * role (compared after {@link normaliseHeader}); each column has at most one role. A role takes
 * the header of its most preferred known name, or with `byPosition` the first header (from the
 * left) that is any of its known names. Internal: the one header mapper of the csv area.
 */
export function mapColumns<Role extends string>(
  headers: readonly string[],
  known: Readonly<Record<Role, readonly string[]>>,
  overrides?: Readonly<Partial<Record<Role, string | undefined>>>,
  byPosition = false,
): Map<Role, number> {
  const normalised = headers.map(normaliseHeader);
  const mapping = new Map<Role, number>();
  const taken = new Set<number>();
  const take = (role: Role, names: readonly string[]) => {
    const index = normalised.findIndex((header, i) => !taken.has(i) && names.includes(header));
    if (index < 0) return false;
    mapping.set(role, index);
    taken.add(index);
    return true;
  };
  const roles = Object.keys(known) as Role[];
  for (const role of roles) {
    const header = overrides?.[role];
    if (header !== undefined) take(role, [normaliseHeader(header)]);
  }
  for (const role of roles) {
    if (mapping.has(role) || overrides?.[role] !== undefined) continue;
    if (byPosition) take(role, known[role]);
    else for (const name of known[role]) if (take(role, [name])) break;
  }
  return mapping;
}

/** The pledge-sheet column a header is read as by its name alone (no override), else `undefined`. Internal. */
export function knownColumnOf(header: string): PledgeSheetColumn | undefined {
  const name = normaliseHeader(header);
  return (Object.keys(KNOWN) as PledgeSheetColumn[]).find((role) => KNOWN[role].includes(name));
}

/** Which pledge-sheet column each header is: the first header with a known name (see {@link mapColumns}). Internal. */
export function mapHeaders(
  headers: readonly string[],
  overrides: Readonly<Partial<Record<PledgeSheetColumn, string | undefined>>> = {},
): Map<PledgeSheetColumn, number> {
  return mapColumns(headers, KNOWN, overrides, true);
}

/**
 * A check of `options.columns` (for `withChecks`): each header named for one role only, compared
 * as headers are ({@link normaliseHeader}), since a column is read as one role; the second role
 * naming a header is the issue, at its key. Internal: the pledge-sheet and spend-ledger options.
 */
export const oneRolePerHeader: z.core.CheckFn<Readonly<Record<string, string | undefined>>> = (
  payload,
) => {
  const roleOf = new Map<string, string>();
  for (const [role, header] of Object.entries(payload.value)) {
    if (header === undefined) continue;
    const earlier = roleOf.get(normaliseHeader(header));
    if (earlier === undefined) roleOf.set(normaliseHeader(header), role);
    else {
      payload.issues.push({
        code: 'custom',
        message: `expected a header no other column is named by, received ${describeValue(header)}, which options.columns.${earlier} names too (headers are compared ignoring case and spacing)`,
        input: header,
        path: [role],
        continue: true,
      });
    }
  }
};
