import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, isSocialValueError, toDecimal } from '../../src/index.js';
import { caught } from '../errors.js';

describe('toDecimal', () => {
  it('reads strings, numbers, bigints and decimals exactly', () => {
    expect(toDecimal('738768.00').toString()).toBe('738768');
    expect(toDecimal(' 0.9638118 ').toString()).toBe('0.9638118');
    expect(toDecimal('-1e3').toString()).toBe('-1000');
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe('0.3');
    expect(toDecimal(123456789012345n).toString()).toBe('123456789012345');
    expect(toDecimal(new Decimal('2.5')).toString()).toBe('2.5');
  });

  it('accepts a Decimal from another decimal.js configuration, by value', () => {
    const Other = DecimalJs.clone({ precision: 5 });
    const value = toDecimal(new Other('123456789.123456789'));
    expect(value.toString()).toBe('123456789.123456789');
    expect(value.times(3).toString()).toBe('370370367.370370367');
  });

  it('turns negative zero into zero', () => {
    expect(toDecimal(-0).isNegative()).toBe(false);
    expect(toDecimal('-0').toString()).toBe('0');
  });

  it.each([
    ['abc', '"abc"'],
    ['', 'received ""'],
    ['   ', 'received "   "'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [{}, '{}'],
    ['0x10', '"0x10"'],
    ['1,000', '"1,000"'],
    ['£5', '"£5"'],
    [null, 'null'],
    [undefined, 'missing: expected a number'],
  ])('rejects %s with invalid-input quoting the value', (value, quoted) => {
    const error = caught(() => toDecimal(value as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain(quoted);
    expect(error.issues).toHaveLength(1);
  });

  it('refuses a plain object that only says it is a Decimal (its toStringTag), naming it', () => {
    // `Decimal.isDecimal` takes any object whose `toStringTag` is '[object Decimal]': such an
    // object has none of a Decimal's methods, and was a TypeError (decimal.isFinite is not a
    // function); one without a prototype was a TypeError in the message too.
    const plain = { toStringTag: '[object Decimal]', d: [5], e: 0, s: 1 };
    const bare = Object.assign(Object.create(null) as object, { toStringTag: '[object Decimal]' });
    const withConstructor = { ...plain, isFinite: () => true, constructor: Decimal };
    for (const [value, received] of [
      [plain, '{"toStringTag":"[object Decimal]","d":[5],"e":0,"s":1}'],
      [bare, '{"toStringTag":"[object Decimal]"}'],
      [withConstructor, '{"toStringTag":"[object Decimal]","d":[5],"e":0,"s":1}'],
    ] as const) {
      const error = caught(() => toDecimal(value as never, 'price'));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]!.message).toBe(
        `expected a finite number, a decimal string, a bigint or a Decimal, received ${received}`,
      );
    }
  });

  it('rejects a non-finite Decimal', () => {
    expect(caught(() => toDecimal(new DecimalJs(Number.NaN))).code).toBe('invalid-input');
  });

  it('names the path of the bad value', () => {
    const error = caught(() => toDecimal('ten', ['pledges', 3, 'quantity']));
    expect(error.issues[0]).toMatchObject({
      path: 'pledges[3].quantity',
      segments: ['pledges', 3, 'quantity'],
    });
    expect(error.message).toBe(
      'Invalid number at pledges[3].quantity.\n  - pledges[3].quantity: expected a finite number, a decimal string, a bigint or a Decimal, received "ten"',
    );
  });

  it.each([
    ['1e15', 'expected a number below 1e15 in magnitude'],
    [-1e15, 'expected a number below 1e15 in magnitude'],
    [10n ** 15n, 'expected a number below 1e15 in magnitude'],
    ['1e9000000000000001', 'expected a number below 1e15 in magnitude'],
    ['1e-9000000000000001', 'expected at most 40 digits after the decimal point'],
    ['1e-41', 'expected at most 40 digits after the decimal point'],
    [5e-324, 'expected at most 40 digits after the decimal point'],
    [new DecimalJs('1e400'), 'expected a number below 1e15 in magnitude'],
  ])('refuses %s outside the numeric domain with out-of-range', (value, message) => {
    const error = caught(() => toDecimal(value as never, 'quantity'));
    expect(error.code).toBe('out-of-range');
    expect(error.issues[0]?.path).toBe('quantity');
    expect(error.issues[0]?.message.startsWith(message)).toBe(true);
  });

  it('accepts the edges of the domain exactly', () => {
    expect(toDecimal('999999999999999.9999999999').toString()).toBe('999999999999999.9999999999');
    expect(toDecimal('1e-40').toString()).toBe('1e-40');
    expect(toDecimal('-0e-9000000000000001').toString()).toBe('0');
  });

  it('round-trips the shortest string form of every finite number in the domain (property)', () => {
    fc.assert(
      fc.property(
        fc
          .double({ noNaN: true, noDefaultInfinity: true, min: -1e14, max: 1e14 })
          .filter((value) => value === 0 || Math.abs(value) >= 1e-20),
        (value) => {
          const decimal = toDecimal(value);
          expect(decimal.toNumber()).toBe(Object.is(value, -0) ? 0 : value);
          expect(new DecimalJs(String(value)).eq(decimal)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never returns NaN for any string: it parses or throws (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          expect(toDecimal(text).isFinite()).toBe(true);
        } catch (error) {
          expect(isSocialValueError(error)).toBe(true);
        }
      }),
    );
  });
});
