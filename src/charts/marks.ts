import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from 'd3-shape';
import { ACCENT, coordinate, element } from './svg.js';

/**
 * How one series is drawn: a colour, a dash pattern and a marker shape, so that series differ
 * by shape and line style as well as by colour (readable in greyscale and by people who do not
 * tell the colours apart). Internal to the charts.
 */
export interface SeriesStyle {
  /** Stroke and marker colour (each at least 3:1 against white). */
  readonly colour: string;
  /** `stroke-dasharray`, or `undefined` for a solid line. */
  readonly dash: string | undefined;
  /** The marker's shape, from d3-shape. */
  readonly shape: SymbolType;
  /** The shape's name, plural, for the chart's desc (`'circles'`). */
  readonly shapeName: string;
  /** The line's look in words, for the chart's desc (`'solid line'`). */
  readonly lineName: string;
}

const STYLES: readonly SeriesStyle[] = [
  {
    colour: ACCENT,
    dash: undefined,
    shape: symbolCircle,
    shapeName: 'circles',
    lineName: 'solid line',
  },
  {
    colour: '#b34700',
    dash: '7 4',
    shape: symbolSquare,
    shapeName: 'squares',
    lineName: 'dashed line',
  },
  {
    colour: '#00785a',
    dash: '2 3',
    shape: symbolTriangle,
    shapeName: 'triangles',
    lineName: 'dotted line',
  },
  {
    colour: '#9c3f7a',
    dash: '9 3 2 3',
    shape: symbolDiamond,
    shapeName: 'diamonds',
    lineName: 'dash-dot line',
  },
  {
    colour: '#333333',
    dash: '12 4',
    shape: symbolCross,
    shapeName: 'crosses',
    lineName: 'long-dashed line',
  },
  {
    colour: '#7a5c00',
    dash: '4 2 1 2',
    shape: symbolStar,
    shapeName: 'stars',
    lineName: 'dash-dot line',
  },
  { colour: '#1f5f8f', dash: '1 3', shape: symbolWye, shapeName: 'wyes', lineName: 'dotted line' },
];

/** The style of the series at `index` (styles repeat after seven series). */
export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length]!;
}

const markerPath = /* @__PURE__ */ symbol().size(48).digits(2);

/** A marker of `style`'s shape centred on (x, y), white-edged so it stands out on lines. */
export function marker(style: SeriesStyle, x: number, y: number, ...children: string[]): string {
  return element(
    'path',
    {
      class: 'sv-marker',
      d: markerPath.type(style.shape)() ?? '',
      transform: `translate(${coordinate(x)},${coordinate(y)})`,
      fill: style.colour,
      stroke: '#ffffff',
      'stroke-width': 1,
    },
    ...children,
  );
}

/** A short line with the series' dash and marker: the key of a legend entry. */
export function legendKey(style: SeriesStyle, x: number, y: number): string {
  return [
    element('line', {
      x1: x,
      y1: y,
      x2: x + 28,
      y2: y,
      stroke: style.colour,
      'stroke-width': 2,
      'stroke-dasharray': style.dash,
    }),
    marker(style, x + 14, y),
  ].join('');
}

/**
 * A pattern of diagonal hatching, `<pattern id="…">`, for fills that must be told apart without
 * colour (negative bars, stable weight ranges).
 */
export function hatchPattern(id: string, colour: string, background: string): string {
  return element(
    'pattern',
    {
      id,
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    element('rect', { width: 6, height: 6, fill: background }),
    element('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: colour, 'stroke-width': 2.5 }),
  );
}
