import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { divide } from '../../src/core/numeric-domain.js';
import {
  Decimal,
  type DeliveryFigures,
  type DeliveryReport,
  summarisePortfolio,
  trackDelivery,
} from '../../src/index.js';
import { Largest } from '../../src/monitoring/largest.js';
import { expectedBetween, type PledgeSegment, type Profile } from '../../src/monitoring/profile.js';
import { readDeliveries, readDeliveryLean } from '../../src/monitoring/read-delivery.js';
import { inputSchemas } from '../../src/monitoring/schemas.js';
import { recordOnlyAtZero } from '../record-only.js';
import { amount, contract, day, framework, ids, measures } from './arbitraries.js';

// The shortcuts of the reworked trackDelivery and summarisePortfolio against the
// straightforward way to the same figures: every sum as a sum of the lines, every selection as
// a sort, every division as before (the stretches of an expected quantity as one fraction).

/** decimal.js without a limit on digits: exact sums and products. */
const Unlimited = DecimalJs.clone({ precision: 1e9 });

/** Any decimal of the numeric domain: below 1e15, up to 40 places, sometimes 0 or 1. */
const domainDecimal = fc
  .oneof(
    fc.constantFrom('0', '1', '0.5', '999999999999999.9999999999999999999999999999999999999999'),
    fc
      .tuple(
        fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 40 }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
      )
      .map(([whole, places, fraction]) =>
        places === 0
          ? whole.toString()
          : `${whole}.${fraction.toString().padStart(places, '0').slice(0, places)}`,
      ),
  )
  .map((text) => new Decimal(text));

/** The 0.1/0.2 way: a new sum per term, a product and a division per stretch. */
function straightforwardExpected(
  segments: readonly PledgeSegment[],
  profile: Profile,
  from: number,
  to: number,
): Decimal {
  if (from <= 0 && to >= profile.days && segments.length === 1) return segments[0]!.quantity;
  // The stretches as one fraction (a product of every denominator, no common multiple), divided
  // once when any stretch was divided.
  let numerator = new Unlimited(0);
  let common = new Unlimited(1);
  for (const weight of profile.weights) {
    const a = Math.max(weight.from, from);
    const b = Math.min(weight.to, to);
    if (b <= a || weight.numerator.isZero()) continue;
    let total = new Decimal(0);
    let covering: Decimal | undefined;
    let pieces = 0;
    for (const segment of segments) {
      const days = Math.min(segment.to, b) - Math.max(segment.from, a);
      if (days <= 0) continue;
      pieces += 1;
      if (segment.from <= a && segment.to >= b) covering = segment.quantity;
      if (!segment.quantity.isZero()) total = total.plus(segment.quantity.times(days));
    }
    if (total.isZero()) continue;
    if (
      a === weight.from &&
      b === weight.to &&
      pieces === 1 &&
      covering !== undefined &&
      profile.denominator.eq(1)
    ) {
      numerator = numerator.plus(common.times(covering).times(weight.numerator));
    } else {
      const over = profile.denominator.times(weight.to - weight.from);
      numerator = numerator.times(over).plus(common.times(total).times(weight.numerator));
      common = common.times(over);
    }
  }
  return common.eq(1) ? new Decimal(numerator) : divide(numerator, common);
}

/** Contiguous segments from `start` to `days`, and a profile of stretches in day order. */
const profileCase = fc
  .record({
    days: fc.integer({ min: 1, max: 1200 }),
    start: fc.integer({ min: 0, max: 100 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 1199 }), { maxLength: 3 }),
    quantities: fc.array(domainDecimal, { minLength: 4, maxLength: 4 }),
    stretches: fc.uniqueArray(fc.integer({ min: 0, max: 1200 }), { minLength: 2, maxLength: 5 }),
    numerators: fc.array(domainDecimal, { minLength: 4, maxLength: 4 }),
    denominator: fc.oneof(
      fc.constant(new Decimal(1)),
      domainDecimal.filter((d) => !d.isZero()),
    ),
    from: fc.integer({ min: -10, max: 1300 }),
    length: fc.integer({ min: 0, max: 1300 }),
  })
  .map((c) => {
    const start = Math.min(c.start, c.days - 1);
    const bounds = [
      start,
      ...c.cuts.filter((cut) => cut > start && cut < c.days).sort((a, b) => a - b),
      c.days,
    ];
    const segments = bounds
      .slice(0, -1)
      .map((from, i) => ({ from, to: bounds[i + 1]!, quantity: c.quantities[i]! }));
    const edges = c.stretches.map((edge) => Math.min(edge, c.days)).sort((a, b) => a - b);
    const weights = edges
      .slice(0, -1)
      .map((from, i) => ({ from, to: edges[i + 1]!, numerator: c.numerators[i]! }))
      .filter((weight) => weight.to > weight.from);
    return {
      segments,
      profile: { weights, denominator: c.denominator, days: c.days },
      from: c.from,
      to: c.from + c.length,
    };
  });

describe('fast paths equal the straightforward ones', () => {
  it('expectedBetween: no sum or product with 0 or 1, the same exact figure', () => {
    fc.assert(
      fc.property(profileCase, ({ segments, profile, from, to }) => {
        const fast = expectedBetween(segments, profile, from, to);
        const slow = straightforwardExpected(segments, profile, from, to);
        expect(fast.toString()).toBe(slow.toString());
        expect(fast.s).toBe(slow.s);
      }),
      { numRuns: 2000 },
    );
  });

  it('expectedBetween: a stretch divided by exactly 1 keeps its exact figure', () => {
    // Found by the property above (seed -1735857549): a share of 0.5 over a 2-day stretch is a
    // divisor of 1, and the fast path divided anyway, rounding to 34 digits (100000000000000).
    // Days 5 to 6 of a stretch of days 5 to 7 whose numerator is 999,999,999,999,999.(40 nines),
    // over 0.5 × 2 days = 1, of a quantity of 0.1 a day: 0.1 × 1 day × the numerator ÷ 1 =
    // 99,999,999,999,999.(41 nines), 56 digits, exact.
    const nines = `999999999999999.${'9'.repeat(40)}`;
    const profile: Profile = {
      weights: [{ from: 5, to: 7, numerator: new Decimal(nines) }],
      denominator: new Decimal('0.5'),
      days: 7,
    };
    const segments = [{ from: 0, to: 7, quantity: new Decimal('0.1') }];
    expect(expectedBetween(segments, profile, 1, 6).toString()).toBe(
      `99999999999999.${'9'.repeat(41)}`,
    );
    // Two such stretches sum as one fraction over 1 × 1: still exact (0.1 × 2 × the numerator).
    const two: Profile = {
      weights: [
        { from: 3, to: 5, numerator: new Decimal(nines) },
        { from: 5, to: 7, numerator: new Decimal(nines) },
      ],
      denominator: new Decimal('0.5'),
      days: 7,
    };
    expect(expectedBetween(segments, two, 4, 6).toString()).toBe(
      `199999999999999.${'9'.repeat(40)}8`,
    );
  });

  it('Largest keeps what sorting all and slicing would', () => {
    const item = fc.record({
      a: fc.integer({ min: 0, max: 5 }),
      b: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (items, count) => {
          const keyed = items.map((entry, id) => ({ ...entry, id }));
          const compare = (x: (typeof keyed)[number], y: (typeof keyed)[number]) =>
            y.a - x.a || x.b - y.b || x.id - y.id;
          const largest = new Largest<(typeof keyed)[number]>(count, compare);
          for (const entry of keyed) largest.add(entry);
          expect(largest.sorted()).toEqual([...keyed].sort(compare).slice(0, count));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reading deliveries with one cache per call gives what reading each alone gives', () => {
    const value = fc.oneof(
      fc.record({
        measure: fc.constantFrom('NT1', ' NT1', ''),
        date: fc.constantFrom('2025-03-31', '2025-02-29', '0999-01-01', '2025-3-1'),
        quantity: fc.constantFrom('12.5', '12.5', ' 3 ', '-1', 'x', 4, new Decimal('2')),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), (list) => {
        const alone = list.map((input, _index) => {
          try {
            return readDeliveryLean(input) ?? z.parse(inputSchemas().delivery, input);
          } catch {
            return 'refused';
          }
        });
        let together: unknown[];
        try {
          together = [...readDeliveries(list).list];
        } catch {
          together = ['refused'];
        }
        const first = alone.indexOf('refused');
        const expected = first === -1 ? alone : ['refused'];
        expect(JSON.stringify(together)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- The report's and the portfolio's breakdowns against the sums of their lines. ----

const KEYS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
] as const;
type Amounts = Record<(typeof KEYS)[number], Decimal>;
const zero = (): Amounts => Object.fromEntries(KEYS.map((key) => [key, new Decimal(0)])) as Amounts;
const addTo = (groups: Map<string, Amounts>, key: string, amounts: Amounts) => {
  const sum = groups.get(key) ?? zero();
  for (const name of KEYS) sum[name] = sum[name].plus(amounts[name]);
  groups.set(key, sum);
};
// A ratio of values over less than a penny (0 included) is null, as the library gives it.
const ratio = (a: Decimal, b: Decimal) => (b.abs().lt('0.01') ? null : divide(a, b).toString());
const text = (amounts: Amounts) => [
  ...KEYS.map((key) => amounts[key].toString()),
  ratio(amounts.delivered, amounts.expected),
  ratio(amounts.delivered, amounts.pledged),
];
const shown = (figures: DeliveryFigures) => [
  ...KEYS.map((key) => figures[key].toString()),
  figures.deliveryRatio?.toString() ?? null,
  figures.progressRatio?.toString() ?? null,
];
const asRecord = (groups: Map<string, Amounts>) =>
  [...groups.keys()].sort().map((key) => [key, text(groups.get(key)!)]);
const recordOf = (figures: Readonly<Record<string, DeliveryFigures>>) =>
  Object.keys(figures)
    .sort()
    .map((key) => [key, shown(figures[key]!)]);

/** Each line's and unpledged delivery's amounts, with what it is grouped by. */
function entriesOf(report: DeliveryReport, contractTags: Readonly<Record<string, string>> = {}) {
  return [
    ...report.lines.map((line) => ({
      keys: {
        theme: line.theme,
        valueType: line.valueType,
        channel: line.channel,
        effect: line.effect,
      },
      tags: { ...contractTags, ...line.tags },
      amounts: Object.fromEntries(KEYS.map((key) => [key, line.value[key]])) as Amounts,
    })),
    ...report.unpledged.map((entry) => ({
      keys: {
        theme: entry.theme,
        valueType: entry.valueType,
        channel: entry.channel,
        effect: 'benefit',
      },
      tags: { ...contractTags },
      amounts: { ...zero(), unpledged: entry.value },
    })),
  ];
}

function straightforward(entries: ReturnType<typeof entriesOf>) {
  const total = new Map<string, Amounts>();
  const groups = {
    theme: new Map<string, Amounts>(),
    valueType: new Map<string, Amounts>(),
    channel: new Map<string, Amounts>(),
    effect: new Map<string, Amounts>(),
  };
  const tags = new Map<string, Map<string, Amounts>>();
  for (const entry of entries) {
    addTo(total, '', entry.amounts);
    for (const name of ['theme', 'valueType', 'channel', 'effect'] as const) {
      addTo(groups[name], entry.keys[name], entry.amounts);
    }
    for (const [name, value] of Object.entries(entry.tags)) {
      const values = tags.get(name) ?? new Map<string, Amounts>();
      addTo(values, value, entry.amounts);
      tags.set(name, values);
    }
  }
  return { total: text(total.get('') ?? zero()), groups, tags };
}

/** Both effects apart when there is a disbenefit (a benefit of 0 when there is none), else none. */
function expectEffects(
  byEffect: Readonly<Record<string, DeliveryFigures>> | undefined,
  effects: Map<string, Amounts>,
): void {
  if (!effects.has('disbenefit')) {
    expect(byEffect).toBeUndefined();
    return;
  }
  if (!effects.has('benefit')) effects.set('benefit', zero());
  expect(recordOf(byEffect!)).toEqual(asRecord(effects));
}

/** Valuations with channels, effects and tags; deliveries; a variation adding a measure. */
const trackingCase = fc
  .record({
    lines: fc.array(
      fc
        .record({
          quantity: amount,
          proxyValue: amount,
          theme: ids,
          valueType: fc.constantFrom('social', 'local-economic', 'environmental', 'record-only'),
          channel: fc.constantFrom(undefined, 'tender', 'grant', 'internal'),
          effect: fc.constantFrom(undefined, 'benefit', 'disbenefit'),
          tags: fc.dictionary(ids, ids, { maxKeys: 2 }),
        })
        .map(recordOnlyAtZero),
      { minLength: 1, maxLength: 4 },
    ),
    deliveries: fc.array(
      fc.record({
        line: fc.integer({ min: 0, max: 4 }),
        date: day,
        quantity: amount,
        verified: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
    asOf: day,
    added: fc.option(fc.record({ date: day, quantity: amount, theme: ids }), { nil: undefined }),
  })
  .map((c) => {
    const lines = c.lines.map((line, index) => ({
      index,
      measure: measures[index]!,
      theme: line.theme,
      valueType: line.valueType as 'social',
      quantity: line.quantity,
      proxyValue: line.proxyValue,
      tags: line.tags,
      ...(line.channel === undefined ? {} : { channel: line.channel as 'grant' }),
      ...(line.effect === undefined ? {} : { effect: line.effect as 'benefit' }),
    }));
    const deliveries = c.deliveries.map((delivery) => ({
      measure: delivery.line < lines.length ? measures[delivery.line]! : 'U1',
      date: delivery.date,
      quantity: delivery.quantity,
      verification: delivery.verified ? ('verified' as const) : ('claimed' as const),
    }));
    const variations =
      c.added === undefined || lines.length === 4
        ? []
        : [
            {
              measure: measures[3]!,
              date: c.added.date,
              quantity: c.added.quantity,
              newPledge: { theme: c.added.theme, valueType: 'social' as const, proxyValue: '2.5' },
            },
          ];
    return trackDelivery({ lines }, deliveries, {
      ...contract,
      asOf: c.asOf,
      framework,
      variations,
    });
  });

describe('breakdowns equal the sums of the lines', () => {
  it('in a report: totals, by theme, value type, channel, effect and tag; years add up', () => {
    fc.assert(
      fc.property(trackingCase, (report) => {
        const expected = straightforward(entriesOf(report));
        expect(shown(report.totals)).toEqual(expected.total);
        expect(recordOf(report.byTheme)).toEqual(asRecord(expected.groups.theme));
        expect(recordOf(report.byValueType)).toEqual(asRecord(expected.groups.valueType));
        expect(recordOf(report.byChannel)).toEqual(asRecord(expected.groups.channel));
        expectEffects(report.byEffect, expected.groups.effect);
        expect(Object.keys(report.byTag).sort()).toEqual([...expected.tags.keys()].sort());
        for (const [name, values] of expected.tags) {
          expect(recordOf(report.byTag[name]!)).toEqual(asRecord(values));
        }
        // Every delivery falls in a reported year, and every day of expectation.
        const sum = (pick: (year: DeliveryReport['byFinancialYear'][number]) => Decimal) =>
          report.byFinancialYear.reduce((total, year) => total.plus(pick(year)), new Decimal(0));
        expect(sum((year) => year.delivered).eq(report.totals.delivered)).toBe(true);
        expect(sum((year) => year.unpledged).eq(report.totals.unpledged)).toBe(true);
        for (const [name, values] of Object.entries(report.byTag)) {
          for (const [value, figures] of Object.entries(values)) {
            const inYears = report.byFinancialYear.reduce((total, year) => {
              const tagged = Object.hasOwn(year.byTag, name) ? year.byTag[name]![value] : undefined;
              return tagged === undefined ? total : total.plus(tagged.delivered);
            }, new Decimal(0));
            expect(inYears.eq(figures.delivered)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in a portfolio: the lines of every contract, contract tags under the lines’ own', () => {
    const contractTags = fc.dictionary(ids, ids, { maxKeys: 2 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(trackingCase, contractTags), { minLength: 1, maxLength: 4 }),
        (contracts) => {
          const summary = summarisePortfolio(
            contracts.map(([report, tags], index) => ({ id: `C${index}`, tags, report })),
          );
          const expected = straightforward(
            contracts.flatMap(([report, tags]) => entriesOf(report, tags)),
          );
          expect(recordOf(summary.byTheme)).toEqual(asRecord(expected.groups.theme));
          expect(recordOf(summary.byValueType)).toEqual(asRecord(expected.groups.valueType));
          expect(recordOf(summary.byChannel)).toEqual(asRecord(expected.groups.channel));
          expectEffects(summary.byEffect, expected.groups.effect);
          expect(Object.keys(summary.byTag).sort()).toEqual([...expected.tags.keys()].sort());
          for (const [name, values] of expected.tags) {
            expect(recordOf(summary.byTag[name]!)).toEqual(asRecord(values));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
