import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { entryOf } from '../core/map-entry.js';
import type { PledgeChannel, PledgeEffect } from '../core/pledge-channel.js';
import { didYouMean, suggest } from '../core/suggest.js';
import type { Input, Plan } from './delivery-plan.js';
import { plus } from './figures.js';
import type { YearSpan } from './financial-year.js';
import type { PledgeLines } from './pledge-lines.js';
import { findLine, type LineIndex, normalise } from './pledge-lines.js';
import type { MeasureRead } from './read-framework.js';
import type { DeliveryRead } from './schemas.js';

const ZERO = /* @__PURE__ */ new Decimal(0);

/** Quantities verified and claimed in one financial year. Internal. */
export interface YearQuantities {
  /** Verified. */
  verified: Decimal;
  /** Claimed, not verified. */
  claimed: Decimal;
}

/** What was delivered against one pledge line or unpledged measure. Internal. */
export interface Tally {
  /** Quantity verified in all. */
  verified: Decimal;
  /** Quantity claimed in all. */
  claimed: Decimal;
  /** By position in the report's financial years (only years with deliveries). */
  readonly byYear: Map<number, YearQuantities>;
  /** How many deliveries were counted. */
  count: number;
}

const newTally = (): Tally => ({ verified: ZERO, claimed: ZERO, byYear: new Map(), count: 0 });

/** Deliveries against a measure nobody pledged, through one channel. Internal. */
export interface UnpledgedTally {
  /** The framework's measure. */
  readonly measure: MeasureRead;
  /** The channel. */
  readonly channel: PledgeChannel;
  /** Set when the deliveries predate a variation adding the measure as a disbenefit. */
  readonly effect: PledgeEffect | undefined;
  /** What was delivered. */
  readonly tally: Tally;
}

/** The tallies of a report: one per pledge line, and per unpledged measure and channel. Internal. */
export interface Tallies {
  /** By line position. */
  readonly lines: readonly Tally[];
  /** By measure code of the framework and channel (`code` + newline + channel), unpledged. */
  readonly unpledged: ReadonlyMap<string, UnpledgedTally>;
  /** How many deliveries are dated after the report date. */
  readonly later: number;
}

/** The position of the year containing `day` (years in order, covering it). */
function yearPosition(years: readonly YearSpan[], day: number): number {
  let low = 0;
  let high = years.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (years[middle]!.lastDay >= day) high = middle;
    else low = middle + 1;
  }
  return low;
}

function unknownMeasure(
  delivery: DeliveryRead,
  path: readonly PropertyKey[],
  index: LineIndex,
  measures: ReadonlyMap<string, MeasureRead> | undefined,
): Error {
  const known = [...index.byCode.keys(), ...(measures?.keys() ?? [])];
  const suggestions = suggest(delivery.measure, known);
  const received = `${describeValue(delivery.measure)}${didYouMean(suggestions)}`;
  return fieldError(
    'unknown-measure',
    `No pledge or framework measure ${received}.`,
    [...path, 'measure'],
    measures === undefined
      ? `expected a pledged measure (pass options.framework to value measures nobody pledged), received ${received}`
      : `expected a pledged measure or a measure of the framework, received ${received}`,
    { measure: delivery.measure, suggestions },
  );
}

/**
 * Adds every delivery dated by the report date to its pledge line, or to the framework measure
 * nobody pledged, by financial year, verified and claimed apart. A delivery of a measure a
 * variation adds, dated before the day it was added, is one nobody pledged: valued with the
 * framework's measure, or else the new pledge's details. Throws `unknown-measure` for a
 * measure neither pledged nor in the framework, `missing-proxy` for one without a proxy,
 * `date-out-of-range` for a delivery naming an added line before it was added, and
 * `invalid-input` for a delivery naming another channel than its pledge line's. Internal.
 */
export function tallyDeliveries(input: Input, schedule: Plan, pledges: PledgeLines): Tallies {
  const { deliveries, deliveryDays: days, measures } = input;
  const { years, asOfDay } = schedule;
  const { lines, index, added } = pledges;
  const lineTallies = lines.map(newTally);
  const unpledged = new Map<string, UnpledgedTally>();
  let later = 0;
  for (let position = 0; position < deliveries.length; position += 1) {
    const delivery = deliveries[position]!;
    const day = days[position]!;
    if (day > asOfDay) {
      later += 1;
      continue;
    }
    let tally: Tally;
    // Delivered before a variation added its measure: a delivery nobody pledged, valued with
    // the framework's measure when it has a proxy value, else with the new pledge's details.
    const addition = added.get(normalise(delivery.measure));
    const early = addition !== undefined && day < addition.day;
    if (early && delivery.line !== undefined) {
      throw fieldError(
        'date-out-of-range',
        `Delivery against line ${addition.line} before it was added on ${addition.date}.`,
        ['deliveries', position, 'date'],
        `expected ${addition.date} or later, or no line (a delivery nobody pledged)`,
      );
    }
    const linePosition = early
      ? undefined
      : findLine(lines, index, delivery, ['deliveries'], position);
    if (linePosition !== undefined) {
      tally = lineTallies[linePosition]!;
      const { channel } = delivery;
      if (channel !== undefined) {
        const own = lines[linePosition]!.channel ?? 'tender';
        if (channel !== own) {
          throw fieldError(
            'invalid-input',
            `Invalid delivery: pledge line ${lines[linePosition]!.index} came through the ${own} channel.`,
            ['deliveries', position, 'channel'],
            `expected the channel of its pledge line, ${describeValue(own)}, or none, received ${describeValue(channel)}`,
          );
        }
      }
    } else {
      const known =
        early && !measures?.get(addition.code)?.proxyValue ? addition.measures : measures;
      const effect = early ? addition.effect : undefined;
      tally = unpledgedTally(unpledged, delivery, position, index, known, effect);
    }
    const year = yearPosition(years, day);
    const inYear = entryOf(tally.byYear, year, () => ({ verified: ZERO, claimed: ZERO }));
    if (delivery.verification === 'verified') {
      inYear.verified = plus(inYear.verified, delivery.quantity);
    } else {
      inYear.claimed = plus(inYear.claimed, delivery.quantity);
    }
    tally.count += 1;
  }
  // Each tally's totals are the sums of its years (exact, so equal to summing the deliveries).
  for (const tally of lineTallies) totalYears(tally);
  for (const entry of unpledged.values()) totalYears(entry.tally);
  return { lines: lineTallies, unpledged, later };
}

function totalYears(tally: Tally): void {
  for (const inYear of tally.byYear.values()) {
    tally.verified = plus(tally.verified, inYear.verified);
    tally.claimed = plus(tally.claimed, inYear.claimed);
  }
}

/** The tally of a delivery nobody pledged: its framework measure's, through its channel. */
function unpledgedTally(
  unpledged: Map<string, UnpledgedTally>,
  delivery: DeliveryRead,
  position: number,
  index: LineIndex,
  measures: ReadonlyMap<string, MeasureRead> | undefined,
  effect: PledgeEffect | undefined,
): Tally {
  const path = ['deliveries', position];
  const measure = measures?.get(normalise(delivery.measure));
  if (measure === undefined) throw unknownMeasure(delivery, path, index, measures);
  if (measure.proxyValue === null) {
    throw fieldError(
      'missing-proxy',
      `Measure ${idText(measure.code)} has no proxy value to value its delivery.`,
      [...path, 'measure'],
      `expected a measure with a proxy value (0 for record-only), received ${idText(measure.code)}`,
      { measure: measure.code },
    );
  }
  const channel = delivery.channel ?? 'tender';
  const key = `${measure.code}\n${channel}`;
  return entryOf(unpledged, key, () => ({ measure, channel, effect, tally: newTally() })).tally;
}
