import { parseInput } from '../core/zod-error.js';
import { markdownText } from './markdown-text.js';
import { resultAt } from './read-result.js';
import { formatPlanMarkdownOptionsSchema } from './schemas.js';
import type { ActionPlan, PlanStep } from './types.js';

/** Options of {@link formatPlanMarkdown}. */
export interface FormatPlanMarkdownOptions {
  /** The top heading, written as it reads like every text. Default `Action plan: <model name>`. */
  readonly title?: string | undefined;
  /** Show each step's criterion id after it (default true), so answers can be traced. */
  readonly showIds?: boolean | undefined;
}

/** Text from the plan, as it reads (see `markdownText`); a missing name is empty. */
function oneLine(text: string | null): string {
  return markdownText(text ?? '');
}

/**
 * Writes an action plan as Markdown a council can paste into a report: the plan's summary, then
 * per theme (largest gap first) the steps to reach each level, numbered; then, when the plan was
 * scheduled, the steps year by year; then the themes with nothing to plan and why. Every text
 * (names, actions, the title) is written on one line as it reads: characters Markdown would
 * take as markup (`` \ ` * _ [ ] < > | ~ # ``, and an `&` that starts an entity such as `&amp;`)
 * are escaped, so `<council website>` stays visible, and so is a list marker a text starts with
 * (`- `, `1. `), so an action written as a bullet nests no list in the numbered steps.
 * Control characters (a terminal's escape codes) and bidirectional overrides are written as
 * U+FFFD, so no name reverses the rest of its line.
 *
 * @param plan - From {@link planActions}, or its JSON snapshot.
 * @param options - Title, and whether to show criterion ids.
 * @returns The Markdown text, ending with a newline.
 * @throws SocialValueError `invalid-input` when `plan` is not an action plan (naming what is
 * expected) or for bad options.
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
export function formatPlanMarkdown(plan: ActionPlan, options?: FormatPlanMarkdownOptions): string {
  const read = resultAt(
    plan,
    ['plan'],
    ['action-plan'],
    'an action plan from planActions, or its JSON snapshot',
  );
  const settings =
    parseInput(formatPlanMarkdownOptionsSchema, options, 'options', ['options']) ?? {};
  const showIds = settings.showIds ?? true;
  const item = (step: PlanStep) =>
    oneLine(showIds ? `${step.action} (${step.criterion})` : step.action);
  const out: string[] = [
    `# ${oneLine(settings.title ?? `Action plan: ${read.model.name}`)}`,
    '',
    oneLine(read.summary),
    '',
  ];
  // A theme with steps and a warning (its target has no criteria) says so under its heading.
  const warned = new Set(read.warnings.map((warning) => warning.theme));
  for (const theme of read.themes) {
    if (theme.stepCount === 0) continue;
    out.push(
      `## ${oneLine(theme.themeName)}: ${oneLine(theme.presentLevelName)} to ${oneLine(theme.targetLevelName)}`,
      '',
      ...(warned.has(theme.theme) ? [oneLine(theme.reason), ''] : []),
    );
    for (const level of theme.levels) {
      if (level.steps.length === 0) continue;
      out.push(`**To reach ${oneLine(level.levelName)}**`, '');
      level.steps.forEach((step, i) => {
        out.push(`${i + 1}. ${item(step)}`);
      });
      out.push('');
    }
  }
  if (read.years !== null) {
    out.push(`## Schedule over ${read.years} year${read.years === 1 ? '' : 's'}`, '');
    for (const year of read.schedule) {
      out.push(`### Year ${year.year}`, '');
      if (year.steps.length === 0) out.push('Nothing scheduled.');
      for (const step of year.steps) {
        out.push(`- ${oneLine(step.themeName)} (${oneLine(step.levelName)}): ${item(step)}`);
      }
      out.push('');
    }
  }
  const empty = new Set(read.themes.filter((theme) => theme.stepCount === 0).map((t) => t.theme));
  const nothing = read.warnings.filter((warning) => empty.has(warning.theme));
  if (nothing.length > 0) {
    out.push('## Nothing to plan', '');
    for (const warning of nothing) out.push(`- ${oneLine(warning.message)}`);
    out.push('');
  }
  return out.join('\n');
}
