import type { Decimal } from '../core/decimal.js';
import type { RoundingMode } from '../core/round-money.js';
import { roundAt, roundingOf } from '../core/round-money.js';
import { parseInput } from '../core/zod-error.js';
import { markdownText } from './markdown-text.js';
import { resultAt } from './read-result.js';
import { formatAssessmentTableOptionsSchema } from './schemas.js';
import type { MaturityAssessment, MaturityComparison, OverallMaturity } from './types.js';

/** Options of {@link formatAssessmentTable}. */
export interface FormatAssessmentTableOptions {
  /** Decimal places of the means shown, 0 to 20. Default 2; the result keeps the mean itself. */
  readonly places?: number | undefined;
  /** How the means shown are rounded. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

/**
 * Writes an assessment, or a present-versus-future comparison, as a Markdown table a council can
 * paste into a report. For an assessment: each theme's level, where it came from and what is
 * still unmet at the next level. For a comparison: each theme's present and future levels and
 * the gap. The last row is the overall level with its mean. Names and labels are written on
 * one line as they read: characters Markdown would take as markup (a `|` among them) are
 * escaped, and control characters and bidirectional overrides are written as U+FFFD.
 *
 * @param result - From {@link assessMaturity} or {@link compareAssessments}, or its JSON snapshot.
 * @param options - Decimal places and rounding mode of the means shown.
 * @returns The table, one line per row, ending without a newline.
 * @throws SocialValueError `invalid-input` when `result` is neither (naming what is expected) or
 * for bad options.
 *
 * @example
 * ```ts
 * import { assessMaturity, formatAssessmentTable, portsmouthRoadmap } from 'social-value';
 *
 * const table = formatAssessmentTable(
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'learn' }),
 * );
 * table.split('\n')[0]; // => '| Theme | Level | Basis | Still unmet at the next level |'
 * table.split('\n')[2]; // => '| Council-wide roadmap | Learn, Unify and Rollout | declared | Develop, Embed and Recognise: 3 of 3 |'
 * ```
 */
export function formatAssessmentTable(
  result: MaturityAssessment | MaturityComparison,
  options?: FormatAssessmentTableOptions,
): string {
  const read = resultAt(
    result,
    ['result'],
    ['maturity-assessment', 'maturity-comparison'],
    'a maturity assessment or comparison from assessMaturity or compareAssessments, or its JSON snapshot',
  );
  const settings =
    parseInput(formatAssessmentTableOptionsSchema, options, 'options', ['options']) ?? {};
  const places = settings.places ?? 2;
  const rounding = roundingOf(settings.mode);
  const shown = (value: Decimal) => roundAt(value, places, rounding);
  const overall = (value: OverallMaturity) =>
    `**${markdownText(value.levelName)}** (mean ${shown(value.mean).toString()})`;
  const rows: string[][] = [];
  if (read.kind === 'maturity-comparison') {
    rows.push(['Theme', markdownText(read.presentLabel), markdownText(read.targetLabel), 'Gap']);
    for (const row of read.themes) {
      rows.push([
        markdownText(row.themeName),
        markdownText(row.presentLevelName ?? 'not assessed'),
        markdownText(row.targetLevelName ?? 'not assessed'),
        row.gap === null ? '' : row.gap > 0 ? `+${row.gap}` : String(row.gap),
      ]);
    }
    const change = shown(read.overall.change);
    rows.push([
      '**Overall**',
      overall(read.overall.present),
      overall(read.overall.target),
      `${change.gt(0) ? '+' : ''}${change.toString()}`,
    ]);
  } else {
    rows.push(['Theme', 'Level', 'Basis', 'Still unmet at the next level']);
    for (const theme of read.themes) {
      const next =
        theme.nextLevelName === null
          ? theme.level === null
            ? ''
            : 'top level'
          : `${markdownText(theme.nextLevelName)}: ${theme.unmetAtNextLevel.length} of ${theme.criteriaAtNextLevel}`;
      rows.push([
        markdownText(theme.themeName),
        markdownText(theme.levelName ?? 'not assessed'),
        theme.basis,
        next,
      ]);
    }
    rows.push(['**Overall**', overall(read.overall), '', '']);
  }
  const [header, ...body] = rows;
  return [line(header!), line(header!.map(() => '---')), ...body.map(line)].join('\n');
}

/** A table row of cells already written as Markdown (names through `markdownText`). */
function line(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
