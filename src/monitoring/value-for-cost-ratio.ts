import { seal } from '../core/brand.js';
import type { Decimal, Numeric } from '../core/decimal.js';
import { lazy } from '../core/lazy.js';
import { divide } from '../core/numeric-domain.js';
import { numericSchema } from '../core/schemas.js';
import { moneyText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { plainObject } from './schemas.js';

/** Input of {@link valueForCostRatio}. */
export interface ValueForCostInput {
  /** The benefits (£), in the same price base and discounting as the costs. */
  readonly benefits: Numeric;
  /** The costs (£), above 0. */
  readonly costs: Numeric;
}

/** The result of {@link valueForCostRatio}. */
export interface ValueForCostResult {
  /** Marks the object as a value-for-cost ratio. */
  readonly kind: 'value-for-cost';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** Benefits ÷ costs (34 significant digits): above 1 the benefits exceed the costs. */
  readonly ratio: Decimal;
  /** Benefits − costs. */
  readonly netBenefit: Decimal;
  /** The benefits used. */
  readonly benefits: Decimal;
  /** The costs used. */
  readonly costs: Decimal;
  /** `'Benefits of £1.50 for every £1 of cost.'` */
  readonly reason: string;
}

const valueForCostSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    { benefits: numericSchema(), costs: numericSchema({ min: 0, minExclusive: true }) },
    'value for cost input',
  ),
);

/**
 * The value-for-cost ratio (benefit–cost ratio, as in HM Treasury's Green Book): benefits per
 * £1 of cost, with the net benefit.
 *
 * **Definition.** `ratio = benefits ÷ costs` and `net benefit = benefits − costs`. Both must be
 * in the same price base and, for multi-year figures, discounted alike (the Green Book uses
 * 3.5% a year; see `presentValue`). A ratio above 1 means the benefits exceed the costs.
 *
 * @param input - Benefits and costs (above 0).
 * @returns The ratio (kind `'value-for-cost'`), the net benefit and a reason.
 * @throws SocialValueError `invalid-input` for a bad number, an unknown key or costs of 0 or
 * less.
 *
 * @example
 * ```ts
 * import { valueForCostRatio } from 'social-value';
 *
 * const vfm = valueForCostRatio({ benefits: '1500000', costs: '1000000' });
 * vfm.ratio.toString(); // => '1.5'
 * vfm.reason; // => 'Benefits of £1.50 for every £1 of cost.'
 * ```
 */
export function valueForCostRatio(input: ValueForCostInput): ValueForCostResult {
  const { benefits, costs } = parseInput(valueForCostSchema(), input, 'value for cost input', [
    'input',
  ]);
  return seal(
    {
      kind: 'value-for-cost' as const,
      schemaVersion: 1 as const,
      ...valueForCostOf(benefits, costs),
    },
    'value-for-cost',
  );
}

/** The figures of a value-for-cost result: what `valueForCostRatio` writes and a stored one is checked against. Internal. */
export function valueForCostOf(benefits: Decimal, costs: Decimal) {
  const ratio = divide(benefits, costs);
  return {
    ratio,
    netBenefit: benefits.minus(costs),
    benefits,
    costs,
    reason: `Benefits of ${moneyText(ratio)} for every £1 of cost.`,
  };
}
