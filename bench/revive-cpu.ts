import { cpuUsage } from 'node:process';
import DecimalJs from 'decimal.js';

// CPU time of reading a stored valuation back (`revive`), against the same checks written
// directly with decimal.js, in one process with the two runs interleaved (these machines are
// shared). The snapshot: 100,000 pledges of 50 measures in 2 themes, one tag each, a contract
// value. `revive` validates every field, rebuilds the live, frozen result and checks its figures
// against its own lines (each line's value, every total and breakdown, the ratio, the warnings
// and the summary: src/valuation/valuation-figures.ts). The baseline reads every figure of the
// same JSON into a Decimal, works out each line's value again (quantity × share × proxy, negated
// for a disbenefit) and the total, benefit and disbenefit totals and the breakdowns by theme,
// value type, channel and tag, the ratio, and compares each with the stored figure: the same
// figures checked, without validation, a live result or sentences.
//
//   npm run build && node --import tsx bench/revive-cpu.ts [rounds] [pledges]
// The built package, as an application runs it (a variable, so that type checking before the
// build does not look for it).
const entry = '../dist/index.js';
const { defineFramework, revive, valuePledges }: typeof import('../src/index.js') = await import(
  entry
);

const ROUNDS = Number(process.argv[2] ?? 5);
const PLEDGES = Number(process.argv[3] ?? 100_000);

const framework = defineFramework({
  id: 'bench',
  name: 'Bench',
  edition: '2024',
  priceYear: 2024,
  themes: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  measures: Array.from({ length: 50 }, (_, i) => ({
    code: `M${i}`,
    theme: i % 2 === 0 ? 'b' : 'a',
    title: 'Measure',
    unit: 'unit',
    proxyValue: (i * 13.37 + 1).toFixed(2),
    valueType: i % 3 === 0 ? ('local-economic' as const) : ('social' as const),
  })),
});
const stored = JSON.stringify(
  valuePledges(
    framework,
    Array.from({ length: PLEDGES }, (_, i) => ({
      measure: `M${i % 50}`,
      quantity: String((i % 97) + 0.5),
      ...(i % 10 === 0 ? { attributionShare: '0.75' } : {}),
      tags: { department: `D${i % 7}` },
    })),
    { contractValue: '250000000' },
  ),
);

const Exact = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
const Quotient = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });

interface StoredLine {
  readonly quantity: string;
  readonly attributionShare: string;
  readonly proxyValue: string;
  readonly value: string;
  readonly theme: string;
  readonly valueType: string;
  readonly channel: string;
  readonly effect: string;
  readonly tags: Readonly<Record<string, string>>;
}
interface StoredValuation {
  readonly lines: readonly StoredLine[];
  readonly total: string;
  readonly benefitTotal: string;
  readonly disbenefitTotal: string;
  readonly byTheme: Readonly<Record<string, string>>;
  readonly byValueType: Readonly<Record<string, string>>;
  readonly byChannel: Readonly<Record<string, string>>;
  readonly byTag: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly contractValue: string;
  readonly socialValueAddedRatio: string;
}

/** Adds `value` to `sums[key]`. */
function add(sums: Map<string, DecimalJs>, key: string, value: DecimalJs): void {
  sums.set(key, (sums.get(key) ?? new Exact(0)).plus(value));
}

/** The count of stored figures that differ from those worked out again (0 for a true snapshot). */
function checkedDirectly(json: StoredValuation): number {
  let wrong = 0;
  const byTheme = new Map<string, DecimalJs>();
  const byValueType = new Map<string, DecimalJs>();
  const byChannel = new Map<string, DecimalJs>();
  const byTag = new Map<string, DecimalJs>();
  let benefit = new Exact(0);
  let disbenefit = new Exact(0);
  for (const line of json.lines) {
    const product = new Exact(line.quantity).times(line.attributionShare).times(line.proxyValue);
    const value = line.effect === 'disbenefit' ? product.negated() : product;
    if (!value.eq(line.value)) wrong += 1;
    if (line.effect === 'disbenefit') disbenefit = disbenefit.plus(value);
    else benefit = benefit.plus(value);
    add(byTheme, line.theme, value);
    add(byValueType, line.valueType, value);
    add(byChannel, line.channel, value);
    for (const [name, tag] of Object.entries(line.tags)) add(byTag, `${name}\u0000${tag}`, value);
  }
  const total = benefit.plus(disbenefit);
  const differs = (figure: string, sum: DecimalJs | undefined) => !(sum ?? new Exact(0)).eq(figure);
  wrong += [
    differs(json.total, total),
    differs(json.benefitTotal, benefit),
    differs(json.disbenefitTotal, disbenefit),
    differs(json.socialValueAddedRatio, new Quotient(total).div(json.contractValue)),
  ].filter(Boolean).length;
  for (const [id, figure] of Object.entries(json.byTheme))
    wrong += +differs(figure, byTheme.get(id));
  for (const [type, figure] of Object.entries(json.byValueType)) {
    wrong += +differs(figure, byValueType.get(type));
  }
  for (const [channel, figure] of Object.entries(json.byChannel)) {
    wrong += +differs(figure, byChannel.get(channel));
  }
  for (const [name, values] of Object.entries(json.byTag)) {
    for (const [tag, figure] of Object.entries(values)) {
      wrong += +differs(figure, byTag.get(`${name}\u0000${tag}`));
    }
  }
  return wrong;
}

/** CPU time (user + system) of `run`, in milliseconds. */
function cpuMs(run: () => unknown): number {
  const before = cpuUsage();
  run();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

if (checkedDirectly(JSON.parse(stored)) !== 0) throw new Error('the baseline disagrees');
const library: number[] = [];
const baseline: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  // Each run parses its own copy (revive keeps nothing of it), outside the time measured.
  const [forLibrary, forBaseline] = [JSON.parse(stored), JSON.parse(stored)];
  library.push(cpuMs(() => revive(forLibrary, 'valuation')));
  baseline.push(cpuMs(() => checkedDirectly(forBaseline)));
}
const ratios = library.map((ms, round) => ms / baseline[round]!);
console.log(
  `revive of a ${PLEDGES.toLocaleString('en-GB')}-line valuation: library median ${median(library).toFixed(0)} ms, baseline median ${median(baseline).toFixed(0)} ms CPU; ratio median ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) over ${ROUNDS} interleaved rounds`,
);
