import type { Decimal } from '../core/decimal.js';
import { describeReceived } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { pledgeChannels } from '../core/pledge-channel.js';
import { readListed } from '../core/read-listed.js';
import { isPlainRecord } from '../core/record.js';
import { hasVisible, isCalendarDay } from '../core/schemas.js';
import { leanNonNegative } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber } from './calendar.js';
import { type DeliveryRead, inputSchemas } from './schemas.js';

const KEYS = /* @__PURE__ */ new Set([
  'measure',
  'date',
  'quantity',
  'line',
  'verification',
  'evidence',
  'note',
  'channel',
]);
const CHANNELS = /* @__PURE__ */ new Set<unknown>(pledgeChannels);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a real calendar day written `YYYY-MM-DD` (years 1000–9999), else
 * undefined. `days` remembers the dates already read in this call (deliveries share few dates).
 */
function calendarDay(value: string, days: Map<string, number>): number | undefined {
  const known = days.get(value);
  if (known !== undefined) return known;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || !isCalendarDay(year, month, day)) return undefined;
  const number = dayNumber(value);
  days.set(value, number);
  return number;
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * What one call has read already: the day number of each date, and the quantity of each
 * quantity written as text (deliveries share few dates and quantities). Internal.
 */
export interface ReadCache {
  /** Day numbers by ISO date. */
  readonly days: Map<string, number>;
  /** Quantities by the text they were read from. */
  readonly quantities: Map<string, Decimal>;
}

const newCache = (): ReadCache => ({ days: new Map(), quantities: new Map() });

/** A quantity of the lean path: the Decimal of a valid Numeric at least 0, else undefined. */
function quantityOf(value: unknown, cache: ReadCache): Decimal | undefined {
  if (typeof value !== 'string') return leanNonNegative(value);
  const known = cache.quantities.get(value);
  if (known !== undefined) return known;
  const quantity = leanNonNegative(value);
  if (quantity !== undefined) cache.quantities.set(value, quantity);
  return quantity;
}

/**
 * The lean path for deliveries of the usual shape: a plain object with string dates and plain
 * fields. It accepts only what the delivery schema accepts, and returns what it would; anything else
 * returns undefined and goes through the schema, so zod stays off the hot path of large
 * portfolios. The agreement is property-tested on arbitrary values. `cache` holds what this call
 * has read already. Internal.
 */
export function readDeliveryLean(
  input: unknown,
  cache: ReadCache = newCache(),
): DeliveryRead | undefined {
  if (!isPlainRecord(input)) return undefined;
  // for…in, as zod's strict check: own and inherited enumerable keys.
  for (const key in input) if (!KEYS.has(key)) return undefined;
  const { measure, date, line, verification, evidence, note, channel } = input;
  if (typeof measure !== 'string' || measure.trim() !== measure || !hasVisible(measure)) {
    return undefined;
  }
  if (typeof date !== 'string' || calendarDay(date, cache.days) === undefined) return undefined;
  const quantity = quantityOf(input.quantity, cache);
  if (quantity === undefined) return undefined;
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 0)) {
    return undefined;
  }
  if (verification !== undefined && verification !== 'verified' && verification !== 'claimed') {
    return undefined;
  }
  if (!optionalString(evidence) || !optionalString(note)) return undefined;
  if (channel !== undefined && !CHANNELS.has(channel)) return undefined;
  const read: { -readonly [K in keyof DeliveryRead]: DeliveryRead[K] } = {
    measure,
    date,
    quantity,
  };
  if (line !== undefined) read.line = line as number;
  if (verification !== undefined) read.verification = verification;
  if (evidence !== undefined) read.evidence = evidence as string;
  if (note !== undefined) read.note = note as string;
  if (channel !== undefined) read.channel = channel as DeliveryRead['channel'];
  return read;
}

/** The deliveries read, and the day number of each. Internal. */
export interface DeliveriesRead {
  /** The deliveries, validated. */
  readonly list: readonly DeliveryRead[];
  /** The day number of each delivery's date. */
  readonly days: readonly number[];
}

/**
 * Reads the deliveries: each by the lean path when it applies, else the zod schema, which
 * throws `invalid-input` with paths such as `deliveries[3].quantity`. Internal.
 */
export function readDeliveries(deliveries: unknown): DeliveriesRead {
  if (!Array.isArray(deliveries)) {
    throw fieldError(
      'invalid-input',
      'Invalid deliveries: 1 problem.',
      ['deliveries'],
      `expected a list of deliveries, received ${describeReceived(deliveries)}`,
    );
  }
  const cache = newCache();
  const list: DeliveryRead[] = new Array(deliveries.length);
  const days: number[] = new Array(deliveries.length);
  const readOne = (input: unknown, position: number): DeliveryRead =>
    readDeliveryLean(input, cache) ??
    parseInput(inputSchemas().delivery, input, 'delivery', ['deliveries', position]);
  for (let position = 0; position < deliveries.length; position += 1) {
    const read = readListed(deliveries, position, readOne, 'deliveries');
    list[position] = read;
    days[position] = cache.days.get(read.date) ?? dayNumber(read.date);
  }
  return { list, days };
}
