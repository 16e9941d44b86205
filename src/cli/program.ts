// The commands and their flags (commander). Each action runs a command function and writes its
// result; the runner turns failures into exit codes.

import { createRequire } from 'node:module';
import { Command, Help, Option } from 'commander';
import { quoteText } from '../core/describe-value.js';
import { CliError } from './cli-error.js';
import type { CommandContext, CommandResult } from './command.js';
import { assessCommand, planCommand } from './commands/assess.js';
import { checkWeightingCommand } from './commands/check-weighting.js';
import { ocdsCommand } from './commands/ocds.js';
import { portfolioCommand } from './commands/portfolio.js';
import { reconcileCommand } from './commands/reconcile.js';
import { requiresCommand } from './commands/requires.js';
import { scoreCommand } from './commands/score.js';
import { thresholdCommand } from './commands/threshold.js';
import { trackCommand } from './commands/track.js';
import { valueCommand } from './commands/value.js';
import {
  figureOption,
  pointsOption,
  poundsOption,
  sheetColumnsOption,
  wholeOption,
} from './options.js';
import {
  assertDistinctFiles,
  assertNotInputs,
  assertSvgNames,
  emit,
  type Format,
  formats,
  type OutputOptions,
} from './output.js';
import type { Chart } from './report.js';
import { messageText } from './report.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const MODELS = 'svmi-public, svmi-business, portsmouth or a model.json';

/** Builds the program; actions record their exit code in `state`. */
export function buildProgram(context: CommandContext, state: { exitCode: number }): Command {
  const { terminal } = context;
  const program = new Command('social-value')
    .description(
      'Social value for UK public procurement from CSV and JSON files: reconcile and value pledge sheets, score tenders, check thresholds and policies, read the award criteria weights of published tender notices, self-assess maturity, track delivery.',
    )
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => terminal.out(text),
      writeErr: (text) => terminal.err(text),
      outputError: (text, write) => write(messageText(`social-value: ${text}`)),
    })
    .showSuggestionAfterError(true)
    // An option the command cannot run without says so in its help (commander does not).
    .configureHelp({
      optionDescription: (option) =>
        `${Help.prototype.optionDescription.call(new Help(), option)}${option.mandatory ? ' (required)' : ''}`,
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 done, 1 a finding of severity error (reconcile, value, track, check-weighting…), 2 bad input or usage, 3 a bug in social-value.\nExamples, with your own files (sample files are in examples/ of the source repository, not in the npm package):\n  social-value reconcile pledge-sheet.csv\n  social-value value pledge-sheet.csv --contract-value 12000000 --format html --out report.html\n  social-value score model.json bids.csv --sensitivity\n  social-value ocds notices --minimum 10',
    );

  // The files the running command reads (its arguments and option values), which no output
  // may replace.
  let inputs: string[] = [];
  program.hook('preAction', (_program, action) => {
    const { out, chart, benchmarkChart, ...read } = action.opts();
    // `--out report.html` without --format writes HTML, not text in a .html file.
    const named = typeof out === 'string' ? formatOfName(out) : undefined;
    if (named !== undefined && action.getOptionValueSource('format') === 'default') {
      action.setOptionValueWithSource('format', named, 'implied');
    }
    inputs = [...action.args, ...Object.values(read)].filter(
      (value): value is string => typeof value === 'string',
    );
  });

  const finish = (
    result: CommandResult & { benchmarkChart?: Chart | undefined },
    output: OutputOptions & { benchmarkChart?: string | undefined },
  ) => {
    if (output.benchmarkChart !== undefined && result.benchmarkChart === undefined) {
      throw new CliError(
        '--benchmark-chart: give --contract-value too (social value added needs it).',
      );
    }
    const destinations = {
      '--out': output.out,
      '--chart': output.chart,
      '--benchmark-chart': output.benchmarkChart,
    };
    assertDistinctFiles(destinations, terminal);
    assertNotInputs(destinations, inputs, terminal);
    assertSvgNames({ '--chart': output.chart, '--benchmark-chart': output.benchmarkChart });
    context.progress.done();
    emit(
      result,
      output,
      terminal,
      output.benchmarkChart !== undefined && result.benchmarkChart !== undefined
        ? [{ file: output.benchmarkChart, text: result.benchmarkChart.svg }]
        : [],
    );
    for (const note of result.notes ?? []) terminal.err(messageText(note));
    if (output.format === 'json' || output.format === 'csv') {
      for (const note of result.reportOnly ?? []) terminal.err(messageText(note));
    }
    state.exitCode = result.failed ? 1 : 0;
  };

  withSheetColumns(withOutput(program.command('reconcile'), true))
    .summary('check a pledge sheet’s arithmetic: findings and the corrected total')
    .description(
      'Check a pledge sheet (CSV, TSV or JSON rows): every row’s answer × proxy against its stated value, the stated total against the rows, and the corrected total. Exit code 1 when a finding has severity error.',
    )
    .argument('<sheet>', 'the pledge sheet (.csv, .tsv or .json)')
    .option('--tolerance <pounds>', 'difference allowed per row (default half a penny)')
    .option(
      '--stated-total <pounds>',
      'the total to check the rows against, for a sheet without a total row',
    )
    .action(
      (
        sheet: string,
        options: OutputOptions & SheetColumnFlags & { tolerance?: string; statedTotal?: string },
      ) => {
        finish(
          reconcileCommand(
            sheet,
            {
              tolerance:
                options.tolerance === undefined
                  ? undefined
                  : poundsOption('--tolerance', options.tolerance),
              columns: sheetColumnsOption(options.column),
              statedTotal: optional(options.statedTotal, (value) =>
                poundsOption('--stated-total', value),
              ),
            },
            context,
          ),
          options,
        );
      },
    );

  withSheetColumns(withOutput(program.command('value'), true))
    .summary('value a pledge sheet by theme, value type or tag; SVA and present value')
    .description(
      'Value a pledge sheet’s answers exactly with its own proxy values, by theme, value type or a tag column; with --contract-value, social value added and its position on the Social Value Portal benchmark; with --years, the present value (Green Book 3.5% unless --discount). The sheet’s stated values and total are checked against its answers × proxy values: exit code 1 when they differ (a scale error, a mismatch) or a cell cannot be read.',
    )
    .argument('<sheet>', 'the pledge sheet (.csv, .tsv or .json)')
    .option('--by <breakdown>', 'theme, value-type or tag:<column name>', 'theme')
    .option('--contract-value <pounds>', 'the contract value, for social value added (SVA)')
    .option('--years <n>', 'spread the value evenly over n years and discount it')
    .option('--discount <rate>', 'the yearly discount rate as a fraction (default 0.035)')
    .option('--first-year <year>', 'the calendar year of the first of --years (default this year)')
    .option('--price-year <year>', 'the price year of the sheet’s proxy values (default this year)')
    .option(
      '--benchmark-chart <file>',
      'write the SVA benchmark chart as SVG (with --contract-value)',
    )
    .action(
      (
        sheet: string,
        options: OutputOptions &
          SheetColumnFlags & {
            by: string;
            contractValue?: string;
            years?: string;
            discount?: string;
            priceYear?: string;
            firstYear?: string;
            benchmarkChart?: string;
          },
      ) => {
        finish(
          valueCommand(
            sheet,
            {
              by: options.by,
              contractValue: optional(options.contractValue, (value) =>
                poundsOption('--contract-value', value),
              ),
              years: optional(options.years, (value) => wholeOption('--years', value)),
              discount: optional(options.discount, (value) => figureOption('--discount', value)),
              priceYear: optional(options.priceYear, (value) => wholeOption('--price-year', value)),
              firstYear: optional(options.firstYear, (value) => wholeOption('--first-year', value)),
              columns: sheetColumnsOption(options.column),
            },
            context,
          ),
          options,
        );
      },
    );

  withOutput(program.command('score'), true)
    .summary('score and rank tenders with every score’s formula; weight sensitivity')
    .description(
      'Score bids (CSV: id, price and one column per criterion read from a response; or JSON: a list of bids) against an evaluation model (JSON, as defineEvaluation reads it): the ranking, every score with its formula and reason; with --sensitivity, the weight ranges that keep the winner.',
    )
    .argument('<model>', 'the evaluation model (.json)')
    .argument('<bids>', 'the bids (.csv or .json)')
    .option('--sensitivity', 'the weight range of each criterion that keeps the winner')
    .action((model: string, bids: string, options: OutputOptions & { sensitivity?: boolean }) => {
      finish(
        scoreCommand(model, bids, { sensitivity: options.sensitivity === true }, context),
        options,
      );
    });

  withOutput(program.command('threshold'), false)
    .summary('the statutory procurement threshold for a contract type, authority and date')
    .description(
      'Look up with ukProcurementThreshold the statutory procurement threshold in force on the date a procurement commenced, for a contract type and kind of authority (and a regime or level if given): its amount, VAT basis, level, regime, the period it is in force and its source, with a warning where it is past its next expected revision.',
    )
    .requiredOption(
      '--contract-type <type>',
      'services, supplies, works, light-touch, concession, …',
    )
    .requiredOption('--authority <kind>', 'central-government, sub-central, utility, …')
    .requiredOption('--date <YYYY-MM-DD>', 'the date the procurement commenced')
    .option('--regime <regime>', 'pcr-2015 or procurement-act-2023')
    .option('--level <level>', 'threshold (default), small-lot or notifiable-below-threshold')
    .action(
      (
        options: OutputOptions & {
          contractType: string;
          authority: string;
          date: string;
          regime?: string;
          level?: string;
        },
      ) => {
        finish(thresholdCommand(options), options);
      },
    );

  withOutput(program.command('requires'), false)
    .summary('is social value required for a contract under a policy?')
    .description(
      'Decide with requiresSocialValue whether social value is required for a contract (JSON: contractType, authority, value, vatBasis, commencedOn, …) under a policy (a preset or a policy.json, as definePolicy reads it): the answer, the rule that requires it, the minimum and maximum weighting, every rule’s status and reasons, and the statutory threshold the contract value was compared with.',
    )
    .argument(
      '<contract>',
      'the contract (.json: contractType, authority, value, vatBasis, commencedOn, …)',
    )
    .requiredOption(
      '--policy <policy>',
      'a preset (statutory, ppn0620, ppn002, southend2021, scotland, northernIreland, wales) or a policy.json',
    )
    .action((contract: string, options: OutputOptions & { policy: string }) => {
      finish(requiresCommand(contract, options.policy, context), options);
    });

  withOutput(program.command('check-weighting'), false)
    .summary('check a tender’s weights against a policy’s social value weighting')
    .description(
      'Check weights (in percentage points, given with --price, --quality, --social-value, --environmental, --other, or read from an evaluation model.json) for a contract against a policy. Exit code 1 when a requirement is not met.',
    )
    .argument('[model]', 'an evaluation model (.json) to read the weights from')
    .requiredOption('--contract <file>', 'the contract (.json)')
    .requiredOption('--policy <policy>', 'a preset or a policy.json')
    .option('--price <points>', 'the price weight')
    .option('--quality <points>', 'the quality weight')
    .option('--social-value <points>', 'the social value weight')
    .option('--environmental <points>', 'the environmental weight')
    .option('--other <points>', 'any other weight')
    .action(
      (
        model: string | undefined,
        options: OutputOptions & {
          contract: string;
          policy: string;
          price?: string;
          quality?: string;
          socialValue?: string;
          environmental?: string;
          other?: string;
        },
      ) => {
        finish(checkWeightingCommand(model, options, context), options);
      },
    );

  withOutput(program.command('assess'), true)
    .summary('self-assess social value maturity (SVMI or your own model)')
    .description(
      'Assess social value maturity with assessMaturity from answers per theme (JSON: a level id, the criteria met, or both) against a model (svmi-public, svmi-business, portsmouth, or a model.json as defineMaturityModel reads it): each theme’s level, the criteria still unmet at the next level, the overall level, and why. Warnings (a criterion the model does not have, a theme not answered) are listed, and the exit code stays 0.',
    )
    .argument('<responses>', 'the answers per theme (.json: a level, criteria met, or both)')
    .requiredOption('--model <model>', MODELS)
    .option('--label <label>', 'a label for the assessment, such as Present')
    .action((responses: string, options: OutputOptions & { model: string; label?: string }) => {
      finish(assessCommand(responses, options, context), options);
    });

  withOutput(program.command('plan'), true)
    .summary('the action plan from a maturity self-assessment to a target')
    .description(
      'Plan the steps from present maturity answers (JSON) to a target (a level id for every theme the answers cover, or a JSON of answers or levels per theme) under a model, with assessMaturity, planActions and compareAssessments: present against target by theme, the criteria to meet at each level with an action for each, and with --years the steps year by year. Warnings (a theme with nothing to plan, a target at or below the present level) are listed, and the exit code stays 0.',
    )
    .argument('<responses>', 'the present answers per theme (.json)')
    .requiredOption('--model <model>', MODELS)
    .requiredOption(
      '--target <target>',
      'the target: a level id for every theme the answers cover (leader) or a .json of answers or levels per theme',
    )
    .option('--years <n>', 'spread the steps over n years')
    .addOption(
      new Option('--spread-by <unit>', 'keep each step or each whole level in one year').choices([
        'step',
        'level',
      ]),
    )
    .action(
      (
        responses: string,
        options: OutputOptions & {
          model: string;
          target: string;
          years?: string;
          spreadBy?: 'step' | 'level';
        },
      ) => {
        finish(
          planCommand(
            responses,
            {
              model: options.model,
              target: options.target,
              years: optional(options.years, (value) => wholeOption('--years', value)),
              spreadBy: options.spreadBy,
            },
            context,
          ),
          options,
        );
      },
    );

  withSheetColumns(withOutput(program.command('track'), true))
    .summary('delivery against pledges: per measure, status, value and shortfall')
    .description(
      'Track deliveries (CSV or JSON: measure, date, quantity, and optionally verification, evidence, note, line) against pledges (a pledge sheet, or a stored valuation .json). A sheet’s stated values and total are checked as value checks them: exit code 1 when they differ from its answers × proxy values or a cell cannot be read.',
    )
    .argument(
      '<pledges>',
      'the pledges: a pledge sheet (.csv, .tsv, .json rows) or a valuation (.json)',
    )
    .argument('<deliveries>', 'the deliveries (.csv or .json)')
    .option('--start <YYYY-MM-DD>', 'the first day of the contract')
    .option('--end <YYYY-MM-DD>', 'the last day of the contract')
    .option(
      '--as-of <YYYY-MM-DD>',
      'the report date (default the contract end, or the last delivery)',
    )
    .option('--contract-value <pounds>', 'the contract value, for social value added')
    .addOption(
      new Option('--count <which>', 'count all deliveries or only verified ones').choices([
        'all',
        'verified',
      ]),
    )
    .option('--price-year <year>', 'the price year of a sheet’s proxy values (default this year)')
    .action(
      (
        pledges: string,
        deliveries: string,
        options: OutputOptions &
          SheetColumnFlags & {
            start?: string;
            end?: string;
            asOf?: string;
            contractValue?: string;
            count?: 'all' | 'verified';
            priceYear?: string;
          },
      ) => {
        finish(
          trackCommand(
            pledges,
            deliveries,
            {
              start: options.start,
              end: options.end,
              asOf: options.asOf,
              contractValue: optional(options.contractValue, (value) =>
                poundsOption('--contract-value', value),
              ),
              count: options.count,
              priceYear: optional(options.priceYear, (value) => wholeOption('--price-year', value)),
              columns: sheetColumnsOption(options.column),
              // Only HTML and --chart show the chart, which costs a report per date to draw.
              chart: options.format === 'html' || options.chart !== undefined,
            },
            context,
          ),
          options,
        );
      },
    );

  withOutput(program.command('portfolio'), true)
    .summary('the annual statement of a folder of delivery reports')
    .description(
      'Sum a folder of stored delivery reports (.json files written by `track --format json`, or { id, name, tags, report } entries) into a portfolio statement: totals, by contract, financial year and theme, and the largest shortfalls (the JSON has every breakdown: value type, tag, channel).',
    )
    .argument('<folder>', 'the folder of .json delivery reports')
    .option('--top <n>', 'how many of the largest shortfalls to list (default 10)')
    .option(
      '--targets <file>',
      'social value budget targets: a JSON list of { year, department?, priority?, value }',
    )
    .option(
      '--baseline <file>',
      "the budget's baseline: last year's budget or portfolio (JSON), or { year, values }",
    )
    .option(
      '--department-tag <tag>',
      'the tag read as the department in the budget (default "department"; or "departmentTag" in the --targets file)',
    )
    .option(
      '--priority-tag <tag>',
      'the tag read as the priority in the budget (default "priority"; or "priorityTag" in the --targets file)',
    )
    .action(
      (
        folder: string,
        options: OutputOptions & {
          top?: string;
          targets?: string;
          baseline?: string;
          departmentTag?: string;
          priorityTag?: string;
        },
      ) => {
        finish(
          portfolioCommand(
            folder,
            {
              top: optional(options.top, (value) => wholeOption('--top', value)),
              targets: options.targets,
              baseline: options.baseline,
              departmentTag: options.departmentTag,
              priorityTag: options.priorityTag,
            },
            context,
          ),
          options,
        );
      },
    );

  withOutput(program.command('ocds'), false)
    .summary('award criteria weights of published tender notices (OCDS), against a minimum')
    .description(
      'Read the award criteria of published tender notices (OCDS .json files as Find a Tender, Contracts Finder and Public Contracts Scotland return them: a release, record or package) with readOcdsAwardCriteria, and print each lot’s weights by kind with toWeighting: blank, with the first finding’s code, where they could not be read exactly. With --minimum, whether each lot’s social value weight meets it (10 for PPN 002’s 10%). A folder is read file by file in name order; a file in it that is not an OCDS notice is a row and an error finding, and the run goes on: exit code 1.',
    )
    .argument('<notices>', 'a notice (.json) or a folder of them')
    .option(
      '--minimum <points>',
      'a social value minimum in percentage points of the total score to check each lot against (10 for PPN 002)',
    )
    .action((notices: string, options: OutputOptions & { minimum?: string }) => {
      finish(
        ocdsCommand(
          notices,
          { minimum: optional(options.minimum, (value) => pointsOption('--minimum', value)) },
          context,
        ),
        options,
      );
    });

  for (const command of program.commands) refuseRepeatedFlags(command);
  return program;
}

/**
 * Refuses a flag that takes one value given twice (`--contract-value 1000000 --contract-value
 * 12000000`), which commander would settle silently by keeping the last: the user meant one of
 * them, and the run should not guess which. `--column`, which collects, may repeat.
 */
function refuseRepeatedFlags(command: Command): void {
  for (const option of command.options) {
    if (option.variadic || option.long === '--column' || !(option.required || option.optional)) {
      continue;
    }
    let first: string | undefined;
    command.on(`option:${option.name()}`, (value: string) => {
      if (first === undefined) {
        first = value;
        return;
      }
      throw new CliError(
        `${option.long}: given twice (${quoteText(first)} and ${quoteText(value)}): give it once.`,
      );
    });
  }
}

function withOutput(command: Command, chart: boolean): Command {
  command
    .addOption(
      new Option('-f, --format <format>', 'the output format')
        .choices(formats)
        .default('text' satisfies Format),
    )
    .option(
      '-o, --out <file>',
      'write the output to a file instead of standard output (in the format its name ends in, .html, .md, .csv or .json, unless --format says)',
    );
  if (chart) command.option('--chart <file>', 'write the chart as an SVG file');
  return command;
}

/** The `--column` flags, as given. */
interface SheetColumnFlags {
  column?: string[];
}

/** Adds `--column role=header` (repeatable) to a command that reads a pledge sheet. */
function withSheetColumns(command: Command): Command {
  return command.option(
    '--column <role=header>',
    'read the column headed <header> as <role> (measure, quantity, proxyValue, statedValue, theme, …); repeat for each column to name',
    (value: string, previous: string[] = []) => [...previous, value],
  );
}

function optional<T>(value: string | undefined, read: (value: string) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}

/** The format a file name ends in (`.html`, `.htm`, `.md`, `.csv`, `.json`), if any. */
function formatOfName(file: string): Format | undefined {
  const ending = /\.(html?|md|csv|json)$/i.exec(file)?.[1]?.toLowerCase();
  return ending === undefined ? undefined : ending === 'htm' ? 'html' : (ending as Format);
}
