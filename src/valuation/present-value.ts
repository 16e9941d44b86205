import * as z from 'zod/mini';
import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { fieldError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { recordSchema } from '../core/record-schema.js';
import { strictObject } from '../core/schemas.js';
import { plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { arrayOrRecord } from './schemas.js';

const yearSchema = z.int().check(z.gte(-9999), z.lte(9999));
const YEAR_LABEL = /^-?\d{1,4}$/;

// Values may be figures the library produced (`valuation.byYear`), so any number below 1e60.
const seriesSchema = arrayOrRecord(
  z.array(strictObject({ year: yearSchema, value: figureSchema() })),
  recordSchema(figureSchema()),
);

const optionsSchema = strictObject({
  rate: z.optional(fractionSchema('rate')),
  baseYear: z.optional(yearSchema),
});

const GREEN_BOOK_RATE = new Decimal('0.035');
const ONE = new Decimal(1);

/** Options of `presentValue`. */
export interface PresentValueOptions {
  /** The yearly discount rate, a fraction from 0 to 1. Default 0.035, the HM Treasury Green Book rate for years 0–30. */
  readonly rate?: Numeric | undefined;
  /** The year discounted to (year 0). Default: the earliest year of the series. */
  readonly baseYear?: number | undefined;
}

/** One discounted year of a {@link PresentValue}. */
export interface DiscountedYear {
  /** The year. */
  readonly year: number;
  /** The nominal value of the year. */
  readonly value: Decimal;
  /** 1 ÷ (1 + rate)^(year − baseYear), to 34 significant digits. */
  readonly discountFactor: Decimal;
  /** value ÷ (1 + rate)^(year − baseYear), to 34 significant digits. */
  readonly presentValue: Decimal;
}

/** The result of `presentValue`. */
export interface PresentValue {
  /** Always `'present-value'`. */
  readonly kind: 'present-value';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The sum of the years' present values. */
  readonly total: Decimal;
  /** The sum of the nominal values (what Social Value Portal reports). */
  readonly nominal: Decimal;
  /** The rate used, a fraction. */
  readonly rate: Decimal;
  /** The base year used. */
  readonly baseYear: number;
  /** Every year, in year order. */
  readonly years: readonly DiscountedYear[];
  /** One sentence about the whole result. */
  readonly summary: string;
}

/**
 * A series of yearly values as accepted by `presentValue`: a record keyed by whole years (for
 * example `valuation.byYear` when pledges were given by calendar year) or `{ year, value }`.
 */
export type YearSeries =
  | Readonly<Record<string | number, Numeric>>
  | readonly {
      /** The year. */
      readonly year: number;
      /** The nominal value. */
      readonly value: Numeric;
    }[];

/**
 * Discounts yearly values to a base year, HM Treasury Green Book style: PV = Σ value_t ÷
 * (1 + r)^t with t = year − baseYear and r = 3.5% by default. An explicit, opt-in transform:
 * valuations stay nominal and undiscounted unless you call it.
 *
 * @param series - Values by year (a record such as `{ 2025: 100 }`, or `{ year, value }` entries);
 * any figure below 1e60, such as a total the library computed.
 * @param options - `rate` (a fraction, default 0.035) and `baseYear` (default the earliest year).
 * @returns The total present value, the nominal total, each year's factor and a summary, with
 * `kind: 'present-value'`. Each year's present value is value ÷ (1 + r)^t to 34 significant
 * digits, like every division of the library.
 * @throws SocialValueError `invalid-input` for a year that is not a whole number from -9999 to
 * 9999, a year given twice or before the base year (path `series…`), or a rate outside 0 to 1
 * (path `options.rate`, with the fraction meant when a percentage was given).
 *
 * @example
 * ```ts
 * import { presentValue, roundMoney } from 'social-value';
 *
 * // £100 now and £103.50 in a year, at 3.5%: both are worth £100 today.
 * presentValue({ 2025: 100, 2026: '103.5' }).total; // => '200'
 * roundMoney(presentValue([{ year: 1, value: 100 }], { baseYear: 0, rate: '0.5' }).total, { places: 4 }); // => '66.6667'
 * presentValue({ 2025: 100, 2026: '103.5' }).summary; // => '2 years from 2025 to 2026, £203.50 nominal, are worth £200.00 in 2025 at 3.5% a year.'
 * ```
 */
export function presentValue(series: YearSeries, options?: PresentValueOptions): PresentValue {
  const parsed = parseInput(seriesSchema, series, 'series', ['series']);
  const settings = parseInput(optionsSchema, options ?? {}, 'options', ['options']);
  const entries = yearEntries(parsed);
  const rate = settings.rate ?? GREEN_BOOK_RATE;
  const baseYear = settings.baseYear ?? entries[0]?.year ?? 0;
  const growth = rate.plus(1);
  const years: DiscountedYear[] = entries.map(({ year, value, path }) => {
    if (year < baseYear) {
      throw fieldError(
        'invalid-input',
        `Invalid series: year ${year} is before the base year ${baseYear}.`,
        path,
        `expected a year from the base year ${baseYear} on, received ${year}`,
      );
    }
    const compound = growth.pow(year - baseYear);
    return discountedYearOf(year, value, divide(ONE, compound), divide(value, compound));
  });
  let total = new Decimal(0);
  let nominal = new Decimal(0);
  for (const year of years) {
    total = total.plus(year.presentValue);
    nominal = nominal.plus(year.value);
  }
  return assemblePresentValue({
    total,
    nominal,
    rate,
    baseYear,
    years,
    summary: summaryOf(years, nominal, total, rate, baseYear),
  });
}

interface YearEntry {
  readonly year: number;
  readonly value: Decimal;
  readonly path: readonly PropertyKey[];
}

/** The series as entries in year order, checking labels and that no year is given twice. */
function yearEntries(
  series: readonly { year: number; value: Decimal }[] | Readonly<Record<string, Decimal>>,
): YearEntry[] {
  const entries: YearEntry[] = Array.isArray(series)
    ? series.map((entry, index) => ({
        year: entry.year,
        value: entry.value,
        path: ['series', index, 'year'],
      }))
    : Object.keys(series).map((label) => {
        const path = ['series', label];
        if (!YEAR_LABEL.test(label)) {
          throw fieldError(
            'invalid-input',
            'Invalid series: 1 problem.',
            path,
            `expected a whole year such as "2026" or "1" as the key, received ${JSON.stringify(label)}`,
          );
        }
        return { year: Number(label), value: (series as Record<string, Decimal>)[label]!, path };
      });
  const seen = new Map<number, readonly PropertyKey[]>();
  for (const entry of entries) {
    const earlier = seen.get(entry.year);
    if (earlier !== undefined) {
      throw fieldError(
        'invalid-input',
        `Invalid series: year ${entry.year} is given twice.`,
        entry.path,
        `year ${entry.year} is already given`,
      );
    }
    seen.set(entry.year, entry.path);
  }
  return entries.sort((a, b) => a.year - b.year);
}

function summaryOf(
  years: readonly DiscountedYear[],
  nominal: Decimal,
  total: Decimal,
  rate: Decimal,
  baseYear: number,
): string {
  const span =
    years.length === 0
      ? 'No years'
      : years.length === 1
        ? `1 year (${years[0]!.year})`
        : `${plural(years.length, 'year')} from ${years[0]!.year} to ${years.at(-1)!.year}`;
  return `${span}, ${moneyText(nominal)} nominal, ${years.length === 1 ? 'is' : 'are'} worth ${moneyText(total)} in ${baseYear} at ${percentText(rate)} a year.`;
}

/** One frozen discounted year, keys in one order. Internal: also the snapshot reader's. */
export function discountedYearOf(
  year: number,
  value: Decimal,
  discountFactor: Decimal,
  present: Decimal,
): DiscountedYear {
  return Object.freeze({ year, value, discountFactor, presentValue: present });
}

/** The sealed result, keys in one order. Internal: also the snapshot reader's. */
export function assemblePresentValue(
  parts: Omit<PresentValue, 'kind' | 'schemaVersion'>,
): PresentValue {
  return seal(
    {
      kind: 'present-value',
      schemaVersion: 1,
      total: parts.total,
      nominal: parts.nominal,
      rate: parts.rate,
      baseYear: parts.baseYear,
      years: parts.years,
      summary: parts.summary,
    },
    'present-value',
  );
}
