import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { isoDateSchema, numericSchema, strictObject } from '../core/schemas.js';

// The zod schemas of the chart inputs (types.ts documents each field). Internal.

const ID = /^[A-Za-z][\w-]*$/;

const nonEmptyText = z.string().check(z.minLength(1));

const valueFormat = z.optional(z.enum(['money', 'number', 'percent']));

const chartOptions = {
  title: nonEmptyText,
  description: z.optional(z.string()),
  id: z.optional(
    z.string().check(
      z.refine((id) => ID.test(id) && id.length <= 64, {
        error: (issue) =>
          `expected an id: a letter, then letters, digits, "-" or "_" (at most 64 characters), received ${describeValue(issue.input)}`,
      }),
    ),
  ),
  width: z.optional(z.int().check(z.gte(320), z.lte(2000))),
};

export const barChartSchema = strictObject({
  ...chartOptions,
  bars: z.array(strictObject({ label: nonEmptyText, value: numericSchema() })),
  valueFormat,
  axisLabel: z.optional(z.string()),
});

export const deliveryChartSchema = strictObject({
  ...chartOptions,
  series: z.array(
    strictObject({
      label: nonEmptyText,
      points: z.array(strictObject({ date: isoDateSchema, value: numericSchema() })),
    }),
  ),
  valueFormat,
  axisLabel: z.optional(z.string()),
});

export const radarChartSchema = strictObject({
  ...chartOptions,
  axes: z.array(
    strictObject({ label: nonEmptyText, max: numericSchema({ min: 0, minExclusive: true }) }),
  ),
  series: z.array(
    strictObject({ label: nonEmptyText, values: z.array(numericSchema({ min: 0 })) }),
  ),
});

const points = numericSchema({ min: 0, max: 100 });

export const weightRangeChartSchema = strictObject({
  ...chartOptions,
  criteria: z.array(
    strictObject({ label: nonEmptyText, weight: points, from: points, to: points }),
  ),
});

export const benchmarkStripChartSchema = strictObject({
  ...chartOptions,
  value: numericSchema(),
  valueLabel: z.optional(nonEmptyText),
  percentiles: z.array(strictObject({ percentile: points, value: numericSchema() })),
  average: z.optional(numericSchema()),
  valueFormat,
});
