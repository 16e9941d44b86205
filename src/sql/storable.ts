import { quoteText } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { formatPath } from '../core/path.js';

// PostgreSQL's INTEGER: every whole-number column of the reference schema.
const INTEGER_MIN = -2_147_483_648;
const INTEGER_MAX = 2_147_483_647;

// A NUL anywhere; a high surrogate without its low one, or a low one without its high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL is what is looked for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why PostgreSQL cannot store a text, or `undefined` when it can: TEXT and JSONB hold no NUL
 * (U+0000), JSONB refuses a lone surrogate, and node-postgres would send one in TEXT as U+FFFD,
 * a different text. Internal.
 */
export function unstorableText(text: string): string | undefined {
  const found = UNSTORABLE.exec(text);
  if (found === null) return undefined;
  return found[0] === '\u0000'
    ? 'the NUL character (U+0000), which PostgreSQL cannot store in TEXT or JSONB'
    : `a lone surrogate (U+${found[0].charCodeAt(0).toString(16).toUpperCase()}), half of a character, which PostgreSQL cannot store`;
}

/** A text found unstorable inside a JSONB value, before its cell is known. Internal. */
export class UnstorableJson extends Error {
  /** Builds it from the reason and the text. */
  constructor(
    readonly reason: string,
    readonly text: string,
  ) {
    super(reason);
  }
}

/**
 * Refuses a cell PostgreSQL cannot store in its column: a text with a NUL or a lone surrogate
 * (`invalid-input`), a whole number outside INTEGER or a date in year 0000 (`out-of-range`). The path is the cell's
 * place in the rows (`tables.framework_measures.rows[3].title`). Internal.
 */
export function refuseCell(
  table: string,
  index: number,
  column: string,
  problem:
    | { readonly kind: 'text'; readonly reason: string; readonly text: string }
    | { readonly kind: 'integer'; readonly value: number }
    | { readonly kind: 'date'; readonly date: string },
): never {
  const segments = ['tables', table, 'rows', index, column];
  const message =
    problem.kind === 'text'
      ? `holds ${problem.reason}: remove or replace it before storing; received ${unstorableExcerpt(problem.text)}`
      : problem.kind === 'date'
        ? `expected a date PostgreSQL's DATE holds as YYYY-MM-DD (from year 0001), received ${quoteText(problem.date)}`
        : `expected a whole number PostgreSQL's INTEGER holds (${INTEGER_MIN} to ${INTEGER_MAX}), received ${problem.value}`;
  throw new SocialValueError({
    code: problem.kind === 'text' ? 'invalid-input' : 'out-of-range',
    message: `Cannot store the ${table} row in PostgreSQL: 1 problem.`,
    issues: [{ path: formatPath(segments), segments, message }],
  });
}

/**
 * The columns of the reference schema that are `DATE`, by name (test/sql checks the list
 * against the schema). Internal.
 */
export const DATE_COLUMNS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'as_of',
  'period_start',
  'period_end',
  'start_date',
  'end_date',
  'follow_up_on',
]);

/**
 * True for a date PostgreSQL's `DATE` reads as written: from year 0001 (a financial year ending
 * in year 10000, `'10000-03-31'`, is stored as it is). A financial year starting before
 * 1 January 0001 (a report dated early in year 1) starts in year 0000, which PostgreSQL has no
 * `YYYY-MM-DD` form of. Internal.
 */
export function storableDate(date: string): boolean {
  return !date.startsWith('0000-');
}

/** True when a whole number fits PostgreSQL's INTEGER. Internal. */
export function fitsInteger(value: number): boolean {
  return value >= INTEGER_MIN && value <= INTEGER_MAX;
}

/**
 * A text PostgreSQL cannot store, JSON-quoted for a message: whole when short, else the 60 code
 * units about the first character it cannot store (a pair never cut in half) and where they
 * are, so that the message shows the character and holds none itself. Internal.
 */
export function unstorableExcerpt(text: string): string {
  if (text.length <= 80) return JSON.stringify(text);
  const at = UNSTORABLE.exec(text)?.index ?? 0;
  let start = Math.max(0, at - 30);
  let end = Math.min(text.length, at + 30);
  const high = (index: number) => /[\ud800-\udbff]/.test(text[index] ?? '');
  const low = (index: number) => /[\udc00-\udfff]/.test(text[index] ?? '');
  if (low(start) && high(start - 1)) start -= 1;
  if (high(end - 1) && low(end)) end += 1;
  const where = `characters ${start + 1} to ${end} of ${text.length}`;
  return `${JSON.stringify(text.slice(start, end))} (${where})`;
}
