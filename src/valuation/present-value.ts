import { z } from 'zod';
import { Decimal, type Numeric } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import { arrayOrRecord } from './schemas.js';

const year = z.number().int().min(-9999).max(9999);
const yearLabel = z
  .string()
  .regex(/^-?\d{1,4}$/, 'expected a whole year such as "2026" or "1"')
  .transform(Number);

/** The zod schema of the input of `presentValue`: the series (a record keyed by whole years, or `{ year, value }` entries) and the options. Internal: the public input type is documented instead. */
export const presentValueInputSchema = z.object({
  series: arrayOrRecord(
    z.array(z.object({ year, value: numericSchema() })),
    z.record(yearLabel, numericSchema()),
  ),
  options: z.object({
    rate: numericSchema({ min: 0, max: 1 }).optional(),
    baseYear: year.optional(),
  }),
});

/**
 * Options of `presentValue`.
 *
 * @example
 * ```ts
 * import type { PresentValueOptions } from 'social-value';
 *
 * const options: PresentValueOptions = { rate: '0.035', baseYear: 2025 };
 * options.baseYear; // => 2025
 * ```
 */
export interface PresentValueOptions {
  /** The yearly discount rate. Default 0.035, the HM Treasury Green Book rate for years 0–30. */
  readonly rate?: Numeric;
  /** The year discounted to (year 0). Default: the earliest year of the series. */
  readonly baseYear?: number;
}

/**
 * One discounted year of a {@link PresentValue}.
 *
 * @example
 * ```ts
 * import { presentValue, roundMoney } from 'social-value';
 *
 * const year = presentValue({ 2026: 100 }).years[0];
 * year?.discountFactor; // => '1'
 * ```
 */
export interface DiscountedYear {
  /** The year. */
  readonly year: number;
  /** The nominal value of the year. */
  readonly value: Decimal;
  /** 1 ÷ (1 + rate)^(year − baseYear), to 40 significant digits. */
  readonly discountFactor: Decimal;
  /** value × discount factor. */
  readonly presentValue: Decimal;
}

/**
 * The result of `presentValue`.
 *
 * @example
 * ```ts
 * import { presentValue, roundMoney } from 'social-value';
 *
 * presentValue({ 2026: 100 }).total; // => '100'
 * ```
 */
export interface PresentValue {
  /** The sum of the years' present values. */
  readonly total: Decimal;
  /** The sum of the nominal values (what Social Value Portal reports). */
  readonly nominal: Decimal;
  /** The rate used. */
  readonly rate: Decimal;
  /** The base year used. */
  readonly baseYear: number;
  /** Every year, in year order. */
  readonly years: readonly DiscountedYear[];
}

/**
 * A series of yearly values as accepted by `presentValue`: a record keyed by whole years (for
 * example `valuation.byYear` when pledges were given by contract year) or `{ year, value }`.
 *
 * @example
 * ```ts
 * import type { YearSeries } from 'social-value';
 *
 * const series: YearSeries = [{ year: 2025, value: '1000' }];
 * series.length; // => 1
 * ```
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
 * @param series - Values by year (a record such as `valuation.byYear`, or `{ year, value }`).
 * @param options - `rate` (default 0.035) and `baseYear` (default the earliest year).
 * @returns The total present value, the nominal total and each year's factor. Each year's
 * present value is value ÷ (1 + r)^t, exact to 40 significant digits.
 * @throws SocialValueError `invalid-input` for a year that is not a whole number, a year
 * before the base year (path `series`), or a rate outside [0, 1].
 *
 * @example
 * ```ts
 * import { presentValue, roundMoney } from 'social-value';
 *
 * // £100 now and £103.50 in a year, at 3.5%: both are worth £100 today.
 * presentValue({ 2025: 100, 2026: '103.5' }).total; // => '200'
 * roundMoney(presentValue([{ year: 1, value: 100 }], { baseYear: 0, rate: '0.5' }).total, { to: 4 }); // => '66.6667'
 * ```
 */
export function presentValue(series: YearSeries, options: PresentValueOptions = {}): PresentValue {
  const parsed = parseInput(presentValueInputSchema, { series, options }, 'present value input');
  const entries = Array.isArray(parsed.series)
    ? parsed.series.map((entry, index) => [entry.year, entry.value, index] as const)
    : Object.entries(parsed.series).map(([label, value]) => [Number(label), value, label] as const);
  entries.sort(([a], [b]) => a - b);
  const rate = parsed.options.rate ?? new Decimal('0.035');
  const baseYear = parsed.options.baseYear ?? entries[0]?.[0] ?? 0;
  const growth = rate.plus(1);
  const years: DiscountedYear[] = entries.map(([when, value, key]) => {
    if (when < baseYear) throw beforeBaseYear(when, baseYear, key);
    const compound = growth.pow(when - baseYear);
    return Object.freeze({
      year: when,
      value,
      discountFactor: new Decimal(1).dividedBy(compound),
      presentValue: value.dividedBy(compound),
    });
  });
  let total = new Decimal(0);
  let nominal = new Decimal(0);
  for (const year of years) {
    total = total.plus(year.presentValue);
    nominal = nominal.plus(year.value);
  }
  return Object.freeze({ total, nominal, rate, baseYear, years: Object.freeze(years) });
}

function beforeBaseYear(year: number, baseYear: number, key: number | string): SocialValueError {
  const message = `expected a year from the base year ${baseYear} on, received ${year}`;
  return new SocialValueError({
    code: 'invalid-input',
    message: `Invalid present value input: year ${year} is before the base year ${baseYear}.`,
    issues: [{ path: formatPath(['series', key]), segments: ['series', key], message }],
  });
}
