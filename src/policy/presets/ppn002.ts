import { definePolicy } from '../define-policy.js';
import { statutory } from './statutory.js';

// Central government procurements at or above the threshold, commenced from 2025-02-24.
const IN_SCOPE = {
  authorities: ['central-government'],
  commencedFrom: '2025-02-24',
  atOrAboveStatutoryThreshold: true,
} as const;

/**
 * PPN 002 (Taking account of social value in the award of contracts), which replaced PPN 06/20
 * for procurements under the Procurement Act 2023: published for 24 February 2025 and mandatory
 * from 1 October 2025 for central government contracts at or above the threshold. Social value
 * keeps at least 10% of the total score; under an absolute evaluation method such as price per
 * quality point (tag the contract `absolute-price-method`), at least 10% of the non-price
 * criteria. Before 1 October 2025 the policy reports social value as recommended, and the 10%
 * as advice (rules `ppn002-total-recommended` and `ppn002-non-price-recommended`: a weighting
 * under it is a warning in `checkWeighting`, not a failure); from that day as required (rules
 * `ppn002-total` and `ppn002-non-price`).
 */
export const ppn002 = /* @__PURE__ */ definePolicy({
  id: 'ppn002',
  name: 'PPN 002: social value in central government contracts',
  source:
    'Procurement Policy Note 002, Cabinet Office, February 2025 (mandatory from 1 October 2025)',
  include: [statutory],
  rules: [
    {
      id: 'ppn002-recommended',
      name: 'PPN 002 before 1 October 2025: social value recommended',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedTo: '2025-09-30',
      },
      outcome: { socialValue: 'recommended' },
    },
    {
      id: 'ppn002-mandatory',
      name: 'PPN 002 from 1 October 2025: social value required',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedFrom: '2025-10-01',
      },
      outcome: { socialValue: 'required' },
    },
    // Before 1 October 2025 the weighting is advice: these rules recommend social value.
    {
      id: 'ppn002-total-recommended',
      name: 'PPN 002 before 1 October 2025: at least 10% of the total score advised',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedTo: '2025-09-30',
        withoutTags: ['absolute-price-method'],
      },
      outcome: { socialValue: 'recommended', minimumWeighting: { percent: 10, of: 'total' } },
    },
    {
      id: 'ppn002-non-price-recommended',
      name: 'PPN 002 before 1 October 2025, absolute method: at least 10% of the non-price criteria advised',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedTo: '2025-09-30',
        tags: ['absolute-price-method'],
      },
      outcome: { socialValue: 'recommended', minimumWeighting: { percent: 10, of: 'non-price' } },
    },
    {
      id: 'ppn002-total',
      name: 'PPN 002: at least 10% of the total score',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedFrom: '2025-10-01',
        withoutTags: ['absolute-price-method'],
      },
      outcome: { minimumWeighting: { percent: 10, of: 'total' } },
    },
    {
      id: 'ppn002-non-price',
      name: 'PPN 002, absolute method: at least 10% of the non-price criteria',
      scope: 'statutory',
      source: 'PPN 002',
      when: {
        ...IN_SCOPE,
        commencedFrom: '2025-10-01',
        tags: ['absolute-price-method'],
      },
      outcome: { minimumWeighting: { percent: 10, of: 'non-price' } },
    },
  ],
});
