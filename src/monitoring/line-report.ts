import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import { copyDefined } from './copy-defined.js';
import type { Input, Plan } from './delivery-plan.js';
import { type RatioParts, type ResolvedThresholds, statusOf } from './delivery-status.js';
import { plus, product, times } from './figures.js';
import { flat } from './flat-text.js';
import { segmentsOf, type TrackedLine } from './pledge-lines.js';
import {
  expectedBetween,
  type PledgeSegment,
  type Profile,
  pledgedYearsProfile,
} from './profile.js';
import type { PledgeLineRead } from './read-valuation.js';
import type { LineGroup, ReportGroups } from './report-groups.js';
import type { Tally } from './tally-deliveries.js';
import type { DeliveryFigures, DeliveryLine } from './types.js';

const ZERO = /* @__PURE__ */ new Decimal(0);

/** What a line says of its measure, after the code (the optional ones only when given). */
const MEASURE_FIELDS = ['title', 'unit', 'theme', 'themeName', 'valueType'] as const;

/** What a line says of its pledge, after its effect and channel. */
const PLEDGE_FIELDS = [
  'pledgerKind',
  'pledger',
  'followUpOn',
  'barriers',
  'tags',
  'proxyValue',
  'attributionShare',
] as const;

/** The profile a valuation line follows: the option's, else its pledge by year, else linear. Internal. */
export function lineProfile(
  line: PledgeLineRead,
  position: number,
  input: Input,
  schedule: Plan,
): Profile | undefined {
  const { period, profile } = schedule;
  if (period === undefined || input.options.profile !== undefined || line.years === undefined) {
    return profile;
  }
  const path = ['valuation', 'lines', position, 'years'];
  return (
    pledgedYearsProfile(line.years, period.first, period.last, schedule.startMonth, path) ?? profile
  );
}

/**
 * £ per unit counted: proxy value × attribution share, as `valuePledges` values the pledge
 * (no product when the share is 1), negative for a disbenefit (whatever the proxy's sign).
 * Internal.
 */
export function unitValueOf(line: LineSource): Decimal {
  const unit = times(line.proxyValue, line.attributionShare);
  if (line.effect !== 'disbenefit') return unit;
  return unit.isNeg() || unit.isZero() ? unit : unit.neg();
}

/** The quantities and values of a line expected over the contract and to date. Internal. */
export interface Expected {
  /** The quantity due over the whole contract. */
  readonly commitment: Decimal;
  /** The quantity expected by the report date. */
  readonly expected: Decimal;
  /** The value due over the whole contract. */
  readonly pledgedValue: Decimal;
  /** The value expected by the report date. */
  readonly expectedValue: Decimal;
  /** Delivered ÷ the quantity expected by the report date, as its exact dividend and divisor. */
  readonly pace?: (delivered: Decimal) => RatioParts;
  /** Delivered ÷ the commitment, from its exact fraction. */
  readonly progress?: (delivered: Decimal) => Decimal;
}

/**
 * What a line is expected to deliver, over the contract and to date, and within each financial
 * year (added to its group's years). Values are worked out from value segments
 * (quantity × unit value), dividing last, so a whole period's value is exact even when its
 * quantity is a recurring decimal. Without a contract period the pledge is due in full.
 */
function expectedOf(
  tracked: TrackedLine,
  position: number,
  unitValue: Decimal,
  input: Input,
  schedule: Plan,
  group: LineGroup,
): Expected {
  const { line, history } = tracked;
  const pledged = history.at(-1)!.quantity;
  const { period, elapsed } = schedule;
  const profile = tracked.ownProfile ?? lineProfile(line, position, input, schedule);
  if (period === undefined || profile === undefined) {
    const value = product(pledged, unitValue);
    return { commitment: pledged, expected: pledged, pledgedValue: value, expectedValue: value };
  }
  const segments = segmentsOf(history, period);
  const valueSegments: PledgeSegment[] = segments.map((segment) => ({
    from: segment.from,
    to: segment.to,
    quantity: product(segment.quantity, unitValue),
  }));
  const result: Expected = {
    commitment: expectedBetween(segments, profile, 0, period.days),
    expected: expectedBetween(segments, profile, 0, elapsed),
    pledgedValue: expectedBetween(valueSegments, profile, 0, period.days),
    expectedValue: expectedBetween(valueSegments, profile, 0, elapsed),
    // Ratios divide by the exact quantities, not by their figures rounded to 34 digits.
    pace: (delivered) => expectedBetween(segments, profile, 0, elapsed, delivered),
    progress: (delivered) =>
      divide(...expectedBetween(segments, profile, 0, period.days, delivered)),
  };
  schedule.years.forEach((year, index) => {
    const from = Math.max(year.firstDay - period.first, 0);
    const whole = Math.min(year.lastDay - period.first + 1, period.days);
    if (whole <= from) return;
    const toDate = Math.min(whole, elapsed);
    const expected = toDate > from ? expectedBetween(valueSegments, profile, from, toDate) : ZERO;
    const due = toDate === whole ? expected : expectedBetween(valueSegments, profile, from, whole);
    const sum = group.year(index);
    sum.expected = plus(sum.expected, expected);
    sum.pledged = plus(sum.pledged, due);
  });
  return result;
}

/**
 * Phase 4: one pledge line, against its history, profile and deliveries; its figures added to
 * the report's breakdowns and financial years. Internal.
 */
export function reportLine(
  tracked: TrackedLine,
  position: number,
  tally: Tally,
  input: Input,
  schedule: Plan,
  groups: ReportGroups,
): DeliveryLine {
  const { line } = tracked;
  const { countVerifiedOnly } = schedule;
  const group = groups.group({
    theme: line.theme,
    valueType: line.valueType,
    channel: line.channel ?? 'tender',
    effect: line.effect ?? 'benefit',
    tags: line.tags,
  });
  const unitValue = unitValueOf(line);
  const expected = expectedOf(tracked, position, unitValue, input, schedule, group);
  for (const [index, quantities] of tally.byYear) {
    const verified = times(quantities.verified, unitValue);
    const claimed = times(quantities.claimed, unitValue);
    const sum = group.year(index);
    sum.verified = plus(sum.verified, verified);
    sum.claimed = plus(sum.claimed, claimed);
    sum.delivered = plus(sum.delivered, countVerifiedOnly ? verified : plus(verified, claimed));
  }
  const result = deliveryLineOf(
    line,
    tracked.origin,
    tracked.history,
    expected,
    tally,
    countVerifiedOnly,
    schedule.thresholds,
  );
  group.sum.add(result.value);
  return result;
}

/** What a line is worked out from: its pledge (as read, or as a report stored it). Internal. */
export type LineSource = Omit<PledgeLineRead, 'quantity' | 'years'>;

/**
 * A line's figures from its pledge, history, what was expected and the quantities delivered:
 * what `trackDelivery` writes, and what a stored line is checked against. Internal.
 */
export function deliveryLineOf(
  line: LineSource,
  origin: DeliveryLine['origin'],
  history: DeliveryLine['history'],
  expected: Expected,
  tally: Pick<Tally, 'verified' | 'claimed' | 'count'>,
  countVerifiedOnly: boolean,
  thresholds: ResolvedThresholds,
): DeliveryLine {
  const effect = line.effect ?? 'benefit';
  const unitValue = unitValueOf(line);
  const delivered = countVerifiedOnly ? tally.verified : plus(tally.verified, tally.claimed);
  const { pledgedValue, expectedValue, commitment } = expected;
  const deliveredValue = product(delivered, unitValue);
  const status = statusOf(delivered, expected.expected, commitment, thresholds, expected.pace);
  const progressRatio = commitment.isZero()
    ? null
    : (expected.progress?.(delivered) ?? divide(delivered, commitment));
  const valued = !unitValue.isZero();
  // Value ratios equal the quantity ratios (both sides × the same unit value).
  const value: DeliveryFigures = {
    pledged: pledgedValue,
    expected: expectedValue,
    delivered: deliveredValue,
    verified: product(tally.verified, unitValue),
    claimed: product(tally.claimed, unitValue),
    unpledged: ZERO,
    shortfall: pledgedValue.gt(deliveredValue) ? pledgedValue.minus(deliveredValue) : ZERO,
    shortfallToDate: expectedValue.gt(deliveredValue) ? expectedValue.minus(deliveredValue) : ZERO,
    deliveryRatio: valued ? status.deliveryRatio : null,
    progressRatio: valued ? progressRatio : null,
  };
  // Built field by field, in the order of the type (the order JSON keeps).
  const result: { -readonly [K in keyof DeliveryLine]: DeliveryLine[K] } = {
    index: line.index,
    origin,
    measure: line.measure,
  } as DeliveryLine;
  copyDefined(result, line, MEASURE_FIELDS);
  result.effect = effect;
  result.channel = line.channel ?? 'tender';
  copyDefined(result, line, PLEDGE_FIELDS);
  result.unitValue = unitValue;
  result.pledged = history.at(-1)!.quantity;
  result.history = history;
  result.commitment = commitment;
  result.expected = expected.expected;
  result.delivered = delivered;
  result.verified = tally.verified;
  result.claimed = tally.claimed;
  result.progressRatio = progressRatio;
  result.deliveryRatio = status.deliveryRatio;
  result.status = status.status;
  result.reason = flat(
    effect === 'disbenefit'
      ? `${status.reason.slice(0, -1)} (a disbenefit${delivered.gt(expected.expected) ? ', above what was expected by now' : ''}: its value counts against net social value).`
      : status.reason,
  );
  result.value = value;
  result.deliveryCount = tally.count;
  return result;
}
