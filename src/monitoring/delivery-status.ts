import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { figuresApart, percentsApart } from '../core/figures-apart.js';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { divide } from '../core/numeric-domain.js';
import { numericSchema } from '../core/schemas.js';
import { figureText, percentText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { inputSchemas, plainObject, type ThresholdsRead } from './schemas.js';
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
export const deliveryStatuses: readonly DeliveryStatus[] = /* @__PURE__ */ Object.freeze([
  'not-started',
  'behind',
  'at-risk',
  'on-track',
  'complete',
  'over-delivered',
]);

/** Input of {@link deliveryStatus}: quantities of one pledge. */
export interface DeliveryStatusInput {
  /** The quantity delivered so far. */
  readonly delivered: Numeric;
  /** The quantity expected by now. */
  readonly expected: Numeric;
  /** The quantity due over the whole contract. */
  readonly commitment: Numeric;
}

/** A status with its explanation: what {@link deliveryStatus} returns. */
export interface DeliveryStatusResult {
  /** Marks the object as a delivery status. */
  readonly kind: 'delivery-status';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The status. */
  readonly status: DeliveryStatus;
  /** Delivered ÷ expected (the pace); `null` when nothing is expected yet. */
  readonly deliveryRatio: Decimal | null;
  /** Why, with the figures and the threshold applied. */
  readonly reason: string;
}

/** A status worked out, before it is wrapped as a result. Internal. */
export type StatusOf = Pick<DeliveryStatusResult, 'status' | 'deliveryRatio' | 'reason'>;

/** Validated thresholds with defaults, and as sentences print them. Internal. */
export interface ResolvedThresholds {
  /** On-track threshold. */
  readonly onTrackRatio: Decimal;
  /** At-risk threshold. */
  readonly atRiskRatio: Decimal;
  /** The on-track threshold as a percentage. */
  readonly onTrackText: string;
  /** The at-risk threshold as a percentage. */
  readonly atRiskText: string;
}

const DEFAULT_ON_TRACK = /* @__PURE__ */ new Decimal('0.9');
const DEFAULT_AT_RISK = /* @__PURE__ */ new Decimal('0.75');

/** Applies defaults and checks at-risk ≤ on-track. Internal. */
export function resolveThresholds(
  thresholds: ThresholdsRead | undefined,
  root: readonly PropertyKey[],
): ResolvedThresholds {
  const onTrackRatio = thresholds?.onTrackRatio ?? DEFAULT_ON_TRACK;
  const atRiskRatio = thresholds?.atRiskRatio ?? DEFAULT_AT_RISK;
  if (atRiskRatio.gt(onTrackRatio)) {
    // Name the threshold the caller wrote, and a default it is out of order with as the default.
    const onTrackOnly = thresholds?.atRiskRatio === undefined;
    const atRiskOnly = thresholds?.onTrackRatio === undefined;
    throw fieldError(
      'invalid-input',
      'Invalid thresholds: at-risk is above on-track.',
      [...root, onTrackOnly ? 'onTrackRatio' : 'atRiskRatio'],
      onTrackOnly
        ? `expected at least the default at-risk threshold ${atRiskRatio.toString()} (give atRiskRatio too), received ${onTrackRatio.toString()}`
        : `expected at most the ${atRiskOnly ? 'default ' : ''}on-track threshold ${onTrackRatio.toString()}${atRiskOnly ? ' (give onTrackRatio too)' : ''}, received ${atRiskRatio.toString()}`,
    );
  }
  return {
    onTrackRatio,
    atRiskRatio,
    onTrackText: percent(onTrackRatio),
    atRiskText: percent(atRiskRatio),
  };
}

const percent = (fraction: Decimal) => percentText(fraction, 1);

/**
 * A quantity as sentences print it (4 places), never one above 0 as 0: `less than 0.0001`
 * (`Less…` to start a sentence).
 */
function quantityText(quantity: Decimal, first = false): string {
  if (quantity.isZero() || quantity.abs().gte('0.00005')) return figureText(quantity);
  return `${first ? 'L' : 'l'}ess than 0.0001`;
}

/**
 * `6 of 24`: a quantity delivered and the commitment as sentences print them, never two
 * different ones alike ("24 of 24" for 24.00001, more than pledged, or 23.99999). Internal: the
 * reasons of statuses and follow-ups.
 */
export function quantitiesText(delivered: Decimal, commitment: Decimal, first = false): string {
  let [part, whole] = [quantityText(delivered, first), quantityText(commitment)];
  if (part.toLowerCase() === whole && !delivered.eq(commitment)) {
    [part, whole] = figuresApart(delivered, commitment, figureText, 5);
  }
  return `${part} of ${whole}`;
}

/**
 * `6 of 24 delivered, 8 expected by now: pace 75%`: a reason up to and with its pace, the text
 * of `from` up to its first `%` (`from` is the pace, or a stored reason from its pace on). The
 * quantities are written to 4 places, or exactly where delivered ÷ expected from their 4-place
 * figures would not be written as that pace to its places, or expected is 0 at 4 places (never
 * "0.9 of 1 delivered, 1 expected by now: pace 89.999%" for 0.89999): delivered then with the
 * commitment to at least 4 places and as many more as tell them apart, as
 * {@link quantitiesText} does. Internal: statuses, and stored reasons checked against their own
 * pace (the thresholds, which set it, are not stored).
 */
export function paceStart(
  delivered: Decimal,
  expected: Decimal,
  commitment: Decimal,
  from: string,
): string {
  const pace = from.slice(0, from.indexOf('%') + 1);
  // Half-up (4) to 4 places, and the places the pace is written to: `89.999%` 3, `90%` 0
  // (`less than 0.1%` 1).
  const whole = expected.toDP(4, 4);
  const exact =
    whole.isZero() ||
    percentText(delivered.toDP(4, 4).div(whole), (pace.split('.')[1]?.length ?? 1) - 1) !== pace;
  const quantities = exact
    ? figuresApart(delivered, commitment, figureText, Math.max(4, delivered.decimalPlaces())).join(
        ' of ',
      )
    : quantitiesText(delivered, commitment, true);
  const by = exact ? figureText(expected, expected.decimalPlaces()) : quantityText(expected);
  return `${quantities} delivered, ${by} expected by now: pace ${pace}`;
}

/** A ratio as its exact dividend and divisor, before its one division. Internal. */
export type RatioParts = readonly [dividend: Decimal, divisor: Decimal];

/**
 * The status of validated quantities; `ratioOf` gives delivered ÷ the exact quantity expected
 * (when `expected` is its rounded figure) as a dividend and a divisor. The pace is compared with
 * each threshold exactly, as dividend ≥ divisor × threshold, not through its figure rounded to
 * 34 digits. Internal, shared with trackDelivery.
 */
export function statusOf(
  delivered: Decimal,
  expected: Decimal,
  commitment: Decimal,
  thresholds: ResolvedThresholds,
  ratioOf = (quantity: Decimal): RatioParts => [quantity, expected],
): StatusOf {
  const parts = expected.isZero() ? null : ratioOf(delivered);
  const deliveryRatio = parts && divide(...parts);
  const done = (status: DeliveryStatus, reason: string): StatusOf => ({
    status,
    deliveryRatio,
    reason,
  });
  const of = () => `${quantitiesText(delivered, commitment, true)} delivered`;
  if (delivered.gt(commitment)) return done('over-delivered', `${of()}: more than pledged.`);
  if (delivered.eq(commitment)) return done('complete', `${of()}: the pledge is met.`);
  if (delivered.isZero()) {
    return done('not-started', `Nothing delivered yet of ${quantityText(commitment)}.`);
  }
  if (parts === null) return done('on-track', `${of()}; nothing was expected yet.`);
  const against = (pace: string) => paceStart(delivered, expected, commitment, pace);
  const { onTrackRatio, atRiskRatio, onTrackText, atRiskText } = thresholds;
  const [dividend, divisor] = parts;
  // A pace below a threshold, written to the places that tell them apart from its 200 digits.
  const pace = new Decimal(dividend).div(divisor);
  if (dividend.gte(divisor.times(onTrackRatio))) {
    return done(
      'on-track',
      `${against(percent(deliveryRatio!))}, at or above the on-track threshold of ${onTrackText}.`,
    );
  }
  if (dividend.gte(divisor.times(atRiskRatio))) {
    const [text, limit] = percentsApart(pace, onTrackRatio);
    return done(
      'at-risk',
      `${against(text)}, below ${limit} but at or above the at-risk threshold of ${atRiskText}.`,
    );
  }
  const [text, limit] = percentsApart(pace, atRiskRatio);
  return done('behind', `${against(text)}, below the at-risk threshold of ${limit}.`);
}

const quantitiesSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    {
      delivered: numericSchema({ min: 0 }),
      expected: numericSchema({ min: 0 }),
      commitment: numericSchema({ min: 0 }),
    },
    'quantities',
    // Thresholds given among the quantities are named where they go.
    { thresholds: () => 'give the thresholds as the second parameter' },
  ),
);
const optionalThresholds = /* @__PURE__ */ lazy(() => optionalSchema(inputSchemas().thresholds));

/**
 * The status of one pledge from its quantities: `over-delivered` above the commitment,
 * `complete` at it, `not-started` with nothing delivered, and otherwise by the delivery ratio
 * (delivered ÷ expected to date, the pace): `on-track` from `onTrackRatio` (default 0.9),
 * `at-risk` from `atRiskRatio` (default 0.75), `behind` below. With nothing expected yet, any
 * delivery is on track. The thresholds are the library's defaults, not a published standard.
 * The pace is compared with them exactly (delivered ≥ threshold × expected), not through
 * `deliveryRatio`, its figure rounded to 34 significant digits. The reason writes delivered and
 * expected to 4 places, or exactly where those would not give the pace it writes (`0.89999 of 1
 * delivered, 1 expected by now: pace 89.999%`).
 * More delivered never gives a lower status (see {@link deliveryStatuses} for the order).
 *
 * @param quantities - Delivered, expected to date and the whole commitment.
 * @param thresholds - Delivery-ratio thresholds, fractions from above 0 to 1.
 * @returns The status, the delivery ratio and the reason.
 * @throws SocialValueError `invalid-input` for negative quantities, more expected by now than the
 * commitment, a threshold that is not a fraction, or at-risk above on-track.
 *
 * @example
 * ```ts
 * import { deliveryStatus } from 'social-value';
 *
 * deliveryStatus({ delivered: 6, expected: 8, commitment: 24 }).status; // => 'at-risk'
 * deliveryStatus({ delivered: 8, expected: 8, commitment: 24 }).status; // => 'on-track'
 * deliveryStatus({ delivered: 25, expected: 8, commitment: 24 }).status; // => 'over-delivered'
 * deliveryStatus({ delivered: 6, expected: 8, commitment: 24 }, { atRiskRatio: '0.8' }).status; // => 'behind'
 * ```
 */
export function deliveryStatus(
  quantities: DeliveryStatusInput,
  thresholds?: StatusThresholds,
): DeliveryStatusResult {
  const what = 'delivery status input';
  const { delivered, expected, commitment } = parseInput(quantitiesSchema(), quantities, what, [
    'quantities',
  ]);
  if (expected.gt(commitment)) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery status input: more expected by now than over the contract.',
      ['quantities', 'expected'],
      `expected at most the commitment ${commitment.toString()} (the quantity due over the whole contract), received ${expected.toString()}`,
    );
  }
  const read = parseInput(optionalThresholds(), thresholds, what, ['thresholds']);
  const status = statusOf(delivered, expected, commitment, resolveThresholds(read, ['thresholds']));
  return seal(
    { kind: 'delivery-status' as const, schemaVersion: 1 as const, ...status },
    'delivery-status',
  );
}
