import { SocialValueError } from '../core/errors.js';
import { measureIndex } from './measure-index.js';
import { suggestCodes } from './suggest-codes.js';
import type { Framework, Measure } from './types.js';

/** The `unknown-measure` error for a code, with suggestions. Internal. */
export function unknownMeasure(
  framework: Framework,
  code: string,
  segments: readonly (string | number)[] = ['code'],
  path = 'code',
): SocialValueError {
  const suggestions = suggestCodes(code, measureIndex(framework).keys());
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
  return new SocialValueError({
    code: 'unknown-measure',
    message: `No measure ${JSON.stringify(code)} in ${framework.name} (${framework.edition}).${hint}`,
    issues: [{ path, segments, message: `unknown measure code ${JSON.stringify(code)}` }],
    details: { code, framework: framework.id, suggestions },
  });
}

/**
 * Finds a measure of a framework by its code (exact match).
 *
 * @param framework - A framework from `defineFramework`.
 * @param code - The measure code (`'NT18'`).
 * @returns The measure.
 * @throws SocialValueError `unknown-measure` when the framework has no such code, with close
 * codes in `details.suggestions` (e.g. `'nt18'` suggests `'NT18'`).
 *
 * @example
 * ```ts
 * import { defineFramework, getMeasure, safe } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'demo', name: 'Demo', edition: '2024', priceYear: 2024,
 *   themes: [{ id: 'growth', name: 'Growth' }],
 *   measures: [{ code: 'NT18', theme: 'growth', title: 'Local supply chain spend', unit: '£',
 *     proxyValue: '0.9638118', valueType: 'local-economic' }],
 * });
 * getMeasure(framework, 'NT18').unit; // => '£'
 * const result = safe(getMeasure)(framework, 'nt18');
 * if (!result.success) result.error.details.suggestions; // => ['NT18']
 * ```
 */
export function getMeasure(framework: Framework, code: string): Measure {
  const measure = measureIndex(framework).get(code);
  if (measure === undefined) throw unknownMeasure(framework, String(code));
  return measure;
}
