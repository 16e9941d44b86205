import type { LocalImpactFinding } from './multiplier-types.js';
import type { SpendFindingCode } from './types.js';

/**
 * The severity each spend finding's code always has: `warning` where spend is counted neither
 * local nor non-local, left out of an estimate or a net credit in it, `info` where the figures stand as read (a BFPO
 * address counted non-local, an outward code that decides, spend of unknown location outside a
 * local-spend base). Written by `analyseSpend` and `estimateLocalImpact`, and checked by their
 * snapshot readers. Internal.
 */
export const findingSeverity: Readonly<
  Record<SpendFindingCode | LocalImpactFinding['code'], 'warning' | 'info'>
> = {
  'missing-postcode': 'warning',
  'invalid-postcode': 'warning',
  'undecided-postcode': 'warning',
  'outward-code-only': 'info',
  'bfpo-address': 'info',
  'no-multiplier': 'warning',
  'net-credit': 'warning',
  'unknown-location-spend': 'info',
};
