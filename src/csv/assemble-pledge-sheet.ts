import { seal } from '../core/brand.js';
import type {
  ParsedPledgeSheetRow,
  PledgeSheet,
  PledgeSheetBatch,
  PledgeSheetColumn,
  PledgeSheetProblem,
} from './types.js';

/** A sheet row, keys in one order. Internal: `parsePledgeSheet` and the snapshot reader. */
export function sheetRowOf(row: ParsedPledgeSheetRow): ParsedPledgeSheetRow {
  const built: { -readonly [K in keyof ParsedPledgeSheetRow]: ParsedPledgeSheetRow[K] } = {
    line: row.line,
    theme: row.theme,
    measure: row.measure,
    question: row.question,
    unit: row.unit,
    proxyValue: row.proxyValue,
    quantity: row.quantity,
    statedValue: row.statedValue,
    tags: row.tags,
  };
  if (row.attributionShare !== undefined) built.attributionShare = row.attributionShare;
  if (row.effect !== undefined) built.effect = row.effect;
  if (row.channel !== undefined) built.channel = row.channel;
  if (row.pledgerKind !== undefined) built.pledgerKind = row.pledgerKind;
  if (row.pledger !== undefined) built.pledger = row.pledger;
  if (row.followUpOn !== undefined) built.followUpOn = row.followUpOn;
  if (row.barriers !== undefined) built.barriers = Object.freeze([...row.barriers]);
  return built;
}

/** A problem, keys in one order. Internal. */
export function problemOf(problem: {
  readonly code: PledgeSheetProblem['code'];
  readonly severity: PledgeSheetProblem['severity'];
  readonly message: string;
  readonly line: number;
  readonly column?: string | undefined;
  readonly columnNumber?: number | undefined;
  readonly value: string;
}): PledgeSheetProblem {
  return {
    code: problem.code,
    severity: problem.severity,
    message: problem.message,
    line: problem.line,
    ...(problem.column === undefined ? {} : { column: problem.column }),
    ...(problem.columnNumber === undefined ? {} : { columnNumber: problem.columnNumber }),
    value: problem.value,
  };
}

/** The column roles, in the order a sheet's columns are reported. Internal. */
export const pledgeSheetRoles: readonly PledgeSheetColumn[] = [
  'theme',
  'measure',
  'question',
  'unit',
  'proxyValue',
  'quantity',
  'statedValue',
  'attributionShare',
  'effect',
  'channel',
  'pledgerKind',
  'pledger',
  'followUpOn',
  'barriers',
];

/** The headers by role, in role order. */
function columnsInOrder(
  given: Readonly<Partial<Record<PledgeSheetColumn, string>>>,
): Partial<Record<PledgeSheetColumn, string>> {
  const columns: Partial<Record<PledgeSheetColumn, string>> = {};
  for (const role of pledgeSheetRoles) {
    const header = given[role];
    if (header !== undefined) columns[role] = header;
  }
  return columns;
}

/** The sealed sheet, keys in one order (columns in role order). Internal. */
export function assemblePledgeSheet(
  parts: Omit<PledgeSheet, 'kind' | 'schemaVersion'>,
): PledgeSheet {
  return seal(
    {
      kind: 'pledge-sheet',
      schemaVersion: 1,
      rows: parts.rows,
      statedTotal: parts.statedTotal,
      problems: parts.problems,
      columns: columnsInOrder(parts.columns),
      tagColumns: parts.tagColumns,
      delimiter: parts.delimiter,
      headerLine: parts.headerLine,
      summary: parts.summary,
    },
    'pledge-sheet',
  );
}

/**
 * The sealed batch of `streamPledgeSheet`, keys in one order (columns in role order). Internal:
 * the stream and the snapshot reader.
 */
export function assemblePledgeSheetBatch(
  parts: Omit<PledgeSheetBatch, 'kind' | 'schemaVersion'>,
): PledgeSheetBatch {
  return seal(
    {
      kind: 'pledge-sheet-batch',
      schemaVersion: 1,
      rows: parts.rows,
      problems: parts.problems,
      statedTotal: parts.statedTotal,
      columns: columnsInOrder(parts.columns),
      tagColumns: parts.tagColumns,
      delimiter: parts.delimiter,
      headerLine: parts.headerLine,
      done: parts.done,
      summary: parts.summary,
    },
    'pledge-sheet-batch',
  );
}
