// `social-value requires <contract.json> --policy <preset|policy.json>`: whether social value is
// required, under which rule, with the weightings asked for and every rule's reasons.
import { requiresSocialValue } from 'social-value';
import type { CommandContext, CommandResult } from '../command.js';
import { figureCell, moneyCell, moneyPlacesApart } from '../figures.js';
import { readJson } from '../read-input.js';
import { policySources, readPolicy } from '../read-policy.js';
import type { Section, Table } from '../report.js';
import { withSources } from '../sources.js';
import { warningsSection } from '../warnings.js';

type ContractArgument = Parameters<typeof requiresSocialValue>[0];

/** Runs `requires`. */
export function requiresCommand(
  contractFile: string,
  policyName: string,
  context: CommandContext,
): CommandResult {
  const contract = readJson(contractFile, context.terminal.cwd) as ContractArgument;
  const { policy, source } = readPolicy(policyName, context.terminal.cwd);
  const result = withSources(
    [{ file: contractFile, roots: ['contract'] }, ...policySources(policyName)],
    () => requiresSocialValue(contract, policy),
  );
  const answer = result.required ? 'required' : result.recommended ? 'recommended' : 'not required';
  const weighting = (entry: { percent: { toString(): string }; of: string } | null) =>
    entry === null ? 'none' : `at least ${entry.percent.toString()}% of the ${entry.of} score`;
  const overview: Table = {
    columns: [{ label: 'Question' }, { label: 'Answer' }],
    rows: [
      ['Social value', answer],
      ['Required by law and central guidance', result.statutory.required ? 'yes' : 'no'],
      ['Required by local rules', result.local.required ? 'yes' : 'no'],
      ['Rule that requires it', result.rule ?? 'none'],
      ['Minimum weighting', weighting(result.minimumWeighting)],
      [
        'Maximum weighting',
        result.maximumWeighting === null
          ? 'none'
          : `at most ${result.maximumWeighting.percent.toString()}% of the ${result.maximumWeighting.of} score`,
      ],
    ],
  };
  const rules: Table = {
    columns: [{ label: 'Rule' }, { label: 'Scope' }, { label: 'Status' }],
    rows: result.evaluations.map((evaluation) => [
      evaluation.rule,
      evaluation.scope,
      evaluation.status,
    ]),
  };
  const sections: Section[] = [
    { heading: 'Answer', table: overview },
    { heading: 'Rules', table: rules, list: result.reasons },
  ];
  const statutory = result.statutoryThreshold;
  if (statutory !== null) {
    // A value below the threshold by less than a penny, to the places that tell them apart.
    const places =
      statutory.value === null || statutory.atOrAbove !== false
        ? 2
        : moneyPlacesApart(statutory.value, statutory.threshold.amount);
    sections.push({
      heading: 'Statutory threshold',
      text: [statutory.threshold.summary],
      table: {
        columns: [{ label: 'Figure' }, { label: 'Amount', numeric: true }],
        rows: [
          ['Threshold', moneyCell(statutory.threshold.amount, places)],
          [
            `Contract value (${statutory.threshold.vatBasis} of VAT)`,
            moneyCell(statutory.value, places),
          ],
          [
            'At or above the threshold',
            statutory.atOrAbove === null ? 'unknown' : statutory.atOrAbove ? 'yes' : 'no',
          ],
          ['Shortfall', moneyCell(statutory.shortfall, places)],
        ],
      },
    });
  }
  sections.push(...warningsSection(statutory?.threshold.warnings ?? []));
  if (result.targetSocialValueAddedRatio !== null) {
    sections.push({
      heading: 'Target social value added',
      text: [
        `The policy targets social value added of ${figureCell(result.targetSocialValueAddedRatio.times(100), 2).text}% of the contract value.`,
      ],
    });
  }
  return {
    results: [result],
    report: {
      title: `Is social value required? ${answer[0]!.toUpperCase()}${answer.slice(1)}`,
      summary: result.summary,
      sources: [`Contract: ${contractFile}`, source],
      sections,
      csvTable: rules,
    },
    failed: false,
  };
}
