import { z } from 'zod';
import type { Decimal, Numeric } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';

/**
 * Input of {@link sroiRatio}.
 *
 * @example
 * ```ts
 * import type { SroiInput } from 'social-value';
 *
 * const input: SroiInput = { value: '320000', investment: '100000' };
 * input.investment; // => '100000'
 * ```
 */
export interface SroiInput {
  /** The social value created (£), usually the present value of the outcomes, net of deadweight. */
  readonly value: Numeric;
  /** What was invested to create it (£), above 0. */
  readonly investment: Numeric;
}

/**
 * The result of {@link sroiRatio}.
 *
 * @example
 * ```ts
 * import { sroiRatio, type SroiResult } from 'social-value';
 *
 * const result: SroiResult = sroiRatio({ value: 320000, investment: 100000 });
 * result.ratio.toString(); // => '3.2'
 * ```
 */
export interface SroiResult {
  /** £ of social value per £1 invested. */
  readonly ratio: Decimal;
  /** The value used. */
  readonly value: Decimal;
  /** The investment used. */
  readonly investment: Decimal;
  /** `'For every £1 invested, £3.20 of social value.'` */
  readonly sentence: string;
}

const sroiSchema = z.object({
  value: numericSchema(),
  investment: numericSchema({ min: 0, minExclusive: true }),
});

/**
 * Social return on investment (SROI): the £ of social value created for every £1 invested.
 *
 * **Definition.** `SROI = value ÷ investment`, where value is the monetised social value of the
 * outcomes (in an SROI analysis, their present value after deadweight, attribution and
 * drop-off) and investment the money and in-kind inputs that produced them. Portsmouth's roadmap
 * (seed 000) defines it as "for every £1 spent by the council, there is a social return of £x".
 * This function divides; it does not discount or net off deadweight, so pass a value that
 * already does if your analysis requires it (see `presentValue` for discounting).
 *
 * @param input - The value created and the investment (above 0).
 * @returns The ratio with a sentence.
 * @throws SocialValueError `invalid-input` for a bad number or an investment of 0 or less.
 *
 * @example
 * ```ts
 * import { sroiRatio } from 'social-value';
 *
 * const sroi = sroiRatio({ value: '320000', investment: '100000' });
 * sroi.ratio.toString(); // => '3.2'
 * sroi.sentence; // => 'For every £1 invested, £3.20 of social value.'
 * ```
 */
export function sroiRatio(input: SroiInput): SroiResult {
  const { value, investment } = parseInput(sroiSchema, input, 'SROI input');
  const ratio = value.div(investment);
  return deepFreeze({
    ratio,
    value,
    investment,
    sentence: `For every £1 invested, ${formatGBP(ratio)} of social value.`,
  });
}
