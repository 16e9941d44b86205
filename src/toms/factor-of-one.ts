import { Decimal } from '../core/decimal.js';

/** How far from 1 factors that undo each other may be: each is rounded to 34 significant digits. */
const SLACK = /* @__PURE__ */ new Decimal('1e-30');

/**
 * True when re-indexing factors multiplied (`factor`) come back to 1, to 30 decimal places (a
 * factor of 1.1 and one of 100 ÷ 110, rounded to 34 significant digits): the proxies are the
 * edition's again. Internal: `reindexProxies` and the reader of stored frameworks.
 */
export function isFactorOfOne(factor: Decimal): boolean {
  return factor.minus(1).abs().lte(SLACK);
}
