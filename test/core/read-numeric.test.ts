import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { figureDomainProblem, inputDomainProblem } from '../../src/core/numeric-domain.js';
import {
  isNumericProblem,
  leanNonNegative,
  numericAt,
  readNumeric,
  toDecimal,
} from '../../src/core/to-decimal.js';
import { caught } from '../errors.js';

const EXPECTED = 'expected a finite number, a decimal string, a bigint or a Decimal';

describe('readNumeric', () => {
  it('reads every decimal string form, signs and exponents', () => {
    const read = (text: string) => String(readNumeric(text));
    expect(read('+5')).toBe('5');
    expect(read('.5')).toBe('0.5');
    expect(read('5.')).toBe('5');
    expect(read('-1.5E2')).toBe('-150');
    expect(read('2e+3')).toBe('2000');
    expect(read('25e-1')).toBe('2.5');
    expect(read('\t7 \n')).toBe('7');
    expect(read('0e99999999999999999')).toBe('0');
  });

  it('refuses text that is not a plain decimal, with the text quoted', () => {
    for (const text of ['1e', 'e5', '.', '+', '1.2.3', '1 0000', '0b101', 'Infinity', '1_000']) {
      expect(readNumeric(text)).toEqual({
        code: 'invalid-input',
        message: `${EXPECTED}, received ${JSON.stringify(text)}`,
      });
    }
    expect(readNumeric(' \t')).toEqual({
      code: 'invalid-input',
      message: `${EXPECTED}, received " \\t"`,
    });
    expect(readNumeric('')).toEqual({ code: 'invalid-input', message: `${EXPECTED}, received ""` });
  });

  it('refuses non-numbers and non-finite values as invalid-input', () => {
    expect(readNumeric(true)).toEqual({
      code: 'invalid-input',
      message: `${EXPECTED}, received true`,
    });
    expect(readNumeric(Number.NaN)).toEqual({
      code: 'invalid-input',
      message: `${EXPECTED}, received NaN`,
    });
    expect(readNumeric(new DecimalJs(Number.POSITIVE_INFINITY))).toEqual({
      code: 'invalid-input',
      message: `${EXPECTED}, received Infinity`,
    });
  });

  it('names a result, a list or a Set given for a number as what it is', () => {
    // `benchmarkSocialValueAdded(valuation)` printed the start of the valuation's JSON.
    const refused = (value: unknown) => ({
      code: 'invalid-input',
      message: `${EXPECTED}, received ${value}`,
    });
    expect(readNumeric({ kind: 'valuation', total: '5' })).toEqual(
      refused('an object of kind "valuation"'),
    );
    expect(readNumeric([5])).toEqual(refused('a list ([5])'));
    expect(readNumeric(new Set([5]))).toEqual(refused('a Set'));
  });

  it('marks exponents beyond decimal.js limits out of range, by which end they overflow', () => {
    expect(readNumeric('1e9000000000000001')).toEqual({
      code: 'out-of-range',
      message: 'expected a number below 1e15 in magnitude, received "1e9000000000000001"',
    });
    expect(readNumeric('-1e9000000000000001')).toEqual({
      code: 'out-of-range',
      message: 'expected a number below 1e15 in magnitude, received "-1e9000000000000001"',
    });
    expect(readNumeric('5e-9000000000000001')).toEqual({
      code: 'out-of-range',
      message: 'expected at most 40 digits after the decimal point, received "5e-9000000000000001"',
    });
    // Zero digits underflowing are still zero.
    expect(String(readNumeric('0.000e-9000000000000001'))).toBe('0');
  });

  it('checks the input domain by default and the figure domain on request', () => {
    expect(readNumeric('1e20')).toEqual({
      code: 'out-of-range',
      message: 'expected a number below 1e15 in magnitude, received "1e20"',
    });
    expect(String(readNumeric('1e20', 'figure'))).toBe('100000000000000000000');
    expect(String(readNumeric('1e-50', 'figure'))).toBe('1e-50');
    expect(readNumeric('1e60', 'figure')).toEqual({
      code: 'out-of-range',
      message: 'expected a figure below 1e60 in magnitude, received "1e60"',
    });
    expect(readNumeric(10n ** 15n)).toEqual({
      code: 'out-of-range',
      message: 'expected a number below 1e15 in magnitude, received 1000000000000000n',
    });
  });

  it('returns the same Decimal when it is already the library class, a copy otherwise', () => {
    const ours = new Decimal('2.5');
    expect(readNumeric(ours)).toBe(ours);
    const Other = DecimalJs.clone({ precision: 3 });
    const theirs = new Other('2.5');
    const read = readNumeric(theirs) as Decimal;
    expect(read).not.toBe(theirs);
    expect(read.constructor).toBe(Decimal);
    expect(read.toString()).toBe('2.5');
    expect((readNumeric(7) as Decimal).constructor).toBe(Decimal);
    expect((readNumeric(7n) as Decimal).constructor).toBe(Decimal);
  });

  it('turns every negative zero into zero', () => {
    for (const zero of [-0, '-0', '-0.000', new Decimal('-0'), new DecimalJs('-0')]) {
      const read = readNumeric(zero) as Decimal;
      expect(read.isZero()).toBe(true);
      expect(read.isNegative()).toBe(false);
    }
    const negative = readNumeric('-0.5') as Decimal;
    expect(negative.toString()).toBe('-0.5');
  });

  it('isNumericProblem tells problems from decimals', () => {
    expect(isNumericProblem(readNumeric('x'))).toBe(true);
    expect(isNumericProblem(readNumeric('0'))).toBe(false);
  });
});

describe('numericAt', () => {
  it('returns the decimal or throws at the path, headed by what went wrong', () => {
    expect(numericAt('2', ['a'], inputDomainProblem).toString()).toBe('2');
    const invalid = caught(() => numericAt('x', ['pledges', 0, 'quantity'], inputDomainProblem));
    expect(invalid.code).toBe('invalid-input');
    expect(invalid.message.split('\n')[0]).toBe('Invalid number at pledges[0].quantity.');
    expect(invalid.issues).toEqual([
      {
        path: 'pledges[0].quantity',
        segments: ['pledges', 0, 'quantity'],
        message: `${EXPECTED}, received "x"`,
      },
    ]);
    const outside = caught(() => numericAt('1e15', ['value'], inputDomainProblem));
    expect(outside.code).toBe('out-of-range');
    expect(outside.message.split('\n')[0]).toBe('Number out of range at value.');
    expect(numericAt('1e20', ['value'], figureDomainProblem).toFixed()).toBe(
      '100000000000000000000',
    );
  });

  it('leaves the path out of the headline at the root', () => {
    expect(caught(() => numericAt('x', [], inputDomainProblem)).message.split('\n')[0]).toBe(
      'Invalid number.',
    );
    expect(caught(() => numericAt('1e16', [], inputDomainProblem)).message.split('\n')[0]).toBe(
      'Number out of range.',
    );
  });
});

describe('toDecimal paths', () => {
  it('takes a path as one string segment, or none; the parameter name by default', () => {
    const named = caught(() => toDecimal('x', 'quantity'));
    expect(named.issues).toEqual([
      { path: 'quantity', segments: ['quantity'], message: `${EXPECTED}, received "x"` },
    ]);
    expect(named.message.split('\n')[0]).toBe('Invalid number at quantity.');
    const unnamed = caught(() => toDecimal('x'));
    expect(unnamed.issues).toEqual([
      { path: 'value', segments: ['value'], message: `${EXPECTED}, received "x"` },
    ]);
    expect(unnamed.message).toBe(`Invalid number at value.\n  - value: ${EXPECTED}, received "x"`);
    const root = caught(() => toDecimal('x', ''));
    expect(root.issues).toEqual([{ path: '', segments: [], message: `${EXPECTED}, received "x"` }]);
    expect(root.message).toBe(`Invalid number.\n  - (input): ${EXPECTED}, received "x"`);
    const empty = caught(() => toDecimal('1e15', ''));
    expect(empty.issues[0]?.segments).toEqual([]);
    expect(empty.code).toBe('out-of-range');
    expect(toDecimal('1', 'quantity').toString()).toBe('1');
  });
});

describe('leanNonNegative', () => {
  it('reads numbers, strings and decimals at least 0', () => {
    expect(leanNonNegative(3)?.toString()).toBe('3');
    expect(leanNonNegative('0')?.toString()).toBe('0');
    expect(leanNonNegative('-0')?.toString()).toBe('0');
    expect(leanNonNegative(new Decimal('2.5'))?.toString()).toBe('2.5');
  });

  it('gives undefined for anything the schema must word', () => {
    expect(leanNonNegative(-1)).toBeUndefined();
    expect(leanNonNegative('-0.01')).toBeUndefined();
    expect(leanNonNegative('x')).toBeUndefined();
    expect(leanNonNegative('1e15')).toBeUndefined();
    expect(leanNonNegative(5n)).toBeUndefined();
    expect(leanNonNegative(null)).toBeUndefined();
    expect(leanNonNegative(undefined)).toBeUndefined();
    expect(leanNonNegative({})).toBeUndefined();
  });
});
