import { definePolicy } from '../define-policy.js';
import { statutory } from './statutory.js';

// Central government procurements at or above the threshold, commenced 2021-01-01 to 2025-02-23.
const IN_SCOPE = {
  authorities: ['central-government'],
  commencedFrom: '2021-01-01',
  commencedTo: '2025-02-23',
  atOrAboveStatutoryThreshold: true,
} as const;

/**
 * PPN 06/20 (Taking account of social value in the award of central government contracts): from
 * 1 January 2021, for procurements commenced until the Procurement Act 2023 took over on
 * 24 February 2025, central government must evaluate social value in contracts at or above the
 * threshold with at least 10% of the total score; where the market is immature (tag the contract
 * `immature-market`), at least 10% of the quality score instead.
 */
export const ppn0620 = /* @__PURE__ */ definePolicy({
  id: 'ppn0620',
  name: 'PPN 06/20: social value in central government contracts',
  source: 'Procurement Policy Note 06/20, Cabinet Office, September 2020 (in force 1 January 2021)',
  include: [statutory],
  rules: [
    {
      id: 'ppn0620-total',
      name: 'PPN 06/20: at least 10% of the total score',
      scope: 'statutory',
      source: 'PPN 06/20',
      when: {
        ...IN_SCOPE,
        withoutTags: ['immature-market'],
      },
      outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'total' } },
    },
    {
      id: 'ppn0620-immature-market',
      name: 'PPN 06/20, immature market: at least 10% of the quality score',
      scope: 'statutory',
      source: 'PPN 06/20',
      when: {
        ...IN_SCOPE,
        tags: ['immature-market'],
      },
      outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'quality' } },
    },
  ],
});
