// Maturity: the SVMI worked example from "Bridging the Gap" (Surrey County Council), a business
// assessed from its criteria with a two-year action plan, and Portsmouth's staged roadmap.
import {
  assessMaturity,
  compareAssessments,
  formatAssessmentTable,
  formatPlanMarkdown,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from 'social-value';
import { heading, table } from './print.js';

heading('SVMI worked example: Surrey County Council, present and future');
const present = assessMaturity(
  svmiPublicSector,
  {
    'policy-and-scope': 'leader',
    'internal-management': 'leader',
    // Measurement is answered criterion by criterion (see docs/maturity.md).
    'measurement-toms': {
      met: [
        'measurement-toms.mature.1',
        'measurement-toms.mature.2',
        'measurement-toms.mature.3',
        'measurement-toms.innovator.3',
      ],
    },
    commissioning: 'mature',
    procurement: 'mature',
    'market-engagement-and-partnerships': 'leader',
    'contract-management': 'mature',
    'cross-sector-collaboration': 'mature',
    reporting: 'mature',
    'governance-and-accountability': 'leader',
  },
  { label: 'Present' },
);
const future = assessMaturity(
  svmiPublicSector,
  {
    'policy-and-scope': 'leader',
    'internal-management': 'innovator',
    'measurement-toms': 'innovator',
    commissioning: 'leader',
    procurement: 'innovator',
    'market-engagement-and-partnerships': 'leader',
    'contract-management': 'leader',
    'cross-sector-collaboration': 'mature',
    reporting: 'leader',
    'governance-and-accountability': 'leader',
  },
  { label: 'Future' },
);
const comparison = compareAssessments(present, future);
table([
  ['Theme', 'Present', 'Future'],
  ...comparison.themes.map((row) => [
    row.themeName,
    row.presentLevelName ?? '',
    row.targetLevelName ?? '',
  ]),
]);
console.log(`\n${present.overall.reason}`);
console.log(future.overall.reason);
console.log(
  `Most attention: ${comparison.attention
    .slice(0, 3)
    .map((id) => svmiPublicSector.themes.find((t) => t.id === id)?.name)
    .join(', ')}`,
);

heading('Action plan extract: the measurement theme');
const surreyPlan = planActions(svmiPublicSector, { present, target: future });
const measurement = surreyPlan.themes.find((theme) => theme.theme === 'measurement-toms');
for (const level of measurement?.levels ?? []) {
  console.log(`To reach ${level.levelName}:`);
  for (const step of level.steps) console.log(`  - ${step.action}`);
}
console.log(
  `\nThe whole plan: ${surreyPlan.counts.steps} steps across ${surreyPlan.counts.themesWithGap} themes.`,
);

heading('A business assessed from its criteria (Harbour Build Ltd, illustrative)');
const business = assessMaturity(
  svmiBusiness,
  {
    'policy-and-scope': {
      met: [
        'policy-and-scope.follower.1',
        'policy-and-scope.mature.1',
        'policy-and-scope.mature.2',
        'policy-and-scope.mature.3',
        'policy-and-scope.leader.2',
      ],
      evidence: { 'policy-and-scope.mature.1': 'Social value policy v2, approved May 2025' },
    },
    'culture-and-management': {
      level: 'leader',
      met: [
        'culture-and-management.mature.1',
        'culture-and-management.mature.2',
        'culture-and-management.mature.3',
        'culture-and-management.mature.4',
        'culture-and-management.leader.2',
      ],
    },
    'stakeholder-engagement': {
      met: ['stakeholder-engagement.follower.1', 'stakeholder-engagement.mature.1'],
    },
    'community-projects-design': {
      met: [
        'community-projects-design.follower.1',
        'community-projects-design.mature.1',
        'community-projects-design.leader.1',
        'community-projects-design.leader.2',
        'community-projects-design.leader.3',
      ],
    },
    'social-value-measurement': {
      met: ['social-value-measurement.follower.1', 'social-value-measurement.mature.1'],
    },
    'bid-management-and-contract-reporting': { level: 'mature' },
    'procurement-and-commissioning-of-supply-chain': {
      met: {
        'procurement-and-commissioning-of-supply-chain.mature.1': true,
        'procurement-and-commissioning-of-supply-chain.mature.2': false,
      },
    },
    reporting: { met: ['reporting.follower.1', 'reporting.mature.1'] },
    // Governance and accountability is left out: it is reported, not counted as Follower.
  },
  { label: '2026' },
);
console.log(formatAssessmentTable(business));
console.log('\nWarnings:');
for (const warning of business.warnings) console.log(`  - ${warning.code}: ${warning.message}`);

heading('Its two-year plan (as Markdown for the board paper)');
const businessPlan = planActions(svmiBusiness, {
  present: business,
  target: {
    'policy-and-scope': 'leader',
    'culture-and-management': 'leader',
    'stakeholder-engagement': 'mature',
    'social-value-measurement': 'leader',
    'procurement-and-commissioning-of-supply-chain': 'mature',
  },
  years: 2,
});
console.log(
  formatPlanMarkdown(businessPlan, { title: 'Harbour Build: social value plan 2026-2028' }),
);

heading("Portsmouth's roadmap: stages to be met in order");
const portsmouth = assessMaturity(portsmouthRoadmap, {
  'council-wide': {
    met: [
      'council-wide.shape.1',
      'council-wide.shape.2',
      'council-wide.shape.3',
      'council-wide.shape.4',
    ],
  },
});
console.log(portsmouth.themes[0]?.reason);
const roadmapPlan = planActions(portsmouthRoadmap, {
  present: portsmouth,
  target: { 'council-wide': 'develop' },
  years: 3,
  spreadBy: 'level', // a stage is finished before the next begins
});
table([
  ['Year', 'Stage', 'Action'],
  ...roadmapPlan.schedule.flatMap((year) =>
    year.steps.map((step) => [String(year.year), step.levelName, step.action]),
  ),
]);
