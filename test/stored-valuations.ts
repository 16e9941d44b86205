// Valuations from valuePledges and their JSON snapshots, for the tests that check evaluation
// and monitoring refuse a stored valuation whose figures were edited (test/core/
// stored-valuation.test.ts, test/evaluation/stored-offer.test.ts,
// test/monitoring/stored-valuation.test.ts).

import fc from 'fast-check';
import { Decimal, defineFramework, type Valuation, valuePledges } from '../src/index.js';
import { edited, type Step } from './snapshot-edits.js';

/** One measure, NT1 (local people employed) at £30,782 an FTE: the offers and pledges of the tests. */
export const nt1Framework = defineFramework({
  id: 'demo',
  name: 'Demo TOMs',
  edition: '2026',
  priceYear: 2026,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'FTE',
      proxyValue: '30782',
      valueType: 'local-economic',
    },
  ],
});

/** A figure above 0 with up to 2 decimals, as text: 0.01 to 99,999.99. */
const positive = fc.integer({ min: 1, max: 9_999_999 }).map((cents) => `${cents / 100}`);

/** A share above 0: 0.01 to 1. */
const share = fc.integer({ min: 1, max: 100 }).map((hundredths) => `${hundredths / 100}`);

/**
 * A valuation of 1 to 4 pledges (each of its own measure), every quantity, year quantity, share
 * and proxy value above 0 (so each figure shows in the value it gives), some by year, some
 * disbenefits, sometimes with a contract value.
 */
export const valuationArb: fc.Arbitrary<Valuation> = fc
  .record({
    proxies: fc.array(positive, { minLength: 4, maxLength: 4 }),
    pledges: fc.array(
      fc.record({
        quantity: positive,
        years: fc.option(fc.array(positive, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        attributionShare: share,
        disbenefit: fc.boolean(),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    contractValue: fc.option(positive, { nil: undefined }),
  })
  .map(({ proxies, pledges, contractValue }) => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2024,
      themes: [
        { id: 'jobs', name: 'Jobs' },
        { id: 'social', name: 'Communities' },
      ],
      measures: proxies.map((proxyValue, index) => ({
        code: `M${index}`,
        theme: index % 2 === 0 ? 'jobs' : 'social',
        title: `Measure ${index}`,
        unit: 'units',
        proxyValue,
        valueType: 'social' as const,
      })),
    });
    return valuePledges(
      framework,
      pledges.map((pledge, index) => ({
        measure: `M${index}`,
        ...(pledge.years === undefined
          ? { quantity: pledge.quantity }
          : { years: Object.fromEntries(pledge.years.map((q, year) => [`${year + 1}`, q])) }),
        attributionShare: pledge.attributionShare,
        ...(pledge.disbenefit ? { effect: 'disbenefit' as const } : {}),
      })),
      contractValue === undefined ? {} : { contractValue },
    );
  });

/**
 * The paths of the figures a stored valuation's readers check (see
 * src/core/stored-valuation.ts): each line's quantity, share, proxy value and value, each year's
 * quantity and value, the total, and the contract value and ratio when there is one.
 */
export function checkedFigures(valuation: Valuation): Step[][] {
  const paths: Step[][] = [['total']];
  valuation.lines.forEach((line, index) => {
    for (const key of ['quantity', 'attributionShare', 'proxyValue', 'value']) {
      paths.push(['lines', index, key]);
    }
    line.years?.forEach((_, year) => {
      paths.push(
        ['lines', index, 'years', year, 'quantity'],
        ['lines', index, 'years', year, 'value'],
      );
    });
  });
  if (valuation.contractValue !== undefined) {
    paths.push(['socialValueAddedRatio']);
    // A ratio of a total of 0 is 0 over any contract value.
    if (!valuation.total.isZero()) paths.push(['contractValue']);
  }
  return paths;
}

/**
 * The JSON snapshot of `valuation` with the figure at `path` changed to another a valuation
 * could hold: a share halved (it stays above 0 and at most 1), any other figure raised by
 * `raise` (above 0).
 */
export function withFigureChanged(valuation: Valuation, path: readonly Step[], raise: string) {
  const json = JSON.parse(JSON.stringify(valuation));
  const stored = new Decimal(path.reduce((inner, key) => inner[key], json) as string);
  const changed = path.at(-1) === 'attributionShare' ? stored.div(2) : stored.plus(raise);
  return edited(json, path, changed.toString());
}
