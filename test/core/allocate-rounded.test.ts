import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateRounded, Decimal, roundMoney } from '../../src/index.js';
import { caught } from '../errors.js';

describe('allocateRounded', () => {
  it('splits the rounding so the parts add up to the rounded total (issue #12 example)', () => {
    // Three lines of 8.045: rounded one by one they add up to 24.15, but the total 24.135 rounds
    // to 24.14. The largest-remainder split takes the missing penny from the last line (ties go
    // to the earlier lines).
    const parts = allocateRounded(['8.045', '8.045', '8.045']);
    expect(parts.map(String)).toEqual(['8.05', '8.05', '8.04']);
    expect(roundMoney('24.135').toString()).toBe('24.14');
  });

  it('gives the missing units to the largest remainders, by place', () => {
    expect(allocateRounded(['0.333', '0.333', '0.334']).map(String)).toEqual([
      '0.33',
      '0.33',
      '0.34',
    ]);
    expect(allocateRounded(['1.4', '1.4', '1.4'], { places: 'pound' }).map(String)).toEqual([
      '2',
      '1',
      '1',
    ]);
    // 5,555 rounds to 5,600; floors 1,200 + 4,300 leave one hundred for the larger remainder (34).
    expect(allocateRounded(['1234', '4321'], { places: -2 }).map(String)).toEqual(['1300', '4300']);
    // Floors -1.01 and 2.00 leave one penny of 1.00; equal remainders: the earlier part takes it.
    expect(allocateRounded(['-1.005', '2.005']).map(String)).toEqual(['-1', '2']);
    expect(allocateRounded([])).toEqual([]);
  });

  it('rounds the total with the mode asked for', () => {
    // 0.125 + 0.25 = 0.375: half-even 0.38, down 0.37, up 0.38.
    expect(allocateRounded(['0.125', '0.25'], { mode: 'half-even' }).map(String)).toEqual([
      '0.13',
      '0.25',
    ]);
    expect(allocateRounded(['0.125', '0.25'], { mode: 'down' }).map(String)).toEqual([
      '0.12',
      '0.25',
    ]);
    expect(allocateRounded(['0.005'], { mode: 'half-even' }).map(String)).toEqual(['0']);
    expect(allocateRounded(['0.005']).map(String)).toEqual(['0.01']);
  });

  it('refuses bad values and options with their paths', () => {
    expect(caught(() => allocateRounded(['1', 'x'])).issues[0]?.path).toBe('values[1]');
    expect(caught(() => allocateRounded('1' as never)).issues[0]?.path).toBe('values');
    expect(caught(() => allocateRounded(['1'], { place: 2 } as never)).issues[0]).toMatchObject({
      path: 'options.place',
      message: 'unknown option (did you mean "places"?)',
    });
    // `total` (dinero.js's `allocate` splits a total by ratios) was "unknown option" alone: the
    // message says what the function adds up and how to split a total with it.
    expect(caught(() => allocateRounded(['1'], { total: 3 } as never)).issues[0]).toMatchObject({
      path: 'options.total',
      message:
        'unknown option: the parts add up to the sum of the values, rounded; to split a total by shares, give the total × each share as the values',
    });
    // £100 in thirds, as the message says: 100 × 1/3 each.
    const third = new Decimal(100).div(3);
    expect(allocateRounded([third, third, third]).map(String)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('keeps every part within one unit and the sum equal to the rounded total (property)', () => {
    const amount = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
      .map(([digits, scale]) => new Decimal(digits.toString()).div(10 ** scale));
    fc.assert(
      fc.property(
        fc.array(amount, { maxLength: 40 }),
        fc.integer({ min: -2, max: 4 }),
        (values, places) => {
          const parts = allocateRounded(values, { places });
          const unit = new Decimal(10).pow(-places);
          const total = values.reduce((sum, value) => sum.plus(value), new Decimal(0));
          const sum = parts.reduce((acc, part) => acc.plus(part), new Decimal(0));
          expect(sum.eq(roundMoney(total, { places }))).toBe(true);
          parts.forEach((part, index) => {
            expect(part.minus(values[index]!).abs().lt(unit)).toBe(true);
            expect(part.mod(unit).isZero()).toBe(true);
          });
        },
      ),
    );
  });

  it('does not depend on the order of the values beyond ties (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 20 }),
        (cents) => {
          const values = cents.map((cent, index) => new Decimal(cent).div(1000).plus(index * 1e-9));
          const forward = allocateRounded(values);
          const backward = allocateRounded([...values].reverse());
          expect([...backward].reverse().map(String)).toEqual(forward.map(String));
        },
      ),
    );
  });
});
