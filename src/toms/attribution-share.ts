import type { Decimal, Numeric } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';

const schema = /* @__PURE__ */ strictObject({
  onContract: /* @__PURE__ */ numericSchema({ min: 0 }),
  total: /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
});

/**
 * The share of time (or of anything) attributable to a contract, a fraction from 0 to 1: a
 * person spending 18.75 of 37.5 weekly hours on the contract counts 0.5. Use it as a pledge's
 * `attributionShare`. The quotient is rounded to 34 significant digits, like every division of
 * the library.
 *
 * @param onContract - The part on the contract.
 * @param total - The whole (above 0).
 * @returns onContract ÷ total.
 * @throws SocialValueError `invalid-input` when the part exceeds the whole (path `onContract`)
 * or the whole is not above 0 (path `total`).
 *
 * @example
 * ```ts
 * import { attributionShare } from 'social-value';
 *
 * attributionShare('18.75', '37.5'); // => '0.5'
 * attributionShare(1, 3); // => '0.3333333333333333333333333333333333'
 * ```
 */
export function attributionShare(onContract: Numeric, total: Numeric): Decimal {
  const parsed = parseInput(schema, { onContract, total }, 'attribution share');
  if (parsed.onContract.gt(parsed.total)) {
    throw fieldError(
      'invalid-input',
      'Invalid attribution share: 1 problem.',
      ['onContract'],
      `expected at most the total (${parsed.total.toString()}), received ${parsed.onContract.toString()}`,
    );
  }
  return divide(parsed.onContract, parsed.total);
}
