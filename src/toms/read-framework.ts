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
  return assembleFramework(
    {
      id: parsed.id,
      name: parsed.name,
      edition: parsed.edition,
      priceYear: parsed.priceYear,
      themes: parsed.themes.map((theme, index) => ({
        value: toTheme(theme),
        path: [...path, 'themes', index],
      })),
      outcomes: (parsed.outcomes ?? []).map((outcome, index) => ({
        value: toOutcome(outcome),
        path: [...path, 'outcomes', index],
      })),
      measures: parsed.measures.map((measure, index) => ({
        value: toMeasure(measure),
        path: [...path, 'measures', index],
      })),
      source: parsed.source,
      extends: parsed.extends,
      reindexed: parsed.reindexed,
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
