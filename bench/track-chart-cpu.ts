import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import DecimalJs from 'decimal.js';
import { cpuMs, median } from './cpu-time.js';

// CPU time of the totals `track --format html` charts: the value expected and delivered at each
// chart date (the 20 delivery dates of a five-year contract, its start and the ends of its
// financial years, 21 dates). Three runs in one process, interleaved (these machines are
// shared): `trackDelivery` once per date, as the command did (`per date`); the internal
// `deliveryTotalsAt`, every date from one call, as it does now (`together`); and the baseline,
// the same figures worked out directly with decimal.js: each line's value expected by the date
// (quantity × proxy × days elapsed ÷ days of the contract, one division to 34 digits; exact once
// the contract is over) and delivered by then (the quantities delivered × proxy), added up. The
// portfolio: pledges of 50 measures (quantity 1–97, proxy £1–£656) and one delivery per pledge
// naming its line, a third claimed, the rest verified. Every figure is checked first.
//
//   npm run build && node --import tsx bench/track-chart-cpu.ts [rounds] [pledges] [per-date?]
// (`per-date` 0 leaves out the run once per date, about 3.4 s of CPU per date at 50,000.)
const dist = pathToFileURL(resolve('dist')).href;
const { trackDelivery }: typeof import('../src/index.js') = await import(`${dist}/index.js`);
const { deliveryTotalsAt }: typeof import('../src/monitoring/delivery-totals-at.js') = await import(
  `${dist}/monitoring/delivery-totals-at.js`
);

const ROUNDS = Number(process.argv[2] ?? 3);
const PLEDGES = Number(process.argv[3] ?? 50_000);
const PER_DATE = process.argv[4] !== '0';

const lines = Array.from({ length: PLEDGES }, (_, i) => ({
  index: i,
  measure: `M${i % 50}`,
  theme: i % 2 === 0 ? 'b' : 'a',
  valueType: 'social' as const,
  quantity: String((i % 97) + 1),
  proxyValue: ((i % 50) * 13.37 + 1).toFixed(2),
}));
const quarters: string[] = [];
for (let year = 2024; year < 2029; year += 1) {
  for (const day of ['06-30', '09-30', '12-31']) quarters.push(`${year}-${day}`);
  quarters.push(`${year + 1}-03-31`);
}
const deliveries = lines.map((line, i) => ({
  measure: line.measure,
  date: quarters[i % quarters.length]!,
  quantity: (i % 5) + 1,
  line: i,
  verification: i % 3 === 0 ? ('claimed' as const) : ('verified' as const),
}));
const options = { start: '2024-04-01', end: '2029-03-31' };
const dates = [...new Set(['2024-04-01', ...quarters])].sort();

const Exact = DecimalJs.clone({ precision: 1e9 });
const Quotient = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
const DAY = 86_400_000;
const first = Date.parse(options.start) / DAY;
const days = Date.parse(options.end) / DAY - first + 1;

/** Every date's figures, directly: the value expected and delivered by it. */
function direct(): { expected: DecimalJs; delivered: DecimalJs }[] {
  const quantities = lines.map((line) => new Exact(line.quantity));
  const proxies = lines.map((line) => new Exact(line.proxyValue));
  const order = deliveries
    .map((_, i) => i)
    .sort((a, b) => (deliveries[a]!.date < deliveries[b]!.date ? -1 : 1));
  let next = 0;
  let delivered = new Exact(0);
  return dates.map((date) => {
    const elapsed = Math.min(Date.parse(date) / DAY - first + 1, days);
    let expected = new Exact(0);
    for (let i = 0; i < lines.length; i += 1) {
      const whole = quantities[i]!.times(proxies[i]!);
      expected = expected.plus(
        elapsed === days ? whole : new Quotient(whole.times(elapsed)).div(days),
      );
    }
    for (; next < order.length && deliveries[order[next]!]!.date <= date; next += 1) {
      const delivery = deliveries[order[next]!]!;
      delivered = delivered.plus(proxies[delivery.line]!.times(delivery.quantity));
    }
    return { expected, delivered };
  });
}

const together = () => deliveryTotalsAt({ lines }, deliveries, options, dates);
const perDate = () =>
  dates.map((asOf) => trackDelivery({ lines }, deliveries, { ...options, asOf }).totals);

// Every figure the same three ways.
const again = direct();
const checks = [together(), ...(PER_DATE ? [perDate()] : [])];
for (const run of checks) {
  run.forEach((totals, i) => {
    if (!totals.expected.eq(again[i]!.expected) || !totals.delivered.eq(again[i]!.delivered)) {
      throw new Error(`the baseline disagrees at ${dates[i]}`);
    }
  });
}

const runs: Record<string, () => unknown> = {
  ...(PER_DATE ? { 'per date': perDate } : {}),
  together,
  baseline: direct,
};
const times: Record<string, number[]> = Object.fromEntries(
  Object.keys(runs).map((name) => [name, []]),
);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, run] of Object.entries(runs)) times[name]!.push(cpuMs(run));
}
const ratios = (name: string) => times[name]!.map((ms, round) => ms / times.baseline![round]!);
console.log(
  `${PLEDGES.toLocaleString('en-GB')} pledges and deliveries, ${dates.length} dates: ${Object.keys(
    runs,
  )
    .map((name) => `${name} median ${median(times[name]!).toFixed(0)} ms`)
    .join(', ')} CPU; ${Object.keys(runs)
    .filter((name) => name !== 'baseline')
    .map((name) => `${name} ÷ baseline median ${median(ratios(name)).toFixed(2)}`)
    .join(', ')} over ${ROUNDS} interleaved rounds`,
);
