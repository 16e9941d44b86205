import { z } from 'zod';
import { Decimal, type Numeric } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';

/**
 * Input of {@link breakevenPeriod}.
 *
 * @example
 * ```ts
 * import type { BreakevenInput } from 'social-value';
 *
 * const input: BreakevenInput = { cost: 100, benefits: [40, 40, 40] };
 * input.benefits.length; // => 3
 * ```
 */
export interface BreakevenInput {
  /** The up-front cost (£), above 0. */
  readonly cost: Numeric;
  /** The benefit of each period in order (period 1 first), e.g. one per year. */
  readonly benefits: readonly Numeric[];
}

/**
 * The result of {@link breakevenPeriod}.
 *
 * @example
 * ```ts
 * import { breakevenPeriod, type Breakeven } from 'social-value';
 *
 * const result: Breakeven = breakevenPeriod({ cost: 100, benefits: [40, 40, 40] });
 * result.reached; // => true
 * ```
 */
export interface Breakeven {
  /** Whether the cumulative benefits reach the cost within the periods given. */
  readonly reached: boolean;
  /**
   * When the cost is recovered, in periods, assuming each period's benefit accrues evenly
   * through it: `2.5` is half way through period 3. `null` when not reached.
   */
  readonly period: Decimal | null;
  /** The first period (1-based) by whose end the cost is recovered; `null` when not reached. */
  readonly wholePeriods: number | null;
  /** The benefits accumulated at the end of each period. */
  readonly cumulative: readonly Decimal[];
  /** The cost used. */
  readonly cost: Decimal;
  /** A sentence saying when, or whether, the cost is recovered. */
  readonly sentence: string;
}

const breakevenSchema = z.object({
  cost: numericSchema({ min: 0, minExclusive: true }),
  benefits: z.array(numericSchema()).min(1),
});

/**
 * The breakeven period: how long the benefits take to pay back a cost.
 *
 * **Definition.** Benefits are added period by period; breakeven is reached in the first
 * period whose cumulative benefit is at least the cost. Within that period the benefit is taken
 * to accrue evenly, so the result is fractional: `period = (k − 1) + (cost − cumulative to
 * period k − 1) ÷ benefit of period k`. Benefits are used as given (undiscounted): discount them
 * first with `presentValue` for a discounted payback.
 *
 * @param input - The cost and the benefit of each period.
 * @returns When the cost is recovered, or that it is not within the periods given.
 * @throws SocialValueError `invalid-input` for a bad number, a cost of 0 or less, or no periods.
 *
 * @example
 * ```ts
 * import { breakevenPeriod } from 'social-value';
 *
 * // £100 recovered from £40 a year: 40 after year 1, 80 after year 2, 100 half way through 3.
 * const payback = breakevenPeriod({ cost: 100, benefits: [40, 40, 40] });
 * payback.period?.toString(); // => '2.5'
 * payback.wholePeriods; // => 3
 * breakevenPeriod({ cost: 100, benefits: [10, 10] }).reached; // => false
 * ```
 */
export function breakevenPeriod(input: BreakevenInput): Breakeven {
  const { cost, benefits } = parseInput(breakevenSchema, input, 'breakeven input');
  const cumulative: Decimal[] = [];
  let running = new Decimal(0);
  let period: Decimal | null = null;
  let wholePeriods: number | null = null;
  benefits.forEach((benefit, index) => {
    const before = running;
    running = running.plus(benefit);
    cumulative.push(running);
    if (period === null && running.gte(cost)) {
      period = new Decimal(index).plus(cost.minus(before).div(benefit));
      wholePeriods = index + 1;
    }
  });
  const found = period as Decimal | null;
  return deepFreeze({
    reached: found !== null,
    period: found,
    wholePeriods,
    cumulative,
    cost,
    sentence:
      found === null
        ? `The cost is not recovered within ${benefits.length} period${benefits.length === 1 ? '' : 's'}: ${running.toString()} of ${cost.toString()}.`
        : `The cost is recovered after ${found.toSignificantDigits(4).toString()} periods (in period ${wholePeriods}).`,
  });
}
