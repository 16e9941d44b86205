import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import type {
  FindingSeverity,
  PledgeSheetFinding,
  PledgeSheetFindingCode,
  PledgeSheetReconciliation,
  ReconciledRow,
} from './sheet-types.js';

/** A finding, keys in one order. Internal: `reconcilePledgeSheet` and the snapshot reader. */
export function findingOf(finding: {
  readonly code: PledgeSheetFindingCode;
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly row?: number | undefined;
  readonly measure?: string | undefined;
  readonly expected: Decimal | null;
  readonly stated: Decimal | null;
  readonly difference: Decimal | null;
  readonly impliedProxy?: Decimal | undefined;
  readonly scale?: number | undefined;
}): PledgeSheetFinding {
  // Optional keys set one by one, not spread from objects made for them: a reconciliation of
  // 100,000 rows makes (and its revive checks) a finding per row.
  const result: {
    -readonly [K in keyof PledgeSheetFinding]: PledgeSheetFinding[K];
  } = {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
  } as PledgeSheetFinding;
  if (finding.row !== undefined) result.row = finding.row;
  if (finding.measure !== undefined) result.measure = finding.measure;
  result.expected = finding.expected;
  result.stated = finding.stated;
  result.difference = finding.difference;
  if (finding.impliedProxy !== undefined) result.impliedProxy = finding.impliedProxy;
  if (finding.scale !== undefined) result.scale = finding.scale;
  return result;
}

/** A reconciled row, keys in one order. Internal. */
export function reconciledRowOf(row: ReconciledRow): ReconciledRow {
  return {
    row: row.row,
    measure: row.measure,
    computed: row.computed,
    stated: row.stated,
    corrected: row.corrected,
    findingCodes: row.findingCodes,
  };
}

/** The sealed reconciliation, keys in one order. Internal. */
export function assembleReconciliation(
  parts: Omit<PledgeSheetReconciliation, 'kind' | 'schemaVersion' | 'statedTotalMatchesRows'> & {
    readonly statedTotalMatchesRows: boolean | undefined;
  },
): PledgeSheetReconciliation {
  return seal(
    {
      kind: 'pledge-sheet-reconciliation',
      schemaVersion: 1,
      ok: parts.ok,
      findings: parts.findings,
      rows: parts.rows,
      statedTotal: parts.statedTotal,
      statedRowsTotal: parts.statedRowsTotal,
      ...(parts.statedTotalMatchesRows === undefined
        ? {}
        : { statedTotalMatchesRows: parts.statedTotalMatchesRows }),
      computedTotal: parts.computedTotal,
      correctedTotal: parts.correctedTotal,
      correction: parts.correction,
      summary: parts.summary,
    },
    'pledge-sheet-reconciliation',
  );
}
