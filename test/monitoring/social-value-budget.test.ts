import { describe, expect, it } from 'vitest';
import {
  revive,
  type SocialValueBudget,
  type SocialValueBudgetOptions,
  socialValueBudget,
  summarisePortfolio,
  trackDelivery,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { expectError, str } from './helpers.js';
import { seed004Framework } from './seed-004.js';

// Issue 17, item 3: the social value budget. The local government report (seed 003,
// seeds/003_dd04977be6afe6d4.txt, recommendation 2e and the text before it) asks councils to
// 'Produce a "Social Value Budget" alongside the Financial Budget' that would "outline and
// quantify what social value they have produced across all departments and projects over the
// financial year", since "social value can only be increased if we know where we are now and
// have accurate baselines to compare future performance". Southend-on-Sea commits to "produce
// and publish an annual statement" and to "set annual targets" (seed 001,
// seeds/001_a8d489af00b05063.txt, §10.4 Monitoring and Reporting). Figures worked by hand in
// the comments (proxy values from seed 004's table).
//
// Housing's contract (2024-04-01 to 2026-03-31: two financial years of 365 days, each due half
// of a linear pledge): 730 volunteering hours (NT29, £16.09, priority Skills: £11,745.70, so
// £5,872.85 a year) and 1 local FTE (NT1, £30,782, priority Jobs: £15,391 a year). Delivered:
// 300 hours in 2024/25 (£4,827), 400 in 2025/26 (£6,436), the FTE in 2024/25 (£30,782).
// Highways' contract (2025/26 only): £50,000 of local spend (NT18, £0.963812: £48,190.60,
// priority Local economy), £40,000 spent by 2025-12-31 (£38,552.48), and 10 hours nobody
// pledged (NT8, £160.90).
const housing = (asOf: string) =>
  trackDelivery(
    {
      lines: [
        {
          measure: 'NT29',
          theme: 'social',
          valueType: 'social',
          quantity: 730,
          proxyValue: '16.09',
          tags: { priority: 'Skills' },
        },
        {
          measure: 'NT1',
          theme: 'jobs',
          valueType: 'local-economic',
          quantity: 1,
          proxyValue: 30782,
          tags: { priority: 'Jobs' },
        },
      ],
    },
    [
      { measure: 'NT29', date: '2024-10-01', quantity: 300 },
      { measure: 'NT1', date: '2025-03-31', quantity: 1 },
      { measure: 'NT29', date: '2025-06-30', quantity: 400 },
    ],
    { start: '2024-04-01', end: '2026-03-31', asOf },
  );
const highways = (asOf: string) =>
  trackDelivery(
    {
      lines: [
        {
          measure: 'NT18',
          theme: 'growth',
          valueType: 'local-economic',
          quantity: 50000,
          proxyValue: '0.963812',
          tags: { priority: 'Local economy' },
        },
      ],
    },
    [
      { measure: 'NT18', date: '2025-12-31', quantity: 40000 },
      { measure: 'NT8', date: '2025-11-30', quantity: 10 },
    ],
    { start: '2025-04-01', end: '2026-03-31', asOf, framework: seed004Framework },
  );
const portfolio = (asOf = '2026-03-31') =>
  summarisePortfolio([
    { id: 'H-1', tags: { department: 'Housing' }, report: housing(asOf) },
    { id: 'W-1', tags: { department: 'Highways' }, report: highways(asOf) },
  ]);
const targets = [
  { year: '2025/26', value: 50000 },
  { year: '2025/26', department: 'Housing', value: 6000 },
  { year: '2025/26', department: 'Highways', value: 40000 },
  { year: '2025/26', priority: 'Jobs', value: 10000 },
  { year: '2026/27', value: 60000 },
];
const baseline = {
  year: '2023/24',
  values: [{ value: 30000 }, { department: 'Housing', value: 20000 }],
};

describe('socialValueBudget: per financial year, department and priority', () => {
  const budget = socialValueBudget(portfolio(), { targets, baseline });
  const [first, second] = budget.years;

  it('quantifies each year for the whole council, by department and by priority', () => {
    expect(budget.years.map((year) => [year.year, year.closed])).toEqual([
      ['2024/25', true],
      ['2025/26', true],
    ]);
    // 2024/25: £4,827 + £30,782 delivered; £5,872.85 + £15,391 due.
    expect(str(first?.total.delivered)).toBe('35609');
    expect(str(first?.total.pledged)).toBe('21263.85');
    expect(Object.keys(first!.byDepartment)).toEqual(['Housing']);
    expect(Object.keys(first!.byPriority)).toEqual(['Jobs', 'Skills']);
    expect(str(first?.byPriority.Skills?.delivered)).toBe('4827');
    // 2025/26: £6,436 + £38,552.48 + £160.90 nobody pledged.
    expect(str(second?.total.delivered)).toBe('45149.38');
    expect(str(second?.total.pledged)).toBe('69454.45');
    expect(str(second?.byDepartment.Highways?.delivered)).toBe('38713.38');
    expect(str(second?.byDepartment.Housing?.pledged)).toBe('21263.85');
    expect(str(second?.byPriority['Local economy']?.delivered)).toBe('38552.48');
  });

  it('measures each year against its target', () => {
    // Whole council: £45,149.38 of £50,000 in a closed year.
    expect(second?.total.status).toBe('below-target');
    expect(str(second?.total.targetRatio)).toBe('0.9029876');
    // Housing: £6,436 of £6,000: 107.27%.
    expect(second?.byDepartment.Housing?.status).toBe('met');
    expect(str(second?.byDepartment.Housing?.targetRatio)).toBe(
      '1.072666666666666666666666666666667',
    );
    expect(second?.byDepartment.Highways?.status).toBe('below-target');
    // Jobs: nothing delivered in 2025/26 of £10,000.
    expect(str(second?.byPriority.Jobs?.delivered)).toBe('0');
    expect(second?.byPriority.Jobs?.status).toBe('below-target');
    expect(second?.byPriority.Skills?.status).toBe('no-target');
    expect(first?.total.status).toBe('no-target');
  });

  it('compares each year with the one before, the first with the baseline', () => {
    expect(budget.baselineYear).toBe('2023/24');
    // 2024/25 against the baseline: £35,609 − £30,000 = £5,609, 18.70%.
    expect(str(first?.total.baseline)).toBe('30000');
    expect(str(first?.total.change)).toBe('5609');
    expect(str(first?.total.changeRatio)).toBe('0.1869666666666666666666666666666667');
    // Housing: £35,609 − £20,000; priorities have no baseline figure: unknown, not zero.
    expect(str(first?.byDepartment.Housing?.change)).toBe('15609');
    expect(first?.byPriority.Skills?.previous).toBeNull();
    expect(first?.byPriority.Skills?.change).toBeNull();
    // 2025/26 against 2024/25: £45,149.38 − £35,609 = £9,540.38.
    expect(str(second?.total.previous)).toBe('35609');
    expect(str(second?.total.change)).toBe('9540.38');
    // Housing fell from £35,609 to £6,436; Highways had nothing the year before (0, no ratio).
    expect(str(second?.byDepartment.Housing?.change)).toBe('-29173');
    expect(str(second?.byDepartment.Highways?.previous)).toBe('0');
    expect(second?.byDepartment.Highways?.changeRatio).toBeNull();
    expect(second?.byDepartment.Highways?.baseline).toBeNull();
  });

  it('writes sentences fit for an annual statement', () => {
    expect(second?.byDepartment.Housing?.reason).toBe(
      'Department Housing, 2025/26: £6,436.00 of social value delivered, against a target of £6,000.00 (107.3%): met; £21,263.85 due under pledges; down £29,173.00 (81.9%) on 2024/25 (£35,609.00).',
    );
    expect(second?.total.reason).toBe(
      'The whole council, 2025/26: £45,149.38 of social value delivered, against a target of £50,000.00 (90.3%): not met; £69,454.45 due under pledges; up £9,540.38 (26.8%) on 2024/25 (£35,609.00).',
    );
    expect(first?.total.reason).toBe(
      'The whole council, 2024/25: £35,609.00 of social value delivered, no target set; £21,263.85 due under pledges; up £5,609.00 (18.7%) on 2023/24 (£30,000.00).',
    );
    expect(budget.summary).toBe(
      'Social value budget 2024/25 to 2025/26: £45,149.38 delivered in 2025/26 against a whole-council target of £50,000.00 (not met), up £9,540.38 (26.8%) on 2024/25; 2 departments or priorities below target.',
    );
  });

  it('notes a target for a year it has no figures for', () => {
    expect(budget.findings).toEqual([
      {
        code: 'target-outside-budget',
        severity: 'info',
        message:
          'Target 4 is for 2026/27, a year the portfolio has no figures for: it is not in the budget.',
        target: 4,
      },
    ]);
  });

  it('in a year still open, a target the pledges due cover is pledged to meet', () => {
    // At 2025-09-30 Highways has delivered nothing yet, but £48,190.60 is due in 2025/26.
    const open = socialValueBudget(portfolio('2025-09-30'), { targets }).years.at(-1)!;
    expect(open.closed).toBe(false);
    expect(str(open.byDepartment.Highways?.delivered)).toBe('0');
    expect(open.byDepartment.Highways?.status).toBe('pledged-to-meet');
    expect(open.byDepartment.Highways?.reason).toContain(
      'not yet met, but the pledges due this year cover it',
    );
    // Jobs: £15,391 due in 2025/26 covers the £10,000 target too; the whole council's £69,454.45
    // covers £50,000.
    expect(open.byPriority.Jobs?.status).toBe('pledged-to-meet');
    expect(open.total.status).toBe('pledged-to-meet');
  });

  it("says a target for a year before the baseline's is before it, not a year without figures", () => {
    // Years 2024/25 to 2026/27, the baseline 2025/26: the budget is 2026/27 alone. The
    // portfolio has figures for 2024/25, so that is not why its target is left out.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, proxyValue: 1 };
    const report = trackDelivery({ lines: [{ ...line, quantity: 1000 }] }, [], {
      start: '2024-04-01',
      end: '2027-03-31',
    });
    const targets = ['2024/25', '2025/26', '2030/31'].map((year) => ({ year, value: 5 }));
    const budget = socialValueBudget(summarisePortfolio([{ id: 'C1', report }]), {
      baseline: { year: '2025/26', values: [{ value: 1000 }] },
      targets,
    });
    expect(budget.years.map((year) => year.year)).toEqual(['2026/27']);
    expect(budget.findings.map((finding) => finding.message)).toEqual([
      "Target 0 is for 2024/25, a year before the baseline's (2025/26): it is not in the budget.",
      "Target 1 is for 2025/26, the baseline's year: it is not in the budget.",
      'Target 2 is for 2030/31, a year the portfolio has no figures for: it is not in the budget.',
    ]);
  });

  it('never writes a target not met as 100% of it', () => {
    // 11,999.999 hours at £1 against a target of £12,000: £12,000.00 to the penny, but not met,
    // at 99.99999% of it (the places that tell it from 100%); 12,000 is met, at 100%.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, proxyValue: 1 };
    const year = (hours: string) => {
      const report = trackDelivery(
        { lines: [{ ...line, quantity: 100_000 }] },
        [{ measure: 'NT29', date: '2025-09-30', quantity: hours }],
        { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
      );
      const targets = [{ year: '2025/26', value: 12_000 }];
      return socialValueBudget(summarisePortfolio([{ id: 'C1', report }]), { targets }).years[0]!;
    };
    expect(year('11999.999').total.reason).toBe(
      'The whole council, 2025/26: £12,000.00 of social value delivered, against a target of £12,000.00 (99.99999%): not met; £100,000.00 due under pledges.',
    );
    expect(year('12000').total.reason).toContain('against a target of £12,000.00 (100%): met;');
  });

  it('takes last year’s budget or portfolio summary as the baseline', () => {
    const lastYear = socialValueBudget(
      summarisePortfolio([
        { id: 'H-1', tags: { department: 'Housing' }, report: housing('2025-03-31') },
      ]),
    );
    const thisYear = socialValueBudget(portfolio(), { baseline: lastYear });
    expect(thisYear.baselineYear).toBe('2024/25');
    // Last year's budget ends in 2024/25 with £35,609 delivered, Housing's all (Highways had
    // none: 0). Its year is the baseline, so this budget covers 2025/26 only.
    expect(thisYear.years.map((year) => year.year)).toEqual(['2025/26']);
    expect(str(thisYear.years[0]?.total.baseline)).toBe('35609');
    expect(str(thisYear.years[0]?.total.change)).toBe('9540.38');
    expect(str(thisYear.years[0]?.byDepartment.Housing?.previous)).toBe('35609');
    expect(str(thisYear.years[0]?.byDepartment.Highways?.baseline)).toBe('0');
    const fromSummary = socialValueBudget(portfolio(), {
      baseline: summarisePortfolio([
        { id: 'H-1', tags: { department: 'Housing' }, report: housing('2025-03-31') },
      ]),
    });
    expectSame(fromSummary, thisYear);
    // Stored as JSON, either is read back.
    const stored = socialValueBudget(portfolio(), {
      baseline: JSON.parse(JSON.stringify(lastYear)),
    });
    expectSame(stored, thisYear);
    // A target for the baseline's year is not in the budget; a baseline of the last year leaves
    // no year to budget, and the summary says so.
    const withOldTarget = socialValueBudget(portfolio(), {
      baseline: lastYear,
      targets: [{ year: '2024/25', value: 1 }],
    });
    expect(withOldTarget.findings.map((finding) => finding.message)).toEqual([
      "Target 0 is for 2024/25, the baseline's year: it is not in the budget.",
    ]);
    const nothingAfter = socialValueBudget(portfolio(), {
      baseline: socialValueBudget(portfolio()),
    });
    expect(nothingAfter.years).toEqual([]);
    expect(nothingAfter.summary).toBe(
      "Social value budget: the portfolio has no financial years after the baseline's (2025/26) yet.",
    );
  });

  it('reads department and priority from the tags named in the options', () => {
    const renamed = socialValueBudget(portfolio(), {
      departmentTag: 'priority',
      priorityTag: 'department',
    });
    expect(Object.keys(renamed.years[1]!.byDepartment)).toEqual([
      'Jobs',
      'Local economy',
      'Skills',
    ]);
    expect(Object.keys(renamed.years[1]!.byPriority)).toEqual(['Highways', 'Housing']);
  });

  it('reads a stored portfolio and is read back itself', () => {
    const stored = socialValueBudget(JSON.parse(JSON.stringify(portfolio())), {
      targets,
      baseline,
    });
    expectSame(stored, budget);
    const back: SocialValueBudget = revive(
      JSON.parse(JSON.stringify(budget)),
      'social-value-budget',
    );
    expectSame(back, budget);
    // `asOf` is a date: a budget always has a report (a portfolio of none is refused).
    for (const asOf of ['31/03/2026', '', '2026-02-29']) {
      const badDate = { ...(JSON.parse(JSON.stringify(budget)) as object), asOf };
      expect(caught(() => revive(badDate, 'social-value-budget')).issues).toMatchObject([
        {
          path: 'json.asOf',
          message: `expected a calendar date written YYYY-MM-DD, received ${JSON.stringify(asOf)}`,
        },
      ]);
    }
  });

  it('refuses a portfolio of no contracts: it has no report date to budget to', () => {
    const empty = summarisePortfolio([]);
    const error = caught(() => socialValueBudget(empty));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toMatchObject([
      {
        path: 'portfolio.contracts',
        message: 'expected a portfolio of at least one contract',
      },
    ]);
    // Its JSON snapshot too.
    expectError(
      () => socialValueBudget(JSON.parse(JSON.stringify(empty))),
      'invalid-input',
      'portfolio.contracts',
    );
  });

  it('refuses what is not a portfolio, and targets it cannot place', () => {
    expectError(() => socialValueBudget(null as never), 'invalid-input', 'portfolio');
    expectError(
      () => socialValueBudget(housing('2026-03-31') as never),
      'invalid-input',
      'portfolio',
    );
    expectError(
      () =>
        socialValueBudget(portfolio(), {
          targets: [{ year: '2025/26', department: 'Housing', priority: 'Jobs', value: 1 }],
        }),
      'invalid-input',
      'options.targets[0].priority',
    );
    expectError(
      () => socialValueBudget(portfolio(), { targets: [targets[1]!, targets[1]!] }),
      'invalid-input',
      'options.targets[1]',
    );
    expectError(
      () => socialValueBudget(portfolio(), { targets: [{ year: '2025/26', valu: 1 }] as never }),
      'invalid-input',
      'options.targets[0].valu',
    );
    expectError(
      () => socialValueBudget(portfolio(), { baseline: housing('2026-03-31') as never }),
      'invalid-input',
      'options.baseline',
    );
    expectError(
      () =>
        socialValueBudget(portfolio(), { baseline: { year: '2024/25', values: [{ value: -1 }] } }),
      'invalid-input',
      'options.baseline.values[0].value',
    );
  });

  it('keeps a department or priority that delivered the year before and has no figures this year', () => {
    // Parks' contract ran in 2024/25 only (300 hours of NT29 delivered: £4,827). In 2025/26 Parks
    // delivered nothing: it is in the year, down £4,827, so the departments' changes add up to
    // the council's. Libraries delivered £50 in the baseline year and nothing since.
    const parks = trackDelivery(
      {
        lines: [
          {
            measure: 'NT29',
            theme: 'social',
            valueType: 'social',
            quantity: 365,
            proxyValue: '16.09',
            tags: { priority: 'Skills' },
          },
        ],
      },
      [{ measure: 'NT29', date: '2024-10-01', quantity: 300 }],
      { start: '2024-04-01', end: '2025-03-31' },
    );
    const budget = socialValueBudget(
      summarisePortfolio([
        { id: 'H-1', tags: { department: 'Housing' }, report: housing('2026-03-31') },
        { id: 'P-1', tags: { department: 'Parks' }, report: parks },
      ]),
      {
        baseline: {
          year: '2023/24',
          values: [{ value: 100 }, { department: 'Libraries', value: 50 }],
        },
      },
    );
    const [first, second] = budget.years;
    expect(Object.keys(first!.byDepartment)).toEqual(['Housing', 'Libraries', 'Parks']);
    expect(str(first?.byDepartment.Libraries?.delivered)).toBe('0');
    expect(str(first?.byDepartment.Libraries?.change)).toBe('-50');
    expect(Object.keys(second!.byDepartment)).toEqual(['Housing', 'Parks']);
    const gone = second!.byDepartment.Parks!;
    expect([str(gone.delivered), str(gone.pledged), str(gone.previous), str(gone.change)]).toEqual([
      '0',
      '0',
      '4827',
      '-4827',
    ]);
    expect(str(gone.changeRatio)).toBe('-1');
    expect(gone.reason).toBe(
      'Department Parks, 2025/26: £0.00 of social value delivered, no target set; £0.00 due under pledges; down £4,827.00 (100%) on 2024/25 (£4,827.00).',
    );
    // Housing £35,609 → £6,436 and Parks £4,827 → £0: the council's £40,436 → £6,436.
    const changes = Object.values(second!.byDepartment).map((entry) => entry.change!);
    expect(str(changes.reduce((sum, change) => sum.plus(change)))).toBe(str(second?.total.change));
    // Skills (both contracts' NT29) stays; Jobs (Housing's NT1, due in 2025/26 too) stays.
    expect(Object.keys(second!.byPriority)).toEqual(['Jobs', 'Skills']);
  });

  it('compares a year with the one before it, even when no contract ran in that one', () => {
    // Housing's contract ran 2024/25 to 2025/26; a second one runs in 2027/28 only. 2026/27
    // delivered nothing: 2027/28 is up on £0 in 2026/27, not on 2025/26's £6,436.
    const later = trackDelivery(
      {
        lines: [
          {
            measure: 'NT29',
            theme: 'social',
            valueType: 'social',
            quantity: 100,
            proxyValue: '16.09',
          },
        ],
      },
      [{ measure: 'NT29', date: '2027-06-30', quantity: 50 }],
      { start: '2027-04-01', end: '2028-03-31', asOf: '2028-03-31' },
    );
    const budget = socialValueBudget(
      summarisePortfolio([
        { id: 'H-1', tags: { department: 'Housing' }, report: housing('2026-03-31') },
        { id: 'L-1', tags: { department: 'Housing' }, report: later },
      ]),
    );
    expect(budget.years.map((year) => year.year)).toEqual([
      '2024/25',
      '2025/26',
      '2026/27',
      '2027/28',
    ]);
    const [, , gap, last] = budget.years;
    expect(str(gap?.total.delivered)).toBe('0');
    expect(str(gap?.total.change)).toBe('-6436');
    expect(str(last?.total.delivered)).toBe('804.5');
    expect(str(last?.total.previous)).toBe('0');
    expect(str(last?.byDepartment.Housing?.previous)).toBe('0');
    expect(last?.total.changeRatio).toBeNull();
    expect(last?.total.reason).toContain('up £804.50 on 2026/27 (£0.00)');
  });

  it('refuses a target year not written as the portfolio writes its years', () => {
    // The portfolio runs 2024/25 to 2025/26. A target for 2025-26 (a typo for 2025/26) was a
    // finding "a year the portfolio has no figures for" and the year had no target; it is
    // refused at its path now, as a baseline's year is. A well-written year outside the
    // portfolio (2026/27) is still a finding.
    // A year whose numbers are the year's (2025 and 2026, or 26) gets the label meant; `2025`
    // alone could be 2024/25 or 2025/26, `2025/27` is no year.
    const meant = ' (did you mean "2025/26"?)';
    for (const [year, hint] of [
      ['2025-26', meant],
      ['2025/2026', meant],
      [' 2025/26', meant],
      ['FY2025/26', meant],
      ['2025 - 26', meant],
      ['2025', ''],
      ['2025/27', ''],
      ['2025/26/27', ''],
    ] as const) {
      const error = caught(() =>
        socialValueBudget(portfolio(), {
          targets: [
            { year: '2024/25', value: 1 },
            { year, value: 5 },
          ],
        }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.message.split('\n')[0]).toBe('Invalid targets: 1 problem.');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [
          'options.targets[1].year',
          `expected a financial year written as the portfolio writes them (such as 2024/25), received ${JSON.stringify(year)}${hint}`,
        ],
      ]);
    }
    // A baseline year likewise.
    expect(
      caught(() => socialValueBudget(portfolio(), { baseline: { year: '2023/2024', values: [] } }))
        .issues[0]?.message,
    ).toBe(
      'expected a financial year written as the portfolio writes them (such as 2024/25), received "2023/2024" (did you mean "2023/24"?)',
    );
    expect(
      socialValueBudget(portfolio(), { targets: [{ year: '2026/27', value: 5 }] }).findings,
    ).toHaveLength(1);
  });

  it('refuses a department or priority the portfolio writes otherwise, in case or spaces only', () => {
    // " Housing" and "housing" beside the portfolio's "Housing" were departments of their own,
    // with nothing delivered and "below target", while Housing had no target.
    const refused = (options: SocialValueBudgetOptions) =>
      caught(() => socialValueBudget(portfolio(), options));
    const spaced = refused({ targets: [{ year: '2025/26', department: ' Housing', value: 5 }] });
    expect(spaced.message.split('\n')[0]).toBe('Invalid targets: 1 problem.');
    expect(spaced.issues[0]).toMatchObject({
      path: 'options.targets[0].department',
      message: 'expected "Housing" as the portfolio writes it, received " Housing"',
    });
    const cased = refused({ targets: [{ year: '2025/26', priority: 'JOBS', value: 5 }] });
    expect(cased.issues[0]).toMatchObject({
      path: 'options.targets[0].priority',
      message: 'expected "Jobs" as the portfolio writes it, received "JOBS"',
    });
    const base = refused({
      baseline: { year: '2023/24', values: [{ department: 'highways ', value: 1 }] },
    });
    expect(base.message.split('\n')[0]).toBe('Invalid baseline: 1 problem.');
    expect(base.issues[0]?.path).toBe('options.baseline.values[0].department');
    // A department the portfolio does not have at all is one with nothing delivered yet.
    const parks = socialValueBudget(portfolio(), {
      targets: [{ year: '2025/26', department: 'Parks', value: 5 }],
    }).years[1]!.byDepartment.Parks!;
    expect([str(parks.delivered), parks.status]).toEqual(['0', 'below-target']);
  });

  it('warns of a department or priority close to one of the portfolio but not in it (a typo)', () => {
    // "Housng" for "Housing" was a department of its own, silently: £0 delivered, "below target",
    // while Housing had no target. It may be a new department, so it stays, with a warning.
    const budget = socialValueBudget(portfolio(), {
      targets: [
        { year: '2025/26', department: 'Housng', value: 6000 },
        { year: '2025/26', department: 'Parks', value: 5 },
        { year: '2025/26', priority: 'Job', value: 5 },
      ],
      baseline: { year: '2023/24', values: [{ department: 'Highway', value: 1 }] },
    });
    expect(budget.findings).toEqual([
      {
        code: 'part-not-in-portfolio',
        severity: 'warning',
        message:
          'Baseline value 0: no contract has department "Highway" (did you mean "Highways"?).',
        target: null,
      },
      {
        code: 'part-not-in-portfolio',
        severity: 'warning',
        message: 'Target 0: no contract has department "Housng" (did you mean "Housing"?).',
        target: 0,
      },
      {
        code: 'part-not-in-portfolio',
        severity: 'warning',
        message: 'Target 2: no contract has priority "Job" (did you mean "Jobs"?).',
        target: 2,
      },
    ]);
    expect(budget.summary.endsWith('; 3 warnings.')).toBe(true);
    // Still budgeted as given: "Parks", unlike anything in the portfolio, raises nothing.
    expect(str(budget.years[1]!.byDepartment.Housng!.target)).toBe('6000');
    expectSame(revive(JSON.parse(JSON.stringify(budget))), budget);
  });

  it('refuses a department or priority tag close to a tag of the portfolio but not one', () => {
    // `departmentTag: 'departmnt'` read no contract's department: Housing's £6,000 target became
    // a department of its own with nothing delivered, "below target", silently.
    const tagged = (options: SocialValueBudgetOptions) =>
      caught(() => socialValueBudget(portfolio(), options)).issues[0];
    expect(tagged({ departmentTag: 'departmnt', targets })).toMatchObject({
      path: 'options.departmentTag',
      message: 'expected a tag of the portfolio, received "departmnt" (did you mean "department"?)',
    });
    expect(tagged({ priorityTag: 'Priority' })?.path).toBe('options.priorityTag');
    // The default tag, read for a target naming a department, beside a portfolio's "Department".
    const capital = summarisePortfolio([
      { id: 'H-1', tags: { Department: 'Housing' }, report: housing('2026-03-31') },
    ]);
    expect(
      caught(() =>
        socialValueBudget(capital, {
          targets: [{ year: '2025/26', department: 'Housing', value: 5 }],
        }),
      ).issues[0]?.message,
    ).toBe('expected a tag of the portfolio, received "department" (did you mean "Department"?)');
    // Not read, or nothing like it in the portfolio: no complaint.
    expect(socialValueBudget(capital).years).toHaveLength(2);
    expect(socialValueBudget(portfolio(), { departmentTag: 'team' }).years).toHaveLength(2);
  });

  it('refuses one tag for both departments and priorities', () => {
    // `priorityTag: 'department'` made each department a priority as well: Housing's delivery
    // was in both breakdowns of the budget.
    const both = (options: SocialValueBudgetOptions) =>
      caught(() => socialValueBudget(portfolio(), options)).issues[0];
    expect(both({ priorityTag: 'department' })).toMatchObject({
      path: 'options.priorityTag',
      message: 'expected a tag other than the department tag, received "department" for both',
    });
    expect(both({ departmentTag: 'priority' })).toMatchObject({
      path: 'options.departmentTag',
      message: 'expected a tag other than the priority tag, received "priority" for both',
    });
  });

  it('refuses a baseline year after the portfolio’s or not written as its years are', () => {
    // The portfolio runs 2024/25 to 2025/26. A baseline of 2026/27, or of 2024-25 (a typo for
    // 2024/25), used to be taken as the year before 2024/25: "up £x on 2026/27".
    for (const year of ['2026/27', '2024-25', '2024', 'last year']) {
      const error = caught(() =>
        socialValueBudget(portfolio(), { baseline: { year, values: [{ value: 100 }] } }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.path)).toEqual(['options.baseline.year']);
      expect(error.issues[0]?.message).toContain(`received "${year}"`);
    }
    expect(
      caught(() =>
        socialValueBudget(portfolio(), { baseline: { year: '2026/27', values: [{ value: 1 }] } }),
      ).issues[0]?.message,
    ).toBe(
      'expected a financial year before or within the portfolio\'s (2024/25 to 2025/26), received "2026/27"',
    );
    // This year's budget is no baseline for last year's portfolio.
    const lastYear = summarisePortfolio([
      { id: 'H-1', tags: { department: 'Housing' }, report: housing('2025-03-31') },
    ]);
    expectError(
      () => socialValueBudget(lastYear, { baseline: socialValueBudget(portfolio()) }),
      'invalid-input',
      'options.baseline',
    );
    // A baseline before the portfolio, or one of its years, is read as before.
    expect(
      socialValueBudget(portfolio(), { baseline: { year: '2020/21', values: [{ value: 1 }] } })
        .years.length,
    ).toBe(2);
    expect(
      socialValueBudget(portfolio(), { baseline: { year: '2024/25', values: [{ value: 1 }] } })
        .years.length,
    ).toBe(1);
  });
});

describe('a target or baseline value below a penny', () => {
  // A target of 1e-40 made a targetRatio near 1e70 (the £7,437.85 delivered in 2025/26 … ÷
  // 1e-40), past the 1e60 figures revive reads: the budget could not be stored. Targets and
  // baseline values are 0 or at least a penny now, as contract values are.
  it('is refused at its path', () => {
    const target = caught(() =>
      socialValueBudget(portfolio(), { targets: [{ year: '2025/26', value: '1e-40' }] }),
    );
    expect(target.code).toBe('invalid-input');
    expect(target.issues.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'options.targets[0].value: expected 0 or a number at least 0.01, received "1e-40"',
    ]);
    const baseline = caught(() =>
      socialValueBudget(portfolio(), {
        baseline: { year: '2023/24', values: [{ value: '0.009' }] },
      }),
    );
    expect(baseline.issues.map((issue) => issue.path)).toEqual([
      'options.baseline.values[0].value',
    ]);
  });

  it('reads 0 and a penny as before, and the budget revives', () => {
    const budget = socialValueBudget(portfolio(), {
      targets: [
        { year: '2025/26', value: '0.01' },
        { year: '2024/25', value: 0 },
      ],
      baseline: { year: '2023/24', values: [{ value: '0.01' }] },
    });
    expect(budget.years.at(0)?.total.targetRatio).toBeNull();
    const json = JSON.stringify(budget);
    expect(JSON.stringify(revive(JSON.parse(json), 'social-value-budget'))).toBe(json);
  });
});

describe('a change on a year that delivered less than a penny', () => {
  // 2024/25 delivered 1e-40 of a measure worth 1e-40 (1e-80); 2025/26 delivered 999999999999999 of
  // one worth 999999999999999: 999999999999998000000000000001, by hand (10^15 − 1)². The change
  // on 1e-80 was a ratio near 1e110, past the 1e60 figures revive reads: the budget could not be
  // stored. A year before that delivered less than a penny has no change ratio (null), as one
  // that delivered nothing; the change itself is kept exactly.
  const big = '999999999999999';
  const report = trackDelivery(
    {
      lines: [
        { measure: 'NT29', theme: 'social', valueType: 'social', quantity: 1, proxyValue: '1e-40' },
        { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 1, proxyValue: big },
      ],
    },
    [
      { measure: 'NT29', date: '2024-10-01', quantity: '1e-40' },
      { measure: 'NT1', date: '2025-10-01', quantity: big },
    ],
    { start: '2024-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );

  it('has no change ratio, and revives', () => {
    const budget = socialValueBudget(summarisePortfolio([{ id: 'C', report }]));
    const [first, second] = budget.years;
    expect(str(first?.total.delivered)).toBe('1e-80');
    // (10^15 − 1)² − 10^-80: 80 nines after the point.
    expect(str(second?.total.change)).toBe(`999999999999998000000000000000.${'9'.repeat(80)}`);
    expect(second?.total.changeRatio).toBeNull();
    // The year before delivered 1e-80: less than a penny, never written £0.00.
    expect(second?.total.reason).toContain(
      'up £999,999,999,999,998,000,000,000,000,001.00 on 2024/25 (less than £0.01).',
    );
    const json = JSON.stringify(budget);
    expect(JSON.stringify(revive(JSON.parse(json), 'social-value-budget'))).toBe(json);
  });

  it('keeps the ratio on a year that delivered a penny', () => {
    // A baseline of £0.01 and £0.02 delivered: up 100%.
    const penny = trackDelivery(
      {
        lines: [
          { measure: 'NT1', theme: 'jobs', valueType: 'social', quantity: 1, proxyValue: '0.02' },
        ],
      },
      [{ measure: 'NT1', date: '2025-10-01', quantity: 1 }],
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    const budget = socialValueBudget(summarisePortfolio([{ id: 'C', report: penny }]), {
      baseline: { year: '2024/25', values: [{ value: '0.01' }] },
    });
    expect(str(budget.years[0]?.total.changeRatio)).toBe('1');
  });
});

describe('socialValueBudget: a change on a year of net disbenefit', () => {
  it('has a change ratio of the sign of the change, as its sentence says', () => {
    // 2024/25 delivers a disbenefit of 100 × £1 (−£100 net), 2025/26 a benefit of 50 × £1
    // (£50): change = 50 − (−100) = £150, up. On a base of −£100 that is 150 ÷ |−100| = 1.5
    // (the sentence said "up £150.00 (150%)" while changeRatio was 150 ÷ −100 = −1.5).
    const report = trackDelivery(
      {
        lines: [
          {
            measure: 'D',
            theme: 'env',
            valueType: 'social',
            quantity: 100,
            proxyValue: 1,
            effect: 'disbenefit',
          },
          { measure: 'A', theme: 'jobs', valueType: 'social', quantity: 100, proxyValue: 1 },
        ],
      },
      [
        { measure: 'D', date: '2024-06-01', quantity: 100 },
        { measure: 'A', date: '2025-06-01', quantity: 50 },
      ],
      { start: '2024-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    const budget = socialValueBudget(summarisePortfolio([{ id: 'C', report }]));
    const last = budget.years[1]!.total;
    expect([str(last.previous), str(last.change), str(last.changeRatio)]).toEqual([
      '-100',
      '150',
      '1.5',
    ]);
    expect(last.reason).toContain('up £150.00 (150%) on 2024/25 (-£100.00)');
  });
});

describe('a hand-made portfolio summary with fields left out', () => {
  it('names each missing field as missing, never "received undefined"', () => {
    const error = caught(() =>
      socialValueBudget({ kind: 'portfolio-summary', schemaVersion: 1 } as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).not.toContain('undefined');
    const messages = Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
    expect(messages['portfolio.byTheme']).toBe(
      'missing: expected a plain object of names and values',
    );
    expect(messages['portfolio.byTag']).toBe(
      'missing: expected a plain object of names and values',
    );
    // Every field of a whole summary left out in turn, as a portfolio and as a baseline.
    const whole = JSON.parse(JSON.stringify(portfolio()));
    for (const key of Object.keys(whole).filter((key) => key !== 'kind')) {
      const { [key]: _, ...without } = whole;
      for (const call of [
        () => socialValueBudget(without),
        () => socialValueBudget(portfolio(), { baseline: without }),
      ]) {
        expect(caught(call).message, key).not.toContain('received undefined');
      }
    }
  });
});

// Pins from mutation testing (4 December 2026): each budget is made inside its test, so that
// Stryker's per-test coverage sees the code that writes it. Fixtures as at the top of the file.
/** The error's code, message and issues of `fn`. */
const failure = (fn: () => unknown) => {
  const error = caught(fn);
  return [error.code, error.message, error.issues.map((issue) => [issue.path, issue.message])];
};

describe('socialValueBudget: the summary and the sentences of each status', () => {
  it('summarises a year still open whose whole-council target the pledges cover', () => {
    // At 2025-09-30 only Housing's 400 hours (£6,436) are in 2025/26; 2024/25 delivered £35,609:
    // down £29,173 (29,173 ÷ 35,609 = 81.9%). The £69,454.45 due covers the £50,000 target;
    // Housing met its £6,000, Highways (£48,190.60 due ≥ £40,000) and Jobs (£15,391 ≥ £10,000)
    // are pledged to meet: no part below target.
    expect(socialValueBudget(portfolio('2025-09-30'), { targets }).summary).toBe(
      'Social value budget 2024/25 to 2025/26: £6,436.00 delivered in 2025/26 against a whole-council target of £50,000.00 (pledged to meet), down £29,173.00 (81.9%) on 2024/25.',
    );
  });

  it('summarises a whole-council target met, with one part below its target', () => {
    // £45,149.38 ≥ £45,000: met. Highways' £38,713.38 < £40,000 in a closed year: 1 part below.
    const budget = socialValueBudget(portfolio(), {
      targets: [
        { year: '2025/26', value: 45000 },
        { year: '2025/26', department: 'Highways', value: 40000 },
      ],
    });
    expect(budget.summary).toBe(
      'Social value budget 2024/25 to 2025/26: £45,149.38 delivered in 2025/26 against a whole-council target of £45,000.00 (met), up £9,540.38 (26.8%) on 2024/25; 1 department or priority below target.',
    );
  });

  it("summarises a budget of one year against the baseline's year", () => {
    // Last year's budget ends in 2024/25 (£35,609): this one is 2025/26 alone, up £9,540.38.
    const lastYear = socialValueBudget(
      summarisePortfolio([
        { id: 'H-1', tags: { department: 'Housing' }, report: housing('2025-03-31') },
      ]),
    );
    expect(socialValueBudget(portfolio(), { baseline: lastYear }).summary).toBe(
      'Social value budget 2025/26: £45,149.38 delivered in 2025/26, up £9,540.38 (26.8%) on 2024/25.',
    );
  });

  it('writes a year that delivered what the one before did as level', () => {
    // A baseline of £35,609, 2024/25's delivery to the penny: a change of 0, a ratio of 0.
    const total = socialValueBudget(portfolio(), {
      baseline: { year: '2023/24', values: [{ value: 35609 }] },
    }).years[0]!.total;
    expect([str(total.change), str(total.changeRatio)]).toEqual(['0', '0']);
    expect(total.reason).toBe(
      'The whole council, 2024/25: £35,609.00 of social value delivered, no target set; £21,263.85 due under pledges; level on 2023/24 (£35,609.00).',
    );
  });

  it('meets a target of 0 with no ratio to it', () => {
    // £45,149.38 ≥ £0: met; no ratio on a target of 0, and no share of it in the sentences.
    const budget = socialValueBudget(portfolio(), { targets: [{ year: '2025/26', value: 0 }] });
    const total = budget.years[1]!.total;
    expect([total.status, total.targetRatio]).toEqual(['met', null]);
    expect(total.reason).toBe(
      'The whole council, 2025/26: £45,149.38 of social value delivered, against a target of £0.00: met; £69,454.45 due under pledges; up £9,540.38 (26.8%) on 2024/25 (£35,609.00).',
    );
    expect(budget.summary).toBe(
      'Social value budget 2024/25 to 2025/26: £45,149.38 delivered in 2025/26 against a whole-council target of £0.00 (met), up £9,540.38 (26.8%) on 2024/25.',
    );
  });

  it('reads back a budget of no years, and takes one as no baseline', () => {
    // A baseline of the portfolio's last year (2025/26) leaves no year to budget.
    const nothingAfter = socialValueBudget(portfolio(), {
      baseline: socialValueBudget(portfolio()),
    });
    const back: SocialValueBudget = revive(
      JSON.parse(JSON.stringify(nothingAfter)),
      'social-value-budget',
    );
    expect(back.summary).toBe(
      "Social value budget: the portfolio has no financial years after the baseline's (2025/26) yet.",
    );
    // As a baseline, it has no last year: the budget then has none, and compares with nothing.
    const after = socialValueBudget(portfolio(), { baseline: nothingAfter });
    expect(after.baselineYear).toBeNull();
    expect(after.years.map((year) => [year.year, year.total.previous])).toEqual([
      ['2024/25', null],
      ['2025/26', expect.anything()],
    ]);
  });

  it('takes a stored portfolio summary as the baseline, as it takes the summary itself', () => {
    const last = summarisePortfolio([
      { id: 'H-1', tags: { department: 'Housing' }, report: housing('2025-03-31') },
    ]);
    expectSame(
      socialValueBudget(portfolio(), { baseline: JSON.parse(JSON.stringify(last)) }),
      socialValueBudget(portfolio(), { baseline: last }),
    );
  });

  it('budgets to the latest report date of the contracts, whatever their order', () => {
    // A to 2026-03-31, B to 2025-09-30: the budget is as of 2026-03-31, and 2025/26 closed.
    const budget = socialValueBudget(
      summarisePortfolio([
        { id: 'A', report: housing('2026-03-31') },
        { id: 'B', report: housing('2025-09-30') },
      ]),
    );
    expect([budget.asOf, budget.years.at(-1)!.closed]).toEqual(['2026-03-31', true]);
    expect(budget.findings).toEqual([]);
  });

  it('writes a target of a year still open that the pledges do not cover', () => {
    // At 2025-09-30 Highways has delivered nothing (its deliveries are later) and £48,190.60 is
    // due in 2025/26, short of a £50,000 target; it had nothing in 2024/25 either: level.
    const highways = socialValueBudget(portfolio('2025-09-30'), {
      targets: [{ year: '2025/26', department: 'Highways', value: 50000 }],
    }).years[1]!.byDepartment.Highways!;
    expect(highways.status).toBe('below-target');
    expect(highways.reason).toBe(
      'Department Highways, 2025/26: £0.00 of social value delivered, against a target of £50,000.00 (0%): below target, and the pledges due this year do not cover it; £48,190.60 due under pledges; level on 2024/25 (£0.00).',
    );
  });

  it('writes a target met by a hair as 100%, met', () => {
    // 12,000.001 hours at £1 against £12,000: 1.0000000833… of it, met; written to 1 place.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, proxyValue: 1 };
    const report = trackDelivery(
      { lines: [{ ...line, quantity: 100_000 }] },
      [{ measure: 'NT29', date: '2025-09-30', quantity: '12000.001' }],
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    const total = socialValueBudget(summarisePortfolio([{ id: 'C1', report }]), {
      targets: [{ year: '2025/26', value: 12_000 }],
    }).years[0]!.total;
    expect([total.status, str(total.targetRatio)]).toEqual([
      'met',
      '1.000000083333333333333333333333333',
    ]);
    expect(total.reason).toContain('against a target of £12,000.00 (100%): met;');
  });

  it('checks a default tag only when a target or baseline names a part of it', () => {
    // The portfolio's only tag, "priorty", is close to the default "priority". With no target
    // naming a priority nothing is read under it: 4 hours at £1 delivered, the budget made.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, proxyValue: 1 };
    const report = trackDelivery(
      { lines: [{ ...line, quantity: 10 }] },
      [{ measure: 'NT29', date: '2025-09-30', quantity: 4 }],
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    );
    const tagged = summarisePortfolio([{ id: 'C', tags: { priorty: 'Jobs' }, report }]);
    const budget = socialValueBudget(tagged);
    expect(budget.years.map((year) => [year.year, str(year.total.delivered)])).toEqual([
      ['2025/26', '4'],
    ]);
    // A target of a priority reads the tag: refused, with the tag probably meant.
    expect(
      failure(() =>
        socialValueBudget(tagged, { targets: [{ year: '2025/26', priority: 'Jobs', value: 1 }] }),
      )[2],
    ).toEqual([
      [
        'options.priorityTag',
        'expected a tag of the portfolio, received "priority" (did you mean "priorty"?)',
      ],
    ]);
  });

  it('takes a target for a year from January as the portfolio writes it (2025)', () => {
    // 10 hours at £1 pledged over 2025, none delivered: 0 of £5, below target at 0%.
    const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, proxyValue: 1 };
    const report = trackDelivery({ lines: [{ ...line, quantity: 10 }] }, [], {
      start: '2025-01-01',
      end: '2025-12-31',
      asOf: '2025-12-31',
      financialYearStartMonth: 1,
    });
    const budget = socialValueBudget(summarisePortfolio([{ id: 'J', report }]), {
      targets: [{ year: '2025', value: 5 }],
    });
    const year = budget.years[0]!;
    expect([year.year, year.total.status, str(year.total.targetRatio)]).toEqual([
      '2025',
      'below-target',
      '0',
    ]);
  });
});

describe('socialValueBudget: the errors, word for word', () => {
  it('names a target or baseline value for two parts, or for a figure given twice', () => {
    expect(
      failure(() =>
        socialValueBudget(portfolio(), {
          targets: [{ year: '2025/26', department: 'Housing', priority: 'Jobs', value: 1 }],
        }),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid target: a department and a priority.\n  - options.targets[0].priority: expected a department or a priority (or neither, for the whole council), not both',
      [
        [
          'options.targets[0].priority',
          'expected a department or a priority (or neither, for the whole council), not both',
        ],
      ],
    ]);
    const twice = (options: SocialValueBudgetOptions) =>
      failure(() => socialValueBudget(portfolio(), options)).slice(1, 2);
    expect(
      twice({
        targets: [
          { year: '2025/26', value: 1 },
          { year: '2025/26', value: 2 },
        ],
      }),
    ).toEqual([
      'Invalid target: the same figure twice.\n  - options.targets[1]: expected one target per year for the whole council',
    ]);
    expect(twice({ targets: [targets[1]!, targets[1]!] })).toEqual([
      'Invalid target: the same figure twice.\n  - options.targets[1]: expected one target per year for "Housing"',
    ]);
    expect(twice({ baseline: { year: '2023/24', values: [{ value: 1 }, { value: 2 }] } })).toEqual([
      'Invalid baseline: the same figure twice.\n  - options.baseline.values[1]: expected one baseline per year for the whole council',
    ]);
  });

  it('names a baseline that is none of the three it takes', () => {
    const expected =
      "expected last year's social value budget, portfolio summary or { year, values }";
    expect(failure(() => socialValueBudget(portfolio(), { baseline: 5 as never }))).toEqual([
      'invalid-input',
      `Invalid baseline: 1 problem.\n  - options.baseline: ${expected}, received 5`,
      [['options.baseline', `${expected}, received 5`]],
    ]);
  });

  it('names a part written otherwise, a tag close to the portfolio’s, and one tag for both', () => {
    expect(
      failure(() =>
        socialValueBudget(portfolio(), {
          targets: [{ year: '2025/26', department: 'housing', value: 1 }],
        }),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid targets: 1 problem.\n  - options.targets[0].department: expected "Housing" as the portfolio writes it, received "housing"',
      [
        [
          'options.targets[0].department',
          'expected "Housing" as the portfolio writes it, received "housing"',
        ],
      ],
    ]);
    // A department tag given is checked with no target naming a department.
    expect(failure(() => socialValueBudget(portfolio(), { departmentTag: 'departmnt' }))).toEqual([
      'invalid-input',
      'Invalid budget options: 1 problem.\n  - options.departmentTag: expected a tag of the portfolio, received "departmnt" (did you mean "department"?)',
      [
        [
          'options.departmentTag',
          'expected a tag of the portfolio, received "departmnt" (did you mean "department"?)',
        ],
      ],
    ]);
    expect(failure(() => socialValueBudget(portfolio(), { priorityTag: 'department' }))).toEqual([
      'invalid-input',
      'Invalid budget options: 1 problem.\n  - options.priorityTag: expected a tag other than the department tag, received "department" for both',
      [
        [
          'options.priorityTag',
          'expected a tag other than the department tag, received "department" for both',
        ],
      ],
    ]);
  });

  it('names what the options, a target and a baseline value are expected to be', () => {
    const issues = (options: unknown) =>
      failure(() => socialValueBudget(portfolio(), options as never))[2];
    expect(issues(5)).toEqual([['options', 'expected options (an object), received 5']]);
    expect(issues({ targets: [5] })).toEqual([
      ['options.targets[0]', 'expected a target (an object), received 5'],
    ]);
    expect(issues({ targets: [{ year: 2025, value: 1 }] })).toEqual([
      ['options.targets[0].year', 'expected text, received 2025'],
    ]);
    expect(issues({ targets: [{ year: '2025/26', value: -1 }] })).toEqual([
      ['options.targets[0].value', 'expected a number at least 0, received -1'],
    ]);
    expect(issues({ targets: [{ year: '2025/26', amount: 1 }] })).toEqual([
      ['options.targets[0].value', 'missing: expected a number'],
      ['options.targets[0].amount', 'unknown key (renamed in 0.2: did you mean "value"?)'],
    ]);
    expect(issues({ baseline: { year: '2023/24', values: [5] } })).toEqual([
      ['options.baseline.values[0]', 'expected a baseline value (an object), received 5'],
    ]);
    expect(
      failure(() => socialValueBudget(portfolio(), { target: [] } as never)).slice(1, 2),
    ).toEqual([
      'Invalid budget options: 1 problem.\n  - options.target: unknown key (did you mean "targets"?)',
    ]);
    expect(
      failure(() =>
        socialValueBudget(portfolio(), { baseline: { year: '2023/24', value: [] } } as never),
      ).slice(1, 2),
    ).toEqual([
      'Invalid baseline: 2 problems.\n  - options.baseline.values: missing: expected a list\n  - options.baseline.value: unknown key (did you mean "values"?)',
    ]);
  });

  it('names a baseline year after a portfolio of one year, and a portfolio of no contracts', () => {
    // Highways' contract runs in 2025/26 alone: the portfolio's years are that one.
    const oneYear = summarisePortfolio([{ id: 'W-1', report: highways('2026-03-31') }]);
    expect(
      failure(() => socialValueBudget(oneYear, { baseline: { year: '2026/27', values: [] } }))[2],
    ).toEqual([
      [
        'options.baseline.year',
        `expected a financial year before or within the portfolio's (2025/26), received "2026/27"`,
      ],
    ]);
    expect(failure(() => socialValueBudget(summarisePortfolio([]))).slice(0, 2)).toEqual([
      'invalid-input',
      'Invalid portfolio: no contracts to budget.\n  - portfolio.contracts: expected a portfolio of at least one contract',
    ]);
  });
});
