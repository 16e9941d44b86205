import { describe, expect, it } from 'vitest';
import {
  type Delivery,
  revive,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { expectError, str } from './helpers.js';
import { cwb, seed004Framework } from './seed-004.js';

// Issue 14, item 8: a contract variation that adds a measure the valuation did not pledge.
// Seed 004's NT1 pledge (24 local FTE at £30,782) over a three-year contract, 2024-04-01 to
// 2027-03-31 (1,095 days). Contract change notice CCN-3 adds, from 2025-04-01 (day 365), 730
// hours of volunteering (NT29, £16.09 an hour in seed 004's table) over the 730 days left: an
// hour a day on the linear profile from the day it was added. Every figure below is worked by
// hand in the comments.
const valuation = valuePledges(
  seed004Framework,
  [{ measure: 'NT1', quantity: 24, tags: cwb('Advancing Fairer Employment') }],
  { contractValue: 5_000_000 },
);
const contract = { start: '2024-04-01', end: '2027-03-31' } as const;
const ccn3 = {
  measure: 'NT29',
  date: '2025-04-01',
  quantity: 730,
  reason: 'Volunteering added to the contract',
  reference: 'CCN-3',
  newPledge: {
    theme: 'social',
    valueType: 'social' as const,
    proxyValue: '16.09',
    title: 'Volunteering hours',
    unit: 'hours',
    tags: cwb('Plural Ownership of the Economy'),
  },
};
const report = (options: Record<string, unknown> = {}, deliveries: Delivery[] = [nt29(300)]) =>
  trackDelivery(valuation, deliveries, {
    ...contract,
    asOf: '2026-03-31',
    variations: [ccn3],
    ...options,
  });
const nt29 = (quantity: number, date = '2025-12-31') => ({ measure: 'NT29', date, quantity });

describe('trackDelivery: a measure added by a variation', () => {
  it('reports the new pledge as a line of its own, with its origin and history', () => {
    const { lines } = report();
    expect(lines.map((line) => [line.index, line.measure, line.origin])).toEqual([
      [0, 'NT1', 'valuation'],
      [1, 'NT29', 'variation'],
    ]);
    const added = lines[1]!;
    expect(added).toMatchObject({ theme: 'social', title: 'Volunteering hours', unit: 'hours' });
    expect(added.tags['CWB Priority']).toBe('Plural Ownership of the Economy');
    expect(added.history).toEqual([
      {
        from: '2025-04-01',
        quantity: expect.anything(),
        reason: 'Volunteering added to the contract',
        reference: 'CCN-3',
      },
    ]);
    expect(str(added.history[0]!.quantity)).toBe('730');
  });

  it('expects it from the day it was added, on its own linear profile', () => {
    const added = report().lines[1]!;
    // 730 hours over the 730 days from 2025-04-01; at 2026-03-31, 365 of them have passed.
    expect(str(added.commitment)).toBe('730');
    expect(str(added.expected)).toBe('365');
    // 300 delivered of 365 expected: pace 300/365 = 0.8219…, at risk (0.75 to 0.9).
    expect(added.status).toBe('at-risk');
    expect(str(added.deliveryRatio)).toBe('0.8219178082191780821917808219178082');
    // Values: 730 × £16.09 = £11,745.70 pledged, half expected = £5,872.85; 300 × £16.09 =
    // £4,827 delivered; £5,872.85 − £4,827 = £1,045.85 behind; £6,918.70 still to deliver.
    expect(str(added.value.pledged)).toBe('11745.7');
    expect(str(added.value.expected)).toBe('5872.85');
    expect(str(added.value.delivered)).toBe('4827');
    expect(str(added.value.shortfallToDate)).toBe('1045.85');
    expect(str(added.value.shortfall)).toBe('6918.7');
  });

  it('counts it in the totals and years: nothing due before it was added', () => {
    const { totals, byFinancialYear, byTheme, byTag } = report();
    // NT1 pledged £738,768; with NT29 £750,513.70.
    expect(str(totals.pledged)).toBe('750513.7');
    expect(str(byTheme.social?.pledged)).toBe('11745.7');
    expect(str(byTag['CWB Priority']?.['Plural Ownership of the Economy']?.delivered)).toBe('4827');
    const [first, second] = byFinancialYear;
    // 2024/25: NT1's third (£246,256) only. 2025/26: NT1's third and NT29's £5,872.85.
    expect(str(first?.pledged)).toBe('246256');
    expect(str(second?.pledged)).toBe('252128.85');
    expect(str(second?.byTag['CWB Priority']?.['Plural Ownership of the Economy']?.pledged)).toBe(
      '5872.85',
    );
  });

  it('takes the details it leaves out from the framework', () => {
    const { newPledge: _, ...bare } = ccn3;
    const added = trackDelivery(valuation, [nt29(300)], {
      ...contract,
      asOf: '2026-03-31',
      framework: seed004Framework,
      variations: [{ ...bare, newPledge: {} }],
    }).lines[1]!;
    expect(added).toMatchObject({
      origin: 'variation',
      theme: 'social',
      valueType: 'social',
      title: 'Volunteering hours for local community projects',
    });
    expect(str(added.proxyValue)).toBe('16.09');
    expect(str(added.value.delivered)).toBe('4827');
  });

  it('follows its own profile from the day it was added', () => {
    // A quarter in 2025/26 and three quarters in 2026/27: 182.5 hours expected at 2026-03-31.
    const added = report({
      variations: [
        {
          ...ccn3,
          newPledge: {
            ...ccn3.newPledge,
            profile: [
              { from: '2025-04-01', to: '2026-03-31', share: '0.25' },
              { from: '2026-04-01', to: '2027-03-31', share: '0.75' },
            ],
          },
        },
      ],
    }).lines[1]!;
    expect(str(added.expected)).toBe('182.5');
    // 300 of 182.5 expected (pace above 1) and of 730 in all: on track.
    expect(added.status).toBe('on-track');
  });

  it('keeps later variations of the added pledge in its history', () => {
    // From 2025-10-01 (day 548) the pledge is cut to 365 hours. Each day is due at the pledge
    // in force, 1/730 of it a day: 183 days at 730 (183 hours) then 547 days at 365 (273.5
    // hours): 456.5 over the contract; by 2026-03-31, 183 + 365 × 182/730 = 274.
    const added = report({
      variations: [ccn3, { measure: 'NT29', date: '2025-10-01', quantity: 365, reason: 'CCN-5' }],
    }).lines[1]!;
    expect(added.history.map((version) => [version.from, str(version.quantity)])).toEqual([
      ['2025-04-01', '730'],
      ['2025-10-01', '365'],
    ]);
    expect(str(added.commitment)).toBe('456.5');
    expect(str(added.expected)).toBe('274');
    expect(str(added.pledged)).toBe('365');
  });

  it('leaves out a pledge added after the report date', () => {
    const early = trackDelivery(valuation, [], {
      ...contract,
      asOf: '2025-03-31',
      variations: [ccn3],
    });
    expect(early.lines.map((line) => line.measure)).toEqual(['NT1']);
    // A delivery of the measure before the pledge is in force is one nobody pledged, valued at
    // the new pledge's £16.09 without a framework: 5 h × 16.09 = 80.45.
    const before = trackDelivery(valuation, [nt29(5, '2025-02-01')], {
      ...contract,
      asOf: '2025-03-31',
      variations: [ccn3],
    });
    expect(before.unpledged.map((entry) => [entry.measure, str(entry.value)])).toEqual([
      ['NT29', '80.45'],
    ]);
  });

  it('does not count a delivery dated before the pledge was added against it', () => {
    // CCN-3 adds NT29 on 2025-04-01. 40 h delivered on 2025-03-15 (before) and 300 h on
    // 2025-12-31 (after): the line has the 300 h (300 × 16.09 = 4,827); the 40 h are a delivery
    // nobody pledged, at the new pledge's £16.09 (no framework given): 643.60.
    const split = report({}, [nt29(40, '2025-03-15'), nt29(300)]);
    const added = split.lines[1]!;
    expect(str(added.delivered)).toBe('300');
    expect(str(added.value.delivered)).toBe('4827');
    expect(added.deliveryCount).toBe(1);
    expect(
      split.unpledged.map((entry) => [
        entry.measure,
        entry.theme,
        str(entry.quantity),
        str(entry.value),
      ]),
    ).toEqual([['NT29', 'social', '40', '643.6']]);
    expect(str(split.totals.unpledged)).toBe('643.6');
    // With a framework, at its proxy value for NT29 (seed 004's £16.09 too), titled as it is.
    const framed = report({ framework: seed004Framework }, [nt29(40, '2025-03-15'), nt29(300)]);
    expect(framed.unpledged[0]!.title).toBe('Volunteering hours for local community projects');
    expect(str(framed.unpledged[0]!.value)).toBe('643.6');
    expect(str(framed.lines[1]!.delivered)).toBe('300');
    // A delivery naming the added line, dated before it was added, is refused.
    expectError(
      () => report({}, [{ ...nt29(40, '2025-03-15'), line: 1 }]),
      'date-out-of-range',
      'deliveries[0].date',
    );
    // On the day it was added, it counts.
    expect(str(report({}, [nt29(40, '2025-04-01')]).lines[1]!.delivered)).toBe('40');
  });

  it('counts a delivery before a disbenefit was added as a disbenefit nobody pledged', () => {
    // CCN-3 made a disbenefit: 40 h on 2025-03-15 (before it was added, in 2024/25) and 300 h
    // on 2025-12-31 (2025/26). The line counts −300 × 16.09 = −4,827; the 40 h nobody pledged
    // carry the new pledge's effect too: −40 × 16.09 = −643.60, not +643.60.
    const harm = { ...ccn3, newPledge: { ...ccn3.newPledge, effect: 'disbenefit' as const } };
    const live = report({ variations: [harm] }, [nt29(40, '2025-03-15'), nt29(300)]);
    expect(str(live.lines[1]!.value.delivered)).toBe('-4827');
    const [early] = live.unpledged;
    expect(early).toMatchObject({ measure: 'NT29', effect: 'disbenefit' });
    expect([early!.quantity, early!.proxyValue, early!.value].map(str)).toEqual([
      '40',
      '16.09',
      '-643.6',
    ]);
    expect(str(live.totals.unpledged)).toBe('-643.6');
    expect(str(live.byEffect?.disbenefit.unpledged)).toBe('-643.6');
    expect(str(live.byEffect?.benefit.unpledged)).toBe('0');
    expect(str(live.byTheme.social?.unpledged)).toBe('-643.6');
    expect(live.byFinancialYear.map((year) => [year.year, str(year.unpledged)])).toEqual([
      ['2024/25', '-643.6'],
      ['2025/26', '0'],
    ]);
    expect(live.summary).toContain(', less £643.60 of disbenefit nobody pledged;');
    // Valued at the framework's proxy (seed 004's NT29, £16.09 too): a disbenefit still.
    const framed = report({ variations: [harm], framework: seed004Framework }, [
      nt29(40, '2025-03-15'),
    ]);
    expect(framed.unpledged[0]!.effect).toBe('disbenefit');
    expect(str(framed.unpledged[0]!.value)).toBe('-643.6');
    // A benefit's entry has no effect, as before.
    expect('effect' in report({}, [nt29(40, '2025-03-15')]).unpledged[0]!).toBe(false);
    // Through JSON and into a portfolio: −4,827 delivered and −643.60 nobody pledged.
    const back = revive(JSON.parse(JSON.stringify(live)), 'delivery-report');
    expectSame(back, live);
    const portfolio = summarisePortfolio([{ id: 'C1', report: back }]);
    expect(str(portfolio.totals.unpledged)).toBe('-643.6');
    expect(str(portfolio.byEffect?.disbenefit.unpledged)).toBe('-643.6');
    expect(str(portfolio.byEffect?.disbenefit.delivered)).toBe('-4827');
  });

  it('refuses a new pledge of a measure already pledged, or without its details', () => {
    expectError(
      () => report({ variations: [{ ...ccn3, measure: 'NT1' }] }),
      'invalid-input',
      'options.variations[0].newPledge',
    );
    expectError(
      () =>
        report({ variations: [{ ...ccn3, newPledge: { valueType: 'social', proxyValue: 1 } }] }),
      'invalid-input',
      'options.variations[0].newPledge.theme',
    );
    expectError(
      () => report({ variations: [ccn3, { ...ccn3, reference: 'again' }] }),
      'invalid-input',
      'options.variations[1].newPledge',
    );
    expectError(
      () => report({ variations: [ccn3, { measure: 'NT29', date: '2025-01-01', quantity: 1 }] }),
      'date-out-of-range',
      'options.variations[1].date',
    );
    expectError(
      () => report({ variations: [{ ...ccn3, newPledge: { ...ccn3.newPledge, index: 0 } }] }),
      'invalid-input',
      'options.variations[0].newPledge.index',
    );
    expectError(
      () => report({ variations: [{ ...ccn3, newPledge: { ...ccn3.newPledge, proxy: 1 } }] }),
      'invalid-input',
      'options.variations[0].newPledge.proxy',
    );
  });

  it('reads back from JSON and sums into a portfolio', () => {
    const live = report();
    const back = revive(JSON.parse(JSON.stringify(live)), 'delivery-report');
    expectSame(back, live);
    const portfolio = summarisePortfolio([{ id: 'C1', report: back }]);
    expect(str(portfolio.byTheme.social?.delivered)).toBe('4827');
  });
});

// Pins from mutation testing (4 December 2026): the edges of the lines a report follows (a
// variation on the report date, two on one day, lines added out of date order) and the words of
// each error about them. Fixtures as at the top of the file.
describe('trackDelivery: the lines variations add and vary, at their edges', () => {
  const nt1 = (date: string, quantity: number) => ({ measure: 'NT1', date, quantity });
  /** The error's code, message and issues of `fn`. */
  const failure = (fn: () => unknown) => {
    const error = caught(fn);
    return [error.code, error.message, error.issues.map((issue) => [issue.path, issue.message])];
  };

  it('keeps a variation dated on the report date, and a pledge added on it', () => {
    // NT1 cut from 24 to 20 FTE on 2026-03-31, the report date: in force, in the history.
    const varied = report({ variations: [nt1('2026-03-31', 20)] }, []).lines[0]!;
    expect(varied.history.map((version) => [version.from, str(version.quantity)])).toEqual([
      ['2024-04-01', '24'],
      ['2026-03-31', '20'],
    ]);
    const added = report({ variations: [{ ...ccn3, date: '2026-03-31' }] });
    expect(added.lines.map((line) => [line.index, line.measure])).toEqual([
      [0, 'NT1'],
      [1, 'NT29'],
    ]);
  });

  it('lists added lines in date order, each new index after the highest so far', () => {
    // Variation 0 adds NT29 as line 5 on 2025-09-01; variation 1 adds NT8 (no index: 5 + 1 = 6)
    // on 2025-06-01, earlier: the report lists NT8 before NT29.
    const nt8 = {
      measure: 'NT8',
      date: '2025-06-01',
      quantity: 10,
      newPledge: { theme: 'social', valueType: 'social' as const, proxyValue: 5 },
    };
    const added = { ...ccn3, date: '2025-09-01', newPledge: { ...ccn3.newPledge, index: 5 } };
    expect(
      report({ variations: [added, nt8] }).lines.map((line) => [line.index, line.measure]),
    ).toEqual([
      [0, 'NT1'],
      [6, 'NT8'],
      [5, 'NT29'],
    ]);
  });

  it('lists pledges added on one day in the order of their variations', () => {
    const nt8 = {
      measure: 'NT8',
      date: '2025-04-01',
      quantity: 10,
      newPledge: { theme: 'social', valueType: 'social' as const, proxyValue: 5 },
    };
    expect(report({ variations: [ccn3, nt8] }).lines.map((line) => line.measure)).toEqual([
      'NT1',
      'NT29',
      'NT8',
    ]);
    expect(report({ variations: [nt8, ccn3] }).lines.map((line) => line.measure)).toEqual([
      'NT1',
      'NT8',
      'NT29',
    ]);
  });

  it('finds the pledge a variation names with spaces around its code', () => {
    // " NT1 " is NT1: cut from 24 to 20 FTE from 2025-06-01.
    const varied = report({ variations: [{ ...nt1('2025-06-01', 20), measure: ' NT1 ' }] }, [])
      .lines[0]!;
    expect(varied.history.map((version) => [version.from, str(version.quantity)])).toEqual([
      ['2024-04-01', '24'],
      ['2025-06-01', '20'],
    ]);
  });

  it('refuses two variations of one pledge on one day, the day it was added included', () => {
    expect(
      failure(() => report({ variations: [nt1('2025-06-01', 20), nt1('2025-06-01', 22)] })),
    ).toEqual([
      'invalid-input',
      'Invalid delivery tracking input: two variations of NT1 on 2025-06-01.\n  - options.variations[1].date: expected one variation per pledge and day; variation 0 has the same date',
      [
        [
          'options.variations[1].date',
          'expected one variation per pledge and day; variation 0 has the same date',
        ],
      ],
    ]);
    expect(
      failure(() =>
        report({ variations: [ccn3, { measure: 'NT29', date: '2025-04-01', quantity: 100 }] }),
      )[2],
    ).toEqual([
      [
        'options.variations[1].date',
        'expected one variation per pledge and day; variation 0 has the same date',
      ],
    ]);
  });

  it('names a line index that is no line, and a measure pledged on two lines', () => {
    expect(
      failure(() =>
        trackDelivery(valuation, [{ ...nt29(1), measure: 'NT1', line: 99 }], {
          ...contract,
          asOf: '2026-03-31',
        }),
      ).slice(1),
    ).toEqual([
      'Invalid delivery tracking input: pledge line 99 is not a pledge of "NT1".\n  - deliveries[0].line: expected the index of a pledge line, received 99',
      [['deliveries[0].line', 'expected the index of a pledge line, received 99']],
    ]);
    const two = valuePledges(
      seed004Framework,
      [
        { measure: 'NT1', quantity: 2 },
        { measure: 'NT1', quantity: 3 },
      ],
      { contractValue: 1000 },
    );
    const error = caught(() =>
      trackDelivery(two, [{ measure: 'NT1', date: '2025-01-01', quantity: 1 }], {
        ...contract,
        asOf: '2026-03-31',
      }),
    );
    expect(error.message).toBe(
      'Invalid delivery tracking input: "NT1" is pledged on more than one line.\n  - deliveries[0].line: expected the pledge line: one of 0 or 1',
    );
    expect(error.details).toEqual({ lines: [0, 1] });
    expect(
      failure(() =>
        trackDelivery(two, [], {
          ...contract,
          asOf: '2026-03-31',
          variations: [nt1('2025-01-01', 1)],
        }),
      )[2],
    ).toEqual([['options.variations[0].line', 'expected the pledge line: one of 0 or 1']]);
  });

  it('names the detail a new pledge lacks, and a framework measure with no proxy value', () => {
    const lacking = (newPledge: object) =>
      failure(() => report({ variations: [{ ...ccn3, newPledge }] })).slice(1);
    const without = (what: string, field: string, expected: string) => [
      `Invalid variation: the new pledge of NT29 has no ${what}.\n  - options.variations[0].newPledge.${field}: expected ${expected}, or options.framework with a measure "NT29"`,
      [
        [
          `options.variations[0].newPledge.${field}`,
          `expected ${expected}, or options.framework with a measure "NT29"`,
        ],
      ],
    ];
    expect(lacking({ valueType: 'social', proxyValue: 1 })).toEqual(
      without('theme', 'theme', 'a theme id'),
    );
    expect(lacking({ theme: 'social', proxyValue: 1 })).toEqual(
      without('value type', 'valueType', 'a value type'),
    );
    expect(lacking({ theme: 'social', valueType: 'social' })).toEqual(
      without('proxy value', 'proxyValue', 'a proxy value'),
    );
    // Seed 004's NT13 (weeks of paid work placements) has no proxy value: the pledge's own is
    // taken (730 weeks at £2: £1,460 pledged), else it is refused.
    const own = report(
      {
        framework: seed004Framework,
        variations: [{ ...ccn3, measure: 'NT13', newPledge: { proxyValue: 2 } }],
      },
      [],
    ).lines[1]!;
    expect([own.title, str(own.value.pledged)]).toEqual(['Weeks of paid work placements', '1460']);
    expect(
      caught(() =>
        report({
          framework: seed004Framework,
          variations: [{ ...ccn3, measure: 'NT13', newPledge: {} }],
        }),
      ).details,
    ).toEqual({ measure: 'NT13' });
    expect(
      failure(() =>
        report({
          framework: seed004Framework,
          variations: [{ ...ccn3, measure: 'NT13', newPledge: {} }],
        }),
      ),
    ).toEqual([
      'missing-proxy',
      'Measure NT13 has no proxy value to value the new pledge.\n  - options.variations[0].newPledge.proxyValue: expected a proxy value for NT13 (the framework has none)',
      [
        [
          'options.variations[0].newPledge.proxyValue',
          'expected a proxy value for NT13 (the framework has none)',
        ],
      ],
    ]);
  });

  it('keeps a theme name the new pledge gives beside the framework measure', () => {
    // NT10 (weeks of apprenticeships, £224.07) from seed 004, its theme name given by the pledge.
    const line = report(
      {
        framework: seed004Framework,
        variations: [{ ...ccn3, measure: 'NT10', newPledge: { themeName: 'Jobs!' } }],
      },
      [],
    ).lines[1]!;
    expect([line.theme, line.themeName, line.title, str(line.proxyValue)]).toEqual([
      'jobs',
      'Jobs!',
      'Weeks of apprenticeships',
      '224.07',
    ]);
  });

  it('names a new pledge at its path: its profile, its date, its measure and its index', () => {
    const issues = (variation: object) => failure(() => report({ variations: [variation] }))[2];
    // The profile must run from the day the pledge was added (2025-04-01).
    expect(
      issues({
        ...ccn3,
        newPledge: {
          ...ccn3.newPledge,
          profile: [{ from: '2024-04-01', to: '2027-03-31', share: '1' }],
        },
      }),
    ).toEqual([
      [
        'options.variations[0].newPledge.profile[0]',
        'expected a period from the day the pledge was added to the contract end, received 2024-04-01 to 2027-03-31',
      ],
    ]);
    expect(issues({ ...ccn3, date: '2028-01-01' })).toEqual([
      [
        'options.variations[0].date',
        'expected a day from 2024-04-01 to 2027-03-31, received 2028-01-01',
      ],
    ]);
    expect(failure(() => report({ variations: [{ ...ccn3, measure: 'NT1' }] })).slice(1)).toEqual([
      'Invalid variation: NT1 is already pledged on line 0.\n  - options.variations[0].newPledge: expected a measure the contract does not pledge yet (vary line 0 without newPledge)',
      [
        [
          'options.variations[0].newPledge',
          'expected a measure the contract does not pledge yet (vary line 0 without newPledge)',
        ],
      ],
    ]);
    expect(
      failure(() =>
        report({ variations: [{ ...ccn3, newPledge: { ...ccn3.newPledge, index: 0 } }] }),
      )[1],
    ).toBe(
      'Invalid variation: two lines have the same index.\n  - options.variations[0].newPledge.index: expected a unique line index, received 0, which another line has',
    );
    expect(
      failure(() =>
        report({ variations: [ccn3, { measure: 'NT29', date: '2025-01-01', quantity: 1 }] }),
      )[1],
    ).toBe(
      'Variation of NT29 on 2025-01-01, before the pledge was added.\n  - options.variations[1].date: expected a day after 2025-04-01, when variation 0 added the pledge',
    );
  });

  it('names two valuation lines with one index', () => {
    const line = { theme: 't', valueType: 'social', quantity: 1, proxyValue: 1, index: 3 };
    expect(
      failure(() =>
        trackDelivery(
          {
            lines: [
              { ...line, measure: 'A' },
              { ...line, measure: 'B' },
            ],
          } as never,
          [],
          { ...contract, asOf: '2026-03-31' },
        ),
      ),
    ).toEqual([
      'invalid-input',
      'Invalid valuation: two lines have the same index.\n  - valuation.lines[1].index: expected a unique line index, received 3, which lines[0] has too (a line without an index has its position)',
      [
        [
          'valuation.lines[1].index',
          'expected a unique line index, received 3, which lines[0] has too (a line without an index has its position)',
        ],
      ],
    ]);
  });
});
