import type * as z from 'zod/mini';
import { describeValue } from './describe-value.js';
import type { SocialValueErrorCode } from './error-codes.js';
import type { SocialValueError, SocialValueIssue } from './errors.js';
import { expectedText } from './expected-text.js';
import { issueAt, issuesError } from './issue.js';
import { lowerFirst } from './text.js';

type ZodIssue = z.core.$ZodIssue;

// zod/mini ships no messages, and classic zod (if the application loads it) sets global ones:
// the library words every built-in issue itself, so messages read the same in every area and
// in every application. Only `custom` issues carry the library's own message. The issues of the
// library's own schemas (core's objects, lists, never and strict keys) are worded here; those of
// zod's own types (enums, lengths, bounds, formats, unions, records) by `zodTypeWords`, which the
// areas that still parse with zod's types pass in (csv, charts, sql), so that no other bundle
// carries it.

/** The type words of the issues core's own schemas give. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  never: 'nothing here',
  // A required key read as anything (`anySchema`, checked later) and left out.
  nonoptional: 'a value',
};

/**
 * The wording of the issues of zod's own types, which the library's own schemas never give (see
 * `zodTypeWords` in `zod-type-words.ts`). Internal.
 */
export interface ZodTypeWords {
  /** The words of a type as zod names it (`string` → `text`), or undefined for zod's name. */
  readonly type: (expected: string) => string | undefined;
  /** The message of an issue other than a wrong type, or undefined for `not valid`. */
  readonly issue: (issue: ZodIssue) => string | undefined;
  /**
   * The issues an issue stands for and the path they are under (a union's furthest branch, a
   * bad record key, map entry or set element), or undefined when it is reported itself.
   */
  readonly inner: (
    issue: ZodIssue,
  ) => readonly [issues: readonly ZodIssue[], under: readonly PropertyKey[]] | undefined;
}

/** The wording of a zod issue whose message zod did not customise. */
function wordIssue(issue: ZodIssue, words: ZodTypeWords | undefined): string {
  if (issue.code === 'invalid_type') {
    // A wrong object named as what it is: `a list ([1])`, `an object of kind "valuation"`.
    return expectedText(
      TYPE_WORDS[issue.expected] ?? words?.type(issue.expected) ?? issue.expected,
      issue.input,
    );
  }
  return words?.issue(issue) ?? `not valid, received ${describeValue(issue.input)}`;
}

/** Flattens one zod issue into the library's issues, at `prefix` plus its own path. */
function flatten(
  issue: ZodIssue,
  prefix: readonly PropertyKey[],
  out: RawIssue[],
  words: ZodTypeWords | undefined,
): void {
  const at = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const lines = issue.message.split('\n');
    issue.keys.forEach((key, index) => {
      const line = lines.length === issue.keys.length ? lines[index]! : 'unknown key';
      out.push({ at: [...at, key], message: line, outOfRange: false });
    });
    return;
  }
  const inner = words?.inner(issue);
  if (inner !== undefined) {
    for (const each of inner[0]) flatten(each, [...at, ...inner[1]], out, words);
    return;
  }
  out.push({
    at,
    message: issue.code === 'custom' ? lowerFirst(issue.message) : wordIssue(issue, words),
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
 * `invalid-input`. Internal: every area reports bad input through this helper; `words` words the
 * issues of zod's own types, for a schema that uses them (see {@link ZodTypeWords}).
 */
export function fromZodError(
  error: { readonly issues: readonly ZodIssue[] },
  what: string,
  root: readonly PropertyKey[] = [],
  words?: ZodTypeWords,
): SocialValueError {
  const raw: RawIssue[] = [];
  for (const issue of error.issues) flatten(issue, root, raw, words);
  const issues: SocialValueIssue[] = raw.map((entry) => issueAt(entry.at, entry.message));
  const code: SocialValueErrorCode = raw.every((entry) => entry.outOfRange)
    ? 'out-of-range'
    : 'invalid-input';
  return issuesError(what, issues, code);
}

/**
 * Validates `input` with a zod schema and returns the parsed value, or throws the library's
 * {@link SocialValueError} built by {@link fromZodError} (with `words` for a schema that uses
 * zod's own types). Internal.
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  what: string,
  root: readonly PropertyKey[] = [],
  words?: ZodTypeWords,
): z.output<S> {
  const result = runSchema(schema, input);
  if (result.issues.length > 0) throw fromZodError(result, what, root, words);
  return result.value;
}

/**
 * What `schema` reads of `value`: its output, and its issues each with a path and the message its
 * schema words (the input kept). zod's `safeParse` without its error class, its check for
 * promises (no schema here is asynchronous) or its global messages (the library words every
 * other issue itself, see {@link fromZodError}), which every bundle would carry. Internal.
 */
export function runSchema<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
): { readonly value: z.output<S>; readonly issues: ZodIssue[] } {
  // A context of its own each time, as `safeParse` makes: zod may mark it (its compiled parsers
  // flag a parse that fell back to the runtime), so a shared one would carry that to the next.
  const result = schema._zod.run({ value, issues: [] }, { reportInput: true }) as {
    value: z.output<S>;
    issues: ZodIssue[];
  };
  // Worded in place: most reads have no issue, and then nothing more is made.
  if (result.issues.length > 0) result.issues = result.issues.map(wordedIssue);
  return result;
}

/** An issue as zod's `safeParse` finalises it: with a path and its schema's message. */
function wordedIssue(raw: ZodIssue): ZodIssue {
  const issue = raw as z.core.$ZodRawIssue;
  const error = issue.inst?._zod.def.error as z.core.$ZodErrorMap | undefined;
  const worded = issue.message ?? error?.(issue);
  const message = (typeof worded === 'string' ? worded : worded?.message) ?? 'Invalid input';
  return { ...issue, path: issue.path ?? [], message } as ZodIssue;
}
