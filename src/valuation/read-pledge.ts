import type { Decimal } from '../core/decimal.js';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { pledgeSchema } from './schemas.js';

/** A validated pledge. Internal. */
export interface ReadPledge {
  readonly measure: string;
  readonly quantity?: Decimal;
  readonly years?: readonly (readonly [string, Decimal])[];
  readonly attribution?: Decimal;
  readonly tags?: Readonly<Record<string, string>>;
  readonly note?: string;
}

/** Printable ASCII at both ends, so trimming would not change the code (else: zod path). */
function isPlainCode(code: string): boolean {
  if (code === '') return false;
  const first = code.charCodeAt(0);
  const last = code.charCodeAt(code.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

function leanTags(value: unknown): Record<string, string> | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const tags: Record<string, string> = {};
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const tag = (value as Record<string, unknown>)[key];
    if (typeof tag !== 'string') return false;
    tags[key] = tag;
  }
  return tags;
}

/**
 * The lean path for the common shape `{ measure, quantity, tags?, note? }`. It accepts only
 * what `pledgeSchema` accepts and returns what it would return; anything else (years,
 * attribution, any doubtful value) returns undefined and goes through the schema. Internal.
 */
export function readPledgeLean(input: unknown): ReadPledge | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const pledge = input as Record<string, unknown>;
  const measure = pledge.measure;
  if (typeof measure !== 'string' || !isPlainCode(measure)) return undefined;
  if (pledge.years !== undefined || pledge.attribution !== undefined) return undefined;
  const quantity = leanNonNegative(pledge.quantity);
  if (quantity === undefined) return undefined;
  const note = pledge.note;
  if (note !== undefined && typeof note !== 'string') return undefined;
  const tags = leanTags(pledge.tags);
  if (tags === false) return undefined;
  if (tags === undefined)
    return note === undefined ? { measure, quantity } : { measure, quantity, note };
  return note === undefined ? { measure, quantity, tags } : { measure, quantity, tags, note };
}

/**
 * Reads pledge `index`: the lean path when it applies, else the zod schema, which throws
 * `invalid-input` with paths such as `pledges[3].quantity`. Internal.
 */
export function readPledge(input: unknown, index: number): ReadPledge {
  const lean = readPledgeLean(input);
  if (lean !== undefined) return lean;
  const parsed = parseInput(pledgeSchema, input, 'pledge', ['pledges', index]);
  const years =
    parsed.years === undefined
      ? undefined
      : Array.isArray(parsed.years)
        ? parsed.years.map((quantity, year) => [String(year + 1), quantity] as const)
        : Object.entries(parsed.years);
  return {
    measure: parsed.measure,
    ...(parsed.quantity === undefined ? {} : { quantity: parsed.quantity }),
    ...(years === undefined ? {} : { years }),
    ...(parsed.attribution === undefined ? {} : { attribution: parsed.attribution }),
    ...(parsed.tags === undefined ? {} : { tags: parsed.tags }),
    ...(parsed.note === undefined ? {} : { note: parsed.note }),
  };
}
