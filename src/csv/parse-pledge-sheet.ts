import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { emptyRecord } from '../core/record.js';
import { plural } from '../core/text.js';
import { moneyText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { assemblePledgeSheet, problemOf, sheetRowOf } from './assemble-pledge-sheet.js';
import { findTable } from './find-table.js';
import { restoreFormula } from './formula-cells.js';
import { mapHeaders } from './header-mapping.js';
import { parseAmount } from './parse-amount.js';
import type { SheetLine } from './read-lines.js';
import { type ParsePledgeSheetOptions, parsePledgeSheetOptionsSchema } from './schemas.js';
import type {
  ParsedPledgeSheetRow,
  PledgeSheet,
  PledgeSheetColumn,
  PledgeSheetProblem,
} from './types.js';

/**
 * Reads a pledge sheet exported from a spreadsheet as CSV or TSV, with papaparse: the delimiter
 * is detected (or given), a byte-order mark, CRLF line ends and quoted fields (with commas or
 * line breaks inside) are handled. Lines before the header row (a title, a paragraph) are
 * skipped; the header row is the first with a measure column and an answer, proxy or value
 * column. Columns are matched by header (overridable with `columns`); every other column
 * becomes a tag. Money is read as spreadsheets show it (`£ 738,768.00`, `£ -` as 0,
 * `(1,234.00)` as negative, blank as `null`). A row without a reference whose cells mention
 * "total" gives `statedTotal`. A cell that is not a number (or a sign inside brackets, `(-5)`),
 * a row without a reference and a quote that is never closed each become a problem with its
 * line, never a silent zero or a swallowed row. A text cell starting `'=`, `'+`, `'-` or `'@`
 * (as `formatValuationCsv` neutralises formulas) loses that apostrophe.
 *
 * @param text - The file's text.
 * @param options - Delimiter, column headers, comment prefix.
 * @returns Rows, stated total, problems, the columns found and a summary, frozen, with
 * `kind: 'pledge-sheet'`.
 * @throws SocialValueError `invalid-input` when no header row is found (path `text`), or for
 * bad options (path `options…`).
 *
 * @example
 * ```ts
 * import { parsePledgeSheet } from 'social-value/csv';
 *
 * const text = [
 *   'Theme,Reference,Units,Proxy Value,Answer,Pledged Social Value,CWB Priority',
 *   'Growth: Responsible Regional Business,CBC5 RBC1,£,0,840000,£ -,Progressive Procurement',
 *   'Social: Resilient Communities,NT29,no. hours,16.09,32,"£ 514.88",Plural Ownership',
 *   ',,,,Total,"£514.88",',
 * ].join('\r\n');
 * const sheet = parsePledgeSheet(text);
 * sheet.rows[0]?.statedValue; // => '0'
 * sheet.rows[1]?.tags; // => { 'CWB Priority': 'Plural Ownership' }
 * sheet.statedTotal; // => '514.88'
 * sheet.summary; // => '2 measure rows after the header on line 1, stated total £514.88; no problems.'
 * ```
 */
export function parsePledgeSheet(text: string, options?: ParsePledgeSheetOptions): PledgeSheet {
  const source = parseInput(z.string(), text, 'pledge sheet', ['text']).replace(/^\uFEFF/, '');
  const parsed = parseInput(parsePledgeSheetOptionsSchema, options ?? {}, 'options', ['options']);
  const found = findTable(source, parsed, (cells) => {
    const mapping = mapHeaders(
      cells.map((cell) => restoreFormula(cell)),
      parsed.columns,
    );
    const isHeader =
      mapping.has('measure') &&
      (mapping.has('quantity') || mapping.has('proxyValue') || mapping.has('statedValue'));
    return isHeader ? mapping : undefined;
  });
  if (found === undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid pledge sheet: no header row found. Expected a row with a Reference (or Measure, Code) column and an Answer, Proxy Value or Pledged Social Value column; use options.columns to name yours.',
      ['text'],
      'no header row found',
    );
  }
  const { header, body, mapping, delimiter, skipped } = found;
  const headers = header.cells.map((cell) => restoreFormula(cell.trim()));
  const roleOf = new Map([...mapping].map(([role, index]) => [index, role]));
  const tagColumns = tagColumnsOf(headers, roleOf);
  const problems: PledgeSheetProblem[] = [];
  const rows: ParsedPledgeSheetRow[] = [];
  let statedTotal: Decimal | null = null;
  let theme = '';

  const quoteProblem = (row: SheetLine) => {
    if (row.unbalancedQuote === undefined) return;
    problems.push(
      problemOf({
        code: 'unbalanced-quote',
        severity: 'error',
        message: `Line ${row.line} has a quote that is never closed; the line is read on its own, its quote marks kept as text, and the lines after it are read as usual.`,
        line: row.line,
        value: row.unbalancedQuote,
      }),
    );
  };
  for (const row of skipped) quoteProblem(row);
  quoteProblem(header);
  const cell = (row: SheetLine, role: PledgeSheetColumn) => {
    const index = mapping.get(role);
    return index === undefined ? '' : restoreFormula((row.cells[index] ?? '').trim());
  };
  const amount = (row: SheetLine, role: PledgeSheetColumn): Decimal | null => {
    const index = mapping.get(role);
    if (index === undefined) return null;
    const written = row.cells[index] ?? '';
    const value = parseAmount(written);
    if (typeof value !== 'string') return value;
    const column = JSON.stringify(headers[index]);
    problems.push(
      problemOf({
        code: value,
        severity: 'error',
        message:
          value === 'out-of-range'
            ? `Line ${row.line}, column ${column}: ${JSON.stringify(written)} is outside the numeric domain (below 1e15, at most 40 decimal places); it is left blank.`
            : `Line ${row.line}, column ${column}: ${JSON.stringify(written)} is not a number; it is left blank.`,
        line: row.line,
        column: headers[index]!,
        columnNumber: index + 1,
        value: written,
      }),
    );
    return null;
  };

  for (const row of body) {
    quoteProblem(row);
    const measure = cell(row, 'measure');
    if (measure === '') {
      if (row.cells.some((value) => /total/i.test(value))) {
        statedTotal = amount(row, 'statedValue') ?? lastAmount(row.cells);
        continue;
      }
      const index = mapping.get('measure')!;
      problems.push(
        problemOf({
          code: 'missing-reference',
          severity: 'warning',
          message: `Line ${row.line} has content but no measure code; it is skipped.`,
          line: row.line,
          column: headers[index]!,
          columnNumber: index + 1,
          value: row.cells[index] ?? '',
        }),
      );
      continue;
    }
    theme = cell(row, 'theme') || theme;
    const tags = emptyRecord<string>();
    for (const { name, index } of tagColumns) {
      const value = restoreFormula((row.cells[index] ?? '').trim());
      if (value !== '') tags[name] = value;
    }
    rows.push(
      sheetRowOf({
        line: row.line,
        theme,
        measure,
        question: cell(row, 'question'),
        unit: cell(row, 'unit'),
        proxyValue: amount(row, 'proxyValue'),
        quantity: amount(row, 'quantity'),
        statedValue: amount(row, 'statedValue'),
        tags,
      }),
    );
  }

  const columns: Partial<Record<PledgeSheetColumn, string>> = {};
  for (const [role, index] of mapping) columns[role] = headers[index]!;
  return assemblePledgeSheet({
    rows,
    statedTotal,
    problems: problems.sort((a, b) => a.line - b.line),
    columns,
    tagColumns: tagColumns.map(({ name }) => name),
    delimiter,
    headerLine: header.line,
    summary: summaryOf(rows.length, header.line, statedTotal, problems.length),
  });
}

function summaryOf(
  rows: number,
  headerLine: number,
  statedTotal: Decimal | null,
  problems: number,
): string {
  const total = statedTotal === null ? 'no stated total' : `stated total ${moneyText(statedTotal)}`;
  const found = problems === 0 ? 'no problems' : `${plural(problems, 'problem')} to check`;
  return `${plural(rows, 'measure row')} after the header on line ${headerLine}, ${total}; ${found}.`;
}

/**
 * The columns read as tags: every named column without a role. A header used twice keeps both
 * columns: the second is named `Note (column 5)`.
 */
function tagColumnsOf(
  headers: readonly string[],
  roleOf: ReadonlyMap<number, PledgeSheetColumn>,
): { name: string; index: number }[] {
  const names = new Set<string>();
  const columns: { name: string; index: number }[] = [];
  headers.forEach((header, index) => {
    if (roleOf.has(index) || header === '') return;
    const name = names.has(header) ? `${header} (column ${index + 1})` : header;
    names.add(name);
    columns.push({ name, index });
  });
  return columns;
}

/** The last cell of a row that reads as an amount (for total rows). */
function lastAmount(cells: readonly string[]): Decimal | null {
  for (let i = cells.length - 1; i >= 0; i -= 1) {
    const value = parseAmount(cells[i]!);
    if (value !== null && typeof value !== 'string') return value;
  }
  return null;
}
