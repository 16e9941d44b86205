import { quoteText } from './describe-value.js';
import { expectedText } from './expected-text.js';
import { fieldError } from './issue.js';
import { listed } from './listing.js';
import { isPlainRecord } from './record.js';
import { didYouMean, suggest } from './suggest.js';

/**
 * Checks that a parameter is a plain object that is not some other kind of result: `kind`, when
 * present, must be `kind`; and, when `keys` are given, at least one of them must be present (so
 * `{}` is named as the wrong thing rather than reported field by field). Throws `invalid-input`
 * at `path` naming what was expected (`a framework (from defineFramework) or its JSON form`).
 * Internal: the first step of every reader of a `define*` object or result.
 */
export function expectKind(
  value: unknown,
  kind: string,
  expected: string,
  path: readonly PropertyKey[],
  keys: readonly string[] = [],
): asserts value is Readonly<Record<string, unknown>> {
  const fits =
    isPlainRecord(value) &&
    (!Object.hasOwn(value, 'kind') || value.kind === kind) &&
    (keys.length === 0 || keys.some((key) => Object.hasOwn(value, key)));
  if (fits) return;
  // Its own kind but none of its fields: say what is missing, not only the kind it has.
  const fieldsMissing =
    isPlainRecord(value) && value.kind === kind
      ? ` without ${listed(keys.map(quoteText), { and: 'or' })}`
      : kindSlip(value, kind);
  throw fieldError(
    'invalid-input',
    `Invalid ${kind.replaceAll('-', ' ')}: 1 problem.`,
    path,
    // Left out (`undefined`), it is missing, as a required field left out is.
    expectedText(expected, value) + fieldsMissing,
  );
}

/**
 * ` (did you mean "framework"?)` for a value whose `kind` is a slip for `kind` (`'Framework'`,
 * `'evaluation_model'`), else nothing. Internal: also the policy reader's.
 */
export function kindSlip(value: unknown, kind: string): string {
  const given = isPlainRecord(value) ? value.kind : undefined;
  return typeof given === 'string' && given !== kind ? didYouMean(suggest(given, [kind])) : '';
}
