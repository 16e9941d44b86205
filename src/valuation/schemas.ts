import { z } from 'zod';
import { numericSchema } from '../core/schemas.js';

const quantitySchema = numericSchema({ min: 0 });

/**
 * The zod schema of one pledge: a measure code and either a `quantity` or per-year `years`
 * (an array, years numbered from 1, or a record keyed by year label), with an optional
 * attribution share in [0, 1], tags and a note.
 *
 * @example
 * ```ts
 * import { pledgeSchema } from 'social-value';
 *
 * pledgeSchema.parse({ measure: 'NT1', quantity: '24' }).quantity?.toString(); // => '24'
 * pledgeSchema.safeParse({ measure: 'NT1', quantity: -1 }).success; // => false
 * pledgeSchema.safeParse({ measure: 'NT1' }).success; // => false
 * ```
 */
export const pledgeSchema = z
  .object({
    measure: z.string().trim().min(1, 'expected a measure code'),
    quantity: quantitySchema.optional(),
    years: z
      .union([z.array(quantitySchema), z.record(z.string().trim().min(1), quantitySchema)])
      .optional(),
    attribution: numericSchema({ min: 0, max: 1 }).optional(),
    tags: z.record(z.string(), z.string()).optional(),
    note: z.string().optional(),
  })
  .superRefine((pledge, ctx) => {
    if ((pledge.quantity === undefined) === (pledge.years === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: 'expected exactly one of quantity or years',
      });
    }
  });

/**
 * The zod schema of the options of `valuePledges`.
 *
 * @example
 * ```ts
 * import { valuePledgesOptionsSchema } from 'social-value';
 *
 * valuePledgesOptionsSchema.safeParse({ contractValue: 0 }).success; // => false
 * ```
 */
export const valuePledgesOptionsSchema = z.object({
  contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
});

/** Only checks that the pledges are an array (each pledge is read on its own). Internal. */
export const pledgeListSchema = z.array(z.unknown());
