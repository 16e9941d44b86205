import { describeValue } from './describe-value.js';
import { plural } from './text.js';

/** The figures of zod's `too_small` and `too_big` issues that their wording reads. Internal. */
export interface SizeIssue {
  /** Below the minimum, or above the maximum. */
  readonly code: 'too_small' | 'too_big';
  /** What was measured: `'string'`, `'array'`, `'set'`, or a number's type. */
  readonly origin: string;
  /** The least length, size or number allowed (`too_small`). */
  readonly minimum?: unknown;
  /** The greatest length, size or number allowed (`too_big`). */
  readonly maximum?: unknown;
  /** False when the bound itself is not allowed (`above 0`, `below 5`). */
  readonly inclusive?: boolean | undefined;
  /** True when the length must be exactly the bound (zod's `z.length`). */
  readonly exact?: boolean | undefined;
  /** The value received. */
  readonly input?: unknown;
}

/**
 * The message of a size or bound issue: `expected at least 2 entries, received ["a"]`,
 * `expected non-empty text, received ""`, `expected a number above 0, received 0`. Internal:
 * `minLength` words its issue with it, and so do zod's length and bound checks (`zodTypeWords`).
 */
export function sizeWords(issue: SizeIssue): string {
  const received = `, received ${describeValue(issue.input)}`;
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  // zod's `z.length(n)` gives `exact`: "too long" would read as a maximum.
  const count = issue.exact === true ? 'exactly' : small ? 'at least' : 'at most';
  if (issue.origin === 'string') {
    return small && bound === 1 && issue.exact !== true
      ? `expected non-empty text${received}`
      : `expected text of ${count} ${plural(Number(bound), 'character')}${received}`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `expected ${count} ${plural(Number(bound), 'entry', 'entries')}${received}`;
  }
  const relation = small
    ? issue.inclusive === false
      ? 'above'
      : 'at least'
    : issue.inclusive === false
      ? 'below'
      : 'at most';
  return `expected a number ${relation} ${String(bound)}${received}`;
}
