import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import type { MaturityModelRef } from './types.js';

/** An edition in words: `edition "2016"`, or `no edition`. */
function editionText(version: string | undefined): string {
  return version === undefined ? 'no edition' : `edition ${describeValue(version)}`;
}

/**
 * Throws `model-mismatch` at `path` (a result's `model`) when `received` is not the model
 * `expected`: another id, or the same id in another edition (`version`), whose levels and
 * criteria may differ. `headline` is the error's message when the ids differ; `fix` ends the
 * issue's message. Internal: one rule for `planActions` and `compareAssessments`.
 */
export function checkSameModel(
  expected: MaturityModelRef,
  received: MaturityModelRef,
  path: readonly PropertyKey[],
  headline: string,
  fix: string,
): void {
  if (received.id !== expected.id) {
    throw fieldError(
      'model-mismatch',
      headline,
      [...path, 'id'],
      `expected an assessment against ${describeValue(expected.id)}, received one against ${describeValue(received.id)}${fix}`,
      { expected: expected.id, received: received.id },
    );
  }
  if (received.version !== expected.version) {
    throw fieldError(
      'model-mismatch',
      `The assessment is of another edition of ${expected.name}.`,
      [...path, 'version'],
      `expected an assessment against ${editionText(expected.version)} of ${describeValue(expected.id)}, received one against ${editionText(received.version)}${fix}`,
      { expected: expected.version ?? null, received: received.version ?? null },
    );
  }
}
