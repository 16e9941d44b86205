import { beforeAll, describe, expect, it } from 'vitest';
import {
  benchmarkSocialValueAdded,
  type DeliveryReport,
  revive,
  type SocialValueError,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectError, str } from './helpers.js';
import { cwb, seed004Framework } from './seed-004.js';

// Seed 004's pledges for four measures, monitored over a three-year contract. The contract runs
// 2024-04-01 to 2027-03-31: 1,095 days, 365 in each financial year, so at 2025-03-31 exactly a
// third of a linear profile is due.
const valuation = valuePledges(
  seed004Framework,
  [
    { measure: 'NT1', quantity: 24, tags: cwb('Advancing Fairer Employment') },
    { measure: 'NT10', quantity: 70, tags: cwb('Advancing Fairer Employment') },
    { measure: 'NT29', quantity: 32, tags: cwb('Plural Ownership of the Economy') },
    { measure: 'CBC5 RBC1', quantity: 840000, tags: cwb('Progressive Procurement') },
  ],
  { contractValue: 5_000_000 },
);
const contract = { start: '2024-04-01', end: '2027-03-31' } as const;

describe('trackDelivery: seed 004 pledges at the end of year 1', () => {
  let report: DeliveryReport;
  beforeAll(() => {
    report = trackDelivery(
      valuation,
      [
        { measure: 'NT1', date: '2024-09-30', quantity: 3, evidence: 'HR list Q2' },
        { measure: 'NT1', date: '2025-03-31', quantity: 5, verification: 'verified' },
        { measure: 'NT29', date: '2024-12-15', quantity: 12, verification: 'verified' },
        { measure: 'CBC5 RBC1', date: '2025-02-28', quantity: 300000 },
        { measure: 'NT8', date: '2024-11-20', quantity: 10, verification: 'verified' },
        { measure: 'NT1', date: '2025-04-02', quantity: 4 },
      ],
      { ...contract, asOf: '2025-03-31', framework: seed004Framework },
    );
  });
  const line = (measure: string) => report.lines.find((entry) => entry.measure === measure)!;

  it('measures each pledge against a third of it', () => {
    // NT1: 24 × 365/1095 = 8 expected; 3 claimed + 5 verified = 8 delivered: pace 1, on track.
    expect(str(line('NT1').expected)).toBe('8');
    expect(str(line('NT1').delivered)).toBe('8');
    expect(str(line('NT1').verified)).toBe('5');
    expect(str(line('NT1').claimed)).toBe('3');
    expect(line('NT1').status).toBe('on-track');
    // 8 / 24, to 34 significant digits.
    expect(str(line('NT1').progressRatio)).toBe('0.3333333333333333333333333333333333');
    // NT10: nothing delivered of 70/3 expected.
    expect(line('NT10').status).toBe('not-started');
    // NT29: 12 delivered of 32/3 expected: pace 1.125, on track.
    expect(str(line('NT29').deliveryRatio)).toBe('1.125');
    expect(line('NT29').status).toBe('on-track');
    // CBC5 RBC1: 300,000 of 280,000 expected, valued at its proxy of 0.
    expect(line('CBC5 RBC1').status).toBe('on-track');
    expect(str(line('CBC5 RBC1').value.delivered)).toBe('0');
  });

  it('values deliveries at the pledge proxy, verified and claimed apart', () => {
    // NT1 delivered: 8 × 30,782 = 246,256; verified 5 × 30,782 = 153,910; claimed 92,346.
    expect(str(line('NT1').value.delivered)).toBe('246256');
    expect(str(line('NT1').value.verified)).toBe('153910');
    expect(str(line('NT1').value.claimed)).toBe('92346');
    // NT10 behind by 70/3 weeks × £224.07 = 15,684.90 / 3 = 5,228.30.
    expect(str(line('NT10').value.shortfallToDate)).toBe('5228.3');
    // NT1 still to deliver over the contract: 16 × 30,782 = 492,512.
    expect(str(line('NT1').value.shortfall)).toBe('492512');
  });

  it('totals the contract', () => {
    const { totals } = report;
    // Pledged: 738,768 + 15,684.90 + 514.88 + 0 = 754,967.78.
    expect(str(totals.pledged)).toBe('754967.78');
    // Expected: a third of that, 251,655.926666…
    expect(totals.expected.toDecimalPlaces(6).toString()).toBe('251655.926667');
    // Delivered: 246,256 + 12 × 16.09 = 193.08 → 246,449.08; verified 153,910 + 193.08.
    expect(str(totals.delivered)).toBe('246449.08');
    expect(str(totals.verified)).toBe('154103.08');
    expect(str(totals.claimed)).toBe('92346');
    // Shortfall over the contract: 492,512 + 15,684.90 + 20 × 16.09 = 321.80 → 508,518.70.
    expect(str(totals.shortfall)).toBe('508518.7');
    expect(str(totals.shortfallToDate)).toBe('5228.3');
    expect(report.statusCounts).toMatchObject({ 'on-track': 3, 'not-started': 1 });
  });

  it('values a delivery nobody pledged at the framework proxy, separately', () => {
    // NT8: 10 hours × £16.09 = 160.90, not in delivered.
    expect(report.unpledged).toHaveLength(1);
    expect(report.unpledged[0]).toMatchObject({ measure: 'NT8', theme: 'jobs' });
    expect(str(report.unpledged[0]!.value)).toBe('160.9');
    expect(str(report.totals.unpledged)).toBe('160.9');
    expect(str(report.byTheme.jobs?.unpledged)).toBe('160.9');
  });

  it('leaves out deliveries after the report date', () => {
    expect(report.laterDeliveryCount).toBe(1);
  });

  it('breaks down by theme, value type and tag', () => {
    expect(str(report.byTheme.jobs?.delivered)).toBe('246256');
    expect(str(report.byValueType['local-economic']?.pledged)).toBe('738768');
    // Advancing Fairer Employment: NT1 and NT10, 738,768 + 15,684.90.
    expect(str(report.byTag['CWB Priority']?.['Advancing Fairer Employment']?.pledged)).toBe(
      '754452.9',
    );
  });

  it('computes social value added on a £5m contract', () => {
    const sva = report.socialValueAdded!;
    // Pledged: 754,967.78 / 5,000,000; local economic 738,768 / 5,000,000.
    expect(str(sva.pledged.combinedRatio)).toBe('0.150993556');
    expect(str(sva.pledged.localEconomicRatio)).toBe('0.1477536');
    expect(str(sva.pledged.socialRatio)).toBe('0.003239956');
    // Delivered, unpledged included: (246,449.08 + 160.90) / 5,000,000.
    expect(str(sva.delivered.combinedRatio)).toBe('0.049321996');
  });

  it('explains itself', () => {
    expect(line('NT1').reason).toBe(
      '8 of 24 delivered, 8 expected by now: pace 100%, at or above the on-track threshold of 90%.',
    );
    expect(report.summary).toContain('£246,449.08 delivered');
    expect(report.framework).toMatchObject({ id: 'seed-004', edition: 'seed-004' });
    expect(Object.isFrozen(report)).toBe(true);
  });
});

describe('trackDelivery: a variation agreed mid-contract', () => {
  // NT10, 70 weeks of apprenticeships at £224.07, cut to 40 weeks from 2025-04-01 (start of
  // year 2). Year 1 keeps 70/3 expected; years 2 and 3 each expect 40/3; the commitment over
  // the contract is 70/3 + 80/3 = 50 weeks.
  const pledges = valuePledges(seed004Framework, [{ measure: 'NT10', quantity: 70 }]);
  const variations = [
    { measure: 'NT10', date: '2025-04-01', quantity: 40, reason: 'Fewer apprentices on site' },
  ];
  const deliveries = [
    { measure: 'NT10', date: '2024-12-31', quantity: 20, verification: 'verified' as const },
    { measure: 'NT10', date: '2025-09-30', quantity: 10, verification: 'verified' as const },
  ];

  it('uses the pledge in force in each period', () => {
    const report = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2026-03-31',
      variations,
    });
    const line = report.lines[0]!;
    expect(str(line.pledged)).toBe('40');
    expect(str(line.commitment)).toBe('50');
    expect(line.expected.toDecimalPlaces(10).toString()).toBe('36.6666666667');
    // Pace 30 / (110/3) = 0.818…: at risk (0.75 ≤ pace < 0.9).
    expect(line.status).toBe('at-risk');
    // Values: 50 × 224.07 = 11,203.50 pledged; (70 + 40) × 224.07 / 3 = 8,215.90 expected.
    expect(str(line.value.pledged)).toBe('11203.5');
    expect(str(line.value.expected)).toBe('8215.9');
    expect(str(line.value.delivered)).toBe('6722.1');
    expect(str(line.value.shortfallToDate)).toBe('1493.8');
    expect(str(line.value.shortfall)).toBe('4481.4');
    // Year 1 at 70: 5,228.30 expected; year 2 at 40: 8,962.80 / 3 = 2,987.60.
    expect(report.byFinancialYear.map((year) => year.year)).toEqual(['2024/25', '2025/26']);
    expect(str(report.byFinancialYear[0]!.expected)).toBe('5228.3');
    expect(str(report.byFinancialYear[0]!.delivered)).toBe('4481.4');
    expect(str(report.byFinancialYear[1]!.expected)).toBe('2987.6');
    expect(str(report.byFinancialYear[1]!.delivered)).toBe('2240.7');
  });

  it('keeps the history', () => {
    const line = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2026-03-31',
      variations,
    }).lines[0]!;
    expect(line.history.map((version) => [version.from, str(version.quantity)])).toEqual([
      ['2024-04-01', '70'],
      ['2025-04-01', '40'],
    ]);
    expect(line.history[1]!.reason).toBe('Fewer apprentices on site');
  });

  it('reports before the variation with the original pledge', () => {
    const line = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2025-03-31',
      variations,
    }).lines[0]!;
    expect(str(line.pledged)).toBe('70');
    expect(str(line.commitment)).toBe('70');
    expect(line.history).toHaveLength(1);
  });
});

describe('trackDelivery: a financial-year boundary', () => {
  // NT29, 1,095 volunteering hours over 1,095 days: one hour a day, £16.09 each. Report at
  // 2025-06-30: 365 days of 2024/25 and 91 of 2025/26 (30 + 31 + 30) have passed, 456 hours due.
  const pledges = valuePledges(seed004Framework, [{ measure: 'NT29', quantity: 1095 }]);
  const deliveries = [
    { measure: 'NT29', date: '2025-03-31', quantity: 300, verification: 'verified' as const },
    { measure: 'NT29', date: '2025-04-01', quantity: 50 },
  ];

  it('puts 31 March and 1 April in different years', () => {
    const report = trackDelivery(pledges, deliveries, { ...contract, asOf: '2025-06-30' });
    const [first, second] = report.byFinancialYear;
    expect([first!.year, first!.start, first!.end]).toEqual([
      '2024/25',
      '2024-04-01',
      '2025-03-31',
    ]);
    // 365 h × 16.09 = 5,872.85 expected; 300 × 16.09 = 4,827 delivered, verified.
    expect(str(first!.expected)).toBe('5872.85');
    expect(str(first!.delivered)).toBe('4827');
    expect(str(first!.verified)).toBe('4827');
    // 91 h × 16.09 = 1,464.19 expected; 50 × 16.09 = 804.50 delivered, claimed.
    expect(second!.year).toBe('2025/26');
    expect(str(second!.expected)).toBe('1464.19');
    expect(str(second!.delivered)).toBe('804.5');
    expect(str(second!.claimed)).toBe('804.5');
    // 804.50 / 1,464.19 to 34 significant digits.
    expect(str(second!.deliveryRatio)).toBe('0.5494505494505494505494505494505495');
    // 350 of 456: pace 0.767…, at risk.
    expect(report.lines[0]!.status).toBe('at-risk');
  });

  it('counts only verified deliveries when asked', () => {
    const report = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2025-06-30',
      count: 'verified',
    });
    // 300 of 456: pace 0.657…, behind.
    expect(report.lines[0]!.status).toBe('behind');
    expect(str(report.byFinancialYear[1]!.delivered)).toBe('0');
    expect(str(report.byFinancialYear[1]!.claimed)).toBe('804.5');
    // Both deliveries are the line's (its deliveryCount), the claimed 50 not in its quantity.
    expect([report.lines[0]!.deliveryCount, str(report.lines[0]!.delivered)]).toEqual([2, '300']);
  });

  it('uses calendar years when asked', () => {
    const report = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2025-06-30',
      financialYearStartMonth: 1,
    });
    // 2024: 1 April to 31 December, 275 days; 2025: to 30 June, 181 days.
    expect(report.byFinancialYear.map((year) => year.year)).toEqual(['2024', '2025']);
    expect(str(report.byFinancialYear[0]!.expected)).toBe('4424.75');
    expect(str(report.byFinancialYear[1]!.expected)).toBe('2912.29');
    expect(str(report.byFinancialYear[1]!.delivered)).toBe('5631.5');
  });
});

describe('trackDelivery: profiles, thresholds and defaults', () => {
  const pledges = valuePledges(seed004Framework, [{ measure: 'NT1', quantity: 24 }]);
  const profile = [
    { from: '2024-04-01', to: '2025-03-31', share: '0.2' },
    { from: '2025-04-01', to: '2026-03-31', share: '0.3' },
    { from: '2026-04-01', to: '2027-03-31', share: '0.5' },
  ];

  it('follows a per-period profile', () => {
    // 20% of 24 = 4.8 by the end of year 1; 50% = 12 by the end of year 2.
    const year1 = trackDelivery(pledges, [], { ...contract, profile, asOf: '2025-03-31' });
    expect(str(year1.lines[0]!.expected)).toBe('4.8');
    const year2 = trackDelivery(pledges, [], { ...contract, profile, asOf: '2026-03-31' });
    expect(str(year2.lines[0]!.expected)).toBe('12');
  });

  it('follows a pledge given by year, unless a profile is given', () => {
    // 10, 20 and 30 FTE in contract years 1–3 (60 in all): 10 due after year 1, 30 after year 2.
    const byYear = valuePledges(seed004Framework, [{ measure: 'NT1', years: [10, 20, 30] }]);
    const at = (asOf: string, extra = {}) =>
      str(trackDelivery(byYear, [], { ...contract, asOf, ...extra }).lines[0]!.expected);
    expect(at('2025-03-31')).toBe('10');
    expect(at('2026-03-31')).toBe('30');
    expect(at('2025-03-31', { profile: 'linear' })).toBe('20');
    // The same by financial year label.
    const byLabel = valuePledges(seed004Framework, [
      { measure: 'NT1', years: { '2024/25': 10, '2025/26': 20, '2026/27': 30 } },
    ]);
    expect(
      str(trackDelivery(byLabel, [], { ...contract, asOf: '2026-03-31' }).lines[0]!.expected),
    ).toBe('30');
    const badLabel = valuePledges(seed004Framework, [{ measure: 'NT1', years: { Y1: 10 } }]);
    expectError(
      () => trackDelivery(badLabel, [], contract),
      'invalid-period',
      'valuation.lines[0].years[0].year',
    );
  });

  it("spreads a hand-made line's quantity by its years' shares (docs/monitoring.md)", () => {
    // Years of 4, 8 and 11 (23) on a pledge of 24: year 1 expects 24 × 4/23, not 4; a stored
    // line with `value` whose years do not add up is refused at its quantity.
    const line = { measure: 'NT1', theme: 'jobs', valueType: 'local-economic' as const };
    const years = [
      { year: '1', quantity: 4 },
      { year: '2', quantity: 8 },
      { year: '3', quantity: 11 },
    ];
    const byHand = { lines: [{ ...line, quantity: 24, proxyValue: 1, years }] };
    const expected = trackDelivery(byHand, [], { ...contract, asOf: '2025-03-31' }).lines[0]!;
    expect(str(expected.expected)).toBe('4.173913043478260869565217391304348');
    // After two years 24 × 4/23 + 24 × 8/23 = 288/23 = 12.521739130434782608695652173913043…,
    // rounded once to 34 digits (the years' rounded figures would add up to …913044).
    const twoYears = trackDelivery(byHand, [], { ...contract, asOf: '2026-03-31' }).lines[0]!;
    expect(str(twoYears.expected)).toBe('12.52173913043478260869565217391304');
    const valued = { lines: [{ ...line, quantity: 24, proxyValue: 1, value: 24, years }] };
    expectError(
      () => trackDelivery(valued, [], contract),
      'invalid-input',
      'valuation.lines[0].quantity',
    );
  });

  it("gives a line's value the line's own quantity ratios, however little is expected (docs/monitoring.md)", () => {
    // 0.012 pledged at £0.86 over 2025 (365 days), 1 delivered on day 1: 0.012/365 expected,
    // worth under a penny, yet the value's ratios are the quantity ratios, as the unit value
    // cancels: 1 ÷ (0.012/365) = 30416.67 (34 digits), 1 ÷ 0.012 = 83.33. A proxy of 0 values
    // nothing: its value has no ratios, its quantities still do.
    const report = trackDelivery(
      {
        lines: [
          {
            measure: 'A',
            theme: 'jobs',
            valueType: 'social',
            quantity: '0.012',
            proxyValue: '0.86',
          },
          { measure: 'B', theme: 'jobs', valueType: 'social', quantity: '0.012', proxyValue: 0 },
        ],
      },
      [
        { measure: 'A', date: '2025-01-01', quantity: 1 },
        { measure: 'B', date: '2025-01-01', quantity: 1 },
      ],
      { start: '2025-01-01', end: '2025-12-31', asOf: '2025-01-01' },
    );
    const [a, b] = report.lines;
    expect(a!.value.expected.abs().lt('0.01')).toBe(true);
    expect(str(a!.deliveryRatio)).toBe('30416.66666666666666666666666666667');
    expect(str(a!.value.deliveryRatio)).toBe('30416.66666666666666666666666666667');
    expect(str(a!.progressRatio)).toBe('83.33333333333333333333333333333333');
    expect(str(a!.value.progressRatio)).toBe('83.33333333333333333333333333333333');
    expect(str(b!.deliveryRatio)).toBe('30416.66666666666666666666666666667');
    expect(b!.value.deliveryRatio).toBeNull();
    expect(b!.value.progressRatio).toBeNull();
    // The totals divide values: under a penny expected, no ratio.
    expect(report.totals.deliveryRatio).toBeNull();
  });

  it('takes thresholds from the options', () => {
    const deliveries = [{ measure: 'NT1', date: '2025-03-31', quantity: 7 }];
    // 7 of 8: pace 0.875, at risk by default (below 0.9), on track from 0.85.
    const base = trackDelivery(pledges, deliveries, { ...contract, asOf: '2025-03-31' });
    expect(base.lines[0]!.status).toBe('at-risk');
    const lenient = trackDelivery(pledges, deliveries, {
      ...contract,
      asOf: '2025-03-31',
      thresholds: { onTrackRatio: '0.85' },
    });
    expect(lenient.lines[0]!.status).toBe('on-track');
  });

  it('expects every pledge in full without a contract period', () => {
    const report = trackDelivery(pledges, [{ measure: 'NT1', date: '2025-03-31', quantity: 30 }]);
    expect(report.asOf).toBe('2025-03-31');
    expect(str(report.lines[0]!.expected)).toBe('24');
    expect(report.lines[0]!.status).toBe('over-delivered');
  });

  it('reports at the contract end by default, complete when the pledge is met', () => {
    const report = trackDelivery(pledges, [{ measure: 'NT1', date: '2026-01-01', quantity: 24 }], {
      ...contract,
    });
    expect(report.asOf).toBe('2027-03-31');
    expect(report.lines[0]!.status).toBe('complete');
  });

  it('reads a delivery against one of two lines of the same measure', () => {
    const two = valuePledges(seed004Framework, [
      { measure: 'NT1', quantity: 10, tags: { site: 'north' } },
      { measure: 'NT1', quantity: 14, tags: { site: 'south' } },
    ]);
    const report = trackDelivery(
      two,
      [{ measure: 'NT1', line: 1, date: '2025-01-01', quantity: 5 }],
      {
        ...contract,
        asOf: '2025-03-31',
      },
    );
    expect(report.lines.map((line) => str(line.delivered))).toEqual(['0', '5']);
  });
});

describe('trackDelivery: bad input', () => {
  const pledges = valuePledges(seed004Framework, [
    { measure: 'NT1', quantity: 24 },
    { measure: 'NT29', quantity: 32 },
  ]);
  const ok = { measure: 'NT1', date: '2025-01-01', quantity: 1 };

  it('rejects deliveries outside the contract', () => {
    expectError(
      () => trackDelivery(pledges, [ok, { ...ok, date: '2024-03-31' }], contract),
      'date-out-of-range',
      'deliveries[1].date',
    );
    expectError(
      () => trackDelivery(pledges, [{ ...ok, date: '2027-04-01' }], contract),
      'date-out-of-range',
      'deliveries[0].date',
    );
  });

  it('rejects negative quantities', () => {
    expectError(
      () => trackDelivery(pledges, [{ ...ok, quantity: -2 }], contract),
      'invalid-input',
      'deliveries[0].quantity',
    );
  });

  it('takes a contract value of at least a penny, as valuePledges does, so reports read back', () => {
    // 999,999,999,999,999 × £999,999,999,999,999 over £1e-40 was social value added of 1e70: a
    // report revive, summarisePortfolio and socialValueBudget then refused to read back.
    const tiny = `0.${'0'.repeat(39)}1`;
    const big = {
      measure: 'NT29',
      theme: 'social',
      valueType: 'social' as const,
      quantity: '999999999999999',
      proxyValue: '999999999999999',
    };
    for (const contractValue of [tiny, '0.009']) {
      const error = caught(() =>
        trackDelivery({ lines: [big] }, [], { ...contract, contractValue }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        ['options.contractValue', `expected a number at least 0.01, received "${contractValue}"`],
      ]);
      expectError(
        () => trackDelivery({ lines: [big], contractValue }, [], contract),
        'invalid-input',
        'valuation.contractValue',
      );
      const report = trackDelivery({ lines: [big] }, [], contract);
      expectError(
        () => summarisePortfolio([{ id: 'A', report, contractValue }]),
        'invalid-input',
        'contracts[0].contractValue',
      );
    }
    // A penny is the least: the ratio (about 1e32) is stored and read back.
    const penny = trackDelivery({ lines: [big] }, [], { ...contract, contractValue: '0.01' });
    expect(str(penny.socialValueAdded?.pledged.combinedRatio)).toBe(
      '9.99999999999998000000000000001e+31',
    );
    const stored = JSON.parse(JSON.stringify(penny));
    expect(str(summarisePortfolio([{ id: 'A', report: stored }]).totals.pledged)).toBe(
      str(penny.totals.pledged),
    );
  });

  it('names the line that already has an index, even one taken from its position', () => {
    // Line 1 gives no index, so its index is its position, 1: the index line 0 gives.
    const line = {
      measure: 'NT1',
      theme: 'jobs',
      valueType: 'social' as const,
      quantity: 1,
      proxyValue: 1,
    };
    const error = caught(() =>
      trackDelivery({ lines: [{ ...line, index: 1 }, line] }, [], contract),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'valuation.lines[1].index',
        'expected a unique line index, received 1, which lines[0] has too (a line without an index has its position)',
      ],
    ]);
  });

  it('rejects a report date before the start', () => {
    expectError(
      () => trackDelivery(pledges, [ok], { ...contract, asOf: '2024-03-01' }),
      'date-out-of-range',
      'options.asOf',
    );
  });

  it('reports unknown measures, with suggestions', () => {
    expectError(
      () => trackDelivery(pledges, [ok, { ...ok, measure: 'NT99' }], contract),
      'unknown-measure',
      'deliveries[1].measure',
    );
    try {
      trackDelivery(pledges, [{ ...ok, measure: 'NT2' }], {
        ...contract,
        framework: seed004Framework,
      });
    } catch (error) {
      expect((error as { details: { suggestions: string[] } }).details.suggestions).toContain(
        'NT1',
      );
    }
  });

  it('rejects an unpledged measure without a proxy', () => {
    expectError(
      () =>
        trackDelivery(pledges, [{ ...ok, measure: 'NT13' }], {
          ...contract,
          framework: seed004Framework,
        }),
      'missing-proxy',
      'deliveries[0].measure',
    );
  });

  it('rejects a hand-made framework whose measure names a theme it does not have', () => {
    // NT8's theme misspelt "socail": its delivery nobody pledged would be reported under a theme
    // the framework does not have, as defineFramework would refuse it.
    const framework = {
      themes: [
        { id: 'jobs', name: 'Jobs' },
        { id: 'social', name: 'Social' },
      ],
      measures: [
        { code: 'NT8', theme: 'socail', proxyValue: '16.09', valueType: 'social' as const },
      ],
    };
    const error = caught(() =>
      trackDelivery(pledges, [{ ...ok, measure: 'NT8' }], { ...contract, framework }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toMatchObject([
      {
        path: 'options.framework.measures[0].theme',
        message: 'expected a theme of the framework (did you mean "social"?), received "socail"',
      },
    ]);
    // Without themes there is nothing to check against: the measure's theme is taken as given.
    const { themes: _, ...bare } = framework;
    const report = trackDelivery(pledges, [{ ...ok, measure: 'NT8' }], {
      ...contract,
      framework: bare,
    });
    expect(report.unpledged[0]!.theme).toBe('socail');
  });

  it('rejects bad variations', () => {
    expectError(
      () =>
        trackDelivery(pledges, [], {
          ...contract,
          variations: [{ measure: 'NT1', date: '2028-01-01', quantity: 1 }],
        }),
      'date-out-of-range',
      'options.variations[0].date',
    );
    expectError(
      () =>
        trackDelivery(pledges, [], {
          ...contract,
          variations: [{ measure: 'NT10', date: '2025-01-01', quantity: 1 }],
        }),
      'unknown-measure',
      'options.variations[0].measure',
    );
    // A slip is named, as for a delivery (the message had neither quotes nor a suggestion).
    const slip = caught(() =>
      trackDelivery(pledges, [], {
        ...contract,
        variations: [{ measure: 'NT92', date: '2025-01-01', quantity: 1 }],
      }),
    );
    expect(slip.message).toBe(
      'No pledge of "NT92" to vary (did you mean "NT29"?).\n  - options.variations[0].measure: expected the measure of a pledge line (or newPledge, to add a measure), received "NT92" (did you mean "NT29"?)',
    );
    expect(slip.details).toEqual({ measure: 'NT92', suggestions: ['NT29'] });
    const line = caught(() =>
      trackDelivery(pledges, [{ ...ok, measure: 'NT29', line: 0 }], contract),
    );
    expect(line.message).toBe(
      'Invalid delivery tracking input: pledge line 0 is not a pledge of "NT29".\n  - deliveries[0].line: expected a line pledging "NT29", received line 0 ("NT1")',
    );
  });

  it('suggests each measure once when it is both pledged and in the framework', () => {
    // NT1 and NT29 are pledged and in seed 004's framework too; NT8 is only in the framework.
    // "NT9" is one slip from NT1, NT29 and NT8 (and from nothing else): each named once, in
    // code-unit order, where NT1 used to be named twice and NT8 left out.
    const error = caught(() =>
      trackDelivery(valuation, [{ measure: 'NT9', date: '2024-06-01', quantity: 1 }], {
        ...contract,
        framework: seed004Framework,
      }),
    );
    expect(error.code).toBe('unknown-measure');
    expect(error.details).toMatchObject({ suggestions: ['NT1', 'NT29', 'NT8'] });
    expect(error.message).toContain('(did you mean "NT1", "NT29" or "NT8"?)');
    // A slip of case: "nt29" is not NT29 (codes compare exactly), suggested once.
    const cased = caught(() =>
      trackDelivery(valuation, [{ measure: 'nt29', date: '2024-06-01', quantity: 1 }], {
        ...contract,
        framework: seed004Framework,
      }),
    );
    expect(cased.message).toContain('(did you mean "NT29"?)');
  });

  it('asks which line when a measure is pledged twice', () => {
    const two = valuePledges(seed004Framework, [
      { measure: 'NT1', quantity: 10 },
      { measure: 'NT1', quantity: 14 },
    ]);
    expectError(() => trackDelivery(two, [ok], contract), 'invalid-input', 'deliveries[0].line');
    expectError(
      () => trackDelivery(two, [{ ...ok, measure: 'NT29', line: 0 }], contract),
      'invalid-input',
      'deliveries[0].line',
    );
  });

  it('rejects a bad contract period or profile', () => {
    expectError(
      () => trackDelivery(pledges, [], { start: '2025-01-01', end: '2024-01-01' }),
      'invalid-period',
      'options.end',
    );
    expectError(
      () => trackDelivery(pledges, [], { start: '2025-01-01' }),
      'invalid-input',
      'options.end',
    );
    expectError(
      () =>
        trackDelivery(pledges, [], {
          ...contract,
          profile: [{ from: '2024-04-01', to: '2025-03-31', share: '0.5' }],
        }),
      'invalid-period',
      'options.profile',
    );
    expectError(
      () =>
        trackDelivery(pledges, [], {
          ...contract,
          profile: [
            { from: '2024-04-01', to: '2025-12-31', share: '0.5' },
            { from: '2025-04-01', to: '2027-03-31', share: '0.5' },
          ],
        }),
      'invalid-period',
      'options.profile[1].from',
    );
  });

  it('names both forms of a profile, and the one meant when a word is misspelt', () => {
    const profileMessage = (profile: unknown) => {
      try {
        trackDelivery(pledges, [], { ...contract, profile: profile as 'linear' });
      } catch (error) {
        return (error as SocialValueError).issues.map((issue) => `${issue.path}: ${issue.message}`);
      }
      return [];
    };
    expect(profileMessage('linaer')).toEqual([
      'options.profile: expected "linear" or a list of periods ({ from, to, share }), received "linaer" (did you mean "linear"?)',
    ]);
    expect(profileMessage(5)).toEqual([
      'options.profile: expected "linear" or a list of periods ({ from, to, share }), received 5',
    ]);
    expect(profileMessage([])).toEqual(['options.profile: expected at least 1 entry, received []']);
  });

  it('rejects thresholds out of order', () => {
    expectError(
      () =>
        trackDelivery(pledges, [], {
          ...contract,
          thresholds: { onTrackRatio: '0.6', atRiskRatio: '0.7' },
        }),
      'invalid-input',
      'options.thresholds.atRiskRatio',
    );
  });
});

describe('trackDelivery: figures against less than a penny', () => {
  // A pledge of 1e-40 of a measure worth 1e-40 (1e-80 pledged and expected by the end), and
  // 999999999999999 delivered of a measure worth 999999999999999 pledged at 0: by hand
  // (10^15 − 1)² = 999999999999998000000000000001 delivered in all. Delivered ÷ expected was near
  // 1e110, past the 1e60 figures revive reads: the report could not be stored. Value ratios
  // over less than a penny are null now, as over nothing.
  const big = '999999999999999';
  const report = trackDelivery(
    {
      lines: [
        {
          measure: 'NT29',
          theme: 'social',
          valueType: 'social',
          quantity: '1e-40',
          proxyValue: '1e-40',
        },
        { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 0, proxyValue: big },
      ],
    },
    [{ measure: 'NT1', date: '2025-10-01', quantity: big }],
    { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );

  it('has no delivery or progress ratio, and revives', () => {
    expect(str(report.totals.delivered)).toBe('999999999999998000000000000001');
    expect(str(report.totals.expected)).toBe('1e-80');
    expect(report.totals.deliveryRatio).toBeNull();
    expect(report.totals.progressRatio).toBeNull();
    expect(report.byFinancialYear[0]?.deliveryRatio).toBeNull();
    const json = JSON.stringify(report);
    expect(JSON.stringify(revive(JSON.parse(json), 'delivery-report'))).toBe(json);
    const portfolio = summarisePortfolio([{ id: 'C', report }]);
    expect(portfolio.totals.deliveryRatio).toBeNull();
    const stored = JSON.stringify(portfolio);
    expect(JSON.stringify(revive(JSON.parse(stored), 'portfolio-summary'))).toBe(stored);
  });
});

describe('trackDelivery: a quantity ratio past 1e60', () => {
  // 1e-40 pledged over a contract from 2025-04-01 to 9999-03-31 (2,912,443 days, both ends
  // counted: 7,974 years of 365 days and 1,933 leap days), a day in (2 days elapsed), with
  // 999999999999999 delivered. By hand: expected = 1e-40 × 2 ÷ 2912443, so delivered ÷ expected =
  // 999999999999999 × 2912443 ÷ 2 × 1e40 = 1456221499999998543778.5e40 (exact in 34 digits), and
  // delivered ÷ commitment = 999999999999999e40. A quantity ratio, with no penny rule: it stays,
  // and revive reads ratios below 1e180 (it refused anything past 1e60 before).
  const report = trackDelivery(
    {
      lines: [
        {
          measure: 'NT29',
          theme: 'social',
          valueType: 'social',
          quantity: '1e-40',
          proxyValue: '1e-40',
        },
      ],
    },
    [{ measure: 'NT29', date: '2025-04-01', quantity: '999999999999999' }],
    { start: '2025-04-01', end: '9999-03-31', asOf: '2025-04-02' },
  );

  it('keeps the ratio exact, and revives', () => {
    const line = report.lines[0]!;
    expect(str(line.deliveryRatio!)).toBe('1.4562214999999985437785e+61');
    expect(str(line.value.deliveryRatio!)).toBe('1.4562214999999985437785e+61');
    expect(str(line.progressRatio!)).toBe('9.99999999999999e+54');
    expect(line.status).toBe('over-delivered');
    const json = JSON.stringify(report);
    expect(JSON.stringify(revive(JSON.parse(json), 'delivery-report'))).toBe(json);
    const portfolio = summarisePortfolio([{ id: 'C', report }]);
    const stored = JSON.stringify(portfolio);
    expect(JSON.stringify(revive(JSON.parse(stored), 'portfolio-summary'))).toBe(stored);
  });

  it('reads ratios below 1e180 (checked against the line), and refuses 1e180 at its path', () => {
    const json = JSON.parse(JSON.stringify(report));
    json.lines[0].deliveryRatio = '-9.99e179';
    // A ratio of the shape, but not the line's own: refused as a contradiction.
    const contradiction = caught(() => revive(json, 'delivery-report'));
    expect(contradiction.code).toBe('invalid-input');
    expect(contradiction.issues).toMatchObject([
      {
        path: 'json.lines[0].deliveryRatio',
        message:
          'expected "1.4562214999999985437785e+61" (from its own figures), received "-9.99e+179"',
      },
    ]);
    json.lines[0].deliveryRatio = '1e180';
    const error = caught(() => revive(json, 'delivery-report'));
    expect(error.code).toBe('out-of-range');
    expect(error.issues[0]).toMatchObject({
      path: 'json.lines[0].deliveryRatio',
      message: 'expected a ratio below 1e180 in magnitude, received "1e180"',
    });
  });
});

describe('trackDelivery: a contract period written as OCDS writes it', () => {
  it('names start and end for contractPeriod, which no edit distance reaches', () => {
    const ocds = { asOf: '2025-03-31', contractPeriod: { startDate: '2024-04-01' } };
    const error = caught(() => trackDelivery(valuation, [], ocds as never));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['options.contractPeriod', 'unknown key (did you mean "start" and "end"?)'],
    ]);
  });
});

describe('trackDelivery and benchmarkSocialValueAdded: a key misspelt for the one expected', () => {
  it('is named at its own path with the key meant', () => {
    // `{ lnies: [] }` was refused as not a valuation at all ("received {"lnies":[]}"), with no
    // word of the slip, where `{ lines: [], totl: 0 }` gets "unknown key (did you mean …)".
    const issues = (run: () => unknown) =>
      caught(run).issues.map((issue) => [issue.path, issue.message]);
    expect(issues(() => trackDelivery({ lnies: [] } as never, [], { asOf: '2025-01-01' }))).toEqual(
      [['valuation.lnies', 'unknown key (did you mean "lines"?)']],
    );
    expect(
      issues(() =>
        trackDelivery({ lines: [] }, [], {
          asOf: '2025-01-01',
          framework: { measure: [] } as never,
        }),
      ),
    ).toEqual([['options.framework.measure', 'unknown key (did you mean "measures"?)']]);
    expect(
      issues(() =>
        benchmarkSocialValueAdded('0.1', {
          benchmark: {
            id: 'x',
            name: 'X',
            source: 'us',
            effective: 'now',
            valuetypes: {},
          } as never,
        }),
      ),
    ).toEqual([['options.benchmark.valuetypes', 'unknown key (did you mean "valueTypes"?)']]);
  });
});

// Pin from mutation testing (4 December 2026): the counts of a report's summary, made inside the
// test so that Stryker's per-test coverage sees the code that writes it.
describe('trackDelivery: the counts of the summary', () => {
  it('counts pledges on track or better, and disbenefits beyond their estimate, apart', () => {
    // Seven lines at £1 a unit over 2025-04-01 to 2026-03-31, reported at the end (all due):
    // benefits A 100 of 100 (complete), B 20 of 10 (over-delivered), C 5 of 10 (behind), F 95 of
    // 100 (on track): 3 of 4 on track or better. Disbenefits D 20 of 10 and E 15 of 10 (beyond
    // their estimate), G 5 of 10 (not): 2. Delivered 220 − 40 = £180 net of £190 expected
    // (220 − 30): 94.7%.
    const pledge = (measure: string, quantity: number, effect?: 'disbenefit') => ({
      measure,
      theme: 'social',
      valueType: 'social' as const,
      quantity,
      proxyValue: 1,
      ...(effect === undefined ? {} : { effect }),
    });
    const delivered = { A: 100, B: 20, C: 5, F: 95, D: 20, E: 15, G: 5 };
    const report = trackDelivery(
      {
        lines: [
          pledge('A', 100),
          pledge('B', 10),
          pledge('C', 10),
          pledge('F', 100),
          pledge('D', 10, 'disbenefit'),
          pledge('E', 10, 'disbenefit'),
          pledge('G', 10, 'disbenefit'),
        ],
      },
      Object.entries(delivered).map(([measure, quantity]) => ({
        measure,
        date: '2025-12-31',
        quantity,
      })),
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    expect(report.lines.map((line) => line.status)).toEqual([
      'complete',
      'over-delivered',
      'behind',
      'on-track',
      'over-delivered',
      'over-delivered',
      'behind',
    ]);
    expect(report.summary).toBe(
      'By 2026-03-31: £180.00 delivered (net of £40.00 of disbenefit) of £190.00 expected (94.7%), against £190.00 pledged over the contract; 3 of 4 pledges on track or better; 2 disbenefits recorded beyond their estimate.',
    );
  });

  it('refuses a stored line with no pledge in its history, at its history', () => {
    // 10 units at £1 over the year, nothing delivered; the line's history emptied when stored.
    const report = trackDelivery(
      {
        lines: [
          { measure: 'A', theme: 'social', valueType: 'social', quantity: 10, proxyValue: 1 },
        ],
      },
      [],
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    const json = JSON.parse(JSON.stringify(report));
    json.lines[0].history = [];
    const issues = caught(() => revive(json)).issues;
    expect(issues[0]).toMatchObject({
      path: 'json.lines[0].history',
      message: 'expected at least one pledge, received none',
    });
  });
});

describe('trackDelivery: the summary of many pledges', () => {
  it('groups the count on track in thousands, as it groups the pledges', () => {
    // 1,200 pledges of NT1, each of 3 and each delivered in full by the report date: all on
    // track or better.
    const many = valuePledges(
      seed004Framework,
      Array.from({ length: 1200 }, () => ({ measure: 'NT1', quantity: 3 })),
    );
    const report = trackDelivery(
      many,
      Array.from({ length: 1200 }, (_, line) => ({
        measure: 'NT1',
        line,
        date: '2024-06-30',
        quantity: 3,
      })),
      { ...contract, asOf: '2025-03-31', framework: seed004Framework },
    );
    expect(report.summary).toMatch(/; 1,200 of 1,200 pledges on track or better/);
  });
});
