import type { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { sumDecimals } from '../core/sum.js';
import { dayNumber } from './calendar.js';
import { fieldError } from './input-error.js';
import type { profilePeriodSchema } from './schemas.js';

/**
 * A stretch of the contract with the share of each pledge expected in it, spread evenly over
 * its days. Offsets are days from the contract start; `to` is exclusive. Internal.
 */
export interface ProfileWeight {
  /** First day offset. */
  readonly from: number;
  /** Day offset after the last day. */
  readonly to: number;
  /** Share of the pledge expected in the stretch. */
  readonly share: Decimal;
}

/** A pledge quantity in force over day offsets `[from, to)`. Internal. */
export interface PledgeSegment {
  /** First day offset. */
  readonly from: number;
  /** Day offset after the last day. */
  readonly to: number;
  /** The pledge in force. */
  readonly quantity: Decimal;
}

/** The linear profile: the whole contract, share 1. Internal. */
export function linearProfile(days: number): ProfileWeight[] {
  return [{ from: 0, to: days, share: new Decimal(1) }];
}

/**
 * Checks a per-period profile against the contract (inside it, in order, not overlapping,
 * shares adding up to 1) and returns its weights. Internal.
 */
export function periodProfile(
  periods: readonly z.output<typeof profilePeriodSchema>[],
  start: number,
  end: number,
  root: readonly PropertyKey[],
): ProfileWeight[] {
  const headline = 'Invalid delivery profile.';
  const weights = periods.map((period, index) => {
    const from = dayNumber(period.from);
    const to = dayNumber(period.to);
    if (to < from) {
      throw fieldError(
        'invalid-period',
        headline,
        [...root, index, 'to'],
        `expected a day on or after ${period.from}, received ${period.to}`,
      );
    }
    if (from < start || to > end) {
      throw fieldError(
        'invalid-period',
        headline,
        [...root, index],
        `expected a period within the contract, received ${period.from} to ${period.to}`,
      );
    }
    return { index, from: from - start, to: to - start + 1, share: period.share };
  });
  const ordered = [...weights].sort((a, b) => a.from - b.from);
  ordered.forEach((weight, position) => {
    const before = ordered[position - 1];
    if (before !== undefined && weight.from < before.to) {
      throw fieldError(
        'invalid-period',
        headline,
        [...root, weight.index, 'from'],
        `expected no overlap with period ${before.index}, which runs to ${periods[before.index]!.to}`,
      );
    }
  });
  const total = sumDecimals(weights.map((weight) => weight.share));
  if (!total.eq(1)) {
    throw fieldError(
      'invalid-period',
      headline,
      [...root],
      `expected shares adding up to 1, received ${total.toString()}`,
    );
  }
  return ordered.map(({ from, to, share }) => ({ from, to, share }));
}

/**
 * The quantity expected over day offsets `[from, to)`: for each profile stretch, the pledge in
 * force each day times the stretch's share per day. Multiplying before dividing keeps whole
 * periods exact. Internal.
 */
export function expectedBetween(
  segments: readonly PledgeSegment[],
  weights: readonly ProfileWeight[],
  from: number,
  to: number,
): Decimal {
  let expected = new Decimal(0);
  for (const weight of weights) {
    let quantityDays = new Decimal(0);
    for (const segment of segments) {
      const days = Math.min(weight.to, segment.to, to) - Math.max(weight.from, segment.from, from);
      if (days > 0) quantityDays = quantityDays.plus(segment.quantity.times(days));
    }
    if (!quantityDays.isZero()) {
      expected = expected.plus(quantityDays.times(weight.share).div(weight.to - weight.from));
    }
  }
  return expected;
}

/** The first day of the contract year `number` (1-based) of a contract starting on `start`. */
function contractYearStart(start: number, number: number): number {
  const date = new Date(start * 86_400_000);
  return (
    Date.UTC(date.getUTCFullYear() + number - 1, date.getUTCMonth(), date.getUTCDate()) / 86_400_000
  );
}

/**
 * The profile of a line pledged by year: each year's share of the pledge (its quantity ÷ the
 * total) spread over its days within the contract. Labels are contract years (`'1'`, `'2'`…)
 * or financial years (`'2025/26'`, or `'2025'` for years starting in January). Internal.
 */
export function pledgedYearsProfile(
  years: readonly { readonly year: string; readonly quantity: Decimal }[],
  start: number,
  end: number,
  startMonth: number,
  root: readonly PropertyKey[],
): ProfileWeight[] | undefined {
  const total = sumDecimals(years.map((year) => year.quantity));
  if (total.isZero()) return undefined;
  return years.map((year, index) => {
    const label = year.year.trim();
    const financial = /^(\d{4})(?:\/(\d{2}))?$/.exec(label);
    let first: number;
    let next: number;
    if (/^\d{1,3}$/.test(label) && Number(label) >= 1) {
      first = contractYearStart(start, Number(label));
      next = contractYearStart(start, Number(label) + 1);
    } else if (financial !== null && (financial[2] === undefined) === (startMonth === 1)) {
      const startYear = Number(financial[1]);
      first = Date.UTC(startYear, startMonth - 1, 1) / 86_400_000;
      next = Date.UTC(startYear + 1, startMonth - 1, 1) / 86_400_000;
    } else {
      throw fieldError(
        'invalid-period',
        'Invalid pledge years.',
        [...root, index, 'year'],
        `expected a contract year (1, 2, …) or a financial year such as ${startMonth === 1 ? '2025' : '2025/26'}, received ${JSON.stringify(year.year)}`,
      );
    }
    const from = Math.max(first, start);
    const to = Math.min(next - 1, end);
    if (to < from) {
      throw fieldError(
        'invalid-period',
        'Invalid pledge years.',
        [...root, index, 'year'],
        `expected a year within the contract, received ${JSON.stringify(year.year)}`,
      );
    }
    return { from: from - start, to: to - start + 1, share: year.quantity.div(total) };
  });
}
