import { beforeEach, describe, expect, it } from 'vitest';
import { divide } from '../../src/core/numeric-domain.js';
import {
  type Delivery,
  type PortfolioContract,
  type PortfolioSummary,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectError, str } from './helpers.js';
import { seed004Framework } from './seed-004.js';

// Three contracts, each 2024-04-01 to 2027-03-31, reported at 2025-03-31 (a third of a linear
// profile due), with seed 004's proxies. Pledged values:
//   A: NT1 6 FTE × 30,782 = 184,692; NT29 30 h × 16.09 = 482.70
//   B: NT18 £300,000 × 0.963812 = 289,143.60; NT10 30 weeks × 224.07 = 6,722.10
//   C: NT32 30,000 miles × 0.02223 = 666.90 (no contract value given)
const options = {
  start: '2024-04-01',
  end: '2027-03-31',
  asOf: '2025-03-31',
  framework: seed004Framework,
};
const track = (
  pledges: Parameters<typeof valuePledges>[1],
  deliveries: Delivery[],
  contractValue?: number,
) =>
  trackDelivery(
    valuePledges(seed004Framework, pledges, contractValue === undefined ? {} : { contractValue }),
    deliveries,
    options,
  );
const date = '2025-01-15';
const portfolio = (): PortfolioContract[] => [
  {
    id: 'C',
    name: 'Leisure centres',
    tags: { department: 'Housing' },
    report: track(
      [{ measure: 'NT32', quantity: 30000 }],
      [
        { measure: 'NT32', date, quantity: 12000 },
        { measure: 'NT8', date, quantity: 5 },
      ],
    ),
  },
  {
    id: 'A',
    name: 'Highways maintenance',
    tags: { department: 'Highways' },
    report: track(
      [
        { measure: 'NT1', quantity: 6 },
        { measure: 'NT29', quantity: 30 },
      ],
      [
        { measure: 'NT1', date, quantity: 1, verification: 'verified' },
        { measure: 'NT29', date, quantity: 10 },
      ],
      2_000_000,
    ),
  },
  {
    id: 'B',
    name: 'Housing repairs',
    tags: { department: 'Housing' },
    report: track(
      [
        { measure: 'NT18', quantity: 300000 },
        { measure: 'NT10', quantity: 30 },
      ],
      [{ measure: 'NT18', date, quantity: 150000 }],
      1_000_000,
    ),
  },
];

describe('summarisePortfolio', () => {
  let contracts: PortfolioContract[];
  let summary: PortfolioSummary;
  // Built before each test, not once: a mutation run only counts code run in a test.
  beforeEach(() => {
    contracts = portfolio();
    summary = summarisePortfolio(contracts);
  });

  it('sums the contracts', () => {
    // 184,692 + 482.70 + 289,143.60 + 6,722.10 + 666.90
    expect(str(summary.totals.pledged)).toBe('481707.3');
    expect(str(summary.totals.expected)).toBe('160569.1');
    // 30,782 + 160.90 + 144,571.80 (150,000 × 0.963812) + 0 + 266.76 (12,000 × 0.02223)
    expect(str(summary.totals.delivered)).toBe('175781.46');
    expect(str(summary.totals.verified)).toBe('30782');
    // NT8 nobody pledged: 5 h × 16.09
    expect(str(summary.totals.unpledged)).toBe('80.45');
    expect(str(summary.totals.shortfallToDate)).toBe('33022.7');
    expect(str(summary.totals.deliveryRatio)).toBe(
      str(divide(summary.totals.delivered, summary.totals.expected)),
    );
  });

  it('lists contracts by id with their own figures', () => {
    expect(summary.contracts.map((contract) => contract.id)).toEqual(['A', 'B', 'C']);
    expect(str(summary.contracts[0]!.totals.delivered)).toBe('30942.9');
    // A: 30,942.90 delivered / 2,000,000
    expect(str(summary.contracts[0]!.socialValueAdded?.delivered.combinedRatio)).toBe('0.01547145');
    expect(summary.contracts[2]!.socialValueAdded).toBeUndefined();
  });

  it('groups by contract tag and line', () => {
    expect(str(summary.byTag.department?.Highways?.pledged)).toBe('185174.7');
    // Housing: B's 144,571.80 and C's 266.76 delivered; C's NT8 80.45 unpledged.
    expect(str(summary.byTag.department?.Housing?.delivered)).toBe('144838.56');
    expect(str(summary.byTag.department?.Housing?.unpledged)).toBe('80.45');
    expect(str(summary.byTheme.growth?.delivered)).toBe('144571.8');
    expect(str(summary.byValueType.environmental?.delivered)).toBe('266.76');
  });

  it('reports by financial year', () => {
    expect(summary.byFinancialYear).toHaveLength(1);
    expect(summary.byFinancialYear[0]!.year).toBe('2024/25');
    expect(str(summary.byFinancialYear[0]!.expected)).toBe('160569.1');
    expect(str(summary.byFinancialYear[0]!.delivered)).toBe('175781.46');
  });

  it('lists every financial year between the reports’, a year no contract ran in as zeros', () => {
    // One contract in 2023/24, one in 2025/26: 2024/25 is a year of the portfolio too, in which
    // nothing was pledged or delivered. NT29 30 h × £16.09: 12 h delivered = £193.08, 20 h =
    // £321.80.
    const year = (start: string, end: string, delivered: Delivery) =>
      trackDelivery(
        valuePledges(seed004Framework, [{ measure: 'NT29', quantity: 30 }]),
        [delivered],
        {
          start,
          end,
        },
      );
    const gap = summarisePortfolio([
      {
        id: 'A',
        report: year('2023-04-01', '2024-03-31', {
          measure: 'NT29',
          date: '2023-09-30',
          quantity: 12,
        }),
      },
      {
        id: 'B',
        report: year('2025-04-01', '2026-03-31', {
          measure: 'NT29',
          date: '2025-09-30',
          quantity: 20,
        }),
      },
    ]);
    expect(
      gap.byFinancialYear.map((figures) => [
        figures.year,
        figures.start,
        figures.end,
        str(figures.pledged),
        str(figures.delivered),
      ]),
    ).toEqual([
      ['2023/24', '2023-04-01', '2024-03-31', '482.7', '193.08'],
      ['2024/25', '2024-04-01', '2025-03-31', '0', '0'],
      ['2025/26', '2025-04-01', '2026-03-31', '482.7', '321.8'],
    ]);
    expect(gap.byFinancialYear[1]!.deliveryRatio).toBeNull();
    expect(gap.byFinancialYear[1]!.byTag).toEqual({});
  });

  it('ranks the largest shortfalls', () => {
    // A's NT1: 2 FTE expected, 1 delivered: 30,782 behind; B's NT10: 10 weeks, 2,240.70.
    expect(
      summary.largestShortfalls.map((entry) => [
        entry.contract,
        entry.measure,
        str(entry.shortfallToDate),
      ]),
    ).toEqual([
      ['A', 'NT1', '30782'],
      ['B', 'NT10', '2240.7'],
    ]);
    expect(summarisePortfolio(contracts, { top: 1 }).largestShortfalls).toHaveLength(1);
  });

  it('computes social value added over the contracts with a value', () => {
    const sva = summary.socialValueAdded!;
    expect(str(sva.contractValue)).toBe('3000000');
    // (185,174.70 + 295,865.70) / 3,000,000 pledged; (30,942.90 + 144,571.80) / 3,000,000 delivered.
    expect(str(sva.pledged.combinedRatio)).toBe('0.1603468');
    expect(str(sva.delivered.combinedRatio)).toBe('0.0585049');
    expect(sva.contractsWithoutValue).toEqual(['C']);
  });

  it('counts statuses', () => {
    expect(summary.statusCounts).toEqual({
      'not-started': 1,
      behind: 1,
      'at-risk': 0,
      'on-track': 3,
      complete: 0,
      'over-delivered': 0,
    });
  });

  it('does not depend on the order of the contracts', () => {
    const reversed = summarisePortfolio([...contracts].reverse());
    expect(str(reversed.totals.delivered)).toBe(str(summary.totals.delivered));
    expect(reversed.contracts.map((contract) => contract.id)).toEqual(['A', 'B', 'C']);
  });

  it('warns when the reports are on different bases, naming the contracts, figures kept', () => {
    // Same pledge (NT29 30 h) and delivery (10 h) in each contract; D's valuation was made with
    // another edition of the table at £17.00 an hour (2024 prices), E counts verified deliveries
    // only. Delivered: A 10 × 16.09 = 160.90; D 10 × 17 = 170; E 0 (its 10 h are claimed).
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, quantity: 30 };
    const delivered = [{ measure: 'NT29', date, quantity: 10 }];
    const made = (edition: string, priceYear: number, proxyValue: string) => ({
      framework: { id: 'seed-004', edition, priceYear },
      lines: [{ ...line, proxyValue }],
    });
    const A = trackDelivery(made('seed-004', 2022, '16.09'), delivered, options);
    const D = trackDelivery(made('2024', 2024, '17'), delivered, options);
    const E = trackDelivery(made('seed-004', 2022, '16.09'), delivered, {
      ...options,
      count: 'verified',
    });
    const mixed = summarisePortfolio([
      { id: 'E', report: E },
      { id: 'D', report: D },
      { id: 'A', report: A },
    ]);
    expect(str(mixed.totals.delivered)).toBe('330.9');
    expect(mixed.warnings).toEqual([
      {
        code: 'mixed-editions',
        severity: 'warning',
        message:
          'The totals add reports made with more than one framework edition: edition 2024 (2024 prices) for D; edition seed-004 (2022 prices) for A and E. Re-index them to one price year before comparing totals.',
        contracts: ['A', 'D', 'E'],
      },
      {
        code: 'mixed-count',
        severity: 'warning',
        message:
          'The totals add reports counting deliveries differently: all deliveries counted for A and D; verified deliveries only for E. Track them with one count before comparing totals.',
        contracts: ['A', 'D', 'E'],
      },
    ]);
    expect(mixed.summary).toMatch(/; 2 warnings\.$/);
    // One edition and one count: nothing to say, whatever the frameworks' ids (the command line
    // names each pledge sheet's table after its file).
    expect(summary.warnings).toEqual([]);
    const renamed = {
      ...made('seed-004', 2022, '16.09'),
      framework: { id: 'sheet-b', edition: 'seed-004', priceYear: 2022 },
    };
    const sameBasis = [
      { id: 'A', report: A },
      { id: 'F', report: trackDelivery(renamed, delivered, options) },
    ];
    expect(summarisePortfolio(sameBasis).warnings).toEqual([]);
    expect(summary.summary).not.toMatch(/warning/);
  });

  it('warns when two contracts have the same report, figure for figure (one file saved twice)', () => {
    const [, A, B] = portfolio();
    // A's report saved again as X (a JSON copy), and B's as Y and Z: added as they are, twice.
    const copy = JSON.parse(JSON.stringify(A!.report)) as PortfolioContract['report'];
    const doubled = summarisePortfolio([
      A!,
      B!,
      { id: 'X', report: copy },
      { id: 'Z', report: B!.report },
      { id: 'Y', report: B!.report },
    ]);
    // 2 × 30,942.90 + 3 × 144,571.80
    expect(str(doubled.totals.delivered)).toBe('495601.2');
    expect(doubled.warnings).toEqual([
      {
        code: 'same-report',
        severity: 'warning',
        message:
          'Some contracts have the same delivery report, figure for figure, and the totals add it once for each: A and X; B, Y and Z. Check that they are different contracts, not one report saved twice, before comparing totals.',
        contracts: ['A', 'B', 'X', 'Y', 'Z'],
      },
    ]);
    expect(doubled.summary).toMatch(/; 1 warning\.$/);
    // The same pledges under other dates, or other deliveries, are different reports.
    expect(summary.warnings).toEqual([]);
    const later = trackDelivery(
      {
        lines: [{ measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 1, proxyValue: 1 }],
      },
      [],
      options,
    );
    const twin = trackDelivery(
      {
        lines: [{ measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 1, proxyValue: 1 }],
      },
      [],
      { ...options, asOf: '2025-03-30' },
    );
    expect(
      summarisePortfolio([
        { id: 'P', report: later },
        { id: 'Q', report: twin },
      ]).warnings,
    ).toEqual([]);
  });

  it('refuses a tag value written two ways (case, spaces, invisible characters, Unicode form)', () => {
    // "Housing " or "housing" beside "Housing" was a department of its own in byTag (and in a
    // budget), with no word. Tag values are compared as ids are: the second spelling is refused,
    // naming the first, in contract tags and in line tags alike.
    const [c, a, b] = portfolio();
    const written = (tags: Record<string, string>) =>
      caught(() => summarisePortfolio([c!, a!, { ...b!, tags }]));
    const spaced = written({ department: 'Housing ' });
    expect(spaced.code).toBe('invalid-input');
    expect(spaced.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'contracts[2].tags.department',
        'expected one spelling of a tag value, received "Housing " again (contracts[0].tags.department is "Housing": surrounding spaces do not count)',
      ],
    ]);
    expect(written({ department: 'housing' }).issues[0]?.message).toBe(
      'expected one spelling of a tag value, received "housing" again (contracts[0].tags.department is "Housing" but for case, spaces, invisible characters or Unicode form)',
    );
    expect(written({ department: 'Hous\u200bing' }).issues[0]?.path).toBe(
      'contracts[2].tags.department',
    );
    // The same value under another tag name is another group; "Highways" is another value.
    const summary = summarisePortfolio([c!, a!, { ...b!, tags: { priority: 'housing' } }]);
    expect(Object.keys(summary.byTag.department!)).toEqual(['Highways', 'Housing']);
    // A line tag: a pledge's priority "jobs" in one contract, "Jobs" in another.
    const tagged = (priority: string) =>
      track(
        [{ measure: 'NT1', quantity: 6, tags: { priority } }],
        [{ measure: 'NT1', date, quantity: 1 }],
      );
    const lines = caught(() =>
      summarisePortfolio([
        { id: 'L1', report: tagged('Jobs') },
        { id: 'L2', tags: { priority: 'Jobs' }, report: tagged('jobs') },
      ]),
    );
    expect(lines.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'contracts[1].report.lines[0].tags.priority',
        'expected one spelling of a tag value, received "jobs" again (contracts[0].report.lines[0].tags.priority is "Jobs" but for case, spaces, invisible characters or Unicode form)',
      ],
    ]);
    // Written one way throughout, line and contract tags group as before.
    const same = summarisePortfolio([
      { id: 'L1', report: tagged('Jobs') },
      { id: 'L2', tags: { priority: 'Jobs' }, report: tagged('Jobs') },
    ]);
    expect(Object.keys(same.byTag.priority!)).toEqual(['Jobs']);
  });

  it('rejects bad portfolios', () => {
    expectError(
      () => summarisePortfolio([contracts[0]!, contracts[0]!]),
      'invalid-input',
      'contracts[1].id',
    );
    expectError(
      () => summarisePortfolio([{ id: 'X', report: {} as never }]),
      'invalid-input',
      'contracts[0].report',
    );
    // The id given under another key is offered the missing id, not a longer look-alike
    // ("contract" is not a contract value: "A" is no amount).
    expect(
      caught(() =>
        summarisePortfolio([{ contract: 'A', report: contracts[0]!.report } as never]),
      ).issues.map((issue) => `${issue.path}: ${issue.message}`),
    ).toEqual([
      'contracts[0].id: missing: expected text',
      'contracts[0].contract: unknown key (did you mean "id"?)',
    ]);
    // A valuation given as a contract: the issue says what a contract holds.
    const valuation = valuePledges(seed004Framework, [{ measure: 'NT29', quantity: 30 }]);
    expect(caught(() => summarisePortfolio([valuation as never])).issues).toEqual([
      {
        path: 'contracts[0]',
        segments: ['contracts', 0],
        message:
          'expected a contract ({ id, report } with the delivery report of trackDelivery), received an object of kind "valuation"',
      },
    ]);
    // An id with nothing to see, and one that is another but for spaces: the same contract.
    expect(
      caught(() => summarisePortfolio([{ ...contracts[0]!, id: '\u00a0' }])).issues[0],
    ).toMatchObject({
      path: 'contracts[0].id',
      message: 'expected text with a character one can see, received "\\u00a0"',
    });
    const spaced = caught(() =>
      summarisePortfolio([contracts[0]!, { ...contracts[0]!, id: ` ${contracts[0]!.id}` }]),
    );
    // The headline quotes the id, and the issue names the first (spaces would not show).
    expect(spaced.message).toMatch(`contract "${contracts[0]!.id}" appears twice.`);
    expect(spaced.issues[0]).toMatchObject({
      path: 'contracts[1].id',
      message: `expected a unique contract id, received " ${contracts[0]!.id}" again (contracts[0].id is "${contracts[0]!.id}": surrounding spaces do not count)`,
    });
    // Ids a reader cannot tell apart: case, an invisible space, Unicode form.
    for (const alike of ['q\u200b', 'Q\u00a0\u00a0', 'q']) {
      const twice = caught(() =>
        summarisePortfolio([
          { ...contracts[0]!, id: 'Q' },
          contracts[1]!,
          { ...contracts[0]!, id: alike },
        ]),
      );
      expect(twice.issues[0]).toMatchObject({ path: 'contracts[2].id' });
    }
    expect(
      caught(() =>
        summarisePortfolio([
          { ...contracts[0]!, id: 'Caf\u00e9' },
          { ...contracts[1]!, id: 'cafe\u0301' },
        ]),
      ).issues[0],
    ).toMatchObject({
      path: 'contracts[1].id',
      message:
        'expected a unique contract id, received "cafe\u0301" again (contracts[0].id is "Caf\u00e9" but for case, spaces, invisible characters or Unicode form)',
    });
    const exact = caught(() => summarisePortfolio([contracts[0]!, contracts[1]!, contracts[0]!]));
    expect(exact.issues[0]?.message).toBe(
      `expected a unique contract id, received "${contracts[0]!.id}" again (contracts[0].id)`,
    );
    const calendar = trackDelivery(valuePledges(seed004Framework, []), [], {
      ...options,
      financialYearStartMonth: 1,
    });
    expectError(
      () => summarisePortfolio([contracts[0]!, { id: 'Y', report: calendar }]),
      'invalid-input',
      'contracts[1].report.financialYearStartMonth',
    );
  });
});

describe('summarisePortfolio: many contracts', () => {
  it('groups contracts by edition and count in steps linear in their number', () => {
    // 2,000 contracts with one report: grouping them once is a few steps each; copying each
    // group's list for every contract added (as before) took 2,000 × 1,999 ÷ 2 = 1,999,000
    // steps per group. Steps of array iteration are counted, not time.
    const report = trackDelivery(
      valuePledges(seed004Framework, [{ measure: 'NT29', quantity: 30 }]),
      [{ measure: 'NT29', date, quantity: 10 }],
      options,
    );
    const contracts = Array.from({ length: 2000 }, (_, index) => ({ id: `C${index}`, report }));
    const iterate = Array.prototype[Symbol.iterator];
    let steps = 0;
    Array.prototype[Symbol.iterator] = function counted(this: unknown[]) {
      const inner = iterate.call(this);
      return Object.assign(Object.create(inner), {
        next: () => {
          steps += 1;
          return inner.next();
        },
      });
    };
    let summary: PortfolioSummary;
    try {
      summary = summarisePortfolio(contracts);
    } finally {
      Array.prototype[Symbol.iterator] = iterate;
    }
    expect(summary.contracts).toHaveLength(2000);
    // One edition and one count; one report 2,000 times, named by its first ten contracts.
    expect(summary.warnings.map((warning) => warning.code)).toEqual(['same-report']);
    expect(summary.warnings[0]?.contracts).toHaveLength(2000);
    expect(summary.warnings[0]?.message).toContain(
      ': C0, C1, C10, C100, C1000, C1001, C1002, C1003, C1004, C1005 and 1,990 more. ',
    );
    // Far below one group's copies (1,999,000): at most 200 steps per contract.
    expect(steps).toBeLessThan(200 * 2000);
  });

  it('names the first ten editions of a mixed portfolio and counts the rest', () => {
    // 12 contracts E00 … E11, each valued with its own edition (2000 … 2011, at its year's
    // prices): the warning named all twelve (2,000 editions made a 76,000-character sentence);
    // now the first ten, in code-unit order, then "and 2 more". Every contract is still listed.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, quantity: 30 };
    const contracts = Array.from({ length: 12 }, (_, index) => {
      const year = 2000 + index;
      const id = `E${String(index).padStart(2, '0')}`;
      const valuation = {
        framework: { id: 'local', edition: String(year), priceYear: year },
        lines: [{ ...line, proxyValue: '16.09' }],
      };
      const report = trackDelivery(valuation, [{ measure: 'NT29', date, quantity: 10 }], options);
      return { id, report };
    });
    const summary = summarisePortfolio(contracts);
    const named = Array.from(
      { length: 10 },
      (_, index) => `edition ${2000 + index} (${2000 + index} prices) for E0${index}`,
    );
    expect(summary.warnings).toEqual([
      {
        code: 'mixed-editions',
        severity: 'warning',
        message: `The totals add reports made with more than one framework edition: ${named.join('; ')}; and 2 more. Re-index them to one price year before comparing totals.`,
        contracts: contracts.map((contract) => contract.id),
      },
    ]);
    // 12 contracts × 10 h × £16.09 = £1,930.80 delivered, whatever the editions.
    expect(str(summary.totals.delivered)).toBe('1930.8');
  });
});
