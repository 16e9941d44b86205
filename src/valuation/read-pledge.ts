import type { Decimal } from '../core/decimal.js';
import { plainDecimal, plainNumber } from '../core/fast-decimal.js';
import { isPlainRecord } from '../core/record.js';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { pledgeSchema } from './schemas.js';

/** A validated pledge (every field present, so every read pledge has one shape). Internal. */
export interface ReadPledge {
  readonly measure: string;
  /** The quantity, or `undefined` when given by year. */
  readonly quantity: Decimal | undefined;
  /** `[year label, quantity]` in the input's order. */
  readonly years: readonly (readonly [string, Decimal])[] | undefined;
  readonly attributionShare: Decimal | undefined;
  /** The tags as read (the caller's record on the lean path: read, never kept or changed). */
  readonly tags: Readonly<Record<string, string>> | undefined;
  /** The tags' names in key order (present with `tags`). */
  readonly tagNames: readonly string[] | undefined;
  readonly note: string | undefined;
}

/** Printable ASCII at both ends, so trimming would not change the code (else: zod path). */
function isPlainCode(code: string): boolean {
  if (code === '') return false;
  const first = code.charCodeAt(0);
  const last = code.charCodeAt(code.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

/** A number at least 0 as the schema reads it, else `undefined` (the schema then says why). */
function leanQuantity(value: unknown): Decimal | undefined {
  const read =
    typeof value === 'string'
      ? plainDecimal(value)
      : typeof value === 'number'
        ? plainNumber(value)
        : undefined;
  if (read === undefined) return leanNonNegative(value);
  return read.s < 0 ? undefined : read;
}

/** A fraction from 0 to 1 as the schema reads it, else `undefined`. */
function leanShare(value: unknown): Decimal | undefined {
  const share = leanQuantity(value);
  if (share === undefined) return undefined;
  // At most 1: below 1 (exponent < 0), or one word 0 or 1 (exponent 0).
  return share.e < 0 || (share.e === 0 && share.d.length === 1 && share.d[0]! <= 1)
    ? share
    : undefined;
}

/** The names of a plain record of strings, else `undefined`. */
function leanTagNames(value: unknown): string[] | undefined {
  if (!isPlainRecord(value)) return undefined;
  const names = Object.keys(value);
  for (const name of names) if (typeof value[name] !== 'string') return undefined;
  return names;
}

/** Years as the schema reads them (a list, or a record with non-empty keys), else `undefined`. */
function leanYears(value: unknown): (readonly [string, Decimal])[] | undefined {
  const years: (readonly [string, Decimal])[] = [];
  if (Array.isArray(value)) {
    for (let year = 0; year < value.length; year += 1) {
      const quantity = leanQuantity(value[year]);
      if (quantity === undefined) return undefined;
      years.push([String(year + 1), quantity]);
    }
    return years;
  }
  if (!isPlainRecord(value)) return undefined;
  for (const label of Object.keys(value)) {
    const quantity = label === '' ? undefined : leanQuantity(value[label]);
    if (quantity === undefined) return undefined;
    years.push([label, quantity]);
  }
  return years;
}

/**
 * The lean path for pledges that are plain objects with plain values: it accepts only what
 * `pledgeSchema` accepts and returns what it would return (a property test holds it to that on
 * any value); anything else, and every error, goes through the schema. Internal.
 */
export function readPledgeLean(input: unknown): ReadPledge | undefined {
  if (!isPlainRecord(input)) return undefined;
  for (const key in input) {
    if (
      key !== 'measure' &&
      key !== 'quantity' &&
      key !== 'tags' &&
      key !== 'note' &&
      key !== 'attributionShare' &&
      key !== 'years'
    ) {
      return undefined;
    }
  }
  const measure = input.measure;
  if (typeof measure !== 'string' || !isPlainCode(measure)) return undefined;
  const note = input.note;
  if (note !== undefined && typeof note !== 'string') return undefined;
  let quantity: Decimal | undefined;
  let years: (readonly [string, Decimal])[] | undefined;
  if (input.years === undefined) {
    quantity = leanQuantity(input.quantity);
    if (quantity === undefined) return undefined;
  } else {
    if (input.quantity !== undefined) return undefined;
    years = leanYears(input.years);
    if (years === undefined) return undefined;
  }
  let attributionShare: Decimal | undefined;
  if (input.attributionShare !== undefined) {
    attributionShare = leanShare(input.attributionShare);
    if (attributionShare === undefined) return undefined;
  }
  let tags: Readonly<Record<string, string>> | undefined;
  let tagNames: string[] | undefined;
  if (input.tags !== undefined) {
    tagNames = leanTagNames(input.tags);
    if (tagNames === undefined) return undefined;
    tags = input.tags as Readonly<Record<string, string>>;
  }
  return { measure, quantity, years, attributionShare, tags, tagNames, note };
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
    quantity: parsed.quantity,
    years,
    attributionShare: parsed.attributionShare,
    tags: parsed.tags,
    tagNames: parsed.tags === undefined ? undefined : Object.keys(parsed.tags),
    note: parsed.note,
  };
}
