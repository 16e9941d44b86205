import { Decimal } from '../core/decimal.js';
import { roundAt } from '../core/round-money.js';
import { countText, plural } from '../core/text.js';
import { figureText } from '../core/wording.js';
import type { PlanCounts } from './types.js';

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
 * A plan's summary from its counts: `8 steps across 1 of 1 theme (5 to reach Learn, …)`.
 * Internal: written by `planActions` and checked by the plan snapshot reader.
 */
export function planSummary(counts: PlanCounts): string {
  const byLevel = counts.byLevel.map(
    (entry) => `${countText(entry.steps)} to reach ${entry.levelName}`,
  );
  return `${plural(counts.steps, 'step')} across ${countText(counts.themesWithGap)} of ${plural(counts.themes, 'theme')}${byLevel.length > 0 ? ` (${byLevel.join(', ')})` : ''}.`;
}
