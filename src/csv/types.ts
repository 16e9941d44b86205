import type { Decimal } from '../core/decimal.js';

/**
 * The columns of a pledge sheet the parser understands. Every other column becomes a tag.
 *
 * @example
 * ```ts
 * import type { PledgeSheetColumn } from 'social-value/csv';
 *
 * const column: PledgeSheetColumn = 'statedValue';
 * column; // => 'statedValue'
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { parsePledgeSheet } from 'social-value/csv';
 *
 * const sheet = parsePledgeSheet('Reference,Proxy Value,Answer,Pledged Social Value\nNT29,16.09,32,£ 514.88');
 * sheet.rows[0]?.statedValue; // => '514.88'
 * ```
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
  /** The other columns, by header (`{ 'CWB Priority': 'Progressive Procurement' }`). */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * A cell the parser could not read, with where it is. Nothing is silently read as zero.
 *
 * @example
 * ```ts
 * import { parsePledgeSheet } from 'social-value/csv';
 *
 * const sheet = parsePledgeSheet('Reference,Answer\nNT1,twenty');
 * sheet.problems[0]?.column; // => 'Answer'
 * sheet.problems[0]?.line; // => 2
 * ```
 */
export interface PledgeSheetProblem {
  /** `not-a-number`: a number column holds text; `missing-reference`: a row with content but no measure code. */
  readonly kind: 'not-a-number' | 'missing-reference';
  /** The line (1-based). */
  readonly line: number;
  /** The column's header. */
  readonly column: string;
  /** The column's position (1-based). */
  readonly columnNumber: number;
  /** The cell as written. */
  readonly value: string;
  /** A sentence saying what is wrong. */
  readonly message: string;
}

/**
 * The result of `parsePledgeSheet`.
 *
 * @example
 * ```ts
 * import { parsePledgeSheet } from 'social-value/csv';
 *
 * const sheet = parsePledgeSheet('Reference\tAnswer\tPledged Social Value\nNT1\t24\t£ 738,768.00');
 * sheet.delimiter; // => '\t'
 * sheet.columns.quantity; // => 'Answer'
 * ```
 */
export interface PledgeSheet {
  /** The measure rows, in order. */
  readonly rows: readonly ParsedPledgeSheetRow[];
  /** The total stated on a "Total" row, if the sheet has one. */
  readonly statedTotal: Decimal | null;
  /** Cells that could not be read. */
  readonly problems: readonly PledgeSheetProblem[];
  /** The header used for each understood column. */
  readonly columns: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** The headers read as tags, in sheet order. */
  readonly tagColumns: readonly string[];
  /** The delimiter found (or given). */
  readonly delimiter: string;
  /** The line of the header row. */
  readonly headerLine: number;
}
