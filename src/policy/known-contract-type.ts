import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { contractTypes } from './vocabulary.js';

/**
 * Throws `unknown-contract-type` when `value` is a string that is not a known contract type (other
 * wrong values are left to the schema, which reports `invalid-input`). Internal.
 */
export function assertKnownContractType(value: unknown, path: readonly PropertyKey[]): void {
  if (typeof value !== 'string' || (contractTypes as readonly string[]).includes(value)) return;
  const expected = `expected one of ${contractTypes.join(', ')}, received ${describeValue(value)}`;
  const hint = didYouMean(suggest(value, contractTypes));
  throw fieldError(
    'unknown-contract-type',
    `Unknown contract type ${describeValue(value)}${hint}.`,
    path,
    `${expected}${hint}`,
    { known: [...contractTypes] },
  );
}
