import { anySchema } from '../core/any-schema.js';
import { choiceSchema } from '../core/choice-schema.js';
import { expectedSchema } from '../core/expected-schema.js';
import { intSchema } from '../core/int-schema.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import {
  hasVisible,
  isoDateSchema,
  numericSchema,
  strictObject,
  textSchema,
  VISIBLE,
} from '../core/schemas.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { supplierTypes } from './supplier-types.js';
import type { Locality } from './types.js';

/** Text with a character one can see (not only spaces or zero-width ones). Internal. */
export function nonBlankText(what: string) {
  const schema = expectedSchema<string>(
    (value) => typeof value === 'string' && hasVisible(value),
    (input) => (typeof input === 'string' ? what : 'text'),
  );
  /* @__PURE__ */ hintJsonSchema(schema, {
    kind: 'json',
    json: { type: 'string', pattern: VISIBLE },
  });
  return schema;
}

/** The zod schema of one payment (strict). Internal: the public input type is documented instead. */
export const paymentSchema = /* @__PURE__ */ strictObject({
  supplier: /* @__PURE__ */ nonBlankText("the supplier's name"),
  amount: /* @__PURE__ */ numericSchema(),
  date: isoDateSchema,
  postcode: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ nullableSchema(textSchema)),
  supplierType: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(supplierTypes as [string, ...string[]]),
  ),
  department: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ nonBlankText('a department name')),
  ward: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ nonBlankText('a ward name')),
  line: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(1)),
});

/** The ledger must be a list (each payment is read on its own). Internal. */
export const ledgerSchema = /* @__PURE__ */ listSchema(anySchema);

/** The zod schema of the options of `analyseSpend`. Internal. */
export const analyseSpendOptionsSchema = /* @__PURE__ */ strictObject({
  locality: /* @__PURE__ */ expectedSchema<Locality>(
    (value) => Array.isArray(value) || typeof value === 'function',
    () =>
      'a list of postcode areas, districts or sectors (such as ["PO1-PO6"]) or a function of a postcode',
  ),
  localityName: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ nonBlankText("the locality's name")),
});
