import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import type { PledgeInput, Valuation } from '../src/index.js';

// BENCH_DIST=1 measures the built package (`npm run build` first), as an application runs it;
// by default the sources, as vitest transforms them (each call across modules goes through the
// transform's export getters, which the built package does not have).
const built = process.env.BENCH_DIST === '1';
const entry = built ? '../dist/index.js' : '../src/index.js';
const { defineFramework, valuePledges }: typeof import('../src/index.js') = await import(entry);

// Valuing 1,000,000 pledges (60 measures, 5 themes, one tag each; every tenth with an
// attribution share, every tenth with three years; a contract value for the ratio) with the
// library, against two baselines in the same process:
//   - the same figures written directly with decimal.js: a line per pledge (quantity, value and
//     its years), the total, totals by theme, value type, tag and year, the social value added
//     ratio and the detection of measures pledged twice (the warnings' input), tags and years in
//     the library's order. The ratio to it is the price of validation, frozen lines, warnings
//     and sentences.
//   - the bare multiply-and-sum (quantity × share × proxy, one total), as before.
// Both shapes of work: 20,000 calls of 50 pledges (one contract each) and ONE call of all
// 1,000,000; and one call of 10,000, 100,000 and 1,000,000 for linearity.
//
// Figures are CPU time (process.cpuUsage, user + system, all threads: the garbage collector's
// too), measured in interleaved rounds so a busy machine slows all alike; each ratio is the
// median over the rounds of the per-round ratio. Run:
//   npx vitest bench --run bench/valuation.bench.ts
// (BENCH_ROUNDS=n for more rounds; BENCH_SIZE=n for another number of pledges; BENCH_DIST=1
// for the built package.)
const PLEDGES = Number(process.env.BENCH_SIZE ?? 1_000_000);
const PER_CONTRACT = 50;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const proxies = [
  '30782',
  '20481',
  '14782',
  '16.09',
  '286.47',
  '224.07',
  '168.72',
  '101.86',
  '0.9638118',
  '0',
  '131.86',
  '1',
  '0.02223',
  '0.012',
];
const themes = ['jobs', 'growth', 'social', 'environment', 'innovation'];
const framework = defineFramework({
  id: 'bench',
  name: 'Bench',
  edition: '2021',
  priceYear: 2021,
  themes: themes.map((id) => ({ id, name: id })),
  measures: Array.from({ length: 60 }, (_, i) => ({
    code: `M${i}`,
    theme: themes[i % themes.length]!,
    title: `Measure ${i}`,
    unit: 'units',
    proxyValue: proxies[i % proxies.length]!,
    valueType: i % proxies.length === 9 ? ('record-only' as const) : ('social' as const),
  })),
});
const priorities = ['Fair employment', 'Progressive procurement', 'Plural ownership', 'Land'];
const CONTRACT_VALUE = '25000000';

function pledgeAt(i: number): PledgeInput {
  const measure = `M${(i * 7) % 60}`;
  const tags = { 'CWB Priority': priorities[i % priorities.length]! };
  const quantity = i % 2 === 0 ? String((i * 7919) % 100_000) : ((i * 104_729) % 5_000) / 4;
  if (i % 10 === 5) {
    return { measure, years: [String(i % 97), (i % 13) / 2, '12.5'], tags };
  }
  if (i % 10 === 3) return { measure, quantity, attributionShare: '0.35', tags };
  return { measure, quantity, tags };
}
const pledges: PledgeInput[] = Array.from({ length: PLEDGES }, (_, i) => pledgeAt(i));
const contracts: PledgeInput[][] = [];
for (let i = 0; i < pledges.length; i += PER_CONTRACT) {
  contracts.push(pledges.slice(i, i + PER_CONTRACT));
}

// The baselines use decimal.js with the library's precision (200 digits: every product and sum
// of the numeric domain exact) and the library's 34-digit division, so the figures are the same.
const Exact = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
const Quotient = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
const valueTypeOrder = ['local-economic', 'social', 'environmental', 'record-only'];
const measures = new Map(
  framework.measures.map((measure) => [
    measure.code,
    {
      proxy: new Exact(measure.proxyValue!.toString()),
      theme: measure.theme,
      type: valueTypeOrder.indexOf(measure.valueType),
    },
  ]),
);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const yearOrder = new Intl.Collator('en', { numeric: true }).compare;
const contractValue = new Exact(CONTRACT_VALUE);

interface BaselineLine {
  readonly index: number;
  readonly measure: string;
  readonly quantity: DecimalJs;
  readonly value: DecimalJs;
  readonly years?: { year: string; quantity: DecimalJs; value: DecimalJs }[];
}

/** The same figures as `valuePledges`, written directly with decimal.js. */
function sameFigures(list: readonly PledgeInput[]) {
  const zero = new Exact(0);
  const lines: BaselineLine[] = [];
  let total = zero;
  const byTheme = new Map<string, DecimalJs>();
  const byValueType = valueTypeOrder.map(() => zero);
  const byTag = new Map<string, Map<string, DecimalJs>>();
  let byYear: Map<string, DecimalJs> | undefined;
  const indexes = new Map<string, number[]>();
  list.forEach((pledge, index) => {
    const measure = measures.get(pledge.measure)!;
    const rate =
      pledge.attributionShare === undefined
        ? measure.proxy
        : measure.proxy.times(pledge.attributionShare as string);
    let quantity: DecimalJs;
    let value: DecimalJs;
    if (pledge.years === undefined) {
      quantity = new Exact(pledge.quantity as string | number);
      value = quantity.times(rate);
      lines.push({ index, measure: pledge.measure, quantity, value });
    } else {
      byYear ??= new Map();
      quantity = zero;
      value = zero;
      const years: { year: string; quantity: DecimalJs; value: DecimalJs }[] = [];
      (pledge.years as readonly (string | number)[]).forEach((written, year) => {
        const yearQuantity = new Exact(written);
        const yearValue = yearQuantity.times(rate);
        const label = String(year + 1);
        years.push({ year: label, quantity: yearQuantity, value: yearValue });
        quantity = quantity.plus(yearQuantity);
        value = value.plus(yearValue);
        byYear!.set(label, (byYear!.get(label) ?? zero).plus(yearValue));
      });
      lines.push({ index, measure: pledge.measure, quantity, value, years });
    }
    total = total.plus(value);
    byTheme.set(measure.theme, (byTheme.get(measure.theme) ?? zero).plus(value));
    byValueType[measure.type] = byValueType[measure.type]!.plus(value);
    for (const name in pledge.tags) {
      let values = byTag.get(name);
      if (values === undefined) {
        values = new Map();
        byTag.set(name, values);
      }
      const tag = pledge.tags[name]!;
      values.set(tag, (values.get(tag) ?? zero).plus(value));
    }
    const seen = indexes.get(pledge.measure);
    if (seen === undefined) indexes.set(pledge.measure, [index]);
    else seen.push(index);
  });
  const tags = [...byTag.keys()].sort(byCodeUnits).map((name) => {
    const values = byTag.get(name)!;
    return [name, [...values.keys()].sort(byCodeUnits).map((tag) => [tag, values.get(tag)!])];
  });
  const years = byYear === undefined ? [] : [...byYear.keys()].sort(yearOrder);
  const duplicates = [...indexes].filter(([, seen]) => seen.length > 1);
  const ratio = new Quotient(total).div(contractValue);
  return { lines, total, byTheme, byValueType, tags, years, byYear, duplicates, ratio };
}

/** The bare multiply-and-sum: one total, nothing else. */
function bare(list: readonly PledgeInput[]): DecimalJs {
  let total = new Exact(0);
  for (const pledge of list) {
    const measure = measures.get(pledge.measure)!;
    const rate =
      pledge.attributionShare === undefined
        ? measure.proxy
        : measure.proxy.times(pledge.attributionShare as string);
    if (pledge.years === undefined) {
      total = total.plus(new Exact(pledge.quantity as string | number).times(rate));
    } else {
      for (const year of pledge.years as readonly (string | number)[]) {
        total = total.plus(new Exact(year).times(rate));
      }
    }
  }
  return total;
}

const library = (list: readonly PledgeInput[]) =>
  valuePledges(framework, list, { contractValue: CONTRACT_VALUE });

// The library and the baseline must agree before they are timed.
function check(valuation: Valuation, expected: ReturnType<typeof sameFigures>): void {
  const same =
    valuation.total.eq(expected.total.toString()) &&
    valuation.total.eq(bare(pledges.slice(0, valuation.lines.length)).toString()) &&
    valuation.socialValueAddedRatio!.eq(expected.ratio.toString()) &&
    valuation.lines.every(
      (line, index) =>
        line.value.eq(expected.lines[index]!.value.toString()) &&
        line.quantity.eq(expected.lines[index]!.quantity.toString()),
    ) &&
    [...expected.byTheme].every(([theme, sum]) => valuation.byTheme[theme]!.eq(sum.toString())) &&
    valueTypeOrder.every((type, index) =>
      valuation.byValueType[type as 'social'].eq(expected.byValueType[index]!.toString()),
    ) &&
    JSON.stringify(Object.keys(valuation.byYear ?? {})) === JSON.stringify(expected.years) &&
    expected.years.every((year) =>
      valuation.byYear![year]!.eq(expected.byYear!.get(year)!.toString()),
    ) &&
    JSON.stringify(
      expected.tags.map(([name, values]) => [
        name,
        (values as [string, DecimalJs][]).map(([tag, sum]) => [tag, sum.toString()]),
      ]),
    ) ===
      JSON.stringify(
        Object.keys(valuation.byTag).map((name) => [
          name,
          Object.entries(valuation.byTag[name]!).map(([tag, sum]) => [tag, sum.toString()]),
        ]),
      ) &&
    valuation.warnings.filter((warning) => warning.code === 'duplicate-measure').length ===
      expected.duplicates.length;
  if (!same) throw new Error('the library and the baseline disagree');
}
check(library(pledges), sameFigures(pledges));
check(library(contracts[0]!), sameFigures(contracts[0]!));

function cpu(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const each =
  (list: readonly PledgeInput[][], run: (part: readonly PledgeInput[]) => unknown) => () => {
    for (const part of list) run(part);
  };

describe(`value ${PLEDGES.toLocaleString('en-GB')} pledges`, () => {
  const runs = {
    libraryMany: each(contracts, library),
    // The same calls, every valuation kept (as a caller reporting on them all would): the heap
    // then holds a million lines, as after one call.
    libraryManyKept: () => contracts.map(library),
    sameMany: each(contracts, sameFigures),
    bareMany: each(contracts, bare),
    libraryOne: () => library(pledges),
    sameOne: () => sameFigures(pledges),
    bareOne: () => bare(pledges),
  };
  type Run = keyof typeof runs;
  const times = Object.fromEntries(
    Object.keys(runs).map((name) => [name, [] as number[]]),
  ) as Record<Run, number[]>;
  const sizes = [10_000, 100_000, 1_000_000].filter((size) => size <= PLEDGES);
  const scaling = new Map(
    sizes.map((size) => [size, { one: [] as number[], many: [] as number[] }]),
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of Object.keys(runs) as Run[]) times[name].push(cpu(runs[name]));
    for (const size of sizes) {
      const part = pledges.slice(0, size);
      const parts = contracts.slice(0, size / PER_CONTRACT);
      scaling.get(size)!.many.push(cpu(each(parts, library)));
      scaling.get(size)!.one.push(cpu(() => library(part)));
    }
  }
  const ratio = (top: number[], bottom: number[]) =>
    `${median(top.map((time, round) => time / bottom[round]!)).toFixed(2)}x`;
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  console.log(
    [
      `valuation (${built ? 'built package' : 'sources'}): CPU time, median of ${ROUNDS} interleaved rounds, ${PLEDGES.toLocaleString('en-GB')} pledges:`,
      `  ${contracts.length.toLocaleString('en-GB')} calls of ${PER_CONTRACT}: valuePledges ${ms(times.libraryMany)}; same figures with decimal.js ${ms(times.sameMany)}; bare multiply-and-sum ${ms(times.bareMany)}`,
      `    ratio to the same figures ${ratio(times.libraryMany, times.sameMany)}; to the bare loop ${ratio(times.libraryMany, times.bareMany)}`,
      `  one call: valuePledges ${ms(times.libraryOne)}; same figures with decimal.js ${ms(times.sameOne)}; bare multiply-and-sum ${ms(times.bareOne)}`,
      `    ratio to the same figures ${ratio(times.libraryOne, times.sameOne)}; to the bare loop ${ratio(times.libraryOne, times.bareOne)}`,
      `    one call ÷ calls of ${PER_CONTRACT}: ${ratio(times.libraryOne, times.libraryMany)}; ÷ calls of ${PER_CONTRACT} keeping every valuation (${ms(times.libraryManyKept)}): ${ratio(times.libraryOne, times.libraryManyKept)}`,
      `    decimal.js, one call ÷ calls of ${PER_CONTRACT}: ${ratio(times.sameOne, times.sameMany)}`,
      ...sizes.map((size) => {
        const { one, many } = scaling.get(size)!;
        return `  ${size.toLocaleString('en-GB')} pledges: one call ${ms(one)} (${((median(one) * 1e6) / size).toFixed(0)} ns a pledge), calls of ${PER_CONTRACT} ${ms(many)}; one ÷ many ${ratio(one, many)}`;
      }),
    ].join('\n'),
  );
  const once = { iterations: 1, warmupIterations: 0, time: 0 };
  bench('baseline: the same figures with decimal.js, one call', () => void runs.sameOne(), once);
  bench('baseline: bare multiply-and-sum, one call', () => void runs.bareOne(), once);
  bench('social-value: valuePledges, one call', () => void runs.libraryOne(), once);
  bench('social-value: valuePledges, calls of 50', () => void runs.libraryMany(), once);
});
