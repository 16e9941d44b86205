import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import { toDecimal } from '../src/index.js';

// Converting and summing 100,000 money strings: the library's validated toDecimal against
// decimal.js used directly. The ratio is the cost of validation and the library's clone.
const amounts = Array.from({ length: 100_000 }, (_, i) => `${(i * 7919) % 1_000_000}.${i % 100}`);
const Baseline = DecimalJs.clone({ precision: 40 });

describe('convert and sum 100,000 amounts', () => {
  bench('baseline: decimal.js directly', () => {
    let total = new Baseline(0);
    for (const amount of amounts) total = total.plus(new Baseline(amount));
  });
  bench('social-value: toDecimal', () => {
    let total = toDecimal(0);
    for (const amount of amounts) total = total.plus(toDecimal(amount));
  });
});
