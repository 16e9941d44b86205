import { isSealed, seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { lazy } from '../core/lazy.js';
import { minLength } from '../core/min-length.js';
import { emptyRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { idSchema, numericSchema, textSchema } from '../core/schemas.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import type { BenchmarkDistribution, SvaBenchmark } from './benchmark-table.js';
import { expectReader } from './expect-reader.js';
import { numberSchema, plainObject } from './schemas.js';

/** The schema of a custom table or a table's snapshot, built on first use. */
const benchmarkSchema = /* @__PURE__ */ lazy(() => {
  const distribution = plainObject(
    {
      percentiles: withChecks(
        listSchema(
          plainObject({ percentile: numberSchema(0, 100), ratio: numericSchema() }, 'a percentile'),
        ),
        minLength(1),
        ({ value: list, issues }) => {
          for (let index = 1; index < list.length; index += 1) {
            const point = list[index]!;
            const before = list[index - 1]!;
            if (point.percentile <= before.percentile || point.ratio.lt(before.ratio)) {
              issues.push({
                code: 'custom',
                path: [index],
                input: point,
                // "percentile 1", not "the 1th": no ordinal suffix to get wrong.
                message: `expected percentiles in increasing order with ratios that do not fall, received percentile ${point.percentile} (ratio ${point.ratio.toString()}) after percentile ${before.percentile} (ratio ${before.ratio.toString()})`,
                continue: true,
              });
            }
          }
        },
      ),
      averageRatio: optionalSchema(numericSchema()),
    },
    'a distribution',
    { average: 'averageRatio' },
  );

  const benchmark = plainObject(
    {
      kind: optionalSchema(choiceSchema(['sva-benchmark'])),
      schemaVersion: optionalSchema(choiceSchema([1])),
      id: idSchema,
      name: idSchema,
      source: idSchema,
      effective: textSchema,
      valueTypes: recordSchema(distribution),
    },
    'a benchmark',
  );
  return benchmark;
});

/**
 * Reads a benchmark table: one sealed by the library is trusted; anything else (a custom table,
 * a JSON snapshot) is validated at `path` and returned as a sealed live table. Internal.
 */
export function readBenchmark(value: unknown, path: readonly PropertyKey[]): SvaBenchmark {
  if (isSealed(value, 'sva-benchmark')) return value as SvaBenchmark;
  expectReader(
    value,
    'sva-benchmark',
    'a benchmark table (socialValuePortalBenchmark, its JSON snapshot, or one of the same shape)',
    path,
    'valueTypes',
  );
  const table = parseInput(benchmarkSchema(), value, 'benchmark', path);
  const valueTypes = emptyRecord<BenchmarkDistribution>();
  for (const name of Object.keys(table.valueTypes)) {
    const { percentiles, averageRatio } = table.valueTypes[name]!;
    valueTypes[name] = {
      percentiles: percentiles.map(({ percentile, ratio }) => ({ percentile, ratio })),
      ...(averageRatio === undefined ? {} : { averageRatio }),
    };
  }
  return seal(
    {
      kind: 'sva-benchmark' as const,
      schemaVersion: 1 as const,
      id: table.id,
      name: table.name,
      source: table.source,
      effective: table.effective,
      valueTypes,
    },
    'sva-benchmark',
  );
}
