import { roundMoney } from '../core/round-money.js';
import type { MaturityAssessment, MaturityComparison, OverallMaturity } from './types.js';

/**
 * Options of {@link formatAssessmentTable}.
 *
 * @example
 * ```ts
 * import type { FormatAssessmentTableOptions } from 'social-value';
 *
 * const options: FormatAssessmentTableOptions = { decimals: 1 };
 * options.decimals; // => 1
 * ```
 */
export interface FormatAssessmentTableOptions {
  /** Decimal places of the overall mean shown (half-up). Default 2; the result keeps it exact. */
  readonly decimals?: number;
}

/**
 * Writes an assessment, or a present-versus-future comparison, as a Markdown table a council can
 * paste into a report. For an assessment: each theme's level, where it came from and what is
 * still unmet at the next level. For a comparison: each theme's present and future levels and
 * the gap. The last row is the overall level with its mean.
 *
 * @param result - From {@link assessMaturity} or {@link compareAssessments}.
 * @param options - Decimal places of the mean shown.
 * @returns The table, one line per row, ending without a newline.
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
  options: FormatAssessmentTableOptions = {},
): string {
  const decimals = options.decimals ?? 2;
  const overall = (value: OverallMaturity) =>
    `**${value.level.name}** (mean ${roundMoney(value.mean, { places: decimals }).toString()})`;
  const rows: string[][] = [];
  if (result.kind === 'maturity-comparison') {
    rows.push(['Theme', result.presentLabel, result.targetLabel, 'Gap']);
    for (const row of result.themes) {
      rows.push([
        row.theme.name,
        row.present?.name ?? 'not assessed',
        row.target?.name ?? 'not assessed',
        row.gap === null ? '' : row.gap > 0 ? `+${row.gap}` : String(row.gap),
      ]);
    }
    const change = result.overall.change;
    rows.push([
      '**Overall**',
      overall(result.overall.present),
      overall(result.overall.target),
      `${change.isPositive() && !change.isZero() ? '+' : ''}${roundMoney(change, { places: decimals }).toString()}`,
    ]);
  } else {
    rows.push(['Theme', 'Level', 'Basis', 'Still unmet at the next level']);
    for (const theme of result.themes) {
      const next =
        theme.nextLevel === null
          ? theme.level === null
            ? ''
            : 'top level'
          : `${theme.nextLevel.name}: ${theme.unmetAtNextLevel.length} of ${theme.criteriaAtNextLevel}`;
      rows.push([theme.theme.name, theme.level?.name ?? 'not assessed', theme.basis, next]);
    }
    rows.push(['**Overall**', overall(result.overall), '', '']);
  }
  const [header, ...body] = rows;
  return [line(header!), line(header!.map(() => '---')), ...body.map(line)].join('\n');
}

function line(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}
