import { definePolicy } from '../define-policy.js';

/**
 * The statutory duty of the Public Services (Social Value) Act 2012 (in force 31 January 2013,
 * kept for the Procurement Act 2023 regime): a central government or other contracting authority
 * procuring services (including light touch services) at or above the statutory threshold must
 * consider social value. The threshold is the one in force when the procurement commenced (see
 * `ukProcurementThreshold`, from 2016). Supplies and works contracts with a services element are
 * within the Act too: tag such a contract and write a rule for it if your policy needs to.
 */
export const statutory = /* @__PURE__ */ definePolicy({
  id: 'statutory',
  name: 'Statutory duty: Public Services (Social Value) Act 2012',
  source: 'Public Services (Social Value) Act 2012 s. 1',
  rules: [
    {
      id: 'social-value-act-2012',
      name: 'Services at or above the statutory threshold: social value must be considered',
      scope: 'statutory',
      source: 'Public Services (Social Value) Act 2012 s. 1; in force 31 January 2013',
      when: {
        contractTypes: ['services', 'light-touch'],
        authorities: ['central-government', 'sub-central'],
        commencedFrom: '2013-01-31',
        atOrAboveStatutoryThreshold: true,
      },
      outcome: { socialValue: 'required' },
    },
  ],
});
