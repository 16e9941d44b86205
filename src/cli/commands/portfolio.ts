// `social-value portfolio <folder>`: the annual statement of a folder of stored delivery
// reports: totals, by contract, financial year and theme, and the largest shortfalls.
import { basename, extname } from 'node:path';
import { formatGBP, summarisePortfolio } from 'social-value';
import { barChart } from 'social-value/charts';
import { CliError } from '../cli-error.js';
import type { CommandContext, CommandResult } from '../command.js';
import { countText, moneyCell, moneyColumn, percentCell } from '../figures.js';
import { jsonFilesIn, readJson } from '../read-input.js';
import type { Chart, Section, Table } from '../report.js';

/** Options of the portfolio command. */
export interface PortfolioCommandOptions {
  /** How many of the largest shortfalls to list. */
  readonly top?: number | undefined;
}

type ContractsArgument = Parameters<typeof summarisePortfolio>[0];

/** Runs `portfolio`. */
export function portfolioCommand(
  folder: string,
  options: PortfolioCommandOptions,
  context: CommandContext,
): CommandResult {
  const files = jsonFilesIn(folder, context.terminal.cwd);
  if (files.length === 0)
    throw new CliError(`${folder}: no .json delivery reports in this folder.`);
  const contracts = files.map((file, index) => {
    context.progress.update(
      `Reading contracts: ${countText(index + 1)} of ${countText(files.length)}…`,
    );
    const json = readJson(file, context.terminal.cwd);
    if (
      typeof json === 'object' &&
      json !== null &&
      (json as { kind?: unknown }).kind === 'delivery-report'
    ) {
      return { id: basename(file, extname(file)), report: json };
    }
    if (typeof json === 'object' && json !== null && 'report' in json) return json;
    throw new CliError(
      `${basename(file)}: expected a delivery report (written by track --format json) or { "id", "report" }.`,
    );
  }) as unknown as ContractsArgument;
  context.progress.update(`Summing ${countText(files.length)} contracts…`);
  const portfolio = summarisePortfolio(
    contracts,
    options.top === undefined ? undefined : { top: options.top },
  );
  const pledged = moneyColumn(portfolio.contracts.map((entry) => entry.totals.pledged));
  const expected = moneyColumn(portfolio.contracts.map((entry) => entry.totals.expected));
  const delivered = moneyColumn(portfolio.contracts.map((entry) => entry.totals.delivered));
  const named = portfolio.contracts.some((entry) => entry.name !== undefined);
  const allColumns: Table = {
    columns: [
      { label: 'Contract' },
      { label: 'Name' },
      { label: 'As of' },
      { label: 'Pledged', numeric: true },
      { label: 'Expected', numeric: true },
      { label: 'Delivered', numeric: true },
      { label: 'Delivery ratio', numeric: true },
      { label: 'SVA delivered', numeric: true },
    ],
    rows: portfolio.contracts.map((entry, index) => [
      entry.id,
      entry.name ?? '',
      entry.asOf,
      pledged.cells[index]!,
      expected.cells[index]!,
      delivered.cells[index]!,
      percentCell(entry.totals.deliveryRatio, 1),
      percentCell(entry.socialValueAdded?.delivered.combinedRatio, 2),
    ]),
    total: [
      'Total',
      '',
      '',
      pledged.total,
      expected.total,
      delivered.total,
      percentCell(portfolio.totals.deliveryRatio, 1),
      percentCell(portfolio.socialValueAdded?.delivered.combinedRatio, 2),
    ],
  };
  // The name column only when some contract has a name.
  const keep = <T>(cells: readonly T[]) => cells.filter((_, index) => named || index !== 1);
  const contractsTable: Table = {
    columns: keep(allColumns.columns),
    rows: allColumns.rows.map(keep),
    total: keep(allColumns.total ?? []),
  };
  const years = portfolio.byFinancialYear;
  const yearExpected = moneyColumn(years.map((year) => year.expected));
  const yearDelivered = moneyColumn(years.map((year) => year.delivered));
  const sections: Section[] = [
    { heading: 'Contracts', table: contractsTable },
    {
      heading: 'By financial year',
      table: {
        columns: [
          { label: 'Year' },
          { label: 'Expected', numeric: true },
          { label: 'Delivered', numeric: true },
          { label: 'Verified', numeric: true },
          { label: 'Delivery ratio', numeric: true },
        ],
        rows: years.map((year, index) => [
          year.year,
          yearExpected.cells[index]!,
          yearDelivered.cells[index]!,
          moneyCell(year.verified),
          percentCell(year.deliveryRatio, 1),
        ]),
        total: ['Total', yearExpected.total, yearDelivered.total, '', ''],
      },
    },
    {
      heading: 'Largest shortfalls against the profile',
      table: {
        columns: [
          { label: 'Contract' },
          { label: 'Measure' },
          { label: 'Status' },
          { label: 'Behind profile', numeric: true },
          { label: 'Still to deliver', numeric: true },
        ],
        rows: portfolio.largestShortfalls.map((entry) => [
          entry.contract,
          entry.measure,
          entry.status,
          moneyCell(entry.shortfallToDate),
          moneyCell(entry.shortfall),
        ]),
      },
    },
  ];
  const chart: Chart = {
    svg: barChart({
      title: 'Social value delivered by contract',
      description: portfolio.summary,
      valueFormat: 'money',
      axisLabel: 'Delivered (£)',
      bars: portfolio.contracts.map((entry) => ({
        label: entry.name === undefined ? entry.id : `${entry.id} ${entry.name}`,
        value: entry.totals.delivered,
      })),
    }),
    caption: `Delivered ${formatGBP(portfolio.totals.delivered)} of ${formatGBP(portfolio.totals.pledged)} pledged across ${countText(portfolio.contracts.length)} contracts.`,
  };
  sections.push({ heading: 'Chart', chart });
  return {
    results: [portfolio],
    report: {
      title: `Portfolio statement: ${folder}`,
      summary: portfolio.summary,
      sources: [`Delivery reports: ${countText(files.length)} files in ${folder}`],
      sections,
      csvTable: contractsTable,
    },
    chart,
    failed: false,
  };
}
