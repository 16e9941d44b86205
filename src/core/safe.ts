import { describeValue } from './describe-value.js';
import { isSocialValueError, type SocialValueError } from './errors.js';
import { expectedText } from './expected-text.js';
import { fieldError } from './issue.js';

/**
 * The outcome of a `safe` call: the value, or the {@link SocialValueError} that would have been
 * thrown. Modelled on zod's `safeParse`.
 *
 * @example
 * ```ts
 * import { safe, toDecimal, type SafeResult, type Decimal } from 'social-value';
 *
 * const result: SafeResult<Decimal> = safe(toDecimal)('12.5');
 * result.success ? result.data.toString() : result.error.code; // => '12.5'
 * ```
 */
export type SafeResult<T> =
  | {
      /** The call succeeded. */
      readonly success: true;
      /** What the function returned. */
      readonly data: T;
    }
  | {
      /** The call failed with a library error. */
      readonly success: false;
      /** The error that would have been thrown. */
      readonly error: SocialValueError;
    };

/**
 * Wraps any function of the library so that it returns a {@link SafeResult} instead of
 * throwing. Only {@link SocialValueError}s are caught: anything else (a bug) still throws.
 *
 * @param fn - A function of the library, such as `valuePledges` or `toDecimal`.
 * @returns A function with the same parameters that never throws a `SocialValueError`.
 * @throws SocialValueError `invalid-input` (at `fn`) when `fn` is not a function.
 *
 * @example
 * ```ts
 * import { safe, toDecimal } from 'social-value';
 *
 * const safeToDecimal = safe(toDecimal);
 * const result = safeToDecimal('abc');
 * result.success; // => false
 * result.success ? null : result.error.code; // => 'invalid-input'
 * ```
 */
export function safe<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => SafeResult<R> {
  if (typeof fn !== 'function') {
    throw fieldError(
      'invalid-input',
      'Invalid function: 1 problem.',
      ['fn'],
      expectedText('a function of the library', fn, describeValue),
    );
  }
  return (...args: A): SafeResult<R> => {
    try {
      return { success: true, data: fn(...args) };
    } catch (error) {
      if (isSocialValueError(error)) return { success: false, error };
      throw error;
    }
  };
}
