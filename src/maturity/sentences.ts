import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { LISTED, listed } from '../core/listing.js';
import { roundAt } from '../core/round-money.js';
import type { Severity } from '../core/severity.js';
import { countText, plural } from '../core/text.js';
import { figureText } from '../core/wording.js';
import type {
  MaturityComparison,
  OverallMaturity,
  PlanCounts,
  PlanWarningCode,
  ThemeComparison,
} from './types.js';

// How the maturity area words figures in its sentences, on top of the core wording helpers.

/**
 * A mean for a sentence: `2.4` when at most 4 decimal places show it exactly, else
 * `about 1.6667`. Internal.
 */
export function meanFigure(mean: Decimal): string {
  const exact = roundAt(mean, 4, Decimal.ROUND_HALF_UP).eq(mean);
  return `${exact ? '' : 'about '}${figureText(mean)}`;
}

/**
 * The end of a theme's reason: what is unmet at its next level (` 2 of the 2 Leader criteria are
 * not yet met.`), or why it has none (`top`: it is the top level). Internal: written by
 * `assessMaturity` and checked by the assessment snapshot reader.
 */
export function unmetText(next: string | null, unmet: number, count: number, top: boolean): string {
  return next === null
    ? top
      ? ' It is the top level.'
      : ' No level above it has criteria for this theme.'
    : ` ${countText(unmet)} of the ${countText(count)} ${idText(next)} criteria ${unmet === 1 ? 'is' : 'are'} not yet met.`;
}

/**
 * The message of an assessment's `missing-theme` warning (`non-compliant`: its level given),
 * named by its theme's name: `Reporting is not in the responses: …`. Internal: written by
 * `assessMaturity` and checked by the assessment snapshot reader.
 */
export function themeWarningText(theme: string, level: string | null): string {
  return level === null
    ? `${idText(theme)} is not in the responses: it has no level and is left out of the overall mean.`
    : `${idText(theme)} is at ${idText(level)}.`;
}

/**
 * The reason of a theme plan with steps: `Reporting: 4 steps from Follower to Leader.` (with
 * `declaredOnly`, what {@link declaredOnlyText} adds). Internal:
 * written by `planActions` and checked by the plan snapshot reader.
 */
export function planReason(
  theme: string,
  from: string,
  to: string,
  steps: number,
  declaredOnly = false,
): string {
  return `${idText(theme)}: ${plural(steps, 'step')} from ${idText(from)} to ${idText(to)}${declaredOnlyText(theme, to, declaredOnly)}`;
}

/**
 * The end of a plan's reason for a theme whose target has no criteria of its own under the
 * independent rule (`; Great has no criteria for Policy …`), else a full stop. Internal.
 */
export function declaredOnlyText(theme: string, to: string, declaredOnly: boolean): string {
  return declaredOnly
    ? `; ${idText(to)} has no criteria for ${idText(theme)} and levels are judged on their own criteria, so only a declared level reaches it.`
    : '.';
}

/** A plan warning's severity: `info` when the target is reached already, else `warning`. Internal. */
export function planSeverity(code: PlanWarningCode): Severity {
  return code === 'target-is-present' || code === 'target-already-met' ? 'info' : 'warning';
}

/**
 * A plan's summary from its counts: `8 steps across 1 of 1 theme (5 to reach Learn, …)`. The
 * first 10 levels are named and the rest counted (`… and 79,989 to reach 79,989 more levels`),
 * so the sentence stays short for a model of thousands of levels. Internal: written by
 * `planActions` and checked by the plan snapshot reader.
 */
export function planSummary(counts: PlanCounts): string {
  const byLevel = counts.byLevel
    .slice(0, LISTED)
    .map((entry) => `${countText(entry.steps)} to reach ${idText(entry.levelName)}`);
  const rest = counts.byLevel.slice(LISTED);
  const more =
    rest.length === 0
      ? ''
      : ` and ${countText(rest.reduce((sum, entry) => sum + entry.steps, 0))} to reach ${plural(rest.length, 'more level')}`;
  return `${plural(counts.steps, 'step')} across ${countText(counts.themesWithGap)} of ${plural(counts.themes, 'theme')}${byLevel.length > 0 ? ` (${byLevel.join(', ')}${more})` : ''}.`;
}

/**
 * An overall result's reason from its figures. Internal: written by `assessMaturity` and checked
 * by the assessment and comparison snapshot readers, as are the two summaries below.
 */
export function overallReason(overall: Omit<OverallMaturity, 'reason'>): string {
  const { themesMissing: missing, themesCounted: counted } = overall;
  return `Mean rank of ${plural(counted, 'theme')}: ${countText(overall.rankTotal)} / ${countText(counted)} = ${meanFigure(overall.mean)}; rounded ${overall.rounding === 'down' ? 'down' : 'to the nearest level'}, that is ${idText(overall.levelName)} (rank ${countText(overall.rank)}).${missing.length === 0 ? '' : ` ${plural(missing.length, 'theme is', 'themes are')} missing and left out: ${listed(missing.map(idText))}.`}`;
}

/** An assessment's summary from its overall result. Internal. */
export function assessmentSummary(overall: OverallMaturity): string {
  const missing = overall.themesMissing.length;
  return `${idText(overall.levelName)} overall: the mean rank of ${plural(overall.themesCounted, 'theme')} is ${meanFigure(overall.mean)}${missing > 0 ? `; ${plural(missing, 'theme')} not assessed` : ''}.`;
}

/** The themes that move up, largest gap first, then in order. Internal. */
export function attentionOf(themes: readonly ThemeComparison[]): string[] {
  return themes
    .map((row, order) => ({ row, order }))
    .filter(({ row }) => row.gap! > 0)
    .sort((a, b) => b.row.gap! - a.row.gap! || a.order - b.order)
    .map(({ row }) => row.theme);
}

/** A comparison's summary from its labels, overall results and rows. Internal. */
export function comparisonSummary(comparison: Omit<MaturityComparison, 'summary'>): string {
  const { presentLabel, targetLabel, overall, themes } = comparison;
  const up = themes.filter((row) => row.gap! > 0).length;
  const down = themes.filter((row) => row.gap! < 0).length;
  return `${idText(presentLabel)}: ${idText(overall.present.levelName)} (mean ${meanFigure(overall.present.mean)}); ${idText(targetLabel)}: ${idText(overall.target.levelName)} (mean ${meanFigure(overall.target.mean)}); ${countText(up)} of ${plural(themes.length, 'theme')} ${up === 1 ? 'moves' : 'move'} up and ${countText(down)} down.`;
}
