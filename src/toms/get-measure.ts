import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { fieldError, issueAt } from '../core/issue.js';
import { didYouMean, squash, suggest } from '../core/suggest.js';
import { measureIndex } from './measure-index.js';
import { readFramework } from './read-framework.js';
import type { Framework, FrameworkInput, Measure } from './types.js';

/**
 * The `unknown-measure` error for a code, at `path`, with up to three close codes (or codes of
 * measures with that title) in `details.suggestions`. Internal: shared with `valuePledges`.
 */
export function unknownMeasure(
  framework: Framework,
  code: string,
  path: readonly PropertyKey[] = ['code'],
): SocialValueError {
  const index = measureIndex(framework);
  // A code the message would write as the one given (`café` with `é`, or with `e` and a
  // combining accent) is the one meant, however close others are, and the hint says how it
  // differs (a framework has one at most: its codes differ in more than form).
  const alike = [...index.keys()].find((known) => known.normalize() === code.normalize());
  // A measure written by its title (a sheet's "Measure" column) suggests its code; as `suggest`
  // gives them, three at most, in code-unit order (thousands of measures may share a title).
  const byTitle = [...index.values()]
    .filter((measure) => squash(measure.title) === squash(code))
    .map((measure) => measure.code)
    .sort()
    .slice(0, 3);
  const suggestions =
    alike !== undefined ? [alike] : byTitle.length > 0 ? byTitle : suggest(code, index.keys());
  const hint = didYouMean(suggestions).replace(
    /\?\)$/,
    alike !== undefined ? ', in another Unicode form?)' : '?)',
  );
  return new SocialValueError({
    code: 'unknown-measure',
    message: `No measure ${describeValue(code)} in ${idText(framework.name)} (edition ${idText(framework.edition)})${hint}.`,
    issues: [issueAt(path, `unknown measure code ${describeValue(code)}${hint}`)],
    details: { code, framework: framework.id, suggestions },
  });
}

/**
 * Finds a measure of a framework by its code (exact match).
 *
 * @param framework - A framework from `defineFramework` (or its JSON form, or a framework input
 * as `defineFramework` takes it, validated first).
 * @param code - The measure code (`'NT18'`).
 * @returns The measure.
 * @throws SocialValueError `unknown-measure` when the framework has no such code, with up to
 * three close codes in `details.suggestions` (e.g. `'nt18'` suggests `'NT18'`, as does the
 * measure's title `'Local supply chain spend'`; of measures sharing a title, the first three
 * codes in code-unit order); `invalid-input` when
 * `framework` is not a framework (path `framework…`) or `code` is not text (path `code`).
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
 * result.success ? null : result.error.details.suggestions; // => ['NT18']
 * ```
 */
export function getMeasure(framework: Framework | FrameworkInput, code: string): Measure {
  const checked = readFramework(framework, ['framework']);
  if (typeof code !== 'string') {
    throw fieldError(
      'invalid-input',
      'Invalid measure code.',
      ['code'],
      `expected a measure code (text), received ${describeValue(code)}`,
    );
  }
  const measure = measureIndex(checked).get(code);
  if (measure === undefined) throw unknownMeasure(checked, code);
  return measure;
}
