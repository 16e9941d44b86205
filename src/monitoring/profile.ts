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
