import { defineFramework, type PledgeInput } from '../../src/index.js';

// A 10,000-line valuation whose figures have many digits: proxies with up to 6 decimal places,
// quantities with up to 4, attribution shares with up to 3, some pledges by year, tags. Made by a
// fixed linear congruential generator, so every run stores the same figures.

function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = generator(20_260_401);
const digits = (whole: number, places: number) =>
  `${Math.floor(random() * 10 ** whole)}.${String(Math.floor(random() * 10 ** places)).padStart(places, '0')}`;

const valueTypes = ['local-economic', 'social', 'environmental', 'record-only'] as const;
const themes = ['jobs', 'growth', 'social', 'environment'];

/** A framework of 40 measures with awkward proxy values. */
export const largeFramework = defineFramework({
  id: 'large',
  name: 'Large test framework',
  edition: '2026',
  priceYear: 2026,
  themes: themes.map((id) => ({ id, name: `Theme ${id}` })),
  measures: Array.from({ length: 40 }, (_, index) => ({
    code: `M${index + 1}`,
    theme: themes[index % themes.length]!,
    title: `Measure ${index + 1}`,
    unit: 'units',
    proxyValue: index % 13 === 12 ? '0' : digits(5, 6),
    valueType: valueTypes[index % 13 === 12 ? 3 : index % 3]!,
  })),
});

/** 10,000 pledges against it. */
export const largePledges: PledgeInput[] = Array.from({ length: 10_000 }, (_, index) => {
  const measure = `M${(index % 40) + 1}`;
  const tags = { ward: `W${index % 7}`, priority: index % 2 === 0 ? 'even' : 'odd' };
  const attributionShare = index % 5 === 0 ? digits(0, 3) : undefined;
  const pledge =
    index % 9 === 0
      ? { measure, years: { '2025/26': digits(3, 4), '2026/27': digits(3, 4) }, tags }
      : { measure, quantity: digits(4, 4), tags };
  return attributionShare === undefined ? pledge : { ...pledge, attributionShare };
});
