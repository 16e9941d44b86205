import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pledgeChannels, pledgeEffects } from '../../src/core/pledge-channel.js';
import {
  createValuationAccumulator,
  Decimal,
  type PledgeInput,
  revive,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { domainDecimal, domainText } from '../numeric-domain.js';
import { seedFramework } from '../toms/fixtures.js';

// Hackney's impact assessment (seed 003, Appendix: Hackney, "PRIMAS") weighs the negative as well
// as the positive impacts of what is bought; its example is a £5 million school catering
// contract. Suffolk's officers make pledges that are "followed up 12 months later ... to identify
// any barriers to the pledges being fulfilled" (seed 003, Appendix E). The figures below use
// seed 004's proxies (test/toms/fixtures.ts) and are worked by hand:
//   0 NT1 3 FTE × 30,782                          = 92,346       tender, benefit
//   1 NT18 £250,000 × 0.963812                     = 240,953      tender, benefit
//   2 NT32 40,000 extra food miles × 0.02223       = −889.2       tender, DISBENEFIT
//   3 NT29 120 hours × 16.09                       = 1,930.8      internal (an officer's pledge)
//   4 NT13 10 weeks × 168.72                       = 1,687.2      grant
//   5 NT1 1 FTE × 0.5 × 30,782 (kitchen jobs lost) = −15,391      tender, DISBENEFIT
// Benefits 92,346 + 240,953 + 1,930.8 + 1,687.2 = 336,917; disbenefits −889.2 − 15,391 =
// −16,280.2; net 336,917 − 16,280.2 = 320,636.8; SVA 320,636.8 ÷ 5,000,000 = 0.06412736.
const pledges: PledgeInput[] = [
  { measure: 'NT1', quantity: 3, pledgerKind: 'supplier', pledger: 'Catering Co' },
  { measure: 'NT18', quantity: 250_000 },
  { measure: 'NT32', quantity: 40_000, effect: 'disbenefit', note: 'food miles' },
  {
    measure: 'NT29',
    quantity: 120,
    channel: 'internal',
    pledgerKind: 'officer',
    pledger: 'Procurement officer',
    // Pledged at the training on 10 March 2026: followed up twelve months later.
    followUpOn: '2027-03-10',
    barriers: ['No volunteering leave policy yet'],
  },
  { measure: 'NT13', quantity: 10, channel: 'grant', pledgerKind: 'supplier' },
  {
    measure: 'NT1',
    quantity: 1,
    attributionShare: '0.5',
    effect: 'disbenefit',
    channel: 'tender',
  },
];

const strings = (record: Readonly<Record<string, Decimal>>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.toString()]));

describe('pledges from every channel, benefits and disbenefits', () => {
  const valuation = valuePledges(seedFramework, pledges, { contractValue: 5_000_000 });

  it('values a disbenefit as a negative amount, quantity and proxy staying positive', () => {
    expect(valuation.lines.map((line) => line.value.toString())).toEqual([
      '92346',
      '240953',
      '-889.2',
      '1930.8',
      '1687.2',
      '-15391',
    ]);
    const miles = valuation.lines[2]!;
    expect([miles.quantity.toString(), miles.proxyValue.toString(), miles.effect]).toEqual([
      '40000',
      '0.02223',
      'disbenefit',
    ]);
    expect(valuation.lines[5]!.attributionShare.toString()).toBe('0.5');
  });

  it('makes every total net, with benefits and disbenefits apart and totals by channel', () => {
    expect(valuation.total.toString()).toBe('320636.8');
    expect(valuation.benefitTotal.toString()).toBe('336917');
    expect(valuation.disbenefitTotal.toString()).toBe('-16280.2');
    expect(strings(valuation.byChannel)).toEqual({
      grant: '1687.2',
      internal: '1930.8',
      // 92,346 + 240,953 − 889.2 − 15,391
      tender: '317018.8',
    });
    expect(strings(valuation.byTheme)).toEqual({
      jobs: '78642.2', // 92,346 + 1,687.2 − 15,391
      growth: '240953',
      social: '1930.8',
      environment: '-889.2',
    });
    expect(strings(valuation.byValueType)).toEqual({
      'local-economic': '317908', // 92,346 + 240,953 − 15,391
      social: '3618', // 1,930.8 + 1,687.2
      environmental: '-889.2',
      'record-only': '0',
    });
    expect(valuation.socialValueAddedRatio?.toString()).toBe('0.06412736');
    expect(valuation.summary).toBe(
      '6 pledges valued at £320,636.80 net (£336,917.00 of benefits less £16,280.20 of disbenefits) with Seed 004 council sheet (edition 2021, 2021 prices): 6.41% of the contract value of £5,000,000.00; 1 warning to check.',
    );
  });

  it('keeps where each pledge comes from, who made it, its follow-up and barriers', () => {
    const officer = valuation.lines[3]!;
    expect({
      channel: officer.channel,
      effect: officer.effect,
      pledgerKind: officer.pledgerKind,
      pledger: officer.pledger,
      followUpOn: officer.followUpOn,
      barriers: officer.barriers,
    }).toEqual({
      channel: 'internal',
      effect: 'benefit',
      pledgerKind: 'officer',
      pledger: 'Procurement officer',
      followUpOn: '2027-03-10',
      barriers: ['No volunteering leave policy yet'],
    });
    expect(Object.isFrozen(officer.barriers)).toBe(true);
    expect(Object.isFrozen(pledges[3]!.barriers)).toBe(false);
    expect(officer.barriers).not.toBe(pledges[3]!.barriers);
    // A pledge that says nothing is a tender's benefit, and has no other origin field.
    expect(Object.keys(valuation.lines[1]!)).toEqual([
      'index',
      'measure',
      'title',
      'unit',
      'theme',
      'themeName',
      'valueType',
      'quantity',
      'attributionShare',
      'proxyValue',
      'value',
      'tags',
      'channel',
      'effect',
    ]);
    expect([valuation.lines[1]!.channel, valuation.lines[1]!.effect]).toEqual([
      'tender',
      'benefit',
    ]);
    // A Date is read as its calendar date (UTC), as every date input is.
    const dated = valuePledges(seedFramework, [
      { measure: 'NT29', quantity: 1, followUpOn: new Date(Date.UTC(2027, 2, 10)) },
    ]);
    expect(dated.lines[0]!.followUpOn).toBe('2027-03-10');
  });

  it('gives a plain valuation without disbenefits benefitTotal = total and disbenefitTotal 0', () => {
    const plain = valuePledges(seedFramework, [{ measure: 'NT1', quantity: 2 }]);
    expect([plain.total, plain.benefitTotal, plain.disbenefitTotal].map(String)).toEqual([
      '61564',
      '61564',
      '0',
    ]);
    expect(strings(plain.byChannel)).toEqual({ tender: '61564' });
    expect(plain.summary).toBe(
      '1 pledge valued at £61,564.00 with Seed 004 council sheet (edition 2021, 2021 prices).',
    );
    const none = valuePledges(seedFramework, []);
    expect(strings(none.byChannel)).toEqual({});
    expect([none.benefitTotal, none.disbenefitTotal].map(String)).toEqual(['0', '0']);
  });

  it('signs the years of a disbenefit given by year, and a zero disbenefit is +0', () => {
    // 100 and 200 miles × 0.02223 = 2.223 and 4.446, as disbenefits.
    const yearly = valuePledges(seedFramework, [
      { measure: 'NT32', years: { '2025/26': 100, '2026/27': 200 }, effect: 'disbenefit' },
      { measure: 'NT1', quantity: 0, effect: 'disbenefit' },
    ]);
    const line = yearly.lines[0]!;
    expect(line.years?.map((year) => [year.year, year.quantity, year.value].map(String))).toEqual([
      ['2025/26', '100', '-2.223'],
      ['2026/27', '200', '-4.446'],
    ]);
    expect(line.value.toString()).toBe('-6.669');
    expect(strings(yearly.byYear!)).toEqual({ '2025/26': '-2.223', '2026/27': '-4.446' });
    const zero = yearly.lines[1]!.value;
    expect([zero.toString(), zero.s]).toEqual(['0', 1]);
    expect(yearly.summary).toMatch(
      /^2 pledges valued at -£6\.67 net \(£0\.00 of benefits less £6\.67 of disbenefits\)/,
    );
  });

  it('gives the same valuation batch by batch, and through its JSON snapshot', () => {
    const running = createValuationAccumulator(seedFramework, { contractValue: 5_000_000 });
    running.add(pledges.slice(0, 2));
    running.add(pledges.slice(2));
    expect(running.result()).toStrictEqual(valuation);
    const json = JSON.stringify(valuation);
    const back = revive(JSON.parse(json));
    expect(back).toStrictEqual(valuation);
    expect(JSON.stringify(back)).toBe(json);
    const lean = createValuationAccumulator(seedFramework, { lines: false });
    lean.add(pledges);
    const totals = lean.result();
    expect([totals.total, totals.benefitTotal, totals.disbenefitTotal].map(String)).toEqual([
      '320636.8',
      '336917',
      '-16280.2',
    ]);
    expect(strings(totals.byChannel)).toEqual(strings(valuation.byChannel));
  });

  it('refuses an unknown channel, pledger kind or effect, a bad date and a misspelt key', () => {
    const cases: [PledgeInput, string, string | RegExp][] = [
      [
        { measure: 'NT1', quantity: 1, channel: 'Section 106' as never },
        'pledges[0].channel',
        /expected one of/,
      ],
      [
        { measure: 'NT1', quantity: 1, pledgerKind: 'council' as never },
        'pledges[0].pledgerKind',
        /expected one of/,
      ],
      [
        { measure: 'NT1', quantity: 1, effect: 'negative' as never },
        'pledges[0].effect',
        /expected one of/,
      ],
      [
        { measure: 'NT1', quantity: 1, followUpOn: '2027-02-29' },
        'pledges[0].followUpOn',
        /expected a calendar date/,
      ],
      [
        { measure: 'NT1', quantity: 1, barriers: ['ok', 3 as never] },
        'pledges[0].barriers[1]',
        /expected text/,
      ],
      [
        { measure: 'NT1', quantity: 1, chanel: 'grant' } as never,
        'pledges[0].chanel',
        'unknown key (did you mean "channel"?)',
      ],
    ];
    for (const [pledge, path, message] of cases) {
      const error = caught(() => valuePledges(seedFramework, [pledge]));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe(path);
      if (typeof message === 'string') expect(error.issues[0]?.message).toBe(message);
      else expect(error.issues[0]?.message).toMatch(message);
    }
  });
});

describe('net figures over the numeric domain', () => {
  const measures = seedFramework.measures.filter((measure) => measure.proxyValue !== null);
  const share = domainDecimal().map((value) => value.mod(1));
  const pledge = fc.record(
    {
      measure: fc.constantFrom(...measures.map((measure) => measure.code)),
      quantity: domainText(),
      attributionShare: share,
      channel: fc.constantFrom(...pledgeChannels),
      effect: fc.constantFrom(...pledgeEffects),
    },
    { requiredKeys: ['measure', 'quantity'] },
  );

  it('are the sums decimal.js gives: net = benefits − |disbenefits| = Σ lines, by channel too', () => {
    fc.assert(
      fc.property(fc.array(pledge, { maxLength: 25 }), (input) => {
        const valuation = valuePledges(seedFramework, input);
        let benefits = new Decimal(0);
        let disbenefits = new Decimal(0);
        const byChannel = new Map<string, Decimal>();
        for (const { measure, quantity, attributionShare, channel, effect } of input) {
          const proxy = new Decimal(measures.find((m) => m.code === measure)!.proxyValue!);
          const value = new Decimal(quantity).times(attributionShare ?? 1).times(proxy);
          const signed = effect === 'disbenefit' ? value.negated() : value;
          if (effect === 'disbenefit') disbenefits = disbenefits.plus(signed);
          else benefits = benefits.plus(signed);
          const key = channel ?? 'tender';
          byChannel.set(key, (byChannel.get(key) ?? new Decimal(0)).plus(signed));
        }
        const net = benefits.plus(disbenefits);
        expect(valuation.total.eq(net)).toBe(true);
        expect(valuation.benefitTotal.eq(benefits)).toBe(true);
        expect(valuation.disbenefitTotal.eq(disbenefits)).toBe(true);
        expect(valuation.benefitTotal.minus(valuation.disbenefitTotal.abs()).eq(net)).toBe(true);
        const lines = valuation.lines.reduce((sum, line) => sum.plus(line.value), new Decimal(0));
        expect(lines.eq(net)).toBe(true);
        expect(Object.keys(valuation.byChannel)).toEqual([...byChannel.keys()].sort());
        for (const [channel, total] of byChannel) {
          expect(valuation.byChannel[channel as 'tender']!.eq(total)).toBe(true);
        }
        // No negative zero anywhere: a zero is written 0 and reads back the same.
        for (const figure of [valuation.total, valuation.benefitTotal, valuation.disbenefitTotal]) {
          if (figure.isZero()) expect(figure.s).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
