import { type ScaleTime, scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { Decimal } from '../core/decimal.js';
import { fittedTicks } from './axis.js';
import { chartId } from './chart-id.js';
import { largest } from './extent.js';
import { drawn, figureLabel, type ValueFormat, zeroBasedDomain } from './figures.js';
import { type Drawing, emptyDrawing, leadIn, legend, spread } from './layout.js';
import { marker, type SeriesStyle, seriesStyle } from './marks.js';
import { checkUniqueLabels, readChart, seedOf } from './read-chart.js';
import { deliveryChartSchema } from './schemas.js';
import { element, GRID, isolated, MUTED, svgDocument, text, tooltip } from './svg.js';
import { breakFigure, fitText, textWidth } from './text-width.js';
import type { DeliveryChartInput } from './types.js';

const PLOT_HEIGHT = 260;
const DAY = 86_400_000;

interface Point {
  readonly date: string;
  readonly time: Date;
  readonly value: Decimal;
  readonly text: string;
}

interface Series {
  readonly label: string;
  readonly style: SeriesStyle;
  readonly points: readonly Point[];
}

/**
 * A line chart over time as a standalone SVG string: delivery against the pledge profile (for
 * example expected cumulative value against delivered cumulative value). Each series has its
 * own dash pattern and marker shape as well as colour, a legend entry and a label at its last
 * point; every marker carries its date and figure. The time axis is a d3 UTC scale (`scaleUtc`)
 * over the calendar dates, so the chart is the same in every time zone. The `<desc>` states
 * every figure in words.
 *
 * Points are drawn in date order (input order among equal dates). Coordinates are rounded to 2
 * decimal places; the same input gives the same SVG, byte for byte.
 *
 * @param chart - The title, the series of dated figures and how figures are written.
 * @returns The SVG document, `<svg …>…</svg>` and a newline.
 * @throws SocialValueError `invalid-input` (or `out-of-range`) at the field's path, such as
 * `chart.series[1].points[0].date`; two series with one label are refused.
 *
 * @example
 * ```ts
 * import { deliveryChart } from 'social-value/charts';
 *
 * const svg = deliveryChart({
 *   title: 'Delivery against the pledge profile',
 *   valueFormat: 'money',
 *   series: [
 *     { label: 'Pledged', points: [{ date: '2025-04-01', value: 0 }, { date: '2026-03-31', value: 100000 }] },
 *     { label: 'Delivered', points: [{ date: '2025-04-01', value: 0 }, { date: '2025-09-30', value: 38000 }] },
 *   ],
 * });
 * svg.startsWith('<svg'); // => true
 * svg.includes('£38,000.00 on 30 September 2025'); // => true
 * ```
 */
export function deliveryChart(chart: DeliveryChartInput): string {
  const input = readChart(deliveryChartSchema, chart, 'delivery chart');
  checkUniqueLabels(input.series, ['chart', 'series'], 'delivery chart');
  const format: ValueFormat = input.valueFormat ?? 'number';
  const series: Series[] = input.series.map((entry, index) => ({
    label: entry.label,
    style: seriesStyle(index),
    points: entry.points
      .map((point, order) => ({ point, order }))
      .sort((a, b) => compareDates(a.point.date, b.point.date) || a.order - b.order)
      .map(({ point }) => ({
        date: point.date,
        time: utcDate(point.date),
        value: point.value,
        text: figureLabel(point.value, format),
      })),
  }));
  const id = chartId('delivery-chart', input.id, seedOf(input));
  const width = input.width ?? 640;
  const hasPoints = series.some((entry) => entry.points.length > 0);
  const drawing = hasPoints
    ? drawLines(series, { format, width, axisLabel: input.axisLabel })
    : emptyDrawing();
  return svgDocument({
    id,
    kind: 'delivery-chart',
    width,
    height: drawing.height,
    title: input.title,
    desc: describe(series, input.description),
    body: drawing.body,
  });
}

function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Midnight UTC of a `YYYY-MM-DD` date (years 0001 to 9999, which `Date.UTC` alone misreads). */
function utcDate(date: string): Date {
  const time = new Date(Date.UTC(2000, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  time.setUTCFullYear(Number(date.slice(0, 4)));
  return time;
}

const dayMonthYear = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const monthYear = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  month: 'short',
  year: 'numeric',
});
const yearOnly = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  year: 'numeric',
});
const longDate = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Labels of time ticks: years alone, months and years, or full dates, whichever tells them apart. */
function timeLabels(ticks: readonly Date[]): string[] {
  const format = ticks.every((tick) => tick.getUTCMonth() === 0 && tick.getUTCDate() === 1)
    ? yearOnly
    : ticks.every((tick) => tick.getUTCDate() === 1)
      ? monthYear
      : dayMonthYear;
  return ticks.map((tick) => format.format(tick));
}

interface Layout {
  readonly format: ValueFormat;
  readonly width: number;
  readonly axisLabel: string | undefined;
}

function drawLines(series: readonly Series[], { format, width, axisLabel }: Layout): Drawing {
  const body: string[] = [];
  const key = legend(series, 16, 44, width - 32);
  body.push(key.markup);
  let top = 44 + key.height + 12;
  if (axisLabel !== undefined && axisLabel !== '') {
    body.push(
      element('text', { x: 16, y: top + 4, fill: MUTED }, text(fitText(axisLabel, width - 32, 12))),
    );
    top += 22;
  }
  const points = series.flatMap((entry) => entry.points);

  // The range is set once the end labels have said how tall the plot must be.
  const y = scaleLinear()
    .domain(
      zeroBasedDomain(
        points.map((point) => point.value),
        format,
      ),
    )
    .nice();
  // Tick labels take at most 40% of the width: the zero alone when wider (£1e30 at width 320).
  const yTicks = fittedTicks(y, format, PLOT_HEIGHT, {
    most: 6,
    size: 11,
    across: false,
    bounds: [0, width * 0.4],
  });
  const left = 16 + Math.max(...yTicks.map((tick) => textWidth(tick.label, 11))) + 8;

  const ends = series.filter((entry) => entry.points.length > 0);
  // End labels name the series and give its last figure; only the name is ever shortened.
  const endText = ends.map((entry) => {
    const figure = `: ${entry.points[entry.points.length - 1]!.text}`;
    const room = Math.max(width * 0.34 - textWidth(figure, 11), 40);
    return `${isolated(fitText(entry.label, room, 11))}${figure}`;
  });
  const endWidths = endText.map((label) => textWidth(label, 11));
  // Beside the lines when that leaves them a quarter of the chart; else (±£999bn in a chart 320
  // wide, where the plot ran backwards) inside the plot, left of each last point, on a halo.
  const besideRight = width - 16 - largest(endWidths) - 10;
  const inside = besideRight - left < width / 4;
  const right = inside ? Math.max(width - 16, left + 40) : besideRight;

  let first = points[0]!.time.getTime();
  let last = first;
  for (const point of points) {
    first = Math.min(first, point.time.getTime());
    last = Math.max(last, point.time.getTime());
  }
  if (first === last) {
    first -= 15 * DAY;
    last += 15 * DAY;
  }
  const x = scaleUtc()
    .domain([new Date(first), new Date(last)])
    .range([left, right]);
  const xTicks = fittedTimeTicks(x, right - left, width);

  const endLabels = ends.map((entry, index) => {
    const last = entry.points[entry.points.length - 1]!;
    const end = x(last.time);
    const wide = endWidths[index]!;
    // Inside the plot: left of the point, unless only its right keeps the label off the axis;
    // over lines (name, then the figure broken) on the roomier side when neither side has room.
    if (!inside || end + 10 + wide <= width - 16) {
      const before = inside && end - 10 - wide >= left;
      return { end, before, lines: [endText[index]!] };
    }
    if (end - 10 - wide >= left) return { end, before: true, lines: [endText[index]!] };
    const room = Math.max(end - 10 - left, width - 26 - end);
    const name = `${isolated(fitText(entry.label, room - 4, 11))}:`;
    return {
      end,
      before: end - 10 - left >= room,
      lines: [name, ...breakFigure(last.text, room, 11)],
    };
  });
  // The plot is 260 pixels tall, taller when the end labels need more.
  const bottom =
    top +
    Math.max(
      PLOT_HEIGHT,
      endLabels.reduce((sum, label) => sum + label.lines.length * 14, 0),
    );
  y.range([bottom, top]);

  body.push(
    element(
      'g',
      { class: 'sv-grid', 'aria-hidden': 'true' },
      ...yTicks.map((tick) =>
        element('line', {
          x1: left,
          y1: y(tick.value),
          x2: right,
          y2: y(tick.value),
          stroke: tick.value === 0 ? MUTED : GRID,
          'stroke-width': 1,
        }),
      ),
    ),
  );
  body.push(
    element(
      'g',
      { class: 'sv-axis', 'aria-hidden': 'true' },
      ...yTicks.map((tick) =>
        element(
          'text',
          {
            x: left - 8,
            y: y(tick.value),
            dy: '0.35em',
            'text-anchor': 'end',
            'font-size': 11,
            fill: MUTED,
          },
          text(tick.label),
        ),
      ),
      element('line', {
        x1: left,
        y1: bottom,
        x2: right,
        y2: bottom,
        stroke: MUTED,
        'stroke-width': 1,
      }),
      ...xTicks.flatMap((tick) => [
        element('line', {
          x1: x(tick.time),
          y1: bottom,
          x2: x(tick.time),
          y2: bottom + 5,
          stroke: MUTED,
        }),
        element(
          'text',
          {
            x: tick.at,
            y: bottom + 18,
            'text-anchor': 'middle',
            'font-size': 11,
            fill: MUTED,
          },
          text(tick.label),
        ),
      ]),
    ),
  );

  const path = line<Point>()
    .x((point) => x(point.time))
    .y((point) => y(drawn(point.value)))
    .digits(2);
  for (const entry of series) {
    if (entry.points.length === 0) continue;
    body.push(
      element(
        'g',
        { class: 'sv-series' },
        tooltip(entry.label),
        element('path', {
          class: 'sv-line',
          d: path(entry.points as Point[]) ?? '',
          fill: 'none',
          stroke: entry.style.colour,
          'stroke-width': 2,
          'stroke-dasharray': entry.style.dash,
          'stroke-linejoin': 'round',
        }),
        entry.points.map((point) =>
          marker(
            entry.style,
            x(point.time),
            y(drawn(point.value)),
            tooltip(`${isolated(entry.label)}, ${longDate.format(point.time)}: ${point.text}`),
          ),
        ),
      ),
    );
  }

  const anchors = ends.map((entry) => y(drawn(entry.points[entry.points.length - 1]!.value)));
  const reach = endLabels.map((label) => (label.lines.length - 1) * 7);
  const placed = spread(anchors, 14, top, bottom, reach);
  ends.forEach((entry, index) => {
    const { end, before, lines } = endLabels[index]!;
    const at = before ? end - 10 : end + 10;
    const look = {
      'text-anchor': before ? 'end' : undefined,
      'font-size': 11,
      fill: entry.style.colour,
      stroke: inside ? '#ffffff' : undefined,
      'stroke-width': inside ? 3 : undefined,
      'paint-order': inside ? 'stroke' : undefined,
    };
    const first = placed[index]! - reach[index]!;
    body.push(
      lines.length === 1
        ? element(
            'text',
            { class: 'sv-end-label', x: at, y: placed[index]!, dy: '0.35em', ...look },
            text(lines[0]!),
          )
        : element(
            'text',
            { class: 'sv-end-label', ...look },
            ...lines.map((line, row) =>
              element('tspan', { x: at, y: first + row * 14, dy: '0.35em' }, text(line)),
            ),
          ),
    );
  });
  return { height: bottom + 36, body };
}

/**
 * d3's UTC ticks at whole days for the largest count (at most 8) whose labels do not touch, each
 * centred on its tick or moved inwards to stay 8 pixels inside the chart's `width`; when even the
 * fewest touch, the first and last alone, or else the first alone.
 */
function fittedTimeTicks(
  x: ScaleTime<number, number>,
  length: number,
  width: number,
): { readonly time: Date; readonly label: string; readonly at: number }[] {
  const labelled = (times: readonly Date[]) => {
    const labels = timeLabels(times);
    const halves = labels.map((label) => textWidth(label, 11) / 2);
    const widest = Math.max(0, ...halves) * 2;
    const ticks = times.map((time, index) => {
      const half = halves[index]!;
      const at = Math.min(Math.max(x(time), 8 + half), width - 8 - half);
      return { time, label: labels[index]!, at };
    });
    const apart = ticks.every((tick, index) => {
      const next = ticks[index + 1];
      return next === undefined || next.at - halves[index + 1]! - tick.at - halves[index]! >= 12;
    });
    const fits = apart && widest + 12 <= length / Math.max(1, times.length - 1);
    return { fits, ticks };
  };
  let fewest: Date[] = [];
  for (let count = 8; count >= 2; count -= 1) {
    // Whole days only: over a few days d3 ticks every 3, 6 or 12 hours, which a date names wrongly.
    fewest = x.ticks(count).filter((time) => time.getTime() % DAY === 0);
    const fitted = labelled(fewest);
    if (fitted.fits) return fitted.ticks;
  }
  if (fewest.length <= 1) return labelled(fewest).ticks;
  const ends = labelled([fewest[0]!, fewest[fewest.length - 1]!]);
  return ends.fits ? ends.ticks : ends.ticks.slice(0, 1);
}

function describe(series: readonly Series[], description: string | undefined): string {
  const lead = leadIn(description);
  const points = series.flatMap((entry) => entry.points);
  if (points.length === 0) return `${lead}Line chart with no figures.`;
  let first = points[0]!;
  let last = first;
  for (const point of points) {
    if (point.date < first.date) first = point;
    if (point.date > last.date) last = point;
  }
  const span =
    first.date === last.date
      ? `on ${longDate.format(first.time)}`
      : `from ${longDate.format(first.time)} to ${longDate.format(last.time)}`;
  const lines = series.map((entry) => {
    const look = `${entry.style.lineName} with ${entry.style.shapeName}`;
    const figures =
      entry.points.length === 0
        ? 'no figures'
        : entry.points.map((point) => `${point.text} on ${longDate.format(point.time)}`).join(', ');
    return `${isolated(entry.label)} (${look}): ${figures}.`;
  });
  const count = series.length === 1 ? '1 line' : `${series.length} lines`;
  return `${lead}Line chart, ${count}, ${span}. ${lines.join(' ')}`;
}
