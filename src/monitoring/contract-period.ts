import { fieldError } from '../core/issue.js';
import { dayNumber } from './calendar.js';
import { financialYearOfDay, type YearSpan } from './financial-year.js';

/** A checked contract period: its ISO ends, their day numbers and its length in days. Internal. */
export interface ContractPeriod {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly end: string;
  /** The first day's number. */
  readonly first: number;
  /** The last day's number. */
  readonly last: number;
  /** Days from first to last, both included. */
  readonly days: number;
}

/** The contract period in day numbers, checked; `undefined` without one. Internal. */
export function contractPeriod(
  start: string | undefined,
  end: string | undefined,
): ContractPeriod | undefined {
  if (start === undefined && end === undefined) return undefined;
  if (start === undefined || end === undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: the contract period needs both ends.',
      ['options', start === undefined ? 'start' : 'end'],
      'expected both start and end of the contract, or neither',
    );
  }
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (last < first) {
    throw fieldError(
      'invalid-period',
      'Invalid contract period: it ends before it starts.',
      ['options', 'end'],
      `expected a day on or after the start ${start}, received ${end}`,
    );
  }
  return { start, end, first, last, days: last - first + 1 };
}

/** Throws `date-out-of-range` when a date is outside the contract. Internal. */
export function checkInPeriod(
  period: ContractPeriod | undefined,
  date: string,
  path: readonly PropertyKey[],
): void {
  if (period === undefined) return;
  const day = dayNumber(date);
  if (day < period.first || day > period.last) {
    throw fieldError(
      'date-out-of-range',
      `Date ${date} is outside the contract (${period.start} to ${period.end}).`,
      path,
      `expected a day from ${period.start} to ${period.end}, received ${date}`,
    );
  }
}

/** The financial years from the first to the last day covered, in order. Internal. */
export function yearsBetween(first: number, last: number, startMonth: number): YearSpan[] {
  const years: YearSpan[] = [];
  let day = first;
  while (day <= last) {
    const year = financialYearOfDay(day, startMonth);
    years.push(year);
    day = year.lastDay + 1;
  }
  return years;
}
