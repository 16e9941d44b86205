import { scaleBand, scaleLinear } from 'd3-scale';
import { symbol, symbolDiamond } from 'd3-shape';
import { Decimal } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { figureText } from '../core/wording.js';
import { chartId } from './chart-id.js';
import { largest } from './extent.js';
import { drawn, figureLabelsApart, tickFigure } from './figures.js';
import { type Drawing, emptyDrawing, leadIn } from './layout.js';
import { hatchPattern } from './marks.js';
import { readChart, seedOf } from './read-chart.js';
import { weightRangeChartSchema } from './schemas.js';
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
import { boldSize, textWidth, wrapText } from './text-width.js';
import type { WeightRangeChartInput } from './types.js';

const ROW = 46;

interface Criterion {
  readonly label: string;
  readonly weight: Decimal;
  readonly from: Decimal;
  readonly to: Decimal;
}

/**
 * The weight ranges that keep the winner, as a standalone SVG string: one row per criterion on
 * a 0 to 100 percentage-point axis, a hatched band from `from` to `to` (the weights over which
 * the winning bid stays the same) and the current weight marked by a line and diamond with its
 * figure. Every band's ends are written beside it, a key explains the marks, and the `<desc>`
 * states every range in words.
 *
 * Positions come from a d3 linear scale over 0 to 100 points; coordinates are rounded to 2
 * decimal places. The same input gives the same SVG, byte for byte.
 *
 * @param chart - The title and, per criterion, its current weight and stable range (points).
 * @returns The SVG document, `<svg …>…</svg>` and a newline.
 * @throws SocialValueError `invalid-input` at the field's path: a weight outside 0 to 100, `to`
 * below `from` (`chart.criteria[1].to`), or a current weight outside its range
 * (`chart.criteria[0].weight`).
 *
 * @example
 * ```ts
 * import { weightRangeChart } from 'social-value/charts';
 *
 * const svg = weightRangeChart({
 *   title: 'Weights that keep the winner',
 *   criteria: [
 *     { label: 'Price', weight: 60, from: 45, to: 75 },
 *     { label: 'Quality', weight: 30, from: '12.5', to: 44 },
 *     { label: 'Social value', weight: 10, from: 0, to: 21 },
 *   ],
 * });
 * svg.startsWith('<svg'); // => true
 * svg.includes('Quality: current weight 30 points, winner unchanged from 12.5 to 44 points'); // => true
 * ```
 */
export function weightRangeChart(chart: WeightRangeChartInput): string {
  const input = readChart(weightRangeChartSchema, chart, 'weight range chart');
  input.criteria.forEach(checkRange);
  const criteria: Criterion[] = input.criteria;
  const id = chartId('weight-range-chart', input.id, seedOf(input));
  const width = input.width ?? 640;
  const drawing = criteria.length === 0 ? emptyDrawing() : drawRanges(criteria, width, id);
  return svgDocument({
    id,
    kind: 'weight-range-chart',
    width,
    height: drawing.height,
    title: input.title,
    desc: describe(criteria, input.description),
    defs: drawing.defs,
    body: drawing.body,
  });
}

function checkRange(criterion: Criterion, index: number): void {
  const headline = 'Invalid weight range chart: 1 problem.';
  const at = (field: string) => ['chart', 'criteria', index, field];
  if (criterion.to.lt(criterion.from)) {
    throw fieldError(
      'invalid-input',
      headline,
      at('to'),
      `expected a number at least ${criterion.from.toString()} (the range's from), received ${JSON.stringify(criterion.to.toString())}`,
    );
  }
  if (criterion.weight.lt(criterion.from) || criterion.weight.gt(criterion.to)) {
    throw fieldError(
      'invalid-input',
      headline,
      at('weight'),
      `expected the current weight within its range, from ${criterion.from.toString()} to ${criterion.to.toString()}, received ${JSON.stringify(criterion.weight.toString())}`,
    );
  }
}

const diamond = /* @__PURE__ */ symbol(symbolDiamond, 90).digits(2);

function drawRanges(criteria: readonly Criterion[], width: number, id: string): Drawing {
  const body: string[] = [];
  const pattern = `${id}-range`;
  // The key: what the band and the marker mean (not told by colour). Its second entry goes on
  // a row of its own in a chart too narrow for both on one.
  const keyY = 52;
  const oneRow = 256 + textWidth('Current weight', 12) <= width - 16;
  const [markX, markY] = oneRow ? [244, keyY] : [30, keyY + 22];
  body.push(
    element(
      'g',
      { class: 'sv-legend' },
      element('rect', {
        x: 16,
        y: keyY - 6,
        width: 28,
        height: 12,
        fill: `url(#${pattern})`,
        stroke: ACCENT,
      }),
      element('text', { x: 50, y: keyY, dy: '0.35em' }, text('Weights that keep the winner')),
      element('line', {
        x1: markX,
        y1: markY - 9,
        x2: markX,
        y2: markY + 9,
        stroke: INK,
        'stroke-width': 2,
      }),
      element('path', { d: diamond() ?? '', transform: `translate(${markX},${markY})`, fill: INK }),
      element('text', { x: markX + 12, y: markY, dy: '0.35em' }, text('Current weight')),
    ),
  );
  const top = oneRow ? 74 : 96;
  const labelWidth = Math.min(width * 0.3, largest(criteria.map((c) => textWidth(c.label, 12))));
  const labels = criteria.map((criterion) => wrapText(criterion.label, labelWidth, 12, 2));
  const left = 16 + labelWidth + 16;
  const right = width - 24;
  const x = scaleLinear().domain([0, 100]).range([left, right]);
  const y = scaleBand<number>()
    .domain(criteria.map((_, index) => index))
    .range([top, top + criteria.length * ROW]);
  const bottom = top + criteria.length * ROW;
  const ticks = x.ticks(right - left >= 400 ? 10 : 5);

  body.push(
    element(
      'g',
      { class: 'sv-grid', 'aria-hidden': 'true' },
      ...ticks.map((tick) =>
        element('line', {
          x1: x(tick),
          y1: top,
          x2: x(tick),
          y2: bottom,
          stroke: GRID,
          'stroke-width': 1,
        }),
      ),
    ),
  );
  body.push(
    element(
      'g',
      { class: 'sv-axis', 'aria-hidden': 'true' },
      ...ticks.map((tick) =>
        element(
          'text',
          { x: x(tick), y: bottom + 14, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED },
          text(figureText(tickFigure(tick), 0)),
        ),
      ),
      element(
        'text',
        { x: (left + right) / 2, y: bottom + 34, 'text-anchor': 'middle', fill: MUTED },
        text('Weight (percentage points)'),
      ),
    ),
  );

  criteria.forEach((criterion, index) => {
    const middle = y(index)! + ROW / 2 - 2;
    const from = x(drawn(criterion.from));
    const to = x(drawn(criterion.to));
    const at = x(drawn(criterion.weight));
    const lines = labels[index]!;
    const firstLine = middle - ((lines.length - 1) * 14) / 2;
    const { from: fromText, weight: weightText, to: toText } = rangeTexts(criterion);
    const rangeText = criterion.from.eq(criterion.to)
      ? `${fromText} only`
      : `${fromText}–${toText}`;
    // A label centred on `centre`, moved inwards to stay clear of the names and the chart's edge.
    const inside = (centre: number, label: string, size: number) => {
      const half = textWidth(label, size) / 2;
      return Math.min(Math.max(centre, left + half - 8), width - 8 - half);
    };
    const rangeX = inside((from + to) / 2, rangeText, 11);
    // The weight's label (bold) over its mark likewise: 99.9999999 centred on a mark at 100 ran
    // past the chart's edge.
    const weightX = inside(at, weightText, boldSize(11));
    body.push(
      element(
        'g',
        { class: 'sv-range' },
        tooltip(`${isolated(criterion.label)}: ${rangeSentence(criterion)}`),
        element(
          'text',
          { class: 'sv-label', 'text-anchor': 'end' },
          ...lines.map((line, row) =>
            element('tspan', { x: left - 16, y: firstLine + row * 14, dy: '0.35em' }, text(line)),
          ),
        ),
        element('rect', {
          class: 'sv-track',
          x: left,
          y: middle - 6,
          width: right - left,
          height: 12,
          fill: '#f2f2f2',
        }),
        element('rect', {
          class: 'sv-band',
          x: from,
          y: middle - 7,
          width: Math.max(to - from, 0),
          height: 14,
          fill: `url(#${pattern})`,
          stroke: ACCENT,
          'stroke-width': 1.5,
        }),
        element('line', {
          class: 'sv-weight',
          x1: at,
          y1: middle - 11,
          x2: at,
          y2: middle + 11,
          stroke: INK,
          'stroke-width': 2,
        }),
        element('path', {
          d: diamond() ?? '',
          transform: `translate(${coordinate(at)},${coordinate(middle)})`,
          fill: INK,
        }),
        element(
          'text',
          {
            class: 'sv-weight-label',
            x: weightX,
            y: middle - 14,
            'text-anchor': 'middle',
            'font-size': 11,
            'font-weight': 'bold',
          },
          text(weightText),
        ),
        element(
          'text',
          {
            class: 'sv-range-label',
            x: rangeX,
            y: middle + 21,
            'text-anchor': 'middle',
            'font-size': 11,
            fill: MUTED,
          },
          text(rangeText),
        ),
      ),
    );
  });
  return {
    height: bottom + 48,
    defs: [hatchPattern(pattern, ACCENT, ACCENT_LIGHT)],
    body,
  };
}

const BOUNDS = [/* @__PURE__ */ new Decimal(0), /* @__PURE__ */ new Decimal(100)];

/**
 * A criterion's weight and range ends to 2 places, or as many more as tell them from each other
 * and from the scale's ends: 0.0000001 to 99.9999999 is not `0–100`, as if every weight kept the
 * winner.
 */
function rangeTexts(criterion: Criterion) {
  const [from, weight, to] = figureLabelsApart(
    [criterion.from, criterion.weight, criterion.to, ...BOUNDS],
    'number',
    2,
  );
  return { from: from!, weight: weight!, to: to! };
}

function rangeSentence(criterion: Criterion): string {
  const { from, weight, to } = rangeTexts(criterion);
  const points = (value: Decimal, text: string) => `${text} point${value.eq(1) ? '' : 's'}`;
  return `current weight ${points(criterion.weight, weight)}, winner unchanged from ${from} to ${points(criterion.to, to)}`;
}

function describe(criteria: readonly Criterion[], description: string | undefined): string {
  const lead = leadIn(description);
  if (criteria.length === 0) return `${lead}Weight range chart with no criteria.`;
  const items = criteria.map(
    (criterion) => `${isolated(criterion.label)}: ${rangeSentence(criterion)}`,
  );
  const count = criteria.length === 1 ? '1 criterion' : `${criteria.length} criteria`;
  return `${lead}Weight range chart, ${count}, on a scale of 0 to 100 percentage points; a hatched band shows the weights over which the winner stays the same, a line with a diamond the current weight. ${items.join('. ')}.`;
}
