import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { timesExact } from '../../src/valuation/exact-product.js';
import { addExact, addSum, exactSum, exactValue } from '../../src/valuation/exact-sum.js';
import { expectSame } from '../expect-same.js';
import { domainDecimal, partsOf } from '../numeric-domain.js';

// The valuation's integer kernels against decimal.js itself, over the whole numeric domain:
// magnitudes up to 1e15, 40 decimal places, negative values, products of three inputs.

const sameAs = (fast: Decimal, slow: Decimal) => {
  // decimal.js writes a zero product of opposite signs as -0; the library's zeros are +0.
  expect(partsOf(fast)).toEqual(slow.isZero() ? [1, 0, [0]] : partsOf(slow));
  expect(fast.constructor).toBe(Decimal);
  expectSame(fast, slow.isZero() ? new Decimal(0) : slow);
};

describe('timesExact', () => {
  const signed = domainDecimal({ negative: true });

  it('multiplies two inputs exactly as decimal.js does', () => {
    fc.assert(
      fc.property(signed, signed, (x, y) => sameAs(timesExact(x, y), x.times(y))),
      { numRuns: 3000 },
    );
  });

  it('multiplies three inputs exactly (quantity × share × proxy)', () => {
    fc.assert(
      fc.property(signed, signed, signed, (x, y, z) => {
        sameAs(timesExact(timesExact(x, y), z), x.times(y).times(z));
        sameAs(timesExact(x, timesExact(y, z)), x.times(y).times(z));
      }),
      { numRuns: 2000 },
    );
  });

  it('works a few by hand', () => {
    // 650,000 × 0.9638118 = 626,477.67; 24 × 30,782 = 738,768; 9,999,999 × 9,999,999 = 99,999,980,000,001.
    expect(timesExact(new Decimal(650000), new Decimal('0.9638118')).toString()).toBe('626477.67');
    expect(timesExact(new Decimal(24), new Decimal(30782)).toString()).toBe('738768');
    expect(timesExact(new Decimal(9999999), new Decimal(9999999)).toString()).toBe(
      '99999980000001',
    );
    expect(partsOf(timesExact(new Decimal(-3), new Decimal(0)))).toEqual([1, 0, [0]]);
  });
});

describe('exact sums', () => {
  const values = fc.array(
    fc.oneof(
      domainDecimal({ negative: true }),
      fc
        .tuple(domainDecimal(), domainDecimal(), domainDecimal({ negative: true }))
        .map(([a, b, c]) => a.times(b).times(c)),
    ),
    { maxLength: 40 },
  );
  const total = (list: readonly Decimal[]) =>
    list.reduce((sum, value) => sum.plus(value), new Decimal(0));

  it('sum exactly what decimal.js sums, in any grouping, carried at any point', () => {
    fc.assert(
      fc.property(
        values,
        fc.array(fc.boolean(), { maxLength: 40 }),
        fc.nat(40),
        (list, carries, split) => {
          const whole = exactSum();
          const left = exactSum();
          const right = exactSum();
          list.forEach((value, index) => {
            // Forcing the carry counter makes the next addition carry every word.
            if (carries[index] === true) whole.adds = 2 ** 28 - 1;
            addExact(whole, value);
            addExact(index < split ? left : right, value);
          });
          const expected = total(list);
          sameAs(exactValue(whole), expected);
          // Reading leaves the sum as it was.
          sameAs(exactValue(whole), expected);
          // A merge that would pass the carry counter carries both sums first.
          if (carries[0] === true) left.adds = 2 ** 28 - 1;
          addSum(left, right);
          sameAs(exactValue(left), expected);
          sameAs(exactValue(right), total(list.slice(split)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps values outside the window exact too', () => {
    const sum = exactSum();
    const tiny = new Decimal('1e-130');
    const huge = new Decimal('1e75');
    for (const value of [tiny, huge, new Decimal('2.5'), tiny.negated()]) addExact(sum, value);
    expect(exactValue(sum).eq(huge.plus('2.5'))).toBe(true);
  });

  it('carries past the top word, and keeps a merged sum outside the window exact', () => {
    // The top word weighs 1e63; two values near 1e70 overflow it (18 digits before the point of
    // 1.8e70 do not fit its seven), and that part is carried into the decimal.js rest.
    const near = new Decimal('9.9999999e69');
    const sum = exactSum();
    addExact(sum, near);
    addExact(sum, near);
    addExact(sum, new Decimal('0.5'));
    expect(exactValue(sum).toFixed()).toBe(near.times(2).plus('0.5').toFixed());
    const negative = exactSum();
    addExact(negative, near.negated());
    addExact(negative, near.negated());
    expect(exactValue(negative).toFixed()).toBe(near.times(-2).toFixed());
    // The rest of a merged sum (values outside the window) is added to the rest of the other.
    const left = exactSum();
    const right = exactSum();
    addExact(left, new Decimal('1e75'));
    addExact(right, new Decimal('2e75'));
    addExact(right, new Decimal('1e-130'));
    addSum(left, right);
    expect(exactValue(left).toFixed()).toBe(new Decimal('3e75').plus('1e-130').toFixed());
    const none = exactSum();
    addSum(none, right);
    expect(exactValue(none).toFixed()).toBe(new Decimal('2e75').plus('1e-130').toFixed());
  });

  it('gives +0 for a sum of nothing and for values that cancel', () => {
    expect(partsOf(exactValue(exactSum()))).toEqual([1, 0, [0]]);
    const sum = exactSum();
    addExact(sum, new Decimal('-12.5'));
    addExact(sum, new Decimal('12.5'));
    expect(partsOf(exactValue(sum))).toEqual([1, 0, [0]]);
    addExact(sum, new Decimal('-0.0000001'));
    expect(exactValue(sum).toString()).toBe('-0.0000001');
  });
});
