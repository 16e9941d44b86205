import { describe, expect, it } from 'vitest';
import { flagAbnormallyLow, type SocialValueError } from '../../src/index.js';
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
    const findings = flagAbnormallyLow([
      { id: 'A', price: 800000 },
      { id: 'B', price: 1000000 },
      { id: 'C', price: 1050000 },
      { id: 'D', price: 1100000 },
      { id: 'E', price: 1300000 },
    ]);
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
    expect(a.explanation).toContain('potentially abnormally low');
  });

  it('needs both tests: a low price close to the next one is not flagged', () => {
    // 800,000 and 805,000 are both more than 15% below the adjusted average
    // (800 + 805 + 1,100 + 1,200) / 4 = 976,250 → limit 829,812.50, but 800,000 is only 5,000
    // below 805,000, within the margin of 1% × 805,000 = 8,050.
    const findings = flagAbnormallyLow([
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
    const small = flagAbnormallyLow([
      { id: 'A', price: 30000 },
      { id: 'B', price: 50000 },
      { id: 'C', price: 60000 },
    ]);
    expect(small[0]?.proximityMargin?.toString()).toBe('1000');
    const large = flagAbnormallyLow([
      { id: 'A', price: 15000000 },
      { id: 'B', price: 20000000 },
      { id: 'C', price: 21000000 },
    ]);
    expect(large[0]?.proximityMargin?.toString()).toBe('100000');
  });

  it('takes other limits', () => {
    // With a 30% limit, 800,000 is no longer flagged (limit 987,500 × 0.7 = 691,250).
    const findings = flagAbnormallyLow(
      [
        { id: 'A', price: 800000 },
        { id: 'B', price: 1000000 },
        { id: 'C', price: 1050000 },
        { id: 'D', price: 1100000 },
        { id: 'E', price: 1300000 },
      ],
      { belowAverage: '0.3' },
    );
    expect(findings[0]?.averageLimit.toString()).toBe('691250');
    expect(findings[0]?.flagged).toBe(false);
  });

  it('says so when a bid has nothing to compare with', () => {
    const [only] = flagAbnormallyLow([{ id: 'A', price: 10 }]);
    expect(only).toMatchObject({ flagged: false, lowestOther: null, proximityMargin: null });
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
    const options = caught(() => flagAbnormallyLow([{ id: 'A', price: 1 }], { belowAverage: 2 }));
    expect(paths(options)).toEqual(['options.belowAverage']);
  });
});
