import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type Delivery,
  type DeliveryStatus,
  deliveryStatus,
  deliveryStatuses,
  type MonitoredValuation,
  summarisePortfolio,
  trackDelivery,
} from '../../src/index.js';

// Quantities and proxies as decimal strings with up to 4 places.
const amount = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, '0')}`);
const share = fc.integer({ min: 0, max: 100 }).map((percent) => new Decimal(percent).div(100));
const measures = ['M1', 'M2', 'M3', 'M4'];
// Days from 2024-04-01 within a three-year contract.
const day = fc.integer({ min: 0, max: 1094 }).map((offset) => {
  const date = new Date(Date.UTC(2024, 3, 1 + offset));
  return date.toISOString().slice(0, 10);
});

const valuationArb: fc.Arbitrary<MonitoredValuation> = fc
  .array(
    fc.record({
      quantity: amount,
      proxyValue: amount,
      attributionShare: share,
      theme: fc.constantFrom('a', 'b'),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((lines) => ({
    lines: lines.map((line, index) => ({
      index,
      measure: measures[index]!,
      theme: line.theme,
      valueType: 'social' as const,
      quantity: line.quantity,
      proxyValue: line.proxyValue,
      attributionShare: line.attributionShare,
    })),
  }));

const deliveriesArb = (count: number): fc.Arbitrary<Delivery[]> =>
  fc.array(
    fc.record({
      measure: fc.integer({ min: 0, max: count - 1 }).map((index) => measures[index]!),
      date: day,
      quantity: amount,
      verification: fc.constantFrom('verified' as const, 'claimed' as const),
    }),
    { maxLength: 12 },
  );

const contract = { start: '2024-04-01', end: '2027-03-31' };

describe('monitoring properties', () => {
  it('delivered value never exceeds delivered quantity × proxy', () => {
    fc.assert(
      fc.property(
        valuationArb.chain((valuation) =>
          fc.tuple(fc.constant(valuation), deliveriesArb(valuation.lines.length), day),
        ),
        ([valuation, deliveries, asOf]) => {
          const report = trackDelivery(valuation, deliveries, { ...contract, asOf });
          report.lines.forEach((line, position) => {
            const proxy = new Decimal(valuation.lines[position]!.proxyValue.toString());
            expect(line.value.delivered.lte(line.delivered.times(proxy))).toBe(true);
            expect(line.value.verified.plus(line.value.claimed).eq(line.value.delivered)).toBe(
              true,
            );
          });
        },
      ),
    );
  });

  it('portfolio totals equal the sum of the contract totals', () => {
    const reportArb = valuationArb.chain((valuation) =>
      fc
        .tuple(deliveriesArb(valuation.lines.length), day)
        .map(([deliveries, asOf]) => trackDelivery(valuation, deliveries, { ...contract, asOf })),
    );
    fc.assert(
      fc.property(fc.array(reportArb, { minLength: 1, maxLength: 5 }), (reports) => {
        const summary = summarisePortfolio(
          reports.map((report, index) => ({ id: `C${index}`, report })),
        );
        const keys = [
          'pledged',
          'expected',
          'delivered',
          'verified',
          'claimed',
          'unpledged',
          'shortfall',
          'shortfallToDate',
        ] as const;
        for (const key of keys) {
          const sum = reports.reduce(
            (total, report) => total.plus(report.totals[key]),
            new Decimal(0),
          );
          expect(summary.totals[key].toString()).toBe(sum.toString());
        }
        const years = summary.byFinancialYear.reduce(
          (total, year) => total.plus(year.delivered),
          new Decimal(0),
        );
        expect(years.toString()).toBe(summary.totals.delivered.toString());
      }),
    );
  });

  it('statuses move monotonically with delivered quantity', () => {
    const rank = (status: DeliveryStatus) => deliveryStatuses.indexOf(status);
    fc.assert(
      fc.property(amount, amount, amount, amount, (a, b, expectedRaw, extra) => {
        const commitment = new Decimal(expectedRaw).plus(extra);
        const expected = new Decimal(expectedRaw);
        const [low, high] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const status = (delivered: string) =>
          deliveryStatus({ delivered, expected, commitment }).status;
        expect(rank(status(low))).toBeLessThanOrEqual(rank(status(high)));
      }),
    );
  });

  it('adding a delivery never lowers a status', () => {
    fc.assert(
      fc.property(
        valuationArb.chain((valuation) =>
          fc.tuple(
            fc.constant(valuation),
            deliveriesArb(valuation.lines.length),
            fc.record({ date: day, quantity: amount }),
          ),
        ),
        ([valuation, deliveries, more]) => {
          const options = { ...contract, asOf: '2026-03-31' };
          const before = trackDelivery(valuation, deliveries, options);
          const after = trackDelivery(
            valuation,
            [...deliveries, { measure: 'M1', date: more.date, quantity: more.quantity }],
            options,
          );
          const rank = (status: DeliveryStatus) => deliveryStatuses.indexOf(status);
          expect(rank(after.lines[0]!.status)).toBeGreaterThanOrEqual(
            rank(before.lines[0]!.status),
          );
        },
      ),
    );
  });
});
