import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import type { Decimal, Numeric } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { idText } from '../core/id-text.js';
import { fieldError, issueAt } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { numberHint } from '../core/number-hint.js';
import { figureDomainProblem } from '../core/numeric-domain.js';
import { idSchema } from '../core/schemas.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { isNumericProblem, numericError, readNumber, toDecimal } from '../core/to-decimal.js';
import { percentText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import {
  type BenchmarkPercentile,
  type SvaBenchmark,
  type SvaBenchmarkInput,
  socialValuePortalBenchmark,
} from './benchmark-table.js';
import { readBenchmark } from './read-benchmark.js';
import { plainObject } from './schemas.js';

/** Options of {@link benchmarkSocialValueAdded}. */
export interface BenchmarkOptions {
  /**
   * Which distribution to compare with: `'social'`, `'local-economic'` or `'combined'` (the
   * default) for the Social Value Portal table; any value type of a custom table (a string the
   * table does not have is `invalid-input`).
   */
  readonly valueType?: 'social' | 'local-economic' | 'combined' | (string & {}) | undefined;
  /** A custom table (or a table's JSON snapshot); default {@link socialValuePortalBenchmark}. */
  readonly benchmark?: SvaBenchmark | SvaBenchmarkInput | undefined;
  /**
   * How close (a fraction) counts as level with a published figure. Default 0.0005 (0.05
   * percentage point): the Social Value Portal figures are rounded to 0.1 point.
   */
  readonly toleranceRatio?: Numeric | undefined;
}

/**
 * Where a social value added ratio sits in a benchmark: the percentiles either side, the
 * nearest one, the average and a reason. What {@link benchmarkSocialValueAdded} returns.
 */
export interface BenchmarkPosition {
  /** Marks the object as a benchmark position. */
  readonly kind: 'benchmark-position';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The social value added ratio compared. */
  readonly ratio: Decimal;
  /** The value type compared with. */
  readonly valueType: string;
  /** The benchmark's id. */
  readonly benchmark: string;
  /** The benchmark's name. */
  readonly benchmarkName: string;
  /** Where the benchmark's figures come from. */
  readonly benchmarkSource: string;
  /** Below the lowest percentile, between two, or above the highest. */
  readonly position: 'below' | 'between' | 'above';
  /** The highest percentile at or below the ratio; `null` below the lowest. */
  readonly lower: BenchmarkPercentile | null;
  /** The lowest percentile above the ratio; `null` above the highest. */
  readonly upper: BenchmarkPercentile | null;
  /** The percentile closest to the ratio (the lower of two equally close). */
  readonly nearest: BenchmarkPercentile;
  /** The percentile the ratio is level with, within the tolerance; `null` if none. */
  readonly atPercentile: BenchmarkPercentile | null;
  /** The band in words: `'between the median and the 75th percentile'`. */
  readonly band: string;
  /** The benchmark's average ratio, when it has one. */
  readonly averageRatio?: Decimal | undefined;
  /** How the ratio compares with the average (within the tolerance counts as `'level'`). */
  readonly comparedWithAverage?: 'above' | 'below' | 'level' | undefined;
  /** The finding in one sentence. */
  readonly reason: string;
}

/** Default tolerance: half the 0.1-point rounding of the published figures. */
const DEFAULT_TOLERANCE = '0.0005';

const optionsSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    {
      valueType: optionalSchema(idSchema),
      benchmark: optionalSchema(anySchema),
      toleranceRatio: optionalSchema(fractionSchema('ratio')),
    },
    'options',
    { tolerance: 'toleranceRatio' },
  ),
);

/** `'25th percentile'`, `'median'`. */
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
  // Plain digits: JavaScript writes a number below 1e-6 with an exponent (1e-7).
  return `${exactText(toDecimal(percentile))}${suffix} percentile`;
}

const percent = (fraction: Decimal) => percentText(fraction, 1);

/**
 * Places a social value added ratio (SVA = social value ÷ contract value) in a benchmark
 * distribution: by default the Social Value Portal's table of DOMAIN §3
 * ({@link socialValuePortalBenchmark}), for social, local economic or combined value. Returns
 * the percentiles either side, the nearest, how it compares with the average, and a sentence
 * for an annual statement. Custom tables (a council's own contracts, a sector) are accepted.
 *
 * Published percentiles are rounded, so a ratio within `toleranceRatio` of one is reported as
 * level with it. The ratio may be any figure the library returns (a division has 34
 * significant digits).
 *
 * @param ratio - The SVA ratio, a fraction (0.2 is 20%).
 * @param options - The value type (default `'combined'`), a custom benchmark, the tolerance.
 * @returns The position in the benchmark (kind `'benchmark-position'`), explained.
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
 * benchmarkSocialValueAdded('0.157').atPercentile?.percentile; // => 50
 * benchmarkSocialValueAdded('0.001', { valueType: 'social' }).band; // => 'at the 25th percentile'
 * ```
 */
export function benchmarkSocialValueAdded(
  ratio: Numeric,
  options: BenchmarkOptions = {},
): BenchmarkPosition {
  const value = readNumber(ratio, figureDomainProblem);
  if (isNumericProblem(value)) {
    // `'12%'` asks: (did you mean 0.12?)
    const message = value.message + numberHint(ratio);
    throw numericError({ ...value, message }, issueAt(['ratio'], message));
  }
  const input = parseInput(optionsSchema(), options, 'benchmark options', ['options']);
  const table =
    input.benchmark === undefined
      ? socialValuePortalBenchmark
      : readBenchmark(input.benchmark, ['options', 'benchmark']);
  const valueType = input.valueType ?? 'combined';
  const distribution = Object.hasOwn(table.valueTypes, valueType)
    ? table.valueTypes[valueType]
    : undefined;
  if (distribution === undefined) {
    const known = Object.keys(table.valueTypes);
    throw fieldError(
      'invalid-input',
      `Invalid benchmark input: ${idText(table.name)} has no value type ${describeValue(valueType)}.`,
      ['options', 'valueType'],
      known.length === 0
        ? `expected a value type of the table, received ${describeValue(valueType)}: its valueTypes is empty`
        : `expected one of ${known.map((name) => describeValue(name)).join(', ')}, received ${describeValue(valueType)}${didYouMean(suggest(valueType, known))}`,
      { valueTypes: known },
    );
  }
  const tolerance = input.toleranceRatio ?? DEFAULT_TOLERANCE;
  const points = distribution.percentiles;
  let lower: BenchmarkPercentile | null = null;
  let upper: BenchmarkPercentile | null = null;
  let nearest = points[0]!;
  for (const point of points) {
    if (point.ratio.lte(value)) lower = point;
    else if (upper === null) upper = point;
    if (point.ratio.minus(value).abs().lt(nearest.ratio.minus(value).abs())) nearest = point;
  }
  const atPercentile = nearest.ratio.minus(value).abs().lte(tolerance) ? nearest : null;
  const position = lower === null ? 'below' : upper === null ? 'above' : 'between';
  const band = (figures: boolean) => {
    const name = (point: BenchmarkPercentile) =>
      `the ${percentileName(point.percentile)}${figures ? ` (${percent(point.ratio)})` : ''}`;
    if (atPercentile !== null) return `at ${name(atPercentile)}`;
    if (lower === null) return `below ${name(upper!)}`;
    if (upper === null) return `above ${name(lower)}`;
    return `between ${name(lower)} and ${name(upper)}`;
  };
  const average = distribution.averageRatio;
  const comparedWithAverage =
    average === undefined
      ? undefined
      : average.minus(value).abs().lte(tolerance)
        ? ('level' as const)
        : value.gt(average)
          ? ('above' as const)
          : ('below' as const);
  const averageText =
    average === undefined
      ? ''
      : comparedWithAverage === 'level'
        ? `, level with the average (${percent(average)})`
        : `, ${comparedWithAverage} the average (${percent(average)})`;
  return seal(
    {
      kind: 'benchmark-position' as const,
      schemaVersion: 1 as const,
      ratio: value,
      valueType,
      benchmark: table.id,
      benchmarkName: table.name,
      benchmarkSource: table.source,
      position,
      lower,
      upper,
      nearest,
      atPercentile,
      band: band(false),
      ...(average === undefined ? {} : { averageRatio: average }),
      ...(comparedWithAverage === undefined ? {} : { comparedWithAverage }),
      reason: `${idText(table.name)}, ${idText(valueType)}: ${percent(value)} is ${band(true)}${averageText}.`,
    },
    'benchmark-position',
  );
}
