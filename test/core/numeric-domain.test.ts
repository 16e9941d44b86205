import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  DIVISION_DIGITS,
  divide,
  figureDomainProblem,
  INPUT_DECIMAL_PLACES_LIMIT,
  INPUT_MAGNITUDE_LIMIT_EXPONENT,
  inputDomainProblem,
  STATED_DECIMAL_PLACES_LIMIT,
} from '../../src/core/numeric-domain.js';

describe('the library Decimal', () => {
  it('has 200 digits, rounds half-up and writes plain numbers between 1e-30 and 1e30', () => {
    expect(Decimal.precision).toBe(200);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(new Decimal('1e-30').toString()).toBe('1e-30');
    expect(new Decimal('1e-29').toString()).toBe('0.00000000000000000000000000001');
    expect(new Decimal('1e30').toString()).toBe('1e+30');
    expect(new Decimal('1e29').toString()).toBe('100000000000000000000000000000');
  });
});

describe('divide', () => {
  it('rounds quotients half-up to 34 significant digits', () => {
    expect(DIVISION_DIGITS).toBe(34);
    expect(divide(new Decimal(1), new Decimal(3)).toString()).toBe(`0.${'3'.repeat(34)}`);
    expect(divide(new Decimal(2), 3).toString()).toBe(`0.${'6'.repeat(33)}7`);
    expect(divide(new Decimal(-2), 3).toString()).toBe(`-0.${'6'.repeat(33)}7`);
    expect(divide(new Decimal(200), new Decimal(3)).toString()).toBe(`66.${'6'.repeat(31)}7`);
    // Half-up on the 35th digit: 1/8 of 1e-33 digits.
    expect(divide(new Decimal('1.0000000000000000000000000000000005'), 1).toString()).toBe(
      '1.000000000000000000000000000000001',
    );
    expect(divide(new Decimal(10), 4).toString()).toBe('2.5');
  });

  it('returns the library Decimal, whose sums stay exact at 200 digits', () => {
    const third = divide(new Decimal(1), 3);
    expect(third.constructor).toBe(Decimal);
    expect(third.plus('1e100').toFixed()).toBe(`1${'0'.repeat(100)}.${'3'.repeat(34)}`);
  });
});

describe('STATED_DECIMAL_PLACES_LIMIT', () => {
  it('is the places of a product of three inputs: 3 × 40', () => {
    expect(STATED_DECIMAL_PLACES_LIMIT).toBe(3 * INPUT_DECIMAL_PLACES_LIMIT);
    expect(STATED_DECIMAL_PLACES_LIMIT).toBe(120);
  });
});

describe('inputDomainProblem', () => {
  it('accepts magnitudes below 1e15 and zero', () => {
    expect(INPUT_MAGNITUDE_LIMIT_EXPONENT).toBe(15);
    expect(inputDomainProblem(new Decimal(0))).toBeUndefined();
    expect(inputDomainProblem(new Decimal('999999999999999.99'))).toBeUndefined();
    expect(inputDomainProblem(new Decimal('-999999999999999'))).toBeUndefined();
    expect(inputDomainProblem(new Decimal('1e15'))).toBe(
      'expected a number below 1e15 in magnitude',
    );
    expect(inputDomainProblem(new Decimal('-1e15'))).toBe(
      'expected a number below 1e15 in magnitude',
    );
  });

  it('accepts at most 40 digits after the point', () => {
    expect(INPUT_DECIMAL_PLACES_LIMIT).toBe(40);
    expect(inputDomainProblem(new Decimal('1e-40'))).toBeUndefined();
    expect(inputDomainProblem(new Decimal(`0.${'1'.repeat(40)}`))).toBeUndefined();
    expect(inputDomainProblem(new Decimal('1e-41'))).toBe(
      'expected at most 40 digits after the decimal point',
    );
    expect(inputDomainProblem(new Decimal(`0.${'1'.repeat(41)}`))).toBe(
      'expected at most 40 digits after the decimal point',
    );
  });
});

describe('figureDomainProblem', () => {
  it('accepts figures below 1e60 with any number of places', () => {
    expect(figureDomainProblem(new Decimal('9.99e59'))).toBeUndefined();
    expect(figureDomainProblem(new Decimal('-9.99e59'))).toBeUndefined();
    expect(figureDomainProblem(new Decimal('1e-100'))).toBeUndefined();
    expect(figureDomainProblem(new Decimal('1e60'))).toBe(
      'expected a figure below 1e60 in magnitude',
    );
  });
});
