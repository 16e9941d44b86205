import { describe, expect, it } from 'vitest';
import { presentValue } from '../../src/index.js';
import { caught } from '../errors.js';

// HM Treasury Green Book: discount factor 1 / (1 + r)^t, r = 3.5% for years 0-30.
// Worked with Python's decimal module at 40 significant digits:
//   100 / 1.035   = 96.61835748792270531400966183574879227053
//   1 / 1.035^2   = 0.9335107003664029498938131578333216644496
describe('presentValue', () => {
  it('discounts at 3.5% from the earliest year by default', () => {
    const result = presentValue({ 2025: 100, 2026: 100, 2027: 100 });
    expect(result.baseYear).toBe(2025);
    expect(result.rate.toString()).toBe('0.035');
    expect(result.nominal.toString()).toBe('300');
    expect(result.years[0]?.discountFactor.toString()).toBe('1');
    expect(result.years[1]?.presentValue.toString()).toBe(
      '96.61835748792270531400966183574879227053',
    );
    expect(result.years[2]?.discountFactor.toString()).toBe(
      '0.9335107003664029498938131578333216644496',
    );
    // 100 + 96.618357487922705314 + 93.351070036640294989 = 289.969427524562999...
    expect(result.total.toDecimalPlaces(12).toString()).toBe('289.969427524563');
  });

  it('takes { year, value } entries, a base year and a rate', () => {
    // 110 in year 1 at 10% from year 0 is worth 100.
    expect(
      presentValue([{ year: 1, value: 110 }], { baseYear: 0, rate: '0.1' }).total.toString(),
    ).toBe('100');
    // £103.50 next year at 3.5% is £100 today.
    expect(presentValue({ 2025: 0, 2026: '103.5' }).total.toString()).toBe('100');
  });

  it('rejects years before the base year and bad years or rates, with paths', () => {
    const early = caught(() => presentValue({ 2024: 1 }, { baseYear: 2025 }));
    expect(early.code).toBe('invalid-input');
    expect(early.issues[0]?.path).toBe('series["2024"]');
    expect(caught(() => presentValue({ '2025/26': 1 })).issues[0]?.path).toContain('series');
    expect(caught(() => presentValue({ 2025: 1 }, { rate: 2 })).issues[0]?.path).toBe(
      'options.rate',
    );
    expect(caught(() => presentValue([{ year: 2025, value: 'x' }])).issues[0]?.path).toBe(
      'series[0].value',
    );
  });
});
