import { scaleLinear } from 'd3-scale';
import { symbol, symbolDiamond, symbolTriangle } from 'd3-shape';
import { Decimal } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { figureText } from '../core/wording.js';
import { fittedTicks, type Tick } from './axis.js';
import { chartId } from './chart-id.js';
import { drawn, figureLabelsApart, type ValueFormat, zeroBasedDomain } from './figures.js';
import { type Drawing, leadIn, stack } from './layout.js';
import { readChart, seedOf } from './read-chart.js';
import { benchmarkStripChartSchema } from './schemas.js';
import {
  ACCENT,
  ACCENT_LIGHT,
  coordinate,
  element,
  GRID,
  INK,
  isolated,
  MUTED,
  svgDocument,
  text,
  tooltip,
} from './svg.js';
import { boldSize, breakFigure, fitText, textWidth, wrapSentence } from './text-width.js';
import type { BenchmarkStripChartInput } from './types.js';

const LINE = 14;

interface Percentile {
  readonly percentile: Decimal;
  readonly value: Decimal;
  readonly name: string;
  readonly text: string;
}

interface Reading {
  readonly label: string;
  readonly value: Decimal;
  readonly text: string;
  readonly format: ValueFormat;
  readonly percentiles: readonly Percentile[];
  readonly average: { readonly value: Decimal; readonly text: string } | undefined;
}

/**
 * A figure against published benchmark percentiles, as a standalone SVG string: a strip from
 * the lowest to the highest percentile with a labelled tick at each (`25th percentile`,
 * `Median`, …), the published average when given (dashed, with a diamond), and the figure (a
 * solid line with a triangle and its label), over a d3 linear axis. A sentence under the strip,
 * repeated in the `<desc>`, says where the figure lies (`between the median (8.4%) and the 75th
 * percentile (28.6%)`), compared exactly.
 *
 * Made for social value added (a ratio, so `valueFormat` defaults to `'percent'`), it works for
 * any figure. Coordinates are rounded to 2 decimal places; the same input gives the same SVG,
 * byte for byte.
 *
 * @param chart - The title, the figure, the percentiles and (optionally) the average.
 * @returns The SVG document, `<svg …>…</svg>` and a newline.
 * @throws SocialValueError `invalid-input` at the field's path: a percentile outside 0 to 100
 * or given twice (`chart.percentiles[2].percentile`), or figures that fall as the percentile
 * rises (`chart.percentiles[1].value`).
 *
 * @example
 * ```ts
 * import { benchmarkStripChart } from 'social-value/charts';
 *
 * const svg = benchmarkStripChart({
 *   title: 'Social value added against the benchmark',
 *   value: '0.125',
 *   percentiles: [
 *     { percentile: 25, value: '0.038' },
 *     { percentile: 50, value: '0.157' },
 *     { percentile: 75, value: '0.366' },
 *   ],
 *   average: '0.237',
 * });
 * svg.startsWith('<svg'); // => true
 * svg.includes('between the 25th percentile (3.8%) and the median (15.7%)'); // => true
 * ```
 */
export function benchmarkStripChart(chart: BenchmarkStripChartInput): string {
  const input = readChart(benchmarkStripChartSchema, chart, 'benchmark strip chart');
  const format: ValueFormat = input.valueFormat ?? 'percent';
  const read = readPercentiles(input.percentiles);
  // Figures drawn side by side that differ never share a label (0.12504 and a median of 0.125).
  const average = input.average === undefined ? [] : [input.average];
  const texts = figureLabelsApart(
    [input.value, ...read.map((entry) => entry.value), ...average],
    format,
  );
  const percentiles = read.map((entry, index) => ({ ...entry, text: texts[index + 1]! }));
  const reading: Reading = {
    label: input.valueLabel ?? 'This contract',
    value: input.value,
    text: texts[0]!,
    format,
    percentiles,
    average:
      input.average === undefined ? undefined : { value: input.average, text: texts.at(-1)! },
  };
  const id = chartId('benchmark-strip-chart', input.id, seedOf(input));
  const width = input.width ?? 640;
  const drawing = drawStrip(reading, format, width);
  return svgDocument({
    id,
    kind: 'benchmark-strip-chart',
    width,
    height: drawing.height,
    title: input.title,
    desc: `${leadIn(input.description)}Strip chart. ${sentence(reading, isolated(reading.label))}${benchmarkList(reading)}`,
    body: drawing.body,
  });
}

const BOUNDS = [
  /* @__PURE__ */ new Decimal(0),
  /* @__PURE__ */ new Decimal(50),
  /* @__PURE__ */ new Decimal(100),
];

/**
 * `25th percentile`, `median`, `1st percentile`, `111th percentile`, `2.5th percentile`,
 * `33.3rd percentile`: the suffix follows the figure as printed, and a decimal as spoken
 * (`thirty-three point three` → `third`).
 */
function percentileName(percentile: Decimal, text = figureText(percentile, 2)): string {
  if (percentile.eq(50)) return 'median';
  const tens = text.includes('.') ? '' : text.charAt(text.length - 2);
  const suffix =
    tens === '1' ? 'th' : (['th', 'st', 'nd', 'rd'][Number(text.charAt(text.length - 1))] ?? 'th');
  return `${text}${suffix} percentile`;
}

function readPercentiles(
  list: readonly { readonly percentile: Decimal; readonly value: Decimal }[],
): Omit<Percentile, 'text'>[] {
  const headline = 'Invalid benchmark strip chart: 1 problem.';
  const order = list.map((entry, index) => ({ entry, index }));
  order.sort((a, b) => a.entry.percentile.comparedTo(b.entry.percentile) || a.index - b.index);
  order.forEach(({ entry, index }, rank) => {
    const previous = order[rank - 1];
    if (previous === undefined) return;
    const later = Math.max(index, previous.index);
    if (entry.percentile.eq(previous.entry.percentile)) {
      throw fieldError(
        'invalid-input',
        headline,
        ['chart', 'percentiles', later, 'percentile'],
        `expected a percentile not given twice: the ${percentileName(entry.percentile)} is also chart.percentiles[${Math.min(index, previous.index)}]`,
      );
    }
    if (entry.value.lt(previous.entry.value)) {
      throw fieldError(
        'invalid-input',
        headline,
        ['chart', 'percentiles', index, 'value'],
        `expected a figure at least ${previous.entry.value.toString()} (the ${percentileName(previous.entry.percentile)}), received ${JSON.stringify(entry.value.toString())}`,
      );
    }
  });
  // Percentiles that differ are never named alike (50.001 and 50.004, 0.0001 and 0).
  const texts = figureLabelsApart(
    [...order.map(({ entry }) => entry.percentile), ...BOUNDS],
    'number',
    2,
  );
  return order.map(({ entry }, rank) => ({
    percentile: entry.percentile,
    value: entry.value,
    name: percentileName(entry.percentile, texts[rank]),
  }));
}

/** Where the figure lies among the percentiles, as a sentence. */
function sentence(reading: Reading, label = reading.label): string {
  const { percentiles, value } = reading;
  if (percentiles.length === 0)
    return `${label}: ${reading.text}. No benchmark percentiles were given.`;
  const equal = percentiles.filter((entry) => entry.value.eq(value));
  if (equal.length > 0) {
    const first = equal[0]!;
    const last = equal[equal.length - 1]!;
    return equal.length === 1
      ? `${label}: ${reading.text}, at the ${first.name} (${first.text}).`
      : `${label}: ${reading.text}, at the ${first.name} to the ${last.name} (${first.text}).`;
  }
  // The figure and the percentiles named beside it as the strip and the list write them: told
  // apart from every figure shown (the average too), so never written alike when they differ.
  const above = percentiles.findIndex((entry) => entry.value.gt(value));
  const named =
    above === -1
      ? [percentiles.at(-1)!]
      : above === 0
        ? [percentiles[0]!]
        : [percentiles[above - 1]!, percentiles[above]!];
  const [first, second] = named.map((entry) => `the ${entry.name} (${entry.text})`);
  const head = `${label}: ${reading.text}`;
  if (above === 0) return `${head}, below ${first}.`;
  if (above === -1) return `${head}, above ${first}.`;
  return `${head}, between ${first} and ${second}.`;
}

function benchmarkList(reading: Reading): string {
  const items = reading.percentiles.map((entry) => `${entry.name} ${entry.text}`);
  if (reading.average !== undefined) items.push(`average ${reading.average.text}`);
  return items.length === 0 ? '' : ` Benchmark: ${items.join(', ')}.`;
}

const triangle = /* @__PURE__ */ symbol(symbolTriangle, 110).digits(2);
const diamond = /* @__PURE__ */ symbol(symbolDiamond, 80).digits(2);

/**
 * The strip's scale and axis ticks: from 24 pixels inside either edge, or further in when a tick
 * label at an end, centred on its tick, would come closer than 8 pixels to the chart's edge
 * (`-£1,000,000,000,000` in a chart 320 wide, which ran off it).
 */
function axisOf(figures: readonly Decimal[], format: ValueFormat, width: number) {
  const domain = zeroBasedDomain(figures, format);
  const fitted = (left: number, right: number) => {
    const x = scaleLinear().domain(domain).range([left, right]).nice();
    const ticks = fittedTicks(x, format, right - left, {
      most: 8,
      size: 10,
      across: true,
      bounds: [8, width - 8],
    });
    return { x, left, right, ticks };
  };
  const first = fitted(24, width - 24);
  // How far past 8 pixels from its edge a label centred on its tick would run.
  const half = (tick: Tick | undefined) => (tick === undefined ? 0 : textWidth(tick.label, 10) / 2);
  const firstTick = first.ticks[0];
  const lastTick = first.ticks[first.ticks.length - 1];
  const pastLeft = firstTick === undefined ? 0 : 8 - (first.x(firstTick.value) - half(firstTick));
  const pastRight =
    lastTick === undefined ? 0 : first.x(lastTick.value) + half(lastTick) - (width - 8);
  const left = 24 + Math.max(0, pastLeft);
  const right = width - 24 - Math.max(0, pastRight);
  return left === 24 && right === width - 24 ? first : fitted(left, right);
}

/** A label on the strip: a name line, then its figure (bold) over one line or more. */
interface StripText {
  /** The x it belongs to. */
  readonly x: number;
  /** Its lines: the name, then the figure's. */
  readonly lines: readonly string[];
  /** Its widest line, in pixels. */
  readonly width: number;
}

function labelOf(x: number, name: readonly string[], figure: readonly string[]): StripText {
  const widths = [
    ...name.map((line) => textWidth(line, 11)),
    // The figure is bold: measured plain, a long one overlapped its neighbour.
    ...figure.map((line) => textWidth(line, boldSize(11))),
  ];
  return { x, lines: [...name, ...figure], width: Math.max(...widths) };
}

/** The height of each row of labels: its tallest label's lines. */
function rowHeights(labels: readonly StripText[], rows: readonly { readonly row: number }[]) {
  const heights: number[] = [];
  rows.forEach(({ row }, index) => {
    heights[row] = Math.max(heights[row] ?? 0, labels[index]!.lines.length * LINE);
  });
  return heights;
}

const sum = (list: readonly number[]) => list.reduce((total, item) => total + item, 0);

/** The sums of the first 0, 1, 2, … items of `list`: one pass for every row's offset. */
function runningSums(list: readonly number[]): number[] {
  const sums = [0];
  for (const item of list) sums.push(sums[sums.length - 1]! + item);
  return sums;
}

/** A label's lines as tspans from `y`, the first plain and the rest (the figure) bold. */
function labelLines(label: StripText, x: number, y: number): string[] {
  return label.lines.map((line, row) =>
    element(
      'tspan',
      { x, y: y + row * LINE, 'font-weight': row === 0 ? undefined : 'bold' },
      text(line),
    ),
  );
}

function drawStrip(reading: Reading, format: ValueFormat, width: number): Drawing {
  const body: string[] = [];
  const figures = [
    reading.value,
    ...reading.percentiles.map((entry) => entry.value),
    ...(reading.average === undefined ? [] : [reading.average.value]),
  ];
  const { x, left, right, ticks } = axisOf(figures, format, width);

  // Percentile labels above the strip, in rows so that none overlap; a figure wider than the
  // strip (£1e40 in a chart 320 wide) over as many lines as it needs.
  const figureLines = (figure: string) => breakFigure(figure, right - left, boldSize(11));
  const above = reading.percentiles.map((entry) => {
    const name = entry.name[0]!.toUpperCase() + entry.name.slice(1);
    return labelOf(x(drawn(entry.value)), [name], figureLines(entry.text));
  });
  const aboveRows = stack(above, left, right, 10);
  const aboveHeights = rowHeights(above, aboveRows);
  const aboveOffsets = runningSums(aboveHeights);
  const stripTop = 56 + sum(aboveHeights) + 10;
  const stripBottom = stripTop + 26;

  // The figure and the average below it, in rows as well.
  const below = [
    labelOf(
      x(drawn(reading.value)),
      [`${isolated(fitText(reading.label, right - left - 4, 11))}:`],
      figureLines(reading.text),
    ),
    ...(reading.average === undefined
      ? []
      : [
          labelOf(x(drawn(reading.average.value)), ['Average:'], figureLines(reading.average.text)),
        ]),
  ];
  const belowRows = stack(below, left, right, 10);
  const belowHeights = rowHeights(below, belowRows);
  const belowOffsets = runningSums(belowHeights);
  const belowTop = stripBottom + 22;
  const axisY = belowTop + sum(belowHeights) + 8;

  if (reading.percentiles.length > 0) {
    const first = x(drawn(reading.percentiles[0]!.value));
    const last = x(drawn(reading.percentiles[reading.percentiles.length - 1]!.value));
    body.push(
      element('rect', {
        class: 'sv-strip',
        x: first,
        y: stripTop,
        width: last - first,
        height: stripBottom - stripTop,
        fill: ACCENT_LIGHT,
        stroke: ACCENT,
        'stroke-width': 1,
      }),
    );
  }
  body.push(
    element('line', {
      x1: left,
      y1: (stripTop + stripBottom) / 2,
      x2: right,
      y2: (stripTop + stripBottom) / 2,
      stroke: GRID,
      'stroke-width': 1,
      'aria-hidden': 'true',
    }),
  );

  reading.percentiles.forEach((entry, index) => {
    const at = x(drawn(entry.value));
    const { row, centre } = aboveRows[index]!;
    const label = above[index]!;
    const labelTop = stripTop - 10 - aboveOffsets[row + 1]!;
    body.push(
      element(
        'g',
        { class: 'sv-percentile' },
        tooltip(`${label.lines[0]}: ${entry.text}`),
        element('line', {
          x1: at,
          y1: labelTop + label.lines.length * LINE - 2,
          x2: at,
          y2: stripBottom,
          stroke: ACCENT,
          'stroke-width': 2,
        }),
        element(
          'text',
          { 'text-anchor': 'middle', 'font-size': 11 },
          ...labelLines(label, centre, labelTop + 8),
        ),
      ),
    );
  });

  const marks = [
    { kind: 'sv-figure', shape: triangle, dash: undefined },
    { kind: 'sv-average', shape: diamond, dash: '4 3' },
  ];
  // Deeper rows first, and labels with a white halo: a line running down to a deeper label
  // passes behind the labels above it instead of through them (close figure and average).
  const drawOrder = below.map((entry, index) => ({ entry, index, ...belowRows[index]! }));
  drawOrder.sort((a, b) => b.row - a.row || a.index - b.index);
  const groups: string[] = [];
  for (const { entry, index, row, centre } of drawOrder) {
    const mark = marks[index]!;
    const labelTop = belowTop + belowOffsets[row]!;
    groups[index] = element(
      'g',
      { class: mark.kind },
      // The name whole, as the desc writes it: the label drawn may be shortened.
      tooltip(
        `${index === 0 ? `${isolated(reading.label)}:` : entry.lines[0]} ${entry.lines.slice(1).join('')}`,
      ),
      element('line', {
        x1: entry.x,
        y1: stripTop - 6,
        x2: entry.x,
        y2: labelTop - 2,
        stroke: INK,
        'stroke-width': index === 0 ? 2.5 : 1.5,
        'stroke-dasharray': mark.dash,
      }),
      element('path', {
        d: mark.shape() ?? '',
        transform: `translate(${coordinate(entry.x)},${coordinate(stripBottom + 8)})`,
        fill: index === 0 ? INK : '#ffffff',
        stroke: INK,
        'stroke-width': 1.5,
      }),
      element(
        'text',
        {
          'text-anchor': 'middle',
          'font-size': 11,
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        ...labelLines(entry, centre, labelTop + 10),
      ),
    );
  }
  // Painted deepest row first, so the labels above cover the lines that pass them.
  for (const { index } of drawOrder) body.push(groups[index]!);

  body.push(
    element(
      'g',
      { class: 'sv-axis', 'aria-hidden': 'true' },
      element('line', {
        x1: left,
        y1: axisY,
        x2: right,
        y2: axisY,
        stroke: MUTED,
        'stroke-width': 1,
      }),
      ...ticks.flatMap((tick) => [
        element('line', {
          x1: x(tick.value),
          y1: axisY,
          x2: x(tick.value),
          y2: axisY + 4,
          stroke: MUTED,
        }),
        element(
          'text',
          {
            x: tick.at,
            y: axisY + 16,
            'text-anchor': 'middle',
            'font-size': 10,
            fill: MUTED,
          },
          text(tick.label),
        ),
      ]),
    ),
  );
  // The sentence wraps over as many lines as it needs in a narrow chart, never running past its
  // edge nor cutting a figure.
  const lines = wrapSentence(sentence(reading, isolated(reading.label)), width - 32, 12);
  body.push(
    element(
      'text',
      { class: 'sv-reading', x: 16, y: axisY + 42 },
      lines.length === 1
        ? text(lines[0]!)
        : lines.map((line, row) =>
            element('tspan', { x: 16, y: axisY + 42 + row * 16 }, text(line)),
          ),
    ),
  );
  return { height: axisY + 58 + (lines.length - 1) * 16, body };
}
