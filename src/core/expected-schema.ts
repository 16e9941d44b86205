import { describeValue } from './describe-value.js';
import { expectedText } from './expected-text.js';
import { hintJsonSchema } from './json-schema-hints.js';
import { readerSchema } from './reader-schema.js';

/**
 * A zod schema of the values `accepts` takes, in less code than zod's own types: any other
 * value is one issue, `missing: expected …` or `expected …, received …` (`expected` worded for
 * the value received, which `describe` words). Its JSON Schema is the caller's hint
 * (`hintJsonSchema`). Internal.
 */
export function expectedSchema<T>(
  accepts: (value: unknown) => boolean,
  expected: (input: unknown) => string,
  describe: (input: unknown) => string = describeValue,
) {
  const schema = readerSchema<T>((input, issues) => {
    if (accepts(input)) return input as T;
    issues.push({ code: 'custom', message: expectedText(expected(input), input, describe), input });
  });
  return schema;
}

/** True or false: zod's `z.boolean()`, in less code. Internal. */
export const booleanSchema = /* @__PURE__ */ expectedSchema<boolean>(
  (value) => typeof value === 'boolean',
  () => 'true or false',
);
/* @__PURE__ */ hintJsonSchema(booleanSchema, { kind: 'json', json: { type: 'boolean' } });
