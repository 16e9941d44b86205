// `social-value track <pledges> <deliveries>`: delivery against the pledges at a date, per
// measure, with statuses, values and shortfalls, and the chart of value expected by the pledge
// profile against value delivered over time. A pledge sheet's stated values or total that differ
// from its answers × proxies are reported, as `value` reports them (exit code 1).
import { type DeliveryReport, formatGBP, trackDelivery } from 'social-value';
import { deliveryChart } from 'social-value/charts';
import { isPlainRecord } from '../../core/record.js';
import { readLedgerDate } from '../../csv/ledger-date.js';
import { deliveryTotalsAt } from '../../monitoring/delivery-totals-at.js';
import { amountOf } from '../amount-cell.js';
import { CliError } from '../cli-error.js';
import { type CommandContext, type CommandResult, hasError } from '../command.js';
import { countText, figureCell, moneyCell, moneyColumn, percentCell } from '../figures.js';
import { isJsonFile, readCsvRecords, readJson, receivedText } from '../read-input.js';
import {
  readSheet,
  requireAnswerColumn,
  type SheetColumns,
  type SheetRead,
  sheetWarningNote,
  unreadCells,
  unreadNote,
} from '../read-sheet.js';
import type { Chart, Section, Table } from '../report.js';
import { valueSheet } from '../sheet-valuation.js';
import { type FlagPaths, type Source, withSources } from '../sources.js';
import { checkStatedFigures } from '../stated-figures.js';
import { warningsSection } from '../warnings.js';

/** Options of the track command. */
export interface TrackCommandOptions {
  /** The first day of the contract. */
  readonly start?: string | undefined;
  /** The last day of the contract. */
  readonly end?: string | undefined;
  /** The report date. */
  readonly asOf?: string | undefined;
  /** The contract value in pounds, as a decimal string. */
  readonly contractValue?: string | undefined;
  /** Count all deliveries or only verified ones. */
  readonly count?: 'all' | 'verified' | undefined;
  /** The price year of a sheet's proxy values. */
  readonly priceYear?: number | undefined;
  /** A CSV sheet's columns by role (`--column`). */
  readonly columns?: SheetColumns | undefined;
  /**
   * Draw the chart (default true): for HTML and --chart only, the other formats never showing
   * it. Its totals at each of its dates are worked out together, the inputs read once.
   */
  readonly chart?: boolean | undefined;
}

type ValuationArgument = Parameters<typeof trackDelivery>[0];
type DeliveriesArgument = Parameters<typeof trackDelivery>[1];
type TrackOptions = NonNullable<Parameters<typeof trackDelivery>[2]>;

/** The flags `track` passes to trackDelivery, by the path of the option each becomes. */
const TRACK_FLAGS: FlagPaths = {
  'options.start': '--start',
  'options.end': '--end',
  'options.asOf': '--as-of',
  'options.count': '--count',
  'options.contractValue': '--contract-value',
  // Measures nobody pledged are valued from a sheet's framework: a stored valuation has none.
  'options.framework': 'the pledge sheet, not a stored valuation,',
};

const DELIVERY_KEYS = ['measure', 'date', 'quantity', 'line', 'verification', 'evidence', 'note'];

/** Runs `track`. */
export function trackCommand(
  pledgesFile: string,
  deliveriesFile: string,
  options: TrackCommandOptions,
  context: CommandContext,
): CommandResult {
  const { valuation, framework, sheet } = readPledges(pledgesFile, options, context);
  // A sheet's own figures (stated values, total) checked against the answers valued, as by value.
  const stated = sheet === undefined ? undefined : checkStatedFigures(sheet, pledgesFile);
  const { deliveries, lines } = readDeliveries(deliveriesFile, context);
  const sources: Source[] = [
    { file: pledgesFile, roots: ['valuation', 'framework'] },
    { file: deliveriesFile, roots: ['deliveries'], lines },
  ];
  context.progress.update(`Tracking ${countText(deliveries.length)} deliveries…`);
  const settings: TrackOptions = {
    ...(options.start === undefined ? {} : { start: options.start }),
    ...(options.end === undefined ? {} : { end: options.end }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
    ...(options.count === undefined ? {} : { count: options.count }),
    ...(options.contractValue === undefined ? {} : { contractValue: options.contractValue }),
    ...(framework === undefined ? {} : { framework }),
  };
  const report = withSources(
    sources,
    () => trackDelivery(valuation, deliveries, settings),
    TRACK_FLAGS,
  );
  // Lines pledged at 0 are left out unless something was delivered against them: the table's
  // totals are the report's.
  const pledged = report.lines.filter((line) => !line.pledged.isZero() || !line.delivered.isZero());
  const delivered = moneyColumn(pledged.map((line) => line.value.delivered));
  const behind = moneyColumn(pledged.map((line) => line.value.shortfallToDate));
  const linesTable: Table = {
    columns: [
      { label: 'Measure' },
      { label: 'Status' },
      { label: 'Pledged', numeric: true },
      { label: 'Expected by now', numeric: true },
      { label: 'Delivered', numeric: true },
      { label: 'Delivery ratio', numeric: true },
      { label: 'Value delivered', numeric: true },
      { label: 'Behind profile', numeric: true },
    ],
    rows: pledged.map((line, index) => [
      line.measure,
      line.status,
      figureCell(line.pledged),
      figureCell(line.expected),
      figureCell(line.delivered),
      percentCell(line.deliveryRatio, 1),
      delivered.cells[index]!,
      behind.cells[index]!,
    ]),
    total: [
      'Total',
      '',
      '',
      '',
      '',
      percentCell(report.totals.deliveryRatio, 1),
      delivered.total,
      behind.total,
    ],
  };
  const totals = report.totals;
  const sections: Section[] = [
    ...(stated?.sections ?? []),
    {
      heading: 'Totals',
      text:
        report.laterDeliveryCount === 0
          ? []
          : [
              `${countText(report.laterDeliveryCount)} ${report.laterDeliveryCount === 1 ? 'delivery is' : 'deliveries are'} dated after ${report.asOf}, the report date, and left out.`,
            ],
      table: {
        columns: [{ label: 'Figure' }, { label: 'Amount', numeric: true }],
        rows: [
          ['Pledged', moneyCell(totals.pledged)],
          ['Expected by the report date', moneyCell(totals.expected)],
          ['Delivered', moneyCell(totals.delivered)],
          ['Verified', moneyCell(totals.verified)],
          ['Claimed, not verified', moneyCell(totals.claimed)],
          ['Delivered against no pledge', moneyCell(totals.unpledged)],
          ['Behind the profile', moneyCell(totals.shortfallToDate)],
          ['Still to deliver', moneyCell(totals.shortfall)],
          ['Delivery ratio (delivered ÷ expected)', percentCell(totals.deliveryRatio, 1)],
          ...(report.socialValueAdded === undefined
            ? []
            : [
                ['Contract value', moneyCell(report.socialValueAdded.contractValue)],
                ['SVA pledged', percentCell(report.socialValueAdded.pledged.combinedRatio)],
                ['SVA delivered', percentCell(report.socialValueAdded.delivered.combinedRatio)],
              ]),
        ],
      },
    },
    {
      heading: 'Pledge lines',
      table: linesTable,
      list: pledged.map((line) => `${line.measure}: ${line.reason}`),
    },
  ];
  if (report.unpledged.length > 0) {
    sections.push({
      heading: 'Delivered against no pledge',
      list: report.unpledged.map(
        (entry) =>
          `${entry.measure}: ${entry.quantity.toString()} delivered, worth ${formatGBP(entry.value)}.`,
      ),
    });
  }
  if (report.byFinancialYear.length > 0) {
    sections.push({
      heading: 'By financial year',
      table: {
        columns: [
          { label: 'Year' },
          { label: 'Expected', numeric: true },
          { label: 'Delivered', numeric: true },
          { label: 'Verified', numeric: true },
          { label: 'Claimed', numeric: true },
          { label: 'Delivery ratio', numeric: true },
        ],
        rows: report.byFinancialYear.map((year) => [
          year.year,
          moneyCell(year.expected),
          moneyCell(year.delivered),
          moneyCell(year.verified),
          moneyCell(year.claimed),
          percentCell(year.deliveryRatio, 1),
        ]),
      },
    });
  }
  sections.push(...warningsSection(report.warnings ?? []));
  let chart: Chart | undefined;
  if (options.chart ?? true) {
    context.progress.update('Drawing the delivery chart…');
    chart = withSources(
      sources,
      () => overTime(report, valuation, deliveries, settings),
      TRACK_FLAGS,
    );
    sections.push({ heading: 'Chart', chart });
  }
  sections.push(...(sheet === undefined ? [] : unreadCells(sheet)));
  return {
    results: [report],
    report: {
      title: `Delivery report at ${report.asOf}`,
      summary: report.summary,
      sources: [
        `Pledges: ${pledgesFile}`,
        `Deliveries: ${deliveriesFile} (${countText(deliveries.length)})`,
        ...(report.period === undefined
          ? []
          : [`Contract: ${report.period.start} to ${report.period.end}`]),
      ],
      sections,
      csvTable: linesTable,
    },
    chart,
    failed: hasError(sheet?.problems ?? []) || hasError(stated?.findings ?? []),
    notes: [stated?.note, sheet && unreadNote(sheet)].filter((note) => note !== undefined),
    reportOnly: [sheet && sheetWarningNote(sheet)].filter((note) => note !== undefined),
  };
}

function readPledges(
  file: string,
  options: TrackCommandOptions,
  context: CommandContext,
): { valuation: ValuationArgument; framework?: TrackOptions['framework']; sheet?: SheetRead } {
  if (isJsonFile(file)) {
    const json = readJson(file, context.terminal.cwd);
    // A valuation alone, or the list `value --format json` writes with --contract-value or
    // --years (the valuation first, each result with its kind).
    const stored = Array.isArray(json) ? json.find(isValuation) : json;
    if (isValuation(stored)) {
      if (options.columns !== undefined) {
        throw new CliError(
          `--column: names the columns of a CSV or TSV sheet; ${file} is a stored valuation.`,
        );
      }
      return { valuation: stored as ValuationArgument };
    }
  }
  const sheet = readSheet(file, context, options.columns);
  requireAnswerColumn(sheet);
  const { framework, valuation } = valueSheet(sheet, {
    contractValue: options.contractValue,
    priceYear: options.priceYear,
  });
  return { valuation, framework, sheet };
}

function isValuation(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === 'valuation'
  );
}

/** What a deliveries file holds instead of a list: a stored valuation with where it goes. */
function deliveriesReceived(json: unknown): string {
  const valuation = isPlainRecord(json) && json.kind === 'valuation';
  return `${receivedText(json)}${valuation ? ': a stored valuation is read as the pledges (the first file), not as deliveries' : ''}`;
}

/** Deliveries read from a file, and for a CSV the line each starts on. */
interface DeliveriesRead {
  readonly deliveries: DeliveriesArgument;
  readonly lines?: readonly number[];
}

/** A date cell as spend ledgers read it (`31/03/2026`), else as written, for the library to refuse. */
function dateOf(cell: string): string {
  const read = readLedgerDate(cell);
  return 'date' in read ? read.date : cell;
}

function readDeliveries(file: string, context: CommandContext): DeliveriesRead {
  context.progress.update(`Reading ${file}…`);
  if (isJsonFile(file)) {
    const json = readJson(file, context.terminal.cwd);
    if (!Array.isArray(json))
      throw new CliError(
        `${file}: expected a list of deliveries, received ${deliveriesReceived(json)}.`,
      );
    return { deliveries: json as DeliveriesArgument };
  }
  // The quantity is a number, read as written; the other cells are text.
  const records = readCsvRecords(
    file,
    context.terminal.cwd,
    (name) => name.toLowerCase() === 'quantity',
    (name) => DELIVERY_KEYS.includes(name.toLowerCase()),
  );
  const deliveries = records.map(({ cells }) => {
    // No prototype: a column named __proto__ is a key the library refuses, like any other.
    const delivery: Record<string, unknown> = Object.create(null);
    for (const [name, cell] of Object.entries(cells)) {
      const key = DELIVERY_KEYS.find((known) => known === name.toLowerCase()) ?? name;
      // The quantity is read as pledge sheets read numbers (`1,200`, `£ 5,000`), the date as
      // spend ledgers read dates (`31/03/2026`, `31 Mar 2026`); a cell neither reads goes to the
      // library as written, which says what is wrong with it.
      delivery[key] =
        key === 'line' && /^\d+$/.test(cell)
          ? Number(cell)
          : key === 'quantity'
            ? amountOf(cell)
            : key === 'date'
              ? dateOf(cell)
              : cell;
    }
    return delivery as unknown as DeliveriesArgument[number];
  });
  return { deliveries, lines: records.map((record) => record.line) };
}

/**
 * Cumulative value expected by the pledge profile and delivered, at dates from the contract
 * start to the report date: the library's own figures, as trackDelivery gives them as of each
 * date (the ends of financial years, and each delivery date while there are at most 24 of
 * them), worked out together.
 */
function overTime(
  report: DeliveryReport,
  valuation: ValuationArgument,
  deliveries: DeliveriesArgument,
  settings: TrackOptions,
): Chart {
  const last = report.asOf;
  const first = report.period?.start ?? earliest(deliveries) ?? last;
  const dates = new Set<string>([first, last]);
  for (const year of report.byFinancialYear)
    if (year.end > first && year.end < last) dates.add(year.end);
  const deliveryDates = new Set(
    deliveries
      .map((delivery) => String(delivery.date).slice(0, 10))
      .filter((date) => date >= first && date <= last),
  );
  if (deliveryDates.size <= 24) for (const date of deliveryDates) dates.add(date);
  // The other dates in one call: the inputs read once, no line reports.
  const others = [...dates].sort().filter((date) => date !== last);
  const points = [
    ...deliveryTotalsAt(valuation, deliveries, settings, others).map((totals, at) => ({
      date: others[at]!,
      totals,
    })),
    { date: last, totals: report.totals },
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  const svg = deliveryChart({
    title: 'Value expected and delivered over time',
    description: report.summary,
    valueFormat: 'money',
    axisLabel: 'Cumulative value (£)',
    series: [
      {
        label: 'Expected',
        points: points.map(({ date, totals }) => ({ date, value: totals.expected })),
      },
      {
        label: 'Delivered',
        points: points.map(({ date, totals }) => ({ date, value: totals.delivered })),
      },
    ],
  });
  return {
    svg,
    caption: `Delivered ${formatGBP(report.totals.delivered)} against ${formatGBP(report.totals.expected)} expected by ${report.asOf}.`,
  };
}

function earliest(deliveries: DeliveriesArgument): string | undefined {
  let first: string | undefined;
  for (const delivery of deliveries) {
    const date = String(delivery.date).slice(0, 10);
    if (first === undefined || date < first) first = date;
  }
  return first;
}
