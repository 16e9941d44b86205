import type { Decimal } from '../core/decimal.js';
import { isPlainRecord } from '../core/record.js';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { pledgeSchema } from './schemas.js';

/** A pledge's tags as read, each name and value once: `[name, value]` in key order. Internal. */
export type ReadTags = readonly (readonly [string, string])[];

/** A validated pledge. Internal. */
export interface ReadPledge {
  readonly measure: string;
  readonly quantity?: Decimal;
  readonly years?: readonly (readonly [string, Decimal])[];
  readonly attributionShare?: Decimal;
  readonly tags?: ReadTags;
  readonly note?: string;
}

/** Printable ASCII at both ends, so trimming would not change the code (else: zod path). */
function isPlainCode(code: string): boolean {
  if (code === '') return false;
  const first = code.charCodeAt(0);
  const last = code.charCodeAt(code.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** Tags read once each; `false` when they are not a plain record of strings. */
function leanTags(value: unknown): ReadTags | false {
  if (!isPlainRecord(value)) return false;
  const entries: (readonly [string, string])[] = [];
  for (const name of Object.keys(value)) {
    const tag = value[name];
    if (typeof tag !== 'string') return false;
    entries.push([name, tag]);
  }
  return entries;
}

/** The {@link ReadTags} of tags the schema has already read. */
function tagsOf(tags: Readonly<Record<string, string>>): ReadTags {
  return Object.keys(tags).map((name) => [name, tags[name]!] as const);
}

/**
 * The lean path for the common shape `{ measure, quantity, tags?, note? }` as a plain object.
 * It accepts only what `pledgeSchema` accepts and returns what it would return (a property test
 * holds it to that on any value); anything else, and every error, goes through the schema.
 * Internal.
 */
export function readPledgeLean(input: unknown): ReadPledge | undefined {
  if (!isPlainRecord(input)) return undefined;
  for (const key in input) {
    if (key !== 'measure' && key !== 'quantity' && key !== 'tags' && key !== 'note') {
      return undefined;
    }
  }
  const measure = input.measure;
  if (typeof measure !== 'string' || !isPlainCode(measure)) return undefined;
  const quantity = leanNonNegative(input.quantity);
  if (quantity === undefined) return undefined;
  const note = input.note;
  if (note !== undefined && typeof note !== 'string') return undefined;
  if (input.tags === undefined) {
    return note === undefined ? { measure, quantity } : { measure, quantity, note };
  }
  const tags = leanTags(input.tags);
  if (tags === false) return undefined;
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
        : Object.entries(parsed.years as Readonly<Record<string, Decimal>>);
  return {
    measure: parsed.measure,
    ...(parsed.quantity === undefined ? {} : { quantity: parsed.quantity }),
    ...(years === undefined ? {} : { years }),
    ...(parsed.attributionShare === undefined ? {} : { attributionShare: parsed.attributionShare }),
    ...(parsed.tags === undefined ? {} : { tags: tagsOf(parsed.tags) }),
    ...(parsed.note === undefined ? {} : { note: parsed.note }),
  };
}
