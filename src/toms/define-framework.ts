import { isSealed } from '../core/brand.js';
import { frameworkFrom } from './read-framework.js';
import type { Framework, FrameworkInput } from './types.js';

/**
 * Validates a TOMs framework (for example a council's table, or the edition of the National
 * TOMs you are licensed to use) and returns it as frozen data with exact proxy values.
 *
 * Checks: every field has the right type and no unknown key is given; proxy values are numbers
 * ≥ 0 or `null` (not monetised yet); theme ids, outcome ids and measure codes are unique; every
 * measure and outcome refers to an existing theme (and outcome). A stored framework (its JSON
 * form) is accepted too and comes back equal to the one stored.
 *
 * @param framework - The framework; proxy values may be any Numeric.
 * @returns The framework, frozen, with `kind: 'framework'`.
 * @throws SocialValueError `invalid-input` (with paths such as `framework.measures[2].proxyValue`),
 * `out-of-range` for a proxy outside the numeric domain, `duplicate-code` or `unknown-reference`.
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
 * framework.kind; // => 'framework'
 * framework.measures.length; // => 2
 * Object.isFrozen(framework); // => true
 * defineFramework(JSON.parse(JSON.stringify(framework))).measures[0]?.proxyValue; // => '0.02223'
 * ```
 */
export function defineFramework(framework: FrameworkInput): Framework {
  return isSealed(framework, 'framework')
    ? (framework as unknown as Framework)
    : frameworkFrom(framework, ['framework']);
}
