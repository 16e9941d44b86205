import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { modelRef } from './assess-maturity.js';
import { assessmentAt } from './read-result.js';
import { checkSameModel } from './same-model.js';
import { attentionOf, comparisonSummary } from './sentences.js';
import type {
  LevelChange,
  MaturityAssessment,
  MaturityComparison,
  OverallMaturity,
  ThemeComparison,
} from './types.js';

/**
 * The change of the mean rank, one division made last (docs/quality.md): (target rank total ×
 * present themes − present rank total × target themes) ÷ (both counts), so 8 / 3 − 6 / 3 is 2 / 3
 * to 34 significant digits, not the difference of two rounded means. Internal.
 */
export function meanChange(present: OverallMaturity, target: OverallMaturity): Decimal {
  return divide(
    new Decimal(target.rankTotal)
      .times(present.themesCounted)
      .minus(new Decimal(present.rankTotal).times(target.themesCounted)),
    new Decimal(present.themesCounted).times(target.themesCounted),
  );
}

/** Which way a gap of ranks moves a theme. Internal. */
export function changeOf(gap: number | null): LevelChange {
  return gap === null ? 'unknown' : gap > 0 ? 'up' : gap < 0 ? 'down' : 'same';
}

/**
 * Puts a present and a future assessment of the same model side by side: per theme the two
 * levels, the gap in ranks and which way it moves; overall both results and the change of the
 * mean; and the themes that need most attention (largest gap first). This is the SVMI's results
 * table. The assessments are read, never changed or frozen.
 *
 * @param present - The assessment of where the organisation is (or its JSON snapshot).
 * @param target - The assessment of where it wants to be, two to three years ahead (or its JSON
 * snapshot).
 * @returns The frozen {@link MaturityComparison} (`kind: 'maturity-comparison'`).
 * @throws SocialValueError `model-mismatch` when the two are of different models or editions of
 * one (`version`), or cover different themes (a theme assessed on one side only included),
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
 * comparison.overall.change.toString(); // => '2'
 * comparison.overall.target.levelName; // => 'Growth and Maximise'
 * ```
 */
export function compareAssessments(
  present: MaturityAssessment,
  target: MaturityAssessment,
): MaturityComparison {
  const now = assessmentAt(present, ['present']);
  const later = assessmentAt(target, ['target']);
  checkSameModel(
    now.model,
    later.model,
    ['target', 'model'],
    'The two assessments are of different models.',
    ': compare assessments of one edition',
  );
  // The same themes, each assessed on both sides or on neither: means over different themes
  // say nothing about a change.
  const future = new Map(later.themes.map((theme) => [theme.theme, theme]));
  const named = (assessment: MaturityAssessment) =>
    listed(
      assessment.themes.map(
        (theme) => `${idText(theme.theme)}${theme.rank === null ? ' (missing)' : ''}`,
      ),
    );
  const sameThemes =
    future.size === now.themes.length &&
    now.themes.every(
      (theme) =>
        future.has(theme.theme) &&
        (future.get(theme.theme)!.rank === null) === (theme.rank === null),
    );
  if (!sameThemes || later.themes.length !== now.themes.length) {
    throw fieldError(
      'model-mismatch',
      'The two assessments cover different themes.',
      ['target', 'themes'],
      `expected the themes of the present assessment (${named(now)}), received ${named(later)}`,
    );
  }
  const themes: ThemeComparison[] = now.themes.map((theme) => {
    const then = future.get(theme.theme)!;
    const gap = theme.rank === null || then.rank === null ? null : then.rank - theme.rank;
    return {
      theme: theme.theme,
      themeName: theme.themeName,
      presentLevel: theme.level,
      presentLevelName: theme.levelName,
      targetLevel: then.level,
      targetLevelName: then.levelName,
      gap,
      change: changeOf(gap),
    };
  });
  const attention = attentionOf(themes);
  const presentLabel = now.label ?? 'Present';
  const targetLabel = later.label ?? 'Future';
  const comparison: Omit<MaturityComparison, 'summary'> = {
    kind: 'maturity-comparison',
    schemaVersion: 1,
    model: modelRef(now.model),
    presentLabel,
    targetLabel,
    themes,
    overall: {
      present: now.overall,
      target: later.overall,
      change: meanChange(now.overall, later.overall),
    },
    attention,
  };
  return seal({ ...comparison, summary: comparisonSummary(comparison) }, 'maturity-comparison');
}
