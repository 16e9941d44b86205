import { frameworkFrom } from './read-framework.js';
import type { Framework } from './types.js';

/**
 * Readers of the JSON forms of what toms makes, by kind: each validates a parsed snapshot
 * (issues at `path`) and returns the live, sealed object. Internal: `revive` dispatches here.
 */
export const tomsSnapshots = {
  framework: (json: unknown, path: readonly PropertyKey[]): Framework =>
    frameworkFrom(json, path, true),
} as const;
