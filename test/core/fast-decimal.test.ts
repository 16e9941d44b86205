import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { plainDecimal, plainNumber } from '../../src/core/fast-decimal.js';
import { isNumericProblem, readNumeric } from '../../src/core/to-decimal.js';
import { expectSame } from '../expect-same.js';
import { domainText, partsOf } from '../numeric-domain.js';

// The fast readers must give exactly the Decimal readNumeric gives (the same sign, exponent and
// words, the library's class), or nothing; never a Decimal readNumeric would refuse.
function expectAsReadNumeric(fast: Decimal | undefined, value: unknown): void {
  if (fast === undefined) return;
  const read = readNumeric(value);
  expect(isNumericProblem(read)).toBe(false);
  expect(partsOf(fast)).toEqual(partsOf(read as Decimal));
  expect(fast.constructor).toBe(Decimal);
  expect(Object.getPrototypeOf(fast)).toBe(Object.getPrototypeOf(read));
  expect(Reflect.ownKeys(fast)).toEqual(Reflect.ownKeys(new Decimal('1.5')));
  expectSame(fast, read);
}

describe('plainDecimal', () => {
  it('reads every plain decimal string of the domain as readNumeric does', () => {
    fc.assert(
      fc.property(domainText({ negative: true }), (text) => {
        const fast = plainDecimal(text);
        expect(fast).toBeDefined();
        expectAsReadNumeric(fast, text);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives up on anything else, and never disagrees with readNumeric', () => {
    const near = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[-+ ]?[0-9.eE]{0,60} ?$/),
      fc.constantFrom(
        '',
        '-',
        '.',
        '.5',
        '5.',
        '+5',
        ' 5',
        '5 ',
        '1e3',
        '-0',
        '-0.000',
        '0000',
        '1234567890123456',
        '123456789012345',
        '0.00000000000000000000000000000000000000001',
        '0.00000000000000000000000000000000000000010',
        '１２',
        '٣',
        '--1',
        '1.2.3',
      ),
    );
    fc.assert(
      fc.property(near, (text) => expectAsReadNumeric(plainDecimal(text), text)),
      { numRuns: 3000 },
    );
    expect(plainDecimal('1234567890123456')).toBeUndefined();
    expect(plainDecimal('0.00000000000000000000000000000000000000001')).toBeUndefined();
    expect(partsOf(plainDecimal('-0.000')!)).toEqual([1, 0, [0]]);
    expect(partsOf(plainDecimal('12345678.9')!)).toEqual([1, 7, [1, 2345678, 9000000]]);
    expect(partsOf(plainDecimal('0.00012')!)).toEqual([1, -4, [1200]]);
    expect(partsOf(plainDecimal('10000000')!)).toEqual([1, 7, [1]]);
  });
});

describe('plainNumber', () => {
  it('reads numbers as readNumeric does, or gives up', () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.double({ min: -1e15, max: 1e15 }),
      fc.integer({ min: -1e7, max: 1e7 }),
      // Pence and quarters of the whole range, where the shortest form is found without text.
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((pence) => pence / 100),
      fc.integer({ min: -1e15, max: 1e15 }).map((quarters) => quarters / 4),
      fc.integer({ min: -1e15, max: 1e15 }).map((tenths) => tenths / 10),
      fc.constantFrom(0, -0, 1e-7, 0.1, 1e15, 1e15 - 1, 9_999_999, 10_000_000, -5.5, 1e21, 2 ** 53),
    );
    fc.assert(
      fc.property(numbers, (value) => expectAsReadNumeric(plainNumber(value), value)),
      { numRuns: 3000 },
    );
    expect(partsOf(plainNumber(-0)!)).toEqual([1, 0, [0]]);
    expect(partsOf(plainNumber(1250.25)!)).toEqual([1, 3, [1250, 2500000]]);
    expect(partsOf(plainNumber(-123456789012.34)!)).toEqual([-1, 11, [12345, 6789012, 3400000]]);
    expect(partsOf(plainNumber(999999999999999)!)).toEqual([1, 14, [9, 9999999, 9999999]]);
  });
});
