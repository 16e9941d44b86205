import { type ContractInput, isSocialValueError, type SocialValueError } from '../../src/index.js';

/** Runs `run` and returns the SocialValueError it throws (fails when it does not throw one). */
export function errorOf(run: () => unknown): SocialValueError {
  try {
    run();
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
  throw new Error('expected a SocialValueError');
}

/** A council services contract; override any field. */
export function contract(overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    type: 'services',
    authority: 'sub-central',
    value: '177897',
    vatBasis: 'exclusive',
    durationMonths: 36,
    commencedOn: '2022-06-01',
    ...overrides,
  };
}
