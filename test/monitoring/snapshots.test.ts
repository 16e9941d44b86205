import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import {
  benchmarkSocialValueAdded,
  breakevenPeriod,
  deliveryStatus,
  financialYear,
  lm3,
  type SvaBenchmarkInput,
  socialValueBudget,
  socialValuePortalBenchmark,
  sroiRatio,
  summarisePortfolio,
  trackDelivery,
  valueForCostRatio,
} from '../../src/index.js';
import { monitoringSnapshots } from '../../src/monitoring/snapshots.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { amount, trackingArb } from './arbitraries.js';

type Kind = keyof typeof monitoringSnapshots;

/** Stores a result as JSON and reads it back through the area's reader of its kind. */
function roundTrip<T extends { kind: string }>(live: T): T {
  const json = JSON.stringify(live);
  const revived = monitoringSnapshots[live.kind as Kind](JSON.parse(json), [
    'json',
  ]) as unknown as T;
  expectSame(revived, live);
  expect(JSON.stringify(revived)).toBe(json);
  expect(isSealed(revived, live.kind)).toBe(true);
  expect(Object.isFrozen(revived)).toBe(true);
  return revived;
}

const positive = fc.integer({ min: 1, max: 10_000_000 }).map(String);
const signed = fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String);

describe('monitoring snapshots', () => {
  it('delivery reports read back deep-equal, and sum to the same portfolio', () => {
    fc.assert(
      fc.property(trackingArb, ([valuation, deliveries, options]) => {
        const report = trackDelivery(valuation, deliveries, options);
        const revived = roundTrip(report);
        const json = JSON.parse(JSON.stringify(report));
        const live = summarisePortfolio([{ id: 'A', report }]);
        expectSame(summarisePortfolio([{ id: 'A', report: revived }]), live);
        // summarisePortfolio reads the JSON itself too.
        expectSame(summarisePortfolio([{ id: 'A', report: json }]), live);
        roundTrip(live);
      }),
      { numRuns: 150 },
    );
  });

  it('portfolio summaries of several contracts read back deep-equal', () => {
    fc.assert(
      fc.property(fc.array(trackingArb, { minLength: 1, maxLength: 4 }), (trackings) => {
        const contracts = trackings.map(([valuation, deliveries, options], index) => ({
          id: `C${index}`,
          name: `Contract ${index}`,
          tags: { department: index % 2 === 0 ? '__proto__' : 'Housing' },
          report: trackDelivery(valuation, deliveries, {
            ...options,
            financialYearStartMonth: 4,
          }),
        }));
        roundTrip(summarisePortfolio(contracts, { top: 3 }));
      }),
      { numRuns: 60 },
    );
  });

  it('social value budgets read back deep-equal, and serve as the same baseline', () => {
    fc.assert(
      fc.property(
        fc.array(trackingArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom('2024/25', '2025/26', '2026/27'), positive), {
          maxLength: 3,
        }),
        (trackings, goals) => {
          const portfolio = summarisePortfolio(
            trackings.map(([valuation, deliveries, options], index) => ({
              id: `C${index}`,
              tags: { department: index % 2 === 0 ? '__proto__' : 'Housing' },
              report: trackDelivery(valuation, deliveries, {
                ...options,
                financialYearStartMonth: 4,
              }),
            })),
          );
          const targets = [
            ...new Map(goals.map(([year, value]) => [year, { year, value }])).values(),
          ];
          const budget = roundTrip(
            socialValueBudget(portfolio, { targets, priorityTag: 'constructor' }),
          );
          const json = JSON.parse(JSON.stringify(budget));
          expectSame(
            socialValueBudget(portfolio, { baseline: json }),
            socialValueBudget(portfolio, { baseline: budget }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('benchmark positions and tables read back, and place ratios the same', () => {
    // Value types named like Object.prototype members, as JSON.parse gives them.
    const table: SvaBenchmarkInput = JSON.parse(`{
      "id": "own", "name": "Our contracts", "source": "Contract register", "effective": "2024/25",
      "valueTypes": {
        "__proto__": { "percentiles": [{ "percentile": 50, "ratio": "0.1" }] },
        "constructor": {
          "percentiles": [{ "percentile": 10, "ratio": "0.02" }, { "percentile": 90, "ratio": "0.3" }],
          "averageRatio": "0.1"
        }
      }
    }`);
    const tableBack = roundTrip(monitoringSnapshots['sva-benchmark'](table, ['table']));
    const portalBack = roundTrip(socialValuePortalBenchmark);
    fc.assert(
      fc.property(amount, fc.constantFrom('social', 'local-economic', 'combined'), (r, type) => {
        const ratio = `0.${r.replace('.', '')}`;
        const position = benchmarkSocialValueAdded(ratio, { valueType: type });
        roundTrip(position);
        expectSame(
          benchmarkSocialValueAdded(ratio, {
            valueType: type,
            benchmark: JSON.parse(JSON.stringify(portalBack)),
          }),
          position,
        );
        const own = benchmarkSocialValueAdded(ratio, {
          valueType: 'constructor',
          benchmark: table,
        });
        roundTrip(own);
        const proto = benchmarkSocialValueAdded(ratio, {
          valueType: '__proto__',
          benchmark: table,
        });
        expect(proto.benchmark).toBe('own');
        roundTrip(proto);
        expectSame(
          benchmarkSocialValueAdded(ratio, { valueType: 'constructor', benchmark: tableBack }),
          own,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('the other measures read back deep-equal', () => {
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 5 }),
        positive,
        signed,
        fc.array(signed, { minLength: 1, maxLength: 6 }),
        (rounds, denominator, numerator, benefits) => {
          // Each round at most the one before it: the denominator (above 0) and the amounts, largest first.
          roundTrip(lm3([denominator, ...rounds].sort((a, b) => Number(b) - Number(a))));
          roundTrip(sroiRatio({ value: numerator, investment: denominator }));
          roundTrip(valueForCostRatio({ benefits: numerator, costs: denominator }));
          roundTrip(breakevenPeriod({ cost: denominator, benefits }));
          roundTrip(
            deliveryStatus({
              delivered: rounds[0]!,
              expected: denominator,
              commitment: denominator,
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
    for (const date of ['0001-01-01', '2025-03-31', '9999-12-31']) {
      roundTrip(financialYear(date));
      roundTrip(financialYear(date, { startMonth: 1 }));
    }
  });

  it('refuses a local multiplier above its number of rounds, as lm3 does', () => {
    // [100, 100, 100] is the most 3 rounds can be: LM3 = 300 ÷ 100 = 3. A stored total spend of
    // 400 (LM3 = 4, its reason to match) needs a round larger than the one before: lm3 refuses one.
    const most = roundTrip(lm3([100, 100, 100]));
    const json = {
      ...JSON.parse(JSON.stringify(most)),
      totalSpend: '400',
      multiplier: '4',
      reason:
        'LM3 is 4: each £1 spent in round 1 became £4.00 in the local economy over 3 rounds of spending.',
    };
    const error = caught(() => monitoringSnapshots['local-multiplier'](json, ['json']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'json.multiplier',
        'expected at most 3 over 3 rounds, each re-spent from the one before, received 4',
      ],
    ]);
    expect(() => lm3([100, 100, 101])).toThrow(/rounds\[2\]/);
  });

  it('refuses a local multiplier below 1, which lm3 cannot give', () => {
    // Round 1 is part of the total, so LM2 of [100, 0] is (100 + 0) ÷ 100 = 1, the least there is.
    // A stored total spend of 50 (LM2 = 50 ÷ 100 = 0.5, its reason to match) is less than round 1.
    const least = roundTrip(lm3([100, 0]));
    expect(least.multiplier.toString()).toBe('1');
    const json = {
      ...JSON.parse(JSON.stringify(least)),
      totalSpend: '50',
      multiplier: '0.5',
      reason:
        'LM2 is 0.5: each £1 spent in round 1 became £0.50 in the local economy over 2 rounds of spending.',
    };
    const error = caught(() => monitoringSnapshots['local-multiplier'](json, ['json']));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['json.multiplier', 'expected at least 1 (the total includes round 1), received 0.5'],
    ]);
  });

  it('refuses what is not a snapshot of the kind, naming the path', () => {
    const report = trackDelivery({ lines: [] }, [], { asOf: '2025-03-31' });
    const other = JSON.parse(JSON.stringify(lm3([2, 1])));
    const wrong = caught(() => monitoringSnapshots['delivery-report'](other, ['json']));
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.issues[0]!.path).toBe('json');
    expect(wrong.issues[0]!.message).toContain('received an object of kind "local-multiplier"');
    const bad = JSON.parse(JSON.stringify(report));
    bad.totals.delivered = 'NaN';
    const error = caught(() => monitoringSnapshots['delivery-report'](bad, ['json']));
    expect(error.issues[0]!.path).toBe('json.totals.delivered');
    expect(error.issues[0]!.message).toBe(
      'expected a finite number, a decimal string, a bigint or a Decimal, received "NaN"',
    );
    const extra = { ...JSON.parse(JSON.stringify(report)), summery: '' };
    expect(caught(() => monitoringSnapshots['delivery-report'](extra, ['json'])).issues[0]).toEqual(
      expect.objectContaining({
        path: 'json.summery',
        message: 'unknown key (did you mean "summary"?)',
      }),
    );
  });

  it('reads calendar dates only, as far as financial years reach (0000 to 10000)', () => {
    // A stored report or budget whose dates are not days of the calendar (30 February, a 13th
    // month, a five-digit year) was read back as it was, and summed into portfolios and budgets.
    const report = trackDelivery(
      {
        lines: [
          { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 10, proxyValue: 1 },
        ],
      },
      [{ measure: 'NT1', date: '2025-06-01', quantity: 1 }],
      { start: '2025-04-01', end: '2027-03-31', asOf: '2026-01-01' },
    );
    type Stored = {
      asOf: string;
      period: { end: string };
      byFinancialYear: { start: string; end: string }[];
    };
    const cases: [(json: Stored, date: string) => void, string, string][] = [
      [(json, date) => (json.asOf = date), '2026-02-30', 'json.asOf'],
      [(json, date) => (json.asOf = date), '2026-13-01', 'json.asOf'],
      [(json, date) => (json.asOf = date), '2024-00-10', 'json.asOf'],
      [(json, date) => (json.period.end = date), '99999-01-01', 'json.period.end'],
      [
        (json, date) => (json.byFinancialYear[0]!.start = date),
        '2025-04-31',
        'json.byFinancialYear[0].start',
      ],
      [
        (json, date) => (json.byFinancialYear[0]!.end = date),
        '0000-00-00',
        'json.byFinancialYear[0].end',
      ],
      [
        (json, date) => (json.byFinancialYear[0]!.end = date),
        '10001-01-01',
        'json.byFinancialYear[0].end',
      ],
    ];
    for (const [set, date, path] of cases) {
      const json = JSON.parse(JSON.stringify(report));
      set(json, date);
      const error = caught(() => monitoringSnapshots['delivery-report'](json, ['json']));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [path, `expected a calendar date written YYYY-MM-DD, received "${date}"`],
      ]);
    }
    // 29 February of a leap year, and the financial years 0000/01 and 9999/00 (from 0000-04-01,
    // to 10000-03-31) are days of the calendar.
    const leap = trackDelivery({ lines: [] }, [], { asOf: '2024-02-29' });
    expect(roundTrip(leap).asOf).toBe('2024-02-29');
    const last = trackDelivery({ lines: [] }, [], { start: '9999-04-01', end: '9999-12-31' });
    expect(roundTrip(last).byFinancialYear.map(({ year, end }) => [year, end])).toEqual([
      ['9999/00', '10000-03-31'],
    ]);
    // A five-digit year is read as one: years up to that of a report date in 10000/01.
    const beyond = JSON.parse(JSON.stringify(last));
    beyond.asOf = beyond.period.end = '10000-04-01';
    beyond.summary = beyond.summary.replace('9999-12-31', '10000-04-01');
    expect(
      caught(() => roundTrip(beyond)).issues.map(({ path, message }) => [path, message]),
    ).toEqual([
      [
        'json.byFinancialYear',
        'expected years up to 10000/01 (the year of the report date, 10000-04-01), received years up to 9999/00',
      ],
    ]);
    roundTrip(financialYear('0001-01-01'));
    roundTrip(financialYear('9999-12-31'));
  });

  it('refuses a stored line or unpledged delivery with a negative quantity, proxy value or share', () => {
    // trackDelivery never writes these (its inputs are quantities and proxy values of 0 or more
    // and shares from 0 to 1), and a disbenefit's unit value is negative whatever the proxy's
    // sign, so its figures alone let "-250" or a share of "-0.5" read back; a negative verified
    // quantity balanced by the claimed one kept every total too.
    const report = trackDelivery(
      {
        lines: [
          { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 70, proxyValue: 100 },
          {
            measure: 'E1',
            theme: 'env',
            valueType: 'environmental',
            quantity: 100,
            proxyValue: 250,
            attributionShare: '0.5',
            effect: 'disbenefit',
          },
        ],
      },
      [
        { measure: 'NT1', date: '2024-06-01', quantity: 10 },
        { measure: 'E1', date: '2025-01-01', quantity: 60 },
        { measure: 'NT2', date: '2025-02-01', quantity: 4 },
      ],
      {
        start: '2024-04-01',
        end: '2027-03-31',
        asOf: '2025-06-30',
        framework: {
          measures: [{ code: 'NT2', theme: 'jobs', valueType: 'social', proxyValue: 50 }],
        },
      },
    );
    const stored = JSON.stringify(report);
    const refusal = (edit: (json: ReturnType<typeof JSON.parse>) => void) => {
      const json = JSON.parse(stored);
      edit(json);
      const error = caught(() => monitoringSnapshots['delivery-report'](json, ['json']));
      return [error.code, error.issues[0]!.path, error.issues[0]!.message];
    };
    expect(
      refusal((json) => {
        json.lines[1].proxyValue = '-250';
      }),
    ).toEqual([
      'invalid-input',
      'json.lines[1].proxyValue',
      'expected a number at least 0, received "-250"',
    ]);
    expect(
      refusal((json) => {
        json.lines[1].attributionShare = '-0.5';
      }),
    ).toEqual([
      'invalid-input',
      'json.lines[1].attributionShare',
      'expected a number at least 0, received "-0.5"',
    ]);
    expect(
      refusal((json) => {
        json.lines[0].proxyValue = '50';
        json.lines[0].attributionShare = '2';
      }),
    ).toEqual([
      'invalid-input',
      'json.lines[0].attributionShare',
      'expected a number at most 1, received "2"',
    ]);
    expect(
      refusal((json) => {
        const [line] = json.lines;
        line.verified = '-5';
        line.claimed = '15';
        line.value.verified = '-500';
        line.value.claimed = '1500';
        for (const figures of [json.totals, json.byTheme.jobs, json.byValueType.social]) {
          figures.verified = String(Number(figures.verified) - 500);
          figures.claimed = String(Number(figures.claimed) + 500);
        }
      }),
    ).toEqual([
      'invalid-input',
      'json.lines[0].verified',
      'expected a number at least 0, received "-5"',
    ]);
    expect(
      refusal((json) => {
        json.unpledged[0].proxyValue = '-50';
      }),
    ).toEqual([
      'invalid-input',
      'json.unpledged[0].proxyValue',
      'expected a number at least 0, received "-50"',
    ]);
    // The report itself reads back as it was.
    roundTrip(report);
  });

  it('refuses a stored portfolio with a negative shortfall, which no line has', () => {
    // A line's shortfall is max(0, pledged - delivered), and its shortfall to date likewise:
    // every sum of them is 0 or more. A portfolio's sums by tag and its largest shortfalls are
    // taken as stored (its contracts' lines are not), so "-6000" read back and sorted as a
    // shortfall.
    const report = trackDelivery(
      {
        lines: [
          {
            measure: 'NT1',
            theme: 'jobs',
            valueType: 'local-economic',
            quantity: 70,
            proxyValue: 100,
            tags: { department: 'Housing' },
          },
        ],
      },
      [{ measure: 'NT1', date: '2024-06-01', quantity: 10 }],
      { start: '2024-04-01', end: '2027-03-31', asOf: '2025-06-30' },
    );
    const portfolio = roundTrip(summarisePortfolio([{ id: 'A', report }]));
    expect(portfolio.byTag.department!.Housing!.shortfall.toString()).toBe('6000');
    const stored = JSON.stringify(portfolio);
    const refusal = (edit: (json: ReturnType<typeof JSON.parse>) => void) => {
      const json = JSON.parse(stored);
      edit(json);
      const error = caught(() => monitoringSnapshots['portfolio-summary'](json, ['json']));
      return [error.code, error.issues[0]!.path, error.issues[0]!.message];
    };
    expect(
      refusal((json) => {
        json.byTag.department.Housing.shortfall = '-6000';
      }),
    ).toEqual([
      'invalid-input',
      'json.byTag.department.Housing.shortfall',
      'expected a number at least 0, received "-6000"',
    ]);
    expect(
      refusal((json) => {
        json.largestShortfalls[0].shortfall = '-6000';
      }),
    ).toEqual([
      'invalid-input',
      'json.largestShortfalls[0].shortfall',
      'expected a number at least 0, received "-6000"',
    ]);
  });
});
