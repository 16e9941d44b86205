// `social-value value <sheet>`: the sheet's answers valued exactly with its own proxies, by
// theme, value type or a tag; social value added and its benchmark position with a contract
// value; the present value over a number of years with a discount rate. Stated values or a
// stated total that differ from the answers × proxies are reported (exit code 1).
import {
  benchmarkSocialValueAdded,
  type Decimal,
  formatGBP,
  formatPercent,
  presentValue,
  socialValuePortalBenchmark,
  toDecimal,
  type Valuation,
} from 'social-value';
import { barChart, benchmarkStripChart } from 'social-value/charts';
import { formatValuationCsv } from 'social-value/csv';
import { quoteText } from '../../core/describe-value.js';
import { didYouMean, suggest } from '../../core/suggest.js';
import { chartLabel } from '../chart-label.js';
import { CliError } from '../cli-error.js';
import { type CommandContext, type CommandResult, hasError } from '../command.js';
import { countText, figureCell, moneyCell, moneyColumn, percentCell } from '../figures.js';
import {
  readSheet,
  requireAnswerColumn,
  type SheetColumns,
  sheetWarningNote,
  unreadCells,
  unreadNote,
} from '../read-sheet.js';
import type { Chart, Section, Table } from '../report.js';
import { valueSheet } from '../sheet-valuation.js';
import { withSources } from '../sources.js';
import { checkStatedFigures } from '../stated-figures.js';
import { type WarningLike, warningsSection } from '../warnings.js';

/** Options of the value command. */
export interface ValueCommandOptions {
  /** `theme`, `value-type` or `tag:<name>` (default `theme`). */
  readonly by?: string | undefined;
  /** The contract value in pounds, as a decimal string. */
  readonly contractValue?: string | undefined;
  /** Spread the total evenly over this many years and discount it. */
  readonly years?: number | undefined;
  /** The discount rate, a fraction (default the Green Book's 0.035). */
  readonly discount?: string | undefined;
  /** The price year of the sheet's proxies. */
  readonly priceYear?: number | undefined;
  /** A CSV sheet's columns by role (`--column`). */
  readonly columns?: SheetColumns | undefined;
  /** The calendar year of the first of `years` (default: the current year). */
  readonly firstYear?: number | undefined;
}

/** Runs `value`. */
export function valueCommand(
  file: string,
  options: ValueCommandOptions,
  context: CommandContext,
): CommandResult & { benchmarkChart?: Chart } {
  if (
    (options.discount !== undefined || options.firstYear !== undefined) &&
    options.years === undefined
  ) {
    throw new CliError(
      `${options.discount === undefined ? '--first-year' : '--discount'}: give --years too (the number of years to spread the value over).`,
    );
  }
  const sheet = readSheet(file, context, options.columns);
  requireAnswerColumn(sheet);
  context.progress.update(`Valuing ${countText(sheet.rows.length)} rows…`);
  const { framework, valuation } = valueSheet(sheet, options);
  // The sheet's own figures (stated values, total) checked against the answers valued here.
  const stated = checkStatedFigures(sheet, file);
  const breakdown = breakdownOf(valuation, framework.themes, options.by ?? 'theme');
  const column = moneyColumn(breakdown.rows.map((row) => row.value));
  const breakdownTable: Table = {
    columns: [
      { label: breakdown.label },
      { label: 'Value', numeric: true },
      { label: 'Share', numeric: true },
    ],
    rows: breakdown.rows.map((row, index) => [
      row.label,
      column.cells[index]!,
      valuation.total.isZero()
        ? ''
        : percentCell(row.value.div(valuation.total).toSignificantDigits(34), 1),
    ]),
    total: ['Total', column.total, ''],
  };
  const chart: Chart = {
    svg: barChart({
      title: `Social value by ${breakdown.noun}`,
      description: `${file}: ${formatGBP(valuation.total)} in all.`,
      valueFormat: 'money',
      axisLabel: 'Social value (£)',
      bars: breakdown.rows.map((row) => ({ label: chartLabel(row.label), value: row.value })),
    }),
    caption: `Social value by ${breakdown.noun}, ${formatGBP(valuation.total)} in all.`,
  };
  const lines = moneyColumn(valuation.lines.map((line) => line.value));
  const linesTable: Table = {
    columns: [
      { label: 'Measure' },
      { label: 'Theme' },
      { label: 'Quantity', numeric: true },
      { label: 'Proxy value', numeric: true },
      { label: 'Attribution', numeric: true },
      { label: 'Value', numeric: true },
    ],
    rows: valuation.lines.map((line, index) => [
      line.measure,
      line.themeName,
      figureCell(line.quantity),
      figureCell(line.proxyValue, 7),
      percentCell(line.attributionShare, 0),
      lines.cells[index]!,
    ]),
    total: ['Total', '', '', '', '', lines.total],
  };
  const results: unknown[] = [valuation];
  const sections: Section[] = [
    ...stated.sections,
    { heading: `By ${breakdown.noun}`, table: breakdownTable, chart },
  ];
  let benchmarkChart: Chart | undefined;
  if (valuation.socialValueAddedRatio !== undefined && valuation.contractValue !== undefined) {
    const position = benchmarkSocialValueAdded(valuation.socialValueAddedRatio);
    results.push(position);
    const combined = socialValuePortalBenchmark.valueTypes.combined;
    benchmarkChart = {
      svg: benchmarkStripChart({
        title: 'Social value added against the benchmark',
        description: position.benchmarkSource,
        value: valuation.socialValueAddedRatio,
        valueLabel: chartLabel(file),
        percentiles: (combined?.percentiles ?? []).map((entry) => ({
          percentile: entry.percentile,
          value: entry.ratio,
        })),
        ...(combined?.averageRatio === undefined ? {} : { average: combined.averageRatio }),
      }),
      caption: position.reason,
    };
    sections.push({
      heading: 'Social value added',
      table: {
        columns: [{ label: 'Figure' }, { label: 'Amount', numeric: true }],
        rows: [
          ['Contract value', moneyCell(valuation.contractValue)],
          ['Social value', moneyCell(valuation.total)],
          ['Social value added (SVA)', percentCell(valuation.socialValueAddedRatio)],
          ['Benchmark position', position.band],
        ],
      },
      text: [position.reason],
      chart: benchmarkChart,
    });
  }
  const warnings: WarningLike[] = [...valuation.warnings];
  if (options.years !== undefined) {
    const firstYear = options.firstYear ?? new Date().getUTCFullYear();
    const series = evenly(valuation.total, options.years, firstYear);
    const discounted = withSources(
      [],
      () =>
        presentValue(series, {
          baseYear: firstYear,
          ...(options.discount === undefined ? {} : { rate: options.discount }),
        }),
      { 'options.rate': '--discount', 'options.baseYear': '--first-year' },
    );
    results.push(discounted);
    warnings.push(...discounted.warnings);
    const nominal = moneyColumn(discounted.years.map((year) => year.value));
    const present = moneyColumn(discounted.years.map((year) => year.presentValue));
    sections.push({
      heading: 'Present value',
      text: [discounted.summary],
      table: {
        columns: [
          { label: 'Year' },
          { label: 'Nominal', numeric: true },
          { label: 'Discount factor', numeric: true },
          { label: 'Present value', numeric: true },
        ],
        rows: discounted.years.map((year, index) => [
          String(year.year),
          nominal.cells[index]!,
          figureCell(year.discountFactor, 6),
          present.cells[index]!,
        ]),
        total: ['Total', nominal.total, '', present.total],
      },
    });
  }
  sections.push({ heading: 'Lines', table: linesTable });
  sections.push(...warningsSection(warnings), ...unreadCells(sheet));
  const sva =
    valuation.socialValueAddedRatio === undefined
      ? []
      : [`Social value added: ${formatPercent(valuation.socialValueAddedRatio, { places: 2 })}`];
  return {
    results,
    report: {
      title: `Valuation: ${file}`,
      summary: valuation.summary,
      sources: [`Sheet: ${file}, valued with its own proxy values`, ...sva],
      sections,
      csvTable: linesTable,
      csvText: formatValuationCsv(valuation, { framework }),
    },
    chart,
    ...(benchmarkChart === undefined ? {} : { benchmarkChart }),
    failed: hasError(sheet.problems) || hasError(stated.findings),
    notes: [stated.note, unreadNote(sheet)].filter((note) => note !== undefined),
    reportOnly: [sheetWarningNote(sheet)].filter((note) => note !== undefined),
  };
}

interface Breakdown {
  readonly label: string;
  readonly noun: string;
  readonly rows: readonly { label: string; value: Decimal }[];
}

function breakdownOf(
  valuation: Valuation,
  themes: readonly { readonly id: string; readonly name: string; readonly shortName?: string }[],
  by: string,
): Breakdown {
  if (by === 'theme') {
    return {
      label: 'Theme',
      noun: 'theme',
      rows: themes.map((theme) => ({
        label: theme.name,
        value: valuation.byTheme[theme.id] ?? toDecimal(0),
      })),
    };
  }
  if (by === 'value-type') {
    return {
      label: 'Value type',
      noun: 'value type',
      rows: Object.entries(valuation.byValueType).map(([label, value]) => ({ label, value })),
    };
  }
  if (by.startsWith('tag:')) {
    const name = by.slice(4);
    const tags = Object.keys(valuation.byTag);
    if (!Object.hasOwn(valuation.byTag, name)) {
      throw new CliError(
        `--by: the sheet has no tag ${quoteText(name)}${didYouMean(suggest(name, tags))}; its tags are ${tags.length === 0 ? 'none' : tags.map(quoteText).join(', ')}.`,
      );
    }
    const rows = Object.entries(valuation.byTag[name]!).map(([label, value]) => ({ label, value }));
    // Pledges without the tag are in no row of byTag: a row of their own keeps the total whole.
    const untagged = rows.reduce((rest, row) => rest.minus(row.value), valuation.total);
    return {
      label: name,
      noun: name,
      rows: untagged.isZero() ? rows : [...rows, { label: `(no ${name})`, value: untagged }],
    };
  }
  // A tag's name without `tag:` (`--by "CWB Priority"`), or a misspelt breakdown (`themes`).
  const tag = Object.keys(valuation.byTag).find((name) => name.toLowerCase() === by.toLowerCase());
  const meant = tag === undefined ? suggest(by, ['theme', 'value-type']) : [`tag:${tag}`];
  throw new CliError(
    `--by: expected theme, value-type or tag:<name>, received ${quoteText(by)}${didYouMean(meant)}.`,
  );
}

/** The total spread evenly over n years; the last year takes the rest, so they add up exactly. */
function evenly(total: Decimal, years: number, first: number): { year: number; value: Decimal }[] {
  if (years < 1 || years > 200) {
    throw new CliError(`--years: expected a whole number from 1 to 200, received ${years}.`);
  }
  // presentValue reads years up to 9999: say so of the flag, not of a year the command made.
  if (first + years - 1 > 9999) {
    throw new CliError(
      `--first-year: expected a year whose ${years} years (--years) end by 9999, received ${first}.`,
    );
  }
  const share = total.div(years).toSignificantDigits(34);
  const out: { year: number; value: Decimal }[] = [];
  let rest = total;
  for (let index = 1; index <= years; index += 1) {
    const value = index === years ? rest : share;
    rest = rest.minus(value);
    out.push({ year: first + index - 1, value });
  }
  return out;
}
