import type { Numeric } from '../core/decimal.js';
import type { ValueFormat } from './figures.js';

export type { ValueFormat } from './figures.js';

/** What every chart takes besides its figures. */
export interface ChartOptions {
  /** The chart's title: its accessible name, drawn as its heading. Non-empty. */
  readonly title: string;
  /** A sentence of context put before the figures in the chart's `<desc>`. */
  readonly description?: string | undefined;
  /**
   * The prefix of the chart's element ids (a letter, then letters, digits, `-` or `_`). Default:
   * `sv-<kind>-` and a hash of the kind, title and figures. Give one when a page holds two
   * charts of the same kind with the same title and figures.
   */
  readonly id?: string | undefined;
  /** Width in pixels, 320 to 2000. Default 640. The height follows from the figures. */
  readonly width?: number | undefined;
}

/** One bar of a {@link BarChartInput}. */
export interface BarInput {
  /**
   * What the bar stands for (a theme name, a value type, a tag). Non-empty; two bars may share
   * it.
   */
  readonly label: string;
  /**
   * The bar's figure, below 1e60 (a total may pass 1e15); may be negative (the bar then runs left
   * of the zero line, hatched).
   */
  readonly value: Numeric;
}

/** The input of `barChart`. */
export interface BarChartInput extends ChartOptions {
  /** The bars, drawn top to bottom in this order. May be empty (the chart says so). */
  readonly bars: readonly BarInput[];
  /** How figures are written: `'money'`, `'number'` (default) or `'percent'` (of fractions). */
  readonly valueFormat?: ValueFormat | undefined;
  /** A caption for the value axis (`'Social value (£)'`). */
  readonly axisLabel?: string | undefined;
}

/** One dated figure of a {@link DeliverySeriesInput}. */
export interface DeliveryPointInput {
  /** The date, `YYYY-MM-DD` (or a `Date`, read by its local calendar day). */
  readonly date: string | Date;
  /** The figure at that date (for example the cumulative value delivered), below 1e60. */
  readonly value: Numeric;
}

/** One line of a {@link DeliveryChartInput}. */
export interface DeliverySeriesInput {
  /** The line's name (`'Pledged (profile)'`, `'Delivered'`). Non-empty, unique in the chart. */
  readonly label: string;
  /** The line's points, in any order (drawn in date order). May be empty. */
  readonly points: readonly DeliveryPointInput[];
}

/** The input of `deliveryChart`. */
export interface DeliveryChartInput extends ChartOptions {
  /** The lines; each has its own dash pattern and marker shape. May be empty. */
  readonly series: readonly DeliverySeriesInput[];
  /** How figures are written: `'money'`, `'number'` (default) or `'percent'` (of fractions). */
  readonly valueFormat?: ValueFormat | undefined;
  /** A caption for the value axis (`'Cumulative value (£)'`). */
  readonly axisLabel?: string | undefined;
}

/** One spoke of a {@link RadarChartInput}. */
export interface RadarAxisInput {
  /** The spoke's name (an SVMI theme). Non-empty; two spokes may share it. */
  readonly label: string;
  /** The figure at the outer ring (4 for the SVMI levels Follower 1 to Innovator 4). Above 0. */
  readonly max: Numeric;
}

/** One polygon of a {@link RadarChartInput}. */
export interface RadarSeriesInput {
  /** The polygon's name (`'Present'`, `'Target'`). Non-empty, unique in the chart. */
  readonly label: string;
  /** One figure per axis, in the order of the axes, each from 0 to that axis's `max`. */
  readonly values: readonly Numeric[];
}

/** The input of `radarChart`. */
export interface RadarChartInput extends ChartOptions {
  /** The spokes, clockwise from the top. May be empty (the chart says so). */
  readonly axes: readonly RadarAxisInput[];
  /** The polygons: the first is filled, the others outlined, each with its own dash and marker. */
  readonly series: readonly RadarSeriesInput[];
}

/** One row of a {@link WeightRangeChartInput}. */
export interface WeightRangeInput {
  /** The criterion's name. Non-empty; two criteria may share it. */
  readonly label: string;
  /** The criterion's current weight, in percentage points, from `from` to `to`. */
  readonly weight: Numeric;
  /** The lowest weight (points, 0 to 100) at which the winner stays the same. */
  readonly from: Numeric;
  /** The highest weight (points, 0 to 100) at which the winner stays the same. */
  readonly to: Numeric;
}

/** The input of `weightRangeChart`. */
export interface WeightRangeChartInput extends ChartOptions {
  /** The criteria, drawn top to bottom in this order. May be empty. */
  readonly criteria: readonly WeightRangeInput[];
}

/** One published point of a {@link BenchmarkStripChartInput}. */
export interface BenchmarkPercentileInput {
  /** The percentile, 0 to 100 (50 is the median). Unique in the chart. */
  readonly percentile: Numeric;
  /** The figure at that percentile (a ratio: 0.157 is 15.7% when `valueFormat` is percent). */
  readonly value: Numeric;
}

/** The input of `benchmarkStripChart`. */
export interface BenchmarkStripChartInput extends ChartOptions {
  /**
   * The figure placed against the benchmark (for example a contract's social value added), below
   * 1e60.
   */
  readonly value: Numeric;
  /** What the figure is. Default `'This contract'`. */
  readonly valueLabel?: string | undefined;
  /** The published percentiles, in any order; figures must not fall as the percentile rises. */
  readonly percentiles: readonly BenchmarkPercentileInput[];
  /** The published mean, when there is one (it is not a percentile). */
  readonly average?: Numeric | undefined;
  /** How figures are written: `'percent'` (default, of fractions), `'money'` or `'number'`. */
  readonly valueFormat?: ValueFormat | undefined;
}
