import type * as z from 'zod/mini';
import { describeValue } from './describe-value.js';
import { expectedSchema } from './expected-schema.js';
import { hinted } from './json-schema-hints.js';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * A whole number from `min` to `max` (inclusive): what `z.int()` with `z.gte(min)` and
 * `z.lte(max)` accepts, with the same issues (`expected a whole number, received 1.5`; beyond
 * the safe integers `expected a number at most 9007199254740991`, then the bounds), in less
 * code than zod's own. The JSON Schema build writes it as zod would. Internal.
 */
export function intSchema(min?: number, max?: number): z.ZodMiniType<number> {
  const schema = expectedSchema<number>(
    (value) => typeof value === 'number' && Number.isFinite(value),
    () => 'a number',
  ).check(({ value, issues }) => {
    const refuse = (expected: string) => {
      issues.push({
        code: 'custom',
        message: `expected ${expected}, received ${describeValue(value)}`,
        input: value,
      });
    };
    if (!Number.isInteger(value)) return refuse('a whole number');
    if (value > SAFE) refuse(`a number at most ${SAFE}`);
    if (value < -SAFE) refuse(`a number at least ${-SAFE}`);
    if (min !== undefined && value < min) refuse(`a number at least ${min}`);
    if (max !== undefined && value > max) refuse(`a number at most ${max}`);
  });
  return hinted(schema, {
    kind: 'json',
    json: { type: 'integer', minimum: min ?? -SAFE, maximum: max ?? SAFE },
  });
}
