import { definePolicy } from '../define-policy.js';
import { statutory } from './statutory.js';

const ACT = 'Social Partnership and Public Procurement (Wales) Act 2023 (asc 1)';
const COMMENCEMENT =
  'in force 25 March 2026 (The Social Partnership and Public Procurement (Wales) Act 2023 (Commencement No. 4) Order 2025, WSI 2025/1353)';

/**
 * Wales: the socially responsible procurement duties of the Social Partnership and Public
 * Procurement (Wales) Act 2023, in force from 25 March 2026, layered on `statutory`. A Welsh
 * contracting authority must take all reasonable steps to meet its socially responsible
 * procurement objectives in prescribed contracts (s. 24(5)(a); public contracts at or above the
 * Procurement Act 2023 Schedule 1 thresholds, unless excluded: tag such a contract
 * `sppp-excluded`), and must consider the social public works clauses in a major construction
 * contract: works of £2,000,000 or more, inclusive of VAT (s. 25).
 *
 * Thresholds in Wales are those of the UK table (the Welsh regulations of 2025 apply the same
 * figures from 1 January 2026). No Welsh Government minimum social value weighting was found, so
 * the preset sets none.
 */
export const wales = /* @__PURE__ */ definePolicy({
  id: 'wales',
  name: 'Wales: Social Partnership and Public Procurement (Wales) Act 2023',
  source: `${ACT}, legislation.gov.uk/asc/2023/1`,
  include: [statutory],
  rules: [
    {
      id: 'wales-sppp-prescribed-contracts',
      name: 'Prescribed contracts from 25 March 2026: take all reasonable steps to meet the socially responsible procurement objectives',
      scope: 'statutory',
      source: `${ACT} s. 24(1) to (7), ${COMMENCEMENT}; prescribed contracts: The Social Partnership and Public Procurement (Wales) Regulations 2026 (WSI 2026/75) regs. 3 and 4, in force 25 March 2026`,
      note: 'Per the Welsh Government, the duty applies "on public contracts above the thresholds as set out in Schedule 1 to the Procurement Act 2023, unless the contract is an excluded contract under regulation 3" (exempted contracts, contracts disapplied under s. 120A of the 2023 Act, user-choice direct awards). The exact wording of reg. 4 (above, or at or above) was not confirmed; the rule reads it as at or above, like the thresholds. The duty is read as applying to procurements commenced from 25 March 2026.',
      when: {
        authorities: ['central-government', 'sub-central'],
        commencedFrom: '2026-03-25',
        atOrAboveStatutoryThreshold: true,
        withoutTags: ['sppp-excluded'],
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'wales-sppp-major-construction',
      name: 'Major construction contracts from £2,000,000 inc VAT: consider the social public works clauses',
      scope: 'statutory',
      source: `${ACT} s. 25(1) and s. 27 (social public works clauses), ${COMMENCEMENT}; Explanatory Notes para. 67 ("over £2m (inclusive of VAT)", frameworks and call-offs included)`,
      note: 'A major construction contract is a works contract with an estimated value equal to or greater than £2,000,000 (s. 25 as amended); where the clauses are not included, the authority notifies the Welsh Ministers (s. 29).',
      when: {
        contractTypes: ['works'],
        authorities: ['central-government', 'sub-central'],
        minimumValue: { amount: 2_000_000, vatBasis: 'inclusive' },
        commencedFrom: '2026-03-25',
      },
      outcome: { socialValue: 'required' },
    },
  ],
});
