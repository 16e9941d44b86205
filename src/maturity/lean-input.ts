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

const RESPONSE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'met',
  'level',
  'evidence',
  'note',
]);

/** One theme's answer (a level id, or `{ met, level, evidence, note }`), as the schema reads it. */
export function leanAnswer(value: unknown): ThemeResponse | string | undefined {
  if (typeof value === 'string') return value;
  if (!isSimpleObject(value)) return undefined;
  for (const key of Object.keys(value)) if (!RESPONSE_KEYS.has(key)) return undefined;
  const output: {
    met?: readonly string[] | Record<string, boolean> | undefined;
    level?: string | undefined;
    evidence?: Record<string, string> | undefined;
    note?: string | undefined;
  } = {};
  if (Object.hasOwn(value, 'met')) {
    const met = value.met;
    if (met === undefined) output.met = undefined;
    else {
      const read = Array.isArray(met) ? leanStrings(met) : leanRecord(met, leanBoolean);
      if (read === undefined) return undefined;
      output.met = read;
    }
  }
  if (Object.hasOwn(value, 'level')) {
    if (value.level !== undefined && typeof value.level !== 'string') return undefined;
    output.level = value.level;
  }
  if (Object.hasOwn(value, 'evidence')) {
    if (value.evidence === undefined) output.evidence = undefined;
    else {
      const read = leanRecord(value.evidence, leanString);
      if (read === undefined) return undefined;
      output.evidence = read;
    }
  }
  if (Object.hasOwn(value, 'note')) {
    if (value.note !== undefined && typeof value.note !== 'string') return undefined;
    output.note = value.note;
  }
  return output;
}
