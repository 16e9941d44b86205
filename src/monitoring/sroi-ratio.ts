import { seal } from '../core/brand.js';
import type { Decimal, Numeric } from '../core/decimal.js';
import { lazy } from '../core/lazy.js';
import { divide } from '../core/numeric-domain.js';
import { numericSchema } from '../core/schemas.js';
import { moneyText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { plainObject } from './schemas.js';

/** Input of {@link sroiRatio}. */
export interface SroiInput {
  /** The social value created (£), usually the present value of the outcomes, net of deadweight. */
  readonly value: Numeric;
  /** What was invested to create it (£), above 0. */
  readonly investment: Numeric;
}

/** The result of {@link sroiRatio}. */
export interface SroiResult {
  /** Marks the object as a social return on investment. */
  readonly kind: 'sroi';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** £ of social value per £1 invested (34 significant digits). */
  readonly ratio: Decimal;
  /** The value used. */
  readonly value: Decimal;
  /** The investment used. */
  readonly investment: Decimal;
  /** `'For every £1 invested, £3.20 of social value.'` */
  readonly reason: string;
}

const sroiSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    { value: numericSchema(), investment: numericSchema({ min: 0, minExclusive: true }) },
    'SROI input',
  ),
);

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
 * @returns The ratio (kind `'sroi'`) with a reason.
 * @throws SocialValueError `invalid-input` for a bad number, an unknown key or an investment of
 * 0 or less.
 *
 * @example
 * ```ts
 * import { sroiRatio } from 'social-value';
 *
 * const sroi = sroiRatio({ value: '320000', investment: '100000' });
 * sroi.ratio.toString(); // => '3.2'
 * sroi.reason; // => 'For every £1 invested, £3.20 of social value.'
 * ```
 */
export function sroiRatio(input: SroiInput): SroiResult {
  const { value, investment } = parseInput(sroiSchema(), input, 'SROI input', ['input']);
  return seal(
    { kind: 'sroi' as const, schemaVersion: 1 as const, ...sroiOf(value, investment) },
    'sroi',
  );
}

/** The figures of an SROI result: what `sroiRatio` writes and a stored one is checked against. Internal. */
export function sroiOf(value: Decimal, investment: Decimal) {
  const ratio = divide(value, investment);
  return {
    ratio,
    value,
    investment,
    reason: `For every £1 invested, ${moneyText(ratio)} of social value.`,
  };
}
