import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { describeReceived, describeValue } from '../core/describe-value.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { intSchema } from '../core/int-schema.js';
import { fieldError } from '../core/issue.js';
import { divide, figureDomainProblem } from '../core/numeric-domain.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { strictObject } from '../core/schemas.js';
import { plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import type { DiscountScheduleId } from './data/discount-schedules.js';
import {
  bandAt,
  DEFAULT_SCHEDULE,
  type DiscountSchedule,
  discountScheduleIds,
  flatSchedule,
  growthSteps,
  scheduleLabels,
  shippedSchedule,
} from './discount-schedule.js';
import { discountedTotal, nominalSum } from './discounted-total.js';
import { arrayOrRecord } from './schemas.js';

const yearSchema = /* @__PURE__ */ intSchema(-9999, 9999);
const YEAR_LABEL = /^-?\d{1,4}$/;

// Values may be figures the library produced (`valuation.byYear`), so any number below 1e60.
const seriesSchema = /* @__PURE__ */ arrayOrRecord(
  /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject(
      { year: yearSchema, value: /* @__PURE__ */ figureSchema() },
      {},
      'a year and its value ({ year, value })',
    ),
  ),
  /* @__PURE__ */ recordSchema(/* @__PURE__ */ figureSchema()),
);

/** When in a year its values are taken to arrive. */
export type DiscountTiming = 'end-of-year' | 'mid-year';

const discountTimings: readonly DiscountTiming[] = ['end-of-year', 'mid-year'];

const optionsSchema = /* @__PURE__ */ strictObject({
  rate: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('rate')),
  schedule: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(
      discountScheduleIds as [DiscountScheduleId, ...DiscountScheduleId[]],
    ),
  ),
  baseYear: /* @__PURE__ */ optionalSchema(yearSchema),
  timing: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(discountTimings as [DiscountTiming, ...DiscountTiming[]]),
  ),
});

/** The year after which the Green Book's rates decline. */
const FIRST_BAND_END = 30;

const ONE = /* @__PURE__ */ new Decimal(1);

/** Options of `presentValue`. */
export interface PresentValueOptions {
  /**
   * A flat yearly rate for every year, a fraction from 0 to 1 (an explicit choice instead of a
   * schedule). Give `rate` or `schedule`, not both.
   */
  readonly rate?: Numeric | undefined;
  /**
   * The schedule of rates (default `'green-book-2022'`, the current Green Book: 3.5% to year 30,
   * 3.0% to year 75, 2.5% thereafter); `'green-book-2022-health'` for health and life values;
   * `'green-book-2003'` for the 2003 six-band schedule; the two `…-reduced` schedules for the
   * intergenerational sensitivity test.
   */
  readonly schedule?: DiscountScheduleId | undefined;
  /** The year discounted to (year 0). Default: the earliest year of the series. */
  readonly baseYear?: number | undefined;
  /**
   * `'end-of-year'` (default, the Green Book's tables): year t is discounted over t years;
   * `'mid-year'`: over t − ½ years (a common convention the Green Book does not prescribe). The
   * base year is never discounted.
   */
  readonly timing?: DiscountTiming | undefined;
}

/** One discounted year of a {@link PresentValue}. */
export interface DiscountedYear {
  /** The year. */
  readonly year: number;
  /** The nominal value of the year. */
  readonly value: Decimal;
  /** The rate of the schedule's band that holds the year, a fraction. */
  readonly rate: Decimal;
  /** 1 ÷ the growth of £1 from the base year to this year, each year at its band's rate, to 34 significant digits. */
  readonly discountFactor: Decimal;
  /** value ÷ that growth, to 34 significant digits (the growth exact up to 200 digits). */
  readonly presentValue: Decimal;
}

/** Codes of the warnings of a {@link PresentValue}. */
export type PresentValueWarningCode =
  | 'beyond-schedule'
  | 'flat-rate-long-series'
  | 'historic-schedule'
  | 'mid-year-timing';

/** Something a reader of a present value should know about how it was discounted. */
export interface PresentValueWarning {
  /**
   * `beyond-schedule`: years past the last year the schedule's source gives a rate for, discounted
   * at its last rate; `flat-rate-long-series`: a flat rate applied beyond year 30, where the
   * Green Book's rates decline; `historic-schedule`: a superseded schedule was chosen;
   * `mid-year-timing`: mid-year discounting, a convention the Green Book does not prescribe.
   */
  readonly code: PresentValueWarningCode;
  /** `warning` for a figure the source does not give; `info` for a choice the caller made. */
  readonly severity: 'warning' | 'info';
  /** One sentence. */
  readonly message: string;
  /** The years concerned, in order (empty when the warning is about the whole series). */
  readonly years: readonly number[];
}

/** The result of `presentValue`. */
export interface PresentValue {
  /** Always `'present-value'`. */
  readonly kind: 'present-value';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /**
   * The sum of the years' present values, worked out exactly and rounded once to 34 significant
   * digits (half-up): not the sum of the years' rounded figures. Mid-year, each band's part is
   * multiplied by a square root to 200 digits first (a root is never exact); a series whose
   * growth needs over 20,000 digits adds its years' quotients to 200 digits, then rounds once.
   */
  readonly total: Decimal;
  /**
   * The sum of the nominal values (what Social Value Portal reports), exact in any order of the
   * years (values more than 20,000 digits apart, such as 1 and 1e-20000, to 200 digits).
   */
  readonly nominal: Decimal;
  /**
   * The one rate every year was discounted at (a fraction), or `null` when the years reach
   * bands of different rates (each year's `rate` says which).
   */
  readonly rate: Decimal | null;
  /** The schedule used: its id, source and bands (a flat rate is one band). */
  readonly schedule: DiscountSchedule;
  /** When in a year its values were taken to arrive. */
  readonly timing: DiscountTiming;
  /** The base year used. */
  readonly baseYear: number;
  /** Every year, in year order. */
  readonly years: readonly DiscountedYear[];
  /** What a reader should know about the discounting (years beyond the schedule, a flat rate on a long series, …). */
  readonly warnings: readonly PresentValueWarning[];
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
 * Discounts yearly values to a base year with the HM Treasury Green Book's declining schedule:
 * PV = Σ value_t ÷ ((1 + r₁) × … × (1 + r_t)), t = year − baseYear, where each year k compounds
 * at the rate of its band. By default the current schedule (Green Book 2022, Annex A6 Table 8,
 * restated by HM Treasury on 16 December 2025): 3.5% for years 0–30, 3.0% for 31–75 and 2.5%
 * thereafter, so year 31's factor is 1 ÷ (1.035^30 × 1.03) ≈ 0.3459. Within 30 years that is
 * the flat 3.5% of the Green Book. Other schedules: `'green-book-2022-health'` (1.5%, 1.29%,
 * 1.07% to year 125), the reduced-rate sensitivity schedules, and `'green-book-2003'` (the 2003
 * edition's six bands, to 1% from year 301). A flat `rate` is an explicit choice. An opt-in
 * transform: valuations stay nominal and undiscounted unless you call it.
 *
 * @param series - Values by year (a record such as `{ 2025: 100 }`, or `{ year, value }` entries);
 * any figure below 1e60, such as a total the library computed.
 * @param options - `schedule` (default `'green-book-2022'`) or a flat `rate` (a fraction);
 * `baseYear` (default the earliest year); `timing` (`'end-of-year'`, default, or `'mid-year'`).
 * @returns The total present value, the nominal total, each year's rate and factor, the
 * schedule with its source, warnings (years past the last year a schedule's source covers, a
 * flat rate beyond year 30, …) and a summary, with `kind: 'present-value'`. Each year's present
 * value is a division to 34 significant digits, like every division of the library; the total
 * is the exact sum of the years, rounded once (see {@link PresentValue.total}).
 * @throws SocialValueError `out-of-range` for values adding up to 1e60 or more, nominal or
 * discounted (path `series`); `invalid-input` for a year that is not a whole number from -9999 to
 * 9999 (a financial year's label such as `2025/26` says to key it by its first year), a year
 * given twice or before the base year (path `series…`), a result given whole (a valuation
 * rather than its `byYear`: one issue at `series`), a rate outside 0 to 1
 * (path `options.rate`, with the fraction meant when a percentage was given), an unknown
 * schedule (with the id meant), or both `rate` and `schedule`.
 *
 * @example
 * ```ts
 * import { presentValue, roundMoney } from 'social-value';
 *
 * // £100 now and £103.50 in a year, at 3.5%: both are worth £100 today.
 * presentValue({ 2025: 100, 2026: '103.5' }).total; // => '200'
 * roundMoney(presentValue([{ year: 1, value: 100 }], { baseYear: 0, rate: '0.5' }).total, { places: 4 }); // => '66.6667'
 * presentValue({ 2025: 100, 2026: '103.5' }).summary; // => '2 years from 2025 to 2026, £203.50 nominal, are worth £200.00 in 2025 at 3.5% a year (Green Book 2022 standard schedule).'
 *
 * // 69 ÷ 1.035 and 71.415 ÷ 1.035² are each 200/3: the total is 400/3, rounded once.
 * presentValue({ 1: 69, 2: '71.415' }, { baseYear: 0 }).total; // => '133.3333333333333333333333333333333'
 *
 * // Year 31 compounds 30 years at 3.5% and one at 3.0%: 1 ÷ (1.035^30 × 1.03).
 * const long = presentValue({ 0: 0, 31: 1 });
 * roundMoney(long.years[1]!.discountFactor, { places: 6 }); // => '0.345901'
 * long.rate; // => null
 * presentValue({ 0: 0, 130: 1 }, { schedule: 'green-book-2022-health' }).warnings[0]!.code; // => 'beyond-schedule'
 * ```
 */
export function presentValue(series: YearSeries, options?: PresentValueOptions): PresentValue {
  // A result given whole (a valuation rather than its byYear): one issue, not one per field.
  if (isPlainRecord(series) && typeof series.kind === 'string') {
    throw fieldError(
      'invalid-input',
      'Invalid series: 1 problem.',
      ['series'],
      `expected values by year ({ 2025: 100 } or { year, value } entries, such as a valuation's byYear), received ${describeReceived(series)}`,
    );
  }
  const parsed = parseInput(seriesSchema, series, 'series', ['series']);
  const settings = parseInput(optionsSchema, options ?? {}, 'options', ['options']);
  if (settings.rate !== undefined && settings.schedule !== undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid options: 1 problem.',
      ['options', 'schedule'],
      `expected either a flat rate (options.rate) or a schedule (options.schedule), received both: rate ${settings.rate.toString()} and schedule ${describeValue(settings.schedule)}`,
    );
  }
  const entries = yearEntries(parsed);
  const schedule =
    settings.rate === undefined
      ? shippedSchedule(settings.schedule ?? DEFAULT_SCHEDULE)
      : flatSchedule(settings.rate);
  const baseYear = settings.baseYear ?? entries[0]?.year ?? 0;
  for (const { year, path } of entries) {
    if (year < baseYear) {
      throw fieldError(
        'invalid-input',
        `Invalid series: year ${year} is before the base year ${baseYear}.`,
        path,
        `expected a year from the base year ${baseYear} on, received ${year}`,
      );
    }
  }
  const result = discountSeries(entries, schedule, settings.timing ?? 'end-of-year', baseYear);
  // Values below 1e60 may add up past it, which no result holds (`revive`, `formatGBP`).
  const beyond = [result.nominal, result.total].find((sum) => figureDomainProblem(sum));
  if (beyond) {
    throw fieldError(
      'out-of-range',
      'Invalid series: 1 problem.',
      ['series'],
      `expected values adding up to less than 1e60 in magnitude, nominal and discounted, received a sum of ${beyond.toExponential(4)}`,
    );
  }
  return result;
}

/**
 * The present value of years in order from the base year on, discounted under `schedule`.
 * Internal: `presentValue` writes a result with it and the snapshot reader checks one against it
 * (with the `stored` total an earlier release wrote, which added the years' rounded figures, and
 * the `storedNominal` one wrote, which added the values to 200 digits).
 */
export function discountSeries(
  entries: readonly { readonly year: number; readonly value: Decimal }[],
  schedule: DiscountSchedule,
  timing: DiscountTiming,
  baseYear: number,
  stored?: Decimal,
  storedNominal?: Decimal,
): PresentValue {
  const growthOf = growthsOf(schedule, timing);
  const parts = entries.map(({ year, value }) => {
    const t = year - baseYear;
    return { t, value, growth: growthOf(t) };
  });
  const years: DiscountedYear[] = parts.map(({ t, value, growth }) =>
    discountedYearOf(
      t + baseYear,
      value,
      bandAt(schedule, t).rate,
      divide(ONE, growth),
      divide(value, growth),
    ),
  );
  const total = stored ?? discountedTotal(schedule, timing, parts);
  const nominal = storedNominal ?? nominalSum(years);
  const lastT = years.length === 0 ? 0 : years.at(-1)!.year - baseYear;
  const first = schedule.bands[0]!;
  const rate = first.toYear === null || lastT <= first.toYear ? first.rate : null;
  return assemblePresentValue({
    total,
    nominal,
    rate,
    schedule,
    timing,
    baseYear,
    years,
    warnings: warningsOf(schedule, timing, years, baseYear),
    summary: summaryOf(years, nominal, total, rate, schedule, timing, baseYear, lastT),
  });
}

/**
 * The growth of £1 from year 0 to year t, for years in increasing order; mid-year: to half-way
 * through year t.
 */
function growthsOf(schedule: DiscountSchedule, timing: DiscountTiming): (t: number) => Decimal {
  const growthTo = growthSteps(schedule);
  // Each band's root of 1 + its rate, by the rate.
  const roots = new Map<Decimal, Decimal>();
  return (t) => {
    if (timing === 'end-of-year' || t === 0) return growthTo(t);
    const { rate } = bandAt(schedule, t);
    const root = roots.get(rate) ?? rate.plus(1).sqrt();
    roots.set(rate, root);
    return growthTo(t - 1).times(root);
  };
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
            `expected a whole year such as "2026" or "1" as the key, received ${describeValue(label)}${/^\d{4}[/-]\d\d$/.test(label) ? ` (a financial year: key it by the year it starts in, ${label.slice(0, 4)})` : ''}`,
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

/** A span of years in a sentence: `2056`, `2056 to 2065`. */
function spanText(from: number, to: number): string {
  return from === to ? String(from) : `${from} to ${to}`;
}

function warningsOf(
  schedule: DiscountSchedule,
  timing: DiscountTiming,
  years: readonly DiscountedYear[],
  baseYear: number,
): PresentValueWarning[] {
  const warnings: PresentValueWarning[] = [];
  const after = (limit: number) => years.filter((year) => year.year - baseYear > limit);
  const label = schedule.id === 'flat' ? '' : scheduleLabels[schedule.id];
  if (schedule.coversToYear !== null) {
    const beyond = after(schedule.coversToYear).map((year) => year.year);
    if (beyond.length > 0) {
      const last = schedule.bands.at(-1)!;
      warnings.push({
        code: 'beyond-schedule',
        severity: 'warning',
        message: `${plural(beyond.length, 'year')} (${spanText(beyond[0]!, beyond.at(-1)!)}) ${beyond.length === 1 ? 'lies' : 'lie'} beyond year ${schedule.coversToYear}, the last year the ${label} gives a rate for: ${beyond.length === 1 ? 'it is' : 'they are'} discounted at ${percentText(last.rate)}, its last rate, by analogy, not by the source.`,
        years: beyond,
      });
    }
  }
  if (schedule.id === 'flat') {
    const beyond = after(FIRST_BAND_END).map((year) => year.year);
    if (beyond.length > 0) {
      warnings.push({
        code: 'flat-rate-long-series',
        severity: 'info',
        message: `A flat rate of ${percentText(schedule.bands[0]!.rate)} is applied beyond year ${FIRST_BAND_END} (${spanText(beyond[0]!, beyond.at(-1)!)}), where the Green Book's rates decline: leave out the rate to use its schedule.`,
        years: beyond,
      });
    }
  } else if (schedule.id === 'green-book-2003') {
    warnings.push({
      code: 'historic-schedule',
      severity: 'info',
      message: `The ${label} is superseded: the current Green Book (Annex A6, Table 8) has three bands, with 2.5% from year 76 on.`,
      years: [],
    });
  }
  if (timing === 'mid-year') {
    warnings.push({
      code: 'mid-year-timing',
      severity: 'info',
      message:
        "Each year after the base year is discounted from its middle (t − ½ years): a common convention, not one the Green Book's tables use.",
      years: [],
    });
  }
  return warnings;
}

/** The bands a series reaches, in words: `3.5% to year 30, then 3% to year 75`. */
function bandsText(schedule: DiscountSchedule, lastT: number): string {
  const parts: string[] = [];
  for (const band of schedule.bands) {
    if (band.fromYear > lastT) break;
    // The last band runs on past its source's last year (a warning says so).
    const runsOn = band.toYear === null || (band === schedule.bands.at(-1) && lastT > band.toYear);
    const upTo = runsOn ? 'on' : `to year ${band.toYear}`;
    parts.push(
      parts.length === 0
        ? `${percentText(band.rate)} ${upTo}`
        : `${percentText(band.rate)} from year ${band.fromYear}${runsOn ? ' on' : ` to ${band.toYear}`}`,
    );
  }
  return parts.join(', then ');
}

function summaryOf(
  years: readonly DiscountedYear[],
  nominal: Decimal,
  total: Decimal,
  rate: Decimal | null,
  schedule: DiscountSchedule,
  timing: DiscountTiming,
  baseYear: number,
  lastT: number,
): string {
  // Nothing to discount: no base year to name (the default one of no years is 0).
  if (years.length === 0)
    return `No years to discount: ${moneyText(nominal)} nominal, worth ${moneyText(total)}.`;
  const span =
    years.length === 1
      ? `1 year (${years[0]!.year})`
      : `${plural(years.length, 'year')} from ${years[0]!.year} to ${years.at(-1)!.year}`;
  const named = schedule.id === 'flat' ? '' : ` (${scheduleLabels[schedule.id]})`;
  const how =
    rate === null
      ? `under the ${scheduleLabels[schedule.id as DiscountScheduleId]}: ${bandsText(schedule, lastT)}`
      : `at ${percentText(rate)} a year${named}`;
  const when = timing === 'mid-year' ? ', discounting from mid-year' : '';
  return `${span}, ${moneyText(nominal)} nominal, ${years.length === 1 ? 'is' : 'are'} worth ${moneyText(total)} in ${baseYear} ${how}${when}.`;
}

/** One frozen discounted year, keys in one order. Internal: also the snapshot reader's. */
export function discountedYearOf(
  year: number,
  value: Decimal,
  rate: Decimal,
  discountFactor: Decimal,
  present: Decimal,
): DiscountedYear {
  return Object.freeze({ year, value, rate, discountFactor, presentValue: present });
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
      schedule: parts.schedule,
      timing: parts.timing,
      baseYear: parts.baseYear,
      years: parts.years,
      warnings: parts.warnings,
      summary: parts.summary,
    },
    'present-value',
  );
}
