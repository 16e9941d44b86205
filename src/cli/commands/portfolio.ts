// `social-value portfolio <folder>`: the annual statement of a folder of stored delivery
// reports: totals, by contract, financial year and theme, and the largest shortfalls.
import { basename, extname, join } from 'node:path';
import {
  type BudgetTarget,
  type Decimal,
  formatGBP,
  type SocialValueBudget,
  socialValueBudget,
  summarisePortfolio,
} from 'social-value';
import { barChart } from 'social-value/charts';
import { describeReceived } from '../../core/describe-value.js';
import { chartLabel } from '../chart-label.js';
import { CliError } from '../cli-error.js';
import type { CommandContext, CommandResult } from '../command.js';
import { countText, moneyCell, moneyColumn, percentCell } from '../figures.js';
import { jsonFilesIn, readJson } from '../read-input.js';
import type { Chart, Section, Table } from '../report.js';
import { withSources } from '../sources.js';
import { warningsSection } from '../warnings.js';

/** Options of the portfolio command. */
export interface PortfolioCommandOptions {
  /** How many of the largest shortfalls to list. */
  readonly top?: number | undefined;
  /**
   * A JSON file of budget targets: `[{ year, department?, priority?, value }]`, or
   * `{ departmentTag?, priorityTag?, targets }` to name the tags read as department and priority.
   */
  readonly targets?: string | undefined;
  /** A JSON file of the baseline: last year's budget or portfolio, or `{ year, values }`. */
  readonly baseline?: string | undefined;
  /** The tag read as the department (`--department-tag`), when the targets file names none. */
  readonly departmentTag?: string | undefined;
  /** The tag read as the priority (`--priority-tag`), when the targets file names none. */
  readonly priorityTag?: string | undefined;
}

/** The budget's tag options and the flags that set them. */
const TAG_FLAGS = { departmentTag: '--department-tag', priorityTag: '--priority-tag' } as const;

type ContractsArgument = Parameters<typeof summarisePortfolio>[0];

/** Runs `portfolio`. */
export function portfolioCommand(
  folder: string,
  options: PortfolioCommandOptions,
  context: CommandContext,
): CommandResult {
  // An empty name would resolve to the working folder, read as if named.
  if (folder.trim() === '') {
    throw new CliError('<folder>: expected a folder of delivery reports (.json), received "".');
  }
  // Each file as the user would name it (the folder as given, then its name), in messages too.
  const files = jsonFilesIn(folder, context.terminal.cwd).map((file) =>
    join(folder, basename(file)),
  );
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
      `${file}: expected a delivery report (written by track --format json) or { "id", "report" }.`,
    );
  }) as unknown as ContractsArgument;
  context.progress.update(`Summing ${countText(files.length)} contracts…`);
  const portfolio = withSources(
    files.map((file, index) => ({ file, roots: [`contracts[${index}]`] })),
    () =>
      summarisePortfolio(contracts, options.top === undefined ? undefined : { top: options.top }),
    { 'options.top': '--top' },
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
    { heading: 'By theme', table: themeTable(portfolio.byTheme) },
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
  // Reports added on different bases (editions, counting): said before the chart.
  sections.push(...warningsSection(portfolio.warnings));
  const chart: Chart = {
    svg: barChart({
      title: 'Social value delivered by contract',
      description: portfolio.summary,
      valueFormat: 'money',
      axisLabel: 'Delivered (£)',
      bars: portfolio.contracts.map((entry) => ({
        label: chartLabel(entry.name === undefined ? entry.id : `${entry.id} ${entry.name}`),
        value: entry.totals.delivered,
      })),
    }),
    caption: `Delivered ${formatGBP(portfolio.totals.delivered)} of ${formatGBP(portfolio.totals.pledged)} pledged across ${countText(portfolio.contracts.length)} contracts.`,
  };
  sections.push({ heading: 'Chart', chart });
  // With targets or a baseline, the statement is a social value budget too.
  let budget: SocialValueBudget | undefined;
  const budgetOnly = Object.entries(TAG_FLAGS).find(
    ([key]) => options[key as keyof typeof TAG_FLAGS] !== undefined,
  );
  if (budgetOnly !== undefined && options.targets === undefined && options.baseline === undefined)
    throw new CliError(
      `${budgetOnly[1]}: names a tag of the budget: give --targets or --baseline too.`,
    );
  if (options.targets !== undefined || options.baseline !== undefined) {
    const { cwd } = context.terminal;
    // The targets file is a list of targets, or { departmentTag?, priorityTag?, targets }.
    const targets = options.targets === undefined ? undefined : budgetTargets(options.targets, cwd);
    const settings: Record<string, unknown> = Array.isArray(targets) ? { targets } : { ...targets };
    // Each tag from its flag, or from the targets file; an issue at one names where it came from
    // (the flag also when neither gives it: the default "department" beside a "Department" tag).
    const flags: Record<string, string> = {};
    const fromFile: string[] = [];
    for (const [key, flag] of Object.entries(TAG_FLAGS)) {
      const value = options[key as keyof typeof TAG_FLAGS];
      if (Object.hasOwn(settings, key)) {
        if (value !== undefined)
          throw new CliError(`${flag}: ${options.targets} names "${key}" too: give the tag once.`);
        fromFile.push(`options.${key}`);
      } else {
        flags[`options.${key}`] = flag;
        if (value !== undefined) settings[key] = value;
      }
    }
    const baseline =
      options.baseline === undefined ? undefined : storedBaseline(readJson(options.baseline, cwd));
    // The baseline first: every other key of the budget's options (a misspelt `targte`) is the
    // targets file's, when it is an object.
    const sources = [
      ...(options.baseline === undefined
        ? []
        : [{ file: options.baseline, roots: ['options.baseline'] }]),
      ...(options.targets === undefined
        ? []
        : [
            {
              file: options.targets,
              roots: [
                'options.targets',
                ...fromFile,
                ...(Array.isArray(targets) ? [] : ['options']),
              ],
            },
          ]),
    ];
    budget = withSources(
      sources,
      () =>
        socialValueBudget(portfolio, {
          ...(settings as { targets?: BudgetTarget[] }),
          ...(baseline === undefined ? {} : { baseline: baseline as SocialValueBudget }),
        }),
      flags,
    );
    sections.push(budgetSection(budget));
    // Targets outside the budget's years, parts no contract has (a typo such as "Housng").
    sections.push(...warningsSection(budget.findings, 'Budget findings'));
  }
  return {
    results: budget === undefined ? [portfolio] : [portfolio, budget],
    report: {
      title: `Portfolio statement: ${folder}`,
      summary: budget === undefined ? portfolio.summary : `${portfolio.summary} ${budget.summary}`,
      sources: [`Delivery reports: ${countText(files.length)} files in ${folder}`],
      sections,
      csvTable: contractsTable,
    },
    chart,
    failed: false,
  };
}

/**
 * The targets file: a list of targets, or an object (`{ departmentTag?, priorityTag?, targets }`,
 * whose keys the library checks). Anything else (a number, text, another result) is refused
 * naming the file, not read as no targets.
 */
function budgetTargets(file: string, cwd: string): unknown[] | Record<string, unknown> {
  const targets = readJson(file, cwd);
  if (Array.isArray(targets)) return targets;
  if (typeof targets === 'object' && targets !== null && !('kind' in targets)) {
    return targets as Record<string, unknown>;
  }
  throw new CliError(
    `${file}: expected budget targets, a list of { year, department?, priority?, value } or { "targets": [...], "departmentTag", "priorityTag" }, received ${describeReceived(targets)}.`,
  );
}

/** The budget as a table: each year's whole council, departments and priorities. */
function budgetSection(budget: SocialValueBudget): Section {
  const rows: Table['rows'][number][] = [];
  for (const year of budget.years) {
    const parts: [string, SocialValueBudget['years'][number]['total']][] = [
      ['Whole council', year.total],
      ...Object.entries(year.byDepartment).map(([name, entry]): [string, typeof entry] => [
        `Department: ${name}`,
        entry,
      ]),
      ...Object.entries(year.byPriority).map(([name, entry]): [string, typeof entry] => [
        `Priority: ${name}`,
        entry,
      ]),
    ];
    for (const [part, entry] of parts) {
      rows.push([
        year.year,
        part,
        moneyCell(entry.delivered),
        moneyCell(entry.pledged),
        moneyCell(entry.target),
        moneyCell(entry.change),
        entry.status,
      ]);
    }
  }
  const latest = budget.years.at(-1);
  return {
    heading: 'Social value budget',
    text: [budget.summary],
    ...(latest === undefined
      ? {}
      : {
          list: [
            latest.total.reason,
            ...Object.values(latest.byDepartment).map((entry) => entry.reason),
            ...Object.values(latest.byPriority).map((entry) => entry.reason),
          ],
        }),
    table: {
      columns: [
        { label: 'Year' },
        { label: 'Part' },
        { label: 'Delivered', numeric: true },
        { label: 'Due under pledges', numeric: true },
        { label: 'Target', numeric: true },
        { label: 'Change on the year before', numeric: true },
        { label: 'Status' },
      ],
      rows,
    },
  };
}

/**
 * Last year's statement as `portfolio --format json` wrote it: with --targets or --baseline
 * that is a list (the portfolio, then the budget), of which the budget is the baseline, else
 * the portfolio. Anything else goes to the library as it is, which says what it expected.
 */
function storedBaseline(json: unknown): unknown {
  if (!Array.isArray(json)) return json;
  const kind = (wanted: string) =>
    json.find(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        (entry as { kind?: unknown }).kind === wanted,
    );
  return kind('social-value-budget') ?? kind('portfolio-summary') ?? json;
}

/** Pledged, expected and delivered by theme id, each money column adding up to its total. */
function themeTable(byTheme: ReturnType<typeof summarisePortfolio>['byTheme']): Table {
  const themes = Object.entries(byTheme);
  const column = (pick: (figures: (typeof themes)[number][1]) => Decimal) =>
    moneyColumn(themes.map(([, figures]) => pick(figures)));
  const pledged = column((figures) => figures.pledged);
  const expected = column((figures) => figures.expected);
  const delivered = column((figures) => figures.delivered);
  return {
    columns: [
      { label: 'Theme' },
      { label: 'Pledged', numeric: true },
      { label: 'Expected', numeric: true },
      { label: 'Delivered', numeric: true },
      { label: 'Delivery ratio', numeric: true },
    ],
    rows: themes.map(([theme, figures], index) => [
      theme,
      pledged.cells[index]!,
      expected.cells[index]!,
      delivered.cells[index]!,
      percentCell(figures.deliveryRatio, 1),
    ]),
    total: ['Total', pledged.total, expected.total, delivered.total, ''],
  };
}
