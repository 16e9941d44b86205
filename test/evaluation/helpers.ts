import { expect } from 'vitest';
import { isSocialValueError, type SocialValueError } from '../../src/index.js';

/** Runs `fn`, expects a SocialValueError, and returns it. */
export function caught(fn: () => unknown): SocialValueError {
  try {
    fn();
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
  expect.fail('expected a SocialValueError');
}

/** The issue paths of an error. */
export function paths(error: SocialValueError): string[] {
  return error.issues.map((issue) => issue.path);
}
