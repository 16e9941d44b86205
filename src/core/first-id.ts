import { describeValue } from './describe-value.js';
import type { SocialValueIssue } from './errors.js';
import { idAsRead, READ_ALIKE } from './id-as-read.js';
import { issueAt } from './issue.js';
import { formatPath } from './path.js';

/**
 * Where the first of two ids the library reads as one is: `(policy.rules[0].id)`, or, when the
 * two are written differently, `(policy.rules[0].id is "a": surrounding spaces do not count)` or
 * `(… is "a" but for case, spaces, invisible characters or Unicode form)` (ids read as
 * `idAsRead` reads them). Internal: the duplicate-id messages of every area.
 */
export function firstIdAt(id: string, first: string, path: readonly PropertyKey[]): string {
  const where = formatPath(path);
  if (first === id) return `(${where})`;
  return first.trim() === id.trim()
    ? `(${where} is ${describeValue(first)}: surrounding spaces do not count)`
    : `(${where} is ${describeValue(first)} ${READ_ALIKE})`;
}

/**
 * A check of ids that must each be their own: `repeat(id, at)` is `undefined` for an id not met
 * before (as `idAsRead` reads it), else the issue at `at`: `expected a unique ${what}, "a" is
 * used twice (…)`, naming where the first is (`firstIdAt`). Internal: criteria and bids.
 */
export function repeatCheck(
  what: string,
): (id: string, at: readonly PropertyKey[]) => SocialValueIssue | undefined {
  const firsts = new Map<string, { id: string; at: readonly PropertyKey[] }>();
  return (id, at) => {
    const key = idAsRead(id);
    const first = firsts.get(key);
    if (first === undefined) {
      firsts.set(key, { id, at });
      return undefined;
    }
    return issueAt(
      at,
      `expected a unique ${what}, ${describeValue(id)} is used twice ${firstIdAt(id, first.id, first.at)}`,
    );
  };
}
