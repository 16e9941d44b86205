import { describe, expect, it } from 'vitest';
import { defineFramework, presentValue, revive, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';

// HM Treasury Green Book: discount factor 1 / (1 + r)^t, r = 3.5% for years 0-30.
// Worked with Python's decimal module at 34 significant digits, half-up (the library's division):
//   100 / 1.035   = 96.61835748792270531400966183574879
//   1 / 1.035^2   = 0.9335107003664029498938131578333217
describe('presentValue', () => {
  it('discounts at 3.5% from the earliest year by default', () => {
    const result = presentValue({ 2025: 100, 2026: 100, 2027: 100 });
    expect(result.baseYear).toBe(2025);
    expect(result.rate?.toString()).toBe('0.035');
    expect(result.schedule.id).toBe('green-book-2022');
    expect(result.warnings).toEqual([]);
    expect(result.nominal.toString()).toBe('300');
    expect(result.years[0]?.discountFactor.toString()).toBe('1');
    expect(result.years[1]?.presentValue.toString()).toBe('96.61835748792270531400966183574879');
    expect(result.years[2]?.discountFactor.toString()).toBe('0.9335107003664029498938131578333217');
    // 100 + 100 ÷ 1.035 + 100 ÷ 1.071225 = 289.9694275245630003033909776190809(6…), to 34
    // digits once (the years' rounded figures add up to …08096).
    expect(result.total.toString()).toBe('289.969427524563000303390977619081');
    expect(result.kind).toBe('present-value');
    expect(result.summary).toBe(
      '3 years from 2025 to 2027, £300.00 nominal, are worth £289.97 in 2025 at 3.5% a year (Green Book 2022 standard schedule).',
    );
  });

  it('takes { year, value } entries, a base year and a rate', () => {
    // 110 in year 1 at 10% from year 0 is worth 100.
    expect(
      presentValue([{ year: 1, value: 110 }], { baseYear: 0, rate: '0.1' }).total.toString(),
    ).toBe('100');
    // £103.50 next year at 3.5% is £100 today.
    expect(presentValue({ 2025: 0, 2026: '103.5' }).total.toString()).toBe('100');
  });

  it('names a result given whole in one issue, not one per field', () => {
    // A valuation passed instead of its byYear was ten issues, each "expected a finite number"
    // at one of its fields (series.kind, series.framework, …).
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '2021',
      priceYear: 2021,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        { code: 'NT1', theme: 't', title: 'x', unit: 'u', proxyValue: '10', valueType: 'social' },
      ],
    });
    const valuation = valuePledges(framework, [{ measure: 'NT1', years: [1, 2, 3] }]);
    const error = caught(() => presentValue(valuation as never, { baseYear: 0 }));
    expect([error.code, error.message]).toEqual([
      'invalid-input',
      'Invalid series: 1 problem.\n  - series: expected values by year ({ 2025: 100 } or { year, value } entries, such as a valuation\'s byYear), received an object of kind "valuation"',
    ]);
    // Its byYear is what was meant: 10 + 20 + 30 in years 1 to 3, nominal.
    expect(presentValue(valuation.byYear!, { baseYear: 0 }).nominal.toString()).toBe('60');
  });

  it('rejects years before the base year and bad years or rates, with paths', () => {
    const early = caught(() => presentValue({ 2024: 1 }, { baseYear: 2025 }));
    expect(early.code).toBe('invalid-input');
    expect(early.issues[0]?.path).toBe('series["2024"]');
    const label = caught(() => presentValue({ '2025/26': 1 }));
    expect(label.issues[0]?.path).toBe('series["2025/26"]');
    expect(label.issues[0]?.message).toBe(
      'expected a whole year such as "2026" or "1" as the key, received "2025/26" (a financial year: key it by the year it starts in, 2025)',
    );
    expect(caught(() => presentValue({ '2025-26': 1 })).issues[0]?.message).toContain(
      'key it by the year it starts in, 2025)',
    );
    expect(caught(() => presentValue({ '25/26': 1 })).issues[0]?.message).toBe(
      'expected a whole year such as "2026" or "1" as the key, received "25/26"',
    );
    const percent = caught(() => presentValue({ 2025: 1 }, { rate: '3.5' }));
    expect(percent.issues[0]?.message).toBe(
      'expected a rate from 0 to 1 (a fraction, not a percentage), received 3.5 (did you mean 0.035?)',
    );
    expect(caught(() => presentValue({ 2025: 1 }, { rate: 2 })).issues[0]?.path).toBe(
      'options.rate',
    );
    const twice = caught(() => presentValue({ 25: 1, '0025': 2 }));
    expect(twice.issues[0]?.path).toBe('series["0025"]');
    expect(twice.message).toContain('year 25 is given twice');
    expect(caught(() => presentValue([{ year: 2025, value: 'x' }])).issues[0]?.path).toBe(
      'series[0].value',
    );
  });

  // Each total below is worked by hand as the exact sum of the years, then rounded once to 34
  // significant digits; adding the years' rounded figures instead gives noise in the last digit.
  it('adds the years exactly and rounds the total once', () => {
    // 69 ÷ 1.035 = 200/3 (1.035 × 200 = 207 = 3 × 69) and 71.415 ÷ 1.035² = 200/3 (1.071225 ×
    // 200 = 214.245 = 3 × 71.415): 400/3 in all, where the rounded years add to …33334.
    const thirds = presentValue(
      [
        { year: 1, value: 69 },
        { year: 2, value: '71.415' },
      ],
      { baseYear: 0, rate: '0.035' },
    );
    expect(thirds.years.map((year) => year.presentValue.toString())).toEqual([
      '66.66666666666666666666666666666667',
      '66.66666666666666666666666666666667',
    ]);
    expect(thirds.total.toString()).toBe('133.3333333333333333333333333333333');
    // At 10%: 1 ÷ 1.1 = 10/11 and 0.11 ÷ 1.21 = 1/11, exactly 1 in all (the rounded years:
    // 0.9090909090909090909090909090909091 + 0.09090909090909090909090909090909091).
    const elevenths = { 1: 1, 2: '0.11' };
    expect(presentValue(elevenths, { baseYear: 0, rate: '0.1' }).total.toString()).toBe('1');
    // Mid-year at 21%: √1.21 = 1.1, so year 1 grows by 1.1 and year 2 by 1.21 × 1.1 = 1.331;
    // 1 ÷ 1.1 + 0.121 ÷ 1.331 = 10/11 + 1/11 = 1.
    const midYear = presentValue(
      { 1: 1, 2: '0.121' },
      { baseYear: 0, rate: '0.21', timing: 'mid-year' },
    );
    expect(midYear.total.toString()).toBe('1');
    // The same two years after a base year of -9999, with a year of nothing 19,998 years on: past
    // 20,000 digits of growth each year is divided to 200 digits, the sum rounded once: still 1.
    const far = (series: Record<number, string | number>) => ({ ...series, 9999: 0 });
    expect(
      presentValue(far({ '-9998': 1, '-9997': '0.11' }), {
        baseYear: -9999,
        rate: '0.1',
      }).total.toString(),
    ).toBe('1');
    expect(
      presentValue(far({ '-9998': 1, '-9997': '0.121' }), {
        baseYear: -9999,
        rate: '0.21',
        timing: 'mid-year',
      }).total.toString(),
    ).toBe('1');
  });

  it('adds the nominal values exactly, whichever years they fall in (values far apart too)', () => {
    // 1e-250, 1 and -1 add up to 1e-250 in any order; at a rate of 0 the total is the same.
    // Added in the 200-digit clone in year order, 1e-250 + 1 was 1, so 1e-250 was lost: a nominal
    // of 0 ("£0.00 nominal") worth 1e-250 ("less than £0.01").
    const first = presentValue(
      [
        { year: 0, value: '1e-250' },
        { year: 1, value: 1 },
        { year: 2, value: -1 },
      ],
      { rate: 0 },
    );
    expect(first.nominal.toString()).toBe('1e-250');
    expect(first.total.toString()).toBe('1e-250');
    expect(first.summary).toBe(
      '3 years from 0 to 2, less than £0.01 nominal, are worth less than £0.01 in 0 at 0% a year.',
    );
    const last = presentValue(
      [
        { year: 0, value: 1 },
        { year: 1, value: -1 },
        { year: 2, value: '1e-250' },
      ],
      { rate: 0 },
    );
    expect(last.nominal.toString()).toBe('1e-250');
    // 1 + 1e-250: 251 digits, every one kept.
    expect(presentValue({ 0: 1, 1: '1e-250' }).nominal.toFixed()).toBe(`1.${'0'.repeat(249)}1`);
    expect(revive(JSON.parse(JSON.stringify(first)), 'present-value').nominal.toString()).toBe(
      '1e-250',
    );
  });

  it('refuses values adding up past 1e60, which no result holds, at the series', () => {
    // 9.99e59 twice: 1.998e60 nominal.
    const twice = caught(() => presentValue({ 0: '9.99e59', 1: '9.99e59' }));
    expect(twice.code).toBe('out-of-range');
    expect(twice.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'series',
        'expected values adding up to less than 1e60 in magnitude, nominal and discounted, received a sum of 1.9980e+60',
      ],
    ]);
    // 9.9e59 × (1 + 1/1.035 − 1/1.035²) = 9.9e59 × 1.03267… = 1.0223e60 discounted, from
    // 9.9e59 nominal (the negative year is discounted most).
    const discounted = caught(() => presentValue({ 0: '9.9e59', 1: '9.9e59', 2: '-9.9e59' }));
    expect(discounted.issues[0]?.message).toMatch(/received a sum of 1\.0223e\+60$/);
    // Values 90,000,059 orders of magnitude apart: 1e59 + 1e-90000000 ÷ 1.035 is 1e59 to 34
    // digits (its years added to 200 digits, not exactly).
    expect(presentValue({ 0: '1e59', 1: '1e-90000000' }).total.toString()).toBe('1e+59');
    // One year of 9.99e59 is held.
    expect(presentValue({ 0: '9.99e59' }).total.toString()).toBe('9.99e+59');
  });
});
