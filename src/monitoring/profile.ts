import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import { unlimited } from '../core/unlimited.js';
import { dayNumber, dayOf, partsOfDay } from './calendar.js';
import type { ContractPeriod } from './contract-period.js';
import type { RatioParts } from './delivery-status.js';

/**
 * A stretch of the contract and the share of each pledge expected in it, spread evenly over its
 * days. Offsets are days from the contract start; `to` is exclusive. The share is
 * `numerator ÷ the profile's denominator`, kept apart so that whole stretches stay exact.
 * Internal.
 */
export interface ProfileWeight {
  /** First day offset. */
  readonly from: number;
  /** Day offset after the last day. */
  readonly to: number;
  /** The share's numerator. */
  readonly numerator: Decimal;
}

/** An expected-delivery profile: stretches in day order, not overlapping, shares adding up to 1. */
export interface Profile {
  /** The stretches. */
  readonly weights: readonly ProfileWeight[];
  /** The shares' common denominator (1, or the total of a pledge given by year). */
  readonly denominator: Decimal;
  /** The contract's length in days. */
  readonly days: number;
}

/** A pledge quantity in force over day offsets `[from, to)`. Internal. */
export interface PledgeSegment {
  /** First day offset. */
  readonly from: number;
  /** Day offset after the last day. */
  readonly to: number;
  /** The pledge in force (or its value). */
  readonly quantity: Decimal;
}

const ZERO = /* @__PURE__ */ new Decimal(0);
/** 1, the divisor of a ratio already divided (a stored report's). Internal. */
export const ONE = /* @__PURE__ */ new Decimal(1);

/**
 * The linear profile: share 1 spread evenly from day offset `from` (the contract start, or the
 * day a variation added the pledge) to the end of a contract of `days` days. Internal.
 */
export function linearProfile(days: number, from = 0): Profile {
  return { weights: [{ from, to: days, numerator: ONE }], denominator: ONE, days };
}

/**
 * The profile given (`'linear'` or periods) for the days from `from` (the contract start, or the
 * day a variation added the pledge), linear when none is given; `undefined` without a contract
 * period, where a profile given is `invalid-input` at `path`. Internal.
 */
export function profileOf(
  given: 'linear' | readonly PeriodInput[] | undefined,
  period: ContractPeriod | undefined,
  from: number,
  path: readonly PropertyKey[],
): Profile | undefined {
  if (period === undefined) {
    if (given === undefined) return undefined;
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: a profile needs the contract period.',
      path,
      'expected options.start and options.end with a delivery profile',
    );
  }
  return given === undefined || given === 'linear'
    ? linearProfile(period.days, from - period.first)
    : periodProfile(given, from, period.last, path, period.first);
}

/** A period of a per-period profile, validated. */
interface PeriodInput {
  readonly from: string;
  readonly to: string;
  readonly share: Decimal;
}

/**
 * Checks a per-period profile against the days it may cover, `start` to `end` (the contract, or
 * from the day a variation added the pledge): inside them, not overlapping, shares adding up to
 * 1; returns it in day order, as offsets from `origin` (the contract's first day). Internal.
 */
export function periodProfile(
  periods: readonly PeriodInput[],
  start: number,
  end: number,
  root: readonly PropertyKey[],
  origin = start,
): Profile {
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
        origin === start
          ? `expected a period within the contract, received ${period.from} to ${period.to}`
          : `expected a period from the day the pledge was added to the contract end, received ${period.from} to ${period.to}`,
      );
    }
    return { index, from: from - origin, to: to - origin + 1, numerator: period.share };
  });
  const ordered = [...weights].sort((a, b) => a.from - b.from || a.index - b.index);
  checkNoOverlap(ordered, (weight, before) =>
    fieldError(
      'invalid-period',
      headline,
      [...root, weight.index, 'from'],
      `expected no overlap with period ${before.index}, which runs to ${periods[before.index]!.to}`,
    ),
  );
  const total = sumDecimals(weights.map((weight) => weight.numerator));
  if (!total.eq(1)) {
    throw fieldError(
      'invalid-period',
      headline,
      [...root],
      `expected shares adding up to 1, received ${total.toString()}`,
    );
  }
  return {
    weights: ordered.map(({ from, to, numerator }) => ({ from, to, numerator })),
    denominator: ONE,
    days: end - origin + 1,
  };
}

function checkNoOverlap<W extends { readonly from: number; readonly to: number }>(
  ordered: readonly W[],
  fail: (weight: W, before: W) => Error,
): void {
  for (let position = 1; position < ordered.length; position += 1) {
    const before = ordered[position - 1]!;
    if (ordered[position]!.from < before.to) throw fail(ordered[position]!, before);
  }
}

/** The first day of the contract year `number` (1-based) of a contract starting on `start`. */
function contractYearStart(start: number, number: number): number {
  const parts = partsOfDay(start);
  return dayOf(parts.year + number - 1, parts.monthIndex, parts.day);
}

/**
 * The profile of a line pledged by year: each year's share of the pledge (its quantity ÷ the
 * total) spread over its days within the contract. Labels are contract years (`'1'`, `'2'`…)
 * or financial years (`'2025/26'`, or `'2025'` for years starting in January); years must not
 * overlap. `undefined` when every year is 0. Internal.
 */
export function pledgedYearsProfile(
  years: readonly { readonly year: string; readonly quantity: Decimal }[],
  start: number,
  end: number,
  startMonth: number,
  root: readonly PropertyKey[],
): Profile | undefined {
  const total = sumDecimals(years.map((year) => year.quantity));
  if (total.isZero()) return undefined;
  const fail = (index: number, expected: string) =>
    fieldError('invalid-period', 'Invalid pledge years.', [...root, index, 'year'], expected);
  const weights = years.map((year, index) => {
    const label = year.year.trim();
    const financial = /^(\d{4})(?:\/(\d{2}))?$/.exec(label);
    let first: number;
    let next: number;
    if (/^\d{1,3}$/.test(label) && Number(label) >= 1) {
      first = contractYearStart(start, Number(label));
      next = contractYearStart(start, Number(label) + 1);
    } else if (
      financial !== null &&
      (financial[2] === undefined) === (startMonth === 1) &&
      (financial[2] === undefined || Number(financial[2]) === (Number(financial[1]) + 1) % 100)
    ) {
      const startYear = Number(financial[1]);
      first = dayOf(startYear, startMonth - 1, 1);
      next = dayOf(startYear + 1, startMonth - 1, 1);
    } else {
      throw fail(
        index,
        `expected a contract year (1, 2, …) or a financial year such as ${startMonth === 1 ? '2025' : '2025/26'}, received ${describeValue(year.year)}`,
      );
    }
    const from = Math.max(first, start);
    const to = Math.min(next - 1, end);
    if (to < from) {
      throw fail(
        index,
        `expected a year within the contract, received ${describeValue(year.year)}`,
      );
    }
    return { index, from: from - start, to: to - start + 1, numerator: year.quantity };
  });
  const ordered = [...weights].sort((a, b) => a.from - b.from || a.index - b.index);
  checkNoOverlap(ordered, (weight, before) =>
    fail(
      weight.index,
      `expected years that do not overlap, received ${describeValue(years[weight.index]!.year)}, which overlaps ${describeValue(years[before.index]!.year)}`,
    ),
  );
  return {
    weights: ordered.map(({ from, to, numerator }) => ({ from, to, numerator })),
    denominator: total,
    days: end - start + 1,
  };
}

/** The position of the first item whose `to` is after `day` (items in order, not overlapping). */
function firstEndingAfter(items: readonly { readonly to: number }[], day: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.to > day) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The quantity expected over day offsets `[from, to)`: for each stretch of the profile, the
 * pledge in force each day times the stretch's share per day. Products come first and the
 * stretches are added as one fraction, divided once (34 significant digits); a stretch covered
 * whole by one pledge, and the whole contract under one pledge, are exact with no division. Sums and products with 0 or 1 are
 * skipped (they would only copy a Decimal). With `over` (a quantity delivered), `over` ÷ the
 * quantity expected instead, as the exact dividend and divisor of its one division, not one by
 * the rounded figure (1.5 of 5/3 is 0.9, not 0.8999…98); the caller makes sure some is
 * expected. Internal.
 */
export function expectedBetween(
  segments: readonly PledgeSegment[],
  profile: Profile,
  from: number,
  to: number,
): Decimal;
export function expectedBetween(
  segments: readonly PledgeSegment[],
  profile: Profile,
  from: number,
  to: number,
  over: Decimal,
): RatioParts;
export function expectedBetween(
  segments: readonly PledgeSegment[],
  profile: Profile,
  from: number,
  to: number,
  over?: Decimal,
): Decimal | RatioParts {
  if (!over && from <= 0 && to >= profile.days && segments.length === 1) {
    return segments[0]!.quantity;
  }
  const { weights, denominator } = profile;
  const unitDenominator = denominator.eq(1);
  let expected = ZERO;
  // Each stretch's dividend and length, when its share is divided.
  const divided: [Decimal, number][] = [];
  for (let i = firstEndingAfter(weights, from); i < weights.length; i += 1) {
    const weight = weights[i]!;
    if (weight.from >= to) break;
    const a = Math.max(weight.from, from);
    const b = Math.min(weight.to, to);
    if (b <= a || weight.numerator.isZero()) continue;
    // Σ quantity × days over [a, b), and the quantity when one segment covers all of it
    // (segments are in order and contiguous).
    let total = ZERO;
    let covering: Decimal | undefined;
    let pieces = 0;
    for (let j = firstEndingAfter(segments, a); j < segments.length; j += 1) {
      const segment = segments[j]!;
      if (segment.from >= b) break;
      const days = Math.min(segment.to, b) - Math.max(segment.from, a);
      if (days <= 0) continue;
      pieces += 1;
      if (segment.from <= a && segment.to >= b) covering = segment.quantity;
      if (!segment.quantity.isZero()) total = add(total, segment.quantity.times(days));
    }
    if (total.isZero()) continue;
    const one = weight.numerator.eq(1);
    if (
      a === weight.from &&
      b === weight.to &&
      pieces === 1 &&
      covering !== undefined &&
      unitDenominator
    ) {
      expected = add(expected, one ? covering : covering.times(weight.numerator));
    } else {
      divided.push([one ? total : total.times(weight.numerator), weight.to - weight.from]);
    }
  }
  if (over) return fractionSum(expected, divided, denominator, over);
  if (divided.length === 0) return expected;
  if (divided.length === 1 && expected.isZero()) {
    const [dividend, length] = divided[0]!;
    return quotient(dividend, unitDenominator ? new Decimal(length) : denominator.times(length));
  }
  return fractionSum(expected, divided, denominator);
}

/**
 * `dividend ÷ divisor` to 34 digits, or the dividend itself, exact, when the divisor is 1 (a
 * share of 0.5 over 2 days): there is then nothing to divide, and nothing is rounded.
 */
function quotient(dividend: Decimal, divisor: Decimal): Decimal {
  return divisor.eq(1) ? new Decimal(dividend) : divide(dividend, divisor);
}

/**
 * `exact` + Σ dividend ÷ (length × `denominator`) over `divided`, as one fraction over the
 * product of the lengths and `denominator`, divided once: adding each quotient rounded to 34
 * digits would add their rounding too (24 × 4/23 + 24 × 8/23 made
 * 12.521739130434782608695652173913044, not 288/23 to 34 digits).
 */
function fractionSum(
  exact: Decimal,
  divided: readonly (readonly [Decimal, number])[],
  denominator: Decimal,
  over?: Decimal,
): Decimal | RatioParts {
  const Unlimited = unlimited();
  let numerator = new Unlimited(exact).times(denominator);
  let common = new Unlimited(1);
  // Π (length × denominator): 1 when the stretches' own divisors make 1 (0.5 over 2 days each),
  // so the sum needs no division and its exact figure, a finite decimal, is kept unrounded.
  let divisors = new Unlimited(1);
  for (const [dividend, length] of divided) {
    numerator = numerator.times(length).plus(common.times(dividend));
    common = common.times(length);
    divisors = divisors.times(denominator).times(length);
  }
  const divisor = common.times(denominator);
  if (over) return [divisor.times(over), numerator];
  return divisors.eq(1) ? new Decimal(numerator.div(divisor)) : divide(numerator, divisor);
}

/** `sum + value`, without a copy when `sum` is 0. */
const add = (sum: Decimal, value: Decimal) => (sum.isZero() ? value : sum.plus(value));
