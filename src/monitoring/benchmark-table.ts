import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { recordFrom } from '../core/record.js';

/** One point of a benchmark distribution: the social value added ratio at a percentile. */
export interface BenchmarkPercentile<N = Decimal> {
  /** The percentile, 0–100 (50 is the median). */
  readonly percentile: number;
  /** The social value added (a fraction: 0.157 is 15.7%) at that percentile. */
  readonly ratio: N;
}

/** The distribution of social value added for one value type of a benchmark. */
export interface BenchmarkDistribution<N = Decimal> {
  /** The percentiles known, in increasing order of percentile. */
  readonly percentiles: readonly BenchmarkPercentile<N>[];
  /** The mean ratio, when published (not a percentile: skewed data put it above the median). */
  readonly averageRatio?: N | undefined;
}

/**
 * A table of social value added (SVA = social value ÷ contract value) across contracts, by
 * value type, with its source, as the library holds it (see {@link socialValuePortalBenchmark}).
 */
export interface SvaBenchmark {
  /** Marks the object as a social value added benchmark. */
  readonly kind: 'sva-benchmark';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** A stable identifier. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** Where the figures come from. */
  readonly source: string;
  /** The period the figures describe or were current in. */
  readonly effective: string;
  /**
   * The distribution per value type (a null-prototype record): `social`, `local-economic` and
   * `combined` (social and local economic together) in the Social Value Portal's table; any
   * names in custom tables.
   */
  readonly valueTypes: Readonly<Record<string, BenchmarkDistribution>>;
}

/**
 * A custom benchmark table (a council's own portfolio, a sector's), or the JSON snapshot of one:
 * the shape of {@link SvaBenchmark} with every number a `Numeric` and `kind` optional.
 */
export interface SvaBenchmarkInput {
  /** `'sva-benchmark'` when present. */
  readonly kind?: 'sva-benchmark' | undefined;
  /** 1 when present. */
  readonly schemaVersion?: 1 | undefined;
  /** A stable identifier. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** Where the figures come from. */
  readonly source: string;
  /** The period the figures describe or were current in. */
  readonly effective: string;
  /** The distribution per value type; percentiles in increasing order, ratios not falling. */
  readonly valueTypes: Readonly<Record<string, BenchmarkDistribution<Numeric>>>;
}

const points = (p25: string, median: string, p75: string) => [
  { percentile: 25, ratio: new Decimal(p25) },
  { percentile: 50, ratio: new Decimal(median) },
  { percentile: 75, ratio: new Decimal(p75) },
];

/**
 * The Social Value Portal's benchmark of social value added on contract spend, by value type,
 * as quoted in Southend-on-Sea Borough Council's Social Value Policy (December 2021, §5.3;
 * seed 001). Ratios are fractions of contract value (0.237 is 23.7%). Social value is benefit
 * to society at large (environmental value reported with it); local economic value is local
 * employment and local supply-chain spend.
 *
 * | | social | local economic | combined |
 * |---|---|---|---|
 * | 25th percentile | 0.1% | 0.5% | 3.8% |
 * | median | 0.6% | 8.4% | 15.7% |
 * | 75th percentile | 2.1% | 28.6% | 36.6% |
 * | average | 4% | 22.3% | 23.7% |
 *
 * The published figures are rounded to 0.1 percentage point: compare with a tolerance (the
 * default of `benchmarkSocialValueAdded`).
 *
 * @example
 * ```ts
 * import { socialValuePortalBenchmark } from 'social-value';
 *
 * socialValuePortalBenchmark.valueTypes['local-economic']?.percentiles[1]?.ratio.toString(); // => '0.084'
 * socialValuePortalBenchmark.valueTypes.combined?.averageRatio?.toString(); // => '0.237'
 * Object.keys(socialValuePortalBenchmark.valueTypes); // => ['social', 'local-economic', 'combined']
 * ```
 */
export const socialValuePortalBenchmark: SvaBenchmark = /* @__PURE__ */ seal(
  {
    kind: 'sva-benchmark' as const,
    schemaVersion: 1 as const,
    id: 'social-value-portal-2021',
    name: 'Social Value Portal benchmark of social value added',
    source:
      'Social Value Portal figures quoted in Southend-on-Sea Borough Council, Social Value Policy 2021 v2.0 (December 2021, published January 2022), §5.3',
    effective:
      'Figures current when quoted in December 2021; the period of the contracts is not stated',
    valueTypes: /* @__PURE__ */ recordFrom<BenchmarkDistribution>([
      [
        'social',
        {
          percentiles: /* @__PURE__ */ points('0.001', '0.006', '0.021'),
          averageRatio: /* @__PURE__ */ new Decimal('0.04'),
        },
      ],
      [
        'local-economic',
        {
          percentiles: /* @__PURE__ */ points('0.005', '0.084', '0.286'),
          averageRatio: /* @__PURE__ */ new Decimal('0.223'),
        },
      ],
      [
        'combined',
        {
          percentiles: /* @__PURE__ */ points('0.038', '0.157', '0.366'),
          averageRatio: /* @__PURE__ */ new Decimal('0.237'),
        },
      ],
    ]),
  },
  'sva-benchmark',
);
