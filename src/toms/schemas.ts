import type * as z from 'zod/mini';
import { choiceSchema } from '../core/choice-schema.js';
import { figureSchema } from '../core/figure-schema.js';
import { intSchema } from '../core/int-schema.js';
import { recordedAtZero } from '../core/recorded-at-zero.js';
import { numericSchema, strictObject, trimmedTextSchema } from '../core/schemas.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';

/** Non-empty text, trimmed. Internal: the text fields of frameworks and sheets. */
export const textSchema = trimmedTextSchema;

/** A whole price year from 1900 to 2200. Internal. */
export const priceYearSchema = /* @__PURE__ */ intSchema(1900, 2200);

/** The zod schema of a value type. Internal. */
export const valueTypeSchema = /* @__PURE__ */ choiceSchema(
  valueTypes as readonly ValueType[] as [ValueType, ...ValueType[]],
);

/** A proxy value: any Numeric at least 0, or `null` (not monetised yet). Internal. */
export const proxyValueSchema = /* @__PURE__ */ nullableSchema(
  /* @__PURE__ */ numericSchema({ min: 0 }),
);

/** The zod schema of a theme (`shortName` defaults to `name` when the framework is built). Internal. */
export const themeSchema = /* @__PURE__ */ strictObject({
  id: textSchema,
  name: textSchema,
  shortName: /* @__PURE__ */ optionalSchema(textSchema),
});

/** The zod schema of an outcome. Internal. */
export const outcomeSchema = /* @__PURE__ */ strictObject({
  id: textSchema,
  theme: textSchema,
  name: textSchema,
});

const provenanceSchema = /* @__PURE__ */ strictObject(
  {
    change: /* @__PURE__ */ choiceSchema(['added', 'overridden']),
    base: textSchema,
    baseProxyValue: /* @__PURE__ */ optionalSchema(proxyValueSchema),
  },
  { kind: 'change' },
);

const measureShape = {
  code: textSchema,
  theme: textSchema,
  outcome: /* @__PURE__ */ optionalSchema(textSchema),
  title: textSchema,
  unit: textSchema,
  proxyValue: proxyValueSchema,
  valueType: valueTypeSchema,
  exclusivityGroup: /* @__PURE__ */ optionalSchema(textSchema),
  maxYearsPerPerson: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(1)),
  edition: /* @__PURE__ */ optionalSchema(textSchema),
  source: /* @__PURE__ */ optionalSchema(textSchema),
};

/**
 * The zod schema of a measure of a framework (a stored one may carry its provenance; a record-only
 * one has a proxy value of 0). Internal.
 */
export const measureSchema = /* @__PURE__ */ withChecks(
  /* @__PURE__ */ strictObject({
    ...measureShape,
    provenance: /* @__PURE__ */ optionalSchema(provenanceSchema),
  }),
  recordedAtZero,
);

/** The zod schema of a measure given to `extendFramework` (which sets the provenance). Internal. */
export const measureChangeSchema = /* @__PURE__ */ withChecks(
  /* @__PURE__ */ strictObject(measureShape),
  recordedAtZero,
);

/**
 * The zod schema of a framework as `defineFramework` takes it, which is also the JSON form of a
 * {@link Framework}: `kind`, `schemaVersion`, `currency`, `extends` and `reindexed` may be given
 * (as a stored framework has them) or omitted. Internal.
 */
export const frameworkSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema(['framework'])),
  schemaVersion: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema([1])),
  id: textSchema,
  name: textSchema,
  edition: textSchema,
  priceYear: priceYearSchema,
  currency: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema(['GBP'])),
  themes: /* @__PURE__ */ listSchema(themeSchema),
  outcomes: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(outcomeSchema)),
  measures: /* @__PURE__ */ listSchema(measureSchema),
  source: /* @__PURE__ */ optionalSchema(textSchema),
  extends: /* @__PURE__ */ optionalSchema(textSchema),
  reindexed: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ strictObject({
      fromPriceYear: priceYearSchema,
      factor: /* @__PURE__ */ figureSchema({ min: 0, minExclusive: true }),
    }),
  ),
});

/** A parsed measure. Internal. */
export type ParsedMeasure = z.output<typeof measureSchema>;
/** A parsed theme. Internal. */
export type ParsedTheme = z.output<typeof themeSchema>;
/** A parsed outcome. Internal. */
export type ParsedOutcome = z.output<typeof outcomeSchema>;
/** A parsed framework. Internal. */
export type ParsedFramework = z.output<typeof frameworkSchema>;
