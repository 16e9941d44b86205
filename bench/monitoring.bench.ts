import { bench, describe } from 'vitest';
import {
  buildPortfolio,
  CONTRACTS,
  checkSameFigures,
  plainPortfolio,
  runBare,
  runLibrary,
  runSameFigures,
} from './monitoring-fixture.js';

// A portfolio of 5,000 three-year contracts, each with 20 pledges and 8 deliveries per pledge
// (800,000 delivery records), reported at the end of year 2: the library's trackDelivery for
// every contract then summarisePortfolio, against (1) the same figures written directly with
// decimal.js (every line, breakdown, year, status count, social value added and the largest
// shortfalls: bench/monitoring-fixture.ts, checked equal to the library's before timing) and
// (2) the bare sums of delivered, expected and shortfall (the 0.1 bench's baseline). vitest
// prints each ratio; `node --import tsx bench/monitoring-cpu.ts` gives CPU-time ratios of
// interleaved rounds, which these shared machines need.
checkSameFigures();
const portfolio = buildPortfolio();
const plain = plainPortfolio(portfolio);
const options = { iterations: 3, warmupIterations: 1, time: 0 };

describe(`monitor a portfolio of ${CONTRACTS.toLocaleString('en-GB')} contracts × 20 pledges × 8 deliveries`, () => {
  bench(
    'baseline: the same figures with decimal.js',
    () => {
      runSameFigures(plain);
    },
    options,
  );
  bench(
    'baseline: bare sums with decimal.js',
    () => {
      runBare(plain);
    },
    options,
  );
  bench(
    'social-value: trackDelivery + summarisePortfolio',
    () => {
      runLibrary(portfolio);
    },
    options,
  );
});
