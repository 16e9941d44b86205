import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Delivery, type DeliveryStatus, revive, trackDelivery } from '../../src/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import { expectSame } from '../expect-same.js';
import {
  add,
  cmp,
  disagreementList,
  div,
  isZero,
  max,
  mul,
  ONE,
  parse,
  type Rational,
  rat,
  significant,
  sub,
  sum,
  ZERO,
} from '../rational.js';
import { recordOnlyAtZero } from '../record-only.js';

// trackDelivery against an exact reference of its own (BigInt rationals). Whole days from start
// to end, both included; a period of the profile (linear: the whole contract, share 1) spreads
// its share evenly over its days, at the pledge in force each day (a variation from its date).
// A quantity or value due over some days is exact when every period it reaches is reached whole
// under one pledge, else one division to 34 digits; delivery and progress ratios divide by the
// exact fraction once, and statuses compare the exact pace with the thresholds. Totals and financial years
// (April to March) add the lines' figures; social value added divides the social (environmental
// included) and local economic values, record-only left out.

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const amount = fc.oneof(
  decimalTextArb([1, 15], [0, 40]),
  decimalTextArb([1, 3], [0, 3]),
  fractionTextArb(40),
  fc.constantFrom('0', '1', '5', '24'),
);
const percent = fc.integer({ min: 1, max: 100 });
const percentText = (p: number) => (p === 100 ? '1' : `0.${String(p).padStart(2, '0')}`);
const valueTypes = ['local-economic', 'social', 'environmental', 'record-only'] as const;

const caseArb = fc.record({
  start: fc.integer({ min: dayOf('2020-01-01'), max: dayOf('2030-01-01') }),
  // Lengths of 3k days make thirds: expected figures that are no decimal.
  length: fc.oneof(
    fc.integer({ min: 0, max: 3000 }),
    fc.integer({ min: 1, max: 40 }).map((k) => 3 * k - 1),
  ),
  asOfAt: fc.double({ min: 0, max: 1, noNaN: true }),
  lines: fc.array(
    fc
      .record({
        theme: fc.constantFrom('jobs', 'env'),
        valueType: fc.constantFrom(...valueTypes),
        quantity: amount,
        proxyValue: amount,
        attributionShare: fc.option(fractionTextArb(40), { nil: undefined }),
        disbenefit: fc.boolean(),
        // A variation from a day after the start: the pledge in force from then on.
        variation: fc.option(
          fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), quantity: amount }),
          {
            nil: undefined,
          },
        ),
      })
      .map(recordOnlyAtZero),
    { minLength: 1, maxLength: 4 },
  ),
  deliveries: fc.array(
    fc.record({
      line: fc.nat(5),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      quantity: amount,
      verified: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  contractValue: fc.option(fc.constantFrom('0.01', '3', '1000000', '123456789.123'), {
    nil: undefined,
  }),
  verifiedOnly: fc.boolean(),
  // A profile by period: cut points as fractions of the contract, each period kept or left
  // out (a gap), with percentages adding up to 100.
  profile: fc.option(
    fc.array(
      fc.record({
        cut: fc.double({ min: 0, max: 1, noNaN: true }),
        kept: fc.boolean(),
        weight: fc.integer({ min: 1, max: 9 }),
      }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    { nil: undefined },
  ),
  thresholds: fc.option(fc.tuple(percent, percent), { nil: undefined }),
  unpledgedProxy: amount,
  // One line delivered at a cut-off's pace, or a digit either side of it.
  edge: fc.option(
    fc.record({
      line: fc.nat(3),
      onTrack: fc.boolean(),
      nudge: fc.constantFrom(-1n, 0n, 1n),
      scale: fc.integer({ min: 20, max: 60 }),
    }),
    { nil: undefined },
  ),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Every figure of the report that differs from the reference, as lines. */
function disagreements(c: Case): string[] {
  const [start, end] = [c.start, c.start + c.length];
  const asOf = start + Math.floor(c.asOfAt * (c.length + 0.999));
  const [D, d] = [BigInt(end - start + 1), BigInt(asOf - start + 1)];
  const [low, high] = c.thresholds ? [...c.thresholds].sort((a, b) => a - b) : [75, 90];
  const [atRisk, onTrack] = [rat(low!, 100), rat(high!, 100)];
  const lines = c.lines.map((line, i) => ({
    measure: `M${i}`,
    theme: line.theme,
    valueType: line.valueType,
    quantity: line.quantity,
    proxyValue: line.proxyValue,
    ...(line.attributionShare === undefined ? {} : { attributionShare: line.attributionShare }),
    ...(line.disbenefit ? { effect: 'disbenefit' as const } : {}),
  }));
  const deliveries: Delivery[] = c.deliveries.map((x) => ({
    measure: x.line < lines.length ? `M${x.line}` : 'U',
    date: isoOf(start + Math.floor(x.at * (c.length + 0.999))),
    quantity: x.quantity,
    verification: x.verified ? 'verified' : 'claimed',
  }));
  if (c.edge && c.edge.line < lines.length) {
    const line = lines[c.edge.line]!;
    const pace = mul(mul(parse(line.quantity), rat(d, D)), c.edge.onTrack ? onTrack : atRisk);
    const target = add(pace, rat(c.edge.nudge, 10n ** BigInt(c.edge.scale)));
    let places = 0;
    while (places <= 40 && 10n ** BigInt(places) % target[1] !== 0n) places += 1;
    if (places <= 40 && target[0] > 0n && cmp(target, rat(10n ** 15n)) < 0) {
      const text = (target[0] * (10n ** BigInt(places) / target[1]))
        .toString()
        .padStart(places + 1, '0');
      const quantity = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
      for (let k = deliveries.length - 1; k >= 0; k -= 1) {
        if (deliveries[k]!.measure === line.measure) deliveries.splice(k, 1);
      }
      deliveries.push({
        measure: line.measure,
        date: isoOf(asOf),
        quantity,
        verification: 'verified',
      });
    }
  }
  // The profile's periods as day offsets [from, to) with their shares (linear: one period).
  let periods: { from: bigint; to: bigint; share: Rational }[] = [
    { from: 0n, to: D, share: rat(1) },
  ];
  let profile: { from: string; to: string; share: string }[] | undefined;
  if (c.profile) {
    const cuts = [
      ...new Set([0, ...c.profile.map((p) => Math.floor(p.cut * Number(D))), Number(D)]),
    ].sort((a, b) => a - b);
    const spans = cuts
      .slice(1)
      .map((to, k) => ({ from: cuts[k]!, to, ...c.profile![k % c.profile!.length]! }));
    const kept = spans.filter((span, k) => span.kept || k === 0);
    const total = kept.reduce((n, span) => n + span.weight, 0);
    // Shares of 2^a 5^b: percentages, the last taking the rest.
    const percents = kept.map((span) => Math.floor((span.weight * 100) / total));
    percents[percents.length - 1]! += 100 - percents.reduce((a, b) => a + b, 0);
    const used = kept.filter((_, k) => percents[k]! > 0);
    const shares = percents.filter((p) => p > 0);
    periods = used.map((span, k) => ({
      from: BigInt(span.from),
      to: BigInt(span.to),
      share: rat(shares[k]!, 100),
    }));
    profile = used.map((span, k) => ({
      from: isoOf(start + span.from),
      to: isoOf(start + span.to - 1),
      share: shares[k] === 100 ? '1' : `0.${String(shares[k]).padStart(2, '0')}`,
    }));
  }
  // The variations, and the day each is in force from (none for a contract of one day).
  const varied = c.lines.map((line, i) =>
    line.variation && c.length > 0 && !profile
      ? {
          day: start + 1 + Math.floor(line.variation.at * (c.length - 0.001)),
          quantity: line.variation.quantity,
          measure: `M${i}`,
        }
      : undefined,
  );
  const variations = varied.flatMap((v) =>
    v ? [{ measure: v.measure, date: isoOf(v.day), quantity: v.quantity }] : [],
  );
  const report = trackDelivery({ lines }, deliveries, {
    variations,
    ...(profile ? { profile } : {}),
    start: isoOf(start),
    end: isoOf(end),
    asOf: isoOf(asOf),
    count: c.verifiedOnly ? 'verified' : 'all',
    framework: {
      measures: [{ code: 'U', theme: 'env', valueType: 'social', proxyValue: c.unpledgedProxy }],
    },
    ...(c.thresholds
      ? { thresholds: { onTrackRatio: percentText(high!), atRiskRatio: percentText(low!) } }
      : {}),
    ...(c.contractValue === undefined ? {} : { contractValue: c.contractValue }),
  });
  // Its snapshot reads back as written (the ratios from exact fractions included).
  expectSame(revive(JSON.parse(JSON.stringify(report))), report);
  const { out, check } = disagreementList();
  const counted = (x: Delivery) =>
    dayOf(x.date as string) <= asOf && (!c.verifiedOnly || x.verification === 'verified');
  const quantities = (xs: Delivery[]) => sum(xs.map((x) => parse(x.quantity as string)));
  const reference = lines.map((line, i) => {
    const q = parse(line.quantity);
    const share = line.attributionShare === undefined ? ONE : parse(line.attributionShare);
    const unit = mul(mul(parse(line.proxyValue), share), rat(line.effect ? -1 : 1));
    const mine = deliveries.filter(
      (x) => x.measure === line.measure && dayOf(x.date as string) <= asOf,
    );
    const delivered = quantities(mine.filter(counted));
    // A variation the report date has reached: q for its first v days, then its quantity.
    const variation = varied[i] && varied[i].day <= asOf ? varied[i] : undefined;
    const v = BigInt(variation ? variation.day - start : 0);
    const later = variation ? parse(variation.quantity) : q;
    // The quantity due over day offsets [from, to): each period's share spread evenly over its
    // days, at the pledge in force each day; exact when every period it reaches is reached
    // whole under one pledge, else one division (34 digits).
    const between = (from: bigint, to: bigint) => {
      const days = (a: bigint, b: bigint) => (b > a ? b - a : 0n);
      let exact = ZERO;
      let divided = false;
      for (const period of periods) {
        const [a, b] = [from > period.from ? from : period.from, to < period.to ? to : period.to];
        if (b <= a) continue;
        const lo = (x: bigint) => (x < v ? x : v);
        const hi = (x: bigint) => (x > v ? x : v);
        const pledged = variation
          ? add(mul(q, rat(days(lo(a), lo(b)))), mul(later, rat(days(hi(a), hi(b)))))
          : mul(q, rat(b - a));
        exact = add(exact, mul(pledged, div(period.share, rat(period.to - period.from))));
        if (b - a < period.to - period.from || (variation && a < v && b > v)) divided = true;
      }
      return { exact, divided };
    };
    const figure = (x: { exact: Rational; divided: boolean }, by: Rational = ONE) =>
      x.divided ? significant(mul(x.exact, by)) : mul(x.exact, by);
    const [whole, toDate] = [between(0n, D), between(0n, d)];
    const [commitment, expected] = [whole.exact, toDate.exact];
    const committed = figure(whole);
    const deliveryRatio = isZero(expected) ? null : significant(div(delivered, expected));
    const progressRatio = isZero(commitment) ? null : significant(div(delivered, commitment));
    let status: DeliveryStatus;
    if (cmp(delivered, committed) > 0) status = 'over-delivered';
    else if (cmp(delivered, committed) === 0) status = 'complete';
    else if (isZero(delivered)) status = 'not-started';
    else if (isZero(expected)) status = 'on-track';
    else {
      // The exact pace against each threshold, not its figure rounded to 34 digits.
      const pace = div(delivered, expected);
      if (cmp(pace, onTrack) >= 0) status = 'on-track';
      else status = cmp(pace, atRisk) >= 0 ? 'at-risk' : 'behind';
    }
    const pledgedValue = figure(whole, unit);
    const expectedValue = figure(toDate, unit);
    const deliveredValue = mul(delivered, unit);
    const value = {
      pledged: pledgedValue,
      expected: expectedValue,
      delivered: deliveredValue,
      verified: mul(quantities(mine.filter((x) => x.verification === 'verified')), unit),
      claimed: mul(quantities(mine.filter((x) => x.verification !== 'verified')), unit),
      unpledged: ZERO,
      shortfall: max(ZERO, sub(pledgedValue, deliveredValue)),
      shortfallToDate: max(ZERO, sub(expectedValue, deliveredValue)),
    };
    const got = report.lines[i]!;
    check(`lines[${i}].pledged`, got.pledged, later);
    check(`lines[${i}].commitment`, got.commitment, committed);
    check(`lines[${i}].expected`, got.expected, figure(toDate));
    check(`lines[${i}].delivered`, got.delivered, delivered);
    check(`lines[${i}].deliveryRatio`, got.deliveryRatio, deliveryRatio);
    check(`lines[${i}].progressRatio`, got.progressRatio, progressRatio);
    check(
      `lines[${i}].value.deliveryRatio`,
      got.value.deliveryRatio,
      isZero(unit) ? null : deliveryRatio,
    );
    check(
      `lines[${i}].value.progressRatio`,
      got.value.progressRatio,
      isZero(unit) ? null : progressRatio,
    );
    for (const [key, figure] of Object.entries(value)) {
      check(`lines[${i}].value.${key}`, got.value[key as keyof typeof value], figure);
    }
    if (got.status !== status) out.push(`lines[${i}].status: ${got.status} is not ${status}`);
    const dueBetween = (from: bigint, to: bigint) => figure(between(from, to), unit);
    return { line, value, unit, dueBetween, mine };
  });
  const unpledged = mul(
    quantities(deliveries.filter((x) => x.measure === 'U' && counted(x))),
    parse(c.unpledgedProxy),
  );
  for (const key of [
    'pledged',
    'expected',
    'delivered',
    'verified',
    'claimed',
    'shortfall',
    'shortfallToDate',
  ] as const) {
    check(`totals.${key}`, report.totals[key], sum(reference.map((r) => r.value[key])));
  }
  check('totals.unpledged', report.totals.unpledged, unpledged);
  const { expected, pledged, delivered } = report.totals;
  const overPenny = (x: { abs(): { gte(n: string): boolean } }) => x.abs().gte('0.01');
  check(
    'totals.deliveryRatio',
    report.totals.deliveryRatio,
    overPenny(expected) ? significant(div(parse(delivered), parse(expected))) : null,
  );
  check(
    'totals.progressRatio',
    report.totals.progressRatio,
    overPenny(pledged) ? significant(div(parse(delivered), parse(pledged))) : null,
  );
  // Financial years (April to March) from the start's to the report date's: due in the whole
  // year and by the report date, line by line; delivered within it.
  const fyOf = (day: number) => {
    const date = new Date(day * DAY);
    return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
  };
  const [y0, y1] = [fyOf(start), fyOf(asOf)];
  expect(report.byFinancialYear.map((y) => y.year)).toEqual(
    Array.from(
      { length: y1 - y0 + 1 },
      (_, k) => `${y0 + k}/${String((y0 + k + 1) % 100).padStart(2, '0')}`,
    ),
  );
  report.byFinancialYear.forEach((year, k) => {
    const [from, last] = [dayOf(`${y0 + k}-04-01`), dayOf(`${y0 + k + 1}-03-31`)];
    const offset = (day: number) => BigInt(Math.min(Math.max(day - start, 0), end - start + 1));
    const [a, b, now] = [offset(from), offset(last + 1), offset(Math.min(last, asOf) + 1)];
    const within = (x: Delivery) =>
      dayOf(x.date as string) >= from && dayOf(x.date as string) <= last && counted(x);
    const due = sum(reference.map((r) => (b > a ? r.dueBetween(a, b) : ZERO)));
    const expected = sum(reference.map((r) => (now > a ? r.dueBetween(a, now) : ZERO)));
    const delivered = sum(reference.map((r) => mul(quantities(r.mine.filter(within)), r.unit)));
    check(`${year.year}.pledged`, year.pledged, due);
    check(`${year.year}.expected`, year.expected, expected);
    check(`${year.year}.delivered`, year.delivered, delivered);
    check(
      `${year.year}.unpledged`,
      year.unpledged,
      mul(
        quantities(deliveries.filter((x) => x.measure === 'U' && within(x))),
        parse(c.unpledgedProxy),
      ),
    );
    const penny = cmp(expected[0] < 0n ? [-expected[0], expected[1]] : expected, rat(1, 100)) >= 0;
    check(
      `${year.year}.deliveryRatio`,
      year.deliveryRatio,
      penny ? significant(div(delivered, expected)) : null,
    );
  });
  if (c.contractValue !== undefined) {
    const cv = parse(c.contractValue);
    const part = (types: readonly string[], key: 'pledged' | 'delivered') =>
      sum(reference.filter((r) => types.includes(r.line.valueType)).map((r) => r.value[key]));
    const social = ['social', 'environmental'];
    const split = {
      pledged: [part(social, 'pledged'), part(['local-economic'], 'pledged')],
      delivered: [add(part(social, 'delivered'), unpledged), part(['local-economic'], 'delivered')],
    } as const;
    for (const key of ['pledged', 'delivered'] as const) {
      const got = report.socialValueAdded?.[key];
      const [s, l] = split[key];
      check(`sva.${key}.socialRatio`, got?.socialRatio, significant(div(s, cv)));
      check(`sva.${key}.localEconomicRatio`, got?.localEconomicRatio, significant(div(l, cv)));
      check(`sva.${key}.combinedRatio`, got?.combinedRatio, significant(div(add(s, l), cv)));
    }
  }
  return out;
}

describe('trackDelivery against an exact reference', () => {
  it('gives every figure of random reports exactly (linear or by period, with variations)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(disagreements(c)).toEqual([]);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 100) },
    );
  });

  it('paces a delivery against the exact quantity expected, not its rounded figure', () => {
    // 5 pledged over 3 days, 1.5 delivered on day 1: 1.5 ÷ 5/3 is exactly 0.9, on track. The
    // expected quantity, 1.666…7 to 34 digits, gave 0.8999999999999999999999999999999998: at risk.
    const report = trackDelivery(
      {
        lines: [{ measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 5, proxyValue: 1 }],
      },
      [{ measure: 'NT1', date: '2025-04-01', quantity: '1.5' }],
      { start: '2025-04-01', end: '2025-04-03', asOf: '2025-04-01' },
    );
    const [line] = report.lines;
    expect(line?.deliveryRatio?.toString()).toBe('0.9');
    expect(line?.value.deliveryRatio?.toString()).toBe('0.9');
    expect(line?.status).toBe('on-track');
    // Its snapshot stores the expected quantity rounded, and reads back as it was written; a
    // ratio edited by hand is still refused.
    const json = JSON.parse(JSON.stringify(report));
    expectSame(revive(json), report);
    json.lines[0].deliveryRatio = '0.91';
    expect(() => revive(json)).toThrow(/json\.lines\[0\]\.deliveryRatio/);
    // 3 of 100 pledged over 2,999 days, on day 1: 3 × 2999/100 = 89.97 exactly.
    const long = trackDelivery(
      {
        lines: [
          { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 100, proxyValue: 1 },
        ],
      },
      [{ measure: 'NT1', date: '2025-04-01', quantity: 3 }],
      { start: '2025-04-01', end: '2033-06-16', asOf: '2025-04-01' },
    );
    expect(long.lines[0]?.deliveryRatio?.toString()).toBe('89.97');
    // 1 pledged over 3 days, 1.5 from day 2: 1/3 + 1.5 × 2/3 = 4/3 committed; 0.4 of it is 0.3,
    // not 0.4 ÷ 1.333…3 = 0.3000000000000000000000000000000001.
    const varied = trackDelivery(
      {
        lines: [{ measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 1, proxyValue: 1 }],
      },
      [{ measure: 'NT1', date: '2025-04-01', quantity: '0.4' }],
      {
        start: '2025-04-01',
        end: '2025-04-03',
        variations: [{ measure: 'NT1', date: '2025-04-02', quantity: '1.5' }],
      },
    );
    expect(varied.lines[0]?.commitment.toString()).toBe('1.333333333333333333333333333333333');
    expect(varied.lines[0]?.progressRatio?.toString()).toBe('0.3');
    expect(varied.lines[0]?.value.progressRatio?.toString()).toBe('0.3');
    expectSame(revive(JSON.parse(JSON.stringify(varied))), varied);
  });
});
