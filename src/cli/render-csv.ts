// The CSV form of a report: its main table with exact figures, written by papaparse, with
// cells a spreadsheet would run as formulas neutralised (OWASP), as formatValuationCsv does.
import Papa from 'papaparse';
import { cellExact, type Report } from './report.js';

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Renders the report's CSV: its `csvText` when it has one, else its main table (exact figures);
 * either way every line, the last too, ends with CRLF.
 */
export function renderCsv(report: Report): string {
  if (report.csvText !== undefined) {
    return report.csvText.endsWith('\n') ? report.csvText : `${report.csvText}\r\n`;
  }
  const table = report.csvTable;
  const rows = [
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => row.map(cellExact)),
    ...(table.total === undefined ? [] : [table.total.map(cellExact)]),
  ].map((row) => row.map(neutralise));
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}

function neutralise(cell: string): string {
  return FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}
