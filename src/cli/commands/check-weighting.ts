// `social-value check-weighting [model.json] --contract … --policy …`: a tender's weights (flags
// in percentage points, or an evaluation model) checked against the policy's social value
// weighting. Exit code 1 when a requirement is not met.
import { checkWeighting, Decimal } from 'social-value';
import { CliError } from '../cli-error.js';
import { type CommandContext, type CommandResult, errorNote, hasError } from '../command.js';
import { figureCell, figurePlacesApart, percentCell } from '../figures.js';
import { figureOption } from '../options.js';
import { readJson } from '../read-input.js';
import { policySources, readPolicy } from '../read-policy.js';
import type { Table } from '../report.js';
import { withSources } from '../sources.js';

/** Options of the check-weighting command. */
export interface CheckWeightingCommandOptions {
  /** The contract file. */
  readonly contract: string;
  /** A policy preset or file. */
  readonly policy: string;
  /** The price weight, in points. */
  readonly price?: string | undefined;
  /** The quality weight, in points. */
  readonly quality?: string | undefined;
  /** The social value weight, in points. */
  readonly socialValue?: string | undefined;
  /** The environmental weight, in points. */
  readonly environmental?: string | undefined;
  /** Any other weight, in points. */
  readonly other?: string | undefined;
}

type WeightsArgument = Parameters<typeof checkWeighting>[0];
type ContractArgument = Parameters<typeof checkWeighting>[1];

const HUNDRED = /* @__PURE__ */ new Decimal(100);

const FLAGS = [
  ['price', '--price'],
  ['quality', '--quality'],
  ['socialValue', '--social-value'],
  ['environmental', '--environmental'],
  ['other', '--other'],
] as const;

/** Runs `check-weighting`. */
export function checkWeightingCommand(
  modelFile: string | undefined,
  options: CheckWeightingCommandOptions,
  context: CommandContext,
): CommandResult {
  const given = FLAGS.filter(([key]) => options[key] !== undefined);
  let weights: WeightsArgument;
  if (modelFile !== undefined) {
    if (given.length > 0) {
      throw new CliError(
        `${given[0]![1]}: give the weights either as flags or as a model.json, not both.`,
      );
    }
    weights = readJson(modelFile, context.terminal.cwd) as WeightsArgument;
  } else {
    if (given.length === 0) {
      throw new CliError(
        'give the weights: --price, --quality, --social-value… in percentage points, or a model.json.',
      );
    }
    weights = Object.fromEntries(
      given.map(([key, flag]) => [key, figureOption(flag, options[key]!)]),
    ) as unknown as WeightsArgument;
  }
  const contract = readJson(options.contract, context.terminal.cwd) as ContractArgument;
  const { policy, source } = readPolicy(options.policy, context.terminal.cwd);
  const check = withSources(
    [
      ...(modelFile === undefined ? [] : [{ file: modelFile, roots: ['weights'] }]),
      { file: options.contract, roots: ['contract'] },
      ...policySources(options.policy),
    ],
    () => checkWeighting(weights, contract, policy),
    // Weights given as flags: an issue at `weights.price` is the flag's.
    modelFile === undefined
      ? Object.fromEntries(FLAGS.map(([key, flag]) => [`weights.${key}`, flag]))
      : {},
  );
  // A total that is not 100 shows apart from it (100.0000001 read "100" beside the finding), and
  // the weights to its places, so that they add up to it (a weight of 10.000000000000000000001
  // read "10").
  const places = figurePlacesApart(check.total, HUNDRED, 4);
  const weightsTable: Table = {
    columns: [{ label: 'Group' }, { label: 'Weight (points)', numeric: true }],
    rows: [
      ['Price', figureCell(check.weights.price, places)],
      ['Quality', figureCell(check.weights.quality, places)],
      ['Social value', figureCell(check.weights.socialValue, places)],
      ['Environmental', figureCell(check.weights.environmental, places)],
      ['Other', figureCell(check.weights.other, places)],
    ],
    total: ['Total', figureCell(check.total, places)],
  };
  const findings: Table = {
    columns: [
      { label: 'Finding' },
      { label: 'Severity' },
      { label: 'Met' },
      { label: 'Rule' },
      { label: 'Of' },
      { label: 'Required %', numeric: true },
      { label: 'Actual %', numeric: true },
    ],
    rows: check.findings.map((finding) => {
      // Unmet, the two percentages to as many places as tell them apart (never 10 and 10).
      const places = finding.ok
        ? 2
        : figurePlacesApart(finding.requiredPercent, finding.actualPercent, 2);
      return [
        finding.code,
        finding.severity,
        finding.ok ? 'yes' : 'no',
        finding.rule ?? '',
        finding.of,
        figureCell(finding.requiredPercent, places),
        figureCell(finding.actualPercent, places),
      ];
    }),
  };
  const share = check.socialValueShare;
  return {
    results: [check],
    report: {
      title: `Weighting check: ${check.ok ? 'meets the policy' : 'does not meet the policy'}`,
      summary: check.summary,
      sources: [
        modelFile === undefined ? 'Weights: given on the command line' : `Weights: ${modelFile}`,
        `Contract: ${options.contract}`,
        source,
      ],
      sections: [
        {
          heading: 'Weights',
          table: weightsTable,
          text:
            share.total === null
              ? []
              : [`Social value is ${percentCell(share.total, 1).text} of the total score.`],
        },
        {
          heading: 'Findings',
          ...(check.findings.length === 0
            ? { text: ['No rule of the policy asks for a weighting of this contract.'] }
            : { table: findings, list: check.findings.map((finding) => finding.message) }),
        },
      ],
      csvTable: findings,
    },
    notes: [
      errorNote(
        'the weighting',
        check.findings,
        (finding) => `${finding.code}${finding.rule === null ? '' : ` (rule ${finding.rule})`}`,
      ),
    ].filter((note) => note !== undefined),
    failed: hasError(check.findings),
  };
}
