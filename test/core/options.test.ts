import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import {
  checkOptionKeys,
  decimalPlaces,
  roundAt,
  roundingModes,
  roundingOf,
} from '../../src/core/round-money.js';
import { allocateRounded, formatGBP, formatPercent, roundMoney } from '../../src/index.js';
import { caught } from '../errors.js';

const issue = (run: () => unknown) => {
  const error = caught(run);
  expect(error.code).toBe('invalid-input');
  expect(error.message.split('\n')[0]).toBe('Invalid options: 1 problem.');
  expect(error.issues).toHaveLength(1);
  return [error.issues[0]!.path, error.issues[0]!.message];
};

describe('checkOptionKeys', () => {
  it('accepts undefined or a plain object of known keys', () => {
    expect(() => checkOptionKeys(undefined, ['places'])).not.toThrow();
    expect(() => checkOptionKeys({}, ['places'])).not.toThrow();
    expect(() => checkOptionKeys({ places: 2 }, ['places'])).not.toThrow();
    expect(() => checkOptionKeys(Object.create(null), ['places'])).not.toThrow();
  });

  it('refuses anything else at options, naming what it received', () => {
    expect(issue(() => checkOptionKeys(null, ['places']))).toEqual([
      'options',
      'expected an object, received null',
    ]);
    expect(issue(() => checkOptionKeys('penny', ['places']))).toEqual([
      'options',
      'expected an object, received "penny"',
    ]);
    expect(issue(() => checkOptionKeys(new Map(), ['places']))).toEqual([
      'options',
      'expected an object, received a Map',
    ]);
    expect(issue(() => checkOptionKeys({ mdoe: 'up' }, ['places', 'mode']))).toEqual([
      'options.mdoe',
      'unknown option (did you mean "mode"?)',
    ]);
    expect(issue(() => checkOptionKeys({ zzzzz: 1 }, ['places', 'mode']))).toEqual([
      'options.zzzzz',
      'unknown option',
    ]);
  });
});

describe('decimalPlaces', () => {
  it('reads penny, pound and whole numbers from -30 to 30', () => {
    expect(decimalPlaces(undefined)).toBe(2);
    expect(decimalPlaces('penny')).toBe(2);
    expect(decimalPlaces('pound')).toBe(0);
    expect(decimalPlaces(30)).toBe(30);
    expect(decimalPlaces(-30)).toBe(-30);
    expect(decimalPlaces(0)).toBe(0);
  });

  it('refuses anything else at its path, quoting it', () => {
    const expected = 'expected "penny", "pound" or a whole number of decimal places from -30 to 30';
    expect(issue(() => decimalPlaces(31))).toEqual(['options.places', `${expected}, received 31`]);
    expect(issue(() => decimalPlaces(-31))).toEqual([
      'options.places',
      `${expected}, received -31`,
    ]);
    expect(issue(() => decimalPlaces(1.5))).toEqual([
      'options.places',
      `${expected}, received 1.5`,
    ]);
    expect(issue(() => decimalPlaces('2'))).toEqual([
      'options.places',
      `${expected}, received "2" (did you mean 2?)`,
    ]);
    expect(issue(() => decimalPlaces('pence', ['format', 'to']))).toEqual([
      'format.to',
      `${expected}, received "pence" (did you mean "penny"?)`,
    ]);
  });
});

describe('roundingOf', () => {
  it('reads every named mode, half-up by default', () => {
    expect(roundingModes).toEqual([
      'half-up',
      'half-even',
      'half-down',
      'up',
      'down',
      'ceil',
      'floor',
    ]);
    expect(Object.isFrozen(roundingModes)).toBe(true);
    expect(roundingOf(undefined)).toBe(Decimal.ROUND_HALF_UP);
    expect(roundingModes.map((mode) => roundingOf(mode))).toEqual([
      Decimal.ROUND_HALF_UP,
      Decimal.ROUND_HALF_EVEN,
      Decimal.ROUND_HALF_DOWN,
      Decimal.ROUND_UP,
      Decimal.ROUND_DOWN,
      Decimal.ROUND_CEIL,
      Decimal.ROUND_FLOOR,
    ]);
  });

  it('refuses anything else with the modes listed and the one meant', () => {
    const modes =
      'expected one of "half-up", "half-even", "half-down", "up", "down", "ceil", "floor"';
    expect(issue(() => roundingOf('half_up'))).toEqual([
      'options.mode',
      `${modes}, received "half_up" (did you mean "half-up"?)`,
    ]);
    expect(issue(() => roundingOf('nearest'))).toEqual([
      'options.mode',
      `${modes}, received "nearest"`,
    ]);
    // decimal.js's ROUND_HALF_UP is 4.
    expect(issue(() => roundingOf(4, ['rounding']))).toEqual([
      'rounding',
      `${modes}, received 4 (did you mean "half-up"?)`,
    ]);
    expect(issue(() => roundingOf('toString'))).toEqual([
      'options.mode',
      `${modes}, received "toString"`,
    ]);
  });
});

describe('roundAt', () => {
  it('rounds to places, or to tens and thousands, never to negative zero', () => {
    expect(roundAt(new Decimal('1234.5'), -1, Decimal.ROUND_HALF_UP).toString()).toBe('1230');
    expect(roundAt(new Decimal('1235'), -1, Decimal.ROUND_HALF_UP).toString()).toBe('1240');
    expect(roundAt(new Decimal('1235'), -1, Decimal.ROUND_HALF_EVEN).toString()).toBe('1240');
    expect(roundAt(new Decimal('1245'), -1, Decimal.ROUND_HALF_EVEN).toString()).toBe('1240');
    expect(roundAt(new Decimal('1.25'), 1, Decimal.ROUND_HALF_DOWN).toString()).toBe('1.2');
    expect(roundAt(new Decimal('1.25'), 0, Decimal.ROUND_UP).toString()).toBe('2');
    const zero = roundAt(new Decimal('-4'), -1, Decimal.ROUND_HALF_UP);
    expect(zero.isZero() && !zero.isNegative()).toBe(true);
    expect(roundAt(new Decimal('-0.4'), 0, Decimal.ROUND_HALF_UP).isNegative()).toBe(false);
  });
});

describe('roundMoney', () => {
  it('accepts any figure below 1e60, beyond the input domain', () => {
    expect(roundMoney('1e20').toFixed()).toBe('100000000000000000000');
    expect(roundMoney('1e-45').toString()).toBe('0');
    const outside = caught(() => roundMoney('1e60'));
    expect(outside.code).toBe('out-of-range');
    expect(outside.issues[0]).toMatchObject({
      path: 'value',
      message: 'expected a figure below 1e60 in magnitude, received "1e60"',
    });
  });

  it('checks its options', () => {
    expect(caught(() => roundMoney('1', { place: 2 } as never)).issues[0]?.path).toBe(
      'options.place',
    );
    expect(caught(() => roundMoney('1', 'penny' as never)).issues[0]?.path).toBe('options');
  });
});

describe('formatGBP', () => {
  it('shows the places asked for, and whole tens or thousands as pounds', () => {
    expect(formatGBP('1.2345', { places: 3 })).toBe('£1.235');
    expect(formatGBP('1.2345', { places: 0 })).toBe('£1');
    expect(formatGBP('8461245.35', { places: -3 })).toBe('£8,461,000');
    expect(formatGBP('2.675', { mode: 'down' })).toBe('£2.67');
    expect(formatGBP('2.671', { places: 'penny', mode: 'up' })).toBe('£2.68');
    // Formatters are kept per number of places: asking again gives the same text.
    expect(formatGBP('1.2345', { places: 3 })).toBe('£1.235');
    expect(formatGBP('1e59')).toBe(
      `£100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000.00`,
    );
  });

  it('shows up to 30 places, beyond the 20 Intl allows on Node 20', () => {
    expect(formatGBP('1234.5', { places: 20 })).toBe(`£1,234.5${'0'.repeat(19)}`);
    expect(formatGBP('1234.5', { places: 21 })).toBe(`£1,234.5${'0'.repeat(20)}`);
    expect(formatGBP('-1234.5', { places: 30 })).toBe(`-£1,234.5${'0'.repeat(29)}`);
    expect(formatGBP('-0.5', { places: 25 })).toBe(`-£0.5${'0'.repeat(24)}`);
    expect(formatGBP(`0.${'1'.repeat(40)}`, { places: 30, mode: 'up' })).toBe(
      `£0.${'1'.repeat(29)}2`,
    );
  });

  it('refuses bad values and options with their paths', () => {
    expect(caught(() => formatGBP('1e60')).code).toBe('out-of-range');
    expect(caught(() => formatGBP('x')).issues[0]?.path).toBe('value');
    expect(caught(() => formatGBP('1', { places: 31 })).issues[0]?.path).toBe('options.places');
    expect(caught(() => formatGBP('1', { mode: 'x' as never })).issues[0]?.path).toBe(
      'options.mode',
    );
    expect(caught(() => formatGBP('1', { pence: true } as never)).issues[0]?.path).toBe(
      'options.pence',
    );
  });
});

describe('formatPercent', () => {
  it('shows 1 place by default, rounding half-up or as asked', () => {
    expect(formatPercent('0.12345')).toBe('12.3%');
    expect(formatPercent('0.12345', { places: 3 })).toBe('12.345%');
    expect(formatPercent('0.1235', { places: 2 })).toBe('12.35%');
    expect(formatPercent('0.12355', { places: 2 })).toBe('12.36%');
    expect(formatPercent('0.12355', { places: 2, mode: 'down' })).toBe('12.35%');
    expect(formatPercent('0.12345', { places: 0 })).toBe('12%');
    expect(formatPercent('12.5', { places: 0 })).toBe('1,250%');
    expect(formatPercent('-0.0004')).toBe('0.0%');
    expect(formatPercent(1, { places: 30 })).toBe(`100.${'0'.repeat(30)}%`);
    expect(formatPercent('-12.345', { places: 21 })).toBe(`-1,234.5${'0'.repeat(20)}%`);
    expect(formatPercent('0.5', { places: 20 })).toBe(`50.${'0'.repeat(20)}%`);
  });

  it('accepts ratios beyond the input domain, below 1e180', () => {
    expect(formatPercent('1e-45', { places: 2 })).toBe('0.00%');
    // A delivery line's ratio of quantities (1e-40 pledged a day into a 9,999-year contract,
    // 999999999999999 delivered): 1.4562214999999985437785e61 is 1.4562214999999985437785e63%,
    // 64 digits grouped in thousands. It was out-of-range (past the 1e60 figures) before.
    expect(formatPercent('1.4562214999999985437785e61', { places: 0 })).toBe(
      `1,456,221,499,999,998,543,778,500${',000'.repeat(13)}%`,
    );
    // -1e179 is -1e181%: 10 and 60 groups of three zeros.
    expect(formatPercent('-1e179', { places: 0 })).toBe(`-10${',000'.repeat(60)}%`);
    expect(caught(() => formatPercent('1e180')).issues[0]).toMatchObject({
      path: 'fraction',
      message: 'expected a ratio below 1e180 in magnitude, received "1e180"',
    });
  });

  it('refuses places outside 0 to 30 with the value quoted', () => {
    const expected = 'expected a whole number of decimal places from 0 to 30';
    expect(issue(() => formatPercent('0.1', { places: -1 }))).toEqual([
      'options.places',
      `${expected}, received -1`,
    ]);
    expect(issue(() => formatPercent('0.1', { places: 31 }))).toEqual([
      'options.places',
      `${expected}, received 31`,
    ]);
    expect(issue(() => formatPercent('0.1', { places: 1.5 }))).toEqual([
      'options.places',
      `${expected}, received 1.5`,
    ]);
    expect(issue(() => formatPercent('0.1', { places: 'penny' as never }))).toEqual([
      'options.places',
      `${expected}, received "penny"`,
    ]);
    expect(issue(() => formatPercent('0.1', { mode: 'x' as never }))[0]).toBe('options.mode');
    expect(issue(() => formatPercent('0.1', { place: 1 } as never))).toEqual([
      'options.place',
      'unknown option (did you mean "places"?)',
    ]);
  });
});

describe('allocateRounded', () => {
  it('refuses a value that is not a list, quoting it', () => {
    const error = caught(() => allocateRounded('1' as never));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Invalid values: 1 problem.\n  - values: expected a list of amounts, received "1"',
    );
    expect(caught(() => allocateRounded(['1'], { places: 'pence' as never })).issues[0]?.path).toBe(
      'options.places',
    );
    expect(caught(() => allocateRounded(['1'], { mode: 'x' as never })).issues[0]?.path).toBe(
      'options.mode',
    );
    expect(caught(() => allocateRounded(['1e60'])).code).toBe('out-of-range');
  });

  it('returns frozen parts, never negative zero, for figures beyond the input domain', () => {
    const parts = allocateRounded(['-0.001', '1e20']);
    expect(Object.isFrozen(parts)).toBe(true);
    expect(parts.map((part) => part.toFixed())).toEqual(['0', '100000000000000000000']);
    expect(parts[0]!.isNegative()).toBe(false);
  });

  it('gives several missing units to the largest remainders in turn', () => {
    // Floors 0, 0, 0, 0 and total 0.036 rounds to 0.04: four pennies to the four parts.
    expect(allocateRounded(['0.009', '0.009', '0.009', '0.009']).map(String)).toEqual([
      '0.01',
      '0.01',
      '0.01',
      '0.01',
    ]);
    // Total 0.027 rounds to 0.03: three pennies to the three largest remainders (9, 8, 7).
    expect(allocateRounded(['0.007', '0.009', '0.003', '0.008']).map(String)).toEqual([
      '0.01',
      '0.01',
      '0',
      '0.01',
    ]);
    // Rounding the total down leaves nothing to give.
    expect(allocateRounded(['0.004', '0.009'], { mode: 'floor' }).map(String)).toEqual([
      '0',
      '0.01',
    ]);
    expect(allocateRounded(['0.004', '0.004'], { mode: 'floor' }).map(String)).toEqual(['0', '0']);
  });
});
