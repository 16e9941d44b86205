import fc from 'fast-check';
import type {
  Delivery,
  MonitoredFramework,
  MonitoredValuation,
  PledgeVariation,
  TrackDeliveryOptions,
} from '../../src/index.js';
import { recordOnlyAtZero } from '../record-only.js';

// Generators of monitoring inputs shared by the property, snapshot and adversarial tests.

/** Quantities and proxies as decimal strings with up to 4 places. */
export const amount = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, '0')}`);

/** A fraction 0–1 in hundredths. */
export const share = fc
  .integer({ min: 0, max: 100 })
  .map((percent) => (percent === 100 ? '1' : `0.${String(percent).padStart(2, '0')}`));

/** Measure codes, two of them named like Object.prototype members. */
export const measures = ['M1', 'M2', 'constructor', '__proto__'];

/** Ids for themes, tags and tag values, prototype names included. */
export const ids = fc.constantFrom('a', 'b', '__proto__', 'constructor', 'toString', 'x y');

/** Days from 2024-04-01 within a three-year contract. */
export const day = fc.integer({ min: 0, max: 1094 }).map((offset) => {
  const date = new Date(Date.UTC(2024, 3, 1 + offset));
  return date.toISOString().slice(0, 10);
});

/** A contract period of three years. */
export const contract = { start: '2024-04-01', end: '2027-03-31' } as const;

/** A hand-made valuation in the 0.2 shape: up to four lines, tags with prototype names. */
export const valuationArb: fc.Arbitrary<MonitoredValuation> = fc
  .record({
    lines: fc.array(
      fc
        .record({
          quantity: amount,
          proxyValue: amount,
          attributionShare: share,
          theme: ids,
          valueType: fc.constantFrom(
            'social' as const,
            'local-economic' as const,
            'environmental' as const,
            'record-only' as const,
          ),
          tags: fc.dictionary(ids, ids, { maxKeys: 2 }),
          years: fc.option(fc.array(amount, { minLength: 1, maxLength: 3 }), { nil: undefined }),
          channel: fc.constantFrom(
            undefined,
            'tender' as const,
            'internal' as const,
            'grant' as const,
          ),
          effect: fc.constantFrom(undefined, undefined, 'disbenefit' as const),
          followUpOn: fc.option(day, { nil: undefined }),
          barriers: fc.option(fc.array(ids, { maxLength: 2 }), { nil: undefined }),
        })
        .map(recordOnlyAtZero),
      { minLength: 1, maxLength: 4 },
    ),
    contractValue: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
    framework: fc.option(fc.constant({ id: 'f', name: 'F', edition: '1', priceYear: 2024 }), {
      nil: undefined,
    }),
  })
  .map(({ lines, contractValue, framework }) => ({
    ...(framework === undefined ? {} : { framework }),
    lines: lines.map((line, index) => ({
      index,
      measure: measures[index]!,
      title: `Measure ${index}`,
      theme: line.theme,
      valueType: line.valueType,
      quantity: line.quantity,
      proxyValue: line.proxyValue,
      attributionShare: line.attributionShare,
      tags: line.tags,
      ...(line.years === undefined
        ? {}
        : { years: line.years.map((quantity, year) => ({ year: String(year + 1), quantity })) }),
      ...(line.channel === undefined ? {} : { channel: line.channel }),
      ...(line.effect === undefined ? {} : { effect: line.effect }),
      ...(line.followUpOn === undefined ? {} : { followUpOn: line.followUpOn }),
      ...(line.barriers === undefined ? {} : { barriers: line.barriers }),
    })),
    ...(contractValue === undefined ? {} : { contractValue }),
  }));

/** Deliveries against the first `count` measures, and sometimes one nobody pledged. */
export const deliveriesArb = (count: number): fc.Arbitrary<Delivery[]> =>
  fc.array(
    fc.record({
      measure: fc
        .integer({ min: 0, max: count })
        .map((index) => (index < count ? measures[index]! : 'U1')),
      date: day,
      quantity: amount,
      verification: fc.constantFrom('verified' as const, 'claimed' as const),
    }),
    { maxLength: 12 },
  );

/** A framework with one measure nobody pledges (U1) and a theme named `__proto__`. */
export const framework: MonitoredFramework = {
  themes: [
    { id: '__proto__', name: 'Prototype theme' },
    { id: 'a', name: 'Theme A' },
  ],
  measures: [
    {
      code: 'U1',
      theme: '__proto__',
      title: 'Unpledged',
      unit: 'no.',
      proxyValue: '12.5',
      valueType: 'social',
    },
  ],
};

/** Options: report date, sometimes verified only, a variation, calendar years. */
export const optionsArb = (count: number): fc.Arbitrary<TrackDeliveryOptions> =>
  fc
    .record({
      asOf: day,
      count: fc.constantFrom('all' as const, 'verified' as const),
      variation: fc.option(
        fc.record({
          line: fc.integer({ min: 0, max: count - 1 }),
          date: day,
          quantity: amount,
        }),
        { nil: undefined },
      ),
      calendar: fc.boolean(),
      added: fc.option(fc.record({ date: day, quantity: amount, theme: ids }), { nil: undefined }),
    })
    .map(({ asOf, count: counted, variation, calendar, added }) => {
      const variations: PledgeVariation[] =
        variation === undefined
          ? []
          : [
              {
                measure: measures[variation.line]!,
                date: variation.date,
                quantity: variation.quantity,
                reason: 'agreed',
              },
            ];
      // A measure nobody pledged, added from a date (its delivery is then against it).
      if (added !== undefined) {
        variations.push({
          measure: 'U1',
          date: added.date,
          quantity: added.quantity,
          reference: 'CCN-1',
          newPledge: {
            theme: added.theme,
            tags: { constructor: '__proto__' },
            channel: 'partnership',
          },
        });
      }
      return {
        ...contract,
        asOf,
        count: counted,
        framework,
        variations,
        ...(calendar ? { financialYearStartMonth: 1 } : {}),
      };
    });

/** A valuation, deliveries and options that go together. */
export const trackingArb = valuationArb.chain((valuation) =>
  fc.tuple(
    fc.constant(valuation),
    deliveriesArb(valuation.lines.length),
    optionsArb(valuation.lines.length),
  ),
);
