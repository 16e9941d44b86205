import { expectKind } from '../core/expect-kind.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { didYouMean, suggest } from '../core/suggest.js';

/**
 * `expectKind` for an object monitoring reads by its one identifying key (a valuation's `lines`,
 * a framework's `measures`, a benchmark table's `valueTypes`): a key of it misspelt for that one
 * (`lnies`) is refused at its own path with the key meant, as a strict object names any unknown
 * key, not as the wrong thing altogether. Internal.
 */
export function expectReader(
  value: unknown,
  kind: string,
  expected: string,
  path: readonly PropertyKey[],
  key: string,
): asserts value is Readonly<Record<string, unknown>> {
  if (
    isPlainRecord(value) &&
    !Object.hasOwn(value, key) &&
    (!Object.hasOwn(value, 'kind') || value.kind === kind)
  ) {
    for (const slip of Object.keys(value)) {
      const meant = suggest(slip, [key]);
      if (meant.length > 0) {
        throw fieldError(
          'invalid-input',
          `Invalid ${kind.replaceAll('-', ' ')}: 1 problem.`,
          [...path, slip],
          `unknown key${didYouMean(meant)}`,
        );
      }
    }
  }
  expectKind(value, kind, expected, path, [key]);
}
