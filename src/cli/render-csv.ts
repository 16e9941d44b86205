// The CSV form of a report: its main table with exact figures, written by papaparse, with
// cells a spreadsheet would run as formulas neutralised (OWASP) by the rule formatValuationCsv
// uses (src/csv/formula-cells.ts), so parsePledgeSheet reads them back as they were: a figure
// (a cell of a numeric column, or one with an exact figure) that is a number stays a number,
// while text (headers, ids, names) starting with a formula character always gets the `'`, so a
// bid id `+1` is not shown as the number 1.
import Papa from 'papaparse';
import { neutraliseFormula, neutraliseText } from '../csv/formula-cells.js';
import { type CellInput, cellExact, type Report } from './report.js';

/**
 * Renders the report's CSV: its `csvText` when it has one, else its main table (exact figures);
 * either way every line, the last too, ends with CRLF.
 */
export function renderCsv(report: Report): string {
  if (report.csvText !== undefined) {
    return report.csvText.endsWith('\n') ? report.csvText : `${report.csvText}\r\n`;
  }
  const table = report.csvTable;
  const written = (row: readonly CellInput[]) =>
    row.map((cell, index) =>
      table.columns[index]?.numeric || (typeof cell !== 'string' && cell.exact !== undefined)
        ? neutraliseFormula(cellExact(cell))
        : neutraliseText(cellExact(cell)),
    );
  const rows = [
    table.columns.map((column) => neutraliseText(column.label)),
    ...table.rows.map(written),
    ...(table.total === undefined ? [] : [written(table.total)]),
  ];
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
