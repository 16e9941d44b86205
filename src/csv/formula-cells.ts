// Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage return) as a
// formula: text written for them is neutralised with a leading apostrophe (OWASP, "CSV
// Injection"), and the reader takes one such apostrophe off again.

const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;
// Cells that are numbers stay as they are: a spreadsheet reads `-5`, `1e3` or `-£12.50` as a
// number, never as a formula.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const POUNDS = /^-?£\d{1,3}(?:,\d{3})*(?:\.\d+)?$/;

/** The cell with a leading `'` when a spreadsheet would run it as a formula. Internal. */
export function neutraliseFormula(cell: string): string {
  return FORMULA.test(cell) && !NUMBER.test(cell) && !POUNDS.test(cell) ? `'${cell}` : cell;
}

/** The cell without the `'` {@link neutraliseFormula} added (one, before a formula character). Internal. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
