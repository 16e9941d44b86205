import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { fieldError } from './model-index.js';
import { maturityAssessmentSchema } from './schemas.js';
import type {
  LevelChange,
  MaturityAssessment,
  MaturityComparison,
  ThemeComparison,
} from './types.js';

/**
 * Puts a present and a future assessment of the same model side by side: per theme the two
 * levels, the gap in ranks and which way it moves; overall both results and the exact change of
 * the mean; and the themes that need most attention (largest gap first). This is the SVMI's
 * results table.
 *
 * @param present - The assessment of where the organisation is.
 * @param target - The assessment of where it wants to be (two to three years ahead).
 * @returns The frozen {@link MaturityComparison}.
 * @throws SocialValueError `model-mismatch` when the two are of different models,
 * `invalid-input` when either is not an assessment.
 *
 * @example
 * ```ts
 * import { assessMaturity, compareAssessments, portsmouthRoadmap } from 'social-value';
 *
 * const comparison = compareAssessments(
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'learn' }, { label: '2025' }),
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'growth' }, { label: '2028' }),
 * );
 * comparison.targetLabel; // => '2028'
 * comparison.themes[0]?.change; // => 'up'
 * comparison.overall.target.level.name; // => 'Growth and Maximise'
 * ```
 */
export function compareAssessments(
  present: MaturityAssessment,
  target: MaturityAssessment,
): MaturityComparison {
  parseInput(maturityAssessmentSchema, present, 'assessment', ['present']);
  parseInput(maturityAssessmentSchema, target, 'assessment', ['target']);
  if (present.model.id !== target.model.id) {
    throw fieldError(
      'model-mismatch',
      ['target', 'model', 'id'],
      'The two assessments are of different models',
      `expected an assessment against "${present.model.id}", received one against "${target.model.id}"`,
      { expected: present.model.id, received: target.model.id },
    );
  }
  const future = new Map(target.themes.map((theme) => [theme.theme.id, theme]));
  const themes: ThemeComparison[] = present.themes.map((now) => {
    const later = future.get(now.theme.id)?.level ?? null;
    const gap = now.level === null || later === null ? null : later.rank - now.level.rank;
    const change: LevelChange =
      gap === null ? 'unknown' : gap > 0 ? 'up' : gap < 0 ? 'down' : 'same';
    return { theme: now.theme, present: now.level, target: later, gap, change };
  });
  const attention = themes
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.gap !== null && row.gap > 0)
    .sort((a, b) => (b.row.gap ?? 0) - (a.row.gap ?? 0) || a.order - b.order)
    .map(({ row }) => row.theme.id);
  return deepFreeze({
    kind: 'maturity-comparison',
    model: present.model,
    presentLabel: present.label ?? 'Present',
    targetLabel: target.label ?? 'Future',
    themes,
    overall: {
      present: present.overall,
      target: target.overall,
      change: target.overall.mean.minus(present.overall.mean),
    },
    attention,
  });
}
