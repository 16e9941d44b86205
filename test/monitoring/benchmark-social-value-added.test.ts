import { describe, expect, it } from 'vitest';
import {
  benchmarkSocialValueAdded,
  type SvaBenchmarkInput,
  socialValuePortalBenchmark,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectError, str } from './helpers.js';

/** A custom benchmark table, named X unless `name` says otherwise, with these value types. */
const customBenchmark = (
  valueTypes: SvaBenchmarkInput['valueTypes'],
  name = 'X',
): SvaBenchmarkInput => ({
  id: 'x',
  name,
  source: 'x',
  effective: 'x',
  valueTypes,
});

// Figures: Social Value Portal, quoted in Southend-on-Sea Borough Council's Social Value Policy
// (December 2021) §5.3, seed 001; Plymouth's 34% and Rotherham's 10% from §5.4.
describe('socialValuePortalBenchmark', () => {
  it('ships the table of Southend §5.3 with its source', () => {
    const table = socialValuePortalBenchmark.valueTypes;
    const row = (type: string) => [
      ...table[type]!.percentiles.map((point) => `${point.percentile}:${str(point.ratio)}`),
      `avg:${str(table[type]!.averageRatio)}`,
    ];
    expect(row('social')).toEqual(['25:0.001', '50:0.006', '75:0.021', 'avg:0.04']);
    expect(row('local-economic')).toEqual(['25:0.005', '50:0.084', '75:0.286', 'avg:0.223']);
    expect(row('combined')).toEqual(['25:0.038', '50:0.157', '75:0.366', 'avg:0.237']);
    expect(socialValuePortalBenchmark.source).toContain('Southend');
    expect(Object.isFrozen(socialValuePortalBenchmark.valueTypes.combined)).toBe(true);
  });
});

describe('benchmarkSocialValueAdded', () => {
  it("places Plymouth's 34% between the median and the 75th percentile", () => {
    const result = benchmarkSocialValueAdded('0.34', { valueType: 'combined' });
    expect(result.position).toBe('between');
    expect(result.lower?.percentile).toBe(50);
    expect(result.upper?.percentile).toBe(75);
    expect(result.nearest.percentile).toBe(75);
    expect(result.atPercentile).toBeNull();
    expect(result.comparedWithAverage).toBe('above');
    expect(result.reason).toBe(
      'Social Value Portal benchmark of social value added, combined: 34% is between the median (15.7%) and the 75th percentile (36.6%), above the average (23.7%).',
    );
  });

  it("places Rotherham's 10% between the 25th percentile and the median, below average", () => {
    const result = benchmarkSocialValueAdded(0.1);
    expect(result.band).toBe('between the 25th percentile and the median');
    expect(result.nearest.percentile).toBe(50);
    expect(result.comparedWithAverage).toBe('below');
  });

  it('treats published figures as rounded: within 0.05 point is level', () => {
    expect(benchmarkSocialValueAdded('0.15749').atPercentile?.percentile).toBe(50);
    expect(benchmarkSocialValueAdded('0.1576').atPercentile).toBeNull();
    expect(
      benchmarkSocialValueAdded('0.1576', { toleranceRatio: '0.001' }).atPercentile?.percentile,
    ).toBe(50);
    expect(benchmarkSocialValueAdded('0.2372').comparedWithAverage).toBe('level');
  });

  it('handles both ends', () => {
    expect(benchmarkSocialValueAdded('0.01').band).toBe('below the 25th percentile');
    expect(benchmarkSocialValueAdded('0.5', { valueType: 'local-economic' }).band).toBe(
      'above the 75th percentile',
    );
    expect(benchmarkSocialValueAdded('0.5').position).toBe('above');
  });

  it('accepts a custom table', () => {
    const own = {
      id: 'council-2024',
      name: 'Our contracts 2024/25',
      source: 'Council contract register',
      effective: '2024/25',
      valueTypes: {
        combined: {
          percentiles: [
            { percentile: 10, ratio: '0.02' },
            { percentile: 90, ratio: '0.3' },
          ],
        },
      },
    };
    const result = benchmarkSocialValueAdded('0.1', { benchmark: own });
    expect(result.band).toBe('between the 10th percentile and the 90th percentile');
    expect(result.averageRatio).toBeUndefined();
    expect(result.benchmark).toBe('council-2024');
  });

  it('names the lower of two equally close percentiles as nearest', () => {
    // 0.16 is 0.14 from both 0.02 and 0.3 (worked by hand), and 0.1600…01 is closer to 0.3.
    const own = (ratios: readonly string[]) => ({
      id: 'x',
      name: 'X',
      source: 'x',
      effective: 'x',
      valueTypes: {
        combined: {
          percentiles: ratios.map((ratio, index) => ({ percentile: 10 + 40 * index, ratio })),
        },
      },
    });
    const benchmark = own(['0.02', '0.3']);
    expect(benchmarkSocialValueAdded('0.16', { benchmark }).nearest.percentile).toBe(10);
    expect(
      benchmarkSocialValueAdded(`0.16${'0'.repeat(30)}1`, { benchmark }).nearest.percentile,
    ).toBe(50);
    // Two percentiles of one ratio (a flat stretch of the distribution): the lower is named.
    expect(
      benchmarkSocialValueAdded('0.2', { benchmark: own(['0.02', '0.3', '0.3']) }).nearest
        .percentile,
    ).toBe(50);
  });

  it('rejects bad input', () => {
    expectError(
      () => benchmarkSocialValueAdded('0.1', { valueType: 'environmental' }),
      'invalid-input',
      'options.valueType',
    );
    // The value types quoted as every choice is, with the one meant.
    expect(
      caught(() => benchmarkSocialValueAdded('0.1', { valueType: 'socail' })).issues[0]?.message,
    ).toBe(
      'expected one of "social", "local-economic", "combined", received "socail" (did you mean "social"?)',
    );
    expect(
      caught(() => benchmarkSocialValueAdded('0.1', { valueType: 'socail' })).details.valueTypes,
    ).toEqual(['social', 'local-economic', 'combined']);
    // A table without value types: said so, not "expected one of , received".
    const empty = customBenchmark({});
    expect(caught(() => benchmarkSocialValueAdded('0.1', { benchmark: empty })).issues).toEqual([
      expect.objectContaining({
        path: 'options.valueType',
        message: 'expected a value type of the table, received "combined": its valueTypes is empty',
      }),
    ]);
    expectError(() => benchmarkSocialValueAdded('ten'), 'invalid-input', 'ratio');
    // A percentage written as text: the fraction meant (12% of the contract value is 0.12).
    expect(caught(() => benchmarkSocialValueAdded('12%')).issues[0]).toMatchObject({
      path: 'ratio',
      message:
        'expected a finite number, a decimal string, a bigint or a Decimal, received "12%" (did you mean 0.12?)',
    });
    expectError(
      () =>
        benchmarkSocialValueAdded('0.1', {
          benchmark: customBenchmark(
            {
              combined: {
                percentiles: [
                  { percentile: 25, ratio: '0.2' },
                  { percentile: 50, ratio: '0.1' },
                ],
              },
            },
            'x',
          ),
        }),
      'invalid-input',
      'options.benchmark.valueTypes.combined.percentiles[1]',
    );
    // Percentiles named by number: "percentile 1", never "the 1th" or "the 2th".
    const disordered = customBenchmark({
      combined: {
        percentiles: [
          { percentile: 2, ratio: '0.1' },
          { percentile: 1, ratio: '0.2' },
        ],
      },
    });
    expect(
      caught(() => benchmarkSocialValueAdded('0.1', { benchmark: disordered })).issues[0]?.message,
    ).toBe(
      'expected percentiles in increasing order with ratios that do not fall, received percentile 1 (ratio 0.2) after percentile 2 (ratio 0.1)',
    );
  });

  it("names a custom table's value type as ids are named: quoted when it would not read as it is", () => {
    // A value type with a line break kept the sentence on two lines; one with a space at an end
    // read as another.
    const two = { percentiles: [{ percentile: 50, ratio: '0.1' }] };
    const benchmark = customBenchmark({ 'a\nb': two, ' c': two, social: two });
    const reason = (valueType: string) =>
      benchmarkSocialValueAdded('0.2', { benchmark, valueType }).reason;
    expect(reason('a\nb')).toBe('X, "a\\nb": 20% is above the median (10%).');
    expect(reason(' c')).toBe('X, " c": 20% is above the median (10%).');
    expect(reason('social')).toBe('X, social: 20% is above the median (10%).');
  });

  it('writes a percentile in plain digits', () => {
    // A percentile below 1e-6 printed as JavaScript writes it: "the 1e-7th percentile".
    const result = benchmarkSocialValueAdded('0.1', {
      benchmark: customBenchmark({
        combined: {
          percentiles: [
            { percentile: 1e-7, ratio: '0' },
            { percentile: 99.9999999, ratio: '0.2' },
          ],
        },
      }),
    });
    expect(result.band).toBe('between the 0.0000001th percentile and the 99.9999999th percentile');
  });
});
