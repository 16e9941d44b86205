import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PresentValueOptions, presentValue } from '../../src/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import {
  add,
  disagreementList,
  div,
  ONE,
  parse,
  type Rational,
  significant,
  sum,
  ZERO,
} from '../rational.js';
import { type Bands, rateOf, schedules } from './green-book-bands.js';

// presentValue (end of year) against an exact reference of its own (BigInt rationals): year t
// after the base year is divided by the growth (1 + r₁) × … × (1 + r_t), each year k at the
// rate of the band holding it (the last band's past its end); each year's factor and present
// value is one division to 34 significant digits, the total the exact sum rounded once.

/** The growth of £1 to each year up to `last`, unreduced (the reduction is left to the divisions). */
function growths(bands: Bands, last: number): Rational[] {
  const out: Rational[] = [ONE];
  for (let k = 1; k <= last; k += 1) {
    const [n, d] = add(ONE, rateOf(bands, k));
    const [gn, gd] = out[k - 1]!;
    out.push([gn * n, gd * d]);
  }
  return out;
}

// Any figure below 1e60 (a total the library worked out), either sign.
const value = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      decimalTextArb([1, 59], [0, 60]),
      decimalTextArb([1, 6], [0, 4]),
      fractionTextArb(120),
    ),
  )
  .map(([negative, text]) => (negative ? `-${text}` : text));
const caseArb = fc.record({
  base: fc.integer({ min: -9999, max: 9000 }),
  offsets: fc.uniqueArray(
    fc.oneof({ weight: 8, arbitrary: fc.nat(140) }, { weight: 1, arbitrary: fc.nat(400) }),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
  values: fc.array(value, { minLength: 6, maxLength: 6 }),
  how: fc.oneof(
    fc.constantFrom(...(Object.keys(schedules) as (keyof typeof schedules)[]), undefined),
    fc.oneof(fc.constantFrom('0', '1', '0.035'), fractionTextArb(12)).map((rate) => ({ rate })),
  ),
  explicitBase: fc.boolean(),
  asRecord: fc.boolean(),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function disagreements(c: Case): string[] {
  const years = c.offsets.map((offset, i) => ({ year: c.base + offset, value: c.values[i]! }));
  const baseYear = c.explicitBase ? c.base : Math.min(...years.map((y) => y.year));
  const options: PresentValueOptions = c.explicitBase ? { baseYear } : {};
  let bands: Bands;
  if (typeof c.how === 'object') {
    Object.assign(options, { rate: c.how.rate });
    bands = [[null, c.how.rate]];
  } else {
    if (c.how !== undefined) Object.assign(options, { schedule: c.how });
    bands = schedules[c.how ?? 'green-book-2022'];
  }
  const series = c.asRecord
    ? Object.fromEntries(years.map((y) => [String(y.year), y.value]))
    : years;
  const result = presentValue(series, options);
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const growth = growths(bands, sorted.at(-1)!.year - baseYear);
  const { out, check } = disagreementList();
  let exact = ZERO;
  sorted.forEach(({ year, value }, i) => {
    const t = year - baseYear;
    const got = result.years[i]!;
    expect(got.year).toBe(year);
    check(`years[${i}].rate`, got.rate, rateOf(bands, t));
    check(`years[${i}].discountFactor`, got.discountFactor, significant(div(ONE, growth[t]!)));
    check(`years[${i}].presentValue`, got.presentValue, significant(div(parse(value), growth[t]!)));
    exact = add(exact, div(parse(value), growth[t]!));
  });
  check('total', result.total, significant(exact));
  check('nominal', result.nominal, sum(sorted.map((y) => parse(y.value))));
  const [firstTo, firstRate] = bands[0]!;
  const last = sorted.at(-1)!.year - baseYear;
  check('rate', result.rate, firstTo === null || last <= firstTo ? parse(firstRate) : null);
  expect(result.baseYear).toBe(baseYear);
  return out;
}

describe('presentValue against an exact reference', () => {
  it('gives every factor, present value and total exactly to 34 digits, under every schedule', () => {
    fc.assert(
      fc.property(
        // Past 1e60, nominal or discounted, is out-of-range: left out.
        caseArb.filter((c) => c.offsets.every((o) => c.base + o <= 9999)),
        (c) => {
          let problems: string[];
          try {
            problems = disagreements(c);
          } catch (error) {
            if ((error as { code?: string }).code === 'out-of-range') return;
            throw error;
          }
          expect(problems).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 150) },
    );
  });
});
