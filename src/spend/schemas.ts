import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { isoDateSchema, numericSchema, strictObject } from '../core/schemas.js';
import { supplierTypes } from './supplier-types.js';
import type { Locality } from './types.js';

/** Text with something in it other than spaces. Internal. */
export function nonBlankText(what: string) {
  return z.string().check(
    z.refine((value) => value.trim() !== '', {
      error: (issue) => `expected ${what}, received ${describeValue(issue.input)}`,
    }),
  );
}

/** The zod schema of one payment (strict). Internal: the public input type is documented instead. */
export const paymentSchema = strictObject({
  supplier: nonBlankText("the supplier's name"),
  amount: numericSchema(),
  date: isoDateSchema,
  postcode: z.optional(z.nullable(z.string())),
  supplierType: z.optional(z.enum(supplierTypes as [string, ...string[]])),
  department: z.optional(nonBlankText('a department name')),
  ward: z.optional(nonBlankText('a ward name')),
  line: z.optional(z.int().check(z.minimum(1))),
});

/** The ledger must be a list (each payment is read on its own). Internal. */
export const ledgerSchema = z.array(z.unknown());

/** The zod schema of the options of `analyseSpend`. Internal. */
export const analyseSpendOptionsSchema = strictObject({
  locality: z.custom<Locality>((value) => Array.isArray(value) || typeof value === 'function', {
    error: (issue) =>
      issue.input === undefined
        ? 'missing: expected a list of postcode areas, districts or sectors (such as ["PO1-PO6"]) or a function of a postcode'
        : `expected a list of postcode areas, districts or sectors (such as ["PO1-PO6"]) or a function of a postcode, received ${describeValue(issue.input)}`,
  }),
  localityName: z.optional(nonBlankText("the locality's name")),
});
