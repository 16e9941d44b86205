import { Decimal } from '../core/decimal.js';
import { parseInput } from '../core/zod-error.js';
import { assertKnownContractType } from './known-contract-type.js';
import { contractSchema } from './schemas.js';
import type { ContractInput } from './types.js';
import type { AuthorityKind, ContractType, Regime, VatBasis } from './vocabulary.js';

/** A validated contract with its VAT rate settled. Internal. */
export interface Contract {
  readonly id?: string;
  readonly type: ContractType;
  readonly authority: AuthorityKind;
  readonly value?: Decimal;
  readonly vatBasis: VatBasis;
  readonly vatRate: Decimal;
  readonly durationMonths?: Decimal;
  readonly commencedOn: string;
  readonly regime?: Regime;
  readonly tags: readonly string[];
}

/** Validates a contract (`unknown-contract-type` or `invalid-input` under `root`). Internal. */
export function readContract(input: ContractInput, root: readonly (string | number)[]): Contract {
  if (typeof input === 'object' && input !== null) {
    assertKnownContractType((input as { type?: unknown }).type, [...root, 'type']);
  }
  const contract = parseInput(contractSchema, input, 'contract', root);
  return {
    ...(contract as Omit<Contract, 'vatRate' | 'tags'>),
    vatRate: contract.vatRate ?? new Decimal('0.2'),
    tags: contract.tags ?? [],
  };
}
