import type { ActionPlan, PlanStep } from './types.js';

/**
 * Options of {@link formatPlanMarkdown}.
 *
 * @example
 * ```ts
 * import type { FormatPlanMarkdownOptions } from 'social-value';
 *
 * const options: FormatPlanMarkdownOptions = { title: 'Social value action plan 2026-2028' };
 * options.title; // => 'Social value action plan 2026-2028'
 * ```
 */
export interface FormatPlanMarkdownOptions {
  /** The top heading. Default `Action plan: <model name>`. */
  readonly title?: string;
  /** Show each step's criterion id after it (default true), so answers can be traced. */
  readonly showIds?: boolean;
}

/**
 * Writes an action plan as Markdown a council can paste into a report: a summary line, then
 * per theme (largest gap first) the steps to reach each level, numbered; then, when the plan was
 * scheduled, the steps year by year; then the themes with nothing to plan and why.
 *
 * @param plan - From {@link planActions}.
 * @param options - Title, and whether to show criterion ids.
 * @returns The Markdown text, ending with a newline.
 *
 * @example
 * ```ts
 * import { formatPlanMarkdown, planActions, portsmouthRoadmap } from 'social-value';
 *
 * const text = formatPlanMarkdown(
 *   planActions(portsmouthRoadmap, {
 *     present: { 'council-wide': 'growth' },
 *     target: { 'council-wide': 'maturity' },
 *   }),
 *   { showIds: false },
 * );
 * text.split('\n')[0]; // => '# Action plan: Portsmouth social value roadmap'
 * text.includes('1. Run social value as business as usual across the council.'); // => true
 * ```
 */
export function formatPlanMarkdown(
  plan: ActionPlan,
  options: FormatPlanMarkdownOptions = {},
): string {
  const showIds = options.showIds ?? true;
  const item = (step: PlanStep) => (showIds ? `${step.action} (${step.criterion})` : step.action);
  const out: string[] = [`# ${options.title ?? `Action plan: ${plan.model.name}`}`, ''];
  const { summary } = plan;
  const levels = summary.byLevel.map((entry) => `${entry.steps} to reach ${entry.level.name}`);
  out.push(
    `${summary.steps} step${summary.steps === 1 ? '' : 's'} across ${summary.themesWithGap} of ${summary.themes} theme${summary.themes === 1 ? '' : 's'}${levels.length > 0 ? ` (${levels.join(', ')})` : ''}.`,
    '',
  );
  for (const theme of plan.themes) {
    if (theme.stepCount === 0) continue;
    out.push(`## ${theme.theme.name}: ${theme.present?.name} to ${theme.target?.name}`, '');
    for (const level of theme.levels) {
      if (level.steps.length === 0) continue;
      out.push(`**To reach ${level.level.name}**`, '');
      level.steps.forEach((step, i) => {
        out.push(`${i + 1}. ${item(step)}`);
      });
      out.push('');
    }
  }
  if (plan.years !== null) {
    out.push(`## Schedule over ${plan.years} year${plan.years === 1 ? '' : 's'}`, '');
    for (const year of plan.schedule) {
      out.push(`### Year ${year.year}`, '');
      if (year.steps.length === 0) out.push('Nothing scheduled.');
      for (const step of year.steps) {
        const theme = plan.themes.find((candidate) => candidate.theme.id === step.theme);
        out.push(`- ${theme?.theme.name} (${step.level.name}): ${item(step)}`);
      }
      out.push('');
    }
  }
  if (plan.notes.length > 0) {
    out.push('## Nothing to plan', '');
    for (const note of plan.notes) out.push(`- ${note}`);
    out.push('');
  }
  return out.join('\n');
}
