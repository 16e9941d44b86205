// The terminal form of a report: aligned plain-text tables, bold headings only when colour is
// wanted (never with NO_COLOR or when piped).
import { type CellInput, cellText, hasText, printable, type Report, type Table } from './report.js';

const BOLD = ['\u001b[1m', '\u001b[22m'] as const;

/** Renders a report for a terminal; `colour` adds bold headings and nothing else. */
export function renderText(report: Report, colour: boolean): string {
  const bold = (text: string) => (colour ? `${BOLD[0]}${text}${BOLD[1]}` : text);
  const lines: string[] = [bold(printable(report.title)), printable(report.summary)];
  for (const section of report.sections.filter(hasText)) {
    lines.push('', bold(printable(section.heading)));
    for (const paragraph of section.text ?? []) lines.push(printable(paragraph));
    // One push a line: a table of 150,000 lines is too many arguments for one call.
    for (const line of section.table ? tableLines(section.table, bold) : []) lines.push(line);
    for (const item of section.list ?? []) lines.push(`- ${printable(item)}`);
  }
  return `${lines.join('\n')}\n`;
}

function tableLines(table: Table, bold: (text: string) => string): string[] {
  const all: (readonly CellInput[])[] = [
    table.columns.map((column) => column.label),
    ...table.rows,
    ...(table.total === undefined ? [] : [table.total]),
  ];
  const widths = table.columns.map((_, column) =>
    // Not Math.max(...widths): a sheet of 150,000 lines is too many arguments for one call.
    all.reduce((widest, row) => Math.max(widest, width(printable(cellText(row[column] ?? '')))), 0),
  );
  const line = (row: readonly CellInput[]) =>
    row
      .map((cell, column) => {
        const text = printable(cellText(cell));
        const pad = ' '.repeat(Math.max(0, (widths[column] ?? 0) - width(text)));
        return table.columns[column]?.numeric === true ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  const out = [bold(line(table.columns.map((column) => column.label))), rule];
  for (const row of table.rows) out.push(line(row));
  if (table.total !== undefined) out.push(rule, line(table.total));
  return out;
}

/** The width of a text in a terminal, counting code points (no text here is double width). */
function width(text: string): number {
  return [...text].length;
}
