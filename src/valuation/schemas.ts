import { z } from 'zod';
import { numericSchema } from '../core/legacy-schemas.js';

const quantitySchema = numericSchema({ min: 0 });

/**
 * A schema for "an array or a record": the shape is chosen by `Array.isArray`, so the issues of
 * the matching shape keep their own paths (`years[1]`) instead of one "no match" issue, as a
 * z.union would give. Internal.
 */
export function arrayOrRecord<A extends z.ZodType, R extends z.ZodType>(list: A, record: R) {
  return z
    .custom<unknown>((value) => typeof value === 'object' && value !== null, {
      error: 'expected an array or a record',
    })
    .transform((value, ctx): z.output<A> | z.output<R> => {
      const result = (Array.isArray(value) ? list : record).safeParse(value, { reportInput: true });
      if (result.success) return result.data;
      for (const issue of result.error.issues) {
        ctx.issues.push({
          code: 'custom',
          message: issue.message,
          path: issue.path,
          input: issue.input,
        });
      }
      return z.NEVER;
    });
}

const yearsSchema = arrayOrRecord(
  z.array(quantitySchema),
  z.record(z.string().trim().min(1), quantitySchema),
);

/** The zod schema of one pledge: a measure code and either a `quantity` or per-year `years` (an array, years numbered from 1, or a record keyed by year label), with an optional attribution share in [0, 1], tags and a note. Internal: the public input type is documented instead. */
export const pledgeSchema = z
  .object({
    measure: z.string().trim().min(1, 'expected a measure code'),
    quantity: quantitySchema.optional(),
    years: yearsSchema.optional(),
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

/** The zod schema of the options of `valuePledges`. Internal: the public input type is documented instead. */
export const valuePledgesOptionsSchema = z.object({
  contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
});

/** Only checks that the pledges are an array (each pledge is read on its own). Internal. */
export const pledgeListSchema = z.array(z.unknown());

const optionalAmount = numericSchema().nullable().optional();

/** The zod schema of one pledge-sheet row as given to `reconcilePledgeSheet` (for example a row from `parsePledgeSheet`). Blank cells are `null` or absent. Internal: the public input type is documented instead. */
export const pledgeSheetRowSchema = z.object({
  line: z.number().int().min(1).optional(),
  theme: z.string().optional(),
  measure: z.string().trim().min(1, 'expected a measure code'),
  question: z.string().optional(),
  unit: z.string().optional(),
  proxyValue: optionalAmount,
  quantity: optionalAmount,
  statedValue: optionalAmount,
  tags: z.record(z.string(), z.string()).optional(),
});

/** The zod schema of the options of `reconcilePledgeSheet`. Internal: the public input type is documented instead. */
export const reconcileOptionsSchema = z.object({
  statedTotal: numericSchema().nullable().optional(),
  tolerance: numericSchema({ min: 0 }).optional(),
});
