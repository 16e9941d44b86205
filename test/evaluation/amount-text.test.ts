import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { figureText, gbpText } from '../../src/core/wording.js';
import { amountText, scoreText } from '../../src/evaluation/amount-text.js';

// The way amountText was written before it shared gbpText's sign handling: to the penny, or to
// 4 significant figures when the penny would hide digits, padded to 2 places.
function reference(amount: Decimal): string {
  const places = 3 - amount.e;
  if (places <= 2 || amount.decimalPlaces() <= 2) return gbpText(amount);
  const digits = figureText(amount.abs(), places);
  const point = digits.indexOf('.');
  const padded = point === -1 ? `${digits}.00` : digits.length - point < 3 ? `${digits}0` : digits;
  return `${amount.isNegative() ? '-' : ''}£${padded}`;
}

const amount = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 25 }))
  .map(([negative, digits, places]) => {
    const value = new Decimal(digits.toString()).div(new Decimal(10).pow(places));
    return negative ? value.negated() : value;
  });

describe('amountText', () => {
  it('writes what it wrote before, for any amount', () => {
    fc.assert(
      fc.property(amount, (value) => {
        expect(amountText(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps sub-penny digits and pads to the penny', () => {
    expect(amountText(new Decimal('0.004'))).toBe('£0.004');
    expect(amountText(new Decimal('-0.004'))).toBe('-£0.004');
    expect(amountText(new Decimal('4.5675'))).toBe('£4.568');
    expect(amountText(new Decimal('4.5001'))).toBe('£4.50');
    expect(amountText(new Decimal('9.99999'))).toBe('£10.00');
    expect(amountText(new Decimal('0.0100001'))).toBe('£0.01');
    expect(amountText(new Decimal('0'))).toBe('£0.00');
    expect(amountText(new Decimal('1127500.333'))).toBe('£1,127,500.33');
  });
});

describe('scoreText', () => {
  it('writes a figure to 4 places, and below 0.001 to 4 significant figures', () => {
    expect(scoreText(new Decimal('0.83333333'))).toBe('0.8333');
    expect(scoreText(new Decimal('85.32125'))).toBe('85.3213');
    expect(scoreText(new Decimal('0.001'))).toBe('0.001');
    expect(scoreText(new Decimal('0.00099996'))).toBe('0.001');
    // 14 ÷ 300,000 = 0.0000466666…
    expect(scoreText(new Decimal(14).div(300000))).toBe('0.00004667');
    expect(scoreText(new Decimal('-0.00001234567'))).toBe('-0.00001235');
    expect(scoreText(new Decimal('1e-40'))).toBe(`0.${'0'.repeat(39)}1`);
    expect(scoreText(new Decimal(0))).toBe('0');
  });

  it('never writes a figure that is not 0 as 0, and agrees with figureText from 0.001 up', () => {
    fc.assert(
      fc.property(amount, (value) => {
        const text = scoreText(value);
        expect(/[1-9]/.test(text)).toBe(!value.isZero());
        if (value.abs().gte('0.001')) expect(text).toBe(figureText(value));
      }),
      { numRuns: 3000 },
    );
  });
});
