import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { Decimal } from '../../src/core/decimal.js';
import { divide } from '../../src/core/numeric-domain.js';
import { presentValue, revive } from '../../src/index.js';
import { discountScheduleRows } from '../../src/valuation/data/discount-schedules.js';
import { expectSane, frozenCopy, nothingFrozen } from '../adversarial/sane.js';
import { caught } from '../errors.js';

/** decimal.js without a limit on digits: exact sums and products. */
const Unlimited = DecimalJs.clone({ precision: 1e9 });

const ONE = new Decimal(1);

// HM Treasury Green Book discounting (issue #14, item 7; research in
// research/issue14/green-book-discounting.md).
//
// Sources of the rates:
// - Green Book (2020, reissued 2022), Annex A6, Table 8 "Declining Long Term Discount Rate":
//   Year 0 - 30 | 31 - 75 | 76 - 125; STPR (standard) 3.50% | 3.00% | 2.50%; STPR (reduced)
//   3.00% | 2.57% | 2.14%; Health 1.50% | 1.29% | 1.07%; Health (reduced) 1.00% | 0.86% | 0.71%.
// - HM Treasury, "Review of discounting in the Green Book: Terms of Reference", 16 Dec 2025:
//   "3.5% … for the first 30 years … 3.0% for years 31 to 75, and then 2.5% thereafter".
// - Green Book 2003, Annex 6, Table 6.1: 0-30 | 31-75 | 76-125 | 126-200 | 201-300 | 301+ at
//   3.5% | 3.0% | 2.5% | 2.0% | 1.5% | 1.0%.
//
// The factors are worked by hand from those rates (the Green Book prints no factor table for
// the schedule): factor(t) = 1 ÷ Π_{k=1..t} (1 + r_k), r_k the rate of year k's band, computed
// with Python's decimal module at 1,000 digits and rounded to 34 significant digits, half-up
// (the library's division). The research's table (6 dp) agrees: year 31 0.345901 (standard),
// 0.631615 (health); year 126 0.026742 (standard), 0.026873 (2003), 0.208827 (health, assumed
// 1.07%); 40-year stream of £1 (years 1–40) 21.431173 under the schedule, 21.355072 flat.

/** £1 in year 0 (so the base year is 0) and £1 in each year asked for. */
function unitYears(...years: number[]) {
  return [{ year: 0, value: 0 }, ...years.map((year) => ({ year, value: 1 }))];
}

function factorAt(result: ReturnType<typeof presentValue>, year: number): string {
  return result.years.find((entry) => entry.year === year)!.discountFactor.toString();
}

describe('the shipped schedules (data/discount-schedules.ts)', () => {
  it('state the rates of Table 8 and of the 2003 Table 6.1, with source and edition', () => {
    const rates = Object.fromEntries(
      discountScheduleRows.map((row) => [
        row.id,
        row.bands.map((band) => `${band.fromYear}-${band.toYear ?? ''} ${band.rate}`),
      ]),
    );
    expect(rates).toEqual({
      'green-book-2022': ['0-30 0.035', '31-75 0.03', '76- 0.025'],
      'green-book-2022-health': ['0-30 0.015', '31-75 0.0129', '76-125 0.0107'],
      'green-book-2022-reduced': ['0-30 0.03', '31-75 0.0257', '76-125 0.0214'],
      'green-book-2022-health-reduced': ['0-30 0.01', '31-75 0.0086', '76-125 0.0071'],
      'green-book-2003': [
        '0-30 0.035',
        '31-75 0.03',
        '76-125 0.025',
        '126-200 0.02',
        '201-300 0.015',
        '301- 0.01',
      ],
    });
    for (const row of discountScheduleRows) {
      expect(row.source).toMatch(/Green Book/);
      expect(row.edition).toMatch(/Green Book (2003|2022)/);
      // Bands follow each other from year 0 without a gap.
      row.bands.forEach((band, index) => {
        expect(band.fromYear).toBe(index === 0 ? 0 : row.bands[index - 1]!.toYear! + 1);
      });
    }
    expect(
      discountScheduleRows.filter((row) => row.status === 'historic').map((row) => row.id),
    ).toEqual(['green-book-2003']);
  });
});

describe('presentValue with the Green Book schedules', () => {
  it('uses the current schedule by default: year 31 is 1 ÷ (1.035^30 × 1.03)', () => {
    const result = presentValue(unitYears(1, 30, 31, 40, 76, 126, 200, 301));
    expect(result.schedule.id).toBe('green-book-2022');
    expect(result.schedule.edition).toBe('Green Book 2022 (Annex A6, Table 8; the 2020 text)');
    expect(result.schedule.source).toContain('Table 8');
    expect(result.schedule.source).toContain('16 December 2025');
    // DOMAIN.md's published check: year 31 factor ≈ 0.3459.
    expect(factorAt(result, 31)).toBe('0.345901369516797612108364956195175');
    expect(factorAt(result, 40)).toBe('0.2651045973382494487068449981718297');
    expect(factorAt(result, 76)).toBe('0.09191587568457698034263394040031247');
    // The standard rate stays 2.5% "thereafter": no warning past year 125.
    expect(factorAt(result, 126)).toBe('0.02674220782067803634974518404563129');
    expect(factorAt(result, 200)).toBe('0.004301611856442854491766736072033016');
    expect(factorAt(result, 301)).toBe('0.0003552391448532840414390805276814315');
    expect(result.years.map((year) => year.rate.toString())).toEqual([
      '0.035',
      '0.035',
      '0.035',
      '0.03',
      '0.03',
      '0.025',
      '0.025',
      '0.025',
      '0.025',
    ]);
    expect(result.rate).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it('rounds to the research table: years 1, 10, 30, 75, 100, 125 (6 dp)', () => {
    const result = presentValue(unitYears(1, 10, 30, 75, 100, 125));
    const sixPlaces = result.years.slice(1).map((year) => year.discountFactor.toFixed(6));
    expect(sixPlaces).toEqual([
      '0.966184',
      '0.708919',
      '0.356278',
      '0.094214',
      '0.050818',
      '0.027411',
    ]);
  });

  it('discounts a 40-year benefit stream of £1 a year to £21.43 (flat 3.5%: £21.36)', () => {
    const stream = Array.from({ length: 40 }, (_, index) => ({ year: 2026 + index, value: 1 }));
    const scheduled = presentValue(stream, { baseYear: 2025 });
    // Σ_{t=1..40} 1 ÷ growth_t, exact, to 34 digits: years 31–40 at 3.0% add about £0.076.
    expect(scheduled.total.toString()).toBe('21.43117252016454952154143294132487');
    expect(scheduled.summary).toBe(
      '40 years from 2026 to 2065, £40.00 nominal, are worth £21.43 in 2025 under the Green Book 2022 standard schedule: 3.5% to year 30, then 3% from year 31 to 75.',
    );
    const flat = presentValue(stream, { baseYear: 2025, rate: '0.035' });
    expect(flat.total.toString()).toBe('21.35507233729752812235155678411033');
    expect(flat.schedule).toMatchObject({ id: 'flat', edition: null, source: null });
    // Years 0–39 (the stream starting in the base year): 22.166068.
    const fromNow = presentValue(stream.map((entry) => ({ ...entry, year: entry.year - 1 })));
    expect(fromNow.total.toString()).toBe('22.16606792282630007283458794315304');
  });

  it('warns when a flat rate runs past year 30, where the schedule declines', () => {
    const stream = Array.from({ length: 40 }, (_, index) => ({ year: 2026 + index, value: 1 }));
    const flat = presentValue(stream, { baseYear: 2025, rate: '0.035' });
    expect(flat.rate?.toString()).toBe('0.035');
    expect(flat.warnings).toEqual([
      {
        code: 'flat-rate-long-series',
        severity: 'info',
        message:
          "A flat rate of 3.5% is applied beyond year 30 (2056 to 2065), where the Green Book's rates decline: leave out the rate to use its schedule.",
        years: [2056, 2057, 2058, 2059, 2060, 2061, 2062, 2063, 2064, 2065],
      },
    ]);
    expect(presentValue(unitYears(30), { rate: '0.035' }).warnings).toEqual([]);
  });

  it('applies the health schedule (1.5%, 1.29%, 1.07%) and warns past year 125', () => {
    const result = presentValue(unitYears(1, 31, 40, 76, 125, 126, 200, 301), {
      schedule: 'green-book-2022-health',
    });
    expect(factorAt(result, 1)).toBe(divide(ONE, new Decimal('1.015')).toString());
    expect(factorAt(result, 31)).toBe('0.6316146015465382668687459809408618');
    expect(factorAt(result, 40)).toBe('0.5627986165398193682930421830277495');
    expect(factorAt(result, 76)).toBe('0.355550067826132898122815815102066');
    expect(result.years.find((year) => year.year === 125)!.discountFactor.toFixed(6)).toBe(
      '0.211062',
    );
    // Beyond Table 8: the last rate (1.07%) by analogy, and a warning that says so.
    expect(factorAt(result, 126)).toBe('0.2088273997320240671362196106670754');
    expect(factorAt(result, 200)).toBe('0.09500354672794272048613353300509708');
    expect(factorAt(result, 301)).toBe('0.03242582116486600404959975083818663');
    expect(result.warnings).toEqual([
      {
        code: 'beyond-schedule',
        severity: 'warning',
        message:
          '3 years (126 to 301) lie beyond year 125, the last year the Green Book 2022 health schedule gives a rate for: they are discounted at 1.07%, its last rate, by analogy, not by the source.',
        years: [126, 200, 301],
      },
    ]);
    expect(presentValue(unitYears(125), { schedule: 'green-book-2022-health' }).warnings).toEqual(
      [],
    );
    const one = presentValue(unitYears(126), { schedule: 'green-book-2022-health' });
    expect(one.warnings[0]?.message).toBe(
      '1 year (126) lies beyond year 125, the last year the Green Book 2022 health schedule gives a rate for: it is discounted at 1.07%, its last rate, by analogy, not by the source.',
    );
  });

  it('offers the 2003 six-band schedule as a named, dated variant', () => {
    const result = presentValue(unitYears(31, 126, 200, 301), { schedule: 'green-book-2003' });
    expect(result.schedule.edition).toBe('Green Book 2003 (Annex 6, Table 6.1)');
    expect(factorAt(result, 31)).toBe('0.345901369516797612108364956195175');
    expect(factorAt(result, 126)).toBe('0.02687329707470096790047922906546281');
    expect(factorAt(result, 200)).toBe('0.00620737871570047526732553343155995');
    expect(factorAt(result, 301)).toBe('0.001386700410261771032215980220232302');
    expect(result.years.map((year) => year.rate.toString())).toEqual([
      '0.035',
      '0.03',
      '0.02',
      '0.02',
      '0.01',
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['historic-schedule']);
  });

  it('offers the reduced-rate schedules of Table 8 for the sensitivity test', () => {
    const reduced = presentValue(unitYears(1, 31, 126), { schedule: 'green-book-2022-reduced' });
    expect(factorAt(reduced, 1)).toBe(divide(ONE, new Decimal('1.03')).toString());
    // 1 ÷ (1.03^30 × 1.0257), worked: 1.03^30 = 2.427262471189…
    expect(factorAt(reduced, 31)).toBe(
      divide(ONE, new Decimal('1.03').pow(30).times('1.0257')).toString(),
    );
    expect(reduced.warnings.map((warning) => warning.code)).toEqual(['beyond-schedule']);
    const health = presentValue(unitYears(31), { schedule: 'green-book-2022-health-reduced' });
    expect(factorAt(health, 31)).toBe(
      divide(ONE, new Decimal('1.01').pow(30).times('1.0086')).toString(),
    );
  });

  it('discounts from mid-year on request: year t over t − ½ years, the base year not at all', () => {
    const result = presentValue(unitYears(1, 31), { timing: 'mid-year' });
    expect(result.timing).toBe('mid-year');
    expect(factorAt(result, 0)).toBe('1');
    // 1 ÷ √1.035 and 1 ÷ (1.035^30 × √1.03), worked at 1,000 digits.
    expect(factorAt(result, 1)).toBe('0.9829463743659808897195009169023144');
    expect(factorAt(result, 31)).toBe('0.3510515491442874251840361460022225');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['mid-year-timing']);
    const thousand = presentValue([{ year: 31, value: 1000 }], { baseYear: 0, timing: 'mid-year' });
    expect(thousand.total.toString()).toBe('351.0515491442874251840361460022225');
    expect(presentValue({ 2025: 100, 2026: 100 }, { timing: 'mid-year' }).summary).toBe(
      '2 years from 2025 to 2026, £200.00 nominal, are worth £198.29 in 2025 at 3.5% a year (Green Book 2022 standard schedule), discounting from mid-year.',
    );
  });

  it('refuses a rate and a schedule together, an unknown schedule or timing, at their paths', () => {
    const both = caught(() =>
      presentValue({ 2025: 1 }, { rate: '0.035', schedule: 'green-book-2003' }),
    );
    expect(both.code).toBe('invalid-input');
    expect(both.issues[0]).toMatchObject({
      path: 'options.schedule',
      message:
        'expected either a flat rate (options.rate) or a schedule (options.schedule), received both: rate 0.035 and schedule "green-book-2003"',
    });
    const unknown = caught(() =>
      presentValue({ 2025: 1 }, { schedule: 'green-book-2020' as never }),
    );
    expect(unknown.issues[0]?.path).toBe('options.schedule');
    expect(unknown.issues[0]?.message).toContain('did you mean "green-book-2022"?');
    const timing = caught(() => presentValue({ 2025: 1 }, { timing: 'midyear' as never }));
    expect(timing.issues[0]?.path).toBe('options.timing');
    expect(timing.issues[0]?.message).toContain('did you mean "mid-year"?');
    const key = caught(() => presentValue({ 2025: 1 }, { schedual: 'green-book-2003' } as never));
    expect(key.issues[0]).toMatchObject({
      path: 'options.schedual',
      message: 'unknown key (did you mean "schedule"?)',
    });
    for (const schedule of [null, 3, {}, [], '__proto__', 'toString']) {
      const error = caught(() => presentValue({ 2025: 1 }, { schedule: schedule as never }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('options.schedule');
    }
  });

  it('neither changes nor freezes its input, and reads back from JSON unchanged', () => {
    const series = frozenCopy(
      Array.from({ length: 5 }, (_, index) => ({ year: index * 40, value: 7 })),
    );
    const result = presentValue(series, { schedule: 'green-book-2022-health', timing: 'mid-year' });
    expectSane(result);
    expect(isSealed(result, 'present-value')).toBe(true);
    const open = Array.from({ length: 5 }, (_, index) => ({ year: index * 40, value: 7 }));
    presentValue(open, { schedule: 'green-book-2003' });
    expect(nothingFrozen(open)).toBe(true);
    const back = revive(JSON.parse(JSON.stringify(result)));
    expect(back).toStrictEqual(result);
    expect(JSON.stringify(back)).toBe(JSON.stringify(result));
  });
});

describe('properties of the schedules', () => {
  const schedules = fc.constantFrom(...discountScheduleRows.map((row) => row.id));
  const timing = fc.constantFrom('end-of-year' as const, 'mid-year' as const);

  it('factors fall as the years go on, under every schedule and timing', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 600 }), { minLength: 2, maxLength: 12 }),
        schedules,
        timing,
        (years, schedule, when) => {
          const result = presentValue(
            years.map((year) => ({ year, value: 1 })),
            { schedule, timing: when, baseYear: 0 },
          );
          for (let index = 1; index < result.years.length; index += 1) {
            expect(
              result.years[index]!.discountFactor.lt(result.years[index - 1]!.discountFactor),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a flat rate gives what the flat formula gives: value ÷ (1 + r)^t, to 34 digits', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.integer({ min: 1990, max: 2200 }).map(String),
          fc.integer({ min: 0, max: 10_000_000 }).map(String),
          { minKeys: 1, maxKeys: 8 },
        ),
        fc.constantFrom('0', '0.015', '0.035', '0.1', '1'),
        (series, rate) => {
          const result = presentValue(series, { rate });
          const base = Math.min(...Object.keys(series).map(Number));
          const growth = new Decimal(rate).plus(1);
          // The total as one fraction: Σ value × (1 + r)^(last − t) ÷ (1 + r)^(last − base).
          const last = result.years.at(-1)!.year;
          let numerator = new Unlimited(0);
          for (const year of result.years) {
            const compound = growth.pow(year.year - base);
            expect(year.discountFactor.toString()).toBe(divide(ONE, compound).toString());
            expect(year.presentValue.toString()).toBe(
              divide(new Decimal(series[String(year.year)]!), compound).toString(),
            );
            numerator = numerator.plus(
              new Unlimited(growth).pow(last - year.year).times(series[String(year.year)]!),
            );
          }
          const denominator = new Unlimited(growth).pow(last - base);
          expect(result.total.toString()).toBe(divide(numerator, denominator).toString());
          expect(result.rate?.toString()).toBe(new Decimal(rate).toString());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('within 30 years the default schedule is the flat 3.5%, and beyond it discounts less', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 10 }),
        (years) => {
          const series = years.map((year) => ({ year, value: 1000 }));
          const scheduled = presentValue(series, { baseYear: 0 });
          const flat = presentValue(series, { baseYear: 0, rate: '0.035' });
          scheduled.years.forEach((year, index) => {
            const other = flat.years[index]!;
            if (year.year <= 30) expect(year.discountFactor.eq(other.discountFactor)).toBe(true);
            else expect(year.discountFactor.gt(other.discountFactor)).toBe(true);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('every schedule and timing reads back from its JSON unchanged', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.integer({ min: 0, max: 400 }).map(String),
          fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
          { maxKeys: 8 },
        ),
        fc.option(schedules, { nil: undefined }),
        timing,
        (series, schedule, when) => {
          const result = presentValue(series, { schedule, timing: when });
          const text = JSON.stringify(result);
          const back = revive(JSON.parse(text));
          expect(back).toStrictEqual(result);
          expect(JSON.stringify(back)).toBe(text);
        },
      ),
      { numRuns: 100 },
    );
  });
});
