import { Decimal } from './decimal.js';
import { isPlainRecord } from './record.js';

// Characters one cannot see or tell from a space (a zero-width space, a no-break space, a
// byte-order mark, a direction or bidi override mark, a line separator, a tag or other format
// character beyond the Basic Multilingual Plane) and control characters JSON leaves as they are
// (DEL, C1 such as U+0085), but the space itself, the joiner of emoji sequences and the tags
// after a black flag (a flag such as England's, Scotland's or Wales's: the black flag, tags and
// a cancel tag).
const INVISIBLE = /(?![ \u200d])(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\p{Cc}\p{Cf}\p{Z}]/gu;

/** Each code unit of a text as a `\u` escape (`\udb40\udc01` for U+E0001). Internal. */
export function unitEscapes(text: string): string {
  return text.replace(
    /[\s\S]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * JSON of a text, with the characters one cannot see written as `\u` escapes (one per code
 * unit: a surrogate pair beyond the Basic Multilingual Plane, `\udb40\udc01` for U+E0001): one
 * line, every character shown (JSON escapes the quote, the backslash, C0 controls and lone
 * surrogates).
 */
function visibleJson(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, unitEscapes);
}

/**
 * User text (an id, a name, a tag) in double quotes for a message, JSON-style: line breaks, tabs
 * and other control characters, and characters one cannot see, written as escapes (`"A\nB"`,
 * `"\u200b12"` for a zero-width space before 12, `"\u202e"` for a right-to-left override), so
 * that a sentence stays on one line, in order, and shows what is there; accents, `£`, emoji and
 * other scripts as they are. A text of over 200 characters (a file's contents given for a code)
 * is cut to its first 60 and its length: `"xx…x"... (100000 characters)`. Internal: the one way
 * sentences quote user text ({@link describeValue} for strings).
 */
export function quoteText(text: string): string {
  // Not half of a character written with two code units (an emoji).
  return cut(text, visibleJson, /[\uD800-\uDBFF]/.test(text[59]!) ? 59 : 60);
}

/** `written` shown whole up to 200 characters, else its first `end` and its length. */
function cut(written: string, show: (part: string) => string = String, end = 60): string {
  return written.length > 200
    ? `${show(written.slice(0, end))}... (${written.length} characters)`
    : show(written);
}

/**
 * A short, quoted rendering of any input value for error messages: strings in double quotes
 * (cut as {@link quoteText} cuts them), numbers and bigints as written, decimals as plain
 * numbers (`-1200`, `1e+400`), plain objects and lists as compact JSON (cut at 60 characters,
 * however large or deep), other objects by their class (`a Set`, `a Map`, `an Offer`). Internal:
 * not exported from the package.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  // A 100,000-digit bigint or decimal is cut as a long text is: a message stays readable.
  if (typeof value === 'bigint') return cut(`${value}n`);
  if (typeof value === 'function') return 'a function';
  // undefined, null, true or false, a symbol.
  if (typeof value !== 'object' || value === null) return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  // A boxed primitive (`new String('NT1')`) is not the text or number it holds: JSON would show
  // it as that text, and "expected text, received "NT1"" would make no sense.
  if (
    value instanceof String ||
    value instanceof Number ||
    value instanceof Boolean ||
    value instanceof BigInt ||
    value instanceof Symbol
  ) {
    return `a ${value.constructor.name} object (${describeValue(value.valueOf())})`;
  }
  // A `Set`, a `Map` or a class instance, named as such: JSON would write a `Set` as `{}`.
  if (!Array.isArray(value) && !isPlainRecord(value)) {
    // A decimal as the number it is (`-1200` for a sheet's `(1,200)`), never `Decimal(-1200)`;
    // a plain object that only says it is one (its `toStringTag`) is written as the object it is.
    if (Decimal.isDecimal(value)) return cut(value.toString());
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    // A class name as code writes one (not a 100,000-character or multi-line `name`).
    return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,59}$/.test(name) && name !== 'Object'
      ? `${/^[AEIO]/i.test(name) ? 'an' : 'a'} ${name}`
      : 'an object with a prototype';
  }
  let written = 0;
  try {
    const json = JSON.stringify(value, (_key, inner: unknown) =>
      // Past the 61st value written, nothing more can be shown (each adds a character at least):
      // left out, so that a huge, deeply nested or shared value costs no more than a small one.
      inner !== undefined && ++written > 61
        ? undefined
        : // What JSON cannot write (a bigint, NaN, an infinity, -0) as it is written alone: `"5n"`,
          // `"NaN"`, never the `null` or `0` JSON would make of it.
          typeof inner === 'bigint' ||
            (typeof inner === 'number' && (!Number.isFinite(inner) || Object.is(inner, -0)))
          ? describeValue(inner)
          : Array.isArray(inner)
            ? inner.slice(0, 61)
            : inner,
    );
    if (json !== undefined) return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  } catch {
    // A value that holds itself, or a getter or `toJSON` that throws: named as what it is.
  }
  return Array.isArray(value) ? 'a list' : 'an object';
}

/**
 * How a value is named after "received" where a plain object was expected: `a list ([1,2])`,
 * `a Map`, `an Offer` (a class instance), `a Date (2020-01-01T00:00:00.000Z)`, `an object with
 * a prototype`, `an object of kind "valuation"` (another kind of result), else as
 * {@link describeValue} writes it (`null`, `"x"`, `{}`). Internal: the one wording of a wrong
 * object.
 */
export function describeReceived(value: unknown): string {
  if (Array.isArray(value)) return `a list (${describeValue(value)})`;
  if (isPlainRecord(value) && typeof value.kind === 'string') {
    return `an object of kind ${quoteText(value.kind)}`;
  }
  return value instanceof Date ? `a Date (${describeValue(value)})` : describeValue(value);
}
