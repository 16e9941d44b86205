import { modelAt } from './read-result.js';
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
 * `assessMaturity` and `planActions` take the input itself too, checked exactly as here; a checked
 * model is not checked again. `rules.nonCompliantLevel` may be `null` (no such level), as a
 * checked model and its JSON snapshot write it.
 *
 * @param model - The model: levels, themes, criteria and rules (or a checked model, or its JSON
 * snapshot, with or without its `kind`: an object with `schemaVersion` is a snapshot).
 * @returns The checked, frozen {@link MaturityModel} (`kind: 'maturity-model'`).
 * @throws SocialValueError `invalid-input` listing every problem with its path (`model.levels[4].rank`):
 * unknown keys, duplicate ids or ranks, ids of one kind that differ only in case, spaces, invisible
 * characters or Unicode form (`Leader` beside `leader`), a criterion naming an unknown theme or level, a criterion at the lowest level, a bad
 * `restates` reference, a non-compliant level that is unknown or the top level, or an object of
 * another kind (an assessment) or no object, at `model`.
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
  return modelAt(model, ['model']);
}
