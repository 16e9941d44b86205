import { isPlainRecord } from '../core/record.js';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { type DeliveryRead, inputSchemas } from './schemas.js';

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
 * The lean path for deliveries of the usual shape: a plain object with string dates and plain
 * fields. It accepts only what the delivery schema accepts, and returns what it would; anything else
 * returns undefined and goes through the schema, so zod stays off the hot path of large
 * portfolios. The agreement is property-tested on arbitrary values. Internal.
 */
export function readDeliveryLean(input: unknown): DeliveryRead | undefined {
  if (!isPlainRecord(input)) return undefined;
  // for…in, as zod's strict check: own and inherited enumerable keys.
  for (const key in input) if (!KEYS.has(key)) return undefined;
  const { measure, date, line, verification, evidence, note } = input;
  if (typeof measure !== 'string' || measure === '' || measure.trim() !== measure) {
    return undefined;
  }
  if (typeof date !== 'string' || !isCalendarDay(date)) return undefined;
  const quantity = leanNonNegative(input.quantity);
  if (quantity === undefined) return undefined;
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 0)) {
    return undefined;
  }
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
export function readDelivery(input: unknown, index: number): DeliveryRead {
  return (
    readDeliveryLean(input) ??
    parseInput(inputSchemas().delivery, input, 'delivery', ['deliveries', index])
  );
}
