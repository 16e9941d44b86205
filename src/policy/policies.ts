import { northernIreland } from './presets/northern-ireland.js';
import { ppn002 } from './presets/ppn002.js';
import { ppn0620 } from './presets/ppn0620.js';
import { scotland } from './presets/scotland.js';
import { southend2021 } from './presets/southend2021.js';
import { statutory } from './presets/statutory.js';
import { wales } from './presets/wales.js';
import type { Policy } from './types.js';

/**
 * Ready-made policies, each a {@link Policy} built with {@link definePolicy} and sourced rule by
 * rule:
 *
 * - `statutory`: the Public Services (Social Value) Act 2012 duty for services at or above the
 *   statutory threshold.
 * - `ppn0620`: PPN 06/20, central government, procurements commenced 1 January 2021 to
 *   23 February 2025: at least 10% of the total score (10% of quality where the market is
 *   immature: tag `immature-market`). Includes `statutory`.
 * - `ppn002`: PPN 002, central government under the Procurement Act 2023, from 24 February 2025
 *   (mandatory from 1 October 2025): at least 10% of the total score, or of the non-price
 *   criteria under an absolute method (tag `absolute-price-method`). Includes `statutory`.
 * - `southend2021`: Southend-on-Sea's Social Value Policy 2021, layered on `statutory`.
 * - `scotland`: the Procurement Reform (Scotland) Act 2014: regulated procurements from £50,000
 *   (goods and services) and £2,000,000 (works) ex VAT, community benefits from £4,000,000.
 * - `northernIreland`: Department of Finance PPN 01/21: at least 10% of the total award criteria
 *   from 1 June 2022, at or above the thresholds.
 * - `wales`: the Social Partnership and Public Procurement (Wales) Act 2023 duties from 25 March
 *   2026, layered on `statutory`.
 *
 * @example
 * ```ts
 * import { policies } from 'social-value';
 *
 * Object.keys(policies); // => ['statutory', 'ppn0620', 'ppn002', 'southend2021', 'scotland', 'northernIreland', 'wales']
 * policies.southend2021.rules.length; // => 5
 * policies.northernIreland.rules[0]?.outcome.minimumWeighting?.percent.toString(); // => '10'
 * ```
 */
export const policies: {
  /** The Public Services (Social Value) Act 2012 duty. */
  readonly statutory: Policy;
  /** PPN 06/20 for central government (2021 to 23 February 2025), with `statutory`. */
  readonly ppn0620: Policy;
  /** PPN 002 for central government (from 24 February 2025), with `statutory`. */
  readonly ppn002: Policy;
  /** Southend-on-Sea Social Value Policy 2021, with `statutory`. */
  readonly southend2021: Policy;
  /** Procurement Reform (Scotland) Act 2014. */
  readonly scotland: Policy;
  /** Northern Ireland PPN 01/21 Scoring Social Value. */
  readonly northernIreland: Policy;
  /** Social Partnership and Public Procurement (Wales) Act 2023, with `statutory`. */
  readonly wales: Policy;
} = /* @__PURE__ */ Object.freeze({
  statutory,
  ppn0620,
  ppn002,
  southend2021,
  scotland,
  northernIreland,
  wales,
});
