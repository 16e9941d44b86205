import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { formatPath } from '../core/path.js';
import { contractTypes } from './vocabulary.js';

/**
 * Throws `unknown-contract-type` when `value` is a string that is not a known contract type (other
 * wrong values are left to the schema, which reports `invalid-input`). Internal.
 */
export function assertKnownContractType(
  value: unknown,
  segments: readonly (string | number)[],
): void {
  if (typeof value !== 'string' || (contractTypes as readonly string[]).includes(value)) return;
  const path = formatPath(segments);
  throw new SocialValueError({
    code: 'unknown-contract-type',
    message: `Unknown contract type ${describeValue(value)}: expected one of ${contractTypes.join(', ')}.`,
    issues: [
      {
        path,
        segments: [...segments],
        message: `expected one of ${contractTypes.join(', ')}, received ${describeValue(value)}`,
      },
    ],
    details: { known: [...contractTypes] },
  });
}
