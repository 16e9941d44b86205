import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliveryStatus, trackDelivery } from '../../src/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import {
  add,
  cmp,
  differs,
  div,
  mul,
  parse,
  type Rational,
  rat,
  significant,
} from '../rational.js';

// deliveryStatus against an exact reference of its own (BigInt rationals): over the commitment,
// at it, nothing delivered, nothing expected, then the exact pace delivered ÷ expected against
// the thresholds given (≥ on-track, ≥ at-risk), as every threshold of the library is compared:
// exactly, not through the pace rounded to 34 digits. The ratio reported is that division to
// 34 significant digits. Cases sit at a threshold × expected, a digit either side (to 40
// places), or anywhere.

/** A non-negative rational as decimal text (its denominator divides a power of 10). */
function text([n, d]: Rational): string {
  let places = 0;
  while (10n ** BigInt(places) % d !== 0n) places += 1;
  const scaled = (n * 10n ** BigInt(places)) / d;
  const all = scaled.toString().padStart(places + 1, '0');
  return places === 0 ? all : `${all.slice(0, -places)}.${all.slice(-places)}`;
}

/** In the input domain: below 1e15, at most 40 places, not negative. */
function inDomain([n, d]: Rational): boolean {
  return n >= 0n && n < 10n ** 15n * d && 10n ** 40n % d === 0n;
}

const quantity = fc.oneof(
  decimalTextArb([1, 6], [0, 6]),
  decimalTextArb([1, 3], [30, 38]),
  fc.constantFrom('0', '1', '3', '0.3'),
);
const fraction = fc
  .oneof(
    fc.constantFrom(
      '0.9',
      '0.75',
      '1',
      '0.5',
      '0.3333333333333333333333333333333333333333',
      '0.9000000000000000000000000000000000001',
    ),
    fractionTextArb(40),
  )
  .filter((t) => parse(t)[0] > 0n);
const caseArb = fc.record({
  expected: quantity,
  free: quantity,
  extra: quantity,
  onTrack: fc.option(fraction, { nil: undefined }),
  atRisk: fc.option(fraction, { nil: undefined }),
  at: fc.constantFrom('on-track', 'at-risk', 'free', 'expected'),
  nudge: fc.constantFrom('0', '1e-40', '-1e-40', '1e-38', '-1e-38', '1e-35', '-1e-35', '1e-6'),
});

describe('deliveryStatus against an exact reference', () => {
  it('compares the exact pace with the thresholds given, and reports it to 34 digits', () => {
    let counted = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        let onTrack = c.onTrack === undefined ? rat(9, 10) : parse(c.onTrack);
        let atRisk = c.atRisk === undefined ? rat(3, 4) : parse(c.atRisk);
        if (cmp(atRisk, onTrack) > 0) {
          // Out of order with a default is refused (tested elsewhere): swap two given ones.
          if (c.onTrack === undefined || c.atRisk === undefined) return;
          [onTrack, atRisk] = [atRisk, onTrack];
        }
        const expected = parse(c.expected);
        const at = { 'on-track': onTrack, 'at-risk': atRisk, free: null, expected: rat(1) }[c.at];
        const delivered = add(at === null ? parse(c.free) : mul(at, expected), parse(c.nudge));
        const commitment = add(add(expected, delivered), parse(c.extra));
        if (![expected, delivered, commitment].every(inDomain)) return;
        const thresholds = {
          ...(c.onTrack === undefined ? {} : { onTrackRatio: text(onTrack) }),
          ...(c.atRisk === undefined ? {} : { atRiskRatio: text(atRisk) }),
        };
        const got = deliveryStatus(
          { delivered: text(delivered), expected: text(expected), commitment: text(commitment) },
          thresholds,
        );
        counted += 1;
        const pace = expected[0] === 0n ? null : div(delivered, expected);
        const status =
          cmp(delivered, commitment) > 0
            ? 'over-delivered'
            : cmp(delivered, commitment) === 0
              ? 'complete'
              : delivered[0] === 0n
                ? 'not-started'
                : pace === null || cmp(pace, onTrack) >= 0
                  ? 'on-track'
                  : cmp(pace, atRisk) >= 0
                    ? 'at-risk'
                    : 'behind';
        expect([
          got.status === status ? '' : `status: ${got.status} is not ${status}`,
          differs('deliveryRatio', got.deliveryRatio, pace && significant(pace)),
        ]).toEqual(['', '']);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 400) },
    );
    expect(counted).toBeGreaterThan(100);
  });

  // Worked out by hand: 0.9000000000000000000000000000000000001 ÷ 1 is the threshold itself
  // (37 significant digits), though its 34-digit figure is 0.9; 0.89999999999999999999999999999999999
  // (35 nines) ÷ 1 is below 0.9, though its 34-digit figure is 0.9.
  const T = '0.9000000000000000000000000000000000001';
  it('is on track exactly at a threshold finer than 34 digits', () => {
    const result = deliveryStatus(
      { delivered: T, expected: 1, commitment: 2 },
      { onTrackRatio: T },
    );
    expect(result.status).toBe('on-track');
    expect(result.deliveryRatio?.toString()).toBe('0.9');
  });

  it('is at risk just below the on-track threshold, though the pace reads 0.9 to 34 digits', () => {
    const result = deliveryStatus({
      delivered: '0.89999999999999999999999999999999999',
      expected: 1,
      commitment: 2,
    });
    expect(result.status).toBe('at-risk');
    expect(result.deliveryRatio?.toString()).toBe('0.9');
    // Delivered exactly, as 0.9 ÷ 1 would not be that pace.
    expect(result.reason).toBe(
      '0.89999999999999999999999999999999999 of 2 delivered, 1 expected by now: pace 89.999999999999999999999999999999999%, below 90% but at or above the at-risk threshold of 75%.',
    );
    // 2.7 of 3 more than a half-unit of the 34th digit below 0.9: at risk, as before.
    expect(
      deliveryStatus({
        delivered: '2.6999999999999999999999999999999999',
        expected: 3,
        commitment: 4,
      }).status,
    ).toBe('at-risk');
  });

  it('trackDelivery decides a line by its exact pace too, with and without a contract period', () => {
    const valuation = {
      lines: [
        { measure: 'M', theme: 'jobs', valueType: 'social' as const, quantity: 2, proxyValue: 1 },
      ],
    };
    const delivered = (quantity: string) => [{ measure: 'M', date: '2025-06-01', quantity }];
    const period = { start: '2025-04-01', end: '2027-03-31', asOf: '2026-03-31' };
    // Over 730 days, 365 are past at 31 March 2026: 1 of the 2 pledged is expected, exactly.
    for (const options of [{}, period]) {
      const expected = 'start' in options ? '1' : '2';
      const at = (quantity: string, onTrackRatio?: string) =>
        trackDelivery(valuation, delivered(quantity), {
          ...options,
          ...(onTrackRatio ? { thresholds: { onTrackRatio } } : {}),
        }).lines[0]!;
      const exactly = at(expected === '1' ? T : '1.8000000000000000000000000000000000002', T);
      expect(exactly.expected.toString()).toBe(expected);
      expect(exactly.status).toBe('on-track');
      const below = at(
        expected === '1'
          ? '0.89999999999999999999999999999999999'
          : '1.79999999999999999999999999999999999',
      );
      expect([below.status, below.deliveryRatio?.toString()]).toEqual(['at-risk', '0.9']);
    }
  });

  it("trackDelivery with count 'verified' counts verified quantities only, at thresholds given", () => {
    // Pledged q over 730 days, 365 past at the report date: q/2 expected (q whole without a
    // period). Claimed deliveries are shown and counted as deliveries, not in the pace.
    const caseOf = fc.record({
      quantity: quantity.filter((t) => parse(t)[0] > 0n),
      period: fc.boolean(),
      onTrack: fraction,
      at: fc.constantFrom('on-track', 'free'),
      nudge: fc.constantFrom('0', '1e-40', '-1e-40', '-1e-36'),
      deliveries: fc.array(fc.record({ quantity, verified: fc.boolean() }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(caseOf, (c) => {
        const q = parse(c.quantity);
        const expected = c.period ? mul(q, rat(1, 2)) : q;
        const onTrack = parse(c.onTrack);
        // One verified delivery at the threshold's pace (or a digit either side), then the rest.
        const first = add(mul(onTrack, expected), parse(c.nudge));
        const all = [
          ...(c.at === 'on-track' && inDomain(first)
            ? [{ quantity: text(first), verified: true }]
            : []),
          ...c.deliveries,
        ];
        const verified = all.filter((x) => x.verified).map((x) => parse(x.quantity));
        const claimed = all.filter((x) => !x.verified).map((x) => parse(x.quantity));
        const report = trackDelivery(
          {
            lines: [
              {
                measure: 'M',
                theme: 'jobs',
                valueType: 'social',
                quantity: c.quantity,
                proxyValue: 1,
              },
            ],
          },
          all.map((x, i) => ({
            measure: 'M',
            date: `2025-06-${String(i + 1).padStart(2, '0')}`,
            quantity: x.quantity,
            verification: x.verified ? ('verified' as const) : ('claimed' as const),
          })),
          {
            count: 'verified',
            thresholds: { onTrackRatio: c.onTrack, atRiskRatio: `0.${'0'.repeat(39)}1` },
            asOf: '2026-03-31',
            ...(c.period ? { start: '2025-04-01', end: '2027-03-31' } : {}),
          },
        );
        const line = report.lines[0]!;
        const delivered = verified.reduce(add, rat(0));
        const pace = div(delivered, expected);
        const status =
          cmp(delivered, q) > 0
            ? 'over-delivered'
            : cmp(delivered, q) === 0
              ? 'complete'
              : delivered[0] === 0n
                ? 'not-started'
                : cmp(pace, onTrack) >= 0
                  ? 'on-track'
                  : cmp(pace, rat(1, 10n ** 40n)) >= 0
                    ? 'at-risk'
                    : 'behind';
        expect([
          differs('delivered', line.delivered, delivered),
          differs('verified', line.verified, delivered),
          differs('claimed', line.claimed, claimed.reduce(add, rat(0))),
          differs('deliveryRatio', line.deliveryRatio, significant(pace)),
          line.deliveryCount === all.length ? '' : `deliveryCount ${line.deliveryCount}`,
          line.status === status ? '' : `status: ${line.status} is not ${status}`,
        ]).toEqual(['', '', '', '', '', '']);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 150) },
    );
  });
});
