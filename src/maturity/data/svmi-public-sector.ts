// Source: "Bridging the Gap: Improving Communities with the Social Value Maturity Index",
// social value best-practice task force (Social Value Portal), 2016 — Appendix (a), table
// "Public Sector Social Value Maturity Index": its Overview row and its requirements for each of
// the 10 themes at the Follower, Mature, Leader and Innovator levels, in table order. The level
// rules (highest level whose requirements are all met; overall = average across themes) and the
// "Incomplete/Non Compliant" level come from the section "How to Use the Social Value Maturity
// Index". The wording of every description, statement and action below is ours (a faithful
// paraphrase); codes, figures and named things (the Act, TOMs, OJEU, SMART, KPI) are the source's.
//
// Follower cells: the source's Follower column describes the starting point. Where a cell only
// records an absence ("None", "No SV reporting and feedback"), it sets no requirement and the
// theme has no Follower criterion (the theme description says so); where it names something the
// organisation does, even if only what the Act requires, that item is a criterion.
//
// Criterion ids are `${themeId}.${levelId}.${n}`, n counting the criteria of that cell from 1 in
// table order. Ids never change once published.

import type { MaturityModelInput } from '../types.js';
import { criteriaByThemeAndLevel } from './criteria-table.js';

/**
 * Input for the Social Value Maturity Index for the public sector (task force, 2016): five
 * levels, 10 themes and every criterion of the index's appendix table, in our own words.
 */
export const svmiPublicSectorInput = {
  id: 'svmi-public-sector',
  name: 'Social Value Maturity Index (public sector)',
  version: '2016',
  source: {
    title: 'Bridging the Gap: Improving Communities with the Social Value Maturity Index',
    publisher: 'Social value best-practice task force',
    year: 2016,
    note: 'Appendix: Public Sector Social Value Maturity Index (Overview row and the Follower, Mature, Leader and Innovator requirements of 10 themes). Wording paraphrased.',
  },
  levels: [
    {
      id: 'non-compliant',
      name: 'Non-compliant',
      rank: 0,
      description:
        'Does not yet meet the basic duty of the Public Services (Social Value) Act 2012 to consider social value.',
    },
    {
      id: 'follower',
      name: 'Follower',
      rank: 1,
      description: 'Driven by compliance: does only what is needed to satisfy the Act.',
    },
    {
      id: 'mature',
      name: 'Mature',
      rank: 2,
      description:
        'Works social value into procurement and commissioning actively, without waiting to be required to.',
    },
    {
      id: 'leader',
      name: 'Leader',
      rank: 3,
      description:
        'Social value is part of the corporate strategy, backed by thorough frameworks for managing and delivering it.',
    },
    {
      id: 'innovator',
      name: 'Innovator',
      rank: 4,
      description:
        'Social value is a core operating measure, built into every directorate, department and activity and reported regularly against targets.',
    },
  ],
  themes: [
    {
      id: 'policy-and-scope',
      name: 'Policy & Scope',
      description: 'Whether there is a social value policy, and which spending it covers.',
    },
    {
      id: 'internal-management',
      name: 'Internal Management',
      description:
        'How social value is managed inside the organisation. The source sets no Follower requirement: at that level no officer or member yet has a direct reporting responsibility for social value.',
    },
    {
      id: 'measurement-toms',
      name: 'Measurement: TOMs',
      description:
        'How social value is measured against Themes, Outcomes and Measures (TOMs), and how stakeholders are consulted to keep the measures current. The source sets no Follower requirement: at that level social value is not yet measured, or metrics are still being developed.',
    },
    {
      id: 'commissioning',
      name: 'Commissioning',
      description: 'How social value is built into the design and commissioning of services.',
    },
    {
      id: 'procurement',
      name: 'Procurement',
      description:
        'How the organisation procures for social value, and the weighting and scoring it uses.',
    },
    {
      id: 'market-engagement-and-partnerships',
      name: 'Market Engagement and Partnerships',
      description:
        'How suppliers are engaged, and how market awareness and capacity are built in the private and third sectors, including SMEs.',
    },
    {
      id: 'contract-management',
      name: 'Contract Management',
      description:
        'How the delivery of social value is managed after contract award. The source sets no Follower requirement: at that level contracts are not yet monitored for social value in any coherent way.',
    },
    {
      id: 'cross-sector-collaboration',
      name: 'Cross Sector Collaboration',
      description:
        'How the organisation works with the other public bodies in its area, including common TOMs and coordinated procurement. The source sets no Follower requirement (its Follower cell reads "None").',
    },
    {
      id: 'reporting',
      name: 'Reporting',
      description:
        'How progress against targets is reported, and whether benchmarks are being developed. The source sets no Follower requirement: at that level there is no social value reporting or feedback yet.',
    },
    {
      id: 'governance-and-accountability',
      name: 'Governance and Accountability',
      description:
        'Public accountability for progress against targets, how decisions are made, and how social value reflects council priorities.',
    },
  ],
  criteria: /* @__PURE__ */ criteriaByThemeAndLevel({
    'policy-and-scope': {
      follower: [
        {
          statement:
            'Social value is considered where the Act requires it (services contracts above the EU procurement threshold).',
          action:
            'Consider social value in every services contract above the EU procurement threshold, as the Act requires.',
          guidance:
            'The source expects no specific policy at this level: compliance with the Act is enough.',
        },
      ],
      mature: [
        {
          statement: 'A policy and a process decide which contracts should include social value.',
          action:
            'Adopt a social value policy with a process for deciding which contracts must include social value.',
        },
        {
          statement:
            'The contract value above which social value is included is justified as relevant, proportionate and considered.',
          action:
            'Set a relevant, proportionate threshold above which contracts include social value, and record why.',
        },
      ],
      leader: [
        {
          statement:
            'Social value requirements apply to supplies, works and services contracts both above and below the OJEU thresholds.',
          action:
            'Extend social value requirements to supplies, works and services contracts above and below the OJEU thresholds.',
        },
        {
          statement: "Requirements are tailored to each contract's size and scope.",
          action: "Tailor social value requirements to each contract's size and scope.",
        },
        {
          statement: 'Social value is built into frameworks where appropriate.',
          action: 'Build social value into frameworks where appropriate.',
        },
      ],
      innovator: [
        {
          statement:
            'Social value requirements cover grants, supplies, works, services and planning.',
          action:
            'Apply social value requirements to grants and planning as well as to supplies, works and services.',
        },
        {
          statement:
            'Social value created outside contracts is encouraged, for example through time banks or charter-accredited organisations.',
          action:
            'Encourage social value work outside contracts, for example through time banks and charter-accredited organisations.',
        },
        {
          statement: 'Every framework includes social value.',
          action: 'Cover all frameworks with social value requirements.',
        },
        {
          statement:
            'Specific policies cover stakeholder involvement, materiality assessment and valuation.',
          action:
            'Adopt specific policies on stakeholder involvement, materiality assessment and the valuation of social value.',
        },
      ],
    },
    'internal-management': {
      mature: [
        {
          statement:
            'A councillor, Cabinet member or board/authority member is responsible for leading and reporting on social value.',
          action:
            'Give a councillor, Cabinet member or board/authority member responsibility for leading and reporting on social value.',
        },
      ],
      leader: [
        {
          statement:
            'One or more named officers manage and deliver social value across procurement and commissioning and report on it to the board or members.',
          action:
            'Name officers responsible for managing and delivering social value across procurement and commissioning and for reporting to the board or members.',
        },
        {
          statement:
            'Relevant officers receive social value training and resources to carry out the social value strategy.',
          action:
            'Train relevant officers and give them the resources to carry out the social value strategy.',
        },
      ],
      innovator: [
        {
          statement:
            'Every officer is expected to take responsibility for managing and delivering social value.',
          action:
            "Make managing and delivering social value part of every officer's responsibilities.",
        },
        {
          statement:
            'Social value is a KPI for reviewing progress at the relevant Cabinet or Scrutiny Committee meetings.',
          action:
            'Use social value as a KPI when reviewing progress at the relevant Cabinet or Scrutiny Committee meetings.',
        },
      ],
    },
    'measurement-toms': {
      mature: [
        {
          statement:
            'Social value is measured in non-financial terms against an approved set of TOMs.',
          action: 'Measure social value in non-financial terms against an approved set of TOMs.',
        },
        {
          statement:
            'A golden thread links the TOMs, the corporate strategy and the social value policy.',
          action:
            'Keep a clear golden thread between the TOMs, the corporate strategy and the social value policy.',
        },
        {
          statement:
            'The detailed TOMs are on the website and available to all suppliers as part of the social value policy.',
          action:
            'Publish the detailed TOMs on the website and make them available to all suppliers with the social value policy.',
        },
      ],
      leader: [
        {
          statement:
            'Social value is measured in both non-financial and financial terms against themes and outcomes.',
          action:
            'Start measuring social value in financial as well as non-financial terms against the themes and outcomes of the TOMs.',
        },
        {
          statement:
            'The TOMs, including their values, are updated every year, supported by evidence and a methodology.',
          action:
            'Set up a yearly update of the TOMs and their values, supported by evidence (case studies, live contracts) and a methodology.',
        },
        {
          statement:
            'Outcomes are weighted systematically to council and local priorities (targeting).',
          action: 'Introduce a systematic weighting of outcomes by council and local priorities.',
        },
      ],
      innovator: [
        {
          statement:
            'Social value is measured in both non-financial and financial terms against themes and outcomes.',
          action:
            'Keep measuring social value in both financial and non-financial terms against the themes and outcomes.',
          guidance:
            'The source repeats the Leader requirement word for word at this level; the two are met together.',
          restates: 'measurement-toms.leader.1',
        },
        {
          statement: 'Financial weightings are adjusted in response to stakeholder feedback.',
          action: 'Use stakeholder feedback to adjust the financial weightings of outcomes.',
        },
        {
          statement:
            'Processes let the TOMs be updated to follow local community priorities, for example through a Community Social Value Charter.',
          action:
            'Put processes in place to update the TOMs as local community priorities change, for example a Community Social Value Charter.',
        },
        {
          statement:
            'Other stakeholders and public sector bodies, including health, education and emergency services, are consulted when the TOMs are developed.',
          action:
            'Consult stakeholders and other public bodies, such as health, education and emergency services, when developing or updating the TOMs.',
        },
      ],
    },
    commissioning: {
      follower: [
        {
          statement: 'Commissioning gives social value the attention the Act requires.',
          action:
            "Make sure commissioning meets the Act's duty to consider economic, social and environmental well-being before procurement.",
          guidance:
            'The source describes this level as giving commissioning no specific social value attention beyond what the Act requires.',
        },
      ],
      mature: [
        {
          statement: 'Needs assessments are used to update how projects are commissioned.',
          action: 'Use needs assessments to update the approach to commissioning projects.',
        },
        {
          statement:
            'Key projects have been re-commissioned with social value creation at their core.',
          action: 'Re-commission key projects with social value creation at their core.',
        },
      ],
      leader: [
        {
          statement:
            'Social value runs through the whole commissioning cycle, with procurement involved throughout.',
          action:
            'Thread social value through the whole commissioning cycle and involve procurement from start to finish.',
        },
        {
          statement:
            'Every new contract is assessed before procurement for what it could contribute to social value objectives.',
          action:
            'Assess every new contract before procurement for its potential contribution to social value objectives.',
        },
        {
          statement:
            'The TOMs are adjusted in line with the overall social value delivery strategy.',
          action: 'Adjust the TOMs to the overall social value delivery strategy.',
        },
        {
          statement:
            'For self-service projects led by user departments, social value is built into the guidance, resources and templates.',
          action:
            'Build social value into the guidance, resources and templates used for self-service (user-department-led) projects.',
        },
      ],
      innovator: [
        {
          statement:
            'All services are commissioned with an outcomes approach and cross-departmental collaboration, including with planning.',
          action:
            'Commission all services with an outcomes approach, collaborating across departments including planning.',
        },
        {
          statement:
            'Commissioning and procurement teams give each other regular feedback so that the TOMs stay live and relevant.',
          action:
            'Set up regular feedback between the commissioning and procurement teams to keep the TOMs live and relevant.',
        },
        {
          statement:
            'Social value is mapped geospatially and measured as part of the evaluation criteria.',
          action:
            'Map social value geospatially and measure it as part of the evaluation criteria.',
        },
        {
          statement: 'Outcomes are updated systematically to build on stakeholder feedback.',
          action: 'Update outcomes systematically in response to stakeholder feedback.',
        },
      ],
    },
    procurement: {
      follower: [
        {
          statement:
            'Service tenders mention social value where relevant, even without a weighting or a specific score.',
          action: 'Mention social value in relevant service tenders.',
          guidance: 'At this level the source expects no social value weighting or specific score.',
        },
        {
          statement:
            'Tenderers are asked for social value commitments to improve the economic, social and environmental well-being of the relevant area.',
          action:
            'Ask tenderers for commitments to improve the economic, social and environmental well-being of the relevant area.',
        },
      ],
      mature: [
        {
          statement:
            'Every relevant tender includes social value requirements as part of the quality score.',
          action:
            'Include social value requirements in every relevant tender as part of the quality score.',
        },
        {
          statement: 'Social value carries a weighting of 5–10% within the quality score.',
          action: 'Weight social value at 5–10% within the quality score.',
        },
      ],
      leader: [
        {
          statement:
            'All tenders, for contracts and frameworks, include social value requirements.',
          action:
            'Include social value requirements in all tenders, for contracts and frameworks alike.',
        },
        {
          statement:
            'A specific scoring and weighting system gives social value at least 5% of the total score.',
          action:
            'Adopt a specific scoring and weighting system that gives social value at least 5% of the total score.',
        },
        {
          statement: 'Relevant gateways and checks keep tenders consistent.',
          action:
            'Put gateways and checks in place to keep social value consistent across tenders.',
        },
        {
          statement:
            'Processes feed lessons learnt and feedback into continuous improvement of practice, including the policy and toolkit.',
          action:
            'Set up processes that feed lessons learnt and feedback into continuous improvement of practice, the policy and the toolkit.',
        },
      ],
      innovator: [
        {
          statement:
            'TOMs are shared by more than one department, with feedback and improvement processes.',
          action: 'Share the TOMs across departments, with processes for feedback and improvement.',
        },
        {
          statement:
            'Social value carries at least 10% of the total score, unless a robust rationale justifies less.',
          action:
            'Weight social value at 10% or more of the total score, recording a robust rationale whenever a lower weighting is used.',
        },
        {
          statement: 'Processes across departments keep social value procurement consistent.',
          action:
            'Put processes in place across departments to keep social value procurement consistent.',
        },
      ],
    },
    'market-engagement-and-partnerships': {
      follower: [
        {
          statement:
            'Initial, if ad hoc, steps have been taken to engage the market on social value.',
          action: 'Take initial steps to engage the market on social value.',
        },
      ],
      mature: [
        {
          statement:
            'Initiatives build capacity and shape the market with the business community and third sector providers.',
          action:
            'Run initiatives with businesses and third sector providers to build capacity and shape the market.',
        },
        {
          statement:
            'Project-specific market engagement is offered or delivered where relevant and appropriate.',
          action: 'Offer project-specific market engagement where relevant and appropriate.',
        },
      ],
      leader: [
        {
          statement:
            'Supplier summits are held regularly, both to build capacity and to gather feedback.',
          action: 'Hold regular supplier summits to build capacity and gather feedback.',
        },
        {
          statement:
            'Case studies and examples of innovation illustrate the different levels and actions.',
          action:
            'Provide case studies and examples of innovation that illustrate the different levels and actions.',
        },
        {
          statement:
            'A market development plan is part of the policy underpinning commissioning development and the action plan.',
          action:
            'Make a market development plan part of the policy underpinning commissioning development and the action plan.',
        },
        {
          statement:
            'There is a specific focus on upskilling local micro, small and medium-sized enterprises, businesses and VCS organisations.',
          action:
            'Focus on upskilling local micro, small and medium-sized enterprises, businesses and VCS organisations.',
        },
        {
          statement: 'Forums for social value networking and engagement are held regularly.',
          action: 'Hold regular social value networking and engagement forums.',
        },
      ],
      innovator: [
        {
          statement:
            'Specific initiatives, such as time brokerage and time banking, have begun building partnerships with business and the third sector.',
          action:
            'Start specific partnership initiatives with business and the third sector, such as time brokerage and time banking.',
        },
        {
          statement:
            'B2B and B2Three (business-to-third-sector) relationships are promoted, for larger suppliers and long-term frameworks.',
          action:
            'Promote B2B and B2Three relationships among larger suppliers and on long-term frameworks.',
        },
        {
          statement:
            'Feedback is gathered continuously, including a yearly provider satisfaction survey.',
          action:
            'Keep feedback mechanisms running, including a yearly provider satisfaction survey.',
        },
        {
          statement: 'A cross-sector advisory group meets regularly to give feedback.',
          action: 'Set up a cross-sector advisory group that meets regularly to give feedback.',
        },
      ],
    },
    'contract-management': {
      mature: [
        {
          statement:
            'Specific, targeted social value action plans are bound into contracts, and performance against them is monitored.',
          action:
            'Bind specific, targeted social value action plans into contracts and monitor performance against them.',
        },
      ],
      leader: [
        {
          statement:
            'Performance reviews and regular feedback lead to action that keeps improving social value implementation and delivery.',
          action:
            'Hold performance reviews and give regular feedback, and act on them to keep improving social value delivery.',
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
            'Benchmarks across all contracts are shared with other councils to establish best practice.',
          action:
            'Benchmark social value across all contracts and share the results with other councils to establish best practice.',
        },
        {
          statement: 'Suppliers receive feedback on their progress every quarter.',
          action: 'Give suppliers quarterly feedback on their social value progress.',
        },
      ],
    },
    'cross-sector-collaboration': {
      mature: [
        {
          statement:
            'Relevant public bodies, such as health, education and emergency services, have been identified and preliminary discussions held.',
          action:
            'Identify the relevant public bodies, such as health, education and emergency services, and hold preliminary discussions.',
        },
        {
          statement: 'Data is shared informally, with ad hoc joint procurement or commissioning.',
          action:
            'Begin sharing data informally and take up ad hoc joint procurement or commissioning.',
        },
      ],
      leader: [
        {
          statement:
            'A cross-sector committee develops joined-up social value policies and shared TOMs and manages their delivery.',
          action:
            'Form a cross-sector committee to develop joined-up social value policies and shared TOMs and to manage their delivery.',
        },
        {
          statement: 'Meetings and feedback sessions are held regularly.',
          action: 'Hold regular cross-sector meetings and feedback sessions.',
        },
        {
          statement: 'There is a shared implementation plan.',
          action: 'Agree a shared implementation plan with the partner bodies.',
        },
      ],
      innovator: [
        {
          statement:
            'A common set of TOMs is used by all public sector bodies in their procurement and reporting.',
          action:
            'Create a common set of TOMs for all public sector bodies in the area to use in procurement and reporting.',
        },
        {
          statement: 'Regular cross-sector meetings share feedback and benchmarks.',
          action: 'Hold regular cross-sector meetings to share feedback and benchmarking.',
        },
        {
          statement: 'Opportunities for shared commissioning and procurement are explored.',
          action: 'Explore opportunities for shared commissioning and procurement.',
        },
        {
          statement:
            'Cost savings are identified and the results shared to build the financial case.',
          action: 'Identify cost savings and share the results to show the financial benefits.',
        },
        {
          statement: 'Reporting is common across the partner bodies.',
          action: 'Adopt common reporting with the partner bodies.',
        },
      ],
    },
    reporting: {
      mature: [
        {
          statement:
            'The Cabinet or Scrutiny Committee receives feedback every year on the social value created.',
          action:
            'Report every year to the Cabinet or Scrutiny Committee on the social value created.',
        },
        {
          statement:
            'Robust reporting on progress and delivery is in place and published every year.',
          action:
            'Put robust reporting on progress and delivery in place and publish it every year.',
        },
      ],
      leader: [
        {
          statement: 'The Cabinet or Scrutiny Committee receives regular feedback on social value.',
          action: 'Give the Cabinet or Scrutiny Committee regular feedback on social value.',
        },
        {
          statement: 'The annual report includes benchmarks and progress against targets.',
          action: 'Include benchmarking and progress against targets in the annual report.',
        },
      ],
      innovator: [
        {
          statement:
            'Citizens receive regular feedback on the value created against targets, including local performance.',
          action:
            'Report regularly to citizens on the value created against targets, including local performance.',
        },
        {
          statement:
            'Innovative communication, such as geospatial mapping and digital channels, is used to gather citizen feedback.',
          action:
            'Use innovative communication, such as geospatial mapping and digital channels, to gather citizen feedback.',
        },
        {
          statement:
            'Evidence of where social value has made a difference is published, with relevant case studies.',
          action:
            'Publish evidence, with case studies, of where social value has made a difference.',
        },
      ],
    },
    'governance-and-accountability': {
      follower: [
        {
          statement:
            "The council or authority has met the Act's requirement to consider social value, and this is minuted.",
          action: 'Consider social value as the Act requires and record it in the minutes.',
        },
      ],
      mature: [
        {
          statement: 'The corporate strategy mentions the Social Value Act.',
          action: 'Refer to the Social Value Act in the corporate strategy.',
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
      ],
      leader: [
        {
          statement: 'A Cabinet Member directly oversees social value performance.',
          action: 'Give a Cabinet Member direct oversight of social value performance.',
        },
        {
          statement:
            'Social value is embedded in commissioning and procurement practice, tools, resources and processes, with a ratified policy and toolkit that are published.',
          action:
            'Embed social value in commissioning and procurement practice, tools, resources and processes, and ratify and publish the policy and toolkit.',
        },
        {
          statement: 'An overarching action plan underpins social value implementation.',
          action: 'Underpin social value implementation with an overarching action plan.',
        },
        {
          statement: 'Social value is measured and reported on regularly.',
          action: 'Measure and report on social value regularly.',
        },
      ],
      innovator: [
        {
          statement:
            'Performance is scrutinised at Cabinet level, with regular reporting as appropriate.',
          action:
            'Bring social value performance under Cabinet-level scrutiny with regular reporting.',
        },
        {
          statement:
            'The council or authority has set SMART targets and is ready to be held to account for them.',
          action: 'Set SMART social value targets and commit to being accountable for them.',
        },
        {
          statement:
            'In a larger council, each department has targets and reports against them every year.',
          action:
            'In a larger council, set targets for each department and report against them every year.',
          guidance: 'The source applies this to larger councils.',
        },
        {
          statement:
            'A cross-sector social value advisory group provides oversight, scrutiny and challenge.',
          action:
            'Set up a cross-sector social value advisory group to provide oversight, scrutiny and challenge.',
        },
        {
          statement:
            'Reported social value is verified by a third party (for example, independent assurance).',
          action:
            'Have reported social value verified by a third party, such as an independent assurer.',
        },
      ],
    },
  }),
  rules: { themeRule: 'cumulative', overallRounding: 'down', nonCompliantLevel: 'non-compliant' },
} satisfies MaturityModelInput;
