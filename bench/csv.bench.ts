import DecimalJs from 'decimal.js';
import Papa from 'papaparse';
import { bench, describe } from 'vitest';

// Reading a pledge sheet of 200,000 rows (36 MB: theme, reference, question, units, proxy value,
// answer, the pledged value as spreadsheets print it, "£ 1,234.56", and a CWB priority) with
// `parsePledgeSheet`, against baselines in the same process:
//   - papaparse and decimal.js on the same cells: papaparse splits the text (told the delimiter
//     and line end, so it does not guess them), then each row becomes { theme, measure, question,
//     unit, proxyValue, quantity, statedValue, tags } with the three amounts read by decimal.js
//     (the pound sign, spaces and thousands commas taken off first): what a hand-written reader
//     of this sheet would do. The ratio to it is the price of guessing the delimiter, the header
//     search, line numbers, problems, formula cells and sealing.
//   - papaparse alone, splitting the text into cells (told the delimiter and line end);
//   - and, for the record, papaparse guessing the delimiter itself (`Papa.parse(text)`), which
//     reads the whole file once per candidate delimiter when cells are quoted.
// Figures are CPU time (process.cpuUsage, user + system), in interleaved rounds; each ratio is
// the median of the per-round ratios. Run:
//   npx vitest bench --run bench/csv.bench.ts
// (BENCH_DIST=1 for the built package, after `npm run build`; BENCH_ROWS=n; BENCH_ROUNDS=n.)
const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const built = process.env.BENCH_DIST === '1';
const entry = built ? '../dist/csv/index.js' : '../src/csv/index.js';
const { parsePledgeSheet }: typeof import('../src/csv/index.js') = await import(entry);

const themes = [
  'Jobs: Promote Local Skills and Employment',
  'Growth: Supporting Growth of Responsible Regional Business',
  'Social: Healthier, Safer and more Resilient Communities',
  'Environment: Decarbonising and Safeguarding our World',
];
const proxies = [
  '30782',
  '20481',
  '14782',
  '16.09',
  '286.47',
  '0.9638118',
  '0',
  '131.86',
  '0.02223',
];
const priorities = [
  'Advancing Fairer Employment',
  'Progressive Procurement',
  'Plural Ownership of the Economy',
  'Socially Just Use of Land',
];
const grouping = new Intl.NumberFormat('en-GB');
const HEADER =
  'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,CWB Priority';

/** Row `i` of the generated sheet. */
function sheetRow(i: number): string {
  const pence = (i * 104_729) % 100_000_000;
  const stated = `"£ ${grouping.format(Math.floor(pence / 100))}.${String(pence % 100).padStart(2, '0')}"`;
  const measure = i % 90;
  return `"${themes[i % 4]}",NT${measure},"No. of local people (FTE) on contract, measure ${measure}",no. people FTE,${proxies[i % proxies.length]},${(i * 7919) % 100_000},${stated},${priorities[i % 4]}`;
}
const text = `${[HEADER, ...Array.from({ length: ROWS }, (_, i) => sheetRow(i))].join('\r\n')}\r\n`;

const Exact = DecimalJs.clone({ precision: 200 });
const MONEY = /[£,\s]/g;
const amountOf = (cell: string | undefined) =>
  cell === undefined || cell.trim() === '' ? null : new Exact(cell.replace(MONEY, ''));

/** papaparse and decimal.js: the same rows, written directly. */
const KNOWN = { delimiter: ',', newline: '\r\n' as const };
function sameCells(input: string) {
  const { data } = Papa.parse<string[]>(input, KNOWN);
  const rows = [];
  for (let i = 1; i < data.length; i += 1) {
    const cells = data[i]!;
    if (cells.length < 8) continue;
    rows.push({
      theme: cells[0]!,
      measure: cells[1]!,
      question: cells[2]!,
      unit: cells[3]!,
      proxyValue: amountOf(cells[4]),
      quantity: amountOf(cells[5]),
      statedValue: amountOf(cells[6]),
      tags: { 'CWB Priority': cells[7]! },
    });
  }
  return rows;
}
const papaparse = (input: string) => Papa.parse<string[]>(input, KNOWN).data.length;
const papaparseGuessing = (input: string) => Papa.parse<string[]>(input).data.length;

// The library and the baseline must agree before they are timed.
const sheet = parsePledgeSheet(text);
const rows = sameCells(text);
const same =
  sheet.rows.length === rows.length &&
  sheet.problems.length === 0 &&
  sheet.rows.every((row, i) => {
    const other = rows[i]!;
    return (
      row.measure === other.measure &&
      row.theme === other.theme &&
      row.statedValue!.eq(other.statedValue!.toString()) &&
      row.quantity!.eq(other.quantity!.toString()) &&
      row.proxyValue!.eq(other.proxyValue!.toString()) &&
      row.tags['CWB Priority'] === other.tags['CWB Priority']
    );
  });
if (!same) throw new Error('the library and the baseline disagree');

function cpu(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe(`read a pledge sheet of ${ROWS.toLocaleString('en-GB')} rows`, () => {
  const times = {
    library: [] as number[],
    same: [] as number[],
    papa: [] as number[],
    guessing: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round += 1) {
    times.same.push(cpu(() => sameCells(text)));
    times.papa.push(cpu(() => papaparse(text)));
    times.guessing.push(cpu(() => papaparseGuessing(text)));
    times.library.push(cpu(() => parsePledgeSheet(text)));
  }
  const ratio = (base: number[]) =>
    `${median(times.library.map((time, round) => time / base[round]!)).toFixed(2)}x`;
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  const perSecond = (values: number[]) =>
    `${Math.round((ROWS / median(values)) * 1000).toLocaleString('en-GB')} rows/s`;
  console.log(
    [
      `csv (${built ? 'built package' : 'sources'}): CPU time, median of ${ROUNDS} interleaved rounds, ${ROWS.toLocaleString('en-GB')} rows (${(text.length / 1e6).toFixed(0)} MB):`,
      `  parsePledgeSheet ${ms(times.library)} (${perSecond(times.library)}); papaparse + decimal.js on the same cells ${ms(times.same)} (${perSecond(times.same)}); papaparse alone ${ms(times.papa)} (${perSecond(times.papa)})`,
      `  ratio to papaparse + decimal.js ${ratio(times.same)}; to papaparse alone ${ratio(times.papa)}; (papaparse guessing the delimiter: ${ms(times.guessing)})`,
    ].join('\n'),
  );
  const once = { iterations: 1, warmupIterations: 0, time: 0 };
  bench('baseline: papaparse + decimal.js', () => void sameCells(text), once);
  bench('social-value: parsePledgeSheet', () => void parsePledgeSheet(text), once);
});
