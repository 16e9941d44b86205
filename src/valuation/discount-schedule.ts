import type { Decimal as DecimalJs } from 'decimal.js';
import { Decimal } from '../core/decimal.js';
import { unlimited } from '../core/unlimited.js';
import { type DiscountScheduleId, discountScheduleRows } from './data/discount-schedules.js';

/** One band of a {@link DiscountSchedule}: the rate of the years from `fromYear` to `toYear`. */
export interface DiscountBand {
  /** The first year of the band, counted from the base year (year 0). */
  readonly fromYear: number;
  /** The last year of the band, inclusive; `null` when the band runs on. */
  readonly toYear: number | null;
  /** The yearly discount rate of the band, a fraction (0.035 is 3.5%). */
  readonly rate: Decimal;
}

/** The schedule of rates a present value was discounted with. */
export interface DiscountSchedule {
  /** The schedule's id (`'green-book-2022'`), or `'flat'` for a flat rate given as `rate`. */
  readonly id: DiscountScheduleId | 'flat';
  /** The schedule's name. */
  readonly name: string;
  /** The Green Book edition and table the rates come from; `null` for a flat rate. */
  readonly edition: string | null;
  /** Where the rates come from; `null` for a flat rate (the caller's choice). */
  readonly source: string | null;
  /** The bands in year order, from year 0; a flat rate is one band that runs on. */
  readonly bands: readonly DiscountBand[];
  /** The last year the source gives a rate for, or `null` when its last band runs on. */
  readonly coversToYear: number | null;
}

/** Every shipped schedule id, the default first. Internal: the option schema and snapshots. */
export const discountScheduleIds: readonly DiscountScheduleId[] =
  /* @__PURE__ */ discountScheduleRows.map((row) => row.id);

/** The schedule `presentValue` uses unless told otherwise. Internal. */
export const DEFAULT_SCHEDULE: DiscountScheduleId = 'green-book-2022';

/** How summaries name each shipped schedule. Internal. */
export const scheduleLabels: Readonly<Record<DiscountScheduleId, string>> = {
  'green-book-2022': 'Green Book 2022 standard schedule',
  'green-book-2022-health': 'Green Book 2022 health schedule',
  'green-book-2022-reduced': 'Green Book 2022 reduced-rate schedule',
  'green-book-2022-health-reduced': 'Green Book 2022 reduced health schedule',
  'green-book-2003': 'Green Book 2003 six-band schedule',
};

/** A frozen band. Internal: also the snapshot reader's. */
export function bandOf(fromYear: number, toYear: number | null, rate: Decimal): DiscountBand {
  return Object.freeze({ fromYear, toYear, rate });
}

/** A frozen schedule, keys in one order. Internal: also the snapshot reader's. */
export function scheduleOf(parts: DiscountSchedule): DiscountSchedule {
  return Object.freeze({
    id: parts.id,
    name: parts.name,
    edition: parts.edition,
    source: parts.source,
    bands: Object.freeze([...parts.bands]),
    coversToYear: parts.coversToYear,
  });
}

/** A shipped schedule with its rates as Decimals. Internal. */
export function shippedSchedule(id: DiscountScheduleId): DiscountSchedule {
  const row = discountScheduleRows.find((candidate) => candidate.id === id)!;
  return scheduleOf({
    id: row.id,
    name: row.name,
    edition: row.edition,
    source: row.source,
    bands: row.bands.map((band) => bandOf(band.fromYear, band.toYear, new Decimal(band.rate))),
    coversToYear: row.coversToYear,
  });
}

/** One flat rate for every year, as a schedule of one band. Internal. */
export function flatSchedule(rate: Decimal): DiscountSchedule {
  return scheduleOf({
    id: 'flat',
    name: 'Flat rate chosen by the caller',
    edition: null,
    source: null,
    bands: [bandOf(0, null, rate)],
    coversToYear: null,
  });
}

/** The band holding year `t` (the last band for years beyond every band). Internal. */
export function bandAt(schedule: DiscountSchedule, t: number): DiscountBand {
  const { bands } = schedule;
  for (const band of bands) if (band.toYear === null || t <= band.toYear) return band;
  return bands.at(-1)!;
}

const ONE = /* @__PURE__ */ new Decimal(1);

/**
 * Calls `f` with each band's rate and its years from year `from + 1` to year `to` (inclusive;
 * years past the last band at its rate), skipping bands with none. Internal.
 */
export function forBands(
  schedule: DiscountSchedule,
  from: number,
  to: number,
  f: (rate: Decimal, years: number) => void,
): void {
  const { bands } = schedule;
  bands.forEach((band, index) => {
    const first = Math.max(band.fromYear, from + 1);
    const last =
      index === bands.length - 1 || band.toYear === null ? to : Math.min(band.toYear, to);
    if (last >= first) f(band.rate, last - first + 1);
  });
}

/**
 * (1 + r₁) × (1 + r₂) × … × (1 + r_t): what £1 of year 0 grows to by year t when each year k
 * compounds at its band's rate r_k (years past the last band at its rate), to the library's
 * precision: each band's power rounded to 200 digits, as decimal.js's `pow` rounds it, times the
 * growth before. The function returned gives it for years asked in increasing order, each
 * band's power grown from the year before by one multiplication (to 240 digits), rounded as
 * `pow` would (`pow` works it out where its digits are too near a half to tell). Internal.
 */
export function growthSteps(schedule: DiscountSchedule): (t: number) => Decimal {
  const Unlimited = unlimited();
  // Each band's power so far, by its rate, and its years.
  const powers = new Map<Decimal, [DecimalJs, number]>();
  return (t) => {
    let growth = ONE;
    // Year 0 compounds nothing: a band's years run from year 1.
    forBands(schedule, 0, t, (rate, years) => {
      const base = rate.plus(1);
      let [power, at] = powers.get(rate) ?? [new Unlimited(1), 0];
      for (; at < years; at += 1) power = power.times(base).toSignificantDigits(240);
      powers.set(rate, [power, at]);
      const rounded = power.toSignificantDigits(200);
      // The power is off by under 20,000 halves of its 240th digit, `pow`'s (its squares cut to
      // 225–231 digits) by under 1e-219 of it: unless the digits past the 200th are within
      // 1e-15 of a half, both round to the same 200 digits. Too near to tell: `pow` says.
      const near = power
        .minus(rounded)
        .abs()
        .gte(`4.999999999999999e${power.e - 200}`);
      growth = growth.times(near ? base.pow(years) : rounded);
    });
    return growth;
  };
}
