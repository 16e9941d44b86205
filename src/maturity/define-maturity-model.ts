import { isSealed } from '../core/brand.js';
import { expectedText } from '../core/expected-text.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { parseInput } from '../core/zod-error.js';
import { buildModel } from './build-model.js';
import { kindOf } from './read-result.js';
import { maturityModelInputSchema } from './schemas.js';
import { readModelSnapshot } from './snapshots.js';
import type { MaturityModel, MaturityModelInput } from './types.js';

/**
 * Checks a maturity model written as data and returns it ready for {@link assessMaturity} and
 * {@link planActions}: levels sorted by rank, the rules' defaults filled in (themes judged
 * cumulatively, overall mean rounded down), sealed and frozen. The input is copied, never
 * changed or frozen.
 *
 * The lowest level is where every theme starts (the SVMI's Non-compliant, the roadmap's Not
 * started): it has no criteria. A theme reaches a higher level when all the criteria of that
 * level (and, under the cumulative rule, of every level below) are met; a level with no
 * criteria in a theme is met as soon as the levels below it are. Ids are any non-empty text,
 * matched exactly: `__proto__` or `constructor` are ordinary ids, and two ids of one kind may
 * not differ only in case, spaces, invisible characters or Unicode form.
 *
 * @param model - The model: levels, themes, criteria and rules (or a checked model, or its JSON
 * snapshot).
 * @returns The checked, frozen {@link MaturityModel} (`kind: 'maturity-model'`).
 * @throws SocialValueError `invalid-input` listing every problem with its path (`model.levels[4].rank`):
 * unknown keys, duplicate ids or ranks, ids of one kind that differ only in case, spaces, invisible
 * characters or Unicode form (`Leader` beside `leader`), a criterion naming an unknown theme or level, a criterion at the lowest level, a bad
 * `restates` reference, or a non-compliant level that is unknown or the top level.
 *
 * @example
 * ```ts
 * import { defineMaturityModel } from 'social-value';
 *
 * const model = defineMaturityModel({
 *   id: 'toy',
 *   name: 'Toy model',
 *   source: { title: 'Worked by hand', publisher: 'Us', year: 2026 },
 *   levels: [
 *     { id: 'basic', name: 'Basic', rank: 1, description: 'A policy exists.' },
 *     { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
 *   ],
 *   themes: [{ id: 'policy', name: 'Policy' }],
 *   criteria: [
 *     {
 *       id: 'policy.basic.1',
 *       theme: 'policy',
 *       level: 'basic',
 *       statement: 'A social value policy is published.',
 *       action: 'Publish a social value policy.',
 *     },
 *   ],
 * });
 * model.kind; // => 'maturity-model'
 * model.levels.map((level) => level.id); // => ['none', 'basic']
 * model.rules.overallRounding; // => 'down'
 * ```
 */
export function defineMaturityModel(model: MaturityModelInput | MaturityModel): MaturityModel {
  if (isSealed(model, 'maturity-model')) return model as unknown as MaturityModel;
  if (kindOf(model) === 'maturity-model') return readModelSnapshot(model, ['model']);
  if (!isPlainRecord(model)) {
    throw fieldError(
      'invalid-input',
      'Invalid maturity model: 1 problem.',
      ['model'],
      expectedText(
        'a maturity model input (an object with id, name, source, levels, themes and criteria)',
        model,
      ),
    );
  }
  const parsed = parseInput(maturityModelInputSchema, model, 'maturity model', ['model']);
  return buildModel(parsed, ['model']);
}
