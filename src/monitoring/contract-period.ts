import { dayNumber } from './calendar.js';
import { type FinancialYear, financialYearOfDay } from './financial-year.js';
import { fieldError } from './input-error.js';
import type { TrackDeliveryInput } from './schemas.js';

/** The contract period in day numbers, checked; `undefined` without one. Internal. */
export function contractPeriod(options: TrackDeliveryInput['options']) {
  const { start, end } = options;
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

/** A checked contract period. Internal. */
export type ContractPeriod = NonNullable<ReturnType<typeof contractPeriod>>;

/** Throws `date-out-of-range` when a date is outside the contract. Internal. */
export function checkInPeriod(
  period: ContractPeriod | undefined,
  date: string,
  path: readonly PropertyKey[],
) {
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

/** The financial years from the first to the last day covered, in order. */
export function yearsBetween(first: number, last: number, startMonth: number): FinancialYear[] {
  const years: FinancialYear[] = [];
  let day = first;
  while (day <= last) {
    const year = financialYearOfDay(day, startMonth);
    years.push(year);
    day = dayNumber(year.end) + 1;
  }
  return years;
}
