import { z } from 'zod';
import type { Decimal, Numeric } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';

/**
 * Input of {@link valueForCostRatio}.
 *
 * @example
 * ```ts
 * import type { ValueForCostInput } from 'social-value';
 *
 * const input: ValueForCostInput = { benefits: '1500000', costs: '1000000' };
 * input.costs; // => '1000000'
 * ```
 */
export interface ValueForCostInput {
  /** The benefits (£), in the same price base and discounting as the costs. */
  readonly benefits: Numeric;
  /** The costs (£), above 0. */
  readonly costs: Numeric;
}

/**
 * The result of {@link valueForCostRatio}.
 *
 * @example
 * ```ts
 * import { valueForCostRatio, type ValueForCostResult } from 'social-value';
 *
 * const result: ValueForCostResult = valueForCostRatio({ benefits: 15, costs: 10 });
 * result.netBenefit.toString(); // => '5'
 * ```
 */
export interface ValueForCostResult {
  /** Benefits ÷ costs: above 1 the benefits exceed the costs. */
  readonly ratio: Decimal;
  /** Benefits − costs. */
  readonly netBenefit: Decimal;
  /** The benefits used. */
  readonly benefits: Decimal;
  /** The costs used. */
  readonly costs: Decimal;
  /** `'Benefits of £1.50 for every £1 of cost.'` */
  readonly sentence: string;
}

const valueForCostSchema = z.object({
  benefits: numericSchema(),
  costs: numericSchema({ min: 0, minExclusive: true }),
});

/**
 * The value-for-cost ratio (benefit–cost ratio, as in HM Treasury's Green Book): benefits per
 * £1 of cost, with the net benefit.
 *
 * **Definition.** `ratio = benefits ÷ costs` and `net benefit = benefits − costs`. Both must be
 * in the same price base and, for multi-year figures, discounted alike (the Green Book uses
 * 3.5% a year; see `presentValue`). A ratio above 1 means the benefits exceed the costs.
 *
 * @param input - Benefits and costs (above 0).
 * @returns The ratio, the net benefit and a sentence.
 * @throws SocialValueError `invalid-input` for a bad number or costs of 0 or less.
 *
 * @example
 * ```ts
 * import { valueForCostRatio } from 'social-value';
 *
 * const vfm = valueForCostRatio({ benefits: '1500000', costs: '1000000' });
 * vfm.ratio.toString(); // => '1.5'
 * vfm.sentence; // => 'Benefits of £1.50 for every £1 of cost.'
 * ```
 */
export function valueForCostRatio(input: ValueForCostInput): ValueForCostResult {
  const { benefits, costs } = parseInput(valueForCostSchema, input, 'value for cost input');
  const ratio = benefits.div(costs);
  return deepFreeze({
    ratio,
    netBenefit: benefits.minus(costs),
    benefits,
    costs,
    sentence: `Benefits of ${formatGBP(ratio)} for every £1 of cost.`,
  });
}
