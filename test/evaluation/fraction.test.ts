import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { fraction, plus, quotientOf, sumOf, times } from '../../src/evaluation/fraction.js';

// Fractions a total adds: exact whatever the length of their products (past the 200 digits of
// the library's Decimal), divided once.

describe('fractions', () => {
  it('adds three thirds to exactly 1, and 1/3 + 1/6 to exactly 0.5', () => {
    const third = fraction(new Decimal(1), new Decimal(3));
    expect(quotientOf(sumOf([third, third, third])).toString()).toBe('1');
    const sixth = fraction(new Decimal(1), new Decimal(6));
    expect(quotientOf(plus(third, sixth)).toString()).toBe('0.5');
    // 1/3 − 1/6 = 1/6, to 34 digits.
    expect(quotientOf(plus(third, sixth, -1)).toString()).toBe(
      '0.1666666666666666666666666666666667',
    );
    // (1/3 × 6) ÷ (1/2): 4.
    expect(
      quotientOf(times(third, new Decimal(6)), fraction(new Decimal(1), new Decimal(2))).toString(),
    ).toBe('4');
  });

  it('keeps every digit of denominators whose product passes 200 digits', () => {
    // Five denominators of 55 digits (10^54 + k): their product has 271 digits. Each part is
    // d_k ÷ d_k × 1/5 … written as (d_k − 1) ÷ d_k + 1 ÷ d_k, in pairs, so the exact sum is 5.
    const parts = [1, 2, 3, 4, 5].flatMap((k) => {
      const d = new Decimal(`1e54`).plus(k);
      return [fraction(d.minus(1), d), fraction(new Decimal(1), d)];
    });
    // Interleaved so no two neighbours share a denominator until the end.
    const mixed = [...parts.filter((_, i) => i % 2 === 0), ...parts.filter((_, i) => i % 2 === 1)];
    let sum = fraction(new Decimal(0));
    for (const part of mixed) sum = plus(sum, part);
    expect(sum.denominator.sd()).toBeGreaterThan(200);
    expect(quotientOf(sum).toString()).toBe('5');
    expect(quotientOf(sumOf(mixed)).toString()).toBe('5');
  });
});
