// The CSV form of a report: its main table with exact figures, written by papaparse, with
// cells a spreadsheet would run as formulas neutralised (OWASP) by the rule formatValuationCsv
// uses (src/csv/formula-cells.ts), so parsePledgeSheet reads them back as they were.
import Papa from 'papaparse';
import { neutraliseFormula } from '../csv/formula-cells.js';
import { cellExact, type Report } from './report.js';

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
  ].map((row) => row.map((cell) => neutraliseFormula(cell)));
  return `${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
