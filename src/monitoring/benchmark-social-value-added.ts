import { z } from 'zod';
import type { Decimal, Numeric } from '../core/decimal.js';
import { formatPercent } from '../core/format-percent.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';
import {
  type BenchmarkPercentile,
  type SvaBenchmark,
  socialValuePortalBenchmark,
} from './benchmark-table.js';
import { fieldError } from './input-error.js';

/**
 * Options of {@link benchmarkSocialValueAdded}.
 *
 * @example
 * ```ts
 * import type { BenchmarkOptions } from 'social-value';
 *
 * const options: BenchmarkOptions = { valueType: 'local-economic' };
 * options.valueType; // => 'local-economic'
 * ```
 */
export interface BenchmarkOptions {
  /**
   * Which distribution to compare with: `'social'`, `'local-economic'` or `'combined'` (the
   * default) for the Social Value Portal table; any value type of a custom table.
   */
  readonly valueType?: string;
  /** A custom table; default {@link socialValuePortalBenchmark}. */
  readonly benchmark?: SvaBenchmark<Numeric>;
  /**
   * How close (as a ratio) counts as level with a published percentile. Default 0.0005 (0.05
   * percentage point): the Social Value Portal figures are rounded to 0.1 point.
   */
  readonly tolerance?: Numeric;
}

/**
 * Where a social value added ratio sits in a benchmark: the percentiles either side, the
 * nearest one, the average and a sentence.
 *
 * @example
 * ```ts
 * import { benchmarkSocialValueAdded, type BenchmarkPosition } from 'social-value';
 *
 * const position: BenchmarkPosition = benchmarkSocialValueAdded('0.2');
 * position.position; // => 'between'
 * ```
 */
export interface BenchmarkPosition {
  /** The ratio compared. */
  readonly ratio: Decimal;
  /** The value type compared with. */
  readonly valueType: string;
  /** The benchmark used: its id, name and source. */
  readonly benchmark: {
    /** The benchmark's identifier. */
    readonly id: string;
    /** The benchmark's name. */
    readonly name: string;
    /** Where its figures come from. */
    readonly source: string;
  };
  /** Below the lowest percentile, between two, or above the highest. */
  readonly position: 'below' | 'between' | 'above';
  /** The highest percentile at or below the ratio; `null` below the lowest. */
  readonly lower: BenchmarkPercentile | null;
  /** The lowest percentile above the ratio; `null` above the highest. */
  readonly upper: BenchmarkPercentile | null;
  /** The percentile closest to the ratio. */
  readonly nearest: BenchmarkPercentile;
  /** The percentile the ratio is level with, within the tolerance; `null` if none. */
  readonly level: BenchmarkPercentile | null;
  /** The band in words: `'between the median and the 75th percentile'`. */
  readonly band: string;
  /** The benchmark's average, when it has one. */
  readonly average?: Decimal;
  /** How the ratio compares with the average (within the tolerance counts as `'level'`). */
  readonly comparedWithAverage?: 'above' | 'below' | 'level';
  /** The finding in a sentence. */
  readonly sentence: string;
}

/** Default tolerance: half the 0.1-point rounding of the published figures. */
const DEFAULT_TOLERANCE = '0.0005';

const percentileSchema = z.object({
  percentile: z.number().min(0).max(100),
  ratio: numericSchema(),
});

const benchmarkSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  source: z.string().min(1),
  effective: z.string(),
  valueTypes: z.record(
    z.string(),
    z.object({
      percentiles: z
        .array(percentileSchema)
        .min(1)
        .superRefine((list, ctx) => {
          list.forEach((point, index) => {
            const before = list[index - 1];
            if (before === undefined) return;
            if (point.percentile <= before.percentile || point.ratio.lt(before.ratio)) {
              ctx.addIssue({
                code: 'custom',
                path: [index],
                message: `expected percentiles in increasing order with ratios that do not fall, received the ${point.percentile}th (${point.ratio.toString()}) after the ${before.percentile}th (${before.ratio.toString()})`,
              });
            }
          });
        }),
      average: numericSchema().optional(),
    }),
  ),
});

const optionsSchema = z.object({
  valueType: z.string().min(1).optional(),
  benchmark: z.unknown().optional(),
  tolerance: numericSchema({ min: 0 }).optional(),
});

/** `'25th percentile'`, `'median'`. Internal. */
function percentileName(percentile: number): string {
  if (percentile === 50) return 'median';
  const mod100 = percentile % 100;
  const mod10 = percentile % 10;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? 'th'
      : mod10 === 1
        ? 'st'
        : mod10 === 2
          ? 'nd'
          : mod10 === 3
            ? 'rd'
            : 'th';
  return `${percentile}${suffix} percentile`;
}

/**
 * Places a social value added ratio (SVA = social value ÷ contract value) in a benchmark
 * distribution: by default the Social Value Portal's table of DOMAIN §3
 * ({@link socialValuePortalBenchmark}), for social, local economic or combined value. Returns
 * the percentiles either side, the nearest, how it compares with the average, and a sentence
 * for an annual statement. Custom tables (a council's own contracts, a sector) are accepted.
 *
 * Published percentiles are rounded, so a ratio within `tolerance` of one is reported as level
 * with it.
 *
 * @param ratio - The SVA ratio (0.2 is 20%).
 * @param options - The value type (default `'combined'`), a custom benchmark, the tolerance.
 * @returns The position in the benchmark, explained.
 * @throws SocialValueError `invalid-input` for a bad ratio, a malformed custom table or a value
 * type the table does not have.
 *
 * @example
 * ```ts
 * import { benchmarkSocialValueAdded } from 'social-value';
 *
 * // Plymouth's reported 34% (Southend policy §5.4) against combined social and local economic value.
 * const plymouth = benchmarkSocialValueAdded('0.34', { valueType: 'combined' });
 * plymouth.band; // => 'between the median and the 75th percentile'
 * plymouth.nearest.percentile; // => 75
 * plymouth.comparedWithAverage; // => 'above'
 * benchmarkSocialValueAdded('0.157').level?.percentile; // => 50
 * benchmarkSocialValueAdded('0.001', { valueType: 'social' }).band; // => 'at the 25th percentile'
 * ```
 */
export function benchmarkSocialValueAdded(
  ratio: Numeric,
  options: BenchmarkOptions = {},
): BenchmarkPosition {
  const input = parseInput(
    z.object({ ratio: numericSchema(), options: optionsSchema }),
    { ratio, options },
    'benchmark input',
  );
  const table =
    input.options.benchmark === undefined
      ? socialValuePortalBenchmark
      : (parseInput(benchmarkSchema, input.options.benchmark, 'benchmark', [
          'options',
          'benchmark',
        ]) as SvaBenchmark);
  const valueType = input.options.valueType ?? 'combined';
  const distribution = Object.hasOwn(table.valueTypes, valueType)
    ? table.valueTypes[valueType]
    : undefined;
  if (distribution === undefined) {
    const known = Object.keys(table.valueTypes);
    throw fieldError(
      'invalid-input',
      `Invalid benchmark input: ${table.name} has no value type ${JSON.stringify(valueType)}.`,
      ['options', 'valueType'],
      `expected one of ${known.join(', ')}, received ${JSON.stringify(valueType)}`,
      { valueTypes: known },
    );
  }
  const tolerance = input.options.tolerance ?? DEFAULT_TOLERANCE;
  const value = input.ratio;
  const points = distribution.percentiles;
  const lower = points.filter((point) => point.ratio.lte(value)).at(-1) ?? null;
  const upper = points.find((point) => point.ratio.gt(value)) ?? null;
  const nearest = points.reduce((best, point) =>
    point.ratio.minus(value).abs().lt(best.ratio.minus(value).abs()) ? point : best,
  );
  const level = nearest.ratio.minus(value).abs().lte(tolerance) ? nearest : null;
  const position = lower === null ? 'below' : upper === null ? 'above' : 'between';
  const band = (figures: boolean) => {
    const name = (point: BenchmarkPercentile) =>
      `the ${percentileName(point.percentile)}${figures ? ` (${formatPercent(point.ratio)})` : ''}`;
    if (level !== null) return `at ${name(level)}`;
    if (lower === null) return `below ${name(upper!)}`;
    if (upper === null) return `above ${name(lower)}`;
    return `between ${name(lower)} and ${name(upper)}`;
  };
  const average = distribution.average;
  const comparedWithAverage =
    average === undefined
      ? undefined
      : average.minus(value).abs().lte(tolerance)
        ? 'level'
        : value.gt(average)
          ? 'above'
          : 'below';
  const averageText =
    average === undefined
      ? ''
      : comparedWithAverage === 'level'
        ? `, level with the average (${formatPercent(average)})`
        : `, ${comparedWithAverage} the average (${formatPercent(average)})`;
  return deepFreeze({
    ratio: value,
    valueType,
    benchmark: { id: table.id, name: table.name, source: table.source },
    position,
    lower,
    upper,
    nearest,
    level,
    band: band(false),
    ...(average === undefined ? {} : { average }),
    ...(comparedWithAverage === undefined ? {} : { comparedWithAverage }),
    sentence: `${table.name}, ${valueType}: ${formatPercent(value)} is ${band(true)}${averageText}.`,
  });
}
