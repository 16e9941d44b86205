import type { z } from 'zod';
import { describeValue } from './describe-value.js';
import { SocialValueError, type SocialValueIssue } from './errors.js';
import { formatPath, pathSegments } from './path.js';

/**
 * Turns a failed zod parse into the library's {@link SocialValueError} with code
 * `invalid-input`: one issue per zod issue, each with its path (prefixed by `root`) and a
 * message naming the value received when zod reported it.
 *
 * Every area reports bad input through this one helper (usually via {@link parseInput}), so
 * errors read the same everywhere.
 *
 * @param error - The zod error.
 * @param what - What was being read, for the headline (`'pledges'`, `'evaluation model'`).
 * @param root - Path segments to put in front of every issue path.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { fromZodError } from 'social-value';
 *
 * const result = z.object({ quantity: z.number() }).safeParse({ quantity: 'ten' });
 * if (!result.success) {
 *   const error = fromZodError(result.error, 'pledge', ['pledges', 3]);
 *   error.issues[0]?.path; // => 'pledges[3].quantity'
 * }
 * ```
 */
export function fromZodError(
  error: z.core.$ZodError,
  what: string,
  root: readonly PropertyKey[] = [],
): SocialValueError {
  const issues: SocialValueIssue[] = error.issues.map((issue) => {
    const segments = [...root, ...issue.path];
    const received =
      'input' in issue && issue.input !== undefined && !issue.message.includes('received')
        ? `, received ${describeValue(issue.input)}`
        : '';
    return {
      path: formatPath(segments),
      segments: pathSegments(segments),
      message: `${lowerFirst(issue.message)}${received}`,
    };
  });
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new SocialValueError({
    code: 'invalid-input',
    message: `Invalid ${what}: ${count}.`,
    issues,
  });
}

function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/**
 * Validates `input` with a zod schema and returns the parsed value, or throws the library's
 * {@link SocialValueError} (`invalid-input`, with paths) built by {@link fromZodError}.
 *
 * @param schema - The area's zod schema.
 * @param input - The untrusted input.
 * @param what - What is being read, for the message (`'pledges'`).
 * @param root - Path segments to put in front of every issue path.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { parseInput } from 'social-value';
 *
 * parseInput(z.object({ code: z.string() }), { code: 'NT1' }, 'measure').code; // => 'NT1'
 * ```
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  root: readonly PropertyKey[] = [],
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw fromZodError(result.error, what, root);
  return result.data;
}
