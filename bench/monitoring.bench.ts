import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import {
  type Delivery,
  defineFramework,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../src/index.js';

// A portfolio of 5,000 three-year contracts, each with 20 pledges and 8 deliveries per pledge
// (800,000 delivery records), reported at the end of year 2: the library's trackDelivery for
// every contract then summarisePortfolio, against the same sums written directly with
// decimal.js (unit value, delivered, expected on a linear profile, shortfall, totals). The
// ratio is the cost of validation, dates, variations, breakdowns and explanations.
const CONTRACTS = 5_000;
const PLEDGES = 20;
const DELIVERIES = 8;
const start = '2024-04-01';
const end = '2027-03-31';
const asOf = '2026-03-31';
const days = 1095;
const elapsed = 730;

const framework = defineFramework({
  id: 'bench',
  name: 'Benchmark TOMs',
  edition: '2024',
  priceYear: 2024,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Social' },
  ],
  measures: Array.from({ length: PLEDGES }, (_, i) => ({
    code: `M${i}`,
    theme: i % 2 === 0 ? 'jobs' : 'social',
    title: `Measure ${i}`,
    unit: 'no.',
    proxyValue: `${(i * 7919) % 30000}.${i % 100}`,
    valueType: i % 2 === 0 ? ('local-economic' as const) : ('social' as const),
  })),
});

const dates = Array.from({ length: DELIVERIES }, (_, k) => {
  const date = new Date(Date.UTC(2024, 3, 1 + k * 130));
  return date.toISOString().slice(0, 10);
});

const portfolio = Array.from({ length: CONTRACTS }, (_, c) => {
  const valuation = valuePledges(
    framework,
    Array.from({ length: PLEDGES }, (_, i) => ({
      measure: `M${i}`,
      quantity: `${((c + 1) * (i + 3)) % 500}.5`,
      tags: { priority: `P${i % 4}` },
    })),
    { contractValue: 1_000_000 + c },
  );
  const deliveries: Delivery[] = [];
  for (let i = 0; i < PLEDGES; i += 1) {
    for (const date of dates) {
      deliveries.push({
        measure: `M${i}`,
        date,
        quantity: `${(c + i) % 40}.25`,
        verification: (c + i) % 3 === 0 ? 'verified' : 'claimed',
      });
    }
  }
  return { id: `C${String(c).padStart(5, '0')}`, valuation, deliveries };
});

// The baseline's input: the same figures as plain strings.
const Baseline = DecimalJs.clone({ precision: 40 });
const plain = portfolio.map((contract) => ({
  lines: contract.valuation.lines.map((line) => ({
    measure: line.measure,
    quantity: line.quantity.toString(),
    proxy: line.proxyValue.toString(),
    attribution: line.attributionShare.toString(),
  })),
  deliveries: contract.deliveries.map((delivery) => ({
    measure: delivery.measure,
    date: delivery.date as string,
    quantity: delivery.quantity as string,
  })),
}));

describe('monitor a portfolio of 5,000 contracts × 20 pledges × 8 deliveries', () => {
  bench(
    'baseline: decimal.js directly',
    () => {
      let delivered = new Baseline(0);
      let expected = new Baseline(0);
      let shortfall = new Baseline(0);
      for (const contract of plain) {
        const quantities = new Map<string, DecimalJs>();
        for (const delivery of contract.deliveries) {
          if (delivery.date > asOf) continue;
          const before = quantities.get(delivery.measure) ?? new Baseline(0);
          quantities.set(delivery.measure, before.plus(delivery.quantity));
        }
        for (const line of contract.lines) {
          const unit = new Baseline(line.proxy).times(line.attribution);
          const done = (quantities.get(line.measure) ?? new Baseline(0)).times(unit);
          const due = new Baseline(line.quantity).times(unit).times(elapsed).div(days);
          delivered = delivered.plus(done);
          expected = expected.plus(due);
          shortfall = shortfall.plus(Baseline.max(due.minus(done), 0));
        }
      }
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
  bench(
    'social-value: trackDelivery + summarisePortfolio',
    () => {
      summarisePortfolio(
        portfolio.map((contract) => ({
          id: contract.id,
          report: trackDelivery(contract.valuation, contract.deliveries, { start, end, asOf }),
        })),
      );
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});
