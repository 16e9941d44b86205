import { definePolicy } from '../define-policy.js';

const ACT = 'Procurement Reform (Scotland) Act 2014 (asp 12)';
const EX_VAT =
  'The estimated value excludes VAT (s. 5(1): "the value of the total consideration (not including value added tax)"), and the threshold is met at "equal to or greater than" (s. 3(1)(b)).';
const NOT_COVERED =
  'Concession, defence and security and utilities contracts are not covered by this preset: whether and how the Act reaches them (s. 4, excluded contracts) was not confirmed from a primary source.';
const PENDING =
  'SPPN 3/2025 consulted (16 October 2025 to 8 January 2026) on new thresholds; no amending order had been found, so the figures of the Act apply open-ended.';

/**
 * Scotland: the Procurement Reform (Scotland) Act 2014 for Scottish contracting authorities. A
 * regulated procurement is a public contract of at least £50,000 (goods and services) or
 * £2,000,000 (works), excluding VAT (s. 3, in force 18 April 2016); before carrying one out the
 * authority must consider how to improve the economic, social and environmental wellbeing of its
 * area (the sustainable procurement duty, s. 9). From £4,000,000 (s. 25, in force 1 June 2016) it
 * must consider community benefit requirements and, in the contract notice, summarise them or
 * give its reasons for none. `required` in results means the buyer must consider, and here report
 * on, social value; the Act sets no weighting.
 *
 * The floors are fixed amounts of the Act, not the UK statutory thresholds (Scotland kept its own
 * regulations for devolved buyers when the Procurement Act 2023 came in), so this preset does not
 * include `statutory`.
 */
export const scotland = /* @__PURE__ */ definePolicy({
  id: 'scotland',
  name: 'Scotland: Procurement Reform (Scotland) Act 2014',
  source: `${ACT}, legislation.gov.uk/asp/2014/12`,
  rules: [
    {
      id: 'scotland-regulated-goods-services',
      name: 'Regulated procurement of goods and services from £50,000 ex VAT: sustainable procurement duty',
      scope: 'statutory',
      source: `${ACT} s. 3(2) (public contract other than a public works contract, £50,000; in force 18 April 2016, SSI 2016/30 art. 3) and s. 9(1) (sustainable procurement duty)`,
      note: `${EX_VAT} Light touch (social and other specific) services are read as public services contracts. ${NOT_COVERED} ${PENDING}`,
      when: {
        contractTypes: ['supplies', 'services', 'light-touch'],
        authorities: ['central-government', 'sub-central'],
        minimumValue: { amount: 50_000, vatBasis: 'exclusive' },
        commencedFrom: '2016-04-18',
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'scotland-regulated-works',
      name: 'Regulated procurement of works from £2,000,000 ex VAT: sustainable procurement duty',
      scope: 'statutory',
      source: `${ACT} s. 3(2) (public works contract, £2,000,000; in force 18 April 2016, SSI 2016/30 art. 3) and s. 9(1)`,
      note: `${EX_VAT} ${NOT_COVERED} ${PENDING}`,
      when: {
        contractTypes: ['works'],
        authorities: ['central-government', 'sub-central'],
        minimumValue: { amount: 2_000_000, vatBasis: 'exclusive' },
        commencedFrom: '2016-04-18',
      },
      outcome: { socialValue: 'required' },
    },
    {
      id: 'scotland-community-benefits',
      name: 'Regulated procurement from £4,000,000 ex VAT: consider community benefit requirements',
      scope: 'statutory',
      source: `${ACT} s. 25(1) to (4) (community benefit requirements in major contracts; in force 1 June 2016, SSI 2016/30 art. 4); s. 24 defines the requirements`,
      note: `A duty to consider community benefit requirements and to summarise them in the contract notice, or give reasons for including none; the award notice states the benefits expected. It is not a duty to impose them. ${EX_VAT} ${NOT_COVERED} ${PENDING}`,
      when: {
        contractTypes: ['supplies', 'services', 'light-touch', 'works'],
        authorities: ['central-government', 'sub-central'],
        minimumValue: { amount: 4_000_000, vatBasis: 'exclusive' },
        commencedFrom: '2016-06-01',
      },
      outcome: { socialValue: 'required' },
    },
  ],
});
