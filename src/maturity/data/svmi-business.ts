// Source: "Bridging the Gap: Improving Communities with the Social Value Maturity Index",
// social value best-practice task force (Social Value Portal), 2016 — Appendix (b), table
// "Private Sector Social Value Maturity Index" (the self-assessment tool for business): its
// Overview row and its requirements for each of the 9 themes at the Follower, Mature, Leader and
// Innovator levels, in table order. The level rules and the "Incomplete/Non Compliant" level come
// from the section "How to Use the Social Value Maturity Index". The wording of every
// description, statement and action below is ours (a faithful paraphrase); codes, figures and
// named things (the Act, TOMs, AA1000, <IR>, SVA percentages) are the source's.
//
// Follower cells: the source's Follower column describes the starting point. Where an item only
// records an absence ("No specific board level responsibility"), it sets no requirement and yields
// no criterion (the theme description says so); where it names something the organisation does,
// even if only what a contract requires, that item is a criterion.
//
// Criterion ids are `${themeId}.${levelId}.${n}`, n counting the criteria of that cell from 1 in
// table order. Ids never change once published.

import type { MaturityModelInput } from '../types.js';
import { criteriaByThemeAndLevel } from './criteria-table.js';

/**
 * Input for the Social Value Maturity Index for business and suppliers to the public sector
 * (task force, 2016): five levels, 9 themes and every criterion of the index's appendix table,
 * in our own words.
 */
export const svmiBusinessInput = {
  id: 'svmi-business',
  name: 'Social Value Maturity Index (business)',
  version: '2016',
  source: {
    title: 'Bridging the Gap: Improving Communities with the Social Value Maturity Index',
    publisher: 'Social value best-practice task force',
    year: 2016,
    note: 'Appendix: Private Sector Social Value Maturity Index (Overview row and the Follower, Mature, Leader and Innovator requirements of 9 themes). Wording paraphrased.',
  },
  levels: [
    {
      id: 'non-compliant',
      name: 'Non-compliant',
      rank: 0,
      description: 'Does not yet meet the social value requirements of the contracts it holds.',
    },
    {
      id: 'follower',
      name: 'Follower',
      rank: 1,
      description: 'Driven by compliance: does only what its contracts require on social value.',
    },
    {
      id: 'mature',
      name: 'Mature',
      rank: 2,
      description: 'Adds social value to individual contracts on its own initiative.',
    },
    {
      id: 'leader',
      name: 'Leader',
      rank: 3,
      description: 'Social value is part of the corporate strategy.',
    },
    {
      id: 'innovator',
      name: 'Innovator',
      rank: 4,
      description:
        'Adding social value is central to the business and fully built into how it works.',
    },
  ],
  themes: [
    {
      id: 'policy-and-scope',
      name: 'Policy and Scope',
      description: 'Whether there is a social value policy, and what it covers.',
    },
    {
      id: 'culture-and-management',
      name: 'Culture and Management',
      description:
        'Whether corporate values reflect social value, and how it is managed internally. The source sets no Follower requirement: at that level social value is not yet part of the culture and no individual is accountable for it.',
    },
    {
      id: 'stakeholder-engagement',
      name: 'Stakeholder Engagement',
      description:
        'How communities are consulted so that solutions are relevant and appropriate and meet local priorities.',
    },
    {
      id: 'community-projects-design',
      name: 'Community Projects Design',
      description:
        'How community projects are designed, and how the business collaborates with public sector bodies.',
    },
    {
      id: 'social-value-measurement',
      name: 'Social Value Measurement',
      description:
        'Whether a measurement process (Themes, Outcomes and Measures) captures both non-financial and financial impacts.',
    },
    {
      id: 'bid-management-and-contract-reporting',
      name: 'Bid Management and Contract Reporting',
      description:
        'How bid teams make sure they offer the best value, and how feedback and continuous improvement work on contracts.',
    },
    {
      id: 'procurement-and-commissioning-of-supply-chain',
      name: 'Procurement and Commissioning of Supply Chain',
      description:
        "Whether the spirit of the Act is applied to the business's own supply chain, giving local businesses and third sector providers enough opportunities. The source sets no Follower requirement: at that level social value is not yet mentioned in procurement or supply chain reporting.",
    },
    {
      id: 'reporting',
      name: 'Reporting',
      description: 'How progress against targets is reported, and whether benchmarks are shared.',
    },
    {
      id: 'governance-and-accountability',
      name: 'Governance and Accountability',
      description: 'Whether the board is engaged, and how transparency is ensured.',
    },
  ],
  criteria: /* @__PURE__ */ criteriaByThemeAndLevel({
    'policy-and-scope': {
      follower: [
        {
          statement:
            'There is at least a loose commitment to Corporate Social Responsibility (CSR), even without a specific policy.',
          action: 'Commit to Corporate Social Responsibility (CSR).',
          guidance: 'The source expects no specific social value policy at this level.',
        },
      ],
      mature: [
        {
          statement: 'A clear social value policy responds to public sector needs.',
          action: 'Adopt a clear social value policy that responds to public sector needs.',
        },
        {
          statement: 'A common set of CSR and social value activities is offered on every project.',
          action:
            'Define a common set of CSR and social value activities to offer on every project.',
        },
        {
          statement:
            'Social value responses are included in bids and tenders, case by case, when the customer asks for them.',
          action:
            'Include social value responses in bids and tenders whenever the customer asks for them.',
        },
      ],
      leader: [
        {
          statement:
            "The 'spirit' of the Social Value Act is implemented proactively, tailored to local needs.",
          action:
            "Proactively implement the 'spirit' of the Social Value Act, tailored to local needs.",
        },
        {
          statement:
            "The business goes beyond a project's specific requirements to consider the local authority area more broadly.",
          action:
            "Look beyond each project's specific requirements to the needs of the wider local authority area.",
        },
        {
          statement:
            'It develops wider social value activities as well as activities specific to the project, community and local authority.',
          action:
            'Develop social value activities specific to each project, community and local authority, alongside wider related activities.',
        },
      ],
      innovator: [
        {
          statement:
            "The 'spirit' of the Social Value Act is implemented across all business activities, tailored to the local authority area and local communities.",
          action:
            "Implement the 'spirit' of the Social Value Act across all business activities, tailored to each local authority area and its communities.",
        },
        {
          statement:
            "The business recognises and supports the local authority's vision and responds to the needs of all stakeholders.",
          action:
            "Support the local authority's vision and respond to the needs of all stakeholders.",
        },
      ],
    },
    'culture-and-management': {
      mature: [
        {
          statement:
            'The business is developing its values and a policy approach to CSR and the community.',
          action: 'Develop organisational values and a policy approach to CSR and the community.',
        },
        {
          statement: 'Social value is recognised as an issue at board level.',
          action: 'Raise social value as an issue at board level.',
        },
        {
          statement: 'An individual is responsible for delivering social value.',
          action: 'Make a named individual responsible for delivering social value.',
        },
        {
          statement: 'Processes are in place to upskill staff.',
          action: 'Put processes in place to upskill staff.',
        },
      ],
      leader: [
        {
          statement:
            'A developed approach to values and the community is supported by well-developed policies.',
          action:
            'Develop the approach to values and community fully and support it with well-developed policies.',
        },
        {
          statement: 'Upskilling training is given to subcontractors as well as to own staff.',
          action: 'Extend upskilling training to subcontractors as well as own staff.',
        },
        {
          statement: 'Best-practice case studies inform the strategy.',
          action: 'Use best-practice case studies to inform the strategy.',
        },
      ],
      innovator: [
        {
          statement:
            'Adding social value is part of the culture: the business lives by its values and can show them in practice.',
          action:
            "Make adding social value part of the culture, living by the organisation's values and showing them in practice.",
        },
        {
          statement:
            'Knowledge and good practice, including best-practice case studies, are shared with others.',
          action:
            'Share knowledge and good practice, including best-practice case studies, with others.',
        },
        {
          statement:
            'Supply chain partners, including SMEs, social enterprises and other third sector organisations, are supported.',
          action:
            'Support supply chain partners, including SMEs, social enterprises and other third sector organisations.',
        },
        {
          statement:
            'Social value is embedded in every part of the business, including commissioning and procurement practice.',
          action:
            'Embed social value in every part of the business, including commissioning and procurement practice.',
        },
      ],
    },
    'stakeholder-engagement': {
      follower: [
        {
          statement: 'Stakeholders are engaged when a customer or contract requests it.',
          action: 'Engage stakeholders whenever a customer or contract requests it.',
          guidance:
            'The source records no stakeholder engagement at this level unless it is requested.',
        },
      ],
      mature: [
        {
          statement: 'Some feedback is sought from stakeholders.',
          action: 'Start seeking feedback from stakeholders.',
        },
        {
          statement:
            'Stakeholder feedback informs decisions at project level, even if it is gathered in an unstructured way.',
          action: 'Use stakeholder feedback to inform decisions on projects.',
          guidance:
            'The source describes feedback at this level as unstructured and used at project level only.',
        },
      ],
      leader: [
        {
          statement:
            'Stakeholders are identified, prioritised and consulted for feedback, as in AA1000.',
          action: 'Identify, prioritise and consult stakeholders for feedback, following AA1000.',
        },
        {
          statement: 'Key themes in the feedback are identified and responded to.',
          action: 'Identify the key themes in stakeholder feedback and respond to them.',
        },
        {
          statement: 'Resources are committed to obtaining and responding to feedback.',
          action: 'Commit resources to obtaining and responding to stakeholder feedback.',
        },
      ],
      innovator: [
        {
          statement: 'The principles of AA1000 shape the approach to social value.',
          action: 'Apply the principles of AA1000 to develop the approach to social value.',
        },
        {
          statement:
            'The business reaches out proactively to local communities, local authorities and other stakeholders to improve its social value offer.',
          action:
            'Reach out proactively to local communities, local authorities and other stakeholders to improve the social value offer.',
        },
        {
          statement:
            'Stakeholder feedback is sought both for individual projects and for the organisation as a whole.',
          action:
            'Seek stakeholder feedback for the organisation as a whole as well as for individual projects.',
        },
        {
          statement:
            'External stakeholders are actively encouraged to take part in the accountability process.',
          action:
            'Actively encourage external stakeholders to take part in the accountability process.',
        },
        {
          statement: 'Feedback is evidenced and reported.',
          action: 'Evidence and report stakeholder feedback.',
        },
      ],
    },
    'community-projects-design': {
      follower: [
        {
          statement: 'The business supports at least ad hoc community initiatives.',
          action: 'Support ad hoc community initiatives.',
          guidance: 'The source expects no specific community projects at this level.',
        },
      ],
      mature: [
        {
          statement:
            'A standard set of activities meets a generic need, such as apprenticeship schemes or local spend.',
          action:
            'Offer a standard set of community activities that meet generic needs, such as apprenticeship schemes or local spend.',
        },
      ],
      leader: [
        {
          statement: 'Community activities follow a strategic approach.',
          action: 'Take a strategic approach to community activities.',
        },
        {
          statement: 'Activities are targeted at, and appropriate to, the local community.',
          action: 'Target activities to suit the local community.',
        },
        {
          statement: 'Innovation from within the business is promoted and supported.',
          action: 'Promote and support innovation from within the business.',
        },
      ],
      innovator: [
        {
          statement:
            'Initiatives are designed for the greatest impact by considering their lifetime benefits to individuals and communities.',
          action:
            'Maximise the impact of initiatives by considering their lifetime benefits to individuals and communities.',
        },
        {
          statement: 'The social impact of mainstream activities is considered.',
          action: 'Consider the social impact of mainstream business activities.',
        },
        {
          statement:
            'The business collaborates with the local authority and other contractors, including its supply chain, so that activities make the most of social value.',
          action:
            'Collaborate with the local authority and other contractors, including the supply chain, to optimise the social value of activities.',
        },
      ],
    },
    'social-value-measurement': {
      follower: [
        {
          statement:
            'The business can show what it delivered on a contract where the contracting authority asked for social value.',
          action:
            'Record what is delivered on each contract where the contracting authority asks for social value.',
        },
      ],
      mature: [
        {
          statement:
            'Some social value data is collated across the business, even without a specific measurement solution.',
          action: 'Start collating social value data across the business.',
        },
      ],
      leader: [
        {
          statement:
            'The business has developed its own TOMs, reflecting what it does and matching public sector needs.',
          action:
            'Develop your own TOMs that reflect what the business does and match public sector needs.',
        },
        {
          statement:
            "'Output' data is collated and valued with a suitable numeric approach against local authority themes, outcomes and measures.",
          action:
            "Collate 'output' data and value it with a suitable numeric approach against local authority themes, outcomes and measures.",
        },
        {
          statement: 'About +5% Social Value Add (SVA) is achieved on all projects.',
          action: 'Achieve about +5% Social Value Add (SVA) on all projects.',
        },
      ],
      innovator: [
        {
          statement:
            'Collated data shows the added value (outcomes and impact) for communities over time, using financial and non-financial methods.',
          action:
            'Collate data that shows the outcomes and impact added for communities over time, using financial and non-financial methods.',
        },
        {
          statement: 'Processes take local needs into account and keep the TOMs current.',
          action: 'Set up processes that take local needs into account and keep the TOMs current.',
        },
        {
          statement: 'Both quantitative and intangible benefits are measured.',
          action: 'Measure intangible as well as quantitative benefits.',
        },
        {
          statement: 'An additional +10% Social Value Add (SVA) is achieved on all projects.',
          action: 'Achieve an additional +10% Social Value Add (SVA) on all projects.',
          guidance:
            "The appendix table gives +10%; the report's main text speaks of an additional +20% across key projects for a business innovator.",
        },
      ],
    },
    'bid-management-and-contract-reporting': {
      follower: [
        {
          statement: 'Tenders mention social value in general terms where it is a requirement.',
          action:
            'Address social value, at least in general terms, in every tender that requires it.',
        },
        {
          statement:
            'Where a contract requires social value, the contract manager is responsible for delivering it.',
          action:
            'Make the contract manager responsible for delivering social value wherever a contract requires it.',
        },
      ],
      mature: [
        {
          statement:
            'Tender responses give detail, with specific social value solutions, where required.',
          action:
            'Give detailed tender responses with specific social value solutions where required.',
        },
        {
          statement: 'Social value is reported every year where contract performance requires it.',
          action: 'Report social value every year as contract performance requires.',
        },
      ],
      leader: [
        {
          statement:
            'Every tender includes social value undertakings, whether or not they are required.',
          action:
            'Include social value undertakings in every tender, whether or not they are required.',
        },
        {
          statement:
            'Performance reviews and regular feedback to customers lead to action that keeps improving social value implementation and delivery.',
          action:
            'Hold performance reviews and give customers regular feedback, and act on them to keep improving social value delivery.',
        },
        {
          statement:
            'Processes feed lessons learnt and feedback into continuous improvement of practice, including benchmarking and case law.',
          action:
            'Set up processes that feed lessons learnt and feedback, including benchmarking and case law, into continuous improvement.',
        },
      ],
      innovator: [
        {
          statement:
            'Benchmarks across all contracts are shared with other organisations to establish best practice.',
          action:
            'Benchmark social value across all contracts and share the results with other organisations to establish best practice.',
        },
        {
          statement:
            'Every tender carries social value commitments based on financial and non-financial targets, whether or not they are required.',
          action:
            'Make social value commitments based on financial and non-financial targets in every tender, whether or not required.',
        },
        {
          statement: 'Customers receive feedback on progress every quarter.',
          action: 'Give customers quarterly feedback on social value progress.',
        },
      ],
    },
    'procurement-and-commissioning-of-supply-chain': {
      mature: [
        {
          statement: 'Relevant tenders include social value as part of the quality score.',
          action:
            'Include social value in relevant supply chain tenders as part of the quality score.',
        },
        {
          statement: 'Suppliers are engaged on key issues and given guidance.',
          action: 'Engage suppliers on key social value issues and give them guidance.',
        },
      ],
      leader: [
        {
          statement: 'Supply chain contracts explicitly ask for social value commitments.',
          action: 'Ask explicitly for social value commitments in supply chain contracts.',
        },
        {
          statement:
            'There is a specific focus on building capacity among micro, SME and third sector suppliers.',
          action:
            'Focus specifically on building capacity among micro, SME and third sector suppliers.',
        },
        {
          statement: 'The supply chain is trained to help it unlock social value opportunities.',
          action: 'Train the supply chain to help it unlock social value opportunities.',
        },
        {
          statement: 'Supplier summits are held to build understanding and capacity to deliver.',
          action: 'Hold supplier summits to build understanding and capacity to deliver.',
        },
      ],
      innovator: [
        {
          statement:
            'Social value is fully integrated into tendering, and suppliers are selected with social value as one of the main criteria.',
          action:
            'Integrate social value fully into tendering and select suppliers with social value as one of the main criteria.',
        },
        {
          statement:
            'SMEs and third sector organisations are supported through the bidding process.',
          action: 'Support SMEs and third sector organisations through the bidding process.',
        },
        {
          statement: 'Tier 2 and Tier 3 suppliers are required to report social value.',
          action: 'Require Tier 2 and Tier 3 suppliers to report social value.',
        },
      ],
    },
    reporting: {
      follower: [
        {
          statement: 'An annual CSR statement or a generic report is published.',
          action: 'Publish an annual CSR statement or report.',
        },
      ],
      mature: [
        {
          statement: 'A comprehensive CSR report includes some mention of social value.',
          action: 'Publish a comprehensive CSR report that covers social value.',
        },
      ],
      leader: [
        {
          statement: 'Social value activities across the business are reported comprehensively.',
          action: 'Report comprehensively on social value activities across the business.',
          guidance: 'At this level the source expects the data not yet to be assured.',
        },
      ],
      innovator: [
        {
          statement:
            'Integrated monthly reporting covers individual projects, the business as a whole and the supply chain (SMEs and voluntary sector).',
          action:
            'Report monthly in an integrated way on individual projects, the whole business and the supply chain (SMEs and voluntary sector).',
        },
        {
          statement: 'Reports are externally assured and made public.',
          action: 'Have reports externally assured and make them public.',
        },
        {
          statement:
            'Financial and non-financial information are reported together, holistically, for example as Integrated Reporting <IR>.',
          action:
            'Report financial and non-financial information together, for example using Integrated Reporting <IR>.',
        },
        {
          statement: 'A formal feedback loop enables proactive learning.',
          action: 'Set up a formal feedback loop so the business learns proactively.',
        },
      ],
    },
    'governance-and-accountability': {
      follower: [
        {
          statement: 'Social value is managed at project level where the contract requires it.',
          action: 'Manage social value at project level wherever a contract requires it.',
          guidance:
            "This is the source's second Follower item; its first records that there is no specific board-level responsibility yet, which sets no requirement.",
        },
      ],
      mature: [
        {
          statement:
            'The corporate strategy mentions the Social Value Act, with a specific cross-reference to sustainability.',
          action:
            'Refer to the Social Value Act in the corporate strategy, cross-referenced specifically to sustainability.',
        },
        {
          statement:
            'Social value is a recognised core principle, backed by a published social value policy and implementation strategy.',
          action:
            'Recognise social value as a core principle and publish a social value policy and implementation strategy.',
        },
        {
          statement: 'All relevant documents are available on the website.',
          action: 'Publish all relevant social value documents on the website.',
        },
        {
          statement: 'The board receives a social value report every year.',
          action: 'Report on social value to the board every year.',
        },
      ],
      leader: [
        {
          statement: 'The board directly oversees social value performance.',
          action: 'Give the board direct oversight of social value performance.',
        },
        {
          statement: 'Social value is measured and reported on regularly.',
          action: 'Measure and report on social value regularly.',
        },
      ],
      innovator: [
        {
          statement:
            'A main board member holds specific responsibility for delivering social value within the business.',
          action: 'Make a main board member specifically responsible for delivering social value.',
        },
        {
          statement:
            'Progress against targets is reported to the main board at least every two months.',
          action: 'Report progress against targets to the main board at least every two months.',
          guidance: "The source says 'at least bi-monthly'; we read it as every two months.",
        },
      ],
    },
  }),
  rules: { themeRule: 'cumulative', overallRounding: 'down', nonCompliantLevel: 'non-compliant' },
} satisfies MaturityModelInput;
