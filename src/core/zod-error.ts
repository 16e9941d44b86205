import type * as z from 'zod/mini';
import { describeValue } from './describe-value.js';
import type { SocialValueErrorCode } from './error-codes.js';
import type { SocialValueError, SocialValueIssue } from './errors.js';
import { issueAt, issuesError } from './issue.js';
import { didYouMean, suggest } from './suggest.js';
import { lowerFirst, plural } from './text.js';

type ZodIssue = z.core.$ZodIssue;

// zod/mini ships no messages, and classic zod (if the application loads it) sets global ones:
// the library words every built-in issue itself, so messages read the same in every area and
// in every application. Only `custom` issues carry the library's own message.

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  bigint: 'a bigint',
  date: 'a date',
  array: 'a list',
  tuple: 'a list',
  object: 'an object',
  record: 'an object',
  map: 'a Map',
  set: 'a Set',
  null: 'null',
  undefined: 'nothing',
  never: 'nothing here',
  // A required key read as anything (`anySchema`, checked later) and left out.
  nonoptional: 'a value',
};

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  date: 'a calendar date written YYYY-MM-DD',
  datetime: 'a date and time in ISO 8601',
  email: 'an email address',
  url: 'a URL',
};

function quoteAll(values: readonly unknown[]): string {
  const quoted = values.map((value) => describeValue(value));
  return quoted.length <= 1 ? (quoted[0] ?? 'nothing') : `one of ${quoted.join(', ')}`;
}

/** The wording of a zod issue whose message zod did not customise. */
function wordIssue(issue: ZodIssue): string {
  const received = `, received ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing: expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`
        : `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}${received}`;
    case 'invalid_value': {
      const hint =
        typeof issue.input === 'string'
          ? didYouMean(
              suggest(
                issue.input,
                issue.values.filter((v) => typeof v === 'string'),
              ),
            )
          : '';
      return issue.input === undefined
        ? `missing: expected ${quoteAll(issue.values)}`
        : `expected ${quoteAll(issue.values)}${received}${hint}`;
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      // zod's `z.length(n)` gives `exact`: "too long" would read as a maximum.
      const count = issue.exact === true ? 'exactly' : small ? 'at least' : 'at most';
      if (issue.origin === 'string') {
        return small && bound === 1 && issue.exact !== true
          ? `expected non-empty text${received}`
          : `expected text of ${count} ${plural(Number(bound), 'character')}${received}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `expected ${count} ${plural(Number(bound), 'entry', 'entries')}${received}`;
      }
      const relation = small
        ? issue.inclusive === false
          ? 'above'
          : 'at least'
        : issue.inclusive === false
          ? 'below'
          : 'at most';
      return `expected a number ${relation} ${String(bound)}${received}`;
    }
    case 'invalid_format':
      return `expected ${FORMAT_WORDS[issue.format] ?? `text in the ${issue.format} format`}${received}`;
    case 'invalid_union':
      // The library's unions pick their form by the value (see `oneOf`), and word their issues.
      return `expected one of the accepted forms${received}`;
    default:
      return `not valid${received}`;
  }
}

/** Flattens one zod issue into the library's issues, at `prefix` plus its own path. */
function flatten(issue: ZodIssue, prefix: readonly PropertyKey[], out: RawIssue[]): void {
  const at = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const lines = issue.message.split('\n');
    issue.keys.forEach((key, index) => {
      const line = lines.length === issue.keys.length ? lines[index]! : 'unknown key';
      out.push({ at: [...at, key], message: line, outOfRange: false });
    });
    return;
  }
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest (deepest first issue), when one went past the root.
    const deepest = issue.errors
      .map((branch) => ({ branch, depth: Math.min(...branch.map((inner) => inner.path.length)) }))
      .sort((a, b) => b.depth - a.depth)[0]!;
    if (deepest.depth > 0) {
      for (const inner of deepest.branch) flatten(inner, at, out);
      return;
    }
  }
  if (
    (issue.code === 'invalid_key' || issue.code === 'invalid_element') &&
    issue.issues.length > 0
  ) {
    const key = issue.code === 'invalid_element' ? [issue.key as PropertyKey] : [];
    for (const inner of issue.issues) flatten(inner, [...at, ...key], out);
    return;
  }
  out.push({
    at,
    message: issue.code === 'custom' ? lowerFirst(issue.message) : wordIssue(issue),
    outOfRange: issue.code === 'custom' && issue.params?.outOfRange === true,
  });
}

interface RawIssue {
  readonly at: readonly PropertyKey[];
  readonly message: string;
  readonly outOfRange: boolean;
}

/**
 * Turns a failed zod parse into the library's {@link SocialValueError}: one issue per problem,
 * each with its path (prefixed by `root`, the parameter's name) and a message naming the value
 * received. The code is `out-of-range` when every problem is a number outside the domain, else
 * `invalid-input`. Internal: every area reports bad input through this helper.
 */
export function fromZodError(
  error: { readonly issues: readonly ZodIssue[] },
  what: string,
  root: readonly PropertyKey[] = [],
): SocialValueError {
  const raw: RawIssue[] = [];
  for (const issue of error.issues) flatten(issue, root, raw);
  const issues: SocialValueIssue[] = raw.map((entry) => issueAt(entry.at, entry.message));
  const code: SocialValueErrorCode = raw.every((entry) => entry.outOfRange)
    ? 'out-of-range'
    : 'invalid-input';
  return issuesError(what, issues, code);
}

/**
 * Validates `input` with a zod schema and returns the parsed value, or throws the library's
 * {@link SocialValueError} built by {@link fromZodError}. Internal.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  what: string,
  root: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw fromZodError(result.error, what, root);
  return result.data;
}
