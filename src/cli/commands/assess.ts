// `social-value assess <responses.json> --model …` and `social-value plan <responses.json>
// --model … --target … --years N`: a maturity self-assessment, and the action plan from it to a
// target, with the radar of present (and target) levels by theme.
import {
  type ActionPlan,
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  type MaturityAssessment,
  type MaturityModel,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from 'social-value';
import { radarChart } from 'social-value/charts';
import { quoteText } from '../../core/describe-value.js';
import { isPlainRecord } from '../../core/record.js';
import { didYouMean, suggest } from '../../core/suggest.js';
import { chartLabel } from '../chart-label.js';
import { CliError } from '../cli-error.js';
import { type CommandContext, type CommandResult, hasError } from '../command.js';
import { figureCell } from '../figures.js';
import { isJsonFile, readJson, receivedText } from '../read-input.js';
import type { Chart, Section, Table } from '../report.js';
import { withSources } from '../sources.js';
import { warningsSection } from '../warnings.js';

const PRESETS: Readonly<Record<string, MaturityModel>> = {
  'svmi-public': svmiPublicSector,
  'svmi-business': svmiBusiness,
  portsmouth: portsmouthRoadmap,
};

type Responses = Parameters<typeof assessMaturity>[1];

/** Options of the assess command. */
export interface AssessCommandOptions {
  /** A preset name or a model file. */
  readonly model: string;
  /** A label for the assessment. */
  readonly label?: string | undefined;
}

/** Runs `assess`. */
export function assessCommand(
  responsesFile: string,
  options: AssessCommandOptions,
  context: CommandContext,
): CommandResult {
  const { model, source } = readModel(options.model, context.terminal.cwd);
  const responses = readResponses(responsesFile, context.terminal.cwd);
  const assessment = withSources(
    [{ file: responsesFile, roots: ['responses'] }],
    () =>
      assessMaturity(model, responses, {
        ...(options.label === undefined ? {} : { label: options.label }),
      }),
    { 'options.label': '--label' },
  );
  const themes = themesTable(assessment);
  const chart = radar(model, [assessment], 'Maturity by theme');
  return {
    results: [assessment],
    report: {
      title: `Maturity self-assessment: ${model.name}`,
      summary: assessment.summary,
      sources: [`Answers: ${responsesFile}`, source],
      sections: [
        { heading: 'Themes', table: themes, text: [assessment.overall.reason] },
        {
          heading: 'Why each level',
          list: assessment.themes.map((theme) => `${theme.themeName}: ${theme.reason}`),
        },
        ...warningsSection(assessment.warnings),
        { heading: 'Chart', chart },
      ],
      csvTable: themes,
    },
    chart,
    failed: hasError(assessment.warnings),
  };
}

/** Options of the plan command. */
export interface PlanCommandOptions {
  /** A preset name or a model file. */
  readonly model: string;
  /** A level id for every theme, or a file of answers or levels per theme. */
  readonly target: string;
  /** Spread the steps over this many years. */
  readonly years?: number | undefined;
  /** Keep each step or each whole level in one year. */
  readonly spreadBy?: 'step' | 'level' | undefined;
}

/**
 * Answers per theme from a .json file. A stored result of the library (its `kind` and
 * `schemaVersion`: a valuation given by mistake) is refused naming its kind, rather than read
 * as answers and refused key by key ("responses.framework.name: unknown key", …).
 */
function readResponses(file: string, cwd: string): Responses {
  const json = readJson(file, cwd);
  if (isPlainRecord(json) && typeof json.kind === 'string' && 'schemaVersion' in json) {
    throw new CliError(
      `${file}: expected answers per theme ({ "theme id": "level id" or { "met", "level", "evidence", "note" } }), received ${receivedText(json)}.`,
    );
  }
  return json as Responses;
}

/** Runs `plan`. */
export function planCommand(
  responsesFile: string,
  options: PlanCommandOptions,
  context: CommandContext,
): CommandResult {
  const { model, source } = readModel(options.model, context.terminal.cwd);
  const answers = readResponses(responsesFile, context.terminal.cwd);
  const present = withSources([{ file: responsesFile, roots: ['responses'] }], () =>
    assessMaturity(model, answers, { label: 'Present' }),
  );
  const targetAnswers = isJsonFile(options.target)
    ? readResponses(options.target, context.terminal.cwd)
    : targetLevel(model, options.target, present);
  const target = withSources(
    isJsonFile(options.target) ? [{ file: options.target, roots: ['responses'] }] : [],
    () => assessMaturity(model, targetAnswers, { label: 'Target' }),
  );
  const plan = withSources(
    [],
    () =>
      planActions(model, {
        present,
        target,
        ...(options.years === undefined ? {} : { years: options.years }),
        ...(options.spreadBy === undefined ? {} : { spreadBy: options.spreadBy }),
      }),
    { 'input.years': '--years', 'input.spreadBy': '--spread-by' },
  );
  const comparison = compareAssessments(present, target);
  const comparisonTable: Table = {
    columns: [
      { label: 'Theme' },
      { label: 'Present' },
      { label: 'Target' },
      { label: 'Gap', numeric: true },
    ],
    rows: comparison.themes.map((theme) => [
      theme.themeName,
      theme.presentLevelName ?? 'not assessed',
      theme.targetLevelName ?? 'not assessed',
      theme.gap === null ? '' : theme.gap > 0 ? `+${theme.gap}` : String(theme.gap),
    ]),
    total: [
      'Overall',
      `${present.overall.levelName} (mean ${figureCell(present.overall.mean, 2).text})`,
      `${target.overall.levelName} (mean ${figureCell(target.overall.mean, 2).text})`,
      '',
    ],
  };
  const steps = stepsTable(plan);
  const chart = radar(model, [present, target], 'Maturity by theme: present and target');
  const sections: Section[] = [
    { heading: 'Present and target', table: comparisonTable, text: [comparison.summary] },
    { heading: 'Chart', chart },
    ...plan.themes
      .filter((theme) => theme.stepCount > 0)
      .map((theme) => ({
        heading: `${theme.themeName}: ${theme.presentLevelName ?? 'not assessed'} to ${theme.targetLevelName ?? 'not assessed'}`,
        text: [theme.reason],
        list: theme.levels.flatMap((level) =>
          level.steps.map(
            (step) =>
              `To reach ${level.levelName}${step.year === undefined ? '' : `, year ${step.year}`}: ${step.action}`,
          ),
        ),
      })),
    ...(plan.schedule.length > 0 ? [{ heading: 'Year by year', table: steps }] : []),
    // Once each: a theme the answers leave out is said of the present and of the target alike.
    ...warningsSection([
      ...new Map(
        [...present.warnings, ...target.warnings, ...plan.warnings].map((warning) => [
          `${warning.severity}: ${warning.message}`,
          warning,
        ]),
      ).values(),
    ]),
  ];
  return {
    results: [present, target, plan, comparison],
    report: {
      title: `Maturity action plan: ${model.name}`,
      summary: plan.summary,
      sources: [
        `Present answers: ${responsesFile}`,
        `Target: ${options.target}`,
        source,
        present.summary,
      ],
      sections,
      csvTable: steps,
    },
    chart,
    failed: hasError(plan.warnings),
  };
}

function readModel(value: string, cwd: string): { model: MaturityModel; source: string } {
  if (Object.hasOwn(PRESETS, value)) {
    const model = PRESETS[value]!;
    return { model, source: `Model: ${model.name} (${model.source.title}, ${model.source.year})` };
  }
  if (isJsonFile(value)) {
    const json = readJson(value, cwd) as Parameters<typeof defineMaturityModel>[0];
    const model = withSources([{ file: value, roots: ['model'] }], () => defineMaturityModel(json));
    return { model, source: `Model: ${model.name} (${value})` };
  }
  throw new CliError(
    `--model: expected ${Object.keys(PRESETS).join(', ')} or a model .json file, received ${quoteText(value)}${didYouMean(suggest(value, Object.keys(PRESETS)))}.`,
  );
}

/**
 * The level for every theme the present assessment covers: a theme the answers leave out is left
 * out of the target too (compareAssessments compares like with like, and the plan says why).
 */
function targetLevel(model: MaturityModel, level: string, present: MaturityAssessment): Responses {
  if (!model.levels.some((entry) => entry.id === level)) {
    // A level written by its name or in another case (`Leader`, `Non Compliant`) names its id.
    const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');
    const meant = model.levels.find((entry) =>
      [entry.id, entry.name].some((text) => squash(text) === squash(level)),
    );
    throw new CliError(
      `--target: expected a .json file or a level of ${model.name} (${model.levels.map((entry) => entry.id).join(', ')}), received ${quoteText(level)}${meant === undefined ? '' : ` (did you mean ${quoteText(meant.id)}?)`}.`,
    );
  }
  return Object.fromEntries(
    present.themes.filter((theme) => theme.rank !== null).map((theme) => [theme.theme, level]),
  ) as Responses;
}

function themesTable(assessment: MaturityAssessment): Table {
  return {
    columns: [
      { label: 'Theme' },
      { label: 'Level' },
      { label: 'Rank', numeric: true },
      { label: 'Basis' },
      { label: 'Still unmet at the next level' },
    ],
    rows: assessment.themes.map((theme) => [
      theme.themeName,
      theme.levelName ?? 'not assessed',
      theme.rank === null ? '' : String(theme.rank),
      theme.basis,
      theme.nextLevelName === null
        ? ''
        : `${theme.nextLevelName}: ${theme.unmetAtNextLevel.length} of ${theme.criteriaAtNextLevel}`,
    ]),
    total: [
      'Overall',
      assessment.overall.levelName,
      {
        text: figureCell(assessment.overall.mean, 2).text,
        exact: assessment.overall.mean.toString(),
      },
      'mean rank',
      '',
    ],
  };
}

function stepsTable(plan: ActionPlan): Table {
  return {
    columns: [
      { label: 'Year' },
      { label: 'Theme' },
      { label: 'To reach' },
      { label: 'Criterion' },
      { label: 'Action' },
    ],
    rows: (plan.schedule.length > 0
      ? plan.schedule.flatMap((year) => year.steps)
      : plan.themes.flatMap((theme) => theme.levels.flatMap((level) => level.steps))
    ).map((step) => [
      step.year === undefined ? '' : String(step.year),
      step.themeName,
      step.levelName,
      step.criterion,
      step.action,
    ]),
  };
}

/** The radar of one or two assessments: one spoke per theme, rings at the levels' ranks. */
function radar(
  model: MaturityModel,
  assessments: readonly MaturityAssessment[],
  title: string,
): Chart {
  // Levels are sorted by rank: the last is the top (no spread, which overflows the stack with
  // a model of 150,000 levels).
  const top = model.levels.at(-1)!.rank;
  const missing = new Set(
    assessments.flatMap((assessment) =>
      assessment.themes.filter((theme) => theme.rank === null).map((theme) => theme.theme),
    ),
  );
  const svg = radarChart({
    title,
    description: `${model.name}; levels ranked 0 to ${top} (${model.levels.map((level) => `${level.rank} ${level.name}`).join(', ')}).${missing.size > 0 ? ' Themes not assessed are drawn at 0.' : ''}`,
    axes: model.themes.map((theme) => ({
      label: chartLabel(missing.has(theme.id) ? `${theme.name} (not assessed)` : theme.name),
      max: top,
    })),
    series: assessments.map((assessment, index) => ({
      label: chartLabel(assessment.label ?? (index === 0 ? 'Present' : 'Target')),
      values: model.themes.map(
        (theme) => assessment.themes.find((entry) => entry.theme === theme.id)?.rank ?? 0,
      ),
    })),
  });
  return {
    svg,
    caption: assessments.map((assessment) => assessment.summary).join(' '),
  };
}
