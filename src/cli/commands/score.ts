// `social-value score <model.json> <bids.csv|json>`: the ranking with every score's formula and
// reason; with --sensitivity, the weight range of each criterion that keeps the winner.
import {
  allocateRounded,
  type Decimal,
  evaluateTenders,
  formatGBP,
  weightSensitivity,
} from 'social-value';
import { barChart, weightRangeChart } from 'social-value/charts';
import { quoteText } from '../../core/describe-value.js';
import { suggest } from '../../core/suggest.js';
import { amountOf } from '../amount-cell.js';
import { chartLabel } from '../chart-label.js';
import { CliError } from '../cli-error.js';
import type { CommandContext, CommandResult } from '../command.js';
import { figureCell, moneyCell, percentCell } from '../figures.js';
import { isJsonFile, readCsvRecords, readJson, receivedText } from '../read-input.js';
import type { Cell, Chart, Section, Table } from '../report.js';
import { type Source, withSources } from '../sources.js';

/** Options of the score command. */
export interface ScoreCommandOptions {
  /** Add the weight ranges that keep the winner. */
  readonly sensitivity: boolean;
}

type ModelArgument = Parameters<typeof evaluateTenders>[0];
type BidsArgument = Parameters<typeof evaluateTenders>[1];

/** Runs `score`. */
export function scoreCommand(
  modelFile: string,
  bidsFile: string,
  options: ScoreCommandOptions,
  context: CommandContext,
): CommandResult {
  const swapped = `(the model comes first: social-value score <model.json> <bids>)`;
  if (/\.[ct]sv$/i.test(modelFile)) {
    throw new CliError(`${modelFile}: expected the evaluation model (.json) ${swapped}.`);
  }
  const model = readJson(modelFile, context.terminal.cwd) as ModelArgument;
  if (Array.isArray(model)) {
    throw new CliError(`${modelFile}: holds a list (bids?), not an evaluation model ${swapped}.`);
  }
  const { bids, lines } = readBids(bidsFile, context.terminal.cwd, criterionIds(model));
  // The library's summary for no bids is "No bid qualifies.", as if bids had been disqualified.
  if (bids.length === 0)
    throw new CliError(`${bidsFile}: holds no bids (for a CSV, no row below the header).`);
  const sources: Source[] = [
    { file: modelFile, roots: ['model'] },
    { file: bidsFile, roots: ['bids'], lines },
  ];
  context.progress.update(`Scoring ${bids.length} bids…`);
  const evaluation = withSources(sources, () => evaluateTenders(model, bids));
  const columns = evaluation.ranking[0]?.criteria ?? [];
  // Price per quality point and value for money rank on a £ figure other than the total.
  const rankedOn = {
    'price-per-quality-point': 'Price per quality point',
    'value-for-money': 'Adjusted price',
  }[evaluation.method as string];
  const rankingTable: Table = {
    columns: [
      { label: 'Rank' },
      { label: 'Bid' },
      { label: 'Price', numeric: true },
      ...columns.map((score) => ({
        label: `${score.criterionName} (${score.weight.toString()})`,
        numeric: true,
      })),
      { label: 'Total', numeric: true },
      ...(rankedOn === undefined ? [] : [{ label: rankedOn, numeric: true }]),
      { label: 'Status' },
    ],
    rows: evaluation.ranking.map((bid) => {
      // Two places, allocated so the shown scores add up to the shown total.
      const shown = allocateRounded(
        bid.criteria.map((score) => score.weightedScore),
        { places: 2 },
      );
      let sum = shown[0]?.minus(shown[0]) ?? null;
      for (const part of shown) sum = sum === null ? part : sum.plus(part);
      return [
        bid.rank === null ? '–' : String(bid.rank),
        bid.bid,
        moneyCell(bid.price),
        ...bid.criteria.map(
          (score, index): Cell => ({
            text: shown[index]!.toFixed(2),
            exact: score.weightedScore.toString(),
          }),
        ),
        { text: sum === null ? '' : sum.toFixed(2), exact: bid.total.toString() },
        // A bid without quality points has no price per point (the library keeps its price).
        ...(rankedOn === undefined
          ? []
          : [
              bid.disqualified !== false &&
              bid.disqualified.findings.some((finding) => finding.code === 'no-quality-points')
                ? ''
                : moneyCell(bid.rankingValue),
            ]),
        bid.disqualified === false
          ? bid === evaluation.winner
            ? 'winner'
            : 'ranked'
          : 'disqualified',
      ];
    }),
  };
  const formulaTable: Table = {
    columns: [
      { label: 'Bid' },
      { label: 'Criterion' },
      { label: 'Method' },
      { label: 'Input', numeric: true },
      { label: 'Score share', numeric: true },
      { label: 'Weighted score', numeric: true },
      { label: 'Formula' },
    ],
    rows: evaluation.ranking.flatMap((bid) =>
      bid.criteria.map((score) => [
        bid.bid,
        score.criterionName,
        score.method,
        figureCell(score.raw),
        percentCell(score.scoreShare),
        figureCell(score.weightedScore),
        score.formula,
      ]),
    ),
  };
  const sections: Section[] = [
    { heading: 'Ranking', table: rankingTable },
    {
      heading: 'Every score and its formula',
      table: formulaTable,
      list: evaluation.ranking.flatMap((bid) =>
        bid.criteria.map((score) => `${bid.bid}: ${score.reason}`),
      ),
    },
  ];
  const disqualified = evaluation.ranking.flatMap((bid) =>
    bid.disqualified === false
      ? []
      : bid.disqualified.findings.map((finding) => `${bid.bid}: ${finding.message}`),
  );
  if (disqualified.length > 0) sections.push({ heading: 'Disqualified', list: disqualified });
  if (evaluation.ties.length > 0) {
    sections.push({ heading: 'Ties', list: evaluation.ties.map((tie) => tie.reason) });
  }
  const results: unknown[] = [evaluation];
  let chart: Chart = {
    svg: barChart({
      title: 'Total scores',
      description: evaluation.summary,
      valueFormat: 'number',
      axisLabel: 'Total score (points of 100)',
      // A disqualified bid keeps its bar (its score is in the tables) but says it cannot win.
      bars: evaluation.ranking.map((bid) => ({
        label: chartLabel(bid.disqualified === false ? bid.bid : `${bid.bid} (disqualified)`),
        value: bid.total,
      })),
    }),
    caption: evaluation.summary,
  };
  if (options.sensitivity) {
    context.progress.update('Working out the weight ranges…');
    const sensitivity = withSources(sources, () => weightSensitivity(model, bids));
    results.push(sensitivity);
    const ranged = sensitivity.criteria.filter((entry) => entry.range !== null);
    if (ranged.length > 0) {
      chart = {
        svg: weightRangeChart({
          title: 'Weights that keep the winner',
          description: sensitivity.summary,
          criteria: ranged.map((entry) => ({
            label: chartLabel(entry.criterionName),
            weight: entry.weight,
            from: entry.range!.from,
            to: entry.range!.to,
          })),
        }),
        caption: sensitivity.summary,
      };
    }
    sections.push({
      heading: 'Weights that keep the winner',
      text: [sensitivity.summary],
      table: {
        columns: [
          { label: 'Criterion' },
          { label: 'Weight', numeric: true },
          { label: 'Winner kept from', numeric: true },
          { label: 'To', numeric: true },
          { label: 'Below, winner' },
          { label: 'Above, winner' },
        ],
        rows: sensitivity.criteria.map((entry) => [
          entry.criterionName,
          figureCell(entry.weight),
          figureCell(entry.range?.from ?? null, 2),
          figureCell(entry.range?.to ?? null, 2),
          beyond(entry.winnerBelow, entry.range?.from, 0, entry.reason.split('; above ')[0]!),
          beyond(entry.winnerAbove, entry.range?.to, 100, entry.reason.split('; above ')[1] ?? ''),
        ]),
      },
      list: sensitivity.criteria.map((entry) => entry.reason),
    });
  }
  sections.push({ heading: 'Chart', chart });
  const name = (model as { name?: unknown }).name;
  return {
    results,
    report: {
      title: `Tender evaluation${typeof name === 'string' ? `: ${name}` : ''}`,
      summary: evaluation.summary,
      sources: [
        `Model: ${modelFile}`,
        `Bids: ${bidsFile}`,
        ...(evaluation.winner?.price
          ? [`Winning price: ${formatGBP(evaluation.winner.price)}`]
          : []),
      ],
      sections,
      csvTable: rankingTable,
    },
    chart,
    failed: false,
  };
}

/**
 * The winner beyond one end of a weight range: the bid, '–' at the end of the scale (0 or 100)
 * or where no range is given, 'none qualifies' where no bid has the minimum quality points
 * beyond it (as the part of the range's reason about that end, `said`, says), else 'tie' (several
 * bids tie for first beyond it).
 */
function beyond(
  winner: string | null,
  end: Decimal | undefined,
  scaleEnd: 0 | 100,
  said: string,
): string {
  if (winner !== null) return winner;
  if (end === undefined || end.eq(scaleEnd)) return '–';
  return said.includes(', no bid has the minimum quality points') ? 'none qualifies' : 'tie';
}

/** Bids read from a file, and for a CSV the line each bid starts on. */
interface BidsRead {
  readonly bids: BidsArgument;
  readonly lines?: readonly number[];
}

/**
 * The criterion and sub-criterion ids of a model as read from JSON (none when it has no list of
 * criteria): each may head a column of the bids.
 */
function criterionIds(model: unknown): string[] {
  const criteria = (model as { criteria?: unknown } | null)?.criteria;
  if (!Array.isArray(criteria)) return [];
  return criteria.flatMap((criterion) => {
    const { id, subCriteria } = (criterion ?? {}) as { id?: unknown; subCriteria?: unknown };
    return [...(typeof id === 'string' ? [id] : []), ...criterionIds({ criteria: subCriteria })];
  });
}

/**
 * The name a bids CSV header stands for: the one of `known` it is (ignoring case and spacing,
 * when only one is), else the header as written.
 */
function headerNames(known: readonly string[]): (header: string) => string {
  const key = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  return (header) => {
    if (known.includes(header)) return header;
    const matches = known.filter((name) => key(name) === key(header));
    return matches.length === 1 ? matches[0]! : header;
  };
}

/**
 * Refuses a misspelt `id` or `price` header (`prcie`), which the library would only call an
 * unknown criterion, leaving the missing price unsaid.
 */
function assertColumns(file: string, headers: Set<string>, criteria: readonly string[]): void {
  for (const field of ['id', 'price']) {
    if (headers.has(field)) continue;
    const meant = [...headers].find(
      (header) => !criteria.includes(header) && suggest(header, [field]).length > 0,
    );
    if (meant !== undefined) {
      throw new CliError(
        `${file}: no column "${field}", and column ${quoteText(meant)} is no criterion of the model (did you mean "${field}"?).`,
      );
    }
  }
}

/**
 * Bids from JSON (a list, or { "bids": [...] }) or CSV: a column `id`, a column `price`, and one
 * column per criterion (headers matched ignoring case and spacing) read from a response holding a mark, an amount, or several evaluators'
 * marks separated by semicolons (`4;4;3`). Numbers are read as pledge sheets read them
 * (`£1,200,000`, `1 000`); a cell that is no number (or an ambiguous one, `(-5)`) goes to the
 * library as written, which refuses or reads it.
 */
function readBids(file: string, cwd: string, criteria: readonly string[]): BidsRead {
  if (isJsonFile(file)) {
    const json = readJson(file, cwd);
    if (Array.isArray(json)) return { bids: json as BidsArgument };
    if (
      typeof json === 'object' &&
      json !== null &&
      Array.isArray((json as { bids?: unknown }).bids)
    ) {
      return { bids: (json as { bids: BidsArgument }).bids };
    }
    throw new CliError(
      `${file}: expected a list of bids, or { "bids": [...] }, received ${receivedText(json)}.`,
    );
  }
  const nameOf = headerNames([...new Set(['id', 'price', ...criteria])]);
  // The price and the responses are numbers, read as written; the id is text.
  const columns = ['id', 'price', ...criteria];
  const records = readCsvRecords(
    file,
    cwd,
    (name) => nameOf(name) !== 'id',
    (name) => columns.includes(nameOf(name)),
  );
  assertColumns(
    file,
    new Set(records.flatMap(({ cells }) => Object.keys(cells).map(nameOf))),
    criteria,
  );
  const bids = records.map(({ cells: written, line }, index) => {
    const cells: Record<string, string> = Object.create(null);
    for (const [header, cell] of Object.entries(written)) cells[nameOf(header)] = cell;
    const { id, price, ...responses } = cells;
    if (id === undefined)
      throw new CliError(
        `${file} line ${line}: bids[${index}].id: missing (each bid needs an id, in a column named "id").`,
      );
    const read: Record<string, unknown> = Object.create(null);
    for (const [criterion, cell] of Object.entries(responses)) {
      read[criterion] = cell.includes(';')
        ? { marks: cell.split(';').map((mark) => amountOf(mark.trim())) }
        : amountOf(cell);
    }
    return {
      id,
      ...(price === undefined ? {} : { price: amountOf(price) }),
      ...(Object.keys(read).length === 0 ? {} : { responses: read }),
    } as BidsArgument[number];
  });
  return { bids, lines: records.map((record) => record.line) };
}
