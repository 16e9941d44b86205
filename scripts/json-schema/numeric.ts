import {
  figureDomainProblem,
  ratioDomainProblem,
  statedDomainProblem,
} from '../../src/core/numeric-domain.js';
import type { NumericBounds } from '../../src/core/schemas.js';

// The JSON Schema of a library number: a JSON number, or a decimal string (exact: JSON numbers
// are doubles). JSON has no bigint or Decimal, the library's other numeric inputs.
//
// A number is checked in full (minimum, maximum and the numeric domain: below 1e15 in
// magnitude). A decimal string is matched by a regular expression: in plain notation ('12.5')
// it is checked in full too (sign, bounds, at most 15 digits before the point and 40 after, as
// `readNumeric` counts them: leading and trailing zeros free); in exponent notation ('5e-1') only
// its syntax and sign are (docs/storage.md lists it among the differences).

/** A JSON Schema object (what `z.toJSONSchema` writes). */
export type JsonSchema = Record<string, unknown>;

/**
 * The spaces JavaScript's `trim` removes (white space, line terminators and U+FEFF), written as
 * the characters themselves: what the library takes for "a space" in text.
 */
const SPACE = '\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** A character that is not one of {@link SPACE}: text with it is not blank to the library. */
export const NOT_SPACE = `[^${SPACE}]`;

/**
 * `pattern` as validators in every language read it: `\d` as the ASCII digits, `\s` as
 * {@link SPACE} and a final `$` as the very end of the text. Python's `re` and .NET read `\d` as
 * any Unicode digit; Python's `\s` leaves out U+FEFF and takes U+001C–U+001F and U+0085, which
 * JavaScript's does not; Python, .NET and Java let `$` match before a final line break.
 */
export function portablePattern(pattern: string): string {
  return pattern
    .replaceAll('\\d', '[0-9]')
    .replaceAll('\\s', `[${SPACE}]`)
    .replace(/\$$/, '(?![\\s\\S])');
}

/** JSON numbers the domain allows: below this in magnitude. */
const INPUT_LIMIT = 1e15;

// Every pattern below reads a text in one way only, so that a backtracking engine (Python's
// `re`, .NET, Java, JavaScript) takes time linear in its length, however long or malformed:
// `\d+\.?\d*` or `0*\d{1,15}` can split a long run of digits in many ways, each tried again
// before a final junk character fails the match (time growing with the square of the run, or
// with 60 × 120 × its length). Leading zeros end at the first other digit, trailing zeros start
// after the last; test/json-schema/pattern-safety.test.ts checks every pattern shipped.

/** Whole-number digits with at most `n` of them significant (leading zeros free). */
const wholeDigits = (n: number) => String.raw`(?:0*[1-9]\d{0,${n - 1}}|0+)`;
/** Digits after a point, at most `m` up to the last one that is not 0 (trailing zeros free). */
const decimals = (m: number) => String.raw`(?:\d{0,${m - 1}}[1-9])?0*`;
/** As {@link decimals}, at least one digit. */
const someDecimals = (m: number) => String.raw`(?:\d{0,${m - 1}}[1-9]0*|0+)`;
/** Plain digits within `whole` significant digits before the point and `after` after it. */
const plainDigits = (whole: number, after: number) =>
  String.raw`(?:${wholeDigits(whole)}(?:\.${decimals(after)})?|\.${someDecimals(after)})`;

/** Plain digits of a number in the input domain: 15 before the point, 40 after. */
const PLAIN = plainDigits(15, 40);
/** Plain digits of a figure the library produced (snapshots): any length. */
const PLAIN_FIGURE = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
/** Plain digits of a figure a pledge sheet states (a line value, a total): 60 before the point, 120 after. */
const PLAIN_STATED = plainDigits(60, 120);
/** A mantissa and an exponent: syntax only. */
const EXPONENT = String.raw`${PLAIN_FIGURE}[eE][+-]?\d+`;
/** A zero written with a minus sign, which reads as 0. */
const NEGATIVE_ZERO = String.raw`-(?:0+(?:\.0*)?|\.0+)(?:[eE][+-]?\d+)?`;
/**
 * At least one digit from 1 to 9 before any exponent: the value is not zero. Looked for once, at
 * the start (spaces are neither `e` nor a digit), not again after each leading space.
 */
const NOT_ZERO = '(?=[^eE]*[1-9])';

/** The name of the domain whose check `bounds` names (the input domain by default). */
function domainOf(bounds: NumericBounds): 'input' | 'figure' | 'stated' | 'ratio' {
  const { domain } = bounds;
  return domain === figureDomainProblem
    ? 'figure'
    : domain === ratioDomainProblem
      ? 'ratio'
      : domain === statedDomainProblem
        ? 'stated'
        : 'input';
}

/** The plain digits allowed by bounds from 0 (or above 0) up, in the input domain. */
function boundedPlain(bounds: NumericBounds): string {
  const min = bounds.min === undefined ? undefined : String(bounds.min);
  const max = bounds.max === undefined ? undefined : String(bounds.max);
  if (bounds.integer) return String.raw`${wholeDigits(15)}(?:\.0*)?`;
  if (max === undefined && (min === '0' || min === undefined)) return PLAIN;
  if (max === undefined && min === '0.01') {
    return String.raw`(?:0*[1-9]\d{0,14}(?:\.${decimals(40)})?|0*\.(?:0[1-9]${decimals(38)}|[1-9]${decimals(39)}))`;
  }
  if (max === '1' && min === '0') {
    return String.raw`(?=\.?\d)(?:0*(?:\.${decimals(40)})?|0*1(?:\.0*)?)`;
  }
  if (max === '100' && min === '0') {
    return String.raw`(?:${plainDigits(2, 40)}|0*100(?:\.0*)?)`;
  }
  if (max === '100' && min === '1') {
    return String.raw`(?:0*[1-9]\d?(?:\.${decimals(40)})?|0*100(?:\.0*)?)`;
  }
  throw new Error(`no decimal-string pattern for the bounds ${JSON.stringify(bounds)}`);
}

/** The pattern of a decimal string within `bounds` (surrounding spaces allowed, as trimmed). */
export function decimalPattern(bounds: NumericBounds): string {
  const domain = domainOf(bounds);
  const figure = domain === 'figure' || domain === 'ratio';
  const nonNegative = bounds.min !== undefined && Number(bounds.min) >= 0;
  const positive = nonNegative && (bounds.minExclusive === true || Number(bounds.min) > 0);
  if (!nonNegative) {
    if (bounds.max !== undefined || bounds.integer) {
      throw new Error(`no decimal-string pattern for the bounds ${JSON.stringify(bounds)}`);
    }
    const any = figure ? PLAIN_FIGURE : domain === 'stated' ? PLAIN_STATED : PLAIN;
    return portablePattern(String.raw`^\s*[+-]?(?:${any}|${EXPONENT})\s*$`);
  }
  const plain = figure ? PLAIN_FIGURE : boundedPlain(bounds);
  const body = String.raw`\+?(?:${plain}|${EXPONENT})`;
  return portablePattern(
    positive
      ? String.raw`^${NOT_ZERO}\s*${body}\s*$`
      : String.raw`^\s*(?:${body}|${NEGATIVE_ZERO})\s*$`,
  );
}

/** The JSON Schema of a library number within `bounds`: a JSON number or a decimal string. */
export function numericJsonSchema(bounds: NumericBounds): JsonSchema {
  const domain = domainOf(bounds);
  const limit = domain === 'input' ? INPUT_LIMIT : domain === 'ratio' ? 1e180 : 1e60;
  const number: JsonSchema = { type: bounds.integer ? 'integer' : 'number' };
  if (bounds.min === undefined) number.exclusiveMinimum = -limit;
  else if (bounds.minExclusive) number.exclusiveMinimum = Number(bounds.min);
  else number.minimum = Number(bounds.min);
  if (bounds.max === undefined) number.exclusiveMaximum = limit;
  else if (bounds.maxExclusive) number.exclusiveMaximum = Number(bounds.max);
  else number.maximum = Number(bounds.max);
  return { anyOf: [number, { type: 'string', pattern: decimalPattern(bounds) }] };
}

/** The JSON Schema of a calendar date as the library reads one from JSON: `YYYY-MM-DD`, 0001 to 9999. */
export const dateJsonSchema: JsonSchema = {
  type: 'string',
  format: 'date',
  pattern: portablePattern(String.raw`^(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$`),
};
