import { describeValue } from './describe-value.js';
import { expectedSchema } from './expected-schema.js';
import { hintJsonSchema } from './json-schema-hints.js';
import { didYouMean, suggest } from './suggest.js';

/**
 * A zod schema for one of `values` (text or numbers): what `z.enum(values)` (or `z.literal`,
 * for one value) accepts, with the issues the library words for them (`expected one of "a",
 * "b", received "c" (did you mean "a"?)`), in less code than zod's own. `booleans` are the
 * values `true` and `false` probably mean (`received true (did you mean "verified"?)`). The JSON
 * Schema build writes it as zod would (`enum`, or `const` for one value). Internal.
 */
export function choiceSchema<const V extends readonly [string | number, ...(string | number)[]]>(
  values: V,
  booleans?: readonly [V[number], V[number]],
) {
  const expected =
    values.length === 1
      ? describeValue(values[0])
      : `one of ${values.map((value) => describeValue(value)).join(', ')}`;
  const names = values.filter((value): value is string => typeof value === 'string');
  const schema = expectedSchema<V[number]>(
    (value) => values.includes(value as V[number]),
    () => expected,
    (input) =>
      describeValue(input) +
      (typeof input === 'string'
        ? didYouMean(suggest(input, names))
        : typeof input === 'boolean' && booleans
          ? didYouMean([String(booleans[input ? 0 : 1])])
          : ''),
  );
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'choice', values });
  return schema;
}
