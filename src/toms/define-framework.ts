import { parseInput } from '../core/zod-error.js';
import { assembleFramework, toMeasure } from './assemble-framework.js';
import { frameworkInputSchema } from './schemas.js';
import type { Framework, FrameworkInput } from './types.js';

/**
 * Validates a TOMs framework (for example a council's table, or the edition of the National
 * TOMs you are licensed to use) and returns it as frozen data with exact proxy values.
 *
 * Checks: every field has the right type; proxy values are numbers ≥ 0 or `null` (not
 * monetised yet); theme ids, outcome ids and measure codes are unique; every measure and
 * outcome refers to an existing theme (and outcome).
 *
 * @param input - The framework; proxy values may be any Numeric.
 * @returns The framework, frozen.
 * @throws SocialValueError `invalid-input` (with paths such as `measures[2].proxyValue`),
 * `duplicate-code` or `unknown-reference`.
 *
 * @example
 * ```ts
 * import { defineFramework } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'demo', name: 'Demo council TOMs', edition: '2024', priceYear: 2024,
 *   themes: [{ id: 'env', name: 'Protecting and Improving Our Environment', shortName: 'Environment' }],
 *   measures: [
 *     { code: 'NT32', theme: 'env', title: 'Car miles saved', unit: 'miles', proxyValue: '0.02223',
 *       valueType: 'environmental' },
 *     { code: 'NT68', theme: 'env', title: 'Plastic recycling rate', unit: '%', proxyValue: 0,
 *       valueType: 'record-only' },
 *   ],
 * });
 * framework.measures.length; // => 2
 * Object.isFrozen(framework); // => true
 * ```
 */
export function defineFramework(input: FrameworkInput): Framework {
  const parsed = parseInput(frameworkInputSchema, input, 'framework');
  return assembleFramework({
    id: parsed.id,
    name: parsed.name,
    edition: parsed.edition,
    priceYear: parsed.priceYear,
    currency: 'GBP',
    themes: parsed.themes,
    outcomes: parsed.outcomes,
    measures: parsed.measures.map((measure) => toMeasure(measure)),
    ...(parsed.source === undefined ? {} : { source: parsed.source }),
  });
}
