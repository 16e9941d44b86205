import { seal } from '../core/brand.js';
import { financialYearLabel, financialYearStart } from '../core/financial-year.js';
import { lazy } from '../core/lazy.js';
import { isoDateSchema } from '../core/schemas.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber, dayOf, isoOfDay, partsOfDay } from './calendar.js';
import { inputSchemas, plainObject } from './schemas.js';

/**
 * A financial year: its label, first and last day. What {@link financialYear} returns.
 */
export interface FinancialYear {
  /** Marks the object as a financial year. */
  readonly kind: 'financial-year';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The year as UK public bodies write it: `'2024/25'` (one calendar year: `'2025'`). */
  readonly label: string;
  /** The calendar year in which the financial year starts. */
  readonly startYear: number;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly end: string;
}

/** Options of {@link financialYear}. */
export interface FinancialYearOptions {
  /**
   * The month (1–12) on whose first day the year starts. Default 4: the UK public sector's
   * April-to-March year. 1 gives calendar years.
   */
  readonly startMonth?: number | undefined;
}

/** A financial year with its day numbers. Internal. */
export interface YearSpan {
  /** `'2024/25'`, or `'2025'` for years starting in January. */
  readonly label: string;
  /** The calendar year it starts in. */
  readonly startYear: number;
  /** First day, ISO. */
  readonly start: string;
  /** Last day, ISO. */
  readonly end: string;
  /** First day's number. */
  readonly firstDay: number;
  /** Last day's number. */
  readonly lastDay: number;
}

/** The financial year containing a day, for an already validated start month. Internal. */
export function financialYearOfDay(day: number, startMonth: number): YearSpan {
  const parts = partsOfDay(day);
  const startYear = financialYearStart(parts.year, parts.monthIndex + 1, startMonth);
  const firstDay = dayOf(startYear, startMonth - 1, 1);
  const lastDay = dayOf(startYear + 1, startMonth - 1, 1) - 1;
  return {
    label: financialYearLabel(startYear, startMonth),
    startYear,
    start: isoOfDay(firstDay),
    end: isoOfDay(lastDay),
    firstDay,
    lastDay,
  };
}

const optionsSchema = /* @__PURE__ */ lazy(() =>
  plainObject({ startMonth: optionalSchema(inputSchemas().startMonth) }, 'options'),
);

/**
 * The financial year a date falls in. UK public bodies (and the annual statements councils
 * publish) run from 1 April to 31 March, so by default 31 March 2025 is in 2024/25 and
 * 1 April 2025 in 2025/26. The first and last years of the calendar reach beyond it: a date
 * before April of year 1 is in `0000/01`, from `0000-04-01`, and one from April 9999 in `9999/00`,
 * to `10000-03-31` (the next year's `00`, as in `1999/00`). Results hold these two days (so do a
 * delivery report's and a portfolio's `byFinancialYear`, and `revive` reads them back), but as
 * dates outside years 0001 to 9999 they are refused as input.
 *
 * @param date - An ISO date (`YYYY-MM-DD`) or a `Date` (read by its local calendar day).
 * @param options - The month the year starts in (default April).
 * @returns The year's label, start and end.
 * @throws SocialValueError `invalid-input` for a bad date, month or option.
 *
 * @example
 * ```ts
 * import { financialYear } from 'social-value';
 *
 * financialYear('2025-03-31').label; // => '2024/25'
 * financialYear('2025-04-01').label; // => '2025/26'
 * financialYear('2025-04-01').end; // => '2026-03-31'
 * financialYear('2025-06-30', { startMonth: 1 }).label; // => '2025'
 * financialYear('9999-12-31').end; // => '10000-03-31'
 * financialYear('0001-01-01').start; // => '0000-04-01'
 * ```
 */
export function financialYear(
  date: string | Date,
  options: FinancialYearOptions = {},
): FinancialYear {
  const day = parseInput(isoDateSchema, date, 'financial year', ['date']);
  const { startMonth } = parseInput(optionsSchema(), options, 'financial year', ['options']);
  const year = financialYearOfDay(dayNumber(day), startMonth ?? 4);
  return seal(
    {
      kind: 'financial-year' as const,
      schemaVersion: 1 as const,
      label: year.label,
      startYear: year.startYear,
      start: year.start,
      end: year.end,
    },
    'financial-year',
  );
}
