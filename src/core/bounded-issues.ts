import type { SocialValueErrorCode } from './error-codes.js';
import { MAX_ISSUES, SocialValueError, type SocialValueIssue } from './errors.js';
import { countText } from './text.js';

/**
 * An error about many like problems whose headline says how many are not listed: `issues` keeps
 * the first 100 (`MAX_ISSUES`, as every error does) and `details.count` the number of problems
 * (`count`, when the caller stopped building issues past the limit). Internal.
 */
export function boundedIssuesError(
  code: SocialValueErrorCode,
  headline: string,
  issues: readonly SocialValueIssue[],
  count = issues.length,
): SocialValueError {
  const more = count - Math.min(count, MAX_ISSUES);
  return new SocialValueError({
    code,
    message: more > 0 ? `${headline} (${countText(more)} more not listed)` : headline,
    issues,
    details: { count },
  });
}
