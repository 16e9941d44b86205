import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/core/describe-value.js';
import { allocateRounded, formatGBP, roundMoney, safe, toDecimal } from '../../src/index.js';
import { caught } from '../errors.js';

// Core's public functions with the values a careless or hostile caller gives: every one a
// SocialValueError with its path, never a raw TypeError or a decimal.js error.

/** [path, message] of each issue of a call that fails. */
const problems = (call: () => unknown) =>
  caught(call).issues.map((issue) => [issue.path, issue.message]);

describe('core functions with hostile input', () => {
  it('allocateRounded reads a hole in the list as a missing amount', () => {
    // A sparse list ([1, , 2]) or an explicit undefined: decimal.js threw
    // "[DecimalError] Invalid argument: undefined".
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(problems(() => allocateRounded([1, , 2] as never))).toEqual([
      ['values[1]', 'missing: expected a number'],
    ]);
    expect(problems(() => allocateRounded(['1.005', undefined] as never))).toEqual([
      ['values[1]', 'missing: expected a number'],
    ]);
    // The rest still splits: 8.045 three times is 24.135, 24.14 at the penny.
    expect(allocateRounded(['8.045', '8.045', '8.045']).map(String)).toEqual([
      '8.05',
      '8.05',
      '8.04',
    ]);
  });

  it('a missing number reads "missing", as in every schema of the library', () => {
    expect(problems(() => toDecimal(undefined as never))).toEqual([
      ['value', 'missing: expected a number'],
    ]);
    expect(problems(() => formatGBP(undefined as never))).toEqual([
      ['value', 'missing: expected a number'],
    ]);
    expect(problems(() => roundMoney(undefined as never))).toEqual([
      ['value', 'missing: expected a number'],
    ]);
  });

  it('toDecimal refuses a path that is neither text nor a list of keys', () => {
    // `toDecimal('x', 5)` threw "TypeError: segments is not iterable" (only when the value was
    // bad: a good value with a bad path went through).
    for (const [path, received] of [
      [5, '5'],
      [{}, '{}'],
      [null, 'null'],
    ] as const) {
      const error = caught(() => toDecimal('12', path as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        ['path', `expected text or a list of keys and indexes, received ${received}`],
      ]);
      expect(caught(() => toDecimal('x', path as never)).issues[0]?.path).toBe('path');
    }
    expect(toDecimal(' 12 ', 'amount').toString()).toBe('12');
    expect(toDecimal('12', undefined).toString()).toBe('12');
  });

  it('safe refuses what is not a function when it wraps it, not when it is called', () => {
    expect(problems(() => safe(5 as never))).toEqual([
      ['fn', 'expected a function of the library, received 5'],
    ]);
    expect(safe(toDecimal)('1e3')).toEqual({ success: true, data: toDecimal('1000') });
  });
});

describe('describeValue of hostile values', () => {
  it('names a boxed bigint or symbol as the object it is', () => {
    expect(describeValue(Object(5n))).toBe('a BigInt object (5n)');
    expect(describeValue(Object(Symbol('s')))).toBe('a Symbol object (Symbol(s))');
    expect(problems(() => toDecimal(Object(5n)))).toEqual([
      [
        'value',
        'expected a finite number, a decimal string, a bigint or a Decimal, received a BigInt object (5n)',
      ],
    ]);
  });

  it('shows characters one cannot see as escapes', () => {
    // A zero-width space before 12, a no-break space after, a byte-order mark, a soft hyphen
    // and a right-to-left mark: each shown as \u and its code, the text otherwise as it is.
    expect(describeValue('\u200b12')).toBe(String.raw`"\u200b12"`);
    expect(describeValue('NT18\u00a0')).toBe(String.raw`"NT18\u00a0"`);
    expect(describeValue('\ufeffa\u00adb\u200f')).toBe(String.raw`"\ufeffa\u00adb\u200f"`);
    expect(describeValue('a b\tc')).toBe(String.raw`"a b\tc"`);
    expect(describeValue('£5 – é 😀')).toBe('"£5 – é 😀"');
    expect(problems(() => toDecimal('\u200b12'))).toEqual([
      [
        'value',
        String.raw`expected a finite number, a decimal string, a bigint or a Decimal, received "\u200b12"`,
      ],
    ]);
  });
});

describe('rounding options written another way', () => {
  const places = 'expected "penny", "pound" or a whole number of decimal places from -30 to 30';
  const modes =
    'expected one of "half-up", "half-even", "half-down", "up", "down", "ceil", "floor"';

  it('names the place meant for a place in another case, a plural or a digit in text', () => {
    expect(problems(() => roundMoney('1.005', { places: 'Penny' as never }))).toEqual([
      ['options.places', `${places}, received "Penny" (did you mean "penny"?)`],
    ]);
    expect(problems(() => formatGBP('1.005', { places: 'pounds' as never }))).toEqual([
      ['options.places', `${places}, received "pounds" (did you mean "pound"?)`],
    ]);
    expect(problems(() => roundMoney('1.005', { places: '2' as never }))).toEqual([
      ['options.places', `${places}, received "2" (did you mean 2?)`],
    ]);
    expect(problems(() => roundMoney('1.005', { places: ' -3 ' as never }))).toEqual([
      ['options.places', `${places}, received " -3 " (did you mean -3?)`],
    ]);
    // Not a place at all: nothing suggested.
    expect(problems(() => roundMoney('1.005', { places: '2.5' as never }))).toEqual([
      ['options.places', `${places}, received "2.5"`],
    ]);
    expect(problems(() => roundMoney('1.005', { places: 'cents' as never }))).toEqual([
      ['options.places', `${places}, received "cents"`],
    ]);
  });

  it("names the mode meant for decimal.js's rounding constants, as numbers or names", () => {
    // The library exports decimal.js's Decimal, whose ROUND_HALF_UP is 4 and ROUND_FLOOR 3.
    expect(problems(() => roundMoney('1.005', { mode: 4 as never }))).toEqual([
      ['options.mode', `${modes}, received 4 (did you mean "half-up"?)`],
    ]);
    expect(problems(() => formatGBP('1.005', { mode: 3 as never }))).toEqual([
      ['options.mode', `${modes}, received 3 (did you mean "floor"?)`],
    ]);
    expect(problems(() => roundMoney('1.005', { mode: 'ROUND_HALF_EVEN' as never }))).toEqual([
      ['options.mode', `${modes}, received "ROUND_HALF_EVEN" (did you mean "half-even"?)`],
    ]);
    expect(problems(() => allocateRounded(['1'], { mode: 'ROUND_CEIL' as never }))).toEqual([
      ['options.mode', `${modes}, received "ROUND_CEIL" (did you mean "ceil"?)`],
    ]);
    // decimal.js has no rounding mode 7 (its 7 and 8 are not one of ours), nor 1.5.
    expect(problems(() => roundMoney('1.005', { mode: 7 as never }))).toEqual([
      ['options.mode', `${modes}, received 7`],
    ]);
    expect(problems(() => roundMoney('1.005', { mode: 1.5 as never }))).toEqual([
      ['options.mode', `${modes}, received 1.5`],
    ]);
  });
});
