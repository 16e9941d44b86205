import { definePolicy } from '../define-policy.js';

const SOURCE =
  'Department of Finance (Northern Ireland), PPN 01/21 Scoring Social Value (published 5 July 2021, last updated 6 October 2022), finance-ni.gov.uk/node/52522';

/**
 * Northern Ireland: PPN 01/21 "Scoring Social Value" of the Department of Finance. From 1 June
 * 2022, tenders of departments (and their agencies and NDPBs) at the Public Contracts
 * Regulations thresholds must give social value at least 10% of the total award criteria; the
 * note names "service contracts valued above £138,760 and construction contracts valued above
 * £5,336,937", the thresholds of the time, so the rule follows the statutory threshold in force.
 *
 * Not encoded: the rise to 20% announced "subject to review and approval by the Executive"
 * (no source confirms the approval, and the Department's page still says 10%); supplies
 * contracts (the page names services and construction only). The preset stands alone: add
 * `policies.statutory` with `include` where that duty also applies to the buyer.
 */
export const northernIreland = /* @__PURE__ */ definePolicy({
  id: 'northern-ireland',
  name: 'Northern Ireland: PPN 01/21 Scoring Social Value',
  source: SOURCE,
  rules: [
    {
      id: 'ni-ppn-01-21',
      name: 'NI PPN 01/21 from 1 June 2022: at least 10% of the total award criteria',
      scope: 'statutory',
      source: `${SOURCE}: "from 1 June 2022 tenders must include a minimum of 10% of the total award criteria to social value"`,
      note: 'The page says "valued above" the thresholds; the Strategic Investment Board says "at or above": the rule reads it as at or above, like the thresholds themselves. From 24 February 2025 the thresholds in force are those of the Procurement Act 2023 (Sch. 1 rows 10 to 12); a restatement of PPN 01/21 for the Act was not confirmed.',
      when: {
        contractTypes: ['services', 'works'],
        authorities: ['central-government', 'sub-central'],
        commencedFrom: '2022-06-01',
        atOrAboveStatutoryThreshold: true,
      },
      outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'total' } },
    },
  ],
});
