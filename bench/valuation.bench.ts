import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import { defineFramework, type PledgeInput, valuePledges } from '../src/index.js';

// 1,000,000 pledge lines across 20,000 contracts (50 pledges each), valued with the library
// against a baseline that does the same multiply-and-sum directly with decimal.js. The library
// also validates every pledge, builds a line per pledge, totals by theme, value type and tag,
// and checks for double counting: the ratio is the price of all that.
const CONTRACTS = 20_000;
const PLEDGES_PER_CONTRACT = 50;

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

const contracts: PledgeInput[][] = Array.from({ length: CONTRACTS }, (_, c) =>
  Array.from({ length: PLEDGES_PER_CONTRACT }, (_, p) => {
    const i = c * PLEDGES_PER_CONTRACT + p;
    return {
      measure: `M${(i * 7) % 60}`,
      quantity: i % 2 === 0 ? String((i * 7919) % 100_000) : ((i * 104_729) % 5_000) / 4,
      tags: { 'CWB Priority': priorities[i % priorities.length]! },
    };
  }),
);

const Baseline = DecimalJs.clone({ precision: 40 });
const baselineProxies = new Map(
  framework.measures.map((measure) => [measure.code, new Baseline(measure.proxyValue!.toString())]),
);

const baselineThemes = new Map(framework.measures.map((measure) => [measure.code, measure.theme]));

describe('value 1,000,000 pledges across 20,000 contracts', () => {
  bench(
    'baseline: decimal.js multiply-and-sum',
    () => {
      for (const pledges of contracts) {
        let total = new Baseline(0);
        for (const pledge of pledges) {
          const quantity = new Baseline(pledge.quantity as string | number);
          total = total.plus(quantity.times(baselineProxies.get(pledge.measure)!));
        }
      }
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  // The same totals the library returns (overall, by theme and by tag), written directly with
  // decimal.js: the ratio against this one is the cost of validation, lines and freezing alone.
  bench(
    'baseline: decimal.js with the same totals',
    () => {
      for (const pledges of contracts) {
        let total = new Baseline(0);
        const byTheme = new Map<string, DecimalJs>();
        const byTag = new Map<string, DecimalJs>();
        for (const pledge of pledges) {
          const quantity = new Baseline(pledge.quantity as string | number);
          const value = quantity.times(baselineProxies.get(pledge.measure)!);
          total = total.plus(value);
          const theme = baselineThemes.get(pledge.measure)!;
          byTheme.set(theme, (byTheme.get(theme) ?? new Baseline(0)).plus(value));
          for (const key in pledge.tags) {
            const tag = `${key}\u0000${pledge.tags[key]}`;
            byTag.set(tag, (byTag.get(tag) ?? new Baseline(0)).plus(value));
          }
        }
      }
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'social-value: valuePledges',
    () => {
      for (const pledges of contracts) valuePledges(framework, pledges);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
