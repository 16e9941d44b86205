import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakevenPeriod,
  type DeliveryFigures,
  type DeliveryReport,
  lm3,
  socialValueBudget,
  sroiRatio,
  summarisePortfolio,
  trackDelivery,
  valueForCostRatio,
} from '../../src/index.js';
import { decimalTextArb } from '../decimal-texts.js';
import {
  add,
  cmp,
  disagreementList,
  div,
  isZero,
  parse,
  type Rational,
  rat,
  significant,
  sub,
  sum,
  ZERO,
} from '../rational.js';
import { recordOnlyAtZero } from '../record-only.js';

// summarisePortfolio, socialValueBudget and the small measures against an exact reference of
// their own (BigInt rationals). A portfolio adds its contracts' figures exactly; its ratios
// divide the sums once (null below a penny either way); social value added divides the
// contracts with a value (social with environmental, local economic, record-only left out;
// delivered counts deliveries nobody pledged). A budget's year adds delivered and nobody's
// deliveries, compares with the year before (or the baseline) and the target. SROI, value for
// cost, LMn and breakeven are one division each, to 34 significant digits.

const amount = fc.oneof(
  decimalTextArb([1, 12], [0, 30]),
  decimalTextArb([1, 3], [0, 2]),
  fc.constantFrom('0', '1', '24', '0.004'),
);
const positive = amount.filter((text) => cmp(parse(text), rat(1, 100)) >= 0);
const valueTypes = ['local-economic', 'social', 'environmental', 'record-only'] as const;
const DAY = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const first = Date.parse('2024-04-01T00:00:00Z') / DAY;

const contractArb = fc.record({
  start: fc.integer({ min: 0, max: 500 }),
  length: fc.integer({ min: 0, max: 1200 }),
  asOfAt: fc.double({ min: 0, max: 1, noNaN: true }),
  lines: fc.array(
    fc
      .record({
        valueType: fc.constantFrom(...valueTypes),
        quantity: amount,
        proxyValue: amount,
        disbenefit: fc.boolean(),
        priority: fc.constantFrom(undefined, 'Housing', 'Jobs'),
      })
      .map(recordOnlyAtZero),
    { minLength: 1, maxLength: 3 },
  ),
  deliveries: fc.array(
    fc.record({
      line: fc.nat(3),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      quantity: amount,
    }),
    {
      maxLength: 4,
    },
  ),
  contractValue: fc.option(positive, { nil: undefined }),
  department: fc.constantFrom(undefined, 'Highways', 'Care'),
});

type Contract = typeof contractArb extends fc.Arbitrary<infer T> ? T : never;

function reportOf(c: Contract): DeliveryReport {
  const start = first + c.start;
  const day = (at: number) => isoOf(start + Math.floor(at * (c.length + 0.999)));
  return trackDelivery(
    {
      lines: c.lines.map((line, i) => ({
        measure: `M${i}`,
        theme: 'jobs',
        valueType: line.valueType,
        quantity: line.quantity,
        proxyValue: line.proxyValue,
        ...(line.disbenefit ? { effect: 'disbenefit' as const } : {}),
        ...(line.priority ? { tags: { priority: line.priority } } : {}),
      })),
    },
    c.deliveries.map((x) => ({
      measure: x.line < c.lines.length ? `M${x.line}` : 'U',
      date: day(x.at),
      quantity: x.quantity,
    })),
    {
      start: isoOf(start),
      end: isoOf(start + c.length),
      asOf: day(c.asOfAt),
      framework: {
        measures: [{ code: 'U', theme: 'jobs', valueType: 'environmental', proxyValue: '16.09' }],
      },
      ...(c.contractValue === undefined ? {} : { contractValue: c.contractValue }),
    },
  );
}

const AMOUNTS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
] as const;
const overPenny = (x: Rational) => cmp(x[0] < 0n ? [-x[0], x[1]] : x, rat(1, 100)) >= 0;
const ratioOrNull = (a: Rational, b: Rational) => (overPenny(b) ? significant(div(a, b)) : null);

describe('summarisePortfolio and socialValueBudget against an exact reference', () => {
  it('adds the contracts exactly and divides the sums once', () => {
    fc.assert(
      fc.property(
        fc.array(contractArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.record({ year: fc.nat(5), value: fc.oneof(fc.constant('0'), positive) }), {
          maxLength: 3,
        }),
        fc.option(fc.oneof(fc.constant('0'), positive), { nil: undefined }),
        (contracts, targetsIn, baselineValue) => {
          const reports = contracts.map(reportOf);
          const portfolio = summarisePortfolio(
            contracts.map((c, i) => ({
              id: `C${i}`,
              report: reports[i]!,
              ...(c.department ? { tags: { department: c.department } } : {}),
            })),
          );
          // Stored reports (their JSON) give the same summary.
          const stored = summarisePortfolio(
            contracts.map((c, i) => ({
              id: `C${i}`,
              report: JSON.parse(JSON.stringify(reports[i])),
              ...(c.department ? { tags: { department: c.department } } : {}),
            })),
          );
          expect(JSON.stringify(stored)).toBe(JSON.stringify(portfolio));
          const { out, check } = disagreementList();
          const total = (
            pick: (r: DeliveryReport) => DeliveryFigures,
            key: (typeof AMOUNTS)[number],
          ) => sum(reports.map((r) => parse(pick(r)[key])));
          for (const key of AMOUNTS)
            check(
              `totals.${key}`,
              portfolio.totals[key],
              total((r) => r.totals, key),
            );
          const [delivered, expected, pledged] = (
            ['delivered', 'expected', 'pledged'] as const
          ).map((k) => total((r) => r.totals, k));
          check(
            'totals.deliveryRatio',
            portfolio.totals.deliveryRatio,
            ratioOrNull(delivered!, expected!),
          );
          check(
            'totals.progressRatio',
            portfolio.totals.progressRatio,
            ratioOrNull(delivered!, pledged!),
          );
          for (const key of AMOUNTS) {
            check(
              `byTheme.jobs.${key}`,
              portfolio.byTheme.jobs?.[key],
              total((r) => r.byTheme.jobs!, key),
            );
            // A contract's department covers all its lines and its deliveries nobody pledged.
            for (const department of ['Highways', 'Care']) {
              const theirs = reports.filter((_, i) => contracts[i]!.department === department);
              const figure = portfolio.byTag.department?.[department];
              if (theirs.length === 0) expect(figure).toBeUndefined();
              else
                check(
                  `byTag.department.${department}.${key}`,
                  figure?.[key],
                  sum(theirs.map((r) => parse(r.totals[key]))),
                );
            }
          }
          // Social value added over the contracts with a value.
          const valued = reports.filter((r) => r.socialValueAdded !== undefined);
          const part = (types: readonly string[], key: 'pledged' | 'delivered') =>
            sum(
              valued.flatMap((r) =>
                types.map((type) => {
                  const f = r.byValueType[type];
                  if (!f) return ZERO;
                  return key === 'pledged'
                    ? parse(f.pledged)
                    : add(parse(f.delivered), parse(f.unpledged));
                }),
              ),
            );
          if (valued.length === 0) expect(portfolio.socialValueAdded).toBeUndefined();
          else {
            const cv = sum(valued.map((r) => parse(r.socialValueAdded!.contractValue)));
            check('sva.contractValue', portfolio.socialValueAdded?.contractValue, cv);
            for (const key of ['pledged', 'delivered'] as const) {
              const [s, l] = [
                part(['social', 'environmental'], key),
                part(['local-economic'], key),
              ];
              const got = portfolio.socialValueAdded?.[key];
              check(`sva.${key}.socialRatio`, got?.socialRatio, significant(div(s, cv)));
              check(
                `sva.${key}.localEconomicRatio`,
                got?.localEconomicRatio,
                significant(div(l, cv)),
              );
              check(
                `sva.${key}.combinedRatio`,
                got?.combinedRatio,
                significant(div(add(s, l), cv)),
              );
            }
          }
          // Financial years: each the sum of the contracts' same year.
          const labels = portfolio.byFinancialYear.map((y) => y.year);
          for (const year of portfolio.byFinancialYear) {
            const theirs = reports.flatMap((r) =>
              r.byFinancialYear.filter((y) => y.year === year.year),
            );
            for (const key of ['pledged', 'expected', 'delivered', 'unpledged'] as const) {
              check(`${year.year}.${key}`, year[key], sum(theirs.map((y) => parse(y[key]))));
            }
          }
          // The budget of those years, against a baseline before the first and targets.
          const [y0] = labels;
          const before = `${Number(y0!.slice(0, 4)) - 1}/${y0!.slice(2, 4)}`;
          const targets = targetsIn
            .filter((t) => t.year < labels.length)
            .map((t) => ({ year: labels[t.year]!, value: t.value }));
          const unique = targets.filter(
            (t, i) => targets.findIndex((u) => u.year === t.year) === i,
          );
          const budget = socialValueBudget(portfolio, {
            targets: unique,
            ...(baselineValue === undefined
              ? {}
              : { baseline: { year: before, values: [{ value: baselineValue }] } }),
          });
          let previous: Rational | null = baselineValue === undefined ? null : parse(baselineValue);
          budget.years.forEach((year, i) => {
            const figures = portfolio.byFinancialYear[i]!;
            expect(year.year).toBe(figures.year);
            const deliveredThen = add(parse(figures.delivered), parse(figures.unpledged));
            const target = unique.find((t) => t.year === year.year);
            const t = target === undefined ? null : parse(target.value);
            const e = year.total;
            check(`${year.year}.delivered`, e.delivered, deliveredThen);
            check(`${year.year}.pledged`, e.pledged, parse(figures.pledged));
            const change = previous === null ? null : sub(deliveredThen, previous);
            check(`${year.year}.change`, e.change, change);
            check(
              `${year.year}.changeRatio`,
              e.changeRatio,
              change === null
                ? null
                : ratioOrNull(
                    change,
                    previous![0] < 0n ? [-previous![0], previous![1]] : previous!,
                  ),
            );
            check(
              `${year.year}.targetRatio`,
              e.targetRatio,
              t === null || isZero(t) ? null : significant(div(deliveredThen, t)),
            );
            const status =
              t === null
                ? 'no-target'
                : cmp(deliveredThen, t) >= 0
                  ? 'met'
                  : !year.closed && cmp(parse(figures.pledged), t) >= 0
                    ? 'pledged-to-meet'
                    : 'below-target';
            if (e.status !== status) out.push(`${year.year}.status: ${e.status} is not ${status}`);
            previous = deliveredThen;
          });
          expect(out).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 60) },
    );
  });
});

describe('sroiRatio, valueForCostRatio, lm3 and breakevenPeriod against an exact reference', () => {
  const signed = fc
    .tuple(fc.boolean(), amount)
    .map(([negative, text]) => (negative && text !== '0' ? `-${text}` : text));
  const above0 = amount.filter((text) => cmp(parse(text), ZERO) > 0);
  it('divides once, to 34 significant digits', () => {
    fc.assert(
      fc.property(
        signed,
        above0,
        fc.array(amount, { maxLength: 4 }),
        fc.array(signed, { minLength: 1, maxLength: 6 }),
        (value, cost, later, benefits) => {
          const { out, check } = disagreementList();
          check(
            'sroi',
            sroiRatio({ value, investment: cost }).ratio,
            significant(div(parse(value), parse(cost))),
          );
          const vfc = valueForCostRatio({ benefits: value, costs: cost });
          check('vfc.ratio', vfc.ratio, significant(div(parse(value), parse(cost))));
          check('vfc.netBenefit', vfc.netBenefit, sub(parse(value), parse(cost)));
          // Rounds that shrink: each at most the one before.
          const rounds = [cost, ...later].map(parse);
          for (let i = 1; i < rounds.length; i += 1)
            if (cmp(rounds[i]!, rounds[i - 1]!) > 0) rounds[i] = rounds[i - 1]!;
          const text = (r: Rational) => {
            let places = 0;
            while (10n ** BigInt(places) % r[1] !== 0n) places += 1;
            const n = (r[0] * (10n ** BigInt(places) / r[1])).toString().padStart(places + 1, '0');
            return places === 0 ? n : `${n.slice(0, -places)}.${n.slice(-places)}`;
          };
          const multiplier = lm3(rounds.map(text));
          check('lm.multiplier', multiplier.multiplier, significant(div(sum(rounds), rounds[0]!)));
          check('lm.totalSpend', multiplier.totalSpend, sum(rounds));
          // Breakeven: the first period whose cumulative benefit reaches the cost, evenly within it.
          const payback = breakevenPeriod({ cost, benefits });
          let cumulative = ZERO;
          benefits.forEach((b, k) => {
            cumulative = add(cumulative, parse(b));
            check(`cumulative[${k}]`, payback.cumulative[k], cumulative);
          });
          // (k − 1) + (cost − cumulative before) ÷ benefit: one division, then the whole periods.
          const exact = (() => {
            let c = ZERO;
            for (const [k, b] of benefits.entries()) {
              const before = c;
              c = add(c, parse(b));
              if (cmp(c, parse(cost)) >= 0)
                return significant(add(rat(k), div(sub(parse(cost), before), parse(b))));
            }
            return null;
          })();
          check('breakeven.period', payback.period, exact);
          expect(payback.reached).toBe(exact !== null);
          expect(out).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 300) },
    );
  });
});
