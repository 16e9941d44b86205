import { describeValue } from './describe-value.js';
import { READ_ALIKE } from './id-as-read.js';
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
