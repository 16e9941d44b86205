import type { Decimal } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';

/** The columns of a pledge sheet the parser understands. Every other column becomes a tag. */
export type PledgeSheetColumn =
  | 'theme'
  | 'measure'
  | 'question'
  | 'unit'
  | 'proxyValue'
  | 'quantity'
  | 'statedValue';

/**
 * A row read from a pledge sheet. Numbers are exact; blank cells (and cells that are not
 * numbers, each reported as a problem) are `null`. `£ -` reads as 0.
 */
export interface ParsedPledgeSheetRow {
  /** The line the row starts on in the text (1-based). */
  readonly line: number;
  /** The theme cell; a blank theme repeats the row above's (merged cells). `''` without a theme column. */
  readonly theme: string;
  /** The measure code (Reference). */
  readonly measure: string;
  /** The question cell (`''` when absent). */
  readonly question: string;
  /** The units cell (`''` when absent). */
  readonly unit: string;
  /** The proxy value, or `null`. */
  readonly proxyValue: Decimal | null;
  /** The answer, or `null`. */
  readonly quantity: Decimal | null;
  /** The pledged value the sheet states, or `null`. */
  readonly statedValue: Decimal | null;
  /** The other columns, by header (`{ 'CWB Priority': 'Progressive Procurement' }`); no prototype. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Codes of {@link PledgeSheetProblem}: `not-a-number` (a number column holds text, or a sign
 * inside brackets such as `(-5)`; left blank), `out-of-range` (a number outside the numeric
 * domain, 1e15 or more or more than 40 decimal places; left blank), `missing-reference` (a row with content but no
 * measure code; skipped), `unbalanced-quote` (a quote that is never closed; the line is read on
 * its own, quote marks kept as text, and the lines after it are read as usual).
 */
export type PledgeSheetProblemCode =
  | 'not-a-number'
  | 'out-of-range'
  | 'missing-reference'
  | 'unbalanced-quote';

/** Something the parser could not read as written, with where it is. Nothing is silently read as zero. */
export interface PledgeSheetProblem {
  /** What is wrong (stable, kebab-case). */
  readonly code: PledgeSheetProblemCode;
  /** `error` for a value that could not be read, `warning` for a row skipped. */
  readonly severity: Extract<Severity, 'error' | 'warning'>;
  /** A sentence saying what is wrong and what the parser did. */
  readonly message: string;
  /** The line (1-based). */
  readonly line: number;
  /** The column's header (absent for a problem with a whole line). */
  readonly column?: string | undefined;
  /** The column's position, 1-based (absent for a problem with a whole line). */
  readonly columnNumber?: number | undefined;
  /** The cell (or, for an unbalanced quote, the line) as written. */
  readonly value: string;
}

/** The result of `parsePledgeSheet`. */
export interface PledgeSheet {
  /** Always `'pledge-sheet'`. */
  readonly kind: 'pledge-sheet';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The measure rows, in order. */
  readonly rows: readonly ParsedPledgeSheetRow[];
  /** The total stated on a "Total" row, if the sheet has one. */
  readonly statedTotal: Decimal | null;
  /** What could not be read as written, in line order. */
  readonly problems: readonly PledgeSheetProblem[];
  /** The header used for each understood column. */
  readonly columns: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** The headers read as tags, in sheet order (a repeated header as `Note (column 5)`). */
  readonly tagColumns: readonly string[];
  /** The delimiter found (or given). */
  readonly delimiter: string;
  /** The line of the header row. */
  readonly headerLine: number;
  /** One sentence about the whole sheet. */
  readonly summary: string;
}
