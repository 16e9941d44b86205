import type { Decimal } from '../core/decimal.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { LISTED, listed } from '../core/listing.js';
import {
  INPUT_DECIMAL_PLACES_LIMIT,
  INPUT_MAGNITUDE_LIMIT_EXPONENT,
} from '../core/numeric-domain.js';
import type { Severity } from '../core/severity.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { isNumericProblem, readNumber } from '../core/to-decimal.js';
import { own } from './shape.js';
import type { OcdsFindingCode } from './types.js';

/** A problem met while reading `numbers`, with the path below the criterion (`.numbers[1]`). */
export interface NumbersProblem {
  readonly code: OcdsFindingCode;
  readonly severity: Extract<Severity, 'warning' | 'info'>;
  readonly message: string;
  readonly at: string;
}

/** What a criterion's `numbers` say about its weight. Internal to the ocds area. */
export type NumbersWeight =
  | { readonly status: 'none'; readonly problems: readonly NumbersProblem[] }
  | {
      readonly status: 'weight';
      readonly value: Decimal;
      readonly code: 'percentageExact' | 'decimalExact';
      readonly published: Decimal;
      readonly detail: string;
      readonly problems: readonly NumbersProblem[];
    }
  | {
      readonly status: 'points';
      readonly points: Decimal;
      readonly detail: string;
      readonly problems: readonly NumbersProblem[];
    }
  | { readonly status: 'unreadable'; readonly problems: readonly NumbersProblem[] };

const DECIMAL_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const RANGES = /* @__PURE__ */ new Set([
  'percentageRangeMiddle',
  'decimalRangeMiddle',
  'pointsRangeMiddle',
]);
const KNOWN = /* @__PURE__ */ new Set([
  'percentageExact',
  'decimalExact',
  'pointsExact',
  'order',
  ...RANGES,
]);

/**
 * A number for a finding: every digit, in plain notation ({@link exactText}, as the area's other
 * sentences write numbers: `-1e40` is -1 and 40 zeros), or as decimal.js writes it when it has
 * more than 200 digits before or after the point (`1e+900000000`: text has no exponent limit).
 */
const numberText = (number: Decimal) =>
  Math.abs(number.e) < 200 ? exactText(number) : `${number}`;

/** The number of a `numbers` entry as a Decimal (`-0` is 0), or a problem. */
function numberOf(value: unknown, at: string, problems: NumbersProblem[]): Decimal | undefined {
  const isText = typeof value === 'string' && DECIMAL_TEXT.test(value);
  if (typeof value === 'number' || isText) {
    // Read as the rest of the library reads numbers: decimal.js turns exponents beyond its
    // limits into Infinity or 0, and those are refused here, never read as a weight of 0.
    const read = readNumber(value, () => undefined);
    if (isNumericProblem(read)) {
      problems.push({
        code: isText ? 'weight-out-of-range' : 'unexpected-shape',
        severity: 'warning',
        message: isText
          ? `The number ${describeValue(value)} is too large or too small to hold exactly; it was not read.`
          : Number.isNaN(value)
            ? 'The number is not a number (a JavaScript value, not JSON); it was not read.'
            : 'The number is too large to hold (JSON numbers beyond about 1.8e308 parse as infinite); it was not read.',
        at,
      });
      return undefined;
    }
    if (isText) {
      problems.push({
        code: 'unexpected-shape',
        severity: 'info',
        message: `The number is published as the text ${describeValue(value)}; OCDS asks for a JSON number, it was read as ${numberText(read)}.`,
        at,
      });
    }
    return read;
  }
  problems.push({
    code: 'unexpected-shape',
    severity: 'warning',
    message: `The number is ${value === undefined ? 'missing' : `not a number (${typeof value === 'string' ? quoteText(value) : (JSON.stringify(value) ?? typeof value)})`}; it was not read.`,
    at,
  });
  return undefined;
}

/**
 * Reads the weight of a criterion from its `numbers` (the award criteria extension, as eForms
 * gives them): `percentageExact` is taken as it is, `decimalExact` times 100; `pointsExact` is
 * handed back for the lot to convert; ranges and orders of importance are findings, never a
 * weight. Entries that are thresholds or fixed values are not weights and are skipped.
 * Internal to the ocds area.
 */
export function weightFromNumbers(numbers: unknown): NumbersWeight {
  const problems: NumbersProblem[] = [];
  if (numbers === undefined || numbers === null) return { status: 'none', problems };
  if (!Array.isArray(numbers)) {
    problems.push({
      code: 'unexpected-shape',
      severity: 'warning',
      message: 'The numbers are not a list; they were not read.',
      at: '.numbers',
    });
    return { status: 'unreadable', problems };
  }
  const weights: { code: string; number: Decimal; at: string }[] = [];
  // entries(), not forEach: a hole in a sparse list is an entry that is no object, not skipped.
  for (const [index, entry] of (numbers as unknown[]).entries()) {
    const at = `.numbers[${index}]`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({
        code: 'unexpected-shape',
        severity: 'warning',
        message: 'A numbers entry is not an object; it was not read.',
        at,
      });
      continue;
    }
    const code = own(entry, 'weight');
    if (code === undefined || code === null) continue;
    if (typeof code !== 'string' || !KNOWN.has(code)) {
      // A code written almost right (`PercentageExact`) is named, never read as the code meant.
      const received =
        typeof code === 'string'
          ? `${quoteText(code)} is not one of the OCDS criterionWeight codes${didYouMean(suggest(code, KNOWN))}`
          : `${JSON.stringify(code) ?? typeof code} is not one of the OCDS criterionWeight codes`;
      problems.push({
        code: 'unexpected-shape',
        severity: 'warning',
        message: `The weight code ${received}; it was not read.`,
        at: `${at}.weight`,
      });
      continue;
    }
    const number = numberOf(own(entry, 'number'), `${at}.number`, problems);
    if (number !== undefined) weights.push({ code, number, at });
  }
  if (weights.length === 0) {
    return { status: problems.length > 0 ? 'unreadable' : 'none', problems };
  }
  if (weights.length > 1) {
    problems.push({
      code: 'ambiguous-weight',
      severity: 'warning',
      message: `The numbers give ${weights.length} weights (${listed(
        weights.slice(0, LISTED).map((w) => `${numberText(w.number)} ${w.code}`),
        { count: weights.length },
      )}); none was taken.`,
      at: '.numbers',
    });
    return { status: 'unreadable', problems };
  }
  const { code, number, at } = weights[0]!;
  if (code === 'order') {
    problems.push({
      code: 'order-only',
      severity: 'warning',
      message: `The numbers give only an order of importance (${numberText(number)}), not a weight.`,
      at,
    });
    return { status: 'unreadable', problems };
  }
  if (RANGES.has(code)) {
    problems.push({
      code: 'range-weight',
      severity: 'warning',
      message: `The numbers give ${numberText(number)} as the middle of a range (${code}), not an exact weight.`,
      at,
    });
    return { status: 'unreadable', problems };
  }
  if (number.isNegative()) {
    problems.push({
      code: 'weight-out-of-range',
      severity: 'warning',
      message: `The weight ${numberText(number)} (${code}) is negative; it was not read.`,
      at,
    });
    return { status: 'unreadable', problems };
  }
  const decimal = code === 'decimalExact';
  const value = decimal ? number.times(100) : number;
  const beyond = value.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT;
  const points = code === 'pointsExact';
  // Points are refused past the numeric domain too: `1e-999` points beside 100 would total 100
  // once rounded, and `1e900000000000` would be written out digit by digit in the findings.
  const above = points ? number.e >= INPUT_MAGNITUDE_LIMIT_EXPONENT : value.gt(100);
  if (points && !beyond && !above) {
    return {
      status: 'points',
      points: number,
      detail: `${exactText(number)} points at ${at}`,
      problems,
    };
  }
  if (above) {
    problems.push({
      code: 'weight-out-of-range',
      severity: 'warning',
      message: `The weight ${numberText(number)} (${code}) is ${points ? `not below 1e${INPUT_MAGNITUDE_LIMIT_EXPONENT} points` : `above ${decimal ? '1' : '100'}`}; it was not read.`,
      at,
    });
    return { status: 'unreadable', problems };
  }
  if (beyond) {
    problems.push({
      code: 'weight-out-of-range',
      severity: 'warning',
      message: `The weight ${numberText(number)} (${code}) has more than ${INPUT_DECIMAL_PLACES_LIMIT} digits after the decimal point${points ? '' : ' as percentage points'}; it was not read.`,
      at,
    });
    return { status: 'unreadable', problems };
  }
  return {
    status: 'weight',
    value,
    code: code as 'percentageExact' | 'decimalExact',
    published: number,
    detail: decimal
      ? `${at} gives ${exactText(number)} (decimalExact), ${exactText(value)} points`
      : `${at} gives ${exactText(number)} (percentageExact)`,
    problems,
  };
}
