// The one rule for text written for spreadsheets (formatValuationCsv, the CLI's `--format csv`)
// and read back from them (parsePledgeSheet, streamPledgeSheet). A spreadsheet runs a cell as a
// formula when it starts with one of these characters:
//   = + - @ and a tab or NUL (OWASP ASVS 5.0, requirement 1.2.10);
//   a carriage return or a line feed (OWASP, "CSV Injection");
//   the full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which spreadsheets in East-Asian
//   locales read as = + - @.
// Such a cell is written with a leading apostrophe, and the reader takes one such apostrophe
// off again: a cell that already starts with apostrophes before such a character gets one more,
// so every text reads back as it was written.

const FORMULA = /^'*[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;
const APOSTROPHE = 0x27;
// Cells that are numbers stay as they are: a spreadsheet reads `-5`, `+5`, `1e3` or `-£12.50`
// as a number, never as a formula.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const POUNDS = /^-?£\d{1,3}(?:,\d{3})*(?:\.\d+)?$/;

/**
 * The cell of a figure column with a leading `'` when a spreadsheet would run it as a formula
 * (see above); numbers are left as they are. Internal: every writer of spreadsheet text.
 */
export function neutraliseFormula(cell: string): string {
  return NUMBER.test(cell) || POUNDS.test(cell) ? cell : neutraliseText(cell);
}

/**
 * The cell of a text column (an id, a name) with a leading `'` when it starts with a formula
 * character, even when it reads as a number: `+1` is an id, which a spreadsheet would show as 1.
 * Internal: every writer of spreadsheet text.
 */
export function neutraliseText(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/**
 * The cell without the `'` {@link neutraliseFormula} added (one, before a formula character), so
 * `restoreFormula(neutraliseFormula(text)) === text` for every text. Internal: the readers.
 */
export function restoreFormula(cell: string): string {
  // Only a cell starting with an apostrophe can be one: the others skip the pattern.
  return cell.charCodeAt(0) === APOSTROPHE && NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
