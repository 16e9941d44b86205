import { expect } from 'vitest';
import { isSocialValueError } from '../../src/index.js';

/** Runs `fn`, expects a SocialValueError with `code` and an issue at `path`. */
export function expectError(fn: () => unknown, code: string, path: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(isSocialValueError(caught), `expected a SocialValueError, got ${String(caught)}`).toBe(
    true,
  );
  if (!isSocialValueError(caught)) return;
  expect(caught.code).toBe(code);
  expect(caught.issues.map((issue) => issue.path)).toContain(path);
}

/** A decimal's string, or null. */
export const str = (value: { toString(): string } | null | undefined) =>
  value === null || value === undefined ? value : value.toString();
