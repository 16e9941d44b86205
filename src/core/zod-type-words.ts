import type * as z from 'zod/mini';
import { describeValue } from './describe-value.js';
import { sizeWords } from './size-words.js';
import { didYouMean, suggest } from './suggest.js';
import type { ZodTypeWords } from './zod-error.js';

type ZodIssue = z.core.$ZodIssue;

// The words of the types zod names that core's own schemas never give.
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  bigint: 'a bigint',
  date: 'a date',
  tuple: 'a list',
  record: 'an object',
  map: 'a Map',
  set: 'a Set',
  null: 'null',
  undefined: 'nothing',
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

function wordIssue(issue: ZodIssue): string | undefined {
  const received = `, received ${describeValue(issue.input)}`;
  switch (issue.code) {
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
    case 'too_big':
      return sizeWords(issue);
    case 'invalid_format':
      return `expected ${FORMAT_WORDS[issue.format] ?? `text in the ${issue.format} format`}${received}`;
    case 'invalid_union':
      // The library's unions pick their form by the value (see `oneOf`), and word their issues.
      return `expected one of the accepted forms${received}`;
    default:
      return undefined;
  }
}

function innerIssues(
  issue: ZodIssue,
): readonly [readonly ZodIssue[], readonly PropertyKey[]] | undefined {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest (deepest first issue), when one went past the root.
    const deepest = issue.errors
      .map((branch) => ({ branch, depth: Math.min(...branch.map((inner) => inner.path.length)) }))
      .sort((a, b) => b.depth - a.depth)[0]!;
    if (deepest.depth > 0) return [deepest.branch, []];
  }
  if (
    (issue.code === 'invalid_key' || issue.code === 'invalid_element') &&
    issue.issues.length > 0
  ) {
    return [issue.issues, issue.code === 'invalid_element' ? [issue.key as PropertyKey] : []];
  }
  return undefined;
}

/**
 * The wording of the issues of zod's own types (`z.string`, `z.enum`, `z.length`, `z.gte`, …):
 * `expected one of "exact", "gbp", received "gpb" (did you mean "gbp"?)`, `expected text of
 * exactly 1 character, received ","`. The library's own schemas give none of these issues, so
 * only a parse of a schema that uses zod's types passes it to `parseInput` (the csv, charts and
 * sql options): every other bundle leaves it out. Internal.
 */
export const zodTypeWords: ZodTypeWords = {
  type: (expected) => TYPE_WORDS[expected],
  issue: wordIssue,
  inner: innerIssues,
};
