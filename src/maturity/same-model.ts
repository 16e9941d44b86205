import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import type { MaturityModelRef } from './types.js';

/** A model and its edition in words: `"svmi-public-sector" edition "2016"`. */
const named = (ref: MaturityModelRef) =>
  `${describeValue(ref.id)} ${ref.version === undefined ? '(no edition)' : `edition ${describeValue(ref.version)}`}`;

/**
 * Throws `model-mismatch` at `path` (a result's `model`, then `id` or `version`) when `received`
 * is not the model `expected`: another id, or the same id in another edition, whose levels and
 * criteria may differ. `fix` ends the message. Internal: one rule for `planActions` and
 * `compareAssessments`.
 */
export function checkSameModel(
  expected: MaturityModelRef,
  received: MaturityModelRef,
  path: readonly PropertyKey[],
  headline: string,
  fix: string,
): void {
  const key =
    received.id !== expected.id ? 'id' : received.version !== expected.version ? 'version' : null;
  if (key === null) return;
  throw fieldError(
    'model-mismatch',
    headline,
    [...path, key],
    `expected an assessment against ${named(expected)}, received one against ${named(received)}${fix}`,
    { expected: expected[key] ?? null, received: received[key] ?? null },
  );
}
