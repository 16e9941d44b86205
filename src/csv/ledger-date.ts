import { quoteText } from '../core/describe-value.js';
import { isoDateOf } from '../core/schemas.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]*(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: [\d:.]*)?$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)(?: [\d:.]*)?$/;
const MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d+)(?: [\d:.]*)?$/;

const pad = (value: string | number, width = 2) => String(value).padStart(width, '0');

/** Year (as written), month and day of a date cell, a problem, or `undefined`. */
function partsOf(text: string): [string, number, number] | string | undefined {
  const iso = ISO.exec(text) ?? YEAR_FIRST.exec(text);
  if (iso !== null) return [iso[1]!, Number(iso[2]), Number(iso[3])];
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst !== null) return [dayFirst[3]!, Number(dayFirst[2]), Number(dayFirst[1])];
  const named = MONTH_NAME.exec(text);
  if (named === null) return undefined;
  const name = named[2]!.toLowerCase();
  const month = Object.hasOwn(MONTHS, name) ? MONTHS[name] : undefined;
  return month === undefined
    ? `${quoteText(named[2]!)} is not a month`
    : [named[3]!, month, Number(named[1])];
}

/**
 * Reads a date cell as UK payment exports write it: `2025-04-01` (a time after it is ignored),
 * `01/04/2025`, `1.4.2025`, `01-04-2025` (day first, as UK dates are), `2025/04/01`,
 * `1 Apr 2025` or `01-April-2025`. The calendar date is checked (no 31 April). A two-digit
 * year is refused, never guessed, and so is Excel's serial number of a date (`45750`), whose
 * problem names the date it would be. Returns `YYYY-MM-DD` or why the cell is not a date. Internal.
 */
export function readLedgerDate(cell: string): { date: string } | { problem: string } {
  const text = cell.trim();
  const parts = partsOf(text);
  if (typeof parts === 'string') return { problem: parts };
  if (parts === undefined) {
    // Excel's serial number of a date (days since 30 December 1899), as a workbook saves a date
    // column formatted as a number: said, never read (an invoice number looks the same).
    const serial = /^(\d{5})(?:\.\d+)?$/.exec(text);
    if (serial !== null) {
      const [year, month, day] = new Date(Date.UTC(1899, 11, 30 + Number(serial[1])))
        .toISOString()
        .slice(0, 10)
        .split('-');
      return {
        problem: `a number, as Excel writes a date in a cell formatted as a number: in Excel's dates ${text} is ${day}/${month}/${year}; format the column as a date, such as 31/03/2026, and save the CSV again`,
      };
    }
    return { problem: 'expected a date such as 31/03/2026 or 2026-03-31' };
  }
  const [year, month, day] = parts;
  if (year.length !== 4) {
    return {
      problem:
        year.length === 2
          ? 'a two-digit year is ambiguous: write the year in full (31/03/2026)'
          : `${quoteText(year)} is not a four-digit year`,
    };
  }
  const date = isoDateOf(`${year}-${pad(month)}-${pad(day)}`);
  return date === undefined ? { problem: 'no such calendar date' } : { date };
}
