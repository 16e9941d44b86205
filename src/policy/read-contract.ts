import { Decimal } from '../core/decimal.js';
import { squash } from '../core/suggest.js';
import { parseInput } from '../core/zod-error.js';
import { assertKnownContractType } from './known-contract-type.js';
import { contractSchema } from './schemas.js';
import type { ContractInput } from './types.js';
import type { AuthorityKind, ContractType, Regime, VatBasis } from './vocabulary.js';

/** A validated contract with its VAT rate settled. Internal. */
export interface Contract {
  readonly id?: string;
  readonly contractType: ContractType;
  readonly authority: AuthorityKind;
  readonly value?: Decimal;
  readonly vatBasis: VatBasis;
  readonly vatRate: Decimal;
  readonly durationMonths?: Decimal;
  readonly commencedOn: string;
  readonly regime?: Regime;
  readonly tags: ReadonlySet<string>;
  /** Its tags by their letters in lower case without spaces, `_` or `-` (for slips in reasons). */
  readonly looseTags: ReadonlyMap<string, string>;
}

const STANDARD_RATE = /* @__PURE__ */ new Decimal('0.2');

/** Validates a contract (`unknown-contract-type` or `invalid-input` under `root`). Internal. */
export function readContract(input: ContractInput, root: readonly PropertyKey[]): Contract {
  if (typeof input === 'object' && input !== null && Object.hasOwn(input, 'contractType')) {
    assertKnownContractType(input.contractType, [...root, 'contractType']);
  }
  const contract = parseInput(contractSchema(), input, 'contract', root);
  const tags = (contract.tags ?? []).map((tag) => tag.trim());
  return {
    ...(contract.id === undefined ? {} : { id: contract.id }),
    contractType: contract.contractType,
    authority: contract.authority,
    ...(contract.value === undefined ? {} : { value: contract.value }),
    vatBasis: contract.vatBasis,
    vatRate: contract.vatRate ?? STANDARD_RATE,
    ...(contract.durationMonths === undefined ? {} : { durationMonths: contract.durationMonths }),
    commencedOn: contract.commencedOn,
    ...(contract.regime === undefined ? {} : { regime: contract.regime }),
    // Surrounding spaces do not count: `' local'` is the tag `'local'`.
    tags: new Set(tags),
    looseTags: new Map(tags.map((tag) => [squash(tag), tag])),
  };
}
