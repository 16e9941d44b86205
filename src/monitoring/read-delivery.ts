import type { z } from 'zod';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { deliverySchema } from './schemas.js';

/** A validated delivery. Internal. */
export type ReadDelivery = z.output<typeof deliverySchema>;

const KEYS = new Set(['measure', 'date', 'quantity', 'line', 'verification', 'evidence', 'note']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (years 1000–9999), else false. */
function isCalendarDay(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * The lean path for deliveries of the usual shape: it accepts only what `deliverySchema`
 * accepts (string dates, plain fields) and returns what it would; anything else returns
 * undefined and goes through the schema. Zod stays off the hot path of large portfolios.
 * Internal.
 */
export function readDeliveryLean(input: unknown): ReadDelivery | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const record = input as Record<string, unknown>;
  for (const key in record) if (!KEYS.has(key)) return undefined;
  const { measure, date, line, verification, evidence, note } = record;
  if (typeof measure !== 'string' || measure.trim() === '' || measure.trim() !== measure) {
    return undefined;
  }
  if (typeof date !== 'string' || !isCalendarDay(date)) return undefined;
  const quantity = leanNonNegative(record.quantity);
  if (quantity === undefined) return undefined;
  if (line !== undefined && !(Number.isInteger(line) && (line as number) >= 0)) return undefined;
  if (verification !== undefined && verification !== 'verified' && verification !== 'claimed') {
    return undefined;
  }
  if (!optionalString(evidence) || !optionalString(note)) return undefined;
  return {
    measure,
    date,
    quantity,
    ...(line === undefined ? {} : { line: line as number }),
    ...(verification === undefined ? {} : { verification }),
    ...(evidence === undefined ? {} : { evidence: evidence as string }),
    ...(note === undefined ? {} : { note: note as string }),
  };
}

/**
 * Reads delivery `index`: the lean path when it applies, else the zod schema, which throws
 * `invalid-input` with paths such as `deliveries[3].quantity`. Internal.
 */
export function readDelivery(input: unknown, index: number): ReadDelivery {
  return (
    readDeliveryLean(input) ??
    parseInput(deliverySchema, input, 'delivery tracking input', ['deliveries', index])
  );
}
