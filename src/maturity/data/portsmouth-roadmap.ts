import type { MaturityModelInput } from '../types.js';
import { criteriaByThemeAndLevel } from './criteria-table.js';

// Portsmouth City Council, Social Value Policy (March 2021), Appendix 1 "Roadmap to Development
// and Implementation": five stages, each to be satisfied before the next, expected to take three
// to five years. The stage names and their order are the source's; the stage goals are quoted
// in the level descriptions in shortened form; statements and actions are ours. The level below
// the first stage ('not-started', rank 0) is ours: it is where a council stands until every
// action of the first stage is done. The roadmap is council-wide, so the model has one theme.
// Criterion ids follow the source's lettering: `council-wide.shape.1` is stage 1, item a.

/** The input of the `portsmouthRoadmap` preset. */
export const portsmouthRoadmapInput = {
  id: 'portsmouth-roadmap',
  name: 'Portsmouth social value roadmap',
  version: 'March 2021',
  source: {
    title: 'Social Value Policy, Appendix 1: Roadmap to Development and Implementation',
    publisher: 'Portsmouth City Council',
    year: 2021,
    note:
      'Five stages over three to five years, each satisfied before the next. Stage names are the ' +
      "source's; statements and actions are ours. The 'not-started' level below the first stage " +
      'is ours. Item 2e reads only "Create measurable" in the source; we read it as measurable ' +
      'social value outcomes.',
  },
  levels: [
    {
      id: 'not-started',
      name: 'Not started',
      rank: 0,
      description:
        'The policy is adopted but the first stage of the roadmap is not yet complete (ours: the ' +
        'roadmap itself starts at stage 1).',
    },
    {
      id: 'shape',
      name: 'Shape, Align, Benchmark and Pilot',
      rank: 1,
      description:
        'Stage 1, commitment, capability and capacity: a strategy and sponsors are in place, ' +
        'current practice is mapped and social value is piloted in procurement.',
    },
    {
      id: 'learn',
      name: 'Learn, Unify and Rollout',
      rank: 2,
      description:
        'Stage 2, transparency and integrity of process: the pilot is reviewed, a tailored ' +
        'framework and a central store of data are in place, outcomes are measurable.',
    },
    {
      id: 'develop',
      name: 'Develop, Embed and Recognise',
      rank: 3,
      description:
        'Stage 3, quantifiable evidence of integrated social value creation, effective ' +
        'monitoring and learning: audited, embedded in HR and back office, recognised.',
    },
    {
      id: 'growth',
      name: 'Growth and Maximise',
      rank: 4,
      description:
        'Stage 4, embedded strategic and operational leadership and decision making: aligned ' +
        'with partners and anchor organisations, with clear evidence of value.',
    },
    {
      id: 'maturity',
      name: 'Maturity',
      rank: 5,
      description:
        'Stage 5, local societal change driven by the influence of social value: business as ' +
        'usual, and the council shapes the sector.',
    },
  ],
  themes: [
    {
      id: 'council-wide',
      name: 'Council-wide roadmap',
      description: 'The whole council, from policy to maturity (the roadmap has no themes).',
    },
  ],
  criteria: /* @__PURE__ */ criteriaByThemeAndLevel({
    'council-wide': {
      shape: [
        {
          statement: 'The council has an agreed social value strategy.',
          action: 'Write and agree a social value strategy.',
        },
        {
          statement: 'Named political and executive leaders sponsor social value.',
          action: 'Name a cabinet portfolio holder and an executive sponsor for social value.',
          guidance:
            'In its first year Portsmouth also renamed its working group the Social Value Task ' +
            'Force, with task-and-finish groups reporting to it.',
        },
        {
          statement: "Social value is aligned with the council's policies and impact assessments.",
          action: "Align social value with the council's policies and impact assessments.",
        },
        {
          statement: 'Current social value practice is mapped and benchmarked.',
          action: 'Map and benchmark current social value practice.',
          guidance:
            'For example a baseline of local, SME and VCSE spend, and a review of the social value ' +
            'in the largest contracts.',
        },
        {
          statement: 'Social value has been piloted in procurement and commissioning.',
          action:
            'Pilot social value in procurement and commissioning where relevant and proportionate.',
        },
      ],
      learn: [
        {
          statement: 'The pilot has been reviewed independently.',
          action: 'Have the pilot reviewed independently.',
        },
        {
          statement: 'A social value framework tailored to the council is in use.',
          action: 'Build a social value framework tailored to the council and put it to use.',
        },
        {
          statement: 'Social value information and data are managed in one central repository.',
          action: 'Set up a central repository for social value information and data.',
        },
        {
          statement: "The pilot's findings have been independently reviewed or audited.",
          action: "Have the pilot's findings independently reviewed or audited.",
        },
        {
          statement: 'Social value outcomes are set in measurable terms.',
          action: 'Make social value outcomes measurable.',
        },
      ],
      develop: [
        {
          statement: 'An independent audit has been carried out and its report published.',
          action: 'Commission an independent audit of social value and publish its report.',
        },
        {
          statement: 'Social value is built into HR processes and back-office systems.',
          action: 'Build social value into HR processes and back-office systems and processes.',
        },
        {
          statement: 'Social value delivered is rewarded and recognised, after independent checks.',
          action: 'Reward and recognise social value delivered, once independently verified.',
        },
      ],
      growth: [
        {
          statement:
            'Social value is aligned with public sector partners and anchor organisations.',
          action: 'Align social value work with public sector partners and anchor organisations.',
        },
        {
          statement: 'There is clear evidence of value, built on learning and culture change.',
          action:
            'Gather clear evidence of value built on learning, best practice and culture change.',
        },
      ],
      maturity: [
        {
          statement: 'Social value is business as usual across the council.',
          action: 'Run social value as business as usual across the council.',
        },
        {
          statement: "The council's social value practice drives and influences the sector.",
          action: "Use the council's social value practice to drive and influence the sector.",
        },
      ],
    },
  }),
  rules: { themeRule: 'cumulative', overallRounding: 'down' },
} satisfies MaturityModelInput;
