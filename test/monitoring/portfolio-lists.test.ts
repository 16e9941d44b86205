import { describe, expect, it } from 'vitest';
import { revive, summarisePortfolio, trackDelivery } from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { edited } from '../snapshot-edits.js';

// The order of a portfolio's largest shortfalls and follow-ups, and how a stored summary's lists
// are checked, worked out by hand. Each result is built inside its test. Measures M1 and M2 are
// £10 a unit.

type Json = Record<string, unknown>;

const measure = (code: string, quantity: number, followUpOn?: string) => ({
  measure: code,
  theme: 'social',
  valueType: 'social' as const,
  quantity,
  proxyValue: '10',
  ...(followUpOn === undefined ? {} : { followUpOn }),
});
const oneYear = { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' };

/** The issues (path, message) of reading `json` back. */
function refused(json: unknown): [string, string][] {
  const error = caught(() => revive(json));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => [issue.path, issue.message]);
}

/** The JSON of `result` with the entries of list `key` at 0 and 1 swapped. */
function swapped(result: unknown, key: string): Json {
  const json = JSON.parse(JSON.stringify(result));
  const list = json[key] as unknown[];
  [list[0], list[1]] = [list[1], list[0]];
  return json;
}

/**
 * One contract ("Depot") of two lines alike, M1 and M2, 100 units each (£1,000) over one year,
 * nothing delivered by its end: each is short £1,000 to date and in all, and both are due for
 * follow-up on the report date, 2026-03-31 (due: on or before it).
 */
function twoLinesAlike() {
  const report = trackDelivery(
    { lines: [measure('M1', 100, '2026-03-31'), measure('M2', 100, '2026-03-31')] },
    [],
    oneYear,
  );
  return summarisePortfolio([{ id: 'D', name: 'Depot', report }]);
}

describe("a portfolio's largest shortfalls", () => {
  it('come largest shortfall to date first, then largest shortfall, then contract', () => {
    // A: 200 units (£2,000) over two years, 2025-04-01 to 2027-03-31 (730 days), reported after
    // the first (365 days): half due, 100 units (£1,000); 70 delivered (£700): short £300 to
    // date, £1,300 in all. B: 100 units (£1,000) over one year, 40 delivered (£400): short £600
    // to date and in all. B is further behind its profile, so first, though A is short more in
    // all and comes first by id.
    const a = trackDelivery(
      { lines: [measure('M1', 200)] },
      [{ measure: 'M1', date: '2025-06-30', quantity: 70 }],
      { start: '2025-04-01', end: '2027-03-31', asOf: '2026-03-31' },
    );
    const b = trackDelivery(
      { lines: [{ ...measure('M1', 100), title: 'Hours volunteered' }] },
      [{ measure: 'M1', date: '2025-06-30', quantity: 40 }],
      oneYear,
    );
    const summary = summarisePortfolio([
      { id: 'A', report: a },
      { id: 'B', report: b },
    ]);
    expect(
      summary.largestShortfalls.map((entry) => [
        entry.contract,
        entry.shortfallToDate.toString(),
        entry.shortfall.toString(),
      ]),
    ).toEqual([
      ['B', '600', '600'],
      ['A', '300', '1300'],
    ]);
    // Each with its line's title when it has one.
    expect(summary.largestShortfalls.map((entry) => entry.title)).toEqual([
      'Hours volunteered',
      undefined,
    ]);
    // With only one listed, it is B's.
    const top = summarisePortfolio(
      [
        { id: 'A', report: a },
        { id: 'B', report: b },
      ],
      { top: 1 },
    );
    expect(top.largestShortfalls.map((entry) => entry.contract)).toEqual(['B']);
  });

  it('of one contract and equal shortfalls come in line order, and are refused stored in another', () => {
    const summary = twoLinesAlike();
    expect(
      summary.largestShortfalls.map((entry) => [entry.line, entry.shortfallToDate.toString()]),
    ).toEqual([
      [0, '1000'],
      [1, '1000'],
    ]);
    // Stored line 1 first: each entry differs from the writer's at its line and measure.
    expect(refused(swapped(summary, 'largestShortfalls'))).toEqual([
      ['json.largestShortfalls[0].line', 'expected 0 (from its own figures), received 1'],
      ['json.largestShortfalls[0].measure', 'expected "M1" (from its own figures), received "M2"'],
      ['json.largestShortfalls[1].line', 'expected 1 (from its own figures), received 0'],
      ['json.largestShortfalls[1].measure', 'expected "M2" (from its own figures), received "M1"'],
    ]);
  });
});

describe("a portfolio's follow-ups", () => {
  it('include one due on the report date, read back, and of one contract and date come in line order', () => {
    const summary = twoLinesAlike();
    expect(
      summary.followUps.map((entry) => [entry.contract, entry.line, entry.followUpOn]),
    ).toEqual([
      ['D', 0, '2026-03-31'],
      ['D', 1, '2026-03-31'],
    ]);
    // Due on the report date itself: on or before it, so it reads back.
    const back = revive(JSON.parse(JSON.stringify(summary)), 'portfolio-summary');
    expectSame(back, summary);
    // Stored line 1 first: each entry differs at its line, measure and reason.
    const issues = refused(swapped(summary, 'followUps'));
    expect(issues.map(([path]) => path)).toEqual([
      'json.followUps[0].line',
      'json.followUps[0].measure',
      'json.followUps[0].reason',
      'json.followUps[1].line',
      'json.followUps[1].measure',
      'json.followUps[1].reason',
    ]);
    expect(issues[0]![1]).toBe('expected 0 (from its own figures), received 1');
    expect(issues[2]![1]).toBe(
      'expected "The tender pledge of M1 on line 0 was due for follow-up on 2026-03-31: 0 of 100 delivered (not-started); no barriers recorded." (from its own figures), received "The tender pledge of M2 on line 1 was due for follow-up on 2026-03-31: 0 of 100 delivered (not-started); no barriers recorded."',
    );
  });

  it('out of order with an entry wrong are refused at that entry only', () => {
    // The order is checked only once every entry is one the writer lists: here the first entry
    // (line 1's, swapped in) is named other than its contract is.
    const json = edited(
      swapped(twoLinesAlike(), 'followUps'),
      ['followUps', 0, 'contractName'],
      'Dépôt',
    );
    expect(refused(json)).toEqual([
      [
        'json.followUps[0].contractName',
        'expected "Depot" (from its own figures), received "Dépôt"',
      ],
    ]);
  });
});

describe("a portfolio's bases, contract values, years and errors", () => {
  /** 10 units of M1 (£100) over one financial year, all delivered, in `framework`'s terms. */
  const made = (
    framework: { id: string; edition?: string; priceYear?: number } | undefined,
    start = '2025-04-01',
    end = '2026-03-31',
  ) =>
    trackDelivery(
      { ...(framework === undefined ? {} : { framework }), lines: [measure('M1', 10)] },
      [{ measure: 'M1', date: start, quantity: 10 }],
      { start, end, asOf: end },
    );

  it('names an edition without a price year and a price year without an edition; compares no others', () => {
    const summary = summarisePortfolio([
      { id: 'P', report: made({ id: 'f', edition: '2024' }) },
      { id: 'Q', report: made({ id: 'f', priceYear: 2022 }) },
      { id: 'R', report: made(undefined) },
    ]);
    expect(summary.warnings).toEqual([
      {
        code: 'mixed-editions',
        severity: 'warning',
        message:
          'The totals add reports made with more than one framework edition: edition 2024 for P; edition not given (2022 prices) for Q. Re-index them to one price year before comparing totals.',
        contracts: ['P', 'Q'],
      },
    ]);
    // A report of no edition or price year beside one of an edition: nothing to compare.
    const one = summarisePortfolio([
      { id: 'P', report: made({ id: 'f', edition: '2024' }) },
      { id: 'R', report: made(undefined) },
    ]);
    expect(one.warnings).toEqual([]);
  });

  it("takes a contract value given over its report's", () => {
    // Valued with a contract value of £1,000 (£100 delivered: 0.1), summed with one of £500:
    // 100 ÷ 500 = 0.2, pledged and delivered, all of it social.
    const report = trackDelivery(
      { contractValue: 1000, lines: [measure('M1', 10)] },
      [{ measure: 'M1', date: '2025-04-01', quantity: 10 }],
      oneYear,
    );
    expect(report.socialValueAdded?.delivered.combinedRatio.toString()).toBe('0.1');
    const summary = summarisePortfolio([{ id: 'A', report, contractValue: 500 }]);
    const added = summary.contracts[0]!.socialValueAdded;
    expect(added?.contractValue.toString()).toBe('500');
    expect(added?.delivered.socialRatio.toString()).toBe('0.2');
    expect(added?.pledged.combinedRatio.toString()).toBe('0.2');
    expect(summary.socialValueAdded?.delivered.combinedRatio.toString()).toBe('0.2');
  });

  it('lists financial years by date whatever the order of the contracts’ ids', () => {
    // A ran in 2025/26, B in 2024/25: 2024/25 comes first.
    const summary = summarisePortfolio([
      { id: 'A', report: made(undefined) },
      { id: 'B', report: made(undefined, '2024-04-01', '2025-03-31') },
    ]);
    expect(summary.byFinancialYear.map((year) => year.year)).toEqual(['2024/25', '2025/26']);
  });

  it('lists groups of the same report in the order of their first ids', () => {
    // A, C and D have the same figures and date (so are compared as text), A with a tag of its
    // own; C and D are the same report, as are B and E (other figures): B and E come first.
    const tagged = trackDelivery(
      { lines: [{ ...measure('M1', 10), tags: { x: '1' } }] },
      [{ measure: 'M1', date: '2025-04-01', quantity: 10 }],
      oneYear,
    );
    const other = trackDelivery(
      { lines: [measure('M1', 20)] },
      [{ measure: 'M1', date: '2025-04-01', quantity: 10 }],
      oneYear,
    );
    const summary = summarisePortfolio([
      { id: 'A', report: tagged },
      { id: 'B', report: other },
      { id: 'C', report: made(undefined) },
      { id: 'D', report: made(undefined) },
      { id: 'E', report: other },
    ]);
    expect(summary.warnings.map((warning) => warning.message)).toEqual([
      'Some contracts have the same delivery report, figure for figure, and the totals add it once for each: B and E; C and D. Check that they are different contracts, not one report saved twice, before comparing totals.',
    ]);
  });

  it('refuses reports of other financial years, and a tag value spelt two ways, in words', () => {
    const calendar = made(undefined, '2025-01-01', '2025-12-31');
    const january = trackDelivery({ lines: [measure('M1', 10)] }, [], {
      start: '2025-01-01',
      end: '2025-12-31',
      asOf: '2025-12-31',
      financialYearStartMonth: 1,
    });
    const years = caught(() =>
      summarisePortfolio([
        { id: 'A', report: calendar },
        { id: 'B', report: january },
      ]),
    );
    expect(years.message.split('\n')[0]).toBe(
      'Invalid portfolio: the reports use different financial years.',
    );
    expect(years.issues[0]?.message).toBe(
      'expected financial years starting in month 4, received 1',
    );
    const spelt = caught(() =>
      summarisePortfolio([
        { id: 'A', tags: { department: 'Housing' }, report: calendar },
        { id: 'B', tags: { department: 'housing' }, report: calendar },
      ]),
    );
    expect(spelt.message.split('\n')[0]).toBe('Invalid portfolio: 1 problem.');
    // Contracts and options the schemas refuse, named the same way.
    const noReport = caught(() => summarisePortfolio([{ id: 'A' } as never]));
    expect(noReport.message.split('\n')[0]).toBe('Invalid portfolio: 1 problem.');
    const top = caught(() => summarisePortfolio([], { top: -1 }));
    expect(top.message.split('\n')[0]).toBe('Invalid portfolio options: 1 problem.');
    expect(spelt.issues[0]?.path).toBe('contracts[1].tags.department');
  });
});
