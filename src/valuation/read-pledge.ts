import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { plainDecimal, plainNumber } from '../core/fast-decimal.js';
import { fieldError } from '../core/issue.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  type PledgerKind,
  pledgeChannels,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { isPlainRecord } from '../core/record.js';
import { hasVisible, isoDateOf } from '../core/schemas.js';
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
  /** The tags' names in key order. */
  readonly tagNames: readonly string[] | undefined;
  /** The tags' values, each read once, in the order of `tagNames` (present with it). */
  readonly tagValues: readonly string[] | undefined;
  readonly note: string | undefined;
  /** Where the pledge comes from, when it said. */
  readonly channel: PledgeChannel | undefined;
  readonly pledgerKind: PledgerKind | undefined;
  readonly pledger: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly followUpOn: string | undefined;
  /** A copy of the pledge's list (never the caller's array). */
  readonly barriers: readonly string[] | undefined;
  readonly effect: PledgeEffect | undefined;
}

/** Where a pledge comes from and who follows it up, as read: the fields absent on most pledges. */
type Origin = Pick<
  ReadPledge,
  'channel' | 'pledgerKind' | 'pledger' | 'followUpOn' | 'barriers' | 'effect'
>;

const NO_ORIGIN: Origin = {
  channel: undefined,
  pledgerKind: undefined,
  pledger: undefined,
  followUpOn: undefined,
  barriers: undefined,
  effect: undefined,
};

/** `value` when it is one of `list` (or absent), else `false`. */
function leanChoice<T extends string>(value: unknown, list: readonly T[]): T | undefined | false {
  if (value === undefined) return undefined;
  return (list as readonly unknown[]).includes(value) ? (value as T) : false;
}

/** A copy of a list of strings, else `false` (absent: `undefined`). */
function leanTexts(value: unknown): string[] | undefined | false {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return false;
  const texts: string[] = [];
  for (let i = 0; i < value.length; i += 1) {
    if (!(i in value)) return false;
    const text: unknown = value[i];
    if (typeof text !== 'string') return false;
    texts.push(text);
  }
  return texts;
}

/** The origin fields as the schema reads them, else `undefined` (the schema then says why). */
function leanOrigin(input: Readonly<Record<string, unknown>>): Origin | undefined {
  const channel = leanChoice(input.channel, pledgeChannels);
  const pledgerKind = leanChoice(input.pledgerKind, pledgerKinds);
  const effect = leanChoice(input.effect, pledgeEffects);
  if (channel === false || pledgerKind === false || effect === false) return undefined;
  const pledger = input.pledger;
  if (pledger !== undefined && typeof pledger !== 'string') return undefined;
  let followUpOn: string | undefined;
  if (input.followUpOn !== undefined) {
    // A Date (which the schema also reads) takes the schema's path.
    if (typeof input.followUpOn !== 'string') return undefined;
    followUpOn = isoDateOf(input.followUpOn);
    if (followUpOn === undefined) return undefined;
  }
  const barriers = leanTexts(input.barriers);
  if (barriers === false) return undefined;
  return { channel, pledgerKind, pledger, followUpOn, barriers, effect };
}

/** 1 for a key of every pledge, 2 for an origin key (channel…), undefined for anything else. */
function keyKind(key: string): 1 | 2 | undefined {
  switch (key) {
    case 'measure':
    case 'quantity':
    case 'tags':
    case 'note':
    case 'attributionShare':
    case 'years':
      return 1;
    case 'channel':
    case 'pledgerKind':
    case 'pledger':
    case 'followUpOn':
    case 'barriers':
    case 'effect':
      return 2;
  }
}

/**
 * Printable ASCII at both ends, so trimming would not change the code (else: the schema path).
 * Internal: also the quick path of `toPledges`.
 */
export function isPlainCode(code: unknown): code is string {
  if (typeof code !== 'string' || code === '') return false;
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

/**
 * The values of a plain record of non-blank strings under non-blank names, each read once, in
 * the order of `names` (its keys), else `undefined`. Internal: also the quick path of
 * `toPledges`.
 */
export function leanTagValues(value: unknown, names: readonly string[]): string[] | undefined {
  const values: string[] = [];
  for (const name of names) {
    const text = (value as Readonly<Record<string, unknown>>)[name];
    if (typeof text !== 'string' || !hasVisible(text) || !hasVisible(name)) return undefined;
    values.push(text);
  }
  return values;
}

/**
 * Years as the schema reads them (a list, or a record with non-blank keys, at least one), else
 * `undefined`.
 */
function leanYears(value: unknown): (readonly [string, Decimal])[] | undefined {
  const years: (readonly [string, Decimal])[] = [];
  if (Array.isArray(value)) {
    for (let year = 0; year < value.length; year += 1) {
      const quantity = leanQuantity(value[year]);
      if (quantity === undefined) return undefined;
      years.push([String(year + 1), quantity]);
    }
  } else {
    if (!isPlainRecord(value)) return undefined;
    for (const label of Object.keys(value)) {
      const quantity = hasVisible(label) ? leanQuantity(value[label]) : undefined;
      if (quantity === undefined) return undefined;
      years.push([label, quantity]);
    }
  }
  return years.length > 0 ? years : undefined;
}

/**
 * The lean path for pledges that are plain objects with plain values: it accepts only what
 * `pledgeSchema` accepts and returns what it would return (a property test holds it to that on
 * any value); anything else, and every error, goes through the schema. Internal.
 */
export function readPledgeLean(input: unknown): ReadPledge | undefined {
  if (!isPlainRecord(input)) return undefined;
  let withOrigin = false;
  for (const key in input) {
    const kind = keyKind(key);
    if (!kind) return undefined;
    if (kind === 2) withOrigin = true;
  }
  const origin = withOrigin ? leanOrigin(input) : NO_ORIGIN;
  if (origin === undefined) return undefined;
  const measure = input.measure;
  if (!isPlainCode(measure)) return undefined;
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
  // Each read once: a getter may give another value on each read.
  let tagNames: string[] | undefined;
  let tagValues: string[] | undefined;
  const tags = input.tags;
  if (tags !== undefined) {
    if (!isPlainRecord(tags)) return undefined;
    tagNames = Object.keys(tags);
    tagValues = leanTagValues(tags, tagNames);
    if (tagValues === undefined) return undefined;
  }
  return {
    measure,
    quantity,
    years,
    attributionShare,
    tagNames,
    tagValues,
    note,
    channel: origin.channel,
    pledgerKind: origin.pledgerKind,
    pledger: origin.pledger,
    followUpOn: origin.followUpOn,
    barriers: origin.barriers,
    effect: origin.effect,
  };
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
    tagNames: parsed.tags && Object.keys(parsed.tags),
    tagValues: parsed.tags && Object.values(parsed.tags),
    note: parsed.note,
    channel: parsed.channel,
    pledgerKind: parsed.pledgerKind,
    pledger: parsed.pledger,
    followUpOn: parsed.followUpOn,
    // The schema's list is its own copy (never the caller's array).
    barriers: parsed.barriers,
    effect: parsed.effect,
  };
}

/**
 * Throws `invalid-input` at `pledges` unless it is a list; a single pledge given alone says to
 * give it in a list. Internal: `valuePledges` and the accumulator's `add`.
 */
export function checkPledgeList(pledges: unknown): void {
  if (Array.isArray(pledges)) return;
  const one = isPlainRecord(pledges) && Object.hasOwn(pledges, 'measure');
  throw fieldError(
    'invalid-input',
    'Invalid pledges: expected a list.',
    ['pledges'],
    `expected a list of pledges, received ${describeValue(pledges)}${one ? ' (one pledge: give it as [pledge])' : ''}`,
  );
}
