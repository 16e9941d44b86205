import { scaleLinear } from 'd3-scale';
import { curveLinearClosed, lineRadial, pointRadial } from 'd3-shape';
import { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { figureText } from '../core/wording.js';
import { chartId } from './chart-id.js';
import { largest, smallest } from './extent.js';
import { drawn, figureLabelsApart, tickFigure } from './figures.js';
import { type Drawing, emptyDrawing, leadIn, legend, spread } from './layout.js';
import { marker, type SeriesStyle, seriesStyle } from './marks.js';
import { checkUniqueLabels, readChart, seedOf } from './read-chart.js';
import { radarChartSchema } from './schemas.js';
import { coordinate, element, GRID, isolated, MUTED, svgDocument, text, tooltip } from './svg.js';
import { boldSize, fitText, textWidth, wrapSentence, wrapText } from './text-width.js';
import type { RadarChartInput } from './types.js';

interface Axis {
  readonly label: string;
  readonly max: Decimal;
  /** Clockwise from the top, in radians (d3's radial convention). */
  readonly angle: number;
}

interface Series {
  readonly label: string;
  readonly style: SeriesStyle;
  readonly values: readonly Decimal[];
}

/**
 * A radar (spider) chart as a standalone SVG string, as the SVMI workbook draws present against
 * target maturity by theme: one spoke per axis clockwise from the top, concentric rings at the
 * levels (labelled 1, 2, … up to the common `max`; as shares of each axis's maximum when the
 * axes differ), and one closed polygon per series. The first series is filled; each has its own
 * dash pattern and marker shape; the figures are written under every axis label, and the
 * `<desc>` states them all.
 *
 * Radii come from a d3 linear scale per axis (0 at the centre, `max` at the outer ring) and the
 * polygons from d3-shape's `lineRadial`; coordinates are rounded to 2 decimal places. The same
 * input gives the same SVG, byte for byte.
 *
 * @param chart - The title, the axes with their maxima and the series of figures.
 * @returns The SVG document, `<svg …>…</svg>` and a newline.
 * @throws SocialValueError `invalid-input` at the field's path: an axis `max` of 0 or less, a
 * series without one figure per axis (`chart.series[1].values`), a figure below 0 or above its
 * axis's `max` (`chart.series[0].values[3]`), two series with one label.
 *
 * @example
 * ```ts
 * import { radarChart } from 'social-value/charts';
 *
 * const svg = radarChart({
 *   title: 'SVMI: present and target levels',
 *   axes: [
 *     { label: 'Policy and Scope', max: 4 },
 *     { label: 'Procurement', max: 4 },
 *     { label: 'Reporting', max: 4 },
 *   ],
 *   series: [
 *     { label: 'Present', values: [1, 2, 1] },
 *     { label: 'Target', values: [3, 3, 2] },
 *   ],
 * });
 * svg.startsWith('<svg'); // => true
 * svg.includes('Procurement: Present 2, Target 3'); // => true
 * ```
 */
export function radarChart(chart: RadarChartInput): string {
  const input = readChart(radarChartSchema, chart, 'radar chart');
  checkUniqueLabels(input.series, ['chart', 'series'], 'radar chart');
  const count = input.axes.length;
  const axes: Axis[] = input.axes.map((axis, index) => ({
    label: axis.label,
    max: axis.max,
    angle: (index * 2 * Math.PI) / Math.max(count, 1),
  }));
  input.series.forEach((entry, index) => {
    checkValues(entry.values, axes, index);
  });
  const series: Series[] = input.series.map((entry, index) => ({
    label: entry.label,
    style: seriesStyle(index),
    values: entry.values,
  }));
  const id = chartId('radar-chart', input.id, seedOf(input));
  const width = input.width ?? 640;
  const drawing = axes.length === 0 ? emptyDrawing() : drawRadar(axes, series, width);
  return svgDocument({
    id,
    kind: 'radar-chart',
    width,
    height: drawing.height,
    title: input.title,
    desc: describe(axes, series, input.description),
    body: drawing.body,
  });
}

function checkValues(values: readonly Decimal[], axes: readonly Axis[], series: number): void {
  const headline = 'Invalid radar chart: 1 problem.';
  if (values.length !== axes.length) {
    throw fieldError(
      'invalid-input',
      headline,
      ['chart', 'series', series, 'values'],
      `expected ${axes.length} figure${axes.length === 1 ? '' : 's'}, one per axis, received ${values.length}`,
    );
  }
  values.forEach((value, index) => {
    const axis = axes[index]!;
    if (value.gt(axis.max)) {
      throw fieldError(
        'invalid-input',
        headline,
        ['chart', 'series', series, 'values', index],
        `expected a number at most ${axis.max.toString()} (the max of axis ${quoteText(axis.label)}), received ${JSON.stringify(value.toString())}`,
      );
    }
  });
}

/** One common maximum for every axis, or `undefined` when they differ. */
function commonMax(axes: readonly Axis[]): Decimal | undefined {
  const first = axes[0]!.max;
  return axes.every((axis) => axis.max.eq(first)) ? first : undefined;
}

/** The rings: fractions of the radius, with their labels. */
function rings(axes: readonly Axis[]): { readonly share: number; readonly label: string }[] {
  const common = commonMax(axes);
  if (common !== undefined) {
    const max = drawn(common);
    const scale = scaleLinear().domain([0, max]);
    const levels = (common.isInteger() && max <= 10 ? scale.ticks(max) : scale.ticks(5)).filter(
      (level) => level > 0,
    );
    // The places that tell the levels apart (and from 0): 0.0000002 of 0.000001, never "0".
    const places = Math.max(...levels.map((level) => tickFigure(level).decimalPlaces()));
    return levels.map((level) => ({
      share: level / max,
      label: figureText(tickFigure(level), places),
    }));
  }
  return scaleLinear()
    .ticks(5)
    .filter((share) => share > 0)
    .map((share) => ({ share, label: `${figureText(tickFigure(share * 100), 2)}%` }));
}

const RADIUS_MAX = 190;

/**
 * Each axis's figures, series by series, to 2 places or as many more as tell them from each
 * other, from 0 and from the axis's maximum (0.001 of 4 is not `0`, 3.999 not `4`).
 */
function axisFigures(axes: readonly Axis[], series: readonly Series[]): string[][] {
  return axes.map((axis, index) => {
    const values = series.map((entry) => entry.values[index]!);
    const labels = figureLabelsApart([...values, ZERO, axis.max], 'number', 2);
    // A figure at the maximum is written as the maximum is: exactly.
    return values.map((value, at) => (value.eq(axis.max) ? maxText(axis.max) : labels[at]!));
  });
}

/**
 * An axis's maximum, exactly: to 4 places, 4.00001 read 4, the figure told apart from it (4,
 * short of the maximum). Figures told apart from it never read as it.
 */
function maxText(max: Decimal): string {
  return figureText(max, max.decimalPlaces());
}

const ZERO = /* @__PURE__ */ new Decimal(0);

function drawRadar(axes: readonly Axis[], series: readonly Series[], width: number): Drawing {
  const body: string[] = [];
  const figures = axisFigures(axes, series);
  let top = 44;
  if (series.length > 0) {
    const key = legend(series, 16, top, width - 32);
    body.push(key.markup);
    top += key.height + 4;
    body.push(
      element(
        'text',
        { x: 16, y: top + 10, 'font-size': 11, fill: MUTED },
        text(
          fitText(
            `Figures under each axis: ${series.map((entry) => isolated(entry.label)).join(' / ')}.`,
            width - 32,
            11,
          ),
        ),
      ),
    );
    top += 20;
  }
  const radius = Math.max(60, Math.min(RADIUS_MAX, width / 2 - 160));
  // 130 pixels, less in a chart too narrow for that beside the smallest radius.
  const labelWidth = Math.min(130, width / 2 - radius - 30);
  // Axes with different maxima say theirs: `Score (0–100)`.
  const ranged = commonMax(axes) === undefined;
  const labelLines = axes.map((axis) => {
    if (!ranged) return wrapText(axis.label, labelWidth, 12, 3);
    const range = `(0–${maxText(axis.max)})`;
    const lines = wrapText(`${axis.label} ${range}`, labelWidth, 12, 3);
    // The name may be shortened, never the maximum.
    return lines[lines.length - 1]!.endsWith(range)
      ? lines
      : [...wrapText(axis.label, labelWidth, 12, 2), ...wrapSentence(range, labelWidth, 12)];
  });
  // The figures under each label, over more lines when they are wider than it (bold).
  const figureLines = axes.map((_, index) =>
    // Bold at the chart's 12 pixels, as drawn (measured at 11, a line ran 9% past its room).
    series.length === 0 ? [] : wrapSentence(figures[index]!.join(' / '), labelWidth, boldSize(12)),
  );
  const rowsPer = (index: number) => labelLines[index]!.length + figureLines[index]!.length;
  // Labels above the centre grow upwards, below it downwards, beside it about their middle.
  const anchors = axes.map((axis, index) => {
    const [x, y] = pointRadial(axis.angle, radius + 14);
    const height = rowsPer(index) * 14;
    const first = Math.abs(x) < 1 ? (y < 0 ? y - height + 14 : y + 6) : y - height / 2 + 7;
    return { x, middle: first + height / 2 - 7, reach: height / 2 - 7 };
  });
  // Labels on one side, taller than the room between their spokes (many lines in a narrow
  // chart), are moved apart up and down so that none overlap.
  const middles = anchors.map((anchor) => anchor.middle);
  for (const side of [1, -1]) {
    const own = anchors.flatMap((anchor, index) => (anchor.x * side >= 1 ? [index] : []));
    const moved = spread(
      own.map((index) => middles[index]!),
      14,
      -Infinity,
      Infinity,
      own.map((index) => anchors[index]!.reach),
    );
    own.forEach((index, order) => {
      middles[index] = moved[order]!;
    });
  }
  const placeAt = (index: number, first: number) => {
    const { x } = anchors[index]!;
    const rows = rowsPer(index);
    const wide = Math.max(
      ...labelLines[index]!.map((line) => textWidth(line, 12)),
      ...figureLines[index]!.map((line) => textWidth(line, boldSize(12))),
    );
    const start = Math.abs(x) < 1 ? x - wide / 2 : x > 0 ? x : x - wide;
    // Its box, a pixel clear of the text: ring labels that would touch it are left out.
    const box = {
      left: start - 1,
      right: start + wide + 1,
      top: first - 6,
      bottom: first + (rows - 1) * 14 + 8,
    };
    return { x, first, last: first + (rows - 1) * 14, box };
  };
  const placed = axes.map((_, index) => placeAt(index, middles[index]! - anchors[index]!.reach));
  // The label at the top (or bottom) moves up (or down) past side labels it would touch: the
  // side labels, which never move, nearest first, so that moving past one never lands on another
  // already passed (sorted once: a chart of 100,000 axes has hundreds at the top).
  const sides = placed.filter((entry) => Math.abs(entry.x) >= 1);
  const upward = [...sides].sort((a, b) => b.box.bottom - a.box.bottom);
  const downward = sides.sort((a, b) => a.box.top - b.box.top);
  placed.forEach((label, index) => {
    if (Math.abs(label.x) >= 1) return;
    const up = anchors[index]!.middle < 0;
    let moved = label;
    for (const other of up ? upward : downward) {
      if (!touches(moved.box, other.box)) continue;
      const by = up ? other.box.top - moved.box.bottom : other.box.bottom - moved.box.top;
      moved = placeAt(index, moved.first + by);
    }
    placed[index] = moved;
  });
  // The grid reaches the full radius as circles (fewer than 3 axes), else only at its vertices.
  const reach =
    axes.length < 3 ? [-radius, radius] : axes.map((axis) => pointRadial(axis.angle, radius)[1]);
  const above = -Math.min(smallest(reach), smallest(placed.map((label) => label.first - 10)));
  const below = Math.max(largest(reach), largest(placed.map((label) => label.last + 10)));
  const cx = width / 2;
  const cy = top + above;
  const centre = `translate(${coordinate(cx)},${coordinate(cy)})`;
  const indexes = axes.map((_, index) => index);
  const ringPath = (share: number) =>
    lineRadial<number>()
      .angle((index) => axes[index]!.angle)
      .radius(share * radius)
      .curve(curveLinearClosed)
      .digits(2)(indexes) ?? '';

  const grid: string[] = [];
  const ringLabels: string[] = [];
  // A ring's label is left out where it would touch an axis label or the ring label below it
  // (rings a few pixels apart in a small chart, figures of 1e15), or run past the chart's edge
  // (levels of a maximum of 1e-40, 43 characters, in a chart 320 wide); the ring is still drawn.
  const taken = placed.map((label) => label.box);
  for (const ring of rings(axes)) {
    grid.push(
      axes.length >= 3
        ? element('path', {
            d: ringPath(ring.share),
            fill: 'none',
            stroke: GRID,
            'stroke-width': 1,
          })
        : element('circle', {
            r: ring.share * radius,
            fill: 'none',
            stroke: GRID,
            'stroke-width': 1,
          }),
    );
    const baseline = -ring.share * radius + 10;
    const box = {
      left: 4,
      right: 6 + textWidth(ring.label, 10),
      top: baseline - 8.5,
      bottom: baseline + 3,
    };
    if (cx + box.right > width - 8 || taken.some((other) => touches(box, other))) continue;
    taken.push(box);
    ringLabels.push(
      element(
        'text',
        {
          x: 5,
          y: -ring.share * radius,
          dy: '1em',
          'font-size': 10,
          fill: MUTED,
          stroke: '#ffffff',
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        text(ring.label),
      ),
    );
  }
  for (const axis of axes) {
    const [x, y] = pointRadial(axis.angle, radius);
    grid.push(element('line', { x1: 0, y1: 0, x2: x, y2: y, stroke: GRID, 'stroke-width': 1 }));
  }
  body.push(element('g', { class: 'sv-grid', transform: centre, 'aria-hidden': 'true' }, grid));

  const shapes: string[] = [];
  series.forEach((entry, order) => {
    const scales = axes.map((axis) =>
      scaleLinear()
        .domain([0, drawn(axis.max)])
        .range([0, radius]),
    );
    const at = (index: number) => scales[index]!(drawn(entry.values[index]!));
    const polygon = lineRadial<number>()
      .angle((index) => axes[index]!.angle)
      .radius(at)
      .curve(curveLinearClosed)
      .digits(2);
    shapes.push(
      element(
        'g',
        { class: 'sv-series' },
        tooltip(entry.label),
        element('path', {
          class: 'sv-polygon',
          d: polygon(indexes) ?? '',
          fill: order === 0 ? entry.style.colour : 'none',
          'fill-opacity': order === 0 ? 0.18 : undefined,
          stroke: entry.style.colour,
          'stroke-width': 2,
          'stroke-dasharray': entry.style.dash,
          'stroke-linejoin': 'round',
        }),
        axes.map((axis, index) => {
          const [x, y] = pointRadial(axis.angle, at(index));
          return marker(
            entry.style,
            x,
            y,
            tooltip(`${isolated(entry.label)}, ${isolated(axis.label)}: ${figures[index]![order]}`),
          );
        }),
      ),
    );
  });
  body.push(element('g', { transform: centre }, shapes));
  body.push(
    element('g', { class: 'sv-rings', transform: centre, 'aria-hidden': 'true' }, ...ringLabels),
  );

  const labels = axes.map((_, index) => {
    const { x, first } = placed[index]!;
    const lines = labelLines[index]!;
    const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
    const rows = lines.map((line, row) =>
      element('tspan', { x, y: first + row * 14, dy: '0.35em' }, text(line)),
    );
    figureLines[index]!.forEach((figures, row) => {
      rows.push(
        element(
          'tspan',
          {
            class: 'sv-figures',
            x,
            y: first + (lines.length + row) * 14,
            dy: '0.35em',
            'font-weight': 'bold',
          },
          text(figures),
        ),
      );
    });
    return element('text', { class: 'sv-axis-label', 'text-anchor': anchor }, ...rows);
  });
  body.push(element('g', { transform: centre }, labels));
  return { height: cy + below + 8, body };
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

function touches(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function describe(
  axes: readonly Axis[],
  series: readonly Series[],
  description: string | undefined,
): string {
  const lead = leadIn(description);
  if (axes.length === 0) return `${lead}Radar chart with no axes.`;
  const figures = axisFigures(axes, series);
  const common = commonMax(axes);
  // A sole axis has its own maximum: "from 0 to 4", never "each".
  const each = axes.length === 1 ? '' : 'each ';
  const range =
    common === undefined ? 'each from 0 to its own maximum' : `${each}from 0 to ${maxText(common)}`;
  const looks = series.map(
    (entry, order) =>
      `${isolated(entry.label)} (${order === 0 ? 'filled, ' : ''}${entry.style.lineName} with ${entry.style.shapeName})`,
  );
  const styles = series.length === 0 ? 'No series.' : `Series: ${looks.join(', ')}.`;
  const items = axes.map((axis, index) => {
    const of = common === undefined ? ` (out of ${maxText(axis.max)})` : '';
    const written = series
      .map((entry, order) => `${isolated(entry.label)} ${figures[index]![order]}`)
      .join(', ');
    return `${isolated(axis.label)}${of}${written === '' ? '' : `: ${written}`}`;
  });
  const count = axes.length === 1 ? '1 axis' : `${axes.length} axes clockwise from the top`;
  return `${lead}Radar chart, ${count}, ${range}. ${styles} ${items.join('; ')}.`;
}
