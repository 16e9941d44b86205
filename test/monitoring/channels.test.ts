import { describe, expect, it } from 'vitest';
import { revive, summarisePortfolio, trackDelivery } from '../../src/index.js';
import { expectSame } from '../expect-same.js';
import { expectError, str } from './helpers.js';
import { seed004Framework } from './seed-004.js';

// Issue 17, item 5: pledges from every channel, follow-ups with the barriers met, and
// disbenefits. A one-year contract, 2025-04-01 to 2026-03-31, reported at its end, so every
// pledge is expected in full. Figures worked by hand in the comments (proxy values from seed
// 004's table: NT1 £30,782 an FTE, NT29 £16.09 an hour, NT18 £0.963812 per £ of local spend;
// the carbon line's £250 a tonne is made up for the test).
const contract = { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' } as const;

// Suffolk County Council's officers, at social value training, "make social value pledges
// about how they can deliver social value in their day to day work. These are followed up 12
// months later to help the council understand how embedded their social value approach is and
// to identify any barriers to the pledges being fulfilled" (seed 003,
// seeds/003_dd04977be6afe6d4.txt, Appendix E: Suffolk County Council, "Building
// Understanding"). The officer's pledge below follows that: made on 2025-04-01, followed up
// on 2026-04-01, with the barriers met recorded.
const pledgedOn = '2025-04-01';
const twelveMonthsLater = `${Number(pledgedOn.slice(0, 4)) + 1}${pledgedOn.slice(4)}`;

const lines = [
  // A supplier's tender pledge: 2 FTE, £61,564.
  {
    measure: 'NT1',
    theme: 'jobs',
    valueType: 'local-economic' as const,
    quantity: 2,
    proxyValue: 30782,
    pledgerKind: 'supplier' as const,
    pledger: 'Harbour Build Ltd',
  },
  // An officer's internal pledge made at training on 2025-04-01, followed up twelve months on.
  {
    measure: 'NT29',
    theme: 'social',
    valueType: 'social' as const,
    quantity: 100,
    proxyValue: '16.09',
    channel: 'internal' as const,
    pledgerKind: 'officer' as const,
    pledger: 'J. Smith',
    followUpOn: twelveMonthsLater,
    barriers: ['no volunteering policy', 'diary clashes'],
  },
  // A Section 106 obligation: £100,000 of local spend, £96,381.20.
  {
    measure: 'NT18',
    theme: 'growth',
    valueType: 'local-economic' as const,
    quantity: 100000,
    proxyValue: '0.963812',
    channel: 'section-106' as const,
    followUpOn: '2025-10-01',
  },
  // A disbenefit: 100 tonnes of CO2e estimated for the works, at £250 a tonne: −£25,000.
  {
    measure: 'CO2',
    theme: 'environment',
    valueType: 'environmental' as const,
    quantity: 100,
    proxyValue: 250,
    effect: 'disbenefit' as const,
  },
];
const deliveries = [
  { measure: 'NT1', date: '2025-09-30', quantity: 2, channel: 'tender' as const },
  { measure: 'NT29', date: '2025-12-31', quantity: 40 },
  { measure: 'NT18', date: '2026-01-31', quantity: 100000, channel: 'section-106' as const },
  { measure: 'CO2', date: '2026-03-31', quantity: 120 },
  // Nobody pledged NT8; delivered through a grant: 10 hours × £16.09 = £160.90.
  { measure: 'NT8', date: '2025-11-30', quantity: 10, channel: 'grant' as const },
];
const report = (asOf: string = contract.asOf) =>
  trackDelivery({ lines }, deliveries, {
    ...contract,
    asOf,
    framework: seed004Framework,
    contractValue: 1_000_000,
  });

describe('pledges from every channel', () => {
  it('keeps each line’s channel and pledger; a tender by default', () => {
    const { lines: reported } = report();
    expect(reported.map((line) => [line.measure, line.channel, line.pledgerKind])).toEqual([
      ['NT1', 'tender', 'supplier'],
      ['NT29', 'internal', 'officer'],
      ['NT18', 'section-106', undefined],
      ['CO2', 'tender', undefined],
    ]);
    expect(reported[1]?.pledger).toBe('J. Smith');
  });

  it('totals by channel, deliveries nobody pledged under their own channel', () => {
    const { byChannel, unpledged } = report();
    expect(Object.keys(byChannel)).toEqual(['grant', 'internal', 'section-106', 'tender']);
    // Tender: NT1 £61,564 and the carbon line −£25,000: £36,564 pledged; delivered £61,564 −
    // 120 × £250 = £31,564.
    expect(str(byChannel.tender?.pledged)).toBe('36564');
    expect(str(byChannel.tender?.delivered)).toBe('31564');
    // Internal: 100 hours pledged (£1,609), 40 delivered (£643.60).
    expect(str(byChannel.internal?.pledged)).toBe('1609');
    expect(str(byChannel.internal?.delivered)).toBe('643.6');
    expect(str(byChannel['section-106']?.delivered)).toBe('96381.2');
    expect(str(byChannel.grant?.unpledged)).toBe('160.9');
    expect(unpledged.map((entry) => [entry.measure, entry.channel])).toEqual([['NT8', 'grant']]);
  });

  it('refuses a delivery naming another channel than its pledge line’s', () => {
    expectError(
      () =>
        trackDelivery(
          { lines },
          [{ measure: 'NT29', date: '2025-12-31', quantity: 1, channel: 'grant' }],
          contract,
        ),
      'invalid-input',
      'deliveries[0].channel',
    );
    expectError(
      () => trackDelivery({ lines: [{ ...lines[0]!, channel: 'lottery' }] } as never, [], contract),
      'invalid-input',
      'valuation.lines[0].channel',
    );
  });
});

describe('follow-ups due', () => {
  it('lists the pledges whose follow-up date has come, with the barriers recorded', () => {
    // Suffolk's twelve months (seed 003, Appendix E): pledged 2025-04-01, due 2026-04-01.
    expect(twelveMonthsLater).toBe('2026-04-01');
    const atEnd = report();
    expect(atEnd.followUps.map((entry) => [entry.measure, entry.followUpOn])).toEqual([
      ['NT18', '2025-10-01'],
    ]);
    const later = trackDelivery({ lines }, deliveries, {
      start: '2025-04-01',
      end: '2026-04-30',
      asOf: '2026-04-01',
      framework: seed004Framework,
    });
    expect(later.followUps.map((entry) => entry.measure)).toEqual(['NT18', 'NT29']);
    const officer = later.followUps[1]!;
    expect(officer).toMatchObject({
      line: 1,
      channel: 'internal',
      pledgerKind: 'officer',
      pledger: 'J. Smith',
      barriers: ['no volunteering policy', 'diary clashes'],
      status: 'behind',
    });
    expect(officer.reason).toBe(
      'The internal pledge of NT29 on line 1 by officer J. Smith was due for follow-up on 2026-04-01: 40 of 100 delivered (behind); barriers recorded: "no volunteering policy" and "diary clashes".',
    );
    expect(later.summary).toMatch(/; 2 pledges due for follow-up\.$/);
  });

  it('writes the quantities of a follow-up as a status does: none above 0 as 0, none alike', () => {
    // 0.00001 of 0.00002 used to read "0 of 0 delivered", and 24.00001 of 24 "24 of 24".
    const line = {
      measure: 'NT1',
      theme: 'jobs',
      valueType: 'social' as const,
      proxyValue: 1,
      followUpOn: '2025-01-01',
    };
    const reason = (pledged: string, delivered: string) =>
      trackDelivery(
        { lines: [{ ...line, quantity: pledged }] },
        [{ measure: 'NT1', date: '2025-01-01', quantity: delivered }],
        { asOf: '2025-06-01' },
      ).followUps[0]!.reason;
    expect(reason('0.00002', '0.00001')).toBe(
      'The tender pledge of NT1 on line 0 was due for follow-up on 2025-01-01: 0.00001 of 0.00002 delivered (behind); no barriers recorded.',
    );
    expect(reason('24', '24.00001')).toContain(': 24.00001 of 24 delivered (over-delivered);');
    expect(reason('1', '0.000001')).toContain(': less than 0.0001 of 1 delivered (behind);');
  });

  it('names a barrier recorded twice once in the sentence, keeping the list as recorded', () => {
    // The officer's barriers with "diary clashes" recorded at two meetings: the sentence used
    // to say "diary clashes" twice; the list stays as given (three entries).
    const twice = ['diary clashes', 'no volunteering policy', 'diary clashes'];
    const withTwice = lines.map((line) =>
      line.measure === 'NT29' ? { ...line, barriers: twice } : line,
    );
    const later = trackDelivery({ lines: withTwice }, deliveries, {
      start: '2025-04-01',
      end: '2026-04-30',
      asOf: '2026-04-01',
      framework: seed004Framework,
    });
    const officer = later.followUps[1]!;
    expect(officer.barriers).toEqual(twice);
    expect(officer.reason).toMatch(
      /; barriers recorded: "diary clashes" and "no volunteering policy"\.$/,
    );
  });

  it('lists them across a portfolio, by date then contract', () => {
    // Reported a day apart: two reports, not one saved twice (a same-report warning).
    const portfolio = summarisePortfolio([
      { id: 'B', report: report('2026-03-30') },
      { id: 'A', name: 'Harbour', report: report() },
    ]);
    expect(portfolio.followUps.map((entry) => [entry.contract, entry.measure])).toEqual([
      ['A', 'NT18'],
      ['B', 'NT18'],
    ]);
    expect(portfolio.followUps[0]?.contractName).toBe('Harbour');
    expect(portfolio.summary).toMatch(/2 pledges due for follow-up\.$/);
  });
});

describe('disbenefits', () => {
  it('count against net value: negative values, shortfall the harm beyond the estimate', () => {
    const carbon = report().lines[3]!;
    expect(carbon.effect).toBe('disbenefit');
    expect(str(carbon.unitValue)).toBe('-250');
    expect(str(carbon.value.pledged)).toBe('-25000');
    expect(str(carbon.value.delivered)).toBe('-30000');
    // Net value is £5,000 below plan: max(0, −25,000 − (−30,000)).
    expect(str(carbon.value.shortfall)).toBe('5000');
    expect(str(carbon.value.shortfallToDate)).toBe('5000');
    // Quantities stay positive: 120 tonnes recorded of 100 estimated.
    expect(carbon.status).toBe('over-delivered');
    expect(carbon.reason).toBe(
      '120 of 100 delivered: more than pledged (a disbenefit, above what was expected by now: its value counts against net social value).',
    );
  });

  it('gives net totals, benefits and disbenefits apart, and net social value added', () => {
    const { totals, byEffect, socialValueAdded, summary } = report();
    // Pledged: 61,564 + 1,609 + 96,381.20 − 25,000 = £134,554.20.
    expect(str(totals.pledged)).toBe('134554.2');
    // Delivered: 61,564 + 643.60 + 96,381.20 − 30,000 = £128,588.80.
    expect(str(totals.delivered)).toBe('128588.8');
    expect(str(byEffect?.benefit.delivered)).toBe('158588.8');
    expect(str(byEffect?.disbenefit.delivered)).toBe('-30000');
    // Shortfalls per line: NT29 £965.40 and the carbon line £5,000.
    expect(str(totals.shortfall)).toBe('5965.4');
    // Social (environmental counted with it): 643.60 − 30,000 + 160.90 unpledged = −£29,195.50.
    expect(str(socialValueAdded?.delivered.socialRatio)).toBe('-0.0291955');
    // Combined: (128,588.80 + 160.90) / 1,000,000.
    expect(str(socialValueAdded?.delivered.combinedRatio)).toBe('0.1287497');
    expect(summary).toContain('£128,588.80 delivered (net of £30,000.00 of disbenefit)');
    // More harm than estimated is not "on track or better": NT1 and NT18 complete, NT29 behind
    // (40 of 100 hours due by the end); the carbon line, 120 of 100 tonnes, is counted apart.
    expect(summary).toMatch(
      /; 2 of 3 pledges on track or better; 1 disbenefit recorded beyond its estimate; 1 pledge due/,
    );
  });

  it('read back from JSON, and sum into a portfolio with the other effects', () => {
    const live = report();
    expectSame(revive(JSON.parse(JSON.stringify(live)), 'delivery-report'), live);
    const plain = trackDelivery({ lines: [lines[0]!] }, [deliveries[0]!], contract);
    expect(plain.byEffect).toBeUndefined();
    const portfolio = summarisePortfolio([
      { id: 'A', report: live },
      { id: 'B', report: plain },
    ]);
    expect(str(portfolio.byEffect?.benefit.delivered)).toBe('220152.8');
    expect(str(portfolio.byEffect?.disbenefit.delivered)).toBe('-30000');
    expect(str(portfolio.byChannel.tender?.delivered)).toBe('93128');
    const back = revive(JSON.parse(JSON.stringify(portfolio)), 'portfolio-summary');
    expectSame(back, portfolio);
  });

  it('give no percentage of a net expected value below zero, where more delivered is worse', () => {
    // 10 tonnes of carbon estimated (−£2,500) against 2 hours of volunteering (£32.18): net
    // expected −£2,467.82. 12 tonnes recorded (−£3,000) and 1 hour (£16.09): net −£2,983.91,
    // £516.09 worse than expected, yet delivered ÷ expected is 120.9%.
    const carbon = { ...lines[3]!, quantity: 10 };
    const hours = {
      measure: 'NT29',
      theme: 'social',
      valueType: 'social' as const,
      quantity: 2,
      proxyValue: '16.09',
    };
    expect(carbon.effect).toBe('disbenefit');
    const net = trackDelivery(
      { lines: [carbon, hours] },
      [
        { measure: carbon.measure, date: '2025-09-30', quantity: 12 },
        { measure: hours.measure, date: '2025-09-30', quantity: 1 },
      ],
      contract,
    );
    expect(str(net.totals.expected)).toBe('-2467.82');
    expect(str(net.totals.delivered)).toBe('-2983.91');
    expect(net.totals.deliveryRatio?.toFixed(4)).toBe('1.2091');
    expect(net.summary).toBe(
      'By 2026-03-31: -£2,983.91 delivered (net of £3,000.00 of disbenefit) of -£2,467.82 expected, against -£2,467.82 pledged over the contract; 0 of 1 pledge on track or better; 1 disbenefit recorded beyond its estimate.',
    );
    const portfolio = summarisePortfolio([{ id: 'A', report: net }]);
    expect(portfolio.summary).toBe(
      '1 contract: -£2,983.91 delivered of -£2,467.82 expected and -£2,467.82 pledged.',
    );
    expectSame(revive(JSON.parse(JSON.stringify(net)), 'delivery-report'), net);
    expectSame(revive(JSON.parse(JSON.stringify(portfolio)), 'portfolio-summary'), portfolio);
  });
});
