import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  breakevenPeriod,
  financialYear,
  lm3,
  type MonitoredFramework,
  type MonitoredValuation,
  revive,
  type SnapshotKind,
  socialValueBudget,
  sroiRatio,
  summarisePortfolio,
  trackDelivery,
  valueForCostRatio,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { edited, pathText, type Step } from '../snapshot-edits.js';
import { trackingArb } from './arbitraries.js';

// A stored monitoring result is checked against its own figures when read back: an edited
// figure is refused at its path, `expected <what its own figures give> (from its own figures),
// received <what was stored>`. The figures below are worked out by hand.

type Json = Record<string, unknown>;

/** The issues (path, message) of reading `json` back. */
function refused(json: unknown): [string, string][] {
  const error = caught(() => revive(json));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => [issue.path, issue.message]);
}

/** The one issue of `result` read back with `value` at `path`: expected `want`. */
function expectRefused(result: unknown, path: readonly Step[], value: unknown, want: string) {
  expect(refused(edited(result, path, value))).toEqual([
    [pathText(path), `expected ${want} (from its own figures), received ${JSON.stringify(value)}`],
  ]);
}

/** Reads `result` back from JSON: equal to it, and the same JSON again. */
function readsBack<T extends { kind: string }>(result: T): void {
  const json = JSON.stringify(result);
  const back = revive(JSON.parse(json), result.kind as SnapshotKind);
  expectSame(back, result);
  expect(JSON.stringify(back)).toBe(json);
}

// NT1: 24 FTE at £30,782 over 2024-04-01 to 2027-03-31 (1,095 days), a third (365 days)
// expected by 2025-03-31: 8 FTE, £246,256; 6 delivered (£184,692), pace 0.75: at risk; short
// £61,564 to date and £554,076 in all (£738,768 pledged). NT29 (theme `__proto__`): 300 hours
// at £16.09 × 0.5 = £8.045 (£2,413.50 pledged), 100 expected (£804.50) and delivered: on
// track, short £1,609. U1 nobody pledged: 4 × £12.50 = £50.
const valuation: MonitoredValuation = {
  contractValue: 1_000_000,
  lines: [
    {
      measure: 'NT1',
      theme: 'jobs',
      valueType: 'local-economic',
      quantity: 24,
      proxyValue: 30782,
      tags: { priority: 'A' },
      followUpOn: '2025-01-15',
      barriers: ['childcare'],
    },
    {
      measure: 'NT29',
      theme: '__proto__',
      valueType: 'social',
      quantity: 300,
      proxyValue: '16.09',
      attributionShare: '0.5',
      tags: { __proto__: 'x' },
    },
  ],
};
const framework: MonitoredFramework = {
  themes: [
    { id: 'a', name: 'A' },
    { id: 'jobs', name: 'Jobs' },
    { id: '__proto__', name: 'Prototype' },
  ],
  measures: [
    { code: 'U1', theme: 'a', title: 'U', unit: 'no.', proxyValue: '12.5', valueType: 'social' },
  ],
};
const deliveries = [
  { measure: 'NT1', date: '2024-10-01', quantity: 6 },
  { measure: 'NT29', date: '2025-01-01', quantity: 100 },
  { measure: 'U1', date: '2025-02-01', quantity: 4 },
];
const contract = { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31', framework };
const report = trackDelivery(valuation, deliveries, contract);

describe('a stored delivery report is checked against its own figures', () => {
  it('has the figures worked out by hand, and reads back equal', () => {
    const [nt1, nt29] = report.lines;
    expect(nt1!.status).toBe('at-risk');
    expect(nt1!.value.delivered.toString()).toBe('184692');
    expect(nt1!.value.shortfallToDate.toString()).toBe('61564');
    expect(nt29!.value.shortfall.toString()).toBe('1609');
    expect(report.totals.delivered.toString()).toBe('185496.5');
    expect(report.totals.shortfall.toString()).toBe('555685');
    readsBack(report);
  });

  it("refuses a pace status's reason that its quantities do not start, and keeps what thresholds give", () => {
    // NT1: 6 of 24 delivered, 8 expected by 2025-03-31 (a third of the pledge): pace 75%.
    const reason =
      '6 of 24 delivered, 8 expected by now: pace 75%, below 90% but at or above the at-risk threshold of 75%.';
    expect(report.lines[0]!.reason).toBe(reason);
    const start = '6 of 24 delivered, 8 expected by now: pace …';
    for (const edit of [
      'x',
      reason.replace('6 of 24', '7 of 24'),
      reason.replace('8 expected', '6 expected'),
    ]) {
      expectRefused(report, ['lines', 0, 'reason'], edit, JSON.stringify(start));
    }
    // The thresholds are not stored: the same pace said against others reads back.
    const other =
      '6 of 24 delivered, 8 expected by now: pace 75%, below 80% but at or above the at-risk threshold of 70%.';
    expect(
      revive(edited(report, ['lines', 0, 'reason'], other), 'delivery-report').lines[0]!.reason,
    ).toBe(other);
  });

  it('refuses an edited figure at its path', () => {
    const cases: [Step[], unknown, string][] = [
      [['lines', 0, 'value', 'delivered'], '1', '"184692"'],
      [['lines', 0, 'unitValue'], '30000', '"30782"'],
      [['lines', 0, 'delivered'], '7', '"6"'],
      [['lines', 0, 'progressRatio'], '0.5', '"0.25"'],
      [['lines', 0, 'status'], 'complete', '"at-risk"'],
      [['lines', 1, 'value', 'shortfall'], '0', '"1609"'],
      [['lines', 1, 'value', 'shortfallToDate'], '5', '"0"'],
      [['unpledged', 0, 'value'], '51', '"50"'],
      [['totals', 'delivered'], '1', '"185496.5"'],
      [['totals', 'shortfallToDate'], '0', '"61564"'],
      [['byTheme', 'jobs', 'shortfall'], '0', '"554076"'],
      [['byTheme', '__proto__', 'delivered'], '0', '"804.5"'],
      [['byTag', 'priority', 'A', 'expected'], '0', '"246256"'],
      [['byValueType', 'social', 'unpledged'], '0', '"50"'],
      [['byChannel', 'tender', 'pledged'], '0', '"741181.5"'],
      [['statusCounts', 'at-risk'], 0, '1'],
      [['socialValueAdded', 'delivered', 'localEconomicRatio'], '1', '"0.184692"'],
      [['followUps', 0, 'status'], 'complete', '"at-risk"'],
    ];
    for (const [path, value, want] of cases) expectRefused(report, path, value, want);
    expect(refused(edited(report, ['socialValueAdded', 'contractValue'], '0'))).toEqual([
      ['json.socialValueAdded.contractValue', 'expected a figure above 0, received "0"'],
    ]);
    expect(refused(edited(report, ['summary'], 'All fine.'))).toEqual([
      [
        'json.summary',
        // A long sentence is quoted by its start and length.
        'expected "By 2025-03-31: £185,496.50 delivered of £247,060.50 expected"... (207 characters) (from its own figures), received "All fine."',
      ],
    ]);
  });

  it('takes a pace status as stored (its thresholds are not), and reads hostile reports back', () => {
    // At-risk from 0.8: NT1's pace 0.75 is behind.
    const stricter = trackDelivery(valuation, deliveries, {
      ...contract,
      thresholds: { atRiskRatio: '0.8' },
    });
    expect(stricter.lines[0]!.status).toBe('behind');
    readsBack(stricter);
    // On track from 0.5: line 1's pace of 100% is at or above 50%, not 90%, and reads back so
    // (it was refused, its reason worked out again against 90%); a pace of 1 or more is on track
    // whatever the thresholds.
    const laxer = trackDelivery(valuation, deliveries, {
      ...contract,
      thresholds: { onTrackRatio: '0.5', atRiskRatio: '0.25' },
    });
    expect(laxer.lines[1]!.reason).toBe(
      '100 of 300 delivered, 100 expected by now: pace 100%, at or above the on-track threshold of 50%.',
    );
    readsBack(laxer);
    expect(refused(edited(laxer, ['lines', 1, 'status'], 'at-risk'))[0]).toEqual([
      'json.lines[1].status',
      'expected "on-track" (from its own figures), received "at-risk"',
    ]);
    // Without a contract period every pledge is due in full: 24 FTE, £738,768 (24 × 30,782).
    const whole = trackDelivery(valuation, deliveries, { asOf: '2025-03-31', framework });
    readsBack(whole);
    expectRefused(whole, ['lines', 0, 'value', 'expected'], '246256', '"738768"');
    // A line expecting part of its pledge had a period: its removal is refused there.
    expect(refused(edited(whole, ['lines', 0, 'expected'], '8'))[0]).toEqual([
      'json.period',
      'expected the contract period line 0 is expected over (8 of 24 by the report date), received undefined',
    ]);
    // Figures near the domain's limits, verified only.
    const huge = trackDelivery(
      {
        lines: [
          {
            measure: '__proto__',
            theme: 'constructor',
            valueType: 'social',
            quantity: '999999999999999.9999',
            proxyValue: '999999999999999',
            tags: { constructor: '__proto__' },
          },
          {
            measure: 'tiny',
            theme: 't',
            valueType: 'environmental',
            quantity: '1e-40',
            proxyValue: '1e-40',
            effect: 'disbenefit',
          },
        ],
      },
      [
        {
          measure: '__proto__',
          date: '2025-01-01',
          quantity: '999999999999999',
          verification: 'verified',
        },
        { measure: 'tiny', date: '2025-01-01', quantity: '1e-40', verification: 'verified' },
      ],
      { start: '2024-04-01', end: '2027-03-31', asOf: '2026-01-01', count: 'verified' },
    );
    readsBack(huge);
    // (10^15 − 1)² = 10^30 − 2 × 10^15 + 1, less the disbenefit of 10^-40 × 10^-40 = 10^-80.
    const net = `999999999999998000000000000000.${'9'.repeat(80)}`;
    expectRefused(huge, ['totals', 'verified'], '0', `"${net}"`);
  });
});

// Seed 004's NT29: 100 hours at £16.09 (£1,609) over 2025/26, due in full by 2026-03-31. A
// delivered all 100 (complete), B 40 (£643.60, pace 0.4: behind, short £965.40). Together
// £2,252.60 of £3,218: 0.7. Contract values £10,000 each: £20,000, social 2,252.6 ÷ 20,000 =
// 0.11263.
const line = {
  measure: 'NT29',
  theme: 'social',
  valueType: 'social' as const,
  quantity: 100,
  proxyValue: '16.09',
};
const delivered = (hours: number) =>
  trackDelivery({ lines: [line] }, [{ measure: 'NT29', date: '2025-06-30', quantity: hours }], {
    start: '2025-04-01',
    end: '2026-03-31',
    asOf: '2026-03-31',
  });
const portfolio = summarisePortfolio([
  { id: 'A', tags: { department: 'Housing' }, report: delivered(100), contractValue: 10_000 },
  { id: 'B', tags: { department: 'Highways' }, report: delivered(40), contractValue: 10_000 },
]);

describe('a stored portfolio summary is checked against its own figures', () => {
  it('has the figures worked out by hand, and reads back equal (empty too)', () => {
    expect(portfolio.totals.delivered.toString()).toBe('2252.6');
    expect(portfolio.totals.deliveryRatio?.toString()).toBe('0.7');
    expect(portfolio.socialValueAdded?.delivered.socialRatio.toString()).toBe('0.11263');
    readsBack(portfolio);
    readsBack(summarisePortfolio([]));
    readsBack(summarisePortfolio([{ id: '__proto__', report: delivered(0) }]));
  });

  it('refuses an edited figure at its path', () => {
    const cases: [Step[], unknown, string][] = [
      [['totals', 'delivered'], '1', '"2252.6"'],
      [['totals', 'deliveryRatio'], '1', '"0.7"'],
      [['contracts', 1, 'totals', 'deliveryRatio'], '1', '"0.4"'],
      [['byTheme', 'social', 'deliveryRatio'], '1', '"0.7"'],
      [['byTag', 'department', 'Highways', 'progressRatio'], '1', '"0.4"'],
      [['byFinancialYear', 0, 'deliveryRatio'], '1', '"0.7"'],
      [['statusCounts', 'behind'], 0, '1'],
      [['socialValueAdded', 'contractValue'], '1', '"20000"'],
      [['socialValueAdded', 'delivered', 'socialRatio'], '1', '"0.11263"'],
    ];
    for (const [path, value, want] of cases) expectRefused(portfolio, path, value, want);
    expect(refused(edited(portfolio, ['byValueType', 'social', 'shortfall'], '0'))).toEqual([
      [
        'json.byValueType',
        'expected figures adding up to the totals (shortfall 965.4), received a sum of 0',
      ],
    ]);
    // A contract value of 0 would divide by nothing.
    const zero = edited(portfolio, ['contracts', 0, 'socialValueAdded', 'contractValue'], '0');
    (zero.contracts as Json[])[1]!.socialValueAdded = (
      zero.contracts as Json[]
    )[0]!.socialValueAdded;
    expect(refused(zero)).toEqual([
      ['json.socialValueAdded.contractValue', 'expected a figure above 0, received "0"'],
    ]);
    expect(refused(edited(portfolio, ['summary'], 'x'))[0]).toEqual([
      'json.summary',
      'expected "2 contracts: £2,252.60 delivered of £3,218.00 expected (70%) and £3,218.00 pledged; social value added so far 11.3% of contract value." (from its own figures), received "x"',
    ]);
  });
});

// Seed 004's NT29 (100 hours at £16.09, £1,609, social) and NT1 (1 FTE at £30,782, local
// economic), both delivered in full, on a contract of £30,000: social 1,609 ÷ 30,000 =
// 0.0536333…, local economic 30,782 ÷ 30,000 = 1.0260666…, combined 32,391 ÷ 30,000 = 1.0797
// exactly (the two ratios, each rounded to 34 digits, add up to 1.0797 within their rounding).
describe("a stored portfolio contract's combined ratio", () => {
  const mixed = trackDelivery(
    {
      lines: [
        line,
        {
          measure: 'NT1',
          theme: 'jobs',
          valueType: 'local-economic',
          quantity: 1,
          proxyValue: '30782',
        },
      ],
    },
    [
      { measure: 'NT29', date: '2025-06-30', quantity: 100 },
      { measure: 'NT1', date: '2025-06-30', quantity: 1 },
    ],
    { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );
  const valued = summarisePortfolio([
    { id: 'A', report: mixed, contractValue: 30_000 },
    { id: 'B', report: mixed },
  ]);

  it('reads back, the ratios rounded as written', () => {
    const added = valued.contracts[0]!.socialValueAdded!;
    expect(added.delivered.socialRatio.toString()).toBe(`0.0536${'3'.repeat(31)}`);
    expect(added.delivered.localEconomicRatio.toString()).toBe(`1.0260${'6'.repeat(28)}7`);
    expect(added.delivered.combinedRatio.toString()).toBe('1.0797');
    readsBack(valued);
  });

  it('is refused when edited, pledged or delivered', () => {
    for (const figures of ['pledged', 'delivered']) {
      const path = ['contracts', 0, 'socialValueAdded', figures, 'combinedRatio'];
      expectRefused(valued, path, '1.08', '"1.0797"');
    }
  });

  it("is refused in the portfolio's own, when a contract has no value", () => {
    expect(valued.socialValueAdded?.contractsWithoutValue).toEqual(['B']);
    expect(
      refused(edited(valued, ['socialValueAdded', 'delivered', 'combinedRatio'], '1.08'))[0],
    ).toEqual([
      'json.socialValueAdded.delivered.combinedRatio',
      'expected "1.0797" (from its own figures), received "1.08"',
    ]);
  });
});

// Three contracts of NT29 (100 hours at £16.09, £1,609, all due by 2026-03-31): A delivers all
// 100 (short 0: not listed), B ("Bridges") 40 (£643.60: short £965.40), C 70 (£1,126.30: short
// £482.70). Largest shortfall first: B, then C. B's pledge is due for follow-up on 2025-09-30
// and C's on 2025-06-30: by date, C then B.
const followed = (followUpOn: string) => ({ ...line, followUpOn });
const reported = (hours: number, followUpOn?: string) =>
  trackDelivery(
    { lines: [followUpOn === undefined ? line : followed(followUpOn)] },
    [{ measure: 'NT29', date: '2025-06-30', quantity: hours }],
    { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );
const listing = summarisePortfolio([
  { id: 'A', report: reported(100) },
  { id: 'B', name: 'Bridges', report: reported(40, '2025-09-30') },
  { id: 'C', report: reported(70, '2025-06-30') },
]);

/** The JSON of `result` with the entries of list `key` at `a` and `b` swapped. */
function swapped(result: unknown, key: string, a: number, b: number): Json {
  const json = JSON.parse(JSON.stringify(result));
  const list = json[key] as unknown[];
  [list[a], list[b]] = [list[b], list[a]];
  return json;
}

describe("a stored portfolio summary's shortfalls and follow-ups are checked", () => {
  it('lists them as worked out by hand, and reads back equal', () => {
    expect(
      listing.largestShortfalls.map((entry) => [
        entry.contract,
        entry.contractName,
        entry.shortfallToDate.toString(),
      ]),
    ).toEqual([
      ['B', 'Bridges', '965.4'],
      ['C', undefined, '482.7'],
    ]);
    expect(listing.followUps.map((entry) => [entry.contract, entry.followUpOn])).toEqual([
      ['C', '2025-06-30'],
      ['B', '2025-09-30'],
    ]);
    readsBack(listing);
  });

  it('refuses them out of order, at each entry that is not where the writer puts it', () => {
    const issues = refused(swapped(listing, 'largestShortfalls', 0, 1));
    // The first entry should be B's (with its name), the second C's.
    expect(issues.map(([path]) => path)).toEqual([
      'json.largestShortfalls[0]',
      'json.largestShortfalls[1]',
    ]);
    expect(issues[0]![1]).toMatch(/^expected \{"contract":"B","contractName":"Bridges",/);
    expect(issues[1]![1]).toMatch(/^expected \{"contract":"C","line":0,/);
    expect(refused(swapped(listing, 'followUps', 0, 1)).map(([path]) => path)).toEqual([
      'json.followUps[0]',
      'json.followUps[1]',
    ]);
  });

  it('refuses an entry of no contract of the summary, listed twice, or not one the writer lists', () => {
    expect(refused(edited(listing, ['largestShortfalls', 1, 'contract'], 'Z'))).toEqual([
      [
        'json.largestShortfalls[1].contract',
        'expected the id of a contract of the summary, received "Z"',
      ],
    ]);
    const twice = edited(listing, ['largestShortfalls', 1], listing.largestShortfalls[0]);
    expect(refused(twice)).toEqual([
      [
        'json.largestShortfalls[1].line',
        'expected each line of a contract once, received line 0 of "B" again (as at [0])',
      ],
      [
        'json.largestShortfalls[1].status',
        `expected at most 1 line of "B" with status "${listing.largestShortfalls[0]!.status}" (its statusCounts), received 2`,
      ],
    ]);
    expect(refused(edited(listing, ['largestShortfalls', 1, 'shortfallToDate'], '0'))).toEqual([
      [
        'json.largestShortfalls[1].shortfallToDate',
        'expected a shortfall to date other than 0 (a line on its profile is not listed), received "0"',
      ],
    ]);
    expectRefused(listing, ['largestShortfalls', 0, 'contractName'], 'B', '"Bridges"');
    expectRefused(listing, ['followUps', 1, 'contractName'], 'B', '"Bridges"');
    // Due by the report date, 2026-03-31.
    expect(refused(edited(listing, ['followUps', 1, 'followUpOn'], '2026-04-01'))).toEqual([
      [
        'json.followUps[1].followUpOn',
        `expected a date on or before its contract's report date (2026-03-31), received "2026-04-01"`,
      ],
    ]);
  });
});

// Housing (A) delivered £1,609 in 2025/26 against a target of £1,000 (met) and a baseline of
// £2,000: down £391 (0.1955). A target for 2026/27 is outside the budget (info).
const budget = socialValueBudget(portfolio, {
  targets: [
    { year: '2025/26', department: 'Housing', value: 1000 },
    { year: '2026/27', value: 1 },
  ],
  baseline: { year: '2024/25', values: [{ department: 'Housing', value: 2000 }] },
});

describe('a stored social value budget is checked against its own figures', () => {
  it('has the figures worked out by hand, and reads back equal', () => {
    const housing = budget.years[0]!.byDepartment.Housing!;
    expect(housing.change?.toString()).toBe('-391');
    expect(housing.changeRatio?.toString()).toBe('-0.1955');
    expect(housing.status).toBe('met');
    expect(budget.findings.map((finding) => finding.severity)).toEqual(['info']);
    readsBack(budget);
  });

  it('reads back parts whose names its sentences quote (spaces at an end, quotes, a backslash)', () => {
    // One contract: NT29, 100 hours at £16.09, all delivered in 2025/26 (£1,609).
    // A blank department ('') is refused by summarisePortfolio (test/valuation/blank-tag-values).
    for (const name of [' Housing', 'Housing "North"', 'A\\B']) {
      const quoted = socialValueBudget(
        summarisePortfolio([
          { id: 'A', tags: { department: name, priority: name }, report: delivered(100) },
        ]),
      );
      const entry = quoted.years[0]!.byDepartment[name]!;
      expect(
        entry.reason.startsWith(`Department ${JSON.stringify(name)}, 2025/26: £1,609.00`),
      ).toBe(true);
      expect(
        quoted.years[0]!.byPriority[name]!.reason.startsWith(`Priority ${JSON.stringify(name)},`),
      ).toBe(true);
      readsBack(quoted);
    }
  });

  it('refuses an edited figure at its path, and a code stored with a severity never written', () => {
    const housing = ['years', 0, 'byDepartment', 'Housing'];
    const cases: [Step[], unknown, string][] = [
      [[...housing, 'status'], 'below-target', '"met"'],
      [[...housing, 'change'], '1', '"-391"'],
      [[...housing, 'changeRatio'], '1', '"-0.1955"'],
      [[...housing, 'targetRatio'], '1', '"1.609"'],
      [[...housing, 'previous'], '1', '"2000"'],
      [['years', 0, 'total', 'previous'], '5', 'null'],
      [['years', 0, 'closed'], false, 'true'],
    ];
    for (const [path, value, want] of cases) expectRefused(budget, path, value, want);
    expect(refused(edited(budget, ['findings', 0, 'severity'], 'warning'))).toEqual([
      [
        'json.findings[0].severity',
        'expected "info" (the severity of target-outside-budget), received "warning"',
      ],
    ]);
    expect(refused(edited(budget, ['summary'], 'x'))[0]![0]).toBe('json.summary');
  });
});

// Two years: A (Housing) delivers all 100 hours of NT29 (£1,609) in 2025/26; B (Highways)
// pledges 200 hours over 2025/26 and 2026/27 and delivers 50 (£804.50) in the first and 30
// (£482.70) in the second. Housing has no figures in 2026/27, but delivered the year before, so
// it is in 2026/27 too (£0 delivered). Housing's baseline is £2,000 in both years.
const twoYears = summarisePortfolio([
  { id: 'A', tags: { department: 'Housing' }, report: delivered(100) },
  {
    id: 'B',
    tags: { department: 'Highways' },
    report: trackDelivery(
      { lines: [{ ...line, quantity: 200 }] },
      [
        { measure: 'NT29', date: '2025-06-30', quantity: 50 },
        { measure: 'NT29', date: '2026-05-01', quantity: 30 },
      ],
      { start: '2025-04-01', end: '2027-03-31', asOf: '2026-06-30' },
    ),
  },
]);
const yearly = socialValueBudget(twoYears, {
  baseline: { year: '2024/25', values: [{ department: 'Housing', value: 2000 }] },
});

describe("a stored social value budget's parts are checked across its years", () => {
  it('has the parts worked out by hand, and reads back equal', () => {
    expect(
      yearly.years.map((year) => [
        year.year,
        Object.entries(year.byDepartment).map(([name, entry]) => [
          name,
          entry.delivered.toString(),
          entry.baseline?.toString() ?? null,
        ]),
      ]),
    ).toEqual([
      [
        '2025/26',
        [
          ['Highways', '804.5', null],
          ['Housing', '1609', '2000'],
        ],
      ],
      [
        '2026/27',
        [
          ['Highways', '482.7', null],
          ['Housing', '0', '2000'],
        ],
      ],
    ]);
    readsBack(yearly);
  });

  it('refuses a part left out of a year the writer puts it in', () => {
    expect(refused(edited(yearly, ['years', 1, 'byDepartment', 'Housing'], undefined))).toEqual([
      [
        'json.years[1].byDepartment',
        'expected an entry for "Housing" (it delivered £1,609.00 in 2025/26), received none',
      ],
    ]);
    // Left out of the first year, with a baseline of £2,000: then 2026/27 compares with nothing.
    const first = refused(edited(yearly, ['years', 0, 'byDepartment', 'Housing'], undefined));
    expect(first[0]).toEqual([
      'json.years[0].byDepartment',
      'expected an entry for "Housing" (its baseline is £2,000.00), received none',
    ]);
  });

  it('refuses parts out of code-unit order, and a baseline that differs between years', () => {
    const json = JSON.parse(JSON.stringify(yearly));
    const { Highways, Housing } = json.years[0].byDepartment;
    json.years[0].byDepartment = { Housing, Highways };
    expect(refused(json)).toEqual([
      [
        'json.years[0].byDepartment',
        'expected "Highways" as entry 0 (entries in code-unit order of their names), received "Housing"',
      ],
    ]);
    expectRefused(yearly, ['years', 1, 'byDepartment', 'Housing', 'baseline'], '1', '"2000"');
    expectRefused(yearly, ['years', 1, 'byDepartment', 'Highways', 'baseline'], '1', 'null');
  });
});

// `yearly` covers 2025/26 and 2026/27 after its baseline's 2024/25; a budget of years from January
// (2025-01-01 to 2026-12-31) covers 2025 and 2026 after its baseline's 2024.
const fromJanuary = socialValueBudget(
  summarisePortfolio([
    {
      id: 'J',
      report: trackDelivery(
        { lines: [line] },
        [{ measure: 'NT29', date: '2025-06-30', quantity: 10 }],
        { start: '2025-01-01', end: '2026-12-31', asOf: '2026-12-31', financialYearStartMonth: 1 },
      ),
    },
  ]),
  { baseline: { year: '2024', values: [{ value: 100 }] } },
);

describe("a stored social value budget's years are consecutive financial years after its baseline's", () => {
  /** The first issue of `budget` read back with `value` at `path`. */
  const first = (budget: unknown, path: Step[], value: unknown) =>
    refused(edited(budget, path, value))[0];

  it('reads back the years the writer gives (years from April and from January)', () => {
    expect(yearly.years.map((year) => year.year)).toEqual(['2025/26', '2026/27']);
    expect(fromJanuary.years.map((year) => year.year)).toEqual(['2025', '2026']);
    readsBack(yearly);
    readsBack(fromJanuary);
  });

  it('refuses a year skipped, repeated or out of order at its path', () => {
    const at = ['years', 1, 'year'];
    expect(first(yearly, at, '2027/28')).toEqual([
      'json.years[1].year',
      'expected "2026/27" (the year after 2025/26), received "2027/28"',
    ]);
    expect(first(yearly, at, '2025/26')).toEqual([
      'json.years[1].year',
      'expected "2026/27" (the year after 2025/26), received "2025/26"',
    ]);
    expect(first(fromJanuary, at, '2028')).toEqual([
      'json.years[1].year',
      'expected "2026" (the year after 2025), received "2028"',
    ]);
    // The years swapped: 2026/27 is after the baseline's, 2025/26 is not the year after it.
    const json = JSON.parse(JSON.stringify(yearly));
    json.years.reverse();
    expect(refused(json)[0]).toEqual([
      'json.years[1].year',
      'expected "2027/28" (the year after 2026/27), received "2025/26"',
    ]);
  });

  it('refuses a year skipped once, at its label, not again at its dates', () => {
    // 2027/28 after 2025/26: one issue at the label; its dates are then not compared with the
    // year's (a second issue at the same label), only the sentences that name it differ.
    expect(refused(edited(yearly, ['years', 1, 'year'], '2027/28')).map(([path]) => path)).toEqual([
      'json.years[1].year',
      'json.years[1].total.reason',
      'json.years[1].byDepartment.Highways.reason',
      'json.years[1].byDepartment.Housing.reason',
      'json.summary',
    ]);
  });

  it("refuses a first year not after the baseline's, and a year not written as the others are", () => {
    expect(first(yearly, ['baselineYear'], '2025/26')).toEqual([
      'json.years[0].year',
      'expected a financial year after the baseline\'s (2025/26), received "2025/26"',
    ]);
    expect(first(yearly, ['baselineYear'], '2024-25')).toEqual([
      'json.baselineYear',
      'expected a financial year written as its years are (such as 2025/26), received "2024-25"',
    ]);
    expect(first(yearly, ['years', 1, 'year'], '2026')).toEqual([
      'json.years[1].year',
      'expected a financial year (such as 2025/26), received "2026"',
    ]);
    // The first year sets how years are written: the baseline's and the next then differ.
    expect(refused(edited(fromJanuary, ['years', 0, 'year'], '2025/26')).slice(0, 2)).toEqual([
      [
        'json.baselineYear',
        'expected a financial year written as its years are (such as 2025/26), received "2024"',
      ],
      ['json.years[1].year', 'expected a financial year (such as 2025/26), received "2026"'],
    ]);
  });

  it('refuses a year dated other than its label gives it (its first and last day)', () => {
    // 2025/26 from April runs 2025-04-01 to 2026-03-31; 2026/27 ends 2027-03-31; 2025 from
    // January runs 2025-01-01 to 2025-12-31. The first year's start gives the month.
    expect(yearly.years.map(({ start, end }) => [start, end])).toEqual([
      ['2025-04-01', '2026-03-31'],
      ['2026-04-01', '2027-03-31'],
    ]);
    const cases: [unknown, Step[], string, string][] = [
      [yearly, ['years', 0, 'start'], '2024-04-01', '"2025-04-01" (the first day of 2025/26)'],
      [yearly, ['years', 0, 'start'], '2025-04-02', '"2025-04-01" (the first day of 2025/26)'],
      [yearly, ['years', 1, 'end'], '2027-03-30', '"2027-03-31" (the last day of 2026/27)'],
      [yearly, ['years', 1, 'start'], '2025-04-01', '"2026-04-01" (the first day of 2026/27)'],
      [fromJanuary, ['years', 0, 'end'], '2026-03-31', '"2025-12-31" (the last day of 2025)'],
      [fromJanuary, ['years', 0, 'start'], '2025-04-01', '"2025-01-01" (the first day of 2025)'],
    ];
    for (const [budget, path, value, want] of cases) {
      expect(refused(edited(budget, path, value))).toEqual([
        [pathText(path), `expected ${want}, received ${JSON.stringify(value)}`],
      ]);
    }
  });
});

// The writer's years run from the year of the contract's start (without a period, the first
// delivery's) to the year of the report date, or of the contract's end when it ended earlier:
// `threeYears` 2024/25 to 2026/27 (report date 2026-06-30); `ended` (contract to 2025-09-30)
// 2024/25 and 2025/26; `unbounded` (no period, years from January) 2024 and 2025. A portfolio's
// are its reports', with every year between them: `apart` 2024/25 (A), 2025/26 (no contract ran
// in it: zeros) and 2026/27 (B).
const threeYears = trackDelivery(valuation, deliveries, { ...contract, asOf: '2026-06-30' });
const ended = trackDelivery(valuation, deliveries, {
  ...contract,
  end: '2025-09-30',
  asOf: '2026-06-30',
});
const unbounded = trackDelivery(
  { lines: [line] },
  [{ measure: 'NT29', date: '2024-06-30', quantity: 10 }],
  { asOf: '2025-03-31', financialYearStartMonth: 1 },
);
const within = (start: string, end: string) =>
  trackDelivery({ lines: [line] }, [{ measure: 'NT29', date: start, quantity: 10 }], {
    start,
    end,
  });
const apart = summarisePortfolio([
  { id: 'A', report: within('2024-04-01', '2025-03-31') },
  { id: 'B', report: within('2026-04-01', '2027-03-31') },
]);

describe("a stored delivery report's and portfolio summary's years are the writer's", () => {
  /** The issues of `result` read back with its years changed by `change`. */
  const withYears = (result: unknown, change: (years: Json[]) => void) => {
    const json = JSON.parse(JSON.stringify(result));
    change(json.byFinancialYear);
    return refused(json);
  };
  const labels = (result: { byFinancialYear: readonly { year: string }[] }) =>
    result.byFinancialYear.map((year) => year.year);
  const afterReport = '(the year of the report date, 2026-06-30)';

  it('reads back the years the writer gives', () => {
    expect(labels(threeYears)).toEqual(['2024/25', '2025/26', '2026/27']);
    expect(labels(ended)).toEqual(['2024/25', '2025/26']);
    expect(labels(unbounded)).toEqual(['2024', '2025']);
    expect(labels(apart)).toEqual(['2024/25', '2025/26', '2026/27']);
    for (const result of [threeYears, ended, unbounded, apart, twoYears]) readsBack(result);
  });

  it("refuses a report's year out of order, repeated, skipped or relabelled at its path", () => {
    expect(withYears(threeYears, (years) => years.reverse())).toEqual([
      [
        'json.byFinancialYear[0].year',
        `expected "2024/25" (the year of the contract's start, 2024-04-01), received "2026/27"`,
      ],
      [
        'json.byFinancialYear[2].year',
        'expected "2026/27" (the year after 2025/26), received "2024/25"',
      ],
    ]);
    expect(withYears(threeYears, (years) => (years[2] = years[1]!))).toEqual([
      [
        'json.byFinancialYear[2].year',
        'expected "2026/27" (the year after 2025/26), received "2025/26"',
      ],
    ]);
    expect(withYears(threeYears, (years) => years.splice(1, 1))).toEqual([
      [
        'json.byFinancialYear[1].year',
        'expected "2025/26" (the year after 2024/25), received "2026/27"',
      ],
      [
        'json.byFinancialYear',
        `expected years up to 2026/27 ${afterReport}, received years up to 2025/26`,
      ],
    ]);
    expect(withYears(unbounded, (years) => (years[0]!.year = '2024/25'))).toEqual([
      [
        'json.byFinancialYear[0].year',
        'expected "2024" (the year starting 2024-01-01), received "2024/25"',
      ],
    ]);
  });

  it("refuses a report's years ending before or after the report date's (or contract end's)", () => {
    expect(withYears(threeYears, (years) => years.pop())).toEqual([
      [
        'json.byFinancialYear',
        `expected years up to 2026/27 ${afterReport}, received years up to 2025/26`,
      ],
    ]);
    expect(withYears(threeYears, (years) => years.splice(0))).toEqual([
      ['json.byFinancialYear', `expected years up to 2026/27 ${afterReport}, received none`],
    ]);
    const next = { year: '2027/28', start: '2027-04-01', end: '2028-03-31' };
    expect(withYears(threeYears, (years) => years.push({ ...years[2]!, ...next }))).toEqual([
      [
        'json.byFinancialYear[3].year',
        `expected no year after 2026/27 ${afterReport}, received "2027/28"`,
      ],
    ]);
    const after = { year: '2026/27', start: '2026-04-01', end: '2027-03-31' };
    expect(withYears(ended, (years) => years.push({ ...years[1]!, ...after }))).toEqual([
      [
        'json.byFinancialYear[2].year',
        `expected no year after 2025/26 (the year of the contract's end, 2025-09-30), received "2026/27"`,
      ],
    ]);
  });

  it("refuses a year's days not its label's, and a contract period or report date out of order", () => {
    expect(withYears(threeYears, (years) => (years[1]!.end = '2025-03-31'))).toEqual([
      [
        'json.byFinancialYear[1].end',
        'expected "2026-03-31" (the last day of 2025/26), received "2025-03-31"',
      ],
    ]);
    expect(withYears(unbounded, (years) => (years[1]!.start = '2025-04-01'))).toEqual([
      [
        'json.byFinancialYear[1].start',
        'expected "2025-01-01" (the first day of 2025), received "2025-04-01"',
      ],
    ]);
    expect(refused(edited(threeYears, ['period', 'end'], '2024-03-31'))).toEqual([
      [
        'json.period.end',
        'expected a day on or after the start (2024-04-01), received "2024-03-31"',
      ],
    ]);
    // The summary and follow-ups, which follow the report date, are refused after it.
    expect(refused(edited(threeYears, ['asOf'], '2024-03-31'))[0]).toEqual([
      'json.asOf',
      `expected a day on or after the contract's start (2024-04-01), received "2024-03-31"`,
    ]);
  });

  it("refuses a portfolio's years out of order, repeated, skipped, relabelled or after its reports'", () => {
    expect(withYears(apart, (years) => years.splice(1, 1))).toEqual([
      [
        'json.byFinancialYear[1].year',
        'expected "2025/26" (the year after 2024/25), received "2026/27"',
      ],
    ]);
    expect(withYears(apart, (years) => (years[1] = years[0]!))).toEqual([
      [
        'json.byFinancialYear[1].year',
        'expected "2025/26" (the year after 2024/25), received "2024/25"',
      ],
    ]);
    expect(withYears(apart, (years) => (years[2]!.year = '2026'))).toEqual([
      [
        'json.byFinancialYear[2].year',
        'expected "2026/27" (the year after 2025/26), received "2026"',
      ],
    ]);
    expect(withYears(apart, (years) => (years[0]!.start = '2024-04-02'))).toEqual([
      [
        'json.byFinancialYear[0].start',
        'expected "2024-04-01" (the first day of 2024/25), received "2024-04-02"',
      ],
    ]);
    // B's report date is 2027-03-31, the latest: no year after 2026/27.
    const later = { year: '2027/28', start: '2027-04-01', end: '2028-03-31' };
    expect(withYears(apart, (years) => years.push({ ...years[1]!, ...later }))).toEqual([
      [
        'json.byFinancialYear[3].year',
        'expected no year after 2026/27 (the year of the latest report date, 2027-03-31), received "2027/28"',
      ],
    ]);
    // Years in reverse order, or the last given twice: out of order, not one year too many.
    expect(withYears(apart, (years) => years.reverse())).toEqual([
      [
        'json.byFinancialYear[1].year',
        'expected years in order, each once, received "2025/26" after 2026/27',
      ],
    ]);
    expect(withYears(apart, (years) => years.push(years[2]!))).toEqual([
      [
        'json.byFinancialYear[3].year',
        'expected years in order, each once, received "2026/27" after 2026/27',
      ],
    ]);
    expect(withYears(apart, (years) => years.splice(0))).toEqual([
      [
        'json.byFinancialYear',
        "expected at least one financial year (each contract's report has one), received none",
      ],
    ]);
  });
});

describe('the small results are checked against their own figures', () => {
  it('refuses an edited figure at its path', () => {
    // 320 ÷ 100; 150 − 100 and 150 ÷ 100; (100 + 50 + 25) ÷ 100 over 3 rounds; 100 recovered
    // half way through period 3 (40, 80, 120); 2024/25 from 1 April.
    expectRefused(sroiRatio({ value: 320, investment: 100 }), ['ratio'], '3', '"3.2"');
    const vfc = valueForCostRatio({ benefits: 150, costs: 100 });
    expectRefused(vfc, ['netBenefit'], '49', '"50"');
    expectRefused(vfc, ['ratio'], '1', '"1.5"');
    expectRefused(lm3([100, 50, 25]), ['multiplier'], '2', '"1.75"');
    expectRefused(lm3([100, 50, 25]), ['name'], 'LM2', '"LM3"');
    const breakeven = breakevenPeriod({ cost: 100, benefits: [40, 40, 40] });
    expectRefused(breakeven, ['period'], '3', '"2.5"');
    expectRefused(breakeven, ['wholePeriods'], 2, '3');
    expectRefused(financialYear('2025-03-31'), ['end'], '2025-04-30', '"2025-03-31"');
    expectRefused(financialYear('2025-03-31'), ['label'], '2025/26', '"2024/25"');
    expect(refused(edited(sroiRatio({ value: 1, investment: 2 }), ['investment'], '0'))).toEqual([
      ['json.investment', 'expected a figure above 0, received "0"'],
    ]);
    for (const result of [vfc, breakeven, lm3([1]), financialYear('9999-12-31')]) {
      readsBack(result);
    }
  });

  it('reads back a breakeven reason as earlier releases wrote it: "1 periods", "0 periods"', () => {
    // Recovered 1/100,000 into period 2 (1.00001, printed 1), and ≈ 1.0e-17 into period 1.
    const justAfter = breakevenPeriod({ cost: 1, benefits: ['0.99999', 1] });
    readsBack(justAfter);
    const earlier = 'The cost of £1.00 is recovered after 1 periods (in period 2).';
    expect(revive(edited(justAfter, ['reason'], earlier), 'breakeven').reason).toBe(earlier);
    const tiny = breakevenPeriod({ cost: '0.01', benefits: ['999999999999999'] });
    readsBack(tiny);
    const zero = 'The cost of £0.01 is recovered after 0 periods (in period 1).';
    expect(revive(edited(tiny, ['reason'], zero), 'breakeven').reason).toBe(zero);
    // Any other sentence is still refused.
    expect(refused(edited(justAfter, ['reason'], 'The cost of £1.00 is recovered.'))).toEqual([
      [
        'json.reason',
        'expected "The cost of £1.00 is recovered after 1 period (in period 2)." (from its own figures), received "The cost of £1.00 is recovered."',
      ],
    ]);
  });

  it('reads back a breakeven period as earlier releases wrote it: k − 1 + a rounded quotient', () => {
    // 10 from 3 a period: 10/3 to 34 digits now; earlier, 3 + 1/3 to 34 digits (35 digits).
    const thirds = breakevenPeriod({ cost: 10, benefits: [3, 3, 3, 3] });
    readsBack(thirds);
    const earlier = '3.3333333333333333333333333333333333';
    expect(revive(edited(thirds, ['period'], earlier), 'breakeven').period?.toString()).toBe(
      earlier,
    );
    expectRefused(
      thirds,
      ['period'],
      '3.3333333333333333333333333333333334',
      '"3.333333333333333333333333333333333"',
    );
  });
});

/** The amounts and ratios of a breakdown entry. */
const FIGURES = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
  'deliveryRatio',
  'progressRatio',
];
const RATIOS = ['deliveryRatio', 'progressRatio'];

/**
 * The paths of the figures a stored result works out from its own contents (not those it takes
 * as stored: its inputs, and what they do not determine), null ratios left out.
 */
function figurePaths(json: Json): Step[][] {
  const paths: Step[][] = [];
  const at = (path: readonly Step[]) =>
    path.reduce<unknown>((inner, key) => (inner as Json)[key], json);
  const add = (path: readonly Step[], keys: readonly string[]) => {
    for (const key of keys) if (at([...path, key]) !== null) paths.push([...path, key]);
  };
  const each = (path: readonly Step[], keys: readonly string[], depth = 1) => {
    for (const name of Object.keys(at(path) as Json)) {
      if (depth === 1) add([...path, name], keys);
      else each([...path, name], keys, depth - 1);
    }
  };
  const list = (key: string, keys: readonly string[], inner: Step[] = []) => {
    (json[key] as unknown[]).forEach((_, index) => {
      add([key, index, ...inner], keys);
    });
  };
  if (json.kind === 'social-value-budget') {
    (json.years as Json[]).forEach((_, index) => {
      const entry = ['change', 'changeRatio', 'targetRatio', 'previous', 'status', 'reason'];
      add(['years', index, 'total'], entry);
      each(['years', index, 'byDepartment'], entry);
      each(['years', index, 'byPriority'], entry);
    });
    return paths;
  }
  const portfolio = json.kind === 'portfolio-summary';
  add(['totals'], FIGURES);
  for (const key of ['byTheme', 'byValueType', 'byChannel', 'byEffect']) {
    if (json[key] !== undefined) each([key], FIGURES);
  }
  each(['byTag'], portfolio ? RATIOS : FIGURES, 2);
  list('byFinancialYear', ['deliveryRatio']);
  add(['statusCounts'], Object.keys(json.statusCounts as Json));
  if (portfolio) {
    list('contracts', RATIOS, ['totals']);
    return paths;
  }
  list('lines', ['unitValue', 'pledged', 'delivered', 'progressRatio', 'deliveryRatio']);
  list('lines', FIGURES.slice(2), ['value']);
  list('unpledged', ['quantity', 'value']);
  return paths;
}

/** `result` reads back equal; with any one of its own figures changed, it is refused there. */
function checksEveryFigure(result: { kind: string }, pick: number): void {
  readsBack(result);
  const json = JSON.parse(JSON.stringify(result));
  const paths = figurePaths(json);
  const path = paths[pick % paths.length]!;
  const parent = path.slice(0, -1).reduce((inner, key) => inner[key], json);
  const old = parent[path.at(-1)!];
  parent[path.at(-1)!] =
    typeof old === 'number'
      ? old + 1
      : typeof old === 'string' && !/^-?\d/.test(old)
        ? `${old}!`
        : new Decimal(old).plus(1).toString();
  const error = caught(() => revive(json));
  expect(error.code).toBe('invalid-input');
  // At the figure, or (a portfolio's breakdown adding up to another total) at its record.
  const where = pathText(path);
  const at = error.issues.map((issue) => issue.path);
  expect(
    at.some((issue) => where.startsWith(issue)),
    `${where} in ${at.join(', ')}`,
  ).toBe(true);
}

describe('generated monitoring results', () => {
  it('read back equal, and are refused with any one of their own figures changed', () => {
    fc.assert(
      fc.property(
        fc.array(trackingArb, { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.tuple(
            fc.constantFrom('2024/25', '2025/26', '2026/27'),
            fc.integer({ min: 1, max: 1_000_000 }),
          ),
          {
            maxLength: 3,
          },
        ),
        fc.nat(),
        (trackings, goals, pick) => {
          const contracts = trackings.map(([valuation, deliveries, options], index) => ({
            id: index === 0 ? '__proto__' : `C${index}`,
            tags: { department: index % 2 === 0 ? '__proto__' : 'Housing' },
            report: trackDelivery(valuation, deliveries, {
              ...options,
              financialYearStartMonth: 4,
            }),
          }));
          checksEveryFigure(contracts[0]!.report, pick);
          const portfolio = summarisePortfolio(contracts, { top: 2 });
          checksEveryFigure(portfolio, pick);
          const targets = [
            ...new Map(goals.map(([year, value]) => [year, { year, value }])).values(),
          ];
          const baseline = { year: '2023/24', values: [{ value: 1000 }] };
          checksEveryFigure(socialValueBudget(portfolio, { targets, baseline }), pick);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('generated portfolios and budgets: lists and parts', () => {
  it('read back equal, and are refused with a list out of order or a part left out', () => {
    let lists = 0;
    let parts = 0;
    fc.assert(
      fc.property(fc.array(trackingArb, { minLength: 2, maxLength: 3 }), (trackings) => {
        const contracts = trackings.map(([valuation, deliveries, options], index) => ({
          id: index === 0 ? '__proto__' : `C${index}`,
          ...(index === 1 ? { name: 'Named' } : {}),
          tags: { department: index % 2 === 0 ? '__proto__' : 'Housing' },
          report: trackDelivery(valuation, deliveries, { ...options, financialYearStartMonth: 4 }),
        }));
        const portfolio = summarisePortfolio(contracts, { top: 3 });
        readsBack(portfolio);
        for (const key of ['largestShortfalls', 'followUps'] as const) {
          if (portfolio[key].length < 2) continue;
          lists += 1;
          // Entries are of distinct lines, so reversed they are out of the writer's order.
          const json = JSON.parse(JSON.stringify(portfolio));
          json[key].reverse();
          const at = refused(json).map(([path]) => path);
          expect(at.length).toBeGreaterThan(0);
          for (const path of at) expect(path.startsWith(`json.${key}[`), path).toBe(true);
        }
        const budget = socialValueBudget(portfolio);
        readsBack(budget);
        budget.years.forEach((_, index) => {
          const before = budget.years[index - 1];
          if (before === undefined) return;
          for (const [name, entry] of Object.entries(before.byDepartment)) {
            if (entry.delivered.isZero()) continue;
            parts += 1;
            const json = edited(budget, ['years', index, 'byDepartment', name], undefined);
            const issue = refused(json).find(
              ([path]) => path === pathText(['years', index, 'byDepartment']),
            );
            expect(issue?.[1]).toMatch(
              new RegExp(
                `^expected an entry for ${JSON.stringify(name)} \\(it delivered .+ in ${before.year}\\), received none$`,
              ),
            );
          }
        });
      }),
      { numRuns: 25 },
    );
    // The edits were tried (the generated portfolios list and budget something).
    expect(lists).toBeGreaterThan(0);
    expect(parts).toBeGreaterThan(0);
  });
});
