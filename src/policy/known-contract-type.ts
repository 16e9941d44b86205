import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { type ContractType, contractTypes } from './vocabulary.js';

/** Words people use for a contract type that are not its name: PCR 2015's goods are supplies. */
const SAME_AS: Readonly<Record<string, ContractType>> = {
  goods: 'supplies',
  supply: 'supplies',
  construction: 'works',
};

/** The contract types `value` may mean: the one it is another word for, or the close names. */
function meant(value: string): readonly string[] {
  const word = value.trim().toLowerCase();
  return Object.hasOwn(SAME_AS, word) ? [SAME_AS[word]!] : suggest(value, contractTypes);
}

/**
 * Throws `unknown-contract-type` when `value` is a string that is not a known contract type (other
 * wrong values are left to the schema, which reports `invalid-input`). Internal.
 */
export function assertKnownContractType(value: unknown, path: readonly PropertyKey[]): void {
  if (typeof value !== 'string' || (contractTypes as readonly string[]).includes(value)) return;
  const expected = `expected one of ${contractTypes.map((type) => describeValue(type)).join(', ')}, received ${describeValue(value)}`;
  const hint = didYouMean(meant(value));
  throw fieldError(
    'unknown-contract-type',
    `Unknown contract type ${describeValue(value)}${hint}.`,
    path,
    `${expected}${hint}`,
    { known: [...contractTypes] },
  );
}
