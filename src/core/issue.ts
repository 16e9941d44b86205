import type { SocialValueErrorCode } from './error-codes.js';
import { SocialValueError, type SocialValueErrorDetails, type SocialValueIssue } from './errors.js';
import { formatPath, pathSegments } from './path.js';
import { plural } from './text.js';

/** One issue at a path of keys and indexes. Internal: the one way every area builds an issue. */
export function issueAt(segments: readonly PropertyKey[], message: string): SocialValueIssue {
  return { path: formatPath(segments), segments: pathSegments(segments), message };
}

/**
 * An error about the issues found in one input, headed `Invalid ${what}: 3 problems.` (code
 * `invalid-input` unless given; another headline than `Invalid ${what}` when given, as
 * `Marks outside their scale: 2 problems.`). Internal: the one headline of a list of issues.
 */
export function issuesError(
  what: string,
  issues: readonly SocialValueIssue[],
  code: SocialValueErrorCode = 'invalid-input',
  headline = `Invalid ${what}`,
): SocialValueError {
  return new SocialValueError({
    code,
    message: `${headline}: ${plural(issues.length, 'problem')}.`,
    issues,
  });
}

/**
 * An error about one field found after schema validation (a cross-field or domain check): the
 * code, a headline, the path and what is wrong there. Internal.
 */
export function fieldError(
  code: SocialValueErrorCode,
  headline: string,
  segments: readonly PropertyKey[],
  message: string,
  details: SocialValueErrorDetails = {},
): SocialValueError {
  return new SocialValueError({
    code,
    message: headline,
    issues: [issueAt(segments, message)],
    details,
  });
}

/** The error of a snapshot with one problem: `message` at `segments`. Internal. */
export function snapshotError(segments: readonly PropertyKey[], message: string): SocialValueError {
  return fieldError('invalid-input', 'Invalid snapshot: 1 problem.', segments, message);
}
