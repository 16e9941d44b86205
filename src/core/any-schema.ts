import { hintJsonSchema } from './json-schema-hints.js';
import { readerSchema } from './reader-schema.js';

/**
 * Any value, kept as it is for a reader that checks it later: what `z.unknown()` accepts (a key
 * holding it may not be left out: `missing: expected a value`), in none of zod's types. The JSON
 * Schema build writes `{}` for it, as zod's. Internal.
 */
export const anySchema = /* @__PURE__ */ readerSchema<unknown>((value) => value);
/* @__PURE__ */ hintJsonSchema(anySchema, { kind: 'json', json: {} });
