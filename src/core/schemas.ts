import type * as z from 'zod/mini';
import { Decimal, type Numeric } from './decimal.js';
import { describeValue } from './describe-value.js';
import { expectedSchema } from './expected-schema.js';
import { expectedText } from './expected-text.js';
import { hintJsonSchema } from './json-schema-hints.js';
import { numberHint } from './number-hint.js';
import { inputDomainProblem } from './numeric-domain.js';
import { type ObjectSchemaOf, objectSchema } from './object-schema.js';
import { neverSchema, readerSchema } from './reader-schema.js';
import { didYouMean, suggest } from './suggest.js';
import { SUGGESTED } from './suggester.js';
import { type DomainProblem, isNumericProblem, readNumber } from './to-decimal.js';

/** Bounds for {@link numericSchema}; each bound is inclusive unless its `…Exclusive` flag is set. */
export interface NumericBounds {
  /** The smallest value allowed. */
  readonly min?: Numeric;
  /** The largest value allowed. */
  readonly max?: Numeric;
  /** When true, `min` itself is not allowed (e.g. a price must be above 0). */
  readonly minExclusive?: boolean;
  /** When true, `max` itself is not allowed. */
  readonly maxExclusive?: boolean;
  /** When true, only whole numbers are allowed. */
  readonly integer?: boolean;
  /**
   * The domain's check: `inputDomainProblem` (default), the input domain; `figureDomainProblem`,
   * a figure the library produced (snapshots); `statedDomainProblem`, a line value or total a
   * pledge sheet states. A function, not a name, so that a bundle keeps only the checks it uses.
   */
  readonly domain?: DomainProblem;
  /**
   * When true, the number is in percentage points (a weight): `'12%'` is refused with "did you
   * mean 12?", not 0.12. Bounds from 0 to 100 say so too.
   */
  readonly points?: boolean;
  /** Words added to the message of a number below `min`: what the caller may have meant. */
  readonly belowMin?: string;
}

/** True for the JavaScript types a {@link Numeric} can have. Internal (the JSON Schema build reads it). */
export function isNumericLike(value: unknown): value is Numeric {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    Decimal.isDecimal(value)
  );
}

/**
 * A zod schema that accepts any {@link Numeric} in the input domain and outputs the library's
 * {@link Decimal}, checking optional bounds exactly. Bad values fail with a message that quotes
 * the value and says what was expected; values outside the domain are marked out of range.
 * Internal: every area builds its schemas with it.
 */
export function numericSchema(bounds: NumericBounds = {}) {
  const min = bounds.min === undefined ? undefined : new Decimal(bounds.min.toString());
  const max = bounds.max === undefined ? undefined : new Decimal(bounds.max.toString());
  const schema = readerSchema<Decimal, Numeric>((value, issues) => {
    const fail = (message: string, outOfRange = false) => {
      issues.push({ code: 'custom', message, input: value, params: { outOfRange } });
      return undefined;
    };
    // Anything else (`true`, a list, nothing) is worded by the reading too.
    const result = readNumber(value, bounds.domain ?? inputDomainProblem);
    if (isNumericProblem(result)) {
      // Weights are percentage points (0 to 100): `'12%'` there means 12, elsewhere 0.12.
      const hint = numberHint(
        value,
        bounds.points === true || (min?.isZero() === true && max?.eq(100) === true),
      );
      return fail(result.message + hint, result.code === 'out-of-range');
    }
    const expected = (what: string, hint = '') =>
      fail(expectedText(what, value, describeValue) + hint);
    if (bounds.integer && !result.isInteger()) return expected('a whole number');
    // An exclusive bound refuses the bound itself too (`cmp` is -1, 0 or 1).
    if (min !== undefined && result.cmp(min) < (bounds.minExclusive ? 1 : 0)) {
      return expected(
        `a number ${bounds.minExclusive ? 'above' : 'at least'} ${min}`,
        bounds.belowMin,
      );
    }
    if (max !== undefined && result.cmp(max) > (bounds.maxExclusive ? -1 : 0)) {
      return expected(`a number ${bounds.maxExclusive ? 'below' : 'at most'} ${max}`);
    }
    return result;
  });
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'numeric', bounds });
  return schema;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True when `year`, `month` (1 to 12) and `day` name a day of the calendar (any year `Date`
 * holds, 0 included; `Date.UTC` alone reads years 0 to 99 as 1900 to 1999). Internal.
 */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  // The year is as set unless it is beyond what Date holds, and then the month is NaN.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `YYYY-MM-DD` of a valid calendar date in years 0001–9999, else `undefined`. Internal. */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match === null) return undefined;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    return year >= 1 && isCalendarDay(year, month, day) ? value : undefined;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const year = value.getFullYear();
    if (year < 1 || year > 9999) return undefined;
    const pad = (part: number, width = 2) => String(part).padStart(width, '0');
    return `${pad(year, 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return undefined;
}

/**
 * ` (did you mean "2026-04-01"?)` for a date written day first as the UK writes it
 * (`01/04/2026`, `1.4.2026`) or year first with other separators (`2026/4/1`), else `''`.
 */
function dateHint(value: unknown): string {
  const text = String(value);
  const ymd = /^(\d{4})[-/.](\d\d?)[-/.](\d\d?)$/.exec(text);
  const dmy = /^(\d\d?)[/.](\d\d?)[/.](\d{4})$/.exec(text);
  const [year, month, day] = ymd ? ymd.slice(1) : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  const meant = isoDateOf(`${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`);
  return meant ? ` (did you mean "${meant}"?)` : '';
}

/**
 * A zod schema for an ISO calendar date: accepts `'2026-01-01'` or a valid `Date` (years 0001 to
 * 9999) and outputs the `YYYY-MM-DD` string. Dates carry no time zone in this library: a `Date`
 * is read by its local calendar day. Internal.
 */
// Each call is marked pure: bundlers do not see zod's own no-side-effects marks through its
// re-exports, and would keep this schema in every bundle that imports this module.
export const isoDateSchema = /* @__PURE__ */ readerSchema<string, string | Date>(
  (value, issues) => {
    const date = isoDateOf(value);
    if (date !== undefined) return date;
    const message =
      typeof value !== 'string' && !(value instanceof Date)
        ? expectedText('a date (YYYY-MM-DD or a Date)', value, describeValue)
        : expectedText(
            'a calendar date written YYYY-MM-DD (years 0001 to 9999)',
            value,
            describeValue,
          ) + dateHint(value);
    issues.push({ code: 'custom', message, input: value });
  },
);

/**
 * How a key of an earlier version is answered: its new name (`'contractType'`, worded
 * `renamed in 0.2: did you mean "contractType"?`), or a function of the object received that
 * words the hint itself (a unit change: `weightings are percentage points since 0.2: …`).
 */
export type RenamedKey = string | ((input: Readonly<Record<string, unknown>>) => string);

/**
 * A strict zod object: any key not in `shape` is an issue at its own path, with a "did you mean"
 * when a known key is close (`attributon` → `attributionShare`), or the one required key missing
 * when the one unknown key's value fits it and fits no close key (`contract: "A"` → `id`).
 * `renamed` maps keys of an earlier version to their new names (or to a function wording the
 * hint), so that an old key (or a slip of one) names the new key: `unknown key (renamed in 0.2:
 * did you mean "x"?)`.
 * Only a plain object is read: anything else is one issue, `expected an object (keys id, price),
 * received a Map` (`expected` words the object instead: `a delivery (an object)`). Internal: every input object of the
 * library is built with it.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  renamed: Readonly<Record<string, RenamedKey>> = {},
  expected?: string,
) {
  const known = Object.keys(shape);
  return objectSchema({
    type: 'object',
    shape,
    catchall: neverSchema,
    error: (issue: z.core.$ZodRawIssue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const input = issue.input as Readonly<Record<string, unknown>>;
      // One unknown key beside one missing required key: the missing key is the likely meaning
      // (`paidOn` for `date`), however far apart they are written, unless a close key is (see
      // unknownKey).
      const missing = known.filter(
        (key) => !(key in input) && shape[key]!._zod.optin === undefined,
      );
      return issue.keys
        .map((key, index) =>
          unknownKey(
            key,
            // Closeness for the first keys only: thousands of them stay quick.
            index < SUGGESTED ? known : [],
            renamed,
            input,
            issue.keys.length === 1 && missing.length === 1 ? missing[0] : undefined,
            shape,
          ),
        )
        .join('\n');
    },
    ...(expected === undefined ? {} : { expected }),
  }) as unknown as ObjectSchemaOf<Shape, z.core.$strict>;
}

/** `unknown key (did you mean "x"?)`, or how an old key is now named. */
function unknownKey(
  key: string,
  known: readonly string[],
  renamed: Readonly<Record<string, RenamedKey>>,
  input: Readonly<Record<string, unknown>>,
  missing: string | undefined,
  shape: z.core.$ZodLooseShape,
) {
  const hint = Object.hasOwn(renamed, key) ? renamed[key] : undefined;
  if (typeof hint === 'function') return `unknown key (${hint(input)})`;
  if (typeof hint === 'string') {
    return `unknown key (renamed in 0.2: did you mean ${JSON.stringify(hint)}?)`;
  }
  // A slip of an old key names the new key; an old key whose hint is worded by a function is
  // not offered (its new name depends on the value).
  const names = suggest(key, [...known, ...Object.keys(renamed)]).flatMap((name) => {
    if (!Object.hasOwn(renamed, name)) return [name];
    const to = renamed[name];
    return typeof to === 'string' ? [to] : [];
  });
  const close = [...new Set(names)];
  // Whether the unknown key's value is one the key `name` takes.
  const fits = (name: string) =>
    !shape[name]?._zod.run({ value: input[key], issues: [] }, {}).issues.length;
  // The one missing key when it takes the value and no close key does (`contract: "A"` is the
  // id, not a `contractValue`; `paidOn: "2025-05-01"` the date, however differently written).
  return `unknown key${didYouMean(missing && fits(missing) && !close.some(fits) ? [missing] : close)}`;
}

/**
 * Any text: what `z.string()` accepts, with the issues the library words for it, in less code
 * than zod's own. The JSON Schema build writes it as zod would. Internal.
 */
export const textSchema = /* @__PURE__ */ expectedSchema<string>(
  (value) => typeof value === 'string',
  () => 'text',
);
/* @__PURE__ */ hintJsonSchema(textSchema, { kind: 'json', json: { type: 'string' } });

/**
 * A character one can see: not a space, a control or a format character of the Basic
 * Multilingual Plane (a zero-width space, a direction mark), as a JSON Schema `pattern` that
 * validators in other languages read alike: the characters are written as themselves, not as
 * regular-expression escapes, since Python's `re` has no `\p{Cf}` and not every engine reads
 * `\u` escapes (the byte order mark too, which Python's `\s` does not cover). The library checks
 * with the same pattern, and refuses the format characters beyond the plane too. Internal.
 */
export const VISIBLE =
  '[^\\s\0-\x08\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]';
/**
 * {@link VISIBLE} and not a format character beyond the Basic Multilingual Plane either (Kaithi
 * number signs, Egyptian hieroglyph and shorthand format controls, musical symbol format
 * characters U+1D173–1D17A, tag characters U+E0001 and U+E0020–E007F): the library's own check.
 * The JSON Schema pattern leaves these out, since validators that read UTF-16 code units (.NET)
 * cannot read a range of them alike (docs/storage.md).
 */
const visible = /* @__PURE__ */ new RegExp(
  `${VISIBLE.slice(0, -1)}\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}]`,
  'u',
);

/** True when `text` has a character one can see (not only spaces or zero-width ones). Internal. */
export const hasVisible = (text: string): boolean => visible.test(text);

/** What text with a character one can see is called for `input`, which is not. Internal. */
export const visibleText = (input: unknown) =>
  typeof input !== 'string'
    ? 'text'
    : input
      ? 'text with a character one can see'
      : 'non-empty text';

/**
 * Text with a character one can see (an id, a code, a name, a column header): not `''`, nor
 * only spaces or zero-width characters (`expected text with a character one can see, received
 * "\u200b"`); one issue for anything else (a list too, where zod's `z.minLength(1)` check on
 * `z.string()` adds `expected at least 1 entry`). Kept as given, not trimmed. Internal.
 */
export const idSchema = /* @__PURE__ */ expectedSchema<string>(
  (value) => typeof value === 'string' && hasVisible(value),
  visibleText,
);
/* @__PURE__ */ hintJsonSchema(idSchema, {
  kind: 'json',
  json: { type: 'string', minLength: 1, pattern: VISIBLE },
});

/**
 * Text with a character one can see, output trimmed: what `z.string()` with `z.trim()` and
 * `z.minLength(1)` accepts, with the same issues (`expected non-empty text, received ""` for
 * blank text), and zero-width text refused too, in less code than zod's own. The JSON Schema
 * build writes it as zod would (with the pattern that refuses blank text). Internal.
 */
function trimmedText() {
  const schema = readerSchema<string, string>((value, issues) => {
    const input = typeof value === 'string' ? value.trim() : value;
    if (typeof input === 'string' && hasVisible(input)) return input;
    issues.push({
      code: 'custom',
      message: expectedText(visibleText(input), input, describeValue),
      input,
    });
  });
  /* @__PURE__ */ hintJsonSchema(schema, {
    kind: 'json',
    json: { type: 'string', minLength: 1, pattern: VISIBLE },
  });
  return schema;
}

/** Text with a character one can see, trimmed. Internal. */
export const trimmedTextSchema = /* @__PURE__ */ trimmedText();
