// `social-value reconcile <sheet>`: the sheet's own arithmetic checked row by row, findings and
// the corrected total. Exit code 1 when a finding (or a cell problem) has severity error.
import { type Decimal, formatGBP, reconcilePledgeSheet, toDecimal } from 'social-value';
import { barChart } from 'social-value/charts';
import { CliError } from '../cli-error.js';
import { type CommandContext, type CommandResult, errorNote, hasError } from '../command.js';
import { countText, figureCell, moneyCell, moneyColumn, percentCell } from '../figures.js';
import {
  readSheet,
  type SheetColumns,
  sheetWarningNote,
  unreadCells,
  unreadNote,
} from '../read-sheet.js';
import type { Section, Table } from '../report.js';
import { withSources } from '../sources.js';

/** Options of the reconcile command. */
export interface ReconcileCommandOptions {
  /** The tolerance in pounds (default half a penny, the library's). */
  readonly tolerance?: string | undefined;
  /** The total to check the rows against, in pounds, for a sheet without a total row. */
  readonly statedTotal?: string | undefined;
  /** A CSV sheet's columns by role (`--column`). */
  readonly columns?: SheetColumns | undefined;
}

/** Runs `reconcile`: reads the sheet, reconciles it, describes the findings and totals. */
export function reconcileCommand(
  file: string,
  options: ReconcileCommandOptions,
  context: CommandContext,
): CommandResult {
  const sheet = readSheet(file, context, options.columns);
  context.progress.update(`Reconciling ${countText(sheet.rows.length)} rows…`);
  if (options.statedTotal !== undefined && sheet.statedTotal != null) {
    throw new CliError(
      `--stated-total: ${file} states its own total (${formatGBP(sheet.statedTotal)}), which is the one checked; the flag is for a sheet without a total row.`,
    );
  }
  const check = withSources(
    [sheet.source],
    () =>
      reconcilePledgeSheet(sheet.rows, {
        statedTotal: options.statedTotal ?? sheet.statedTotal,
        ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
      }),
    { 'options.statedTotal': '--stated-total', 'options.tolerance': '--tolerance' },
  );
  // The library's sentence names its option; here the flag gives it.
  const messages = check.findings.map((finding) =>
    finding.message.replace('given as options.statedTotal', 'given with --stated-total'),
  );
  const computed = moneyColumn(check.rows.map((row) => row.computed));
  const stated = moneyColumn(check.rows.map((row) => row.stated));
  const corrected = moneyColumn(check.rows.map((row) => row.corrected));
  // A sheet with an Attribution Share column: each row is checked against answer × proxy × share.
  const shared = sheet.rows.some((row) => row.attributionShare !== undefined);
  const rowsTable: Table = {
    columns: [
      { label: 'Row' },
      { label: 'Measure' },
      { label: 'Answer', numeric: true },
      { label: 'Proxy value', numeric: true },
      ...(shared ? [{ label: 'Attribution', numeric: true }] : []),
      { label: shared ? 'Answer × proxy × share' : 'Answer × proxy', numeric: true },
      { label: 'Stated', numeric: true },
      { label: 'Corrected', numeric: true },
      { label: 'Findings' },
    ],
    rows: check.rows.map((row, index) => {
      const input = sheet.rows[index];
      return [
        String(row.row),
        row.measure,
        figureCell(optionalDecimal(input?.quantity)),
        figureCell(optionalDecimal(input?.proxyValue), 7),
        ...(shared ? [percentCell(optionalDecimal(input?.attributionShare ?? 1), 0)] : []),
        computed.cells[index]!,
        stated.cells[index]!,
        corrected.cells[index]!,
        row.findingCodes.join(', '),
      ];
    }),
    total: [
      'Total',
      '',
      '',
      '',
      ...(shared ? [''] : []),
      computed.total,
      stated.total,
      corrected.total,
      '',
    ],
  };
  const findingsTable: Table = {
    columns: [
      { label: 'Row' },
      { label: 'Measure' },
      { label: 'Finding' },
      { label: 'Severity' },
      { label: 'Expected', numeric: true },
      { label: 'Stated', numeric: true },
      { label: 'Difference', numeric: true },
    ],
    rows: check.findings.map((finding) => [
      finding.row === undefined ? '' : String(finding.row),
      finding.measure ?? '',
      finding.code,
      finding.severity,
      moneyCell(finding.expected),
      moneyCell(finding.stated),
      moneyCell(finding.difference),
    ]),
  };
  const byTheme = correctedByTheme(check.rows, sheet.rows);
  const chart = {
    svg: barChart({
      title: 'Corrected pledged value by theme',
      description: `From ${file}; corrected total ${formatGBP(check.correctedTotal)}.`,
      valueFormat: 'money',
      axisLabel: 'Corrected value (£)',
      bars: byTheme,
    }),
    caption: `Corrected value by theme; the corrected total is ${formatGBP(check.correctedTotal)}.`,
  };
  const sections: Section[] = [
    {
      heading: 'Totals',
      table: {
        columns: [{ label: 'Figure' }, { label: 'Amount', numeric: true }],
        rows: [
          ['Stated total', moneyCell(check.statedTotal)],
          ['Sum of the stated rows', moneyCell(check.statedRowsTotal)],
          ['Σ answer × proxy as shown', moneyCell(check.computedTotal)],
          ['Corrected total', moneyCell(check.correctedTotal)],
          ['Correction', moneyCell(check.correction)],
        ],
      },
      text:
        check.statedTotalMatchesRows === undefined
          ? []
          : [
              `The stated total ${check.statedTotalMatchesRows ? 'equals' : 'differs from'} ${
                check.rows.some((row) => row.stated !== null)
                  ? 'the sum of the stated rows'
                  : 'the answers × proxy values (no row states a value)'
              }.`,
            ],
    },
    {
      heading: 'Findings',
      ...(check.findings.length === 0
        ? { text: ['No findings: every row adds up.'] }
        : { table: findingsTable, list: messages }),
    },
  ];
  sections.push(
    ...unreadCells(sheet),
    { heading: 'Rows', table: rowsTable },
    { heading: 'Chart', chart },
  );
  return {
    results: [check],
    report: {
      title: `Pledge sheet reconciliation: ${file}`,
      summary: check.summary,
      sources: [`Sheet: ${file}`, ...(sheet.summary === null ? [] : [sheet.summary])],
      sections,
      csvTable: rowsTable,
    },
    chart,
    notes: [
      errorNote(
        file,
        check.findings,
        (finding) =>
          `${finding.code}${finding.row === undefined ? '' : ` at row ${finding.row}`}${finding.measure === undefined ? '' : ` (${finding.measure})`}`,
      ),
      unreadNote(sheet),
    ].filter((note) => note !== undefined),
    reportOnly: [sheetWarningNote(sheet)].filter((note) => note !== undefined),
    failed: hasError(check.findings) || hasError(sheet.problems),
  };
}

function optionalDecimal(value: unknown): Decimal | null {
  if (value === null || value === undefined) return null;
  return toDecimal(value as string);
}

function correctedByTheme(
  rows: readonly { readonly corrected: Decimal }[],
  inputs: readonly { readonly theme?: string | undefined }[],
): { label: string; value: Decimal }[] {
  const totals = new Map<string, Decimal>();
  for (const [index, row] of rows.entries()) {
    const theme = inputs[index]?.theme?.trim() || 'No theme';
    totals.set(theme, (totals.get(theme) ?? toDecimal(0)).plus(row.corrected));
  }
  return [...totals].map(([label, value]) => ({ label, value }));
}
