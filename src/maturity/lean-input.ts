import { emptyRecord } from '../core/record.js';
import type { ThemeResponse } from './types.js';

// Lean readers for the usual shapes of maturity input: they return exactly what the zod schema
// would (same keys, same order, records without prototype), or `undefined` for anything else,
// which then goes through the schema and its error messages. The agreement is property-tested on
// arbitrary values (test/maturity/lean-input.test.ts). They exist because a zod parse per theme
// answer costs more than the assessment itself.

/** An object with Object.prototype or no prototype, whose own keys are all enumerable strings. */
function isSimpleObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Reflect.ownKeys(value).length === Object.keys(value).length;
}

/**
 * A record without prototype of every value read by `read`, or undefined when the object is not
 * simple or `read` gives undefined for one of its values. Internal.
 */
export function leanRecord<T>(
  value: unknown,
  read: (item: unknown) => T | undefined,
): Record<string, T> | undefined {
  if (!isSimpleObject(value)) return undefined;
  const output = emptyRecord<T>();
  for (const key of Object.keys(value)) {
    const item = read(value[key]);
    if (item === undefined) return undefined;
    output[key] = item;
  }
  return output;
}

/** The value when it is a string. Internal. */
export const leanString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const leanBoolean = (value: unknown): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

function leanStrings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const output: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') return undefined;
    output.push(item);
  }
  return output;
}

/**
 * The reader of each key of a theme's answer, in the schema's order (the order of the output's
 * keys). A key given as `undefined` is kept as `undefined`, as the schema keeps it.
 */
const RESPONSE_FIELDS: Readonly<Record<keyof ThemeResponse, (value: unknown) => unknown>> = {
  met: (met) => (Array.isArray(met) ? leanStrings(met) : leanRecord(met, leanBoolean)),
  level: leanString,
  evidence: (evidence) => leanRecord(evidence, leanString),
  note: leanString,
};

/** One theme's answer (a level id, or `{ met, level, evidence, note }`), as the schema reads it. */
export function leanAnswer(value: unknown): ThemeResponse | string | undefined {
  if (typeof value === 'string') return value;
  if (!isSimpleObject(value)) return undefined;
  for (const key of Object.keys(value)) if (!Object.hasOwn(RESPONSE_FIELDS, key)) return undefined;
  const output: Record<string, unknown> = {};
  for (const key in RESPONSE_FIELDS) {
    if (!Object.hasOwn(value, key)) continue;
    const given = value[key];
    const item =
      given === undefined ? undefined : RESPONSE_FIELDS[key as keyof ThemeResponse](given);
    if (given !== undefined && item === undefined) return undefined;
    output[key] = item;
  }
  return output as ThemeResponse;
}
