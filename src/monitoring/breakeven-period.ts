import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { lazy } from '../core/lazy.js';
import { minLength } from '../core/min-length.js';
import { divide } from '../core/numeric-domain.js';
import { numericSchema } from '../core/schemas.js';
import { plural } from '../core/text.js';
import { withChecks } from '../core/with-checks.js';
import { figureText, moneyText } from '../core/wording.js';
import { listSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { plainObject } from './schemas.js';

/** Input of {@link breakevenPeriod}. */
export interface BreakevenInput {
  /** The up-front cost (£), above 0. */
  readonly cost: Numeric;
  /** The benefit (£) of each period in order (period 1 first), e.g. one per year. */
  readonly benefits: readonly Numeric[];
}

/** The result of {@link breakevenPeriod}. */
export interface Breakeven {
  /** Marks the object as a breakeven period. */
  readonly kind: 'breakeven';
  /** The version of this shape. */
  readonly schemaVersion: 1;
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
  /**
   * When, or whether, the cost is recovered, in one sentence: the period to at most 4 decimal
   * places, the noun as printed (`after 1 period` for 1.00001), `less than 0.0001` for one
   * that would print as 0.
   */
  readonly reason: string;
}

const breakevenSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    {
      cost: numericSchema({ min: 0, minExclusive: true }),
      benefits: withChecks(listSchema(numericSchema()), minLength(1)),
    },
    'breakeven input',
  ),
);

/**
 * The breakeven period: how long the benefits take to pay back a cost.
 *
 * **Definition.** Benefits are added period by period; breakeven is reached in the first
 * period whose cumulative benefit is at least the cost. Within that period the benefit is taken
 * to accrue evenly, so the result is fractional: `period = (k − 1) + (cost − cumulative to
 * period k − 1) ÷ benefit of period k`, one division to 34 significant digits. Benefits are
 * used as given (undiscounted): discount them first with `presentValue` for a discounted
 * payback.
 *
 * @param input - The cost and the benefit of each period.
 * @returns When the cost is recovered (kind `'breakeven'`), or that it is not within the
 * periods given.
 * @throws SocialValueError `invalid-input` for a bad number, an unknown key, a cost of 0 or
 * less, or no periods.
 *
 * @example
 * ```ts
 * import { breakevenPeriod } from 'social-value';
 *
 * // £100 recovered from £40 a year: 40 after year 1, 80 after year 2, 100 half way through 3.
 * const payback = breakevenPeriod({ cost: 100, benefits: [40, 40, 40] });
 * payback.period?.toString(); // => '2.5'
 * payback.wholePeriods; // => 3
 * payback.reason; // => 'The cost of £100.00 is recovered after 2.5 periods (in period 3).'
 * breakevenPeriod({ cost: 100, benefits: [10, 10] }).reached; // => false
 * ```
 */
export function breakevenPeriod(input: BreakevenInput): Breakeven {
  const { cost, benefits } = parseInput(breakevenSchema(), input, 'breakeven input', ['input']);
  return seal(
    { kind: 'breakeven' as const, schemaVersion: 1 as const, ...breakevenOf(cost, benefits) },
    'breakeven',
  );
}

/**
 * The figures of a breakeven: what `breakevenPeriod` writes and a stored one is checked against
 * (with its `stored` period, kept when it is the sum earlier releases wrote, and its
 * `storedReason`, kept when it is the sentence they wrote). Internal.
 */
export function breakevenOf(
  cost: Decimal,
  benefits: readonly Decimal[],
  stored?: Decimal | null,
  storedReason?: string,
) {
  const cumulative: Decimal[] = [];
  let running = new Decimal(0);
  let period: Decimal | null = null;
  let wholePeriods: number | null = null;
  benefits.forEach((benefit, index) => {
    const before = running;
    running = running.plus(benefit);
    cumulative.push(running);
    if (period === null && running.gte(cost)) {
      // cost > before here, so the benefit of this period is above 0.
      // One division: (k − 1) + the rest ÷ benefit, over the benefit. Earlier releases added
      // k − 1 to the rounded quotient (3 + 1/3 to 34 digits had 35).
      const rest = cost.minus(before);
      period = divide(rest.plus(benefit.times(index)), benefit);
      if (stored && !stored.eq(period) && stored.eq(divide(rest, benefit).plus(index))) {
        period = stored;
      }
      wholePeriods = index + 1;
    }
  });
  const found = period as Decimal | null;
  const costText = moneyText(cost);
  const recovered = (shown: string, one: boolean) =>
    `The cost of ${costText} is recovered after ${shown} period${one ? '' : 's'} (in period ${wholePeriods}).`;
  // The noun agrees with the figure as printed (1.00001 reads "1 period"); a period above 0
  // that prints as 0 reads "less than 0.0001", as no sentence rounds a figure to nothing.
  // Earlier releases wrote "1 periods" and "0 periods" there: such a stored reason is kept.
  const text = found && figureText(found);
  let reason =
    text === null
      ? `The cost of ${costText} is not recovered within ${plural(benefits.length, 'period')}: ${moneyText(running)} of it.`
      : recovered(text === '0' ? 'less than 0.0001' : text, text === '1');
  if (text !== null && storedReason === recovered(text, found!.eq(1))) reason = storedReason;
  return { reached: found !== null, period: found, wholePeriods, cumulative, cost, reason };
}
