import { describeReceived } from './describe-value.js';

/**
 * What an issue says of a value that is not what was `expected`: `missing: expected …` for a
 * value left out (`undefined`: the path names the field), else `expected …, received …` with the
 * value as `describe` words it. Internal: the one wording of the schemas of objects, records and
 * single values.
 */
export function expectedText(
  expected: string,
  input: unknown,
  describe: (input: unknown) => string = describeReceived,
): string {
  return input === undefined
    ? `missing: expected ${expected}`
    : `expected ${expected}, received ${describe(input)}`;
}
