import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';

const OWN = 'from its own figures';

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

/**
 * A check that ids and what they stand for agree wherever a result repeats them: `agree(at, id,
 * name, row)` notes `row[id]` and `row[name]` (a level and its name, a theme and its name);
 * `agree.done()` refuses a name other than the one its id has most often in the result (at the
 * name), one that another id has more often (at the id), and a name without its id; on a tie
 * the first pair found wins. Internal.
 */
export function idsAgree(check: ReturnType<typeof figureCheck>) {
  const seen: [readonly PropertyKey[], string, string, unknown, unknown, string][] = [];
  const votes = new Map<string, number>();
  const agree = (at: readonly PropertyKey[], id: string, name: string, row: object) => {
    const { [id]: key, [name]: value } = row as Record<string, unknown>;
    const pair = JSON.stringify([key, value]);
    seen.push([at, id, name, key, value, pair]);
    votes.set(pair, (votes.get(pair) ?? 0) + 1);
  };
  agree.done = () => {
    // Each id and name as its most frequent pair has it, the first on a tie (set last).
    const nameOf = new Map<unknown, unknown>();
    const idOf = new Map<unknown, unknown>();
    const byVotes = [...seen].reverse().sort((a, b) => votes.get(a[5])! - votes.get(b[5])!);
    for (const [, , , key, value] of byVotes) {
      nameOf.set(key, value);
      idOf.set(value, key);
    }
    for (const [at, id, name, key, value] of seen) {
      if (key === null || nameOf.get(key) !== value)
        check([...at, name], key && nameOf.get(key), value, OWN);
      else check([...at, id], idOf.get(value), key, OWN);
    }
  };
  return agree;
}
