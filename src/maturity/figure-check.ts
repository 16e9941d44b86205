import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';

/**
 * A check of stored figures against those worked out again: `check(at, expected, received, why)`
 * adds `expected 8 (why), received 99` at `path` + `at` to `issues` when the two differ (as
 * JSON). Internal: the one wording of the snapshot readers' consistency checks.
 */
export function figureCheck(issues: SocialValueIssue[], path: readonly PropertyKey[]) {
  return (at: readonly PropertyKey[], expected: unknown, received: unknown, why: string) => {
    if (JSON.stringify(expected) !== JSON.stringify(received)) {
      issues.push(
        issueAt(
          [...path, ...at],
          `expected ${describeValue(expected)} (${why}), received ${describeValue(received)}`,
        ),
      );
    }
  };
}
