import type { Decimal } from '../core/decimal.js';
import { plainDecimal } from '../core/fast-decimal.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  pledgeChannels,
  pledgeEffects,
} from '../core/pledge-channel.js';
import { emptyRecord, isPlainRecord } from '../core/record.js';
import { hasVisible } from '../core/schemas.js';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { DEFAULT_ORIGIN, lineOf } from './assemble-valuation.js';
import type { ValuationLine } from './types.js';

// The lean reader of a stored valuation line, for the snapshot reader's hot loop: a line with
// only the keys every line has (no years, note or pledger) whose fields are all as the
// line schema wants them becomes the live line straight away, without a parse result per field.
// It accepts only what the schema accepts and gives the same line; for anything else it gives
// `undefined`, and the caller reads the line with the schema (which words any problem).

/** A stored figure as the figure schema reads it, or `undefined` when it would refuse it. */
function figureOf(value: unknown): Decimal | undefined {
  if (typeof value === 'string') {
    const plain = plainDecimal(value);
    if (plain !== undefined) return plain;
  }
  const read = readNumeric(value, 'figure');
  return isNumericProblem(read) ? undefined : read;
}

/** A stored figure that is not negative, or `undefined`. */
function positiveOf(value: unknown): Decimal | undefined {
  const figure = figureOf(value);
  return figure === undefined || figure.s < 0 ? undefined : figure;
}

/** A line's text fields: text, as `textSchema` reads it. */
const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * What the lines read so far share, as a valuation's lines do: the Decimal of each proxy value
 * and share written (one per measure, mostly), and the frozen record of each set of tags.
 * Internal.
 */
export interface LineReading {
  /** The keys every line has (those the line schema requires). */
  readonly keys: ReadonlySet<string>;
  readonly figures: Map<string, Decimal>;
  /** The shares read, each at most 1. */
  readonly shares: Map<string, Decimal>;
  /** Each set of tags read, by its JSON. */
  readonly tagSets: Map<string, Readonly<Record<string, string>>>;
}

/** A reading of no lines yet, of lines with `keys` (those the line schema requires). Internal. */
export function lineReading(keys: readonly string[]): LineReading {
  return {
    keys: new Set(keys),
    figures: new Map(),
    shares: new Map(),
    tagSets: new Map(),
  };
}

/** A share from 0 to 1. */
function shareOf(value: unknown): Decimal | undefined {
  const share = positiveOf(value);
  return share === undefined || share.gt(1) ? undefined : share;
}

/** A figure that lines repeat (a proxy value, a share), read once per text by `read`. */
function sharedOf(
  figures: Map<string, Decimal>,
  value: unknown,
  read: (value: unknown) => Decimal | undefined,
): Decimal | undefined {
  if (typeof value !== 'string') return read(value);
  let figure = figures.get(value);
  if (figure === undefined) {
    figure = read(value);
    if (figure !== undefined) figures.set(value, figure);
  }
  return figure;
}

/** Tags as `recordSchema(idSchema)` reads them, frozen (one record per set), or `undefined`. */
function tagsOf(
  reading: LineReading,
  value: unknown,
): Readonly<Record<string, string>> | undefined {
  if (!isPlainRecord(value)) return undefined;
  const names = Object.keys(value);
  const read = (name: string) => typeof value[name] === 'string' && hasVisible(value[name]);
  if (!names.every((name) => read(name) && name.trim() !== '')) return undefined;
  // Names and values are text: the JSON of the record is the set.
  const set = JSON.stringify(value);
  let tags = reading.tagSets.get(set);
  if (tags === undefined) {
    const record = emptyRecord<string>();
    for (const name of names) record[name] = value[name] as string;
    tags = Object.freeze(record);
    reading.tagSets.set(set, tags);
  }
  return tags;
}

/**
 * The live line of a stored line of the common form (see above), as the snapshot reader builds
 * it from the line schema's output; `undefined` for any other value. Internal.
 */
export function leanLine(reading: LineReading, value: unknown): ValuationLine | undefined {
  if (!isPlainRecord(value)) return undefined;
  let keys = 0;
  // The keys the strict line schema reads (own and inherited enumerable ones, as `for…in`).
  for (const key in value) {
    if (!reading.keys.has(key)) return undefined;
    keys += 1;
  }
  if (keys !== reading.keys.size) return undefined;
  const { index, measure, title, unit, theme, themeName, valueType, channel, effect } = value;
  if (
    typeof index !== 'number' ||
    !Number.isSafeInteger(index) ||
    index < 0 ||
    !isText(measure) ||
    !isText(title) ||
    !isText(unit) ||
    !isText(theme) ||
    !isText(themeName) ||
    !valueTypes.includes(valueType as ValueType) ||
    !pledgeChannels.includes(channel as PledgeChannel) ||
    !pledgeEffects.includes(effect as PledgeEffect)
  ) {
    return undefined;
  }
  const quantity = positiveOf(value.quantity);
  const share = sharedOf(reading.shares, value.attributionShare, shareOf);
  const proxyValue = sharedOf(reading.figures, value.proxyValue, positiveOf);
  const figure = figureOf(value.value);
  const tags = tagsOf(reading, value.tags);
  if (
    quantity === undefined ||
    share === undefined ||
    proxyValue === undefined ||
    figure === undefined ||
    tags === undefined
  ) {
    return undefined;
  }
  return lineOf(
    index,
    measure,
    title,
    unit,
    theme,
    themeName,
    valueType as ValueType,
    quantity,
    share,
    proxyValue,
    figure,
    tags,
    undefined,
    undefined,
    channel === 'tender' && effect === 'benefit'
      ? DEFAULT_ORIGIN
      : {
          channel: channel as PledgeChannel,
          effect: effect as PledgeEffect,
          pledgerKind: undefined,
          pledger: undefined,
          followUpOn: undefined,
          barriers: undefined,
        },
  );
}
