import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import DecimalJs from 'decimal.js';
import { cpuMs, median } from './cpu-time.js';

// CPU time of `presentValue` over a long series (the Green Book 2022 schedule: 3.5% to year 30,
// 3% to year 75, 2.5% on), against the same figures worked out directly with decimal.js, in one
// process with the two runs interleaved (these machines are shared). The series: one value a
// year (100 to 145, two decimals) from year -9999 on, 19,999 years by default. The baseline
// reads each value into a Decimal, grows £1 a year at a time (to 200 digits, times 1 + the
// year's rate; mid-year, the year before's growth times the root of 1 + the rate, one root a
// band), divides 1 and the value by it to 34 digits (the year's factor and present value), adds
// the values exactly (the nominal) and the total as the library does: as one exact fraction
// divided once where the series' growth has up to 20,000 digits, else the years' quotients to
// 200 digits, rounded once to 34. It checks every figure against the library's first.
//
//   npm run build && node --import tsx bench/present-value-cpu.ts [rounds] [years] [timing] [dist]
// The built package, as an application runs it (a variable, so that type checking before the
// build does not look for it); another build's dist folder to measure that one.
const entry = pathToFileURL(resolve(process.argv[5] ?? 'dist', 'index.js')).href;
const { presentValue }: typeof import('../src/index.js') = await import(entry);

const ROUNDS = Number(process.argv[2] ?? 5);
const YEARS = Number(process.argv[3] ?? 19_999);
const TIMING = (process.argv[4] ?? 'end-of-year') as 'end-of-year' | 'mid-year';

const series = Array.from({ length: YEARS }, (_, i) => ({
  year: i - 9999,
  value: (100 + (i % 37) * 1.25).toFixed(2),
}));

const Growth = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
const Quotient = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
const Exact = DecimalJs.clone({ precision: 1e9 });
const BANDS = [
  { toYear: 30, rate: '0.035' },
  { toYear: 75, rate: '0.03' },
  { toYear: Number.POSITIVE_INFINITY, rate: '0.025' },
];
const bandOf = (t: number) => BANDS.find((band) => t <= band.toYear)!;

interface Figures {
  readonly total: DecimalJs;
  readonly nominal: DecimalJs;
  readonly years: readonly {
    readonly rate: string;
    readonly discountFactor: DecimalJs;
    readonly presentValue: DecimalJs;
  }[];
}

/** The figures of `series`, worked out directly. */
function direct(): Figures {
  const values = series.map(({ value }) => new Growth(value));
  const roots = new Map<string, DecimalJs>();
  let growth = new Growth(1);
  let nominal = new Exact(0);
  let quotients = new Growth(0);
  let numerator = new Exact(0);
  let denominator = new Exact(1);
  // The library's bound on the exact fraction's digits: the values' (3 integer digits, 2
  // decimals) and each year's factor's (3.5% is 1.035, 4 digits; 3%, 3).
  const last = YEARS - 1;
  const digits = 5 + 4 * Math.min(last, 30) + 3 * Math.max(0, Math.min(last, 75) - 30);
  const exact = TIMING === 'end-of-year' && digits + 4 * Math.max(0, last - 75) <= 20_000;
  const years = values.map((value, t) => {
    const { rate } = bandOf(t);
    const before = growth;
    if (t > 0) growth = growth.times(new Growth(rate).plus(1));
    let divisor = growth;
    if (TIMING === 'mid-year' && t > 0) {
      const root = roots.get(rate) ?? new Growth(rate).plus(1).sqrt();
      roots.set(rate, root);
      divisor = before.times(root);
    }
    nominal = nominal.plus(value);
    if (exact) {
      const step = t === 0 ? 1 : new Exact(rate).plus(1);
      numerator = numerator.times(step).plus(value);
      denominator = denominator.times(step);
    } else {
      quotients = quotients.plus(value.div(divisor));
    }
    return {
      rate,
      discountFactor: new Quotient(1).div(divisor),
      presentValue: new Quotient(value).div(divisor),
    };
  });
  const total = exact
    ? new Quotient(numerator).div(denominator)
    : quotients.toSignificantDigits(34, DecimalJs.ROUND_HALF_UP);
  return { total, nominal, years };
}

/** The count of the library's figures that differ from those worked out directly. */
function disagreements(): number {
  const library = presentValue(series, { timing: TIMING });
  const again = direct();
  let wrong = +!library.total.eq(again.total);
  wrong += +!library.nominal.eq(again.nominal);
  library.years.forEach((year, i) => {
    const other = again.years[i]!;
    wrong += +!year.rate.eq(other.rate);
    wrong += +!year.discountFactor.eq(other.discountFactor);
    wrong += +!year.presentValue.eq(other.presentValue);
  });
  return wrong;
}

const wrong = disagreements();
if (wrong !== 0) throw new Error(`the baseline disagrees on ${wrong} figures`);
const library: number[] = [];
const baseline: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  library.push(cpuMs(() => presentValue(series, { timing: TIMING })));
  baseline.push(cpuMs(() => direct()));
}
const ratios = library.map((ms, round) => ms / baseline[round]!);
console.log(
  `presentValue of ${YEARS.toLocaleString('en-GB')} years (${TIMING}): library median ${median(library).toFixed(0)} ms, baseline median ${median(baseline).toFixed(0)} ms CPU; ratio median ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) over ${ROUNDS} interleaved rounds`,
);
