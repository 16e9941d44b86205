import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  type DiscountSchedule,
  discountScheduleIds,
  flatSchedule,
  forBands,
  growthSteps,
  shippedSchedule,
} from '../../src/valuation/discount-schedule.js';

// `presentValue` grows £1 a year at a time (one multiplication a year, to 240 digits) instead of
// a power per band per year: each year's 200 digits must be the ones the powers gave, the
// product of each band's `pow` (rounded to 200 digits) with the growth before.

/** The growth as it was worked out before: a power per band, each rounded, then multiplied. */
function byPowers(schedule: DiscountSchedule, t: number): Decimal {
  let growth = new Decimal(1);
  forBands(schedule, 0, t, (rate, years) => {
    growth = growth.times(rate.plus(1).pow(years));
  });
  return growth;
}

const schedules = [
  ...discountScheduleIds.map(shippedSchedule),
  ...['0.035', '0.0123456789', '0.999999', '1', '0'].map((rate) => flatSchedule(new Decimal(rate))),
];

describe('growthSteps', () => {
  it('gives every year the 200 digits of the powers, year by year and far apart', () => {
    for (const schedule of schedules) {
      const step = growthSteps(schedule);
      // Every year to 160 (past the bands of every schedule), then years far apart.
      const years = [...Array.from({ length: 161 }, (_, t) => t), 997, 5003, 12_345, 19_998];
      const differ = years.filter((t) => !step(t).eq(byPowers(schedule, t)));
      expect([schedule.id, schedule.bands[0]!.rate.toString(), differ]).toEqual([
        schedule.id,
        schedule.bands[0]!.rate.toString(),
        [],
      ]);
    }
  });

  it('rounds a power exactly half-way between two 200-digit figures up, as pow does', () => {
    // 1 + 5e-200 has 201 digits, its last a 5: half-up to 200 digits, 1 + 1e-199.
    const step = growthSteps(flatSchedule(new Decimal('5e-200')));
    expect(step(1).eq(new Decimal(1).plus('1e-199'))).toBe(true);
    expect(step(1).eq(new Decimal('5e-200').plus(1).pow(1))).toBe(true);
  });
});
