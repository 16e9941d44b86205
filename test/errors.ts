import { isSocialValueError, type SocialValueError } from '../src/index.js';

/** The SocialValueError a call throws (fails the test if it throws nothing or something else). */
export function caught(run: () => unknown): SocialValueError {
  try {
    run();
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
  throw new Error('expected a SocialValueError');
}
