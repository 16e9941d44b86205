import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkSocialValueAdded, socialValuePortalBenchmark } from '../../src/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import { add, cmp, mul, parse, type Rational, rat, sub } from '../rational.js';

// benchmarkSocialValueAdded against a reference of its own (BigInt rationals), from
// docs/monitoring.md and the result's documented fields: `lower` is the highest percentile at
// or below the ratio, `upper` the lowest above it, `position` below / between / above, `nearest`
// the closest (of two equally close, the first: the table's order), `atPercentile` the nearest
// when within the tolerance (default 0.0005, inclusive), the average level within it too, and
// the band and reason in words, percentages to 1 place (half away from zero; "less than 0.1%"
// for a figure that is not 0 but reads 0). Tables: the Social Value Portal's, or random ones
// (percentiles rising, ratios not falling, ties included); ratios at, around or a tolerance
// away from a point or the average.

const small = fc.oneof(
  decimalTextArb([1, 2], [0, 5]),
  fractionTextArb(30),
  fc.constantFrom('0', '0.0005', '0.001', '0.157'),
);
const signed = fc
  .tuple(fc.boolean(), small)
  .map(([negative, text]) => (negative && text !== '0' ? `-${text}` : text));

const abs = ([n, d]: Rational): Rational => [n < 0n ? -n : n, d];
const distance = (a: Rational, b: Rational) => abs(sub(a, b));

/** A rational whose denominator divides a power of 10, as decimal text. */
function text([n, d]: Rational): string {
  let places = 0;
  while (10n ** BigInt(places) % d !== 0n) places += 1;
  const scaled = (n < 0n ? -n : n) * (10n ** BigInt(places) / d);
  const all = scaled.toString().padStart(places + 1, '0');
  const body = places === 0 ? all : `${all.slice(0, -places)}.${all.slice(-places)}`;
  return n < 0n ? `-${body}` : body;
}

/** A fraction as a sentence's percentage, to 1 place. */
function percent(x: Rational): string {
  const [n, d] = mul(x, rat(1000)); // tenths of a point
  const m = n < 0n ? -n : n;
  const tenths = m / d + (2n * (m % d) >= d ? 1n : 0n);
  if (x[0] !== 0n && tenths === 0n) return n < 0n ? 'between -0.1% and 0%' : 'less than 0.1%';
  const whole = (tenths / 10n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0n ? '-' : ''}${whole}${tenths % 10n ? `.${tenths % 10n}` : ''}%`;
}

function ordinal(p: number): string {
  if (p === 50) return 'median';
  const [m100, m10] = [p % 100, p % 10];
  const suffix =
    m100 >= 11 && m100 <= 13 ? 'th' : m10 === 1 ? 'st' : m10 === 2 ? 'nd' : m10 === 3 ? 'rd' : 'th';
  return `${p}${suffix} percentile`;
}

const caseArb = fc.record({
  table: fc.option(
    fc.record({
      percentiles: fc.uniqueArray(
        fc.oneof(
          fc.integer({ min: 0, max: 100 }),
          fc.constantFrom(1, 2, 3, 11, 12, 13, 21, 22, 23, 50, 100, 12.5),
        ),
        { minLength: 1, maxLength: 5 },
      ),
      ratios: fc.array(signed, { minLength: 5, maxLength: 5 }),
      average: fc.option(signed, { nil: undefined }),
    }),
    { nil: undefined },
  ),
  valueType: fc.constantFrom('social', 'local-economic', 'combined', undefined),
  tolerance: fc.option(fc.oneof(fc.constantFrom('0', '0.0005', '0.05', '1'), fractionTextArb(6)), {
    nil: undefined,
  }),
  near: fc.constantFrom('point', 'average'),
  point: fc.nat(4),
  how: fc.constantFrom('plus', 'at', 'up', 'down', 'anywhere', 'hair', 'half'),
  delta: signed,
});

describe('benchmarkSocialValueAdded against a reference', () => {
  it('places the ratio, names the band and compares with the average as documented', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const valueType = c.valueType ?? 'combined';
        let points: { percentile: number; ratio: Rational }[];
        let average: Rational | undefined;
        let name = socialValuePortalBenchmark.name;
        const options: Record<string, unknown> = {};
        if (c.table) {
          const sorted = [...c.table.percentiles].sort((a, b) => a - b);
          const ratios = c.table.ratios.slice(0, sorted.length).map(parse).sort(cmp);
          points = sorted.map((percentile, i) => ({ percentile, ratio: ratios[i]! }));
          average = c.table.average === undefined ? undefined : parse(c.table.average);
          name = 'Our contracts';
          options.benchmark = {
            id: 'ours',
            name,
            source: 'Our own contracts',
            effective: '2025/26',
            valueTypes: {
              [valueType]: {
                percentiles: points.map((p) => ({
                  percentile: p.percentile,
                  ratio: text(p.ratio),
                })),
                ...(average === undefined ? {} : { averageRatio: text(average) }),
              },
            },
          };
        } else {
          const shipped = socialValuePortalBenchmark.valueTypes[valueType]!;
          points = shipped.percentiles.map((p) => ({
            percentile: p.percentile,
            ratio: parse(p.ratio.toString()),
          }));
          average = parse(shipped.averageRatio!.toString());
        }
        if (c.valueType) options.valueType = c.valueType;
        if (c.tolerance !== undefined) options.toleranceRatio = c.tolerance;
        const tolerance = c.tolerance === undefined ? rat(5, 10000) : parse(c.tolerance);
        const anchor =
          c.near === 'average' && average ? average : points[c.point % points.length]!.ratio;
        const delta = parse(c.delta);
        const x = {
          plus: add(anchor, delta),
          at: anchor,
          up: add(anchor, tolerance),
          down: sub(anchor, tolerance),
          anywhere: delta,
          hair: add(anchor, mul(delta, rat(1, 10n ** 30n))),
          half: sub(anchor, mul(tolerance, rat(1, 2))),
        }[c.how];
        const got = benchmarkSocialValueAdded(text(x), options);

        const lower = [...points].reverse().find((p) => cmp(p.ratio, x) <= 0) ?? null;
        const upper = points.find((p) => cmp(p.ratio, x) > 0) ?? null;
        const nearest = points.reduce((best, p) =>
          cmp(distance(p.ratio, x), distance(best.ratio, x)) < 0 ? p : best,
        );
        const at = cmp(distance(nearest.ratio, x), tolerance) <= 0 ? nearest : null;
        const position = lower === null ? 'below' : upper === null ? 'above' : 'between';
        const named = (p: (typeof points)[number], figures: boolean) =>
          `the ${ordinal(p.percentile)}${figures ? ` (${percent(p.ratio)})` : ''}`;
        const band = (figures: boolean) =>
          at
            ? `at ${named(at, figures)}`
            : lower === null
              ? `below ${named(upper!, figures)}`
              : upper === null
                ? `above ${named(lower, figures)}`
                : `between ${named(lower, figures)} and ${named(upper, figures)}`;
        const compared =
          average === undefined
            ? undefined
            : cmp(distance(average, x), tolerance) <= 0
              ? 'level'
              : cmp(x, average) > 0
                ? 'above'
                : 'below';
        const averageText =
          average === undefined
            ? ''
            : compared === 'level'
              ? `, level with the average (${percent(average)})`
              : `, ${compared} the average (${percent(average)})`;
        const point = (p: { percentile: number; ratio: { toString(): string } } | null) =>
          p === null ? null : `${p.percentile} at ${text(parse(p.ratio.toString()))}`;
        const shown = (p: (typeof points)[number] | null) =>
          p === null ? null : `${p.percentile} at ${text(p.ratio)}`;
        expect({
          ratio: text(parse(got.ratio.toString())),
          position: got.position,
          lower: point(got.lower),
          upper: point(got.upper),
          nearest: point(got.nearest),
          atPercentile: point(got.atPercentile),
          band: got.band,
          comparedWithAverage: got.comparedWithAverage,
          reason: got.reason,
        }).toEqual({
          ratio: text(x),
          position,
          lower: shown(lower),
          upper: shown(upper),
          nearest: shown(nearest),
          atPercentile: shown(at),
          band: band(false),
          comparedWithAverage: compared,
          reason: `${name}, ${valueType}: ${percent(x)} is ${band(true)}${averageText}.`,
        });
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 400) },
    );
  });
});
