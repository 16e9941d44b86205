import { expect } from 'vitest';
import { caught } from '../errors.js';

/** Runs `fn`, expects a SocialValueError with `code` and an issue at `path`. */
export function expectError(fn: () => unknown, code: string, path: string): void {
  const error = caught(fn);
  expect(error.code).toBe(code);
  expect(error.issues.map((issue) => issue.path)).toContain(path);
}

/** A decimal's string, or null. */
export const str = (value: { toString(): string } | null | undefined) =>
  value === null || value === undefined ? value : value.toString();
