// `social-value threshold --contract-type … --authority … --date …`: the statutory threshold in
// force when the procurement commenced, with its VAT basis, period and source.
import { formatGBP, ukProcurementThreshold } from 'social-value';
import type { CommandResult } from '../command.js';
import { moneyCell } from '../figures.js';
import type { Table } from '../report.js';
import { withSources } from '../sources.js';
import { warningsSection } from '../warnings.js';

/** Options of the threshold command, as typed (the library checks them). */
export interface ThresholdCommandOptions {
  /** The contract type. */
  readonly contractType: string;
  /** The kind of authority. */
  readonly authority: string;
  /** The date the procurement commenced. */
  readonly date: string;
  /** The regime asked for. */
  readonly regime?: string | undefined;
  /** The threshold level. */
  readonly level?: string | undefined;
}

type Query = Parameters<typeof ukProcurementThreshold>[0];

/** Runs `threshold`. */
export function thresholdCommand(options: ThresholdCommandOptions): CommandResult {
  const threshold = withSources(
    [],
    () =>
      ukProcurementThreshold({
        contractType: options.contractType,
        authority: options.authority,
        commencedOn: options.date,
        ...(options.regime === undefined ? {} : { regime: options.regime }),
        ...(options.level === undefined ? {} : { level: options.level }),
      } as Query),
    {
      'query.contractType': '--contract-type',
      'query.authority': '--authority',
      'query.commencedOn': '--date',
      'query.regime': '--regime',
      'query.level': '--level',
    },
  );
  const table: Table = {
    columns: [{ label: 'Field' }, { label: 'Value' }],
    rows: [
      ['Amount', moneyCell(threshold.amount)],
      ['VAT basis', threshold.vatBasis],
      ['Contract type', threshold.contractType],
      ['Authority', threshold.authority],
      ['Level', threshold.level],
      ['Regime', threshold.regime],
      ['In force from', threshold.effectiveFrom],
      ['In force to', threshold.effectiveTo ?? 'until changed'],
      ['Source', threshold.source],
    ],
  };
  return {
    results: [threshold],
    report: {
      title: `Procurement threshold: ${formatGBP(threshold.amount, { places: 'pound' })}`,
      summary: threshold.summary,
      sources: [`Row ${threshold.id} of the library's threshold table`],
      sections: [{ heading: 'Threshold', table }, ...warningsSection(threshold.warnings)],
      csvTable: table,
    },
    failed: false,
  };
}
