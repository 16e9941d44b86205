import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isoDateSchema, numericSchema, strictObject } from '../../src/core/schemas.js';
import { fromZodError, parseInput } from '../../src/core/zod-error.js';
import { zodTypeWords } from '../../src/core/zod-type-words.js';
import {
  isSocialValueError,
  SocialValueError,
  type SocialValueErrorInit,
  safe,
  toDecimal,
} from '../../src/index.js';
import { caught } from '../errors.js';

describe('SocialValueError', () => {
  it('lists every issue in its message', () => {
    const error = new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid pledges: 2 problems.',
      issues: [
        { path: 'pledges[0].measure', segments: ['pledges', 0, 'measure'], message: 'required' },
        { path: '', segments: [], message: 'too short' },
      ],
    });
    expect(error.message).toBe(
      'Invalid pledges: 2 problems.\n  - pledges[0].measure: required\n  - (input): too short',
    );
    expect(error.name).toBe('SocialValueError');
    expect(error).toBeInstanceOf(Error);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('keeps its message in its JSON form (an API error response, a log line)', () => {
    const error = caught(() => toDecimal('abc'));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      message:
        'Invalid number at value.\n  - value: expected a finite number, a decimal string, a bigint or a Decimal, received "abc"',
      name: 'SocialValueError',
      code: 'invalid-input',
      issues: [
        {
          path: 'value',
          segments: ['value'],
          message:
            'expected a finite number, a decimal string, a bigint or a Decimal, received "abc"',
        },
      ],
      details: {},
    });
    const result = safe(toDecimal)('abc');
    expect(JSON.parse(JSON.stringify(result)).error.message).toMatch(/^Invalid number at value\./);
  });

  it('lists at most 20 issues in its message and keeps 100 in issues, then counts the rest', () => {
    const issues = Array.from({ length: 1025 }, (_, index) => ({
      path: `pledges[${index}]`,
      segments: ['pledges', index],
      message: 'bad',
    }));
    const error = new SocialValueError({ code: 'invalid-input', message: 'Invalid.', issues });
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[20]).toBe('  - pledges[19]: bad');
    expect(lines.at(-1)).toBe('  - … and 1,005 more problems');
    // 1,025 bad entries: the first 100 kept, all 1,025 counted in details.
    expect(error.issues).toHaveLength(100);
    expect(error.issues.at(-1)?.path).toBe('pledges[99]');
    expect(error.details).toEqual({ count: 1025 });
    const hundred = new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid.',
      issues: issues.slice(0, 100),
    });
    expect(hundred.issues).toHaveLength(100);
    expect(hundred.details).toEqual({});
    const past = new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid.',
      issues: issues.slice(0, 101),
      details: { suggestions: ['x'] },
    });
    expect(past.issues).toHaveLength(100);
    expect(past.details).toEqual({ count: 101, suggestions: ['x'] });
    const one = new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid.',
      issues: issues.slice(0, 21),
    });
    expect(one.message.split('\n').at(-1)).toBe('  - … and 1 more problem');
    const twenty = new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid.',
      issues: issues.slice(0, 20),
    });
    expect(twenty.message.split('\n').at(-1)).toBe('  - pledges[19]: bad');
  });

  it('never throws a TypeError of its own, whatever it is built from', () => {
    // Hostile arguments from JavaScript callers: the error is still a SocialValueError with a
    // code, a message and frozen issues.
    const build = (init: unknown) => new SocialValueError(init as SocialValueErrorInit);
    for (const init of [null, undefined, 5, {}, { issues: 5 }, { issues: 'no' }]) {
      const error = build(init);
      expect(isSocialValueError(error)).toBe(true);
      expect([error.code, error.message, error.issues]).toEqual(['invalid-input', '', []]);
    }
    expect(build('No measure NT99.')).toMatchObject({
      code: 'invalid-input',
      message: 'No measure NT99.',
    });
    const issue = { path: 'a', segments: ['a'], message: 'bad' };
    const mixed = build({ code: 'unknown-measure', message: 'M.', issues: [null, 3, issue] });
    expect(mixed.message).toBe('M.\n  - a: bad');
    expect(mixed.issues).toEqual([issue]);
    expect(Object.isFrozen(mixed.issues)).toBe(true);
    expect(build({ message: 'M.', details: null }).details).toEqual({});
  });

  it('is recognised across copies by its symbol brand, not instanceof', () => {
    const foreign = Object.create({ [Symbol.for('social-value.error')]: true }) as object;
    expect(isSocialValueError(foreign)).toBe(true);
    expect(isSocialValueError(new Error('x'))).toBe(false);
    expect(isSocialValueError(null)).toBe(false);
    expect(isSocialValueError('invalid-input')).toBe(false);
  });
});

describe('zod errors', () => {
  // Built in each test (not at describe level), so mutation testing sees which test runs the
  // core code that builds it.
  const pledgeSchema = () =>
    strictObject({
      measure: z.string(),
      quantity: numericSchema({ min: 0 }),
      attribution: z.optional(numericSchema({ min: 0, max: 1 })),
      verification: z.optional(z.enum(['verified', 'claimed'])),
    });

  it('become invalid-input with paths and the value received', () => {
    const error = (() => {
      try {
        parseInput(
          z.array(pledgeSchema()),
          [
            { measure: 'NT1', quantity: 2 },
            { measure: 'NT2', quantity: '-5' },
          ],
          'pledges',
          ['pledges'],
          zodTypeWords,
        );
      } catch (e) {
        return e as SocialValueError;
      }
      throw new Error('no error');
    })();
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      {
        path: 'pledges[1].quantity',
        segments: ['pledges', 1, 'quantity'],
        message: 'expected a number at least 0, received "-5"',
      },
    ]);
    expect(error.message).toContain('Invalid pledges: 1 problem.');
  });

  it('report a wrong type with the value received', () => {
    const result = z.safeParse(
      pledgeSchema(),
      { measure: 7, quantity: 'ten' },
      { reportInput: true },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodError(result.error, 'pledge', [], zodTypeWords);
    expect(error.issues.map((issue) => issue.path)).toEqual(['measure', 'quantity']);
    expect(error.issues[0]?.message).toBe('expected text, received 7');
    expect(error.issues[1]?.message).toBe(
      'expected a finite number, a decimal string, a bigint or a Decimal, received "ten"',
    );
  });

  it('refuse unknown keys at their own path, suggesting the key meant', () => {
    const error = caught(() =>
      parseInput(
        z.array(pledgeSchema()),
        [{ measure: 'NT1', quantity: 10, attributon: 0.5, verfication: 'verified', zzz: 1 }],
        'pledges',
        ['pledges'],
        zodTypeWords,
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['pledges[0].attributon', 'unknown key (did you mean "attribution"?)'],
      ['pledges[0].verfication', 'unknown key (did you mean "verification"?)'],
      ['pledges[0].zzz', 'unknown key'],
    ]);
  });

  it('treat __proto__ as an ordinary (unknown) key', () => {
    const revived = JSON.parse('{"measure":"NT1","quantity":1,"__proto__":{"x":1}}');
    const error = caught(() =>
      parseInput(pledgeSchema(), revived, 'pledge', ['pledge'], zodTypeWords),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['pledge.__proto__']);
  });

  it('word missing fields, enums and bounds with the value received', () => {
    const error = caught(() =>
      parseInput(
        pledgeSchema(),
        { quantity: '2', verification: 'verifed' },
        'pledge',
        ['pledge'],
        zodTypeWords,
      ),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['pledge.measure', 'missing: expected text'],
      [
        'pledge.verification',
        'expected one of "verified", "claimed", received "verifed" (did you mean "verified"?)',
      ],
    ]);
  });

  it('report numbers outside the domain as out-of-range', () => {
    const error = caught(() =>
      parseInput(pledgeSchema(), { measure: 'NT1', quantity: '1e400' }, 'pledge'),
    );
    expect(error.code).toBe('out-of-range');
    expect(error.issues[0]?.message).toBe(
      'expected a number below 1e15 in magnitude, received "1e400"',
    );
    const mixed = caught(() =>
      parseInput(pledgeSchema(), { measure: 7, quantity: '1e16' }, 'pledge'),
    );
    expect(mixed.code).toBe('invalid-input');
  });

  it('numericSchema checks exclusive bounds and whole numbers', () => {
    const price = numericSchema({ min: 0, minExclusive: true });
    expect(z.safeParse(price, 0).success).toBe(false);
    expect(z.parse(price, '0.01').toString()).toBe('0.01');
    const count = numericSchema({ integer: true, max: 10, maxExclusive: true });
    expect(z.safeParse(count, '2.5').success).toBe(false);
    expect(z.safeParse(count, 10).success).toBe(false);
    expect(z.parse(count, 9).toString()).toBe('9');
    expect(z.safeParse(numericSchema(), Number.NaN).success).toBe(false);
    expect(z.safeParse(numericSchema(), true).success).toBe(false);
  });

  it('isoDateSchema accepts real calendar dates only', () => {
    expect(z.parse(isoDateSchema, '2024-02-29')).toBe('2024-02-29');
    expect(z.safeParse(isoDateSchema, '2023-02-29').success).toBe(false);
    expect(z.safeParse(isoDateSchema, '2022-13-01').success).toBe(false);
    expect(z.parse(isoDateSchema, new Date(2022, 0, 1))).toBe('2022-01-01');
    expect(z.safeParse(isoDateSchema, new Date(Number.NaN)).success).toBe(false);
    expect(z.parse(isoDateSchema, '0025-01-01')).toBe('0025-01-01');
    const early = new Date(2000, 5, 1);
    early.setFullYear(999);
    expect(z.parse(isoDateSchema, early)).toBe('0999-06-01');
    expect(z.safeParse(isoDateSchema, '0000-01-01').success).toBe(false);
    expect(z.safeParse(isoDateSchema, '2024-1-01').success).toBe(false);
  });
});

describe('safe', () => {
  it('returns data or the SocialValueError, and rethrows other errors', () => {
    const safeToDecimal = safe(toDecimal);
    const good = safeToDecimal('1.5');
    expect(good.success && good.data.toString()).toBe('1.5');
    const bad = safeToDecimal('abc');
    expect(!bad.success && bad.error.code).toBe('invalid-input');
    const bug = safe(() => {
      throw new TypeError('bug');
    });
    expect(() => bug()).toThrow(TypeError);
  });

  it('passes every argument through', () => {
    const joined = safe((a: string, b: number, c: boolean) => `${a}${b}${c}`);
    expect(joined('x', 1, true)).toEqual({ success: true, data: 'x1true' });
  });
});
