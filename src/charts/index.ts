/**
 * social-value/charts: accessible, deterministic SVG charts of social value figures. Each chart
 * is one pure function from a plain, validated input to a standalone SVG string: no DOM, no
 * globals, the same bytes for the same input.
 *
 * @packageDocumentation
 */
export { barChart } from './bar-chart.js';
export { benchmarkStripChart } from './benchmark-strip-chart.js';
export { deliveryChart } from './delivery-chart.js';
export { radarChart } from './radar-chart.js';
export type {
  BarChartInput,
  BarInput,
  BenchmarkPercentileInput,
  BenchmarkStripChartInput,
  ChartOptions,
  DeliveryChartInput,
  DeliveryPointInput,
  DeliverySeriesInput,
  RadarAxisInput,
  RadarChartInput,
  RadarSeriesInput,
  ValueFormat,
  WeightRangeChartInput,
  WeightRangeInput,
} from './types.js';
export { weightRangeChart } from './weight-range-chart.js';
