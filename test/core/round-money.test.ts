import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, type RoundingMode, roundMoney } from '../../src/index.js';

describe('roundMoney', () => {
  it('rounds 2.675 to 2.68 where the float routes give 2.67', () => {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875 in binary, so
    // toFixed rounds it down. (Math.round(2.675 * 100) / 100 happens to give 2.68, because
    // 2.675 * 100 rounds to exactly 267.5; the same route fails on 1.005, below.)
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundMoney('2.675', { places: 'penny' }).toString()).toBe('2.68');
    expect(roundMoney(2.675).toString()).toBe('2.68');
  });

  it('rounds 1.005 to 1.01 where Math.round(x * 100) / 100 gives 1', () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundMoney('1.005').toString()).toBe('1.01');
  });

  it('rounds half to even on request', () => {
    expect(roundMoney('2.665', { places: 'penny', mode: 'half-even' }).toString()).toBe('2.66');
    expect(roundMoney('2.675', { places: 'penny', mode: 'half-even' }).toString()).toBe('2.68');
  });

  it.each<[string, RoundingMode, string]>([
    ['2.675', 'half-up', '2.68'],
    ['-2.675', 'half-up', '-2.68'],
    ['2.675', 'half-down', '2.67'],
    ['2.671', 'up', '2.68'],
    ['-2.671', 'up', '-2.68'],
    ['2.679', 'down', '2.67'],
    ['-2.679', 'down', '-2.67'],
    ['-2.671', 'ceil', '-2.67'],
    ['-2.671', 'floor', '-2.68'],
  ])('%s with %s is %s', (value, mode, expected) => {
    expect(roundMoney(value, { mode }).toString()).toBe(expected);
  });

  it('rounds to pounds and to thousands', () => {
    expect(roundMoney('738768.50', { places: 'pound' }).toString()).toBe('738769');
    expect(roundMoney('8461245.35', { places: -3 }).toString()).toBe('8461000');
    expect(roundMoney('0.9638118', { places: 6 }).toString()).toBe('0.963812');
  });

  it('never gives negative zero', () => {
    expect(roundMoney('-0.001').isNegative()).toBe(false);
  });

  it('rejects a bad place or mode', () => {
    expect(() => roundMoney('1', { places: 1.5 })).toThrow(
      /options.places: expected "penny", "pound" or a whole number/,
    );
    expect(() => roundMoney('1', { mode: 'nearest' as RoundingMode })).toThrow(
      /options.mode: expected one of "half-up", "half-even"/,
    );
    expect(() => roundMoney('x')).toThrow(/"x"/);
  });

  it("names the mode meant by decimal.js's constant for it", () => {
    for (const [mode, constant] of [
      ['half-up', Decimal.ROUND_HALF_UP],
      ['half-even', Decimal.ROUND_HALF_EVEN],
      ['half-down', Decimal.ROUND_HALF_DOWN],
      ['up', Decimal.ROUND_UP],
      ['down', Decimal.ROUND_DOWN],
      ['ceil', Decimal.ROUND_CEIL],
      ['floor', Decimal.ROUND_FLOOR],
    ] as const) {
      expect(() => roundMoney('1', { mode: constant as never })).toThrow(
        `received ${constant} (did you mean "${mode}"?)`,
      );
    }
  });

  const modes: RoundingMode[] = ['half-up', 'half-even', 'half-down'];
  it('never moves a value by more than half a unit of the place (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: -3, max: 6 }),
        fc.constantFrom(...modes),
        (digits, scale, places, mode) => {
          const value = new Decimal(digits.toString()).div(new Decimal(10).pow(scale));
          const rounded = roundMoney(value, { places: places, mode });
          const half = new Decimal(10).pow(-places).div(2);
          expect(rounded.minus(value).abs().lte(half)).toBe(true);
          expect(rounded.decimalPlaces()).toBeLessThanOrEqual(Math.max(places, 0));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('directed modes move by less than one unit, in their direction (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), (digits) => {
        const value = new Decimal(digits.toString()).div(1000);
        const unit = new Decimal('0.01');
        expect(roundMoney(value, { mode: 'floor' }).lte(value)).toBe(true);
        expect(roundMoney(value, { mode: 'ceil' }).gte(value)).toBe(true);
        expect(roundMoney(value, { mode: 'up' }).minus(value).abs().lt(unit)).toBe(true);
        expect(roundMoney(value, { mode: 'down' }).abs().lte(value.abs())).toBe(true);
      }),
    );
  });
});
