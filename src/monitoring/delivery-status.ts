import { z } from 'zod';
import type { Decimal, Numeric } from '../core/decimal.js';
import { formatPercent } from '../core/format-percent.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';
import { fieldError } from './input-error.js';
import { thresholdsSchema } from './schemas.js';
import type { DeliveryStatus, StatusThresholds } from './types.js';

/**
 * The statuses in order, from nothing delivered to more than pledged: a status never moves
 * down this list when more is delivered.
 *
 * @example
 * ```ts
 * import { deliveryStatuses } from 'social-value';
 *
 * deliveryStatuses.indexOf('at-risk') < deliveryStatuses.indexOf('on-track'); // => true
 * ```
 */
export const deliveryStatuses: readonly DeliveryStatus[] = Object.freeze([
  'not-started',
  'behind',
  'at-risk',
  'on-track',
  'complete',
  'over-delivered',
]);

/**
 * Input of {@link deliveryStatus}: quantities of one pledge.
 *
 * @example
 * ```ts
 * import type { DeliveryStatusInput } from 'social-value';
 *
 * const input: DeliveryStatusInput = { delivered: 6, expected: 8, commitment: 24 };
 * input.commitment; // => 24
 * ```
 */
export interface DeliveryStatusInput {
  /** The quantity delivered so far. */
  readonly delivered: Numeric;
  /** The quantity expected by now. */
  readonly expected: Numeric;
  /** The quantity due over the whole contract. */
  readonly commitment: Numeric;
}

/**
 * A status with its explanation.
 *
 * @example
 * ```ts
 * import { deliveryStatus, type DeliveryStatusResult } from 'social-value';
 *
 * const result: DeliveryStatusResult = deliveryStatus({ delivered: 0, expected: 8, commitment: 24 });
 * result.status; // => 'not-started'
 * ```
 */
export interface DeliveryStatusResult {
  /** The status. */
  readonly status: DeliveryStatus;
  /** Delivered ÷ expected; `null` when nothing is expected yet. */
  readonly pace: Decimal | null;
  /** Why, with the figures and the threshold applied. */
  readonly reason: string;
}

/** Validated thresholds with defaults. Internal. */
export interface ResolvedThresholds {
  /** On-track threshold. */
  readonly onTrack: Decimal;
  /** At-risk threshold. */
  readonly atRisk: Decimal;
}

/** Applies defaults and checks at-risk ≤ on-track. Internal. */
export function resolveThresholds(
  thresholds: z.output<typeof thresholdsSchema> | undefined,
  root: readonly PropertyKey[],
): ResolvedThresholds {
  const onTrack = thresholds?.onTrack ?? DEFAULT_ON_TRACK;
  const atRisk = thresholds?.atRisk ?? DEFAULT_AT_RISK;
  if (atRisk.gt(onTrack)) {
    throw fieldError(
      'invalid-input',
      'Invalid thresholds: at-risk is above on-track.',
      [...root, 'atRisk'],
      `expected at most the on-track threshold ${onTrack.toString()}, received ${atRisk.toString()}`,
    );
  }
  return { onTrack, atRisk };
}

const DEFAULT_ON_TRACK = numericSchema().parse('0.9');
const DEFAULT_AT_RISK = numericSchema().parse('0.75');

/** A quantity for a sentence: at most 6 significant digits (exact figures are in the result). */
const shown = (quantity: Decimal) => quantity.toSignificantDigits(6).toString();

/** The status of validated quantities. Internal, shared with trackDelivery. */
export function statusOf(
  delivered: Decimal,
  expected: Decimal,
  commitment: Decimal,
  thresholds: ResolvedThresholds,
): DeliveryStatusResult {
  const pace = expected.isZero() ? null : delivered.div(expected);
  const of = `${shown(delivered)} of ${shown(commitment)} delivered`;
  const done = (status: DeliveryStatus, reason: string) => ({ status, pace, reason });
  if (delivered.gt(commitment)) return done('over-delivered', `${of}: more than pledged.`);
  if (delivered.eq(commitment)) return done('complete', `${of}: the pledge is met.`);
  if (delivered.isZero())
    return done('not-started', `Nothing delivered yet of ${shown(commitment)}.`);
  if (pace === null) {
    return done('on-track', `${of}; nothing was expected yet.`);
  }
  const against = `${of}, ${shown(expected)} expected by now: pace ${formatPercent(pace)}`;
  if (pace.gte(thresholds.onTrack)) {
    return done(
      'on-track',
      `${against}, at or above the on-track threshold of ${formatPercent(thresholds.onTrack)}.`,
    );
  }
  if (pace.gte(thresholds.atRisk)) {
    return done(
      'at-risk',
      `${against}, below ${formatPercent(thresholds.onTrack)} but at or above the at-risk threshold of ${formatPercent(thresholds.atRisk)}.`,
    );
  }
  return done(
    'behind',
    `${against}, below the at-risk threshold of ${formatPercent(thresholds.atRisk)}.`,
  );
}

const statusInputSchema = z.object({
  quantities: z.object({
    delivered: numericSchema({ min: 0 }),
    expected: numericSchema({ min: 0 }),
    commitment: numericSchema({ min: 0 }),
  }),
  thresholds: thresholdsSchema.optional(),
});

/**
 * The status of one pledge from its quantities: `over-delivered` above the commitment,
 * `complete` at it, `not-started` with nothing delivered, and otherwise by pace (delivered ÷
 * expected to date): `on-track` from `onTrack` (default 0.9), `at-risk` from `atRisk` (default
 * 0.75), `behind` below. With nothing expected yet, any delivery is on track. The thresholds
 * are the library's defaults, not a published standard. More delivered never gives a lower
 * status (see {@link deliveryStatuses} for the order).
 *
 * @param quantities - Delivered, expected to date and the whole commitment.
 * @param thresholds - Pace thresholds.
 * @returns The status, the pace and the reason.
 * @throws SocialValueError `invalid-input` for negative quantities or inconsistent thresholds.
 *
 * @example
 * ```ts
 * import { deliveryStatus } from 'social-value';
 *
 * deliveryStatus({ delivered: 6, expected: 8, commitment: 24 }).status; // => 'at-risk'
 * deliveryStatus({ delivered: 8, expected: 8, commitment: 24 }).status; // => 'on-track'
 * deliveryStatus({ delivered: 25, expected: 8, commitment: 24 }).status; // => 'over-delivered'
 * deliveryStatus({ delivered: 6, expected: 8, commitment: 24 }, { atRisk: '0.8' }).status; // => 'behind'
 * ```
 */
export function deliveryStatus(
  quantities: DeliveryStatusInput,
  thresholds?: StatusThresholds,
): DeliveryStatusResult {
  const input = parseInput(statusInputSchema, { quantities, thresholds }, 'delivery status input');
  const resolved = resolveThresholds(input.thresholds, ['thresholds']);
  const { delivered, expected, commitment } = input.quantities;
  return deepFreeze(statusOf(delivered, expected, commitment, resolved));
}
