import type { Decimal, Numeric } from '../core/decimal.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';

const schema = /* @__PURE__ */ strictObject({
  fte: /* @__PURE__ */ numericSchema({ min: 0 }),
  years: /* @__PURE__ */ numericSchema({ min: 0 }),
});

/**
 * FTE-years over a contract: FTE × years (years may be fractional, e.g. 18 months = 1.5).
 * Torbay's example: 12.5 FTE over a 2-year contract is 25 FTE-years.
 *
 * @param fte - Full-time equivalents (see `fte`).
 * @param years - The contract length in years.
 * @returns FTE-years, exact.
 * @throws SocialValueError `invalid-input` (path `fte` or `years`) for a negative or non-numeric
 * value; `out-of-range` outside the numeric domain.
 *
 * @example
 * ```ts
 * import { fteYears } from 'social-value';
 *
 * fteYears('12.5', 2); // => '25'
 * ```
 */
export function fteYears(fte: Numeric, years: Numeric): Decimal {
  const parsed = parseInput(schema, { fte, years }, 'FTE-years');
  return parsed.fte.times(parsed.years);
}
