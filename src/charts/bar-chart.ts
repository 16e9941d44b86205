import { scaleBand, scaleLinear } from 'd3-scale';
import type { Decimal } from '../core/decimal.js';
import { fittedTicks } from './axis.js';
import { chartId } from './chart-id.js';
import { largest } from './extent.js';
import { drawn, figureLabel, type ValueFormat, zeroBasedDomain } from './figures.js';
import { type Drawing, emptyDrawing } from './layout.js';
import { hatchPattern } from './marks.js';
import { readChart, seedOf } from './read-chart.js';
import { barChartSchema } from './schemas.js';
import { ACCENT, element, GRID, isolated, MUTED, svgDocument, text, tooltip } from './svg.js';
import { breakFigure, fitText, textWidth, wrapText } from './text-width.js';
import type { BarChartInput } from './types.js';

const NEGATIVE = '#b34700';
const TOP = 48;

interface Bar {
  readonly label: string;
  readonly value: Decimal;
  readonly text: string;
}

/** A bar as drawn: its figure broken into lines that fit beside the bars. */
interface DrawnBar extends Bar {
  readonly lines: readonly string[];
}

/**
 * A horizontal bar chart as a standalone SVG string: one bar per figure (value by theme, by
 * value type, by tag), each with its name on the left and its figure at its end. Bars start at
 * a zero line, so negative figures run left of it; they are also hatched and signed, so the
 * chart does not rely on colour. The `<desc>` states every figure in words.
 *
 * Figures are formatted exactly (`valueFormat`); bar lengths are proportional to them, drawn
 * from a d3 linear scale with coordinates rounded to 2 decimal places. The same input gives the
 * same SVG, byte for byte.
 *
 * @param chart - The title, the bars and how figures are written.
 * @returns The SVG document, `<svg …>…</svg>` and a newline.
 * @throws SocialValueError `invalid-input` (or `out-of-range`) at the field's path, such as
 * `chart.bars[2].value`.
 *
 * @example
 * ```ts
 * import { barChart } from 'social-value/charts';
 *
 * const svg = barChart({
 *   title: 'Social value by theme',
 *   valueFormat: 'money',
 *   bars: [
 *     { label: 'Jobs', value: '120000' },
 *     { label: 'Growth', value: '45000.5' },
 *     { label: 'Environment', value: -2000 },
 *   ],
 * });
 * svg.startsWith('<svg'); // => true
 * svg.includes('Growth, £45,000.50'); // => true
 * ```
 */
export function barChart(chart: BarChartInput): string {
  const input = readChart(barChartSchema, chart, 'bar chart');
  const format: ValueFormat = input.valueFormat ?? 'number';
  const bars: Bar[] = input.bars.map((bar) => ({
    label: bar.label,
    value: bar.value,
    text: figureLabel(bar.value, format),
  }));
  const id = chartId('bar-chart', input.id, seedOf(input));
  const width = input.width ?? 640;
  const drawing =
    bars.length === 0
      ? emptyDrawing()
      : drawBars(bars, { format, width, id, axisLabel: input.axisLabel });
  return svgDocument({
    id,
    kind: 'bar-chart',
    width,
    height: drawing.height,
    title: input.title,
    desc: describe(bars, input.description),
    defs: drawing.defs,
    body: drawing.body,
  });
}

interface Layout {
  readonly format: ValueFormat;
  readonly width: number;
  readonly id: string;
  readonly axisLabel: string | undefined;
}

function drawBars(figures: readonly Bar[], { format, width, id, axisLabel }: Layout): Drawing {
  // A figure wider than the chart leaves beside 40 pixels of names and 40 of bars (£1e20 in a
  // chart 320 wide) is written over as many lines as it needs.
  const bars: DrawnBar[] = figures.map((bar) => ({
    ...bar,
    lines: breakFigure(bar.text, width - 132, 11),
  }));
  const negatives = bars.filter((bar) => bar.value.isNegative());
  const others = bars.filter((bar) => !bar.value.isNegative());
  const widest = (list: readonly DrawnBar[]) =>
    list.length === 0
      ? 0
      : largest(list.flatMap((bar) => bar.lines.map((line) => textWidth(line, 11)))) + 8;
  // Names take at most 35% of the width, less when the figures need it, so that the bars keep
  // at least a quarter of the chart (a name is then wrapped or shortened, never the figures).
  const room = (left: number, right: number) => {
    const labelWidth = Math.max(
      40,
      Math.min(
        width * 0.35,
        width * 0.75 - 44 - left - right,
        largest(bars.map((bar) => textWidth(bar.label, 12))),
      ),
    );
    return { labelWidth, plotLeft: 16 + labelWidth + 12 + left, plotRight: width - 16 - right };
  };
  // Figures of negative bars go left of their bars; when the figures of both sides leave the
  // bars less than 40 pixels (±£999bn in 320), every figure goes right of the zero line, so
  // that none runs off the chart.
  const split = room(widest(negatives), widest(others));
  const figuresRight = negatives.length > 0 && split.plotRight - split.plotLeft < 40;
  const { labelWidth, plotLeft, plotRight: right } = figuresRight ? room(0, widest(bars)) : split;
  const plotRight = Math.max(right, plotLeft + 40);
  const labelRight = 16 + labelWidth;
  const labels = bars.map((bar) => wrapText(bar.label, labelWidth, 12, 2));
  const figureLines = largest(bars.map((bar) => bar.lines.length));
  const row = Math.max(labels.some((lines) => lines.length > 1) ? 40 : 30, figureLines * 13 + 8);

  const x = scaleLinear()
    .domain(
      zeroBasedDomain(
        bars.map((bar) => bar.value),
        format,
      ),
    )
    .range([plotLeft, plotRight])
    .nice();
  const y = scaleBand<number>()
    .domain(bars.map((_, index) => index))
    .range([TOP, TOP + bars.length * row])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const bottom = TOP + bars.length * row;
  const ticks = fittedTicks(x, format, plotRight - plotLeft, {
    most: 6,
    size: 11,
    across: true,
    bounds: [8, width - 8],
  });

  const body: string[] = [];
  const grid = ticks.map((tick) =>
    element('line', {
      x1: x(tick.value),
      y1: TOP,
      x2: x(tick.value),
      y2: bottom,
      stroke: GRID,
      'stroke-width': 1,
    }),
  );
  const tickText = ticks.map((tick) =>
    element(
      'text',
      { x: tick.at, y: bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED },
      text(tick.label),
    ),
  );
  body.push(element('g', { class: 'sv-grid', 'aria-hidden': 'true' }, grid));
  body.push(element('g', { class: 'sv-axis', 'aria-hidden': 'true' }, tickText));

  const zero = x(0);
  bars.forEach((bar, index) => {
    const end = x(drawn(bar.value));
    const top = y(index)!;
    const middle = top + y.bandwidth() / 2;
    const negative = bar.value.isNegative();
    const leftOfBar = negative && !figuresRight;
    body.push(
      element(
        'g',
        { class: 'sv-bar' },
        tooltip(`${isolated(bar.label)}: ${bar.text}`),
        element('rect', {
          x: Math.min(zero, end),
          y: top,
          width: Math.abs(end - zero),
          height: y.bandwidth(),
          fill: negative ? `url(#${id}-negative)` : ACCENT,
          stroke: negative ? NEGATIVE : undefined,
          'stroke-width': negative ? 1 : undefined,
        }),
        lineLabel(labels[index]!, labelRight, middle),
        valueLabel(bar.lines, leftOfBar ? end - 6 : Math.max(zero, end) + 6, middle, leftOfBar),
      ),
    );
  });
  body.push(
    element('line', {
      class: 'sv-zero',
      x1: zero,
      y1: TOP - 4,
      x2: zero,
      y2: bottom + 4,
      stroke: MUTED,
      'stroke-width': 1.5,
      'aria-hidden': 'true',
    }),
  );

  let height = bottom + 28;
  if (axisLabel !== undefined && axisLabel !== '') {
    // Centred under the plot, shortened to stay 16 pixels inside the chart on either side.
    const centre = (plotLeft + plotRight) / 2;
    const room = 2 * Math.min(centre - 16, width - 16 - centre);
    body.push(
      element(
        'text',
        { x: centre, y: bottom + 38, 'text-anchor': 'middle', fill: MUTED },
        text(fitText(axisLabel, room, 12)),
      ),
    );
    height += 18;
  }
  if (negatives.length > 0) {
    body.push(
      element(
        'text',
        { x: 16, y: height + 6, 'font-size': 11, fill: MUTED },
        text('Hatched bars, left of the zero line, are below zero.'),
      ),
    );
    height += 18;
  }
  const defs = negatives.length > 0 ? [hatchPattern(`${id}-negative`, NEGATIVE, '#fbe3d3')] : [];
  return { height: height + 8, defs, body };
}

function describe(bars: readonly Bar[], description: string | undefined): string {
  const lead = description === undefined || description === '' ? '' : `${description} `;
  if (bars.length === 0) return `${lead}Bar chart with no figures.`;
  const items = bars.map(
    (bar) => `${isolated(bar.label)}, ${bar.text}${bar.value.isNegative() ? ' (below zero)' : ''}`,
  );
  const count = bars.length === 1 ? '1 bar' : `${bars.length} bars from top to bottom`;
  return `${lead}Bar chart, ${count}: ${items.join('; ')}.`;
}

/** A bar's figure at `x`, on one line or more (13 pixels apart), centred on `middle`. */
function valueLabel(lines: readonly string[], x: number, middle: number, before: boolean) {
  const anchor = before ? 'end' : 'start';
  if (lines.length === 1) {
    const at = { x, y: middle, dy: '0.35em' };
    return element(
      'text',
      { class: 'sv-value', ...at, 'text-anchor': anchor, 'font-size': 11 },
      text(lines[0]!),
    );
  }
  const first = middle - ((lines.length - 1) * 13) / 2;
  return element(
    'text',
    { class: 'sv-value', 'text-anchor': anchor, 'font-size': 11 },
    ...lines.map((line, index) =>
      element('tspan', { x, y: first + index * 13, dy: '0.35em' }, text(line)),
    ),
  );
}

/** A label of one or more lines, right-aligned at `x`, centred on `middle`. */
function lineLabel(lines: readonly string[], x: number, middle: number): string {
  const first = middle - ((lines.length - 1) * 14) / 2;
  return element(
    'text',
    { class: 'sv-label', 'text-anchor': 'end' },
    ...lines.map((line, index) =>
      element('tspan', { x, y: first + index * 14, dy: '0.35em' }, text(line)),
    ),
  );
}
