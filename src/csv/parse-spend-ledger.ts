import * as z from 'zod/mini';
import { seal } from '../core/brand.js';
import { describeReceived, describeValue, quoteText } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { isPlainRecord } from '../core/record.js';
import { idSchema, strictObject, textSchema } from '../core/schemas.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { plural } from '../core/text.js';
import { withChecks } from '../core/with-checks.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';
import { type SupplierType, supplierTypes } from '../spend/supplier-types.js';
import { emptyTextError, isEmptyText } from './empty-text.js';
import { declaredSeparator, type FoundTable, findTable } from './find-table.js';
import { restoreFormula } from './formula-cells.js';
import { normaliseHeader, oneRolePerHeader } from './header-mapping.js';
import { readLedgerDate } from './ledger-date.js';
import { unnamedColumnCount, unnamedColumnsMessage } from './ledger-unnamed-columns.js';
import { noHeaderRowWords } from './no-header-row-words.js';
import {
  amountHint,
  excelScientificReason,
  readAmount,
  semicolonCommaHint,
} from './parse-amount.js';
import type { SheetLine } from './read-lines.js';
import { isKnownHeader, mapSpendHeaders } from './spend-ledger-columns.js';
import type {
  LedgerPayment,
  ParseSpendLedgerOptions,
  SpendLedger,
  SpendLedgerColumn,
  SpendLedgerProblem,
} from './spend-ledger-types.js';
import { normaliseLabel, supplierTypeOfLabel } from './supplier-type-labels.js';

const header = /* @__PURE__ */ optionalSchema(textSchema);

/** The caller's labels, read key by key (a `__proto__` label stays a label). */
const labelsSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.custom<Readonly<Record<string, unknown>>>(isPlainRecord, {
    error: (issue) => `expected an object of labels, received ${describeReceived(issue.input)}`,
  }),
  /* @__PURE__ */ z.transform((labels: Record<string, unknown>, ctx) => {
    const map = new Map<string, SupplierType>();
    for (const label of Object.keys(labels)) {
      const type = labels[label];
      if (typeof type === 'string' && (supplierTypes as readonly string[]).includes(type)) {
        map.set(normaliseLabel(label), type as SupplierType);
      } else {
        const hint = typeof type === 'string' ? didYouMean(suggest(type, supplierTypes)) : '';
        ctx.issues.push({
          code: 'custom',
          input: type,
          path: [label],
          message: `expected one of ${supplierTypes.join(', ')}, received ${describeValue(type)}${hint}`,
        });
      }
    }
    return map;
  }),
);

const optionsSchema = /* @__PURE__ */ strictObject({
  delimiter: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ withChecks(textSchema, /* @__PURE__ */ z.length(1)),
  ),
  columns: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ withChecks(
      /* @__PURE__ */ strictObject({
        supplier: header,
        amount: header,
        date: header,
        postcode: header,
        supplierType: header,
        department: header,
        ward: header,
      }),
      oneRolePerHeader,
    ),
  ),
  comments: /* @__PURE__ */ optionalSchema(idSchema),
  supplierTypes: /* @__PURE__ */ optionalSchema(labelsSchema),
});

const REQUIRED: readonly SpendLedgerColumn[] = ['supplier', 'amount', 'date'];

/** A supplier cell that is a total's label and nothing else: `Total`, `Grand total:`, `Sub-total`. */
const TOTAL_LABEL = /^(?:grand\s*|sub[\s-]*)?totals?\s*:?$/i;

/**
 * Reads a council's payments export (CSV or TSV, such as the monthly "spend over £500"
 * transparency files) with papaparse: the delimiter is detected (or given, or declared by
 * Excel's `sep=;` first line, which is no row), a byte-order mark,
 * CRLF and quoted cells are handled, and lines before the header row are skipped. Columns are
 * found by header (`Supplier Name`, `Amount`, `Payment Date`, `Postcode`, `Department` or
 * `Service Area`, `Ward`, `Supplier Type` and their usual variants; `options.columns` names
 * yours). Amounts are read as spreadsheets show them (`£1,234.56`, `(12.00)` is −12); dates as
 * `2026-03-31` or day first, `31/03/2026`, `31-Mar-2026` (a two-digit year is refused, never
 * guessed); supplier types by their usual labels (`SME`, `VCSE`, `Charity`, `CIC`, `Non-SME`…).
 * A row that cannot be read is left out with a problem naming its line, never read as zero; so
 * is a row with more cells than the header (an unquoted comma in a name shifts its cells).
 * Trailing columns the export left without a header (a running balance) are left out with one
 * `unnamed-columns` warning when every payment row has them, so the rows are read; a row with
 * cells beyond them is still left out (`extra-cells`), and one payment row alone cannot tell.
 * A column that repeats the header of a column read (a second `Amount`) is not read, with a
 * `repeated-column` warning; nor is another column known by the same role's names (`Gross
 * Amount` beside the `Net Amount` read, which the preferred name decides), with an
 * `other-known-column` warning unless `options.columns` names the column to read. Give the
 * payments to `analyseSpend`.
 *
 * @param text - The file's text.
 * @param options - Delimiter, column headers, comment prefix, your supplier-type labels.
 * @returns The payments, the problems and the columns found (`kind: 'spend-ledger'`).
 * @throws SocialValueError `invalid-input` when the text is empty (no characters, or only blank
 * lines and empty cells), no header row is found (the message names the row that came closest,
 * the column it lacks and its headers) or more than 100 quotes are never closed (path `text`;
 * `details.line`, the line of the 101st), or for bad options.
 *
 * @example
 * ```ts
 * import { parseSpendLedger } from 'social-value/csv';
 * import { analyseSpend } from 'social-value/spend';
 *
 * const text = [
 *   'Service Area,Supplier Name,Payment Date,Amount,Postcode,Supplier Type',
 *   'Housing,Harbour Repairs Ltd,01/04/2025,"£1,234.56",PO1 2AB,SME',
 *   'Housing,Harbour Repairs Ltd,15/04/2025,(34.56),PO1 2AB,SME',
 *   'Parks,Green Spaces CIC,02/05/25,£500.00,PO4 9QR,CIC',
 * ].join('\r\n');
 * const ledger = parseSpendLedger(text);
 * ledger.payments.length; // => 2
 * ledger.payments[0]?.amount.toString(); // => '1234.56'
 * ledger.payments[1]?.amount.toString(); // => '-34.56'
 * ledger.problems[0]?.code; // => 'not-a-date'
 * ledger.problems[0]?.line; // => 4
 * analyseSpend(ledger.payments, { locality: ['PO1-PO6'] }).localSpend.toString(); // => '1200'
 * ```
 */
export function parseSpendLedger(text: string, options: ParseSpendLedgerOptions = {}): SpendLedger {
  const { text: source, options: read } = declaredSeparator(
    parseInput(textSchema, text, 'spend ledger', ['text']).replace(/^\uFEFF/, ''),
    parseInput(optionsSchema, options, 'options', ['options'], zodTypeWords),
  );
  // A quote that never closes would swallow every line after it: its line is read on its own
  // (and left out, below), the lines after it as usual.
  // The row with the most of the required columns, for the error when none has all three.
  let closest: Closest | undefined;
  const found = findTable(source, read, (cells, line) => {
    const headers = cells.map((cell) => restoreFormula(cell));
    const mapping = mapSpendHeaders(headers, read.columns);
    const missing = REQUIRED.filter((role) => !mapping.has(role));
    if (missing.length === 0) return mapping;
    if (missing.length < (closest?.missing.length ?? REQUIRED.length)) {
      closest = { line, headers, missing };
    }
    return undefined;
  });
  if (found === undefined && isEmptyText(source, read.delimiter)) {
    throw emptyTextError(
      'spend ledger',
      source,
      'a header row with a supplier (Supplier Name), an amount (Amount) and a date (Payment Date) column, then a row per payment',
    );
  }
  if (found === undefined) {
    const words = noHeaderRowWords(source);
    const near = closest === undefined ? undefined : closestWords(closest, read.columns ?? {});
    throw new SocialValueError({
      code: 'invalid-input',
      message: `Invalid spend ledger: no header row found. Expected a row with a supplier (Supplier Name), an amount (Amount) and a date (Payment Date) column; use options.columns to name yours.${near?.sentence ?? ''}${words.sentence}`,
      issues: [{ path: 'text', segments: ['text'], message: near?.issue ?? words.issue }],
    });
  }
  return seal(readBody(found, read.supplierTypes ?? new Map(), read.columns ?? {}), 'spend-ledger');
}

/** The row that came closest to a header row: its line, its cells and the columns it lacks. */
interface Closest {
  readonly line: number;
  readonly headers: readonly string[];
  readonly missing: readonly SpendLedgerColumn[];
}

/**
 * What the "no header row found" error says of the row that came closest: the columns it lacks
 * (a header named in `options.columns` that it does not have, with the nearest of its headers),
 * and its headers, ten at most.
 */
function closestWords(
  { line, headers, missing }: Closest,
  named: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>>,
): { sentence: string; issue: string } {
  const given = headers.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const listed = given.slice(0, 10).map(quoteText).join(', ');
  const more = given.length > 10 ? ` and ${given.length - 10} more` : '';
  const notes = missing.map((role) => {
    const header = named[role];
    if (header === undefined) return '';
    const near = suggest(header, given).map(quoteText).join(' or ');
    return ` (options.columns.${role} is ${quoteText(header)}, none of its headers${near === '' ? '' : `: did you mean ${near}?`})`;
  });
  const lacking = missing.map((role) => `${role === 'amount' ? 'an' : 'a'} ${role}`).join(' or ');
  return {
    sentence: ` Line ${line} comes closest, without ${lacking} column${notes.join('')}; its headers: ${listed}${more}.`,
    issue: `no header row found (line ${line}, the closest, has no ${missing.join(' or ')} column)`,
  };
}

/**
 * A warning for each column not read whose header repeats that of a column read (a second
 * `Amount`: which of the two is read cannot be seen in `columns`), or is another known name of a
 * column read by its known names (`Gross Amount` beside the `Net Amount` read: which figure the
 * payments are is the reader's to say in `options.columns`, and then there is no warning).
 */
function unreadColumns(
  headers: readonly string[],
  mapping: ReadonlyMap<SpendLedgerColumn, number>,
  named: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>>,
  line: number,
): SpendLedgerProblem[] {
  const read = new Set(mapping.values());
  const problems: SpendLedgerProblem[] = [];
  const warn = (code: SpendLedgerProblem['code'], header: string, message: string) =>
    problems.push({ code, severity: 'warning', message, line, column: header, value: header });
  headers.forEach((header, index) => {
    if (read.has(index) || header === '') return;
    const same = [...mapping].find(
      ([, at]) => normaliseHeader(headers[at]!) === normaliseHeader(header),
    );
    if (same !== undefined) {
      const [role, at] = same;
      warn(
        'repeated-column',
        header,
        `Line ${line}: column ${index + 1} repeats the header ${quoteText(header)} of column ${at + 1}, the ${role} column: it is not read. Give the columns different headers, and name the one to read in options.columns if it is not column ${at + 1}.`,
      );
      return;
    }
    for (const [role, at] of mapping) {
      if (named[role] !== undefined || !isKnownHeader(role, header)) continue;
      warn(
        'other-known-column',
        header,
        `Line ${line}: column ${index + 1}, ${quoteText(header)}, is also ${role === 'amount' ? 'an' : 'a'} ${role} column and is not read: the ${role} read is column ${at + 1}, ${quoteText(headers[at]!)}. Name the one to read in options.columns.${role}.`,
      );
    }
  });
  return problems;
}

function readBody(
  found: FoundTable<Map<SpendLedgerColumn, number>>,
  labels: ReadonlyMap<string, SupplierType>,
  named: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>>,
): SpendLedger {
  const { header, body, mapping, delimiter } = found;
  const headers = header.cells.map((cell) => restoreFormula(cell.trim()));
  const problems: SpendLedgerProblem[] = [];
  const payments: LedgerPayment[] = [];
  // Text cells lose the apostrophe a writer put before a formula character (`'=x` is `=x`), as
  // pledge sheets read theirs; the amount is read as written, so `'-5` is text, not -5.
  const cellAt = (row: SheetLine, index: number): string =>
    restoreFormula((row.cells[index] ?? '').trim());
  const cellOf = (row: SheetLine, role: SpendLedgerColumn): string | undefined => {
    const index = mapping.get(role);
    if (index === undefined) return undefined;
    return role === 'amount' ? (row.cells[index] ?? '').trim() : cellAt(row, index);
  };
  const problem = (
    row: SheetLine,
    code: SpendLedgerProblem['code'],
    severity: SpendLedgerProblem['severity'],
    role: SpendLedgerColumn | null,
    what: string,
  ) => {
    const column = role === null ? null : headers[mapping.get(role)!]!;
    const value = role === null ? '' : (cellOf(row, role) ?? '');
    const where =
      column === null ? `Line ${row.line}` : `Line ${row.line}, column ${quoteText(column)}`;
    problems.push({ code, severity, message: `${where}: ${what}`, line: row.line, column, value });
  };
  if (!mapping.has('postcode')) {
    problems.push({
      code: 'no-postcode-column',
      severity: 'warning',
      message: `Line ${header.line}: no postcode column, so no payment can be placed in a locality.`,
      line: header.line,
      column: null,
      value: '',
    });
  }
  problems.push(...unreadColumns(headers, mapping, named, header.line));
  // The header again (files of several months joined into one): not a payment.
  const repeatsHeader = (row: SheetLine) =>
    [...mapping.values()].every((index) => cellAt(row, index) === headers[index]);
  // A total written in the supplier column (`Total`, `Grand Total:`), or no supplier.
  const noSupplier = (row: SheetLine) => {
    const supplier = cellOf(row, 'supplier')!;
    return supplier === '' || TOTAL_LABEL.test(supplier);
  };
  const unnamed = unnamedColumnCount(
    body.filter(
      (row) => row.unbalancedQuote === undefined && !repeatsHeader(row) && !noSupplier(row),
    ),
    headers.length,
  );
  if (unnamed > 0) {
    problems.push({
      code: 'unnamed-columns',
      severity: 'warning',
      message: `Line ${header.line}: ${unnamedColumnsMessage(headers.length, unnamed)}`,
      line: header.line,
      column: null,
      value: '',
    });
  }
  const width = headers.length + unnamed;
  for (const row of body) {
    if (row.unbalancedQuote !== undefined) {
      problem(
        row,
        'unbalanced-quote',
        'error',
        null,
        'a quote that is never closed, so the row is left out; the lines after it are read as usual.',
      );
      continue;
    }
    if (repeatsHeader(row)) {
      problem(
        row,
        'repeated-header',
        'info',
        null,
        `the header row again (as on line ${header.line}), skipped.`,
      );
      continue;
    }
    // More cells than headers (an unquoted comma in a name) shift every cell after it: the
    // row's supplier, amount or postcode cannot be known, so it is left out, never misread.
    // Unnamed columns every row has are not extra; a cell beyond them is.
    const extra = row.cells.slice(width).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      const others = unnamed > 0 ? ` and the other rows ${width}` : '';
      problem(
        row,
        'extra-cells',
        'error',
        null,
        `${plural(row.cells.length, 'cell')} where the header on line ${header.line} has ${headers.length}${others} (a comma in a name not in quotes?), so the row is left out.`,
      );
      continue;
    }
    const supplier = cellOf(row, 'supplier')!;
    if (noSupplier(row)) {
      // Without a supplier, a cell that is a total's label (`Total`) makes a total row; a cell
      // that only has the word (`Total Transport`, a department) may be a payment whose supplier
      // was left out (redacted): skipped as a total, but warned, naming the cell.
      const worded = row.cells.find((cell) => /\btotal\b/i.test(cell));
      if (supplier !== '' || row.cells.some((cell) => TOTAL_LABEL.test(cell.trim()))) {
        problem(
          row,
          'total-row',
          'info',
          null,
          'a total row, skipped (the analysis makes its own totals).',
        );
      } else if (worded !== undefined) {
        problem(
          row,
          'total-row',
          'warning',
          null,
          `no supplier and ${quoteText(worded.trim())} in a cell, so it is read as a total row and skipped; if it is a payment, give its supplier.`,
        );
      } else {
        problem(
          row,
          'missing-supplier',
          'error',
          'supplier',
          'no supplier, so the row is left out (if the name was withheld, as published spend files withhold personal data, write a placeholder such as REDACTED to count the payment).',
        );
      }
      continue;
    }
    const amountCell = cellOf(row, 'amount')!;
    // `1,500` in a `;` file may be 1.5 or 1500: refused, as pledge sheets refuse it.
    const commaHint = semicolonCommaHint(amountCell, delimiter);
    const amount = commaHint === undefined ? readAmount(amountCell) : 'not-a-number';
    if (amount === null || typeof amount === 'string') {
      if (amount === null)
        problem(row, 'missing-amount', 'error', 'amount', 'no amount, so the row is left out.');
      else
        problem(
          row,
          amount,
          'error',
          'amount',
          amount === 'out-of-range'
            ? `${describeValue(amountCell)} is outside the numeric domain (below 1e15, at most 40 decimal places), so the row is left out.`
            : `${describeValue(amountCell)} ${excelScientificReason(amountCell) ?? `is not an amount${commaHint ?? amountHint(amountCell)}`}, so the row is left out.`,
        );
      continue;
    }
    const dateCell = cellOf(row, 'date')!;
    const date = readLedgerDate(dateCell);
    if ('problem' in date) {
      problem(
        row,
        'not-a-date',
        'error',
        'date',
        dateCell.trim() === ''
          ? 'no date, so the row is left out.'
          : `${describeValue(dateCell)} is not a date (${date.problem}), so the row is left out.`,
      );
      continue;
    }
    const cell = cellOf(row, 'postcode');
    const payment: { -readonly [K in keyof LedgerPayment]: LedgerPayment[K] } = {
      supplier,
      amount,
      date: date.date,
      postcode: cell === undefined || cell === '' ? null : cell,
    } as LedgerPayment;
    const label = cellOf(row, 'supplierType');
    if (label !== undefined && label !== '') {
      const type = supplierTypeOfLabel(label, labels);
      if (type === undefined) {
        problem(
          row,
          'unknown-supplier-type',
          'warning',
          'supplierType',
          `${describeValue(label)} is not a known supplier type, so the payment's type is unknown (name it in options.supplierTypes).`,
        );
      } else {
        payment.supplierType = type;
      }
    }
    const department = cellOf(row, 'department');
    if (department !== undefined && department !== '') payment.department = department;
    const ward = cellOf(row, 'ward');
    if (ward !== undefined && ward !== '') payment.ward = ward;
    payment.line = row.line;
    payments.push(payment);
  }
  const columns: Partial<Record<SpendLedgerColumn, string>> = {};
  for (const [role, index] of mapping) columns[role] = headers[index]!;
  return {
    kind: 'spend-ledger',
    schemaVersion: 1,
    payments,
    problems,
    columns,
    delimiter,
    headerLine: header.line,
  };
}
