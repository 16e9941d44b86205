import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DeliveryReport,
  type SocialValueBudgetOptions,
  socialValueBudget,
  summarisePortfolio,
  trackDelivery,
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
  ZERO,
} from '../rational.js';

// socialValueBudget's departments and priorities against an exact reference of its own (BigInt
// rationals), from the contracts' reports, not the portfolio: a department's year adds its
// contracts' delivered and unpledged values (a contract tag covers every line), a priority's its
// lines' (each report's financial year by tag); pledged likewise. Per docs/monitoring.md: a part
// is listed when it has figures that year, a target that year, or delivered something the year
// before (or in the baseline); `previous` is last year's (0 for a part missing from it), the
// first year's the baseline's (a part a baseline by hand leaves out: unknown, null; one missing
// from last year's budget: 0); change, change ÷ |previous| (null below a penny), delivered ÷
// target (null without one, or of 0), and met / pledged-to-meet (an open year) / below-target.

const amount = fc.oneof(
  decimalTextArb([1, 8], [0, 12]),
  decimalTextArb([1, 3], [0, 2]),
  fc.constantFrom('0', '1', '24', '0.004'),
);
const money = fc.oneof(
  fc.constantFrom('0', '0.01'),
  amount.filter((t) => cmp(parse(t), rat(1, 100)) >= 0),
);
const DAY = 86_400_000;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const first = Date.parse('2024-04-01T00:00:00Z') / DAY;
// The last name of each is one no contract has (a new department or priority).
const NAMES = {
  department: ['Highways', 'Care', 'Parks', 'Libraries'],
  priority: ['Housing', 'Jobs', 'Green', 'Skills'],
} as const;

const contractArb = fc.record({
  start: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 1000 }),
  asOfAt: fc.double({ min: 0, max: 1, noNaN: true }),
  lines: fc.array(
    fc.record({
      quantity: amount,
      proxyValue: amount,
      disbenefit: fc.boolean(),
      priority: fc.option(fc.nat(2), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  deliveries: fc.array(
    fc.record({
      line: fc.nat(3),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      quantity: amount,
    }),
    { maxLength: 5 },
  ),
  department: fc.option(fc.nat(2), { nil: undefined }),
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
        valueType: 'social' as const,
        quantity: line.quantity,
        proxyValue: line.proxyValue,
        ...(line.disbenefit ? { effect: 'disbenefit' as const } : {}),
        ...(line.priority === undefined
          ? {}
          : { tags: { priority: NAMES.priority[line.priority]! } }),
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
    },
  );
}

const portfolioOf = (contracts: readonly Contract[], prefix: string) =>
  summarisePortfolio(
    contracts.map((c, i) => ({
      id: `${prefix}${i}`,
      report: reportOf(c),
      ...(c.department === undefined
        ? {}
        : { tags: { department: NAMES.department[c.department]! } }),
    })),
  );

// A part: the whole council, or a department or priority by its position in NAMES.
const partArb = fc.record({
  kind: fc.constantFrom('total', 'department', 'priority'),
  name: fc.nat(3),
  value: money,
});
type Part = typeof partArb extends fc.Arbitrary<infer T> ? T : never;
const keyOf = (p: Part) =>
  p.kind === 'total' ? 'total' : `${p.kind}:${NAMES[p.kind as 'department'][p.name]}`;
const entryOf = (p: Part) => ({
  ...(p.kind === 'total' ? {} : { [p.kind]: NAMES[p.kind as 'department'][p.name] }),
  value: p.value,
});
const unique = <T>(items: readonly T[], key: (item: T) => string) =>
  items.filter((item, i) => items.findIndex((other) => key(other) === key(item)) === i);

const overPenny = ([n, d]: Rational) => (n < 0n ? -n : n) * 100n >= d;

describe("socialValueBudget's departments and priorities against an exact reference", () => {
  it('gives every part its delivered, pledged, target, baseline, change and status', () => {
    fc.assert(
      fc.property(
        fc.record({
          contracts: fc.array(contractArb, { minLength: 1, maxLength: 4 }),
          targets: fc.array(fc.record({ year: fc.nat(5), part: partArb }), { maxLength: 8 }),
          baseline: fc.oneof(
            fc.constant(undefined),
            // By hand: a year before the first, or one of the portfolio's.
            fc.record({
              at: fc.integer({ min: -1, max: 1 }),
              values: fc.array(partArb, { maxLength: 6 }),
            }),
            // Last year's budget, of other contracts.
            fc.record({ other: fc.array(contractArb, { minLength: 1, maxLength: 2 }) }),
          ),
        }),
        (c) => {
          const reports = c.contracts.map(reportOf);
          const portfolio = portfolioOf(c.contracts, 'C');
          const labels = portfolio.byFinancialYear.map((y) => y.year);
          const targets = unique(
            c.targets.filter((t) => t.year < labels.length),
            (t) => `${t.year} ${keyOf(t.part)}`,
          ).map((t) => ({ year: labels[t.year]!, key: keyOf(t.part), ...entryOf(t.part) }));
          const options: SocialValueBudgetOptions = {
            targets: targets.map(({ key, ...target }) => target),
          };
          // The baseline's year and its figures by part; complete when a budget's.
          let baseYear: string | null = null;
          let base: Map<string, Rational> | null = null;
          let complete = false;
          if (c.baseline && 'values' in c.baseline) {
            const y0 = Number(labels[0]!.slice(0, 4));
            baseYear =
              c.baseline.at < 0
                ? `${y0 - 1}/${String(y0).slice(2)}`
                : labels[Math.min(c.baseline.at, labels.length - 1)]!;
            const values = unique(c.baseline.values, keyOf);
            base = new Map(values.map((v) => [keyOf(v), parse(v.value)]));
            Object.assign(options, { baseline: { year: baseYear, values: values.map(entryOf) } });
          } else if (c.baseline && 'other' in c.baseline) {
            const earlier = socialValueBudget(portfolioOf(c.baseline.other, 'B'));
            const last = earlier.years.at(-1)!;
            if (last.year > labels.at(-1)!) return;
            [baseYear, complete] = [last.year, true];
            base = new Map([
              ['total', parse(last.total.delivered.toString())],
              ...Object.entries(last.byDepartment).map(
                ([n, e]) => [`department:${n}`, parse(e.delivered.toString())] as const,
              ),
              ...Object.entries(last.byPriority).map(
                ([n, e]) => [`priority:${n}`, parse(e.delivered.toString())] as const,
              ),
            ]);
            Object.assign(options, { baseline: earlier });
          }
          const budget = socialValueBudget(portfolio, options);
          expect(budget.years.map((y) => y.year)).toEqual(
            labels.filter((year) => baseYear === null || year > baseYear),
          );
          const { out, check } = disagreementList();
          const asOf = reports
            .map((r) => r.asOf)
            .sort()
            .at(-1)!;
          let previous = base;
          let previousComplete = complete;
          for (const year of budget.years) {
            // Delivered (pledged or not) and pledged by part, from the reports.
            const parts = new Map<string, { delivered: Rational; pledged: Rational }>();
            const put = (key: string, delivered: Rational, pledged: Rational) => {
              const was = parts.get(key) ?? { delivered: ZERO, pledged: ZERO };
              parts.set(key, {
                delivered: add(was.delivered, delivered),
                pledged: add(was.pledged, pledged),
              });
            };
            reports.forEach((report, i) => {
              const figures = report.byFinancialYear.find((y) => y.year === year.year);
              if (!figures) return;
              const [delivered, pledged] = [
                add(parse(figures.delivered.toString()), parse(figures.unpledged.toString())),
                parse(figures.pledged.toString()),
              ];
              put('total', delivered, pledged);
              const department = c.contracts[i]!.department;
              if (department !== undefined)
                put(`department:${NAMES.department[department]}`, delivered, pledged);
              for (const [name, tagged] of Object.entries(figures.byTag.priority ?? {})) {
                put(
                  `priority:${name}`,
                  add(parse(tagged.delivered.toString()), parse(tagged.unpledged.toString())),
                  parse(tagged.pledged.toString()),
                );
              }
            });
            const closed = year.end <= asOf;
            expect(year.closed).toBe(closed);
            const now = new Map<string, Rational>();
            for (const kind of ['total', 'department', 'priority'] as const) {
              const got: Readonly<Record<string, (typeof year)['total']>> =
                kind === 'total'
                  ? { total: year.total }
                  : kind === 'department'
                    ? year.byDepartment
                    : year.byPriority;
              const keyOfName = (name: string) => (kind === 'total' ? name : `${kind}:${name}`);
              const keys = new Set<string>(kind === 'total' ? ['total'] : []);
              if (kind !== 'total') {
                for (const key of parts.keys()) if (key.startsWith(`${kind}:`)) keys.add(key);
                for (const t of targets)
                  if (t.year === year.year && t.key.startsWith(`${kind}:`)) keys.add(t.key);
                for (const [key, value] of previous ?? []) {
                  if (key.startsWith(`${kind}:`) && !isZero(value)) keys.add(key);
                }
              }
              expect(Object.keys(got).map(keyOfName).sort()).toEqual([...keys].sort());
              for (const key of keys) {
                const entry = got[kind === 'total' ? 'total' : key.slice(kind.length + 1)]!;
                const at = `${year.year}.${key}`;
                const { delivered, pledged } = parts.get(key) ?? { delivered: ZERO, pledged: ZERO };
                const targetText = targets.find(
                  (t) => t.year === year.year && t.key === key,
                )?.value;
                const target = targetText === undefined ? null : parse(targetText);
                const before =
                  previous === null
                    ? null
                    : (previous.get(key) ?? (previousComplete ? ZERO : null));
                const change = before === null ? null : sub(delivered, before);
                check(`${at}.delivered`, entry.delivered, delivered);
                check(`${at}.pledged`, entry.pledged, pledged);
                check(`${at}.target`, entry.target, target);
                check(
                  `${at}.baseline`,
                  entry.baseline,
                  base === null ? null : (base.get(key) ?? (complete ? ZERO : null)),
                );
                check(`${at}.previous`, entry.previous, before);
                check(`${at}.change`, entry.change, change);
                check(
                  `${at}.changeRatio`,
                  entry.changeRatio,
                  change === null || !overPenny(before!)
                    ? null
                    : significant(
                        div(change, [before![0] < 0n ? -before![0] : before![0], before![1]]),
                      ),
                );
                check(
                  `${at}.targetRatio`,
                  entry.targetRatio,
                  target === null || isZero(target) ? null : significant(div(delivered, target)),
                );
                const status =
                  target === null
                    ? 'no-target'
                    : cmp(delivered, target) >= 0
                      ? 'met'
                      : !closed && cmp(pledged, target) >= 0
                        ? 'pledged-to-meet'
                        : 'below-target';
                if (entry.status !== status)
                  out.push(`${at}.status: ${entry.status} is not ${status}`);
                now.set(key, delivered);
              }
            }
            [previous, previousComplete] = [now, true];
          }
          expect(out).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 100) },
    );
  });
});
