// Reading flag values that the library does not read itself (money typed by people, whole
// numbers). Anything else is handed to the library as typed, which validates it.

import { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { inputDomainProblem } from '../core/numeric-domain.js';
import { EXCEL_SHOWS, excelScientificFigure, readAmount } from '../csv/parse-amount.js';
import { CliError } from './cli-error.js';
import type { SheetColumns } from './read-sheet.js';

const FIGURE = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * Refuses Excel's shortened number (`1.23E+06`, `-4.5E-05`) in a flag as the CSV readers refuse
 * it in a cell: typed or pasted, the text is the same as a spreadsheet shows for a wider number
 * (1,234,567 shows as `1.23E+06`), so its other digits may be lost; the figure it shows is given,
 * to type in full.
 */
function refuseExcel(flag: string, value: string): void {
  const figure = excelScientificFigure(value);
  if (figure === undefined) return;
  throw new CliError(
    `${flag}: ${quoteText(value)} ${EXCEL_SHOWS}, so digits may have been lost, and is refused as a CSV cell holding it is: type the figure in full (${exactText(new Decimal(figure))} if that is exactly it).`,
  );
}

/**
 * Reads an amount in pounds as a CSV's money cell is read (`12000000`, `12,000,000.00`,
 * `£12,000,000`, `1 000`, `1.2e6`) into a decimal string; the library then checks its range.
 * Excel's `1.23E+06` is refused as in a cell.
 */
export function poundsOption(flag: string, value: string): string {
  refuseExcel(flag, value);
  const amount = readAmount(value);
  // Outside the numeric domain: as typed, for the library to say so.
  if (amount === 'out-of-range') return value.trim();
  if (amount !== null && amount !== 'not-a-number') return amount.toString();
  throw new CliError(
    `${flag}: expected an amount in pounds such as 12000000 or £12,000,000, received ${quoteText(value)}.`,
  );
}

/** Reads a whole number flag (`--years 3`). */
export function wholeOption(flag: string, value: string): number {
  if (!/^\d{1,6}$/.test(value.trim())) {
    throw new CliError(`${flag}: expected a whole number such as 3, received ${quoteText(value)}.`);
  }
  return Number(value.trim());
}

/**
 * Reads a figure flag (a weight in points, a rate) as a decimal string for the library: digits,
 * maybe an exponent (`3.5e-2`); Excel's `3.5E-02` is refused as in a cell.
 */
export function figureOption(flag: string, value: string): string {
  refuseExcel(flag, value);
  const text = value.trim();
  if (!FIGURE.test(text)) {
    throw new CliError(
      `${flag}: expected a number such as 10 or 0.035, received ${quoteText(value)}.`,
    );
  }
  return text;
}

/**
 * Reads a weight flag in percentage points of the total score, 0 to 100 (`--minimum 10`, or
 * `10%`: the one percent sign a weight is often written with), as a decimal string. A fraction
 * such as 0.1 is 0.1 points, as every weight is in points; Excel's `1E+01` is refused as in a
 * cell, and so is a figure outside the numeric domain (more than 40 decimal places).
 */
export function pointsOption(flag: string, value: string): string {
  const text = value.trim().replace(/%$/, '').trim();
  refuseExcel(flag, text);
  // An exponent of 5 digits or more is far outside 0 to 100 (or, below 1e-9e15, would read as 0).
  const points = FIGURE.test(text) && !/[eE][+-]?\d{5}/.test(text) ? new Decimal(text) : undefined;
  if (
    points === undefined ||
    points.lt(0) ||
    points.gt(100) ||
    inputDomainProblem(points) !== undefined
  ) {
    throw new CliError(
      `${flag}: expected percentage points of the total score from 0 to 100, at most 40 decimal places (10 for 10%), received ${quoteText(value)}.`,
    );
  }
  return exactText(points);
}

/**
 * Reads the `--column role=header` flags (each may be given again for another role) into a pledge
 * sheet's `options.columns`: the role before the first `=`, the header after it as written. The
 * library checks the roles and finds the headers; a role named twice is refused here.
 */
export function sheetColumnsOption(
  values: readonly string[] | undefined,
): SheetColumns | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const columns: Record<string, string> = Object.create(null);
  for (const value of values) {
    const at = value.indexOf('=');
    const role = value.slice(0, at).trim();
    const header = value.slice(at + 1);
    if (at < 0 || role === '' || header.trim() === '') {
      throw new CliError(
        `--column: expected a role and the header of its column, such as quantity=Target, received ${quoteText(value)}.`,
      );
    }
    if (Object.hasOwn(columns, role)) {
      throw new CliError(
        `--column: ${quoteText(role)} is named twice (${quoteText(columns[role]!)} and ${quoteText(header)}): give each role one column.`,
      );
    }
    columns[role] = header;
  }
  return columns;
}
