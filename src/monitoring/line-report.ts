import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import type { Input, Plan } from './delivery-plan.js';
import { statusOf } from './delivery-status.js';
import type { BreakdownEntry, FigureAmounts, YearSum } from './figures.js';
import { segmentsOf } from './pledge-lines.js';
import { expectedBetween, type Profile, pledgedYearsProfile } from './profile.js';
import type { PledgeLineRead } from './read-valuation.js';
import type { Tally } from './tally-deliveries.js';
import type { DeliveryLine, PledgeVersion } from './types.js';

const ZERO = new Decimal(0);

/** A line's report and its contribution to the breakdowns. Internal. */
export interface LineResult {
  readonly line: DeliveryLine;
  readonly entry: BreakdownEntry;
}

/** The profile a line follows: the option's, else its pledge by year, else linear. */
function lineProfile(
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

/** Phase 3: one pledge line, against its history, profile and deliveries; years summed in. */
export function reportLine(
  line: PledgeLineRead,
  position: number,
  history: readonly PledgeVersion[],
  tally: Tally,
  input: Input,
  schedule: Plan,
  yearSums: YearSum[],
): LineResult {
  const { period, elapsed, years, countVerifiedOnly } = schedule;
  const unitValue = line.proxyValue.times(line.attributionShare);
  const pledged = history.at(-1)!.quantity;
  const profile = lineProfile(line, position, input, schedule);
  let commitment = pledged;
  let expected = pledged;
  let pledgedValue = pledged.times(unitValue);
  let expectedValue = pledgedValue;
  if (period !== undefined && profile !== undefined) {
    const segments = segmentsOf(history, period);
    // Values are worked out from value segments (quantity × unit value), dividing last, so a
    // whole period's value is exact even when its quantity is a recurring decimal.
    const valueSegments = segments.map((segment) => ({
      from: segment.from,
      to: segment.to,
      quantity: segment.quantity.times(unitValue),
    }));
    commitment = expectedBetween(segments, profile, 0, period.days);
    expected = expectedBetween(segments, profile, 0, elapsed);
    pledgedValue = expectedBetween(valueSegments, profile, 0, period.days);
    expectedValue = expectedBetween(valueSegments, profile, 0, elapsed);
    years.forEach((year, index) => {
      const from = Math.max(year.firstDay - period.first, 0);
      const to = Math.min(year.lastDay - period.first + 1, elapsed);
      if (to <= from) return;
      const sum = yearSums[index]!;
      sum.expected = sum.expected.plus(expectedBetween(valueSegments, profile, from, to));
    });
  }
  for (const [index, quantities] of tally.byYear) {
    const sum = yearSums[index]!;
    const verified = quantities.verified.times(unitValue);
    const claimed = quantities.claimed.times(unitValue);
    sum.verified = sum.verified.plus(verified);
    sum.claimed = sum.claimed.plus(claimed);
    sum.delivered = sum.delivered.plus(countVerifiedOnly ? verified : verified.plus(claimed));
  }
  const delivered = countVerifiedOnly ? tally.verified : tally.verified.plus(tally.claimed);
  const deliveredValue = delivered.times(unitValue);
  const amounts: FigureAmounts = {
    pledged: pledgedValue,
    expected: expectedValue,
    delivered: deliveredValue,
    verified: tally.verified.times(unitValue),
    claimed: tally.claimed.times(unitValue),
    unpledged: ZERO,
    shortfall: Decimal.max(pledgedValue.minus(deliveredValue), 0),
    shortfallToDate: Decimal.max(expectedValue.minus(deliveredValue), 0),
  };
  const status = statusOf(delivered, expected, commitment, schedule.thresholds);
  const progressRatio = commitment.isZero() ? null : divide(delivered, commitment);
  const valued = !unitValue.isZero();
  return {
    entry: { theme: line.theme, valueType: line.valueType, tags: line.tags, amounts },
    line: {
      index: line.index,
      measure: line.measure,
      ...(line.title === undefined ? {} : { title: line.title }),
      ...(line.unit === undefined ? {} : { unit: line.unit }),
      theme: line.theme,
      ...(line.themeName === undefined ? {} : { themeName: line.themeName }),
      valueType: line.valueType,
      tags: line.tags,
      proxyValue: line.proxyValue,
      attributionShare: line.attributionShare,
      unitValue,
      pledged,
      history,
      commitment,
      expected,
      delivered,
      verified: tally.verified,
      claimed: tally.claimed,
      progressRatio,
      deliveryRatio: status.deliveryRatio,
      status: status.status,
      reason: status.reason,
      // Value ratios equal the quantity ratios (both sides × the same unit value).
      value: {
        ...amounts,
        deliveryRatio: valued ? status.deliveryRatio : null,
        progressRatio: valued ? progressRatio : null,
      },
      deliveryCount: tally.count,
    },
  };
}
