import { Decimal, type Numeric } from './decimal.js';
import { describeReceived } from './describe-value.js';
import type { SocialValueErrorCode } from './error-codes.js';
import { SocialValueError, type SocialValueIssue } from './errors.js';
import { fieldError, issueAt } from './issue.js';
import { numberHint } from './number-hint.js';
import {
  figureDomainProblem,
  inputDomainProblem,
  ratioDomainProblem,
  statedDomainProblem,
} from './numeric-domain.js';
import { isPlainRecord } from './record.js';

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const EXPECTED = 'expected a finite number, a decimal string, a bigint or a Decimal';
// Money as people write it: a sign, a pound sign, digits grouped in thousands by commas or
// spaces of any kind (a no-break space as pasted from a web page), pence (`£1,200`, `-£5`,
// `1 200.50`; not `1,5`, which may be a decimal comma).
const MONEY_TEXT = /^[+-]?£?\s?(\d{1,3}([,\s]\d{3})+|\d+)(\.\d+)?$/;

/** What is wrong with a numeric input: its error code and a message. Internal. */
export interface NumericProblem {
  /** `invalid-input` for something that is not a number, `out-of-range` outside the domain. */
  readonly code: Extract<SocialValueErrorCode, 'invalid-input' | 'out-of-range'>;
  /** `expected …, received …`. */
  readonly message: string;
}

/**
 * Which domain a number is checked against: inputs, figures the library produced, figures a
 * pledge sheet states as line values and totals (below 1e60, at most 120 decimals), or ratios of
 * quantities the library produced (below 1e180).
 */
export type NumericDomain = 'input' | 'figure' | 'stated' | 'ratio';

/** Why a number is outside each domain, or `undefined`. */
const DOMAIN_PROBLEM: Readonly<Record<NumericDomain, DomainProblem>> = {
  input: inputDomainProblem,
  figure: figureDomainProblem,
  stated: statedDomainProblem,
  ratio: ratioDomainProblem,
};

/** Why a number is outside a domain (`expected a number below 1e15 in magnitude`), or `undefined`. */
export type DomainProblem = (value: Decimal) => string | undefined;

/**
 * Reads a value as the library's {@link Decimal}, or says what is wrong with it. Internal: used
 * by {@link toDecimal}, the presentation helpers and the zod schemas of every area, so all say
 * the same thing.
 */
export function readNumeric(
  value: unknown,
  domain: NumericDomain = 'input',
): Decimal | NumericProblem {
  return readNumber(value, DOMAIN_PROBLEM[domain]);
}

/**
 * {@link readNumeric} with the domain's own check (`inputDomainProblem`, `figureDomainProblem`),
 * named by every caller, so that a bundle keeps only the checks of the domains it reads.
 * Internal.
 */
export function readNumber(value: unknown, domainProblem: DomainProblem): Decimal | NumericProblem {
  let result: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return invalid(value);
    result = new Decimal(value);
  } else if (typeof value === 'string') {
    const text = value.trim();
    // Blank text (`""`, `"   "`) too is refused as it is written, never read as 0.
    if (!DECIMAL_STRING.test(text)) {
      // The number meant, never read as it: ` (did you mean "1200"?)` for `£1,200`.
      return invalid(
        value,
        MONEY_TEXT.test(text) ? ` (did you mean "${text.replace(/[£,\s]/g, '')}"?)` : '',
      );
    }
    result = new Decimal(text);
    // decimal.js turns exponents beyond its limits into Infinity or 0: both are out of range.
    if (!result.isFinite() || (result.isZero() && /[1-9]/.test(text.split(/[eE]/)[0]!))) {
      return outOfRange(
        value,
        result.isZero()
          ? 'expected at most 40 digits after the decimal point'
          : 'expected a number below 1e15 in magnitude',
      );
    }
  } else if (typeof value === 'bigint') {
    result = new Decimal(value.toString());
  } else if (Decimal.isDecimal(value) && !isPlainRecord(value)) {
    // Clones share one prototype, so `instanceof` cannot tell ours from another configuration's:
    // the instance's own constructor can. A plain object that only says it is a decimal (its
    // `toStringTag`, which `Decimal.isDecimal` reads) has none of its methods: not a number.
    result = (value as Decimal).constructor === Decimal ? (value as Decimal) : new Decimal(value);
    if (!result.isFinite()) return invalid(value);
  } else {
    return value === undefined
      ? { code: 'invalid-input', message: 'missing: expected a number' }
      : invalid(value);
  }
  if (result.isZero() && result.isNegative()) result = new Decimal(0);
  const problem = domainProblem(result);
  return problem === undefined ? result : outOfRange(value, problem);
}

function invalid(value: unknown, hint = ''): NumericProblem {
  return {
    code: 'invalid-input',
    message: `${EXPECTED}, received ${describeReceived(value)}${hint}`,
  };
}

function outOfRange(value: unknown, expected: string): NumericProblem {
  return { code: 'out-of-range', message: `${expected}, received ${describeReceived(value)}` };
}

/** True when {@link readNumeric} failed. Internal. */
export function isNumericProblem(value: Decimal | NumericProblem): value is NumericProblem {
  return !Decimal.isDecimal(value);
}

/**
 * Reads a number or throws the `SocialValueError` (`invalid-input` or `out-of-range`) at `path`.
 * Internal: the checked form of {@link readNumber}.
 */
export function numericAt(
  value: unknown,
  path: readonly PropertyKey[],
  domainProblem: DomainProblem,
): Decimal {
  const result = readNumber(value, domainProblem);
  if (!isNumericProblem(result)) return result;
  throw numericError(result, issueAt(path, result.message));
}

/** The error of a number that could not be read, at `issue`'s path. Internal. */
export function numericError(result: NumericProblem, issue: SocialValueIssue): SocialValueError {
  return new SocialValueError({
    code: result.code,
    message: `${result.code === 'out-of-range' ? 'Number out of range' : 'Invalid number'}${issue.path ? ` at ${issue.path}` : ''}.`,
    issues: [issue],
  });
}

/**
 * Converts a {@link Numeric} input into the library's exact {@link Decimal}.
 *
 * Accepts a decimal string (surrounding spaces are ignored; exponents such as `'1e3'` are
 * allowed; hex, thousands separators and currency signs are not, see the CSV helpers for those),
 * a finite `number` (taken at its shortest round-trip form), a `bigint`, or a decimal.js
 * `Decimal` from any copy or clone. Negative zero becomes zero. The value must lie in the
 * numeric domain: below 1e15 in magnitude, at most 40 digits after the point.
 *
 * @param value - The value to convert.
 * @param path - Where the value came from, used in the error: `'quantity'` or
 * `['pledges', 3, 'quantity']`. Default `value`, the parameter's name.
 * @returns The exact value; never NaN or infinite.
 * @throws SocialValueError `invalid-input` naming the value, for NaN, infinities, empty or
 * non-numeric strings and anything that is not a number (at `path`), or for a `path` that is
 * neither text nor a list; `out-of-range` outside the domain.
 *
 * @example
 * ```ts
 * import { toDecimal } from 'social-value';
 *
 * toDecimal('738768.00').toString(); // => '738768'
 * toDecimal(0.1).plus(0.2).toString(); // => '0.3'
 * toDecimal(12n).toString(); // => '12'
 * ```
 */
export function toDecimal(
  value: Numeric,
  path: string | readonly PropertyKey[] = ['value'],
): Decimal {
  if (typeof path !== 'string' && !Array.isArray(path)) {
    throw fieldError(
      'invalid-input',
      'Invalid path: 1 problem.',
      ['path'],
      `expected text or a list of keys and indexes, received ${describeReceived(path)}`,
    );
  }
  const read = readNumber(value, inputDomainProblem);
  if (!isNumericProblem(read)) return read;
  const result = { ...read, message: read.message + numberHint(value) };
  throw numericError(
    result,
    typeof path === 'string'
      ? { path, segments: path === '' ? [] : [path], message: result.message }
      : issueAt(path, result.message),
  );
}

/**
 * A quantity for the lean input paths: the Decimal when `value` is a valid Numeric at least 0,
 * else `undefined` (the caller then falls back to its zod schema, which reports the error).
 * Internal: shared by the pledge and delivery readers.
 */
export function leanNonNegative(value: unknown): Decimal | undefined {
  if (typeof value !== 'number' && typeof value !== 'string' && !Decimal.isDecimal(value)) {
    return undefined;
  }
  const quantity = readNumber(value, inputDomainProblem);
  return isNumericProblem(quantity) || quantity.isNegative() ? undefined : quantity;
}
