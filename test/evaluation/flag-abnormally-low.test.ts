import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  type BidInput,
  evaluateTenders,
  flagAbnormallyLow,
  type SocialValueError,
} from '../../src/index.js';
import { caught } from '../errors.js';

// The rule: Scottish Government, Construction Procurement Handbook, chapter 8 "Abnormally Low
// Tenders" and glossary (https://www.gov.scot/publications/construction-procurement-handbook/):
// a tender more than 15% lower than the adjusted average price (the average of all tender
// prices excluding the highest) and more than the proximity margin (1% of the lowest
// qualifying price, limited to £1,000 to £100,000) below the lowest qualifying price.
// The figures below are worked by hand.
const paths = (error: SocialValueError) => error.issues.map((issue) => issue.path);

describe('flagAbnormallyLow', () => {
  it('flags a price that meets both tests', () => {
    // Prices 800,000 / 1,000,000 / 1,050,000 / 1,100,000 / 1,300,000. Adjusted average without
    // 1,300,000: 3,950,000 / 4 = 987,500; 85% of it is 839,375. 800,000 is below it, and
    // 200,000 below the lowest other price 1,000,000, beyond the margin 1% × 1,000,000 = 10,000.
    const check = flagAbnormallyLow([
      { id: 'A', price: 800000 },
      { id: 'B', price: 1000000 },
      { id: 'C', price: 1050000 },
      { id: 'D', price: 1100000 },
      { id: 'E', price: 1300000 },
    ]);
    const findings = check.findings;
    const a = findings[0]!;
    expect(a.flagged).toBe(true);
    expect(a.adjustedAverage.toString()).toBe('987500');
    expect(a.averageLimit.toString()).toBe('839375');
    expect(a.lowestOther?.toString()).toBe('1000000');
    expect(a.proximityMargin?.toString()).toBe('10000');
    expect(findings.slice(1).map((finding) => finding.flagged)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(a).toMatchObject({ code: 'abnormally-low', severity: 'warning' });
    expect(a.message).toBe(
      'A at £800,000.00 is more than 15% below the adjusted average £987,500.00 (limit £839,375.00) and more than the proximity margin £10,000.00 below the lowest other price £1,000,000.00: potentially abnormally low.',
    );
    expect(check).toMatchObject({ kind: 'abnormally-low-check', schemaVersion: 1, flagged: ['A'] });
    expect(check.summary).toBe(
      'A is potentially abnormally low (of 5 prices): ask for an explanation before any exclusion.',
    );
    expect(findings[1]).toMatchObject({ code: 'not-abnormally-low', severity: 'info' });
  });

  it('compares a price with the exact limit: a price at the limit is not below it', () => {
    // Docs: "more than 15% below the adjusted average price (the mean of all prices without the
    // single highest)", here 70% (belowAverageShare 0.7). Prices 200,000, 900,000, 900,000 and
    // 1,000,000: adjusted average 2,000,000 ÷ 3 = 666,666.666…, exact limit 30% of it,
    // 2,000,000 × 0.3 ÷ 3 = 200,000. 200,000 is not more than 70% below: not flagged. (It was
    // compared with the limit shown, the average rounded to 34 digits × 0.3,
    // 200,000.00000000000000000000000000001, and flagged "more than 70% below … (limit
    // £200,000.00)".)
    const check = flagAbnormallyLow(
      [200000, 900000, 900000, 1000000].map((price, index) => ({ id: `T${index}`, price })),
      { belowAverageShare: '0.7' },
    );
    expect(check.adjustedAverage?.toString()).toBe('666666.6666666666666666666666666667');
    expect(check.averageLimit?.toString()).toBe('200000.00000000000000000000000000001');
    expect(check.findings[0]).toMatchObject({ belowAverage: false, beyondProximity: true });
    expect(check.flagged).toEqual([]);
    expect(check.findings[0]?.message).toBe(
      'T0 at £200,000.00 is not more than 70% below the adjusted average £666,666.67 (limit £200,000.00) and more than the proximity margin £9,000.00 below the lowest other price £900,000.00: not abnormally low.',
    );
  });

  it('compares a price of more than 34 digits with the exact limit', () => {
    // Two prices: the adjusted average (without the highest, 500,000) is the other price
    // itself, 8279.142857142856883001513779163360596 (37 digits), and with belowAverageShare 0
    // so is the exact limit. That price is not below itself: not flagged, though the average
    // and limit shown are rounded to 34 digits (…779163361).
    const check = flagAbnormallyLow(
      [
        { id: 'A', price: '500000' },
        { id: 'B', price: '8279.142857142856883001513779163360596' },
      ],
      { belowAverageShare: 0, proximityMin: 0 },
    );
    expect(check.averageLimit?.toString()).toBe('8279.142857142856883001513779163361');
    expect(check.findings[1]).toMatchObject({ belowAverage: false, beyondProximity: true });
    expect(check.flagged).toEqual([]);
  });

  it('needs both tests: a low price close to the next one is not flagged', () => {
    // 800,000 and 805,000 are both more than 15% below the adjusted average
    // (800 + 805 + 1,100 + 1,200) / 4 = 976,250 → limit 829,812.50, but 800,000 is only 5,000
    // below 805,000, within the margin of 1% × 805,000 = 8,050.
    const { findings } = flagAbnormallyLow([
      { id: 'A', price: 800000 },
      { id: 'B', price: 805000 },
      { id: 'C', price: 1100000 },
      { id: 'D', price: 1200000 },
      { id: 'E', price: 1500000 },
    ]);
    expect(findings[0]).toMatchObject({
      belowAverage: true,
      beyondProximity: false,
      flagged: false,
    });
    expect(findings[0]?.proximityMargin?.toString()).toBe('8050');
  });

  it('keeps the proximity margin between £1,000 and £100,000', () => {
    // Small works: 1% of 50,000 is 500, raised to 1,000. Large works: 1% of 20,000,000 is
    // 200,000, cut to 100,000.
    const { findings: small } = flagAbnormallyLow([
      { id: 'A', price: 30000 },
      { id: 'B', price: 50000 },
      { id: 'C', price: 60000 },
    ]);
    expect(small[0]?.proximityMargin?.toString()).toBe('1000');
    const { findings: large } = flagAbnormallyLow([
      { id: 'A', price: 15000000 },
      { id: 'B', price: 20000000 },
      { id: 'C', price: 21000000 },
    ]);
    expect(large[0]?.proximityMargin?.toString()).toBe('100000');
  });

  it('takes other limits', () => {
    // With a 30% limit, 800,000 is no longer flagged (limit 987,500 × 0.7 = 691,250).
    const { findings } = flagAbnormallyLow(
      [
        { id: 'A', price: 800000 },
        { id: 'B', price: 1000000 },
        { id: 'C', price: 1050000 },
        { id: 'D', price: 1100000 },
        { id: 'E', price: 1300000 },
      ],
      { belowAverageShare: '0.3' },
    );
    expect(findings[0]?.averageLimit.toString()).toBe('691250');
    expect(findings[0]?.flagged).toBe(false);
  });

  it('says so when a bid has nothing to compare with', () => {
    const [only] = flagAbnormallyLow([{ id: 'A', price: 10 }]).findings;
    expect(only).toMatchObject({
      code: 'no-other-price',
      severity: 'info',
      flagged: false,
      lowestOther: null,
      proximityMargin: null,
    });
    expect(flagAbnormallyLow([])).toMatchObject({
      findings: [],
      adjustedAverage: null,
      summary: 'No prices to check.',
    });
  });

  it('rejects bad prices, options and repeated ids with paths', () => {
    const bad = caught(() => flagAbnormallyLow([{ id: 'A', price: 0 }]));
    expect(bad.code).toBe('invalid-input');
    expect(paths(bad)).toEqual(['bids[0].price']);
    const repeat = caught(() =>
      flagAbnormallyLow([
        { id: 'A', price: 1 },
        { id: 'A', price: 2 },
      ]),
    );
    expect(repeat.code).toBe('duplicate-bid');
    const options = caught(() =>
      flagAbnormallyLow([{ id: 'A', price: 1 }], { belowAverageShare: 15 }),
    );
    expect(options.issues).toMatchObject([
      {
        path: 'options.belowAverageShare',
        message:
          'expected a share from 0 to 1 (a fraction, not a percentage), received 15 (did you mean 0.15?)',
      },
    ]);
    const misspelt = caught(() =>
      flagAbnormallyLow([{ id: 'A', price: 1 }], { belowAverage: '0.15' } as never),
    );
    expect(misspelt.issues).toMatchObject([
      {
        path: 'options.belowAverage',
        message: 'unknown key (did you mean "belowAverageShare"?)',
      },
    ]);
  });

  it('takes the bids of an evaluation as they are, responses and all', () => {
    // The prices of the first test: adjusted average (800,000 + 1,000,000 + 1,050,000 +
    // 1,100,000) / 4 = 987,500, limit 839,375; 800,000 is below it and 200,000 below the lowest
    // other price, beyond the margin of 10,000: A is flagged, whatever the responses say.
    const bids = [
      { id: 'A', price: 800000, responses: { quality: 3 } },
      { id: 'B', price: 1000000, responses: { quality: { marks: [4, 5], moderated: 4 } } },
      { id: 'C', price: 1050000, responses: { quality: 4 } },
      { id: 'D', price: 1100000, responses: {} },
      { id: 'E', price: 1300000 },
    ];
    const model = {
      missingInput: 'disqualify',
      criteria: [
        { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
        { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      ],
    } as const;
    expect(evaluateTenders(model, bids).ranking).toHaveLength(5);
    const check = flagAbnormallyLow(bids);
    expect(check.flagged).toEqual(['A']);
    expect(check.adjustedAverage?.toString()).toBe('987500');
    // The responses are not copied into the findings.
    expect(Object.keys(check.findings[0]!)).not.toContain('responses');
    // Its own keys stay strict, and responses keep the shape evaluateTenders asks of them.
    const misspelt = caught(() =>
      flagAbnormallyLow([{ id: 'A', price: 1, respones: {} }] as never),
    );
    expect(misspelt.issues).toMatchObject([
      { path: 'bids[0].respones', message: 'unknown key (did you mean "responses"?)' },
    ]);
    const shape = caught(() =>
      flagAbnormallyLow([{ id: 'A', price: 1, responses: 'good' }] as never),
    );
    expect(paths(shape)).toEqual(['bids[0].responses']);
    // A bid without a price cannot be checked: refused at its price.
    const unpriced = caught(() => flagAbnormallyLow([{ id: 'A', responses: {} }] as never));
    expect(unpriced.issues).toMatchObject([{ path: 'bids[0].price' }]);
  });
});

// The definition, bid by bid against all the others (quadratic): the one-pass check must give
// exactly these figures.
function byDefinition(prices: readonly Decimal[]) {
  const highest = prices.reduce((a, b) => (b.gt(a) ? b : a));
  const highestIndex = prices.findIndex((price) => price.eq(highest));
  const rest = prices.filter((_, index) => index !== highestIndex);
  const adjusted =
    rest.length === 0
      ? highest
      : divideLikeTheLibrary(
          rest.reduce((a, b) => a.plus(b), new Decimal(0)),
          rest.length,
        );
  const limit = adjusted.times(new Decimal(1).minus('0.15'));
  return prices.map((price, index) => {
    const others = prices.filter((_, other) => other !== index);
    const lowestOther = others.length === 0 ? null : others.reduce((a, b) => (b.lt(a) ? b : a));
    const margin =
      lowestOther === null
        ? null
        : Decimal.min(100000, Decimal.max(1000, lowestOther.times('0.01')));
    const belowAverage = price.lt(limit);
    const beyond = lowestOther?.minus(price).gt(margin ?? 0) === true;
    return {
      adjusted: adjusted.toString(),
      lowestOther: lowestOther?.toString() ?? null,
      margin: margin?.toString() ?? null,
      flagged: belowAverage && beyond,
    };
  });
}

// Quotients of the library are rounded half-up to 34 significant digits.
function divideLikeTheLibrary(sum: Decimal, count: number): Decimal {
  return sum.dividedBy(count).toSignificantDigits(34, Decimal.ROUND_HALF_UP);
}

describe('flagAbnormallyLow at scale', () => {
  it('gives the figures of the definition (each bid against all the others)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 40 }),
        (raw) => {
          const prices = raw.map((price) => new Decimal(price));
          const check = flagAbnormallyLow(raw.map((price, index) => ({ id: `b${index}`, price })));
          const expected = byDefinition(prices);
          expect(
            check.findings.map((finding) => ({
              adjusted: finding.adjustedAverage.toString(),
              lowestOther: finding.lowestOther?.toString() ?? null,
              margin: finding.proximityMargin?.toString() ?? null,
              flagged: finding.flagged,
            })),
          ).toEqual(expected);
        },
      ),
    );
  });

  it('checks 200,000 prices in one pass', () => {
    // 199,999 prices of £1,000,000 to £1,199,998 and one of £500,000. By hand: the highest is
    // £1,199,998; the sum of 1,000,000..1,199,998 is 199,999 × (1,000,000 + 1,199,998) ÷ 2 =
    // 219,998,700,001; with 500,000 and without the highest, 219,998,000,003; ÷ 199,999 =
    // 1,099,995.4999924999624998124990624953… The limit (85%) is £934,996.17…, so only £500,000
    // is below it, and it is £500,000 below the lowest other price, beyond the £10,000 margin.
    const bids = Array.from({ length: 199_999 }, (_, index) => ({
      id: `b${index}`,
      price: 1_000_000 + index,
    }));
    bids.push({ id: 'low', price: 500_000 });
    const check = flagAbnormallyLow(bids);
    expect(check.adjustedAverage?.toString()).toBe('1099995.499992499962499812499062495');
    expect(check.flagged).toEqual(['low']);
    expect(check.findings.at(-1)?.lowestOther?.toString()).toBe('1000000');
    expect(check.findings[0]?.lowestOther?.toString()).toBe('500000');
  }, 120_000);
});

// Issue #14 item 3: the median test beside the average one. The Scottish Construction
// Procurement Handbook's glossary as now published
// (https://www.gov.scot/publications/construction-procurement-handbook/pages/10/, "Abnormally
// low tender" and "Adjusted median boundary") flags a tender "more than 15% lower than the
// median price" and beyond the proximity margin; the boundary is 85% of the median price. Its
// first edition (2018) had the adjusted average instead. Figures worked by hand.
describe('flagAbnormallyLow by the median price', () => {
  const five = [
    { id: 'A', price: 800000 },
    { id: 'B', price: 1000000 },
    { id: 'C', price: 1050000 },
    { id: 'D', price: 1100000 },
    { id: 'E', price: 1300000 },
  ];

  it('flags a price more than 15% below the median price and beyond the margin', () => {
    // The five prices in order have the median 1,050,000 (the third); 85% of it is 892,500.
    // A: 800,000 is below it and 200,000 below the lowest other price, beyond the margin 10,000
    // (1% of 1,000,000). B: 1,000,000 is above 892,500.
    const check = flagAbnormallyLow(five, { basis: 'median' });
    const [a, b, , , e] = check.findings;
    expect(check.medianPrice?.toString()).toBe('1050000');
    expect(check.medianLimit?.toString()).toBe('892500');
    expect(a).toMatchObject({ code: 'abnormally-low', severity: 'warning', basis: 'median' });
    expect(a?.medianPrice.toString()).toBe('1050000');
    expect(a?.medianLimit.toString()).toBe('892500');
    expect(a?.lowestOther?.toString()).toBe('1000000');
    expect(b).toMatchObject({ belowMedian: false, flagged: false });
    // Every bid is measured against the same median, the highest too.
    expect(e?.medianPrice.toString()).toBe('1050000');
    expect(e?.lowestOther?.toString()).toBe('800000');
    expect(check.flagged).toEqual(['A']);
    expect(a?.message).toBe(
      "A at £800,000.00 is more than 15% below the median price £1,050,000.00 (limit £892,500.00) and more than the proximity margin £10,000.00 below the lowest other price £1,000,000.00: potentially abnormally low (median test of the handbook's current glossary).",
    );
    expect(check.summary).toBe(
      'A is potentially abnormally low by the median test (of 5 prices): ask for an explanation before any exclusion.',
    );
    expect(check.limits).toMatchObject({ basis: 'median' });
    expect(check.limits.belowMedianShare.toString()).toBe('0.15');
    expect('adjustedAverage' in check).toBe(false);
  });

  it('takes the exact median of an even number of prices, not one rounded to 34 digits', () => {
    // Docs: "of an even number of prices it is the mean of the two middle ones", its limit 85%
    // of it. Prices 1.7000000000000000000000000000000006, 2, 2.000000000000000000000000000000001
    // and 3: median (2 + 2.000…001) ÷ 2 = 2.0000000000000000000000000000000005 exactly (half a
    // decimal is exact), limit × 0.85 = 1.700000000000000000000000000000000425. The lowest price
    // is above that limit: not flagged. (Rounded to 34 digits first, the median was
    // 2.000000000000000000000000000000001, the limit 1.70000000000000000000000000000000085, and
    // the lowest price was flagged.)
    const check = flagAbnormallyLow(
      ['1.7000000000000000000000000000000006', '2', '2.000000000000000000000000000000001', '3'].map(
        (price, index) => ({ id: `T${index}`, price }),
      ),
      { basis: 'median', proximityMin: 0 },
    );
    expect(check.medianPrice?.toString()).toBe('2.0000000000000000000000000000000005');
    expect(check.medianLimit?.toString()).toBe('1.700000000000000000000000000000000425');
    expect(check.findings[0]).toMatchObject({ belowMedian: false, beyondProximity: true });
    expect(check.flagged).toEqual([]);
  });

  it('can disagree with the average test when high prices lift the average', () => {
    // Prices 850,000, 900,000, 1,000,000 × 3, 2,000,000 × 2. Average test: without the highest,
    // 6,750,000 ÷ 6 = 1,125,000, limit 956,250: 850,000 is below it and 50,000 below 900,000
    // (margin 9,000): flagged. Median test: the median price is 1,000,000 (the fourth of seven),
    // limit 850,000: 850,000 is not below it, so not flagged.
    const prices = [850000, 900000, 1000000, 1000000, 1000000, 2000000, 2000000].map(
      (price, index) => ({ id: `T${index}`, price }),
    );
    expect(flagAbnormallyLow(prices).flagged).toEqual(['T0']);
    const byMedian = flagAbnormallyLow(prices, { basis: 'median' });
    expect(byMedian.flagged).toEqual([]);
    expect(byMedian.medianLimit?.toString()).toBe('850000');
    expect(byMedian.summary).toBe(
      'None of 7 prices is potentially abnormally low by the median test.',
    );
    // 'average' is the default test, and can be named.
    expect(flagAbnormallyLow(prices, { basis: 'average' })).toEqual(flagAbnormallyLow(prices));
  });

  it('reads basis: undefined as no basis (the average test), in options and in a model', () => {
    // `{ basis: useMedian ? 'median' : undefined }` used to fail with "options.basis: unknown
    // key", though the option's type allows undefined.
    const options = { basis: undefined, belowAverageShare: '0.15' };
    expect(flagAbnormallyLow(five, options)).toStrictEqual(flagAbnormallyLow(five));
    expect(flagAbnormallyLow(five, options).flagged).toEqual(['A']);
    const model = (abnormallyLow: object) => ({
      criteria: [
        { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
      ],
      abnormallyLow,
    });
    expect(
      evaluateTenders(model({ action: 'exclude', basis: undefined }) as never, five).ranking.map(
        (bid) => [bid.bid, bid.rank],
      ),
    ).toEqual([
      ['B', 1],
      ['C', 2],
      ['D', 3],
      ['E', 4],
      ['A', null],
    ]);
  });

  it('takes its own share, and refuses the other test’s', () => {
    const wider = flagAbnormallyLow(five, { basis: 'median', belowMedianShare: '0.3' });
    // 70% of 1,050,000 is 735,000: 800,000 is not below it.
    expect(wider.findings[0]?.medianLimit.toString()).toBe('735000');
    expect(wider.flagged).toEqual([]);
    const crossed = caught(() =>
      flagAbnormallyLow(five, { basis: 'median', belowAverageShare: '0.2' }),
    );
    expect(crossed.code).toBe('invalid-input');
    expect(crossed.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.belowAverageShare',
        "unknown key (with basis 'median' the share below is belowMedianShare; belowAverageShare is the average test's)",
      ],
    ]);
    const other = caught(() => flagAbnormallyLow(five, { belowMedianShare: '0.2' }));
    expect(other.issues[0]?.path).toBe('options.belowMedianShare');
    const unknown = caught(() => flagAbnormallyLow(five, { basis: 'medain' } as never));
    expect(unknown.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.basis',
        'expected one of "average", "median", received "medain" (did you mean "median"?)',
      ],
    ]);
    const odd = caught(() => flagAbnormallyLow(five, { basis: 5n } as never));
    expect(odd.issues[0]?.message).toBe('expected one of "average", "median", received 5n');
  });

  it('says so when a bid has nothing to compare with', () => {
    const check = flagAbnormallyLow([{ id: 'A', price: 10 }], { basis: 'median' });
    expect(check.findings[0]).toMatchObject({
      code: 'no-other-price',
      lowestOther: null,
      flagged: false,
    });
    // One price is its own median.
    expect(check.findings[0]?.medianPrice.toString()).toBe('10');
    expect(check.findings[0]?.medianLimit.toString()).toBe('8.5');
    expect(check.findings[0]?.message).toBe('A is the only priced bid: nothing to compare with.');
    expect(flagAbnormallyLow([], { basis: 'median' })).toMatchObject({
      medianPrice: null,
      medianLimit: null,
      findings: [],
    });
    // Two bids: the median is the mean of the two prices, 150,000, limit 127,500; A at 100,000
    // is below it and 100,000 below B, beyond the margin (1% of 200,000 = 2,000).
    const two = flagAbnormallyLow(
      [
        { id: 'A', price: 100000 },
        { id: 'B', price: 200000 },
      ],
      { basis: 'median' },
    );
    expect(two.findings.map((finding) => finding.medianLimit.toString())).toEqual([
      '127500',
      '127500',
    ]);
    expect(two.flagged).toEqual(['A']);
  });

  it('excludes bids from an evaluation by the median test when the model says so', () => {
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } },
        ],
        abnormallyLow: { action: 'exclude', basis: 'median' },
      },
      five,
    );
    const a = result.ranking.find((bid) => bid.bid === 'A');
    expect(a?.disqualified).toEqual({
      findings: [
        {
          code: 'abnormally-low',
          severity: 'error',
          message:
            'A was excluded as abnormally low: its price £800,000.00 is more than 15% below the median price £1,050,000.00 (limit £892,500.00) and more than the proximity margin £10,000.00 below the lowest other price £1,000,000.00.',
        },
      ],
    });
    expect(a?.abnormallyLow).toMatchObject({ basis: 'median', flagged: true });
    // B is the lowest qualifying price once A is out.
    expect(result.winner?.bid).toBe('B');
  });

  it('gives the figures of the definition (each bid against the median of all prices)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 30 }),
        (raw) => {
          const check = flagAbnormallyLow(
            raw.map((price, index) => ({ id: `b${index}`, price })),
            { basis: 'median' },
          );
          check.findings.forEach((finding, index) => {
            const all = raw.map((price) => new Decimal(price)).sort((a, b) => a.comparedTo(b));
            const middle = all.length >> 1;
            const median =
              all.length % 2 === 1
                ? all[middle]!
                : divideLikeTheLibrary(all[middle - 1]!.plus(all[middle]!), 2);
            expect(finding.medianPrice.toString()).toBe(median.toString());
            const limit = median.times('0.85');
            const others = raw
              .filter((_, other) => other !== index)
              .map((price) => new Decimal(price))
              .sort((a, b) => a.comparedTo(b));
            const lowest = others[0] ?? null;
            const margin =
              lowest === null ? 0 : Decimal.min(100000, Decimal.max(1000, lowest.times('0.01')));
            const flagged =
              lowest !== null &&
              new Decimal(raw[index]!).lt(limit) &&
              lowest.minus(raw[index]!).gt(margin);
            expect(finding.flagged).toBe(flagged);
          });
        },
      ),
    );
  });

  it('takes bids typed as an evaluation takes them, and refuses a bid without a price at its path', () => {
    // The bids of an evaluation are BidInput[] (price optional: a model may have no price
    // criterion). They are given as they are; the same five prices as above flag A (800,000
    // below 85% of 987,500 = 839,375, and 200,000 below 1,000,000, beyond the 10,000 margin).
    const evaluated: BidInput[] = [800000, 1000000, 1050000, 1100000, 1300000].map(
      (price, index) => ({ id: 'ABCDE'[index]!, price, responses: { quality: 3 } }),
    );
    expect(flagAbnormallyLow(evaluated).flagged).toEqual(['A']);
    // A bid without a price cannot be compared: refused at its price, saying why.
    const error = caught(() => flagAbnormallyLow([...evaluated, { id: 'F', responses: {} }]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      {
        path: 'bids[5].price',
        segments: ['bids', 5, 'price'],
        message: "missing: expected a price above 0 (the check compares the bids' prices)",
      },
    ]);
  });
});
