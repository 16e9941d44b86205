import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { expectedSchema } from '../core/expected-schema.js';
import { figureSchema } from '../core/figure-schema.js';
import { intSchema } from '../core/int-schema.js';
import { isoDateSchema, numericSchema, strictObject, visibleText } from '../core/schemas.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { drawsVisibly } from './svg.js';

// The zod schemas of the chart inputs (types.ts documents each field). Internal. The figures a
// chart draws (bar values, delivery points, a benchmarked ratio) are often the library's own
// totals, which may pass 1e15: they are read as figures (below 1e60), as formatGBP reads them.

const ID = /^[A-Za-z][\w-]*$/;

// A title or label: text with a character one can see once drawn, so not spaces, zero-width
// characters or characters written as U+FFFD (noncharacters, lone surrogates) alone.
const nonEmptyText = /* @__PURE__ */ expectedSchema<string>(
  (value) => typeof value === 'string' && drawsVisibly(value),
  visibleText,
);

const valueFormat = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ z.enum(['money', 'number', 'percent']),
);

const chartOptions = {
  title: nonEmptyText,
  description: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.string()),
  id: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ z.string().check(
      /* @__PURE__ */ z.refine((id) => ID.test(id) && id.length <= 64, {
        error: (issue) =>
          `expected an id: a letter, then letters, digits, "-" or "_" (at most 64 characters), received ${describeValue(issue.input)}`,
      }),
    ),
  ),
  width: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(320, 2000)),
};

export const barChartSchema = /* @__PURE__ */ strictObject({
  ...chartOptions,
  bars: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({ label: nonEmptyText, value: /* @__PURE__ */ figureSchema() }),
  ),
  valueFormat,
  axisLabel: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.string()),
});

export const deliveryChartSchema = /* @__PURE__ */ strictObject({
  ...chartOptions,
  series: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      label: nonEmptyText,
      points: /* @__PURE__ */ listSchema(
        /* @__PURE__ */ strictObject({
          date: isoDateSchema,
          value: /* @__PURE__ */ figureSchema(),
        }),
      ),
    }),
  ),
  valueFormat,
  axisLabel: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ z.string()),
});

export const radarChartSchema = /* @__PURE__ */ strictObject({
  ...chartOptions,
  axes: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      label: nonEmptyText,
      max: /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
    }),
  ),
  series: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      label: nonEmptyText,
      values: /* @__PURE__ */ listSchema(/* @__PURE__ */ numericSchema({ min: 0 })),
    }),
  ),
});

const points = /* @__PURE__ */ numericSchema({ min: 0, max: 100 });

export const weightRangeChartSchema = /* @__PURE__ */ strictObject({
  ...chartOptions,
  criteria: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({ label: nonEmptyText, weight: points, from: points, to: points }),
  ),
});

export const benchmarkStripChartSchema = /* @__PURE__ */ strictObject({
  ...chartOptions,
  value: /* @__PURE__ */ figureSchema(),
  valueLabel: /* @__PURE__ */ optionalSchema(nonEmptyText),
  percentiles: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({ percentile: points, value: /* @__PURE__ */ numericSchema() }),
  ),
  average: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
  valueFormat,
});
