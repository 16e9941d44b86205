import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  fromZodError,
  isoDateSchema,
  isSocialValueError,
  numericSchema,
  parseInput,
  SocialValueError,
  safe,
  toDecimal,
} from '../../src/index.js';

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

  it('is recognised across copies by its symbol brand, not instanceof', () => {
    const foreign = Object.create({ [Symbol.for('social-value.error')]: true }) as object;
    expect(isSocialValueError(foreign)).toBe(true);
    expect(isSocialValueError(new Error('x'))).toBe(false);
    expect(isSocialValueError(null)).toBe(false);
    expect(isSocialValueError('invalid-input')).toBe(false);
  });
});

describe('zod errors', () => {
  const pledge = z.object({
    measure: z.string(),
    quantity: numericSchema({ min: 0 }),
  });
  const pledges = z.array(pledge);

  it('become invalid-input with paths and the value received', () => {
    const error = (() => {
      try {
        parseInput(
          pledges,
          [
            { measure: 'NT1', quantity: 2 },
            { measure: 'NT2', quantity: '-5' },
          ],
          'pledges',
          ['pledges'],
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
    const result = pledge.safeParse({ measure: 7, quantity: 'ten' }, { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodError(result.error, 'pledge');
    expect(error.issues.map((issue) => issue.path)).toEqual(['measure', 'quantity']);
    expect(error.issues[0]?.message).toMatch(/expected string, received number/);
    expect(error.issues[1]?.message).toContain('"ten"');
  });

  it('numericSchema checks exclusive bounds and whole numbers', () => {
    const price = numericSchema({ min: 0, minExclusive: true });
    expect(price.safeParse(0).success).toBe(false);
    expect(price.parse('0.01').toString()).toBe('0.01');
    const count = numericSchema({ integer: true, max: 10, maxExclusive: true });
    expect(count.safeParse('2.5').success).toBe(false);
    expect(count.safeParse(10).success).toBe(false);
    expect(count.parse(9).toString()).toBe('9');
    expect(numericSchema().safeParse(Number.NaN).success).toBe(false);
    expect(numericSchema().safeParse(true).success).toBe(false);
  });

  it('isoDateSchema accepts real calendar dates only', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.safeParse('2023-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2022-13-01').success).toBe(false);
    expect(isoDateSchema.parse(new Date(2022, 0, 1))).toBe('2022-01-01');
    expect(isoDateSchema.safeParse(new Date(Number.NaN)).success).toBe(false);
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
});
