import type * as z from 'zod/mini';
import { expectedText } from './expected-text.js';
import { hintJsonSchema } from './json-schema-hints.js';
import { parseInto } from './parse-into.js';
import { readerSchema } from './reader-schema.js';
import { emptyRecord, isPlainRecord } from './record.js';
import { hasVisible } from './schemas.js';
import { didYouMean } from './suggest.js';
import { suggester } from './suggester.js';

// Readers that import the plain-object test beside the record schema find it here too.
export { isPlainRecord } from './record.js';

/** Options of {@link recordSchema} and {@link mapSchema}. */
export interface RecordSchemaOptions {
  /** What the whole object should be, after "expected" (default `a plain object of names and values`). */
  readonly expected?: string | undefined;
  /** When true, a key with no character one can see (`''`, `' '`, `'\u200b'`) is an issue at its path. */
  readonly nonEmptyKeys?: boolean | undefined;
  /** The exact keys expected, in the output's order: another key or a missing one is an issue. */
  readonly keys?: readonly string[] | undefined;
}

type Issues = z.core.$ZodRawIssue[];

/**
 * Reads a record keyed by user strings with `read`: a plain object (see {@link isPlainRecord}),
 * else one issue naming what was expected (`missing: expected …` when it is left out).
 */
function plainRecordReader<T>(
  options: RecordSchemaOptions,
  read: (input: Readonly<Record<string, unknown>>, issues: Issues) => T,
) {
  const expected = options.expected ?? 'a plain object of names and values';
  return readerSchema<T>((input, issues) => {
    if (isPlainRecord(input)) return read(input, issues);
    // A key left out says so, as an object's missing field does (not "received undefined").
    issues.push({ code: 'custom', message: expectedText(expected, input), input });
  });
}

/** Reads every entry of `input` with `value`, calling `keep` for each one read. */
function readEntries<V extends z.core.$ZodType>(
  input: Readonly<Record<string, unknown>>,
  value: V,
  options: RecordSchemaOptions,
  issues: Issues,
  keep: (key: string, output: z.output<V>) => void,
): void {
  const { keys } = options;
  if (keys !== undefined) {
    const closest = suggester(keys);
    for (const key of Object.keys(input)) {
      if (keys.includes(key)) continue;
      const message = `unknown key${didYouMean(closest(key))}`;
      issues.push({ code: 'custom', message, input: input[key], path: [key] });
    }
  }
  for (const key of keys ?? Object.keys(input)) {
    if (keys !== undefined && !Object.hasOwn(input, key)) {
      issues.push({
        code: 'custom',
        message: 'missing: expected an entry',
        input: undefined,
        path: [key],
      });
      continue;
    }
    if (options.nonEmptyKeys === true && !hasVisible(key)) {
      issues.push({
        code: 'custom',
        message: 'expected a name with a character one can see',
        input: key,
        path: [key],
      });
      continue;
    }
    const before = issues.length;
    const output = parseInto(value, input[key], issues, [key]);
    if (issues.length === before) keep(key, output as z.output<V>);
  }
}

/**
 * A zod schema for a record keyed by user strings (tags, year labels, theme or criterion ids):
 * a plain object (see {@link isPlainRecord}) whose own enumerable string keys each hold a value
 * valid for `value`. Unlike `z.record`, every key is kept, `__proto__` included, and the output
 * is a null-prototype record. Symbol keys are ignored, as `Object.keys` and strict objects ignore
 * them. Internal: the one reader of user-keyed records.
 */
export function recordSchema<V extends z.core.$ZodType>(
  value: V,
  options: RecordSchemaOptions = {},
) {
  const schema = plainRecordReader(options, (input, issues) => {
    const output = emptyRecord<z.output<V>>();
    readEntries(input, value, options, issues, (key, read) => {
      output[key] = read;
    });
    return output as Readonly<Record<string, z.output<V>>>;
  });
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'record', value, ...options });
  return schema;
}

/**
 * {@link recordSchema} read into a `Map` (in key order), for readers that look entries up in
 * hot loops. Internal.
 */
export function mapSchema<V extends z.core.$ZodType>(value: V, options: RecordSchemaOptions = {}) {
  const schema = plainRecordReader(options, (input, issues) => {
    const output = new Map<string, z.output<V>>();
    readEntries(input, value, options, issues, (key, read) => {
      output.set(key, read);
    });
    return output as ReadonlyMap<string, z.output<V>>;
  });
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'record', value, ...options });
  return schema;
}
