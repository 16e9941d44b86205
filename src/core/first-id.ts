import { describeValue } from './describe-value.js';
import { formatPath } from './path.js';

/**
 * Where the first of two ids the library reads as one (their text without surrounding spaces)
 * is: `(policy.rules[0].id)`, or `(policy.rules[0].id is "a": surrounding spaces do not count)`
 * when the two are written differently. Internal: the duplicate-id messages of every area.
 */
export function firstIdAt(id: string, first: string, path: readonly PropertyKey[]): string {
  const where = formatPath(path);
  return first === id
    ? `(${where})`
    : `(${where} is ${describeValue(first)}: surrounding spaces do not count)`;
}
