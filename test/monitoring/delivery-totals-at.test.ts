import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSocialValueError, trackDelivery } from '../../src/index.js';
import { deliveryTotalsAt } from '../../src/monitoring/delivery-totals-at.js';
import { day, trackingArb } from './arbitraries.js';

// The command's delivery chart takes the totals at many dates from one call: each date's must
// be trackDelivery's own as of that date (lines added and varied by then, deliveries counted by
// then, verified only), with and without a contract period, or the same error.

/** trackDelivery's expected and delivered totals, or the error's code and message. */
function tracked(...args: Parameters<typeof trackDelivery>) {
  try {
    const { totals } = trackDelivery(...args);
    return { expected: totals.expected.toString(), delivered: totals.delivered.toString() };
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('deliveryTotalsAt', () => {
  it("gives each date trackDelivery's totals as of that date", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        trackingArb,
        fc.array(day, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        ([valuation, deliveries, options], dates, withPeriod) => {
          const { start, end, ...rest } = options;
          const settings = withPeriod
            ? { ...options, asOf: undefined }
            : { ...rest, asOf: undefined };
          const each = dates.map((asOf) => tracked(valuation, deliveries, { ...settings, asOf }));
          let together: ReturnType<typeof tracked>[];
          try {
            together = deliveryTotalsAt(valuation, deliveries, settings, dates).map((totals) => ({
              expected: totals.expected.toString(),
              delivered: totals.delivered.toString(),
            }));
          } catch (error) {
            if (!isSocialValueError(error)) throw error;
            // The first date that fails fails the call, with its error.
            expect(each.find((entry) => 'code' in entry)).toEqual({
              code: error.code,
              message: error.message,
            });
            return;
          }
          expect(together).toEqual(each);
          compared += dates.length;
        },
      ),
    );
    // Not vacuous: most runs compare figures.
    expect(compared).toBeGreaterThan(100);
  });
});
