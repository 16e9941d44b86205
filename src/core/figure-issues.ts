import { Decimal } from './decimal.js';
import { describeValue } from './describe-value.js';
import type { SocialValueIssue } from './errors.js';
import { issueAt, issuesError } from './issue.js';

/** A list or record to compare entry by entry (not a Decimal). */
function isComposite(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Decimal.isDecimal(value);
}

/** True for the same value, or Decimals that write the same JSON: the usual case, cheaply. */
function sameJson(expected: unknown, received: unknown): boolean {
  return (
    expected === received ||
    (Decimal.isDecimal(expected) &&
      Decimal.isDecimal(received) &&
      expected.toString() === received.toString())
  );
}

/** The JSON form of a value (`undefined` stays `undefined`). */
function jsonOf(value: unknown): unknown {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}

/**
 * Two texts that differ, each from shortly before their first difference when that comes late, so
 * that a long sentence cut for a message still shows where it differs: `"…£2,000 of 100"`.
 */
function fromDifference(want: string, got: string): [string, string] {
  let first = 0;
  while (want[first] === got[first]) first += 1;
  // A message shows a text's first 60 characters: enough unless the difference is past 40.
  let from = first > 40 ? first - 20 : 0;
  // Not inside a surrogate pair.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(want[from]!)) from -= 1;
  return from === 0 ? [want, got] : [`…${want.slice(from)}`, `…${got.slice(from)}`];
}

/**
 * True when two values have the same own keys in the same order, holding the same values, and
 * Decimals the same digits (so write the same JSON): the usual case, checked without building a
 * path or a text per figure (a stored valuation has millions of them). Internal.
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const [x, y] = [a as Readonly<Record<string, unknown>>, b as Readonly<Record<string, unknown>>];
  const kind: unknown = x.constructor;
  if (kind !== y.constructor) return false;
  if (Array.isArray(x)) {
    return Array.isArray(y) && x.length === y.length && x.every((value, i) => same(value, y[i]));
  }
  if (kind === Decimal) return x.s === y.s && x.e === y.e && same(x.d, y.d);
  const keys = Object.keys(x);
  const others = Object.keys(y);
  return (
    keys.length === others.length &&
    keys.every((key, i) => key === others[i] && same(x[key], y[key]))
  );
}

/**
 * Adds to `issues` each place where a stored part of a result differs, as JSON, from the same
 * part worked out again from the result's own figures: `expected "64001" (from its own
 * figures), received "1"` at `at`. Lists and records with the same keys are compared entry by
 * entry, so the issue is at the figure (`json.lines[0].value`); anything else is compared whole.
 * Internal: the snapshot readers of every area.
 */
export function figureIssues(
  issues: SocialValueIssue[],
  at: readonly PropertyKey[],
  expected: unknown,
  received: unknown,
): void {
  if (!same(expected, received)) differences(issues, at, expected, received);
}

/** {@link figureIssues} of two values that may differ. */
function differences(
  issues: SocialValueIssue[],
  at: readonly PropertyKey[],
  expected: unknown,
  received: unknown,
): void {
  if (isComposite(expected) && isComposite(received)) {
    const keys = Object.keys(expected);
    if (
      keys.length === Object.keys(received).length &&
      keys.every((key) => Object.hasOwn(received, key))
    ) {
      const list = Array.isArray(expected);
      for (const key of keys) {
        const [want, got] = [expected[key], received[key]];
        // Equal leaves, the usual case, cost no path (a stored valuation has millions of them).
        if (!sameJson(want, got)) differences(issues, [...at, list ? Number(key) : key], want, got);
      }
      return;
    }
  }
  if (sameJson(expected, received)) return;
  let [want, got] = [expected, received].map(jsonOf);
  if (JSON.stringify(want) !== JSON.stringify(got)) {
    if (typeof want === 'string' && typeof got === 'string')
      [want, got] = fromDifference(want, got);
    issues.push(
      issueAt(
        at,
        `expected ${describeValue(want)} (from its own figures), received ${describeValue(got)}`,
      ),
    );
  }
}

/**
 * `stored`, unless a figure differs, as JSON, from `again` (written from its own contents):
 * then `invalid-input` titled by `what`, an issue at each figure that differs. Internal.
 */
export function checked<T>(what: string, path: readonly PropertyKey[], again: T, stored: T): T {
  const issues: SocialValueIssue[] = [];
  figureIssues(issues, path, again, stored);
  if (issues.length > 0) throw issuesError(what, issues);
  return stored;
}
