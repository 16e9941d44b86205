import { z } from 'zod';
import { isoDateSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber, isoOfDay } from './calendar.js';

/**
 * A financial year: its label, first and last day.
 *
 * @example
 * ```ts
 * import { financialYear, type FinancialYear } from 'social-value';
 *
 * const year: FinancialYear = financialYear('2025-03-31');
 * year.label; // => '2024/25'
 * ```
 */
export interface FinancialYear {
  /** The year as UK public bodies write it: `'2024/25'` (one calendar year: `'2025'`). */
  readonly label: string;
  /** The calendar year in which the financial year starts. */
  readonly startYear: number;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly end: string;
}

/**
 * Options of {@link financialYear}.
 *
 * @example
 * ```ts
 * import type { FinancialYearOptions } from 'social-value';
 *
 * const calendarYears: FinancialYearOptions = { startMonth: 1 };
 * calendarYears.startMonth; // => 1
 * ```
 */
export interface FinancialYearOptions {
  /**
   * The month (1–12) on whose first day the year starts. Default 4: the UK public sector's
   * April-to-March year. 1 gives calendar years.
   */
  readonly startMonth?: number;
}

/** Schema of the month a financial year starts in. Internal. */
export const startMonthSchema = z.number().int().min(1).max(12);

/** The financial year containing a day, for an already validated start month. Internal. */
export function financialYearOfDay(day: number, startMonth: number): FinancialYear {
  const date = new Date(day * 86_400_000);
  const month = date.getUTCMonth() + 1;
  const startYear = month >= startMonth ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  const first = Date.UTC(startYear, startMonth - 1, 1) / 86_400_000;
  const next = Date.UTC(startYear + 1, startMonth - 1, 1) / 86_400_000;
  const label =
    startMonth === 1 ? String(startYear) : `${startYear}/${String(startYear + 1).slice(-2)}`;
  return { label, startYear, start: isoOfDay(first), end: isoOfDay(next - 1) };
}

/**
 * The financial year a date falls in. UK public bodies (and the annual statements councils
 * publish) run from 1 April to 31 March, so by default 31 March 2025 is in 2024/25 and
 * 1 April 2025 in 2025/26.
 *
 * @param date - An ISO date (`YYYY-MM-DD`) or a `Date` (read by its local calendar day).
 * @param options - The month the year starts in (default April).
 * @returns The year's label, start and end.
 * @throws SocialValueError `invalid-input` for a bad date or month.
 *
 * @example
 * ```ts
 * import { financialYear } from 'social-value';
 *
 * financialYear('2025-03-31').label; // => '2024/25'
 * financialYear('2025-04-01').label; // => '2025/26'
 * financialYear('2025-04-01').end; // => '2026-03-31'
 * financialYear('2025-06-30', { startMonth: 1 }).label; // => '2025'
 * ```
 */
export function financialYear(
  date: string | Date,
  options: FinancialYearOptions = {},
): FinancialYear {
  const input = parseInput(
    z.object({
      date: isoDateSchema,
      options: z.object({ startMonth: startMonthSchema.optional() }),
    }),
    { date, options },
    'financial year',
  );
  return Object.freeze(financialYearOfDay(dayNumber(input.date), input.options.startMonth ?? 4));
}
