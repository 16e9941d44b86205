import { SocialValueError } from '../core/errors.js';
import { formatPath } from '../core/path.js';
import { unstorableExcerpt } from './storable.js';
import type { Cell } from './types.js';

/**
 * The most a B-tree index entry may take in PostgreSQL (version 4 B-trees, 8 kB pages): an
 * insert whose key is larger fails with `index row size … exceeds btree version 4 maximum 2704`.
 */
export const BTREE_ENTRY_LIMIT = 2704;

/**
 * The columns of each table's primary key in the reference schema, in key order (test/sql
 * checks the list against the schema). Internal.
 */
export const KEY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  frameworks: ['framework_id', 'edition'],
  framework_themes: ['framework_id', 'edition', 'theme_id'],
  framework_outcomes: ['framework_id', 'edition', 'outcome_id'],
  framework_measures: ['framework_id', 'edition', 'measure_code'],
  valuations: ['valuation_id'],
  valuation_lines: ['valuation_id', 'line_index'],
  valuation_line_years: ['valuation_id', 'line_index', 'year'],
  valuation_totals: ['valuation_id', 'breakdown', 'tag', 'key'],
  valuation_warnings: ['valuation_id', 'position'],
  pledge_sheet_reconciliations: ['reconciliation_id'],
  pledge_sheet_rows: ['reconciliation_id', 'position'],
  pledge_sheet_findings: ['reconciliation_id', 'position'],
  tender_evaluations: ['evaluation_id'],
  tender_bids: ['evaluation_id', 'bid_id'],
  tender_disqualifications: ['evaluation_id', 'bid_id', 'position'],
  criterion_scores: ['evaluation_id', 'bid_id', 'criterion_id'],
  tender_ties: ['evaluation_id', 'tie_group'],
  maturity_assessments: ['assessment_id'],
  maturity_theme_assessments: ['assessment_id', 'theme_id'],
  maturity_warnings: ['assessment_id', 'position'],
  action_plans: ['plan_id'],
  action_plan_themes: ['plan_id', 'theme_id'],
  action_plan_steps: ['plan_id', 'criterion_id'],
  delivery_reports: ['report_id'],
  delivery_lines: ['report_id', 'line_index'],
  delivery_unpledged: ['report_id', 'measure_code', 'channel'],
  delivery_totals: ['report_id', 'breakdown', 'tag', 'key'],
  delivery_financial_years: ['report_id', 'year'],
  delivery_warnings: ['report_id', 'position'],
  portfolio_summaries: ['portfolio_id'],
  portfolio_contracts: ['portfolio_id', 'contract_id'],
  portfolio_totals: ['portfolio_id', 'breakdown', 'tag', 'key'],
  portfolio_financial_years: ['portfolio_id', 'year'],
  portfolio_shortfalls: ['portfolio_id', 'position'],
  portfolio_follow_ups: ['portfolio_id', 'position'],
  portfolio_warnings: ['portfolio_id', 'position'],
  spend_analyses: ['analysis_id'],
  spend_slices: ['analysis_id', 'breakdown', 'key'],
  spend_findings: ['analysis_id', 'position'],
};

const align4 = (offset: number) => (offset + 3) & ~3;
const figure = (value: number) => value.toLocaleString('en-GB');

/**
 * The bytes of a text in UTF-8, as PostgreSQL stores it (a lone surrogate counted as the 3 bytes
 * of U+FFFD, as `TextEncoder` writes it). Counted from the code units, so that the module needs no
 * `TextEncoder` (engines without Node or browser globals have none). Internal.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    const pair = unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(text[index + 1] ?? '');
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) index += 1;
  }
  return bytes;
}

/**
 * The size of a B-tree index entry of these key cells as PostgreSQL forms it, uncompressed: an
 * 8-byte header, then each column in turn (a whole number: 4 bytes at a 4-byte boundary; a text
 * of up to 126 bytes: a 1-byte length and its bytes; a longer text: a 4-byte length at a 4-byte
 * boundary and its bytes), rounded up to 8 bytes. PostgreSQL may compress a long text that
 * repeats itself; one that does not is stored as counted here. Internal.
 */
export function indexEntrySize(cells: readonly Cell[]): number {
  let size = 8;
  for (const cell of cells) {
    if (typeof cell === 'number') size = align4(size) + 4;
    else if (typeof cell === 'string') {
      const bytes = utf8Bytes(cell);
      size = bytes <= 126 ? size + 1 + bytes : align4(size) + 4 + bytes;
    }
  }
  return (size + 7) & ~7;
}

/** The most bytes a key of one text column holds: 2,704 less the header and the length. */
export const KEY_TEXT_LIMIT = BTREE_ENTRY_LIMIT - 12;

/**
 * Why a key of `options.keys` cannot be stored as the key of its result's table, or
 * `undefined`: over 2,692 bytes in UTF-8, PostgreSQL's B-tree index cannot hold it. Internal.
 */
export function oversizedKey(key: string): string | undefined {
  if (3 * key.length <= KEY_TEXT_LIMIT) return undefined;
  const bytes = utf8Bytes(key);
  return bytes <= KEY_TEXT_LIMIT
    ? undefined
    : `expected at most ${figure(KEY_TEXT_LIMIT)} bytes in UTF-8: the key is in the primary key of every table of the result, and PostgreSQL's B-tree index holds ${figure(BTREE_ENTRY_LIMIT)} bytes an entry; received ${figure(bytes)} bytes: ${unstorableExcerpt(key)}`;
}

/**
 * Refuses a row whose primary key PostgreSQL's B-tree index cannot hold (an entry over 2,704
 * bytes), before any statement runs: `invalid-input` at the longest text of the key
 * (`tables.frameworks.rows[0].framework_id`), with the limit, the entry's size and the text's
 * bytes in UTF-8. Internal.
 */
export function checkKeySize(
  table: string,
  index: number,
  row: Readonly<Record<string, Cell>>,
): void {
  const columns = KEY_COLUMNS[table];
  if (columns === undefined) return;
  const cells = columns.map((column) => row[column] ?? null);
  // At most 4 bytes of length and 3 bytes a code unit: most keys need no encoding.
  let bound = 8;
  for (const cell of cells) bound += typeof cell === 'string' ? 7 + 3 * cell.length : 8;
  if (bound <= BTREE_ENTRY_LIMIT) return;
  const size = indexEntrySize(cells);
  if (size <= BTREE_ENTRY_LIMIT) return;
  const bytes = cells.map((cell) => (typeof cell === 'string' ? utf8Bytes(cell) : 0));
  const longest = bytes.indexOf(Math.max(...bytes));
  const segments = ['tables', table, 'rows', index, columns[longest]!];
  const message = `expected a key PostgreSQL's B-tree index holds (at most ${figure(BTREE_ENTRY_LIMIT)} bytes an entry; this row's, of ${columns.join(', ')}, would be ${figure(size)}), received ${figure(bytes[longest]!)} bytes in UTF-8: ${unstorableExcerpt(cells[longest] as string)}`;
  throw new SocialValueError({
    code: 'invalid-input',
    message: `Cannot store the ${table} row in PostgreSQL: 1 problem.`,
    issues: [{ path: formatPath(segments), segments, message }],
  });
}
