import DecimalJs from 'decimal.js';
import { cpuMs, median } from './cpu-time.js';

// CPU time of reading a stored valuation back (`revive`), against the same checks written
// directly with decimal.js, in one process with the two runs interleaved (these machines are
// shared). The snapshot: 100,000 pledges of 50 measures in 2 themes, one tag each, a contract
// value. `revive` validates every field, rebuilds the live, frozen result and checks its figures
// against its own lines (each line's value, every total and breakdown, the ratio, the warnings
// and the summary: src/valuation/valuation-figures.ts). The baseline reads every figure of the
// same JSON into a Decimal, works out each line's value again (quantity × share × proxy, negated
// for a disbenefit; its index, and its measure's title, unit, theme, value type and proxy value
// as the measure's first line has them) and the total, benefit and disbenefit totals and the
// breakdowns by theme, value type, channel and tag (every entry of either), the ratio, the
// duplicate-measure warnings (each measure's lines, and the sentence) and the summary, and
// compares each with the stored figure: the same figures checked, without validating every
// field or building a live result.
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
  readonly index: number;
  readonly measure: string;
  readonly title: string;
  readonly unit: string;
  readonly themeName: string;
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
  readonly framework: {
    readonly name: string;
    readonly edition: string;
    readonly priceYear: number;
  };
  readonly warnings: readonly {
    readonly code: string;
    readonly message: string;
    readonly measures: readonly string[];
    readonly lines: readonly number[];
  }[];
  readonly summary: string;
}

/** Adds `value` to `sums[key]`. */
function add(sums: Map<string, DecimalJs>, key: string, value: DecimalJs): void {
  sums.set(key, (sums.get(key) ?? new Exact(0)).plus(value));
}

const grouped = new Intl.NumberFormat('en-GB');
const pounds = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const money = (amount: DecimalJs) => `£${pounds.format(amount.toFixed(2) as unknown as number)}`;

/** The count of stored figures that differ from those worked out again (0 for a true snapshot). */
function checkedDirectly(json: StoredValuation): number {
  let wrong = 0;
  const measures = new Map<string, { readonly first: StoredLine; readonly lines: number[] }>();
  const themeNames = new Map<string, string>();
  const byTheme = new Map<string, DecimalJs>();
  const byValueType = new Map<string, DecimalJs>();
  const byChannel = new Map<string, DecimalJs>();
  const byTag = new Map<string, DecimalJs>();
  let benefit = new Exact(0);
  let disbenefit = new Exact(0);
  json.lines.forEach((line, index) => {
    let measure = measures.get(line.measure);
    if (measure === undefined) {
      measure = { first: line, lines: [] };
      measures.set(line.measure, measure);
    }
    measure.lines.push(index);
    const { first } = measure;
    if (!themeNames.has(line.theme)) themeNames.set(line.theme, line.themeName);
    if (
      line.index !== index ||
      line.title !== first.title ||
      line.unit !== first.unit ||
      line.theme !== first.theme ||
      line.themeName !== themeNames.get(line.theme) ||
      line.valueType !== first.valueType ||
      !new Exact(line.proxyValue).eq(first.proxyValue)
    ) {
      wrong += 1;
    }
    const product = new Exact(line.quantity).times(line.attributionShare).times(line.proxyValue);
    const value = line.effect === 'disbenefit' ? product.negated() : product;
    if (!value.eq(line.value)) wrong += 1;
    if (line.effect === 'disbenefit') disbenefit = disbenefit.plus(value);
    else benefit = benefit.plus(value);
    add(byTheme, line.theme, value);
    add(byValueType, line.valueType, value);
    add(byChannel, line.channel, value);
    for (const [name, tag] of Object.entries(line.tags)) add(byTag, `${name}\u0000${tag}`, value);
  });
  const total = benefit.plus(disbenefit);
  const differs = (figure: string | undefined, sum: DecimalJs | undefined) =>
    figure === undefined || !(sum ?? new Exact(0)).eq(figure);
  const ratio = new Quotient(total).div(json.contractValue);
  wrong += [
    differs(json.total, total),
    differs(json.benefitTotal, benefit),
    differs(json.disbenefitTotal, disbenefit),
    differs(json.socialValueAddedRatio, ratio),
  ].filter(Boolean).length;
  // Every entry worked out again is stored too (the loops below check those stored).
  const stored = (record: Readonly<Record<string, unknown>>, sums: Map<string, DecimalJs>) =>
    [...sums.keys()].filter((key) => !Object.hasOwn(record, key)).length;
  wrong += stored(json.byTheme, byTheme) + stored(json.byValueType, byValueType);
  wrong += stored(json.byChannel, byChannel);
  for (const key of byTag.keys()) {
    const [name, tag] = key.split('\u0000') as [string, string];
    if (!Object.hasOwn(json.byTag, name) || !Object.hasOwn(json.byTag[name]!, tag)) wrong += 1;
  }
  // The duplicate-measure warnings: each measure pledged more than once, in code-unit order.
  const duplicates = [...measures]
    .filter(([, { lines }]) => lines.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const warned = json.warnings.filter((warning) => warning.code === 'duplicate-measure');
  if (warned.length !== duplicates.length) wrong += 1;
  duplicates.forEach(([code, { lines }], i) => {
    const warning = warned[i];
    const shown = lines.slice(0, 10).join(', ');
    const pledges =
      lines.length > 10
        ? `${shown} and ${grouped.format(lines.length - 10)} more`
        : `${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
    const message = `${code} is pledged ${grouped.format(lines.length)} times (pledges ${pledges}): check that nothing is counted twice.`;
    if (
      warning?.message !== message ||
      warning.measures.length !== 1 ||
      warning.measures[0] !== code ||
      warning.lines.length !== lines.length ||
      warning.lines.some((line, at) => line !== lines[at])
    ) {
      wrong += 1;
    }
  });
  const { framework } = json;
  const added = `${percent.format(ratio.times(100).toDecimalPlaces(2).toString() as unknown as number)}% of the contract value of ${money(new Exact(json.contractValue))}`;
  const warnings =
    json.warnings.length === 0 ? '' : `; ${grouped.format(json.warnings.length)} warnings to check`;
  const summary = `${grouped.format(json.lines.length)} pledges valued at ${money(total)} with ${framework.name} (edition ${framework.edition}, ${framework.priceYear} prices): ${added}${warnings}.`;
  if (summary !== json.summary) wrong += 1;
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
