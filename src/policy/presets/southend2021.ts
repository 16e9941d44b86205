import { definePolicy } from '../define-policy.js';
import { statutory } from './statutory.js';

const SOURCE = 'Southend-on-Sea Borough Council, Social Value Policy 2021 v2.0 (December 2021)';
const FROM = '2022-01-01';
const EFFECTIVE =
  'The policy (December 2021, published January 2022) states no start date; its rules are applied to procurements commenced from 1 January 2022, when the PPN 10/21 figures it is aligned to took effect.';

/**
 * Southend-on-Sea Borough Council's Social Value Policy 2021 (§9.2), layered on the statutory
 * duty. Social value is always included in supplies and services contracts from £177,897 plus
 * VAT, light touch services from £552,950 plus VAT, and works of £1M lasting 24 months or more;
 * social value carries at least 10% of the total award criteria in tenders at or above the Find a
 * Tender (statutory) thresholds.
 *
 * The supplies and services figure is the 2022 sub-central threshold expressed net of VAT:
 * £177,897 × 1.2 = £213,476.40, £0.60 under the statutory £213,477, so a contract can be in
 * Southend's scope yet below the statutory threshold.
 */
export const southend2021 = /* @__PURE__ */ definePolicy({
  id: 'southend2021',
  name: 'Southend-on-Sea Social Value Policy 2021',
  source: SOURCE,
  include: [statutory],
  rules: [
    {
      id: 'southend-2021-supplies-services',
      name: 'Southend: supplies and services from £177,897 plus VAT',
      source: `${SOURCE} §9.2.1`,
      note: EFFECTIVE,
      when: {
        contractTypes: ['supplies', 'services'],
        minimumValue: { amount: '177897', vatBasis: 'exclusive' },
        commencedFrom: FROM,
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'southend-2021-light-touch',
      name: 'Southend: light touch services from £552,950 plus VAT',
      source: `${SOURCE} §9.2.1`,
      note: EFFECTIVE,
      when: {
        contractTypes: ['light-touch'],
        minimumValue: { amount: '552950', vatBasis: 'exclusive' },
        commencedFrom: FROM,
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'southend-2021-works',
      name: 'Southend: works of £1M lasting 24 months or more',
      source: `${SOURCE} §9.2.1`,
      note: `The policy does not state the VAT basis of £1M; it is read as net of VAT, like the other figures of its table. ${EFFECTIVE}`,
      when: {
        contractTypes: ['works'],
        minimumValue: { amount: '1000000', vatBasis: 'exclusive' },
        minimumDurationMonths: 24,
        commencedFrom: FROM,
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'southend-2021-weighting',
      name: 'Southend: at least 10% of the total award criteria above the Find a Tender thresholds',
      source: `${SOURCE} §9.2.2`,
      note: EFFECTIVE,
      when: { commencedFrom: FROM, atOrAboveStatutoryThreshold: true },
      outcome: { minimumWeighting: { percent: 10, of: 'total' } },
    },
  ],
});
