import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { formatGBP } from '../../src/core/format-gbp.js';
import { figureText, gbpText, moneyText, percentText } from '../../src/core/wording.js';

// gbpText builds the text from the rounded digits instead of calling Intl (issue #13): it must
// write exactly what formatGBP (Intl.NumberFormat('en-GB', GBP)) writes, for every figure the
// library can produce (below 1e60, any number of decimal places, either sign).
const figure = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 60n - 1n }),
    fc.integer({ min: 0, max: 45 }),
  )
  .map(([negative, digits, places]) => {
    const value = new Decimal(digits.toString()).div(new Decimal(10).pow(places));
    return negative ? value.negated() : value;
  })
  .filter((value) => value.abs().lt('1e60'));

describe('gbpText', () => {
  it('writes what formatGBP writes, for any figure', () => {
    fc.assert(
      fc.property(figure, (value) => {
        expect(gbpText(value)).toBe(formatGBP(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the edge cases as Intl does', () => {
    for (const value of [
      '0',
      '-0',
      '-0.004',
      '0.005',
      '-0.005',
      '999.995',
      '-999.995',
      '1000',
      '123456.785',
      '-8461245.35',
      '99999999999999999999999999999999999999999999999999999999999.999',
      '1e-40',
    ]) {
      expect(gbpText(new Decimal(value)), value).toBe(formatGBP(value));
    }
    expect(gbpText(new Decimal('8461245.35'))).toBe('£8,461,245.35');
    expect(gbpText(new Decimal('-12.5'))).toBe('-£12.50');
  });
});

// Sentences never round a figure that is not 0 to nothing: `£0.00` and `0%` are for 0 alone.
describe('moneyText and percentText in sentences', () => {
  it('write gbpText, but an amount that is not 0 and rounds to £0.00 as less than a penny', () => {
    expect(moneyText(new Decimal('0.004'))).toBe('less than £0.01');
    expect(moneyText(new Decimal('1e-40'))).toBe('less than £0.01');
    expect(moneyText(new Decimal('-0.004'))).toBe('between -£0.01 and £0');
    expect(moneyText(new Decimal('0.005'))).toBe('£0.01');
    expect(moneyText(new Decimal('-0.005'))).toBe('-£0.01');
    expect(moneyText(new Decimal('0'))).toBe('£0.00');
    expect(moneyText(new Decimal('-0'))).toBe('£0.00');
    expect(moneyText(new Decimal('-12.5'))).toBe('-£12.50');
  });

  it('write a share that is not 0 and rounds to 0% as less than the last place', () => {
    expect(percentText(new Decimal('0.000004'))).toBe('less than 0.01%');
    expect(percentText(new Decimal('-0.000004'))).toBe('between -0.01% and 0%');
    expect(percentText(new Decimal('0.0004'), 1)).toBe('less than 0.1%');
    expect(percentText(new Decimal('0.004'), 0)).toBe('less than 1%');
    expect(percentText(new Decimal('0.00005'))).toBe('0.01%');
    expect(percentText(new Decimal('0'))).toBe('0%');
    expect(percentText(new Decimal('0.237'))).toBe('23.7%');
  });

  it('agree with gbpText and figureText whenever the figure does not round to nothing', () => {
    fc.assert(
      fc.property(figure, (value) => {
        const money = gbpText(value);
        if (value.isZero() || /[1-9]/.test(money)) expect(moneyText(value)).toBe(money);
        else expect(moneyText(value)).toMatch(/^(less than £0\.01|between -£0\.01 and £0)$/);
      }),
      { numRuns: 1000 },
    );
  });
});

// figureText builds the text from the digits too: it must write what Intl wrote for the figure
// rounded half-up (the implementation before issue #13, kept here as the reference).
const formats = new Map<number, Intl.NumberFormat>();
function intlFigureText(value: Decimal, places: number): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const plain = rounded.isZero() ? '0' : rounded.toFixed();
  let format = formats.get(places);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: places });
    formats.set(places, format);
  }
  return format.format(plain as Intl.StringNumericLiteral);
}

describe('figureText', () => {
  it('writes what Intl writes for the rounded figure, for any figure and places', () => {
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 20 }), (value, places) => {
        expect(figureText(value, places)).toBe(intlFigureText(value, places));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds half-up at the edges, carrying into new digits and groups', () => {
    const cases: [string, number, string][] = [
      ['0', 4, '0'],
      ['-0', 4, '0'],
      ['0.00005', 4, '0.0001'],
      ['-0.00005', 4, '-0.0001'],
      ['0.000049999', 4, '0'],
      ['-0.000049999', 4, '0'],
      ['0.99995', 4, '1'],
      ['999.99995', 4, '1,000'],
      ['-999999.5', 0, '-1,000,000'],
      ['85.32121', 4, '85.3212'],
      ['650000', 4, '650,000'],
      ['12.5', 0, '13'],
      ['1e-30', 4, '0'],
      ['123456789012345678901234567890.123456', 2, '123,456,789,012,345,678,901,234,567,890.12'],
    ];
    for (const [value, places, text] of cases) {
      expect(figureText(new Decimal(value), places), value).toBe(text);
      expect(intlFigureText(new Decimal(value), places), value).toBe(text);
    }
  });
});
