import * as z from 'zod/mini';
import { figureSchema } from '../core/figure-schema.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { type ValueType, valueTypes } from '../core/value-types.js';

/** Non-empty text, trimmed. Internal: the text fields of frameworks and sheets. */
export const textSchema = z.string().check(z.trim(), z.minLength(1));

/** A whole price year from 1900 to 2200. Internal. */
export const priceYearSchema = z.int().check(z.gte(1900), z.lte(2200));

/** The zod schema of a value type. Internal. */
export const valueTypeSchema = z.enum(
  valueTypes as readonly ValueType[] as [ValueType, ...ValueType[]],
);

/** A proxy value: any Numeric at least 0, or `null` (not monetised yet). Internal. */
export const proxyValueSchema = z.nullable(numericSchema({ min: 0 }));

/** The zod schema of a theme (`shortName` defaults to `name` when the framework is built). Internal. */
export const themeSchema = strictObject({
  id: textSchema,
  name: textSchema,
  shortName: z.optional(textSchema),
});

/** The zod schema of an outcome. Internal. */
export const outcomeSchema = strictObject({ id: textSchema, theme: textSchema, name: textSchema });

const provenanceSchema = strictObject(
  {
    change: z.enum(['added', 'overridden']),
    base: textSchema,
    baseProxyValue: z.optional(proxyValueSchema),
  },
  { kind: 'change' },
);

const measureShape = {
  code: textSchema,
  theme: textSchema,
  outcome: z.optional(textSchema),
  title: textSchema,
  unit: textSchema,
  proxyValue: proxyValueSchema,
  valueType: valueTypeSchema,
  exclusivityGroup: z.optional(textSchema),
  maxYearsPerPerson: z.optional(z.int().check(z.gte(1))),
  edition: z.optional(textSchema),
  source: z.optional(textSchema),
};

/** The zod schema of a measure of a framework (a stored one may carry its provenance). Internal. */
export const measureSchema = strictObject({
  ...measureShape,
  provenance: z.optional(provenanceSchema),
});

/** The zod schema of a measure given to `extendFramework` (which sets the provenance). Internal. */
export const measureChangeSchema = strictObject(measureShape);

/**
 * The zod schema of a framework as `defineFramework` takes it, which is also the JSON form of a
 * {@link Framework}: `kind`, `schemaVersion`, `currency`, `extends` and `reindexed` may be given
 * (as a stored framework has them) or omitted. Internal.
 */
export const frameworkSchema = strictObject({
  kind: z.optional(z.literal('framework')),
  schemaVersion: z.optional(z.literal(1)),
  id: textSchema,
  name: textSchema,
  edition: textSchema,
  priceYear: priceYearSchema,
  currency: z.optional(z.literal('GBP')),
  themes: z.array(themeSchema),
  outcomes: z.optional(z.array(outcomeSchema)),
  measures: z.array(measureSchema),
  source: z.optional(textSchema),
  extends: z.optional(textSchema),
  reindexed: z.optional(
    strictObject({
      fromPriceYear: priceYearSchema,
      factor: figureSchema({ min: 0 }),
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
