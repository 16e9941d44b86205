import type { ContractInput } from '../../src/index.js';

export { caught as errorOf } from '../errors.js';

/** A council services contract; override any field. */
export function contract(overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    contractType: 'services',
    authority: 'sub-central',
    value: '177897',
    vatBasis: 'exclusive',
    durationMonths: 36,
    commencedOn: '2022-06-01',
    ...overrides,
  };
}

/** Plain, comparable form of a result (decimals as strings). */
export const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
