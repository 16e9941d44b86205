import type * as z from 'zod/mini';
import { runSchema } from './zod-error.js';

/**
 * Parses `value` with `schema` inside a zod transform or check, pushing any issues onto
 * `issues` at `path` (relative to the value being transformed). Returns the output, or
 * `undefined` when the parse failed (a failed parse always pushes at least one issue, so a
 * caller whose schema may output `undefined` compares `issues.length`). Internal.
 */
export function parseInto<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  issues: z.core.$ZodRawIssue[],
  path: readonly PropertyKey[] = [],
): z.output<S> | undefined {
  const result = runSchema(schema, value);
  if (result.issues.length === 0) return result.value;
  for (const issue of result.issues) {
    issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodRawIssue);
  }
  return undefined;
}
