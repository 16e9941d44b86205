import { z } from 'zod';
import { isoDateSchema, numericSchema } from '../core/legacy-schemas.js';
import { startMonthSchema } from './financial-year.js';

/**
 * The value types of a measure, as in a valuation: local economic, social, environmental, or
 * recorded without a £ value.
 */
export const valueTypeSchema = z.enum(['local-economic', 'social', 'environmental', 'record-only']);

const codeSchema = z.string().trim().min(1, 'expected a measure code');

/** One line of a valuation, as monitoring reads it (the fields it needs). */
export const valuationLineSchema = z.object({
  index: z.number().int().min(0),
  measure: codeSchema,
  title: z.string().optional(),
  unit: z.string().optional(),
  theme: z.string(),
  valueType: valueTypeSchema,
  quantity: numericSchema({ min: 0 }),
  attribution: numericSchema({ min: 0, max: 1 }).optional(),
  proxy: numericSchema({ min: 0 }),
  tags: z.record(z.string(), z.string()).optional(),
  years: z
    .array(z.object({ year: z.string().min(1), quantity: numericSchema({ min: 0 }) }))
    .optional(),
});

/** A valuation, as monitoring reads it: the framework's identity, the lines, the contract value. */
export const valuationSchema = z.object({
  framework: z
    .object({
      id: z.string(),
      name: z.string().optional(),
      edition: z.string().optional(),
      priceYear: z.number().optional(),
    })
    .optional(),
  lines: z.array(valuationLineSchema),
  contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
});

/** A framework, as monitoring reads it: its measures, to value deliveries nobody pledged. */
export const frameworkSchema = z.object({
  measures: z.array(
    z.object({
      code: codeSchema,
      theme: z.string(),
      title: z.string().optional(),
      unit: z.string().optional(),
      proxyValue: numericSchema({ min: 0 }).nullable(),
      valueType: valueTypeSchema,
    }),
  ),
});

/** One delivery record. */
export const deliverySchema = z.object({
  measure: codeSchema,
  date: isoDateSchema,
  quantity: numericSchema({ min: 0 }),
  line: z.number().int().min(0).optional(),
  verification: z.enum(['verified', 'claimed']).optional(),
  evidence: z.string().optional(),
  note: z.string().optional(),
});

/** A dated change to a pledge. */
export const variationSchema = z.object({
  measure: codeSchema,
  line: z.number().int().min(0).optional(),
  date: isoDateSchema,
  quantity: numericSchema({ min: 0 }),
  reason: z.string().optional(),
  reference: z.string().optional(),
});

/** One period of an expected delivery profile. */
export const profilePeriodSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  share: numericSchema({ min: 0, max: 1 }),
});

/** Status thresholds on pace (delivered ÷ expected to date). */
export const thresholdsSchema = z.object({
  onTrack: numericSchema({ min: 0, minExclusive: true, max: 1 }).optional(),
  atRisk: numericSchema({ min: 0, minExclusive: true, max: 1 }).optional(),
});

/** Options of trackDelivery. */
export const trackDeliveryOptionsSchema = z.object({
  asOf: isoDateSchema.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  profile: z.union([z.literal('linear'), z.array(profilePeriodSchema).min(1)]).optional(),
  variations: z.array(variationSchema).optional(),
  thresholds: thresholdsSchema.optional(),
  framework: frameworkSchema.optional(),
  count: z.enum(['all', 'verified']).optional(),
  contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
  financialYearStartMonth: startMonthSchema.optional(),
});

/**
 * The whole input of trackDelivery but the deliveries' fields, so paths read
 * `valuation.lines[2].proxy`, `options.asOf`; each delivery is read by `readDelivery`.
 */
export const trackDeliveryInputSchema = z.object({
  valuation: valuationSchema,
  deliveries: z.array(z.unknown()),
  options: trackDeliveryOptionsSchema,
});

/** The validated input of trackDelivery. */
export type TrackDeliveryInput = Omit<z.output<typeof trackDeliveryInputSchema>, 'deliveries'> & {
  /** The deliveries, validated. */
  readonly deliveries: readonly z.output<typeof deliverySchema>[];
};
