import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { oneOf } from '../core/one-of.js';
import { pledgeChannels, pledgeEffects, pledgerKinds } from '../core/pledge-channel.js';
import { recordSchema } from '../core/record-schema.js';
import { isoDateSchema, numericSchema, strictObject } from '../core/schemas.js';

const quantitySchema = numericSchema({ min: 0 });

/**
 * A schema for "an array or a record": the shape is chosen by `Array.isArray`, so the issues of
 * the matching shape keep their own paths (`years[1]`) instead of one "no match" issue, as a
 * union would give. Internal.
 */
export function arrayOrRecord<A extends z.ZodMiniType, R extends z.ZodMiniType>(
  list: A,
  record: R,
) {
  return oneOf<z.output<A> | z.output<R>>((value) =>
    Array.isArray(value) ? list : typeof value === 'object' && value !== null ? record : notSeries,
  );
}

const notSeries = z.custom<never>(() => false, {
  error: (issue) =>
    `expected a list or a plain object of values, received ${describeValue(issue.input)}`,
});

/** Where a pledge comes from, who made it, its follow-up, barriers and effect (all optional). */
const origin = {
  channel: z.optional(z.enum(pledgeChannels)),
  pledgerKind: z.optional(z.enum(pledgerKinds)),
  pledger: z.optional(z.string()),
  followUpOn: z.optional(isoDateSchema),
  barriers: z.optional(z.array(z.string())),
  effect: z.optional(z.enum(pledgeEffects)),
};

/** The zod schema of one pledge. Internal: the public input type is documented instead. */
export const pledgeSchema = strictObject(
  {
    measure: z.string().check(z.trim(), z.minLength(1)),
    quantity: z.optional(quantitySchema),
    years: z.optional(
      arrayOrRecord(z.array(quantitySchema), recordSchema(quantitySchema, { nonEmptyKeys: true })),
    ),
    attributionShare: z.optional(fractionSchema('share')),
    tags: z.optional(recordSchema(z.string())),
    note: z.optional(z.string()),
    ...origin,
  },
  { attribution: 'attributionShare' },
).check(
  z.refine((pledge) => (pledge.quantity === undefined) !== (pledge.years === undefined), {
    error: 'expected exactly one of quantity or years',
    path: ['quantity'],
  }),
);

// At least a penny: the ratio then stays inside the figures the library can print and store.
const contractValueSchema = z.optional(numericSchema({ min: '0.01' }));

/** The zod schema of the options of `valuePledges`. Internal. */
export const valuePledgesOptionsSchema = strictObject({ contractValue: contractValueSchema });

/** The zod schema of the options of `createValuationAccumulator`. Internal. */
export const valuationAccumulatorOptionsSchema = strictObject({
  contractValue: contractValueSchema,
  lines: z.optional(z.boolean()),
});

const optionalAmount = z.optional(z.nullable(numericSchema()));
const optionalText = z.optional(z.string());

/** The zod schema of one pledge-sheet row (blank cells are `null` or absent). Internal. */
export const pledgeSheetRowSchema = strictObject({
  line: z.optional(z.int().check(z.gte(1))),
  theme: optionalText,
  measure: z.string().check(z.trim(), z.minLength(1)),
  question: optionalText,
  unit: optionalText,
  proxyValue: optionalAmount,
  quantity: optionalAmount,
  statedValue: optionalAmount,
  tags: z.optional(recordSchema(z.string())),
  ...origin,
});

/** The zod schema of a list of pledge-sheet rows. Internal. */
export const pledgeSheetRowsSchema = z.array(pledgeSheetRowSchema);

/** The zod schema of the options of `reconcilePledgeSheet`. Internal. */
export const reconcileOptionsSchema = strictObject({
  statedTotal: z.optional(z.nullable(numericSchema())),
  tolerance: z.optional(numericSchema({ min: 0 })),
});
