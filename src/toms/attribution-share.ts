import { z } from 'zod';
import type { Decimal, Numeric } from '../core/decimal.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';

const schema = z
  .object({
    onContract: numericSchema({ min: 0 }),
    total: numericSchema({ min: 0, minExclusive: true }),
  })
  .refine((share) => share.onContract.lte(share.total), {
    path: ['onContract'],
    message: 'expected at most the total',
  });

/**
 * The share of time (or of anything) attributable to a contract, in [0, 1]: a person spending
 * 18.75 of 37.5 weekly hours on the contract counts 0.5. Use it as a pledge's `attribution`.
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
 * ```
 */
export function attributionShare(onContract: Numeric, total: Numeric): Decimal {
  const parsed = parseInput(schema, { onContract, total }, 'attribution share');
  return parsed.onContract.dividedBy(parsed.total);
}
