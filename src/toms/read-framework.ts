import { isSealed } from '../core/brand.js';
import { expectKind } from '../core/expect-kind.js';
import { fieldError } from '../core/issue.js';
import { parseInput } from '../core/zod-error.js';
import { assembleFramework, toMeasure, toOutcome, toTheme } from './assemble-framework.js';
import { frameworkSchema } from './schemas.js';
import type { Framework } from './types.js';

const EXPECTED = 'a framework (from defineFramework) or its JSON form';

/**
 * Validates a framework given as input or as its JSON form, exactly as `defineFramework` does,
 * and returns it built and sealed. Paths start with `path` (`framework.measures[2].theme`).
 * `asParameter`: the value was given to another function, so `{}` is named as the wrong object
 * and every failure is `invalid-input`. Internal.
 */
export function frameworkFrom(
  value: unknown,
  path: readonly PropertyKey[],
  asParameter = false,
): Framework {
  expectKind(value, 'framework', EXPECTED, path, asParameter ? ['themes', 'measures'] : []);
  const parsed = parseInput(frameworkSchema, value, 'framework', path);
  // Re-indexed back to the price year it records re-indexing from, its proxies are the
  // edition's: by a factor of 1, up to the rounding of the factors multiplied (34 digits).
  const { reindexed } = parsed;
  if (
    reindexed?.fromPriceYear === parsed.priceYear &&
    reindexed.factor.minus(1).abs().gt('1e-30')
  ) {
    throw fieldError(
      'invalid-input',
      'Invalid framework: 1 problem.',
      [...path, 'reindexed', 'factor'],
      `expected 1 (proxies in the price year they were re-indexed from), received ${reindexed.factor}`,
    );
  }
  // Each part with its path (`framework.themes[0]`).
  const located = <T, U>(list: readonly T[], key: string, to: (item: T) => U) =>
    list.map((item, index) => ({ value: to(item), path: [...path, key, index] }));
  return assembleFramework(
    {
      ...parsed,
      themes: located(parsed.themes, 'themes', toTheme),
      outcomes: located(parsed.outcomes ?? [], 'outcomes', toOutcome),
      measures: located(parsed.measures, 'measures', toMeasure),
    },
    asParameter,
  );
}

/**
 * The framework a function was given: a framework the library made is trusted as it is; any
 * other object (hand-made, revived from JSON, copied) is validated as `defineFramework` would,
 * failing with `invalid-input` at `path`. Internal: every function that takes a framework.
 */
export function readFramework(value: unknown, path: readonly PropertyKey[]): Framework {
  return isSealed(value, 'framework') ? (value as Framework) : frameworkFrom(value, path, true);
}
