// One realistic sample of every kind of object the library returns or defines, made through the
// public API from the project's own examples and fixtures, for the tests that hold every kind to
// the same rules (test/revive.test.ts, test/conventions.test.ts).
//
// Each sample is built on first use and kept (the builders share a few inputs, such as seed
// 004's framework). `samples` has one of every kind in `SnapshotKinds`; `prototypeSamples` has,
// for the kinds with records keyed by user strings (ids, tags, years, value types, departments),
// a second sample whose keys are `__proto__`, `constructor` and `toString`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type PledgeSheetBatch,
  parsePledgeSheet,
  parseSpendLedger,
  streamPledgeSheet,
  toFramework,
  toPledges,
} from '../src/csv/index.js';
import {
  analyseSpend,
  assessImpact,
  assessMaturity,
  benchmarkSocialValueAdded,
  breakevenPeriod,
  checkWeighting,
  compareAssessments,
  createValuationAccumulator,
  type Delivery,
  defineEvaluation,
  defineFramework,
  defineMaturityModel,
  definePolicy,
  defineSpendMultiplier,
  deliveryStatus,
  estimateLocalImpact,
  evaluateTenders,
  extendFramework,
  financialYear,
  flagAbnormallyLow,
  getMeasure,
  lm3,
  planActions,
  policies,
  presentValue,
  reconcilePledgeSheet,
  requiresSocialValue,
  type SnapshotKind,
  type SnapshotKinds,
  socialValueBudget,
  socialValuePortalBenchmark,
  sroiRatio,
  summarisePortfolio,
  svmiBusiness,
  svmiPublicSector,
  toDecimal,
  trackDelivery,
  ukProcurementThreshold,
  valueForCostRatio,
  valuePledges,
  weightSensitivity,
  whatIf,
} from '../src/index.js';
import { readOcdsAwardCriteria, toWeighting } from '../src/ocds/index.js';
import { councilLedger } from './spend/council-ledger.js';

const root = join(import.meta.dirname, '..');

/** Builds a value on first use, then returns the same one. */
function once<T>(build: () => T): () => T {
  let value: { readonly built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}

// Seed 004, the council pledge sheet of examples/pledge-sheet.csv (as in examples/02-valuation.ts).
const pledgeSheet = once(() =>
  parsePledgeSheet(readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8'), {
    comments: '#',
  }),
);
// The last batch of seed 004's sheet streamed 20 rows at a time: its 2 last rows and the total.
// Built here, as the stream is asynchronous and the samples are not.
const lastBatch: PledgeSheetBatch = await (async () => {
  let last: PledgeSheetBatch | undefined;
  const text = readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8');
  for await (const batch of streamPledgeSheet([text], { comments: '#', batchSize: 20 })) {
    last = batch;
  }
  return last!;
})();
const seedFramework = once(() => {
  const fromSheet = toFramework(pledgeSheet().rows, {
    id: 'seed-004',
    name: 'Council pledge sheet (seed 004)',
    edition: 'sheet',
    priceYear: 2021,
    source: 'Seed 004: Example of Progressive Procurement Using The Social Value Portal',
    exclusivityGroups: { NT18: 'local spend', NT19: 'local spend' },
  });
  return extendFramework(fromSheet, {
    id: 'seed-004-unrounded',
    name: 'Council pledge sheet, unrounded local-spend proxy',
    measures: (['NT18', 'NT19'] as const).map((code) => {
      const measure = getMeasure(fromSheet, code);
      return {
        code,
        theme: measure.theme,
        title: measure.title,
        unit: measure.unit,
        proxyValue: '0.9638118',
        valueType: measure.valueType,
        exclusivityGroup: 'local spend',
      };
    }),
  });
});
const seedValuation = once(() =>
  valuePledges(seedFramework(), toPledges(pledgeSheet().rows), { contractValue: '12000000' }),
);

// Seed 004 two years into a three-year contract (examples/06-monitoring.ts).
const seedReport = once(() => {
  const pledged = toPledges(pledgeSheet().rows);
  const valuation = valuePledges(seedFramework(), pledged, { contractValue: 36_000_000 });
  const deliveries: Delivery[] = pledged.flatMap(({ measure, quantity }, i): Delivery[] => {
    const share =
      measure === 'NT10' ? '0.3' : measure === 'NT18' ? '0.5' : i % 5 === 0 ? '0.7' : '0.6';
    const perYear = toDecimal(quantity ?? 0)
      .times(share)
      .div(2);
    return [
      { measure, date: '2025-03-31', quantity: perYear, verification: 'verified' },
      { measure, date: '2026-03-31', quantity: perYear },
    ];
  });
  deliveries.push({ measure: 'NT13', date: '2025-11-30', quantity: 12, evidence: 'placement log' });
  return trackDelivery(valuation, deliveries, {
    start: '2024-04-01',
    end: '2027-03-31',
    asOf: '2026-03-31',
    framework: seedFramework(),
    variations: [{ measure: 'NT10', date: '2025-04-01', quantity: 40, reason: 'scope reduced' }],
  });
});
const smallReport = (rows: readonly [string, number, number][], contractValue: number) =>
  trackDelivery(
    valuePledges(
      seedFramework(),
      rows.map(([measure, quantity]) => ({ measure, quantity })),
      { contractValue },
    ),
    rows.map(([measure, , delivered]) => ({ measure, date: '2025-09-30', quantity: delivered })),
    { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );
const portfolio = once(() =>
  summarisePortfolio([
    {
      id: 'SV-004',
      name: 'Seed 004 contract',
      tags: { department: 'Regeneration' },
      report: seedReport(),
    },
    {
      id: 'HW-017',
      name: 'Highways maintenance',
      tags: { department: 'Environment' },
      report: smallReport(
        [
          ['NT1', 10, 9],
          ['NT18', 800000, 650000],
          ['NT32', 20000, 25000],
        ],
        4_000_000,
      ),
    },
  ]),
);

// The Highways tender of examples/04-evaluation.ts: quality 60, price 30, social value 10.
const tenderModel = once(() =>
  defineEvaluation({
    name: 'Highways maintenance 2026',
    criteria: [
      {
        id: 'quality',
        kind: 'quality',
        name: 'Quality',
        weight: 60,
        scoring: { method: 'scale', scale: '0-5' },
        minimumMark: 2,
      },
      {
        id: 'price',
        kind: 'price',
        name: 'Price',
        weight: 30,
        scoring: { method: 'relative-to-lowest' },
      },
      {
        id: 'sv',
        kind: 'social-value',
        name: 'Social value',
        weight: 10,
        scoring: { method: 'relative-to-highest' },
      },
    ],
    tieBreak: ['higher-quality', 'lower-price'],
  }),
);
const tenderBids = [
  {
    id: 'A',
    price: '1000000',
    responses: { quality: { marks: [4, 4, 3], moderated: 4 }, sv: '50000' },
  },
  {
    id: 'B',
    price: '1200000',
    responses: { quality: { marks: [5, 5, 4], moderated: 5 }, sv: '20000' },
  },
  {
    id: 'C',
    price: '1050000',
    responses: { quality: { marks: [4, 3, 4], moderated: 4 }, sv: { total: '300000' } },
  },
  // Below the minimum quality mark: disqualified, with its reasons.
  { id: 'D', price: '900000', responses: { quality: { marks: [1, 2, 1], moderated: 1 }, sv: '0' } },
];

// Surrey County Council's SVMI worked example (examples/05-maturity.ts).
const surreyPresent = once(() =>
  assessMaturity(
    svmiPublicSector,
    {
      'policy-and-scope': 'leader',
      'internal-management': 'leader',
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
  ),
);
const surreyFuture = once(() =>
  assessMaturity(
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
  ),
);
// Harbour Build Ltd, assessed criterion by criterion with evidence, and its two-year plan.
const harbourBuild = once(() =>
  assessMaturity(
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
      'stakeholder-engagement': {
        met: ['stakeholder-engagement.follower.1', 'stakeholder-engagement.mature.1'],
      },
      'bid-management-and-contract-reporting': { level: 'mature' },
      reporting: { met: ['reporting.follower.1', 'reporting.mature.1'] },
    },
    { label: '2026' },
  ),
);

// The council ledger of examples/07-council.ts.
const ledgerText = [
  'Harbourside Council payments to suppliers, 2025/26',
  'Service Area,Supplier Name,Payment Date,Amount,Postcode,Supplier Type,Ward',
  'Education,Harbour Catering Ltd,03/04/2025,"£1,250.00",PO1 2AB,SME,Charles Dickens',
  'Adult Social Care,Solent Care CIC,12/05/2025,"3,400.50",po4 8lt,Social Enterprise,Eastney & Craneswater',
  'Transport,Nationwide Fleet plc,30/06/2025,"£12,000.00",M1 1AA,Large,',
  'Education,Southsea Youth Trust,15/09/2025,800,PO53QR,Charity,Central Southsea',
  'Transport,Dockyard Engineering plc,01/12/2025,5600,PO2 8QJ,Non-SME,Charles Dickens',
  'Adult Social Care,Hampshire County Council,31/03/2026,2000,SO23 8UJ,Public Sector,',
  'Transport,Unknown Supplies,07/07/2025,300,,,',
  'Education,Typo Traders,08/08/2025,500,P01 2AB,SME,',
  'Parks,Green Spaces,01/05/25,120.00,PO3 6AA,SME,',
].join('\n');
const portsmouthSource = 'Portsmouth City Council, Social Value Policy (2021), Appendix 1';
const councilSpend = once(() =>
  analyseSpend(councilLedger, { locality: ['PO1-PO6'], localityName: 'Portsmouth' }),
);

// A contract of examples/03-policy.ts (central government, ppn002 applies).
const central = {
  contractType: 'services',
  authority: 'central-government',
  value: '2000000',
  vatBasis: 'inclusive',
  commencedOn: '2025-11-03',
} as const;
const myCouncil = once(() =>
  definePolicy({
    id: 'my-council-2026',
    name: 'My council: social value from £100,000 plus VAT, 15% minimum',
    include: [policies.statutory],
    rules: [
      {
        id: 'over-100k',
        name: 'Every contract from £100,000 plus VAT',
        source: 'Social Value Policy 2026 §4.1',
        when: {
          minimumValue: { amount: 100_000, vatBasis: 'exclusive' },
          commencedFrom: '2026-04-01',
        },
        outcome: { socialValue: 'required', minimumWeighting: { percent: 15, of: 'total' } },
      },
    ],
  }),
);

type Samples = { readonly [K in SnapshotKind]: () => SnapshotKinds[K] };

/** One sample of every kind, built on first use. */
export const samples: Samples = {
  framework: seedFramework,
  valuation: seedValuation,
  'pledge-sheet-reconciliation': once(() =>
    reconcilePledgeSheet(pledgeSheet().rows, { statedTotal: pledgeSheet().statedTotal }),
  ),
  'present-value': once(() => {
    const yearly = seedValuation().total.dividedBy(3);
    return presentValue([2026, 2027, 2028].map((year) => ({ year, value: yearly })));
  }),
  'pledge-sheet': pledgeSheet,
  'pledge-sheet-batch': () => lastBatch,
  'spend-ledger': once(() => parseSpendLedger(ledgerText)),
  policy: myCouncil,
  'procurement-threshold': once(() =>
    ukProcurementThreshold({
      contractType: 'services',
      authority: 'sub-central',
      commencedOn: '2026-01-01',
    }),
  ),
  'social-value-requirement': once(() =>
    requiresSocialValue(
      {
        contractType: 'services',
        authority: 'sub-central',
        value: '177897',
        vatBasis: 'exclusive',
        durationMonths: 36,
        commencedOn: '2022-06-01',
      },
      policies.southend2021,
    ),
  ),
  'weighting-check': once(() =>
    checkWeighting({ price: 60, quality: 32, socialValue: 8 }, central, policies.ppn002),
  ),
  'evaluation-model': tenderModel,
  'tender-evaluation': once(() => evaluateTenders(tenderModel(), tenderBids)),
  'weight-sensitivity': once(() => weightSensitivity(tenderModel(), tenderBids)),
  'abnormally-low-check': once(() =>
    flagAbnormallyLow([
      ...tenderBids.map((bid) => ({ id: bid.id, price: bid.price })),
      { id: 'E', price: '780000' },
    ]),
  ),
  'what-if': once(() => whatIf(tenderModel(), tenderBids, { weights: { sv: 0 } })),
  'maturity-model': () => svmiPublicSector,
  'maturity-assessment': harbourBuild,
  'action-plan': once(() =>
    planActions(svmiBusiness, {
      present: harbourBuild(),
      target: {
        'policy-and-scope': 'leader',
        'stakeholder-engagement': 'mature',
        'social-value-measurement': 'leader',
      },
      years: 2,
    }),
  ),
  'maturity-comparison': once(() => compareAssessments(surreyPresent(), surreyFuture())),
  'delivery-report': seedReport,
  'portfolio-summary': portfolio,
  'social-value-budget': once(() =>
    socialValueBudget(portfolio(), {
      targets: [
        { year: '2025/26', value: '3000000' },
        { year: '2025/26', department: 'Environment', value: '500000' },
        { year: '2026/27', value: '3500000' },
      ],
      baseline: { year: '2023/24', values: [{ value: '1000000' }] },
    }),
  ),
  'benchmark-position': once(() =>
    benchmarkSocialValueAdded(
      portfolio().socialValueAdded?.delivered.localEconomicRatio ?? '0.05',
      { valueType: 'local-economic' },
    ),
  ),
  'sva-benchmark': () => socialValuePortalBenchmark,
  'local-multiplier': once(() => lm3([1_000_000, 450_000, 200_000])),
  sroi: once(() => sroiRatio({ value: '320000', investment: '100000' })),
  'value-for-cost': once(() => valueForCostRatio({ benefits: '1500000', costs: '1000000' })),
  breakeven: once(() => breakevenPeriod({ cost: 100, benefits: [40, 40, 40] })),
  'delivery-status': once(() => deliveryStatus({ delivered: 6, expected: 8, commitment: 24 })),
  'financial-year': once(() => financialYear('2025-04-01')),
  'spend-analysis': councilSpend,
  'spend-multiplier': once(() =>
    defineSpendMultiplier({ additional: 63, source: portsmouthSource }),
  ),
  'local-impact-estimate': once(() =>
    estimateLocalImpact(councilSpend(), {
      bySupplierType: {
        sme: { additional: 63, source: portsmouthSource },
        large: { additional: 40, source: portsmouthSource },
      },
    }),
  ),
  // Hackney's school catering contract (seed 003, Appendix D), assessed before procurement.
  'impact-assessment': once(() =>
    assessImpact({
      name: 'School catering contract',
      framework: seedFramework(),
      impacts: [
        {
          id: 'local-jobs',
          dimension: 'economic',
          direction: 'positive',
          description: 'Kitchen staff recruited locally',
          measure: 'NT1',
          quantity: 6,
        },
        {
          id: 'delivery-miles',
          dimension: 'environmental',
          direction: 'negative',
          description: 'Food miles from a central production kitchen',
          measure: 'NT32',
          quantity: 20000,
          mitigations: [
            {
              change: 'specification',
              description: 'Seasonal produce from local growers',
              quantity: 8000,
            },
          ],
        },
        {
          id: 'in-house-team',
          dimension: 'social',
          direction: 'negative',
          description: 'An in-house kitchen team transfers to the supplier',
          mitigations: [
            {
              change: 'tender-questions',
              description: 'London Living Wage and terms protected in the questions',
              mitigatedShare: '0.5',
            },
          ],
        },
      ],
    }),
  ),
};

/**
 * Seed 004's valuation kept without lines (`createValuationAccumulator` with `lines: false`), in
 * two batches: the totals, breakdowns and warnings only.
 */
export const linesFreeValuation = once(() => {
  const pledges = toPledges(pledgeSheet().rows);
  const running = createValuationAccumulator(seedFramework(), {
    contractValue: '12000000',
    lines: false,
  });
  running.add(pledges.slice(0, 10));
  running.add(pledges.slice(10));
  return running.result();
});

/** Every kind, in code-unit order. */
export const sampleKinds = (Object.keys(samples) as SnapshotKind[]).sort((a, b) =>
  a < b ? -1 : a > b ? 1 : 0,
);

// Prototype-named keys, as JSON.parse gives them (own properties, not the prototype).
const proto = '__proto__';

const protoFramework = once(() =>
  defineFramework({
    id: 'constructor',
    name: 'Prototype-named ids',
    edition: 'toString',
    priceYear: 2026,
    themes: [
      { id: proto, name: 'Jobs' },
      { id: 'constructor', name: 'Growth' },
    ],
    measures: [
      {
        code: proto,
        theme: proto,
        title: 'Local people employed',
        unit: 'FTE',
        proxyValue: '30782',
        valueType: 'local-economic',
      },
      {
        code: 'toString',
        theme: 'constructor',
        title: 'Local supply chain spend',
        unit: '£',
        proxyValue: '0.963812',
        valueType: 'local-economic',
      },
      {
        code: 'constructor',
        theme: 'constructor',
        title: 'Volunteering hours',
        unit: 'hours',
        proxyValue: '17.25',
        valueType: 'social',
      },
    ],
  }),
);
const protoValuation = once(() =>
  valuePledges(
    protoFramework(),
    JSON.parse(`[
      { "measure": "__proto__", "years": { "__proto__": 2, "constructor": "1.5" },
        "tags": { "__proto__": "constructor", "toString": "x" } },
      { "measure": "toString", "quantity": "250000", "attributionShare": "0.5",
        "tags": { "__proto__": "toString" }, "note": "Half attributed" },
      { "measure": "constructor", "years": { "toString": 40 } }
    ]`),
    { contractValue: 1_000_000 },
  ),
);
const protoReport = once(() =>
  trackDelivery(
    // Monitoring reads years as contract or financial years, so this valuation has none.
    valuePledges(
      protoFramework(),
      JSON.parse(`[
        { "measure": "__proto__", "quantity": 2, "tags": { "__proto__": "constructor" } },
        { "measure": "toString", "quantity": "250000", "tags": { "constructor": "toString" } }
      ]`),
      { contractValue: 1_000_000 },
    ),
    [
      { measure: proto, date: '2026-06-30', quantity: 1 },
      { measure: 'toString', date: '2026-09-30', quantity: '100000', verification: 'verified' },
    ],
    { start: '2026-04-01', end: '2028-03-31', asOf: '2027-03-31' },
  ),
);
const protoPortfolio = once(() =>
  summarisePortfolio([
    { id: proto, tags: { constructor: proto }, report: protoReport() },
    { id: 'constructor', tags: { constructor: 'toString' }, report: protoReport() },
  ]),
);
const protoModel = once(() =>
  defineMaturityModel({
    id: 'constructor',
    name: 'Prototype-named ids',
    source: { title: 'Made for the tests', publisher: 'social-value', year: 2026 },
    levels: [
      { id: 'toString', name: 'Starting', rank: 0, description: 'Not started.' },
      { id: proto, name: 'Going', rank: 1, description: 'Going well.' },
    ],
    themes: [
      { id: proto, name: 'Policy' },
      { id: 'constructor', name: 'People' },
    ],
    criteria: [
      { id: proto, theme: proto, level: proto, statement: 'Has a policy.', action: 'Write one.' },
      {
        id: 'constructor',
        theme: 'constructor',
        level: proto,
        statement: 'Trains people.',
        action: 'Train them.',
      },
    ],
  }),
);
const protoAssessment = once(() =>
  assessMaturity(protoModel(), JSON.parse('{ "__proto__": { "met": ["__proto__"] } }')),
);
const protoSpend = once(() =>
  analyseSpend(
    [
      { supplier: 'A', amount: '100', date: '2025-04-03', postcode: 'PO1 2AB', department: proto },
      {
        supplier: 'B',
        amount: '50.5',
        date: '2025-05-03',
        postcode: 'M1 1AA',
        department: 'constructor',
        ward: 'toString',
        supplierType: 'sme',
      },
    ],
    { locality: ['PO1-PO6'] },
  ),
);
const protoBids = JSON.parse(`[
  { "id": "__proto__", "price": "100", "responses": { "constructor": 4, "toString": "10" } },
  { "id": "constructor", "price": "90", "responses": { "constructor": 3, "toString": "20" } }
]`);
const protoEvaluation = once(() =>
  defineEvaluation({
    name: 'Prototype-named criteria',
    criteria: [
      {
        id: 'constructor',
        kind: 'quality',
        name: 'Quality',
        weight: 60,
        scoring: { method: 'scale', scale: '0-5' },
      },
      {
        id: proto,
        kind: 'price',
        name: 'Price',
        weight: 30,
        scoring: { method: 'relative-to-lowest' },
      },
      {
        id: 'toString',
        kind: 'social-value',
        name: 'Social value',
        weight: 10,
        scoring: { method: 'relative-to-highest' },
      },
    ],
  }),
);

/**
 * Second samples of the kinds with records keyed by user strings, every key `__proto__`,
 * `constructor` or `toString`.
 */
export const prototypeSamples: { readonly [K in SnapshotKind]?: () => SnapshotKinds[K] } = {
  framework: protoFramework,
  valuation: protoValuation,
  'delivery-report': protoReport,
  'portfolio-summary': protoPortfolio,
  'social-value-budget': once(() =>
    socialValueBudget(protoPortfolio(), {
      departmentTag: 'constructor',
      priorityTag: proto,
      targets: [{ year: '2026/27', department: proto, value: 1 }],
      baseline: { year: '2025/26', values: [{ priority: 'constructor', value: 2 }] },
    }),
  ),
  'maturity-model': protoModel,
  'maturity-assessment': protoAssessment,
  'action-plan': once(() =>
    planActions(protoModel(), {
      present: protoAssessment(),
      target: JSON.parse('{ "constructor": "__proto__" }'),
    }),
  ),
  'maturity-comparison': once(() =>
    compareAssessments(
      protoAssessment(),
      // The same theme assessed on both sides (the present leaves "constructor" out).
      assessMaturity(protoModel(), JSON.parse('{ "__proto__": "__proto__" }')),
    ),
  ),
  'evaluation-model': protoEvaluation,
  'tender-evaluation': once(() => evaluateTenders(protoEvaluation(), protoBids)),
  'what-if': once(() =>
    whatIf(protoEvaluation(), protoBids, {
      weights: JSON.parse('{ "toString": 20, "__proto__": 20 }'),
    }),
  ),
  'spend-analysis': protoSpend,
  'local-impact-estimate': once(() =>
    estimateLocalImpact(protoSpend(), {
      bySupplierType: { sme: { additional: 63, source: portsmouthSource } },
    }),
  ),
};

/**
 * Objects that public functions return but `revive` does not read: the OCDS subpath's results
 * (kinds of their own, read again from the published notice rather than stored) and
 * `getMeasure`'s measure (a part of a framework, returned as the framework holds it).
 */
export const otherResults: Readonly<Record<string, () => unknown>> = {
  'ocds-award-criteria': once(() =>
    readOcdsAwardCriteria(
      JSON.parse(readFileSync(join(root, 'test/fixtures/ocds/pcs-0000581730.json'), 'utf8')),
    ),
  ),
  'ocds-weighting': once(() => {
    const { lots } = readOcdsAwardCriteria({
      ocid: 'ocds-example-6',
      tender: {
        lots: [
          {
            id: '1',
            awardCriteria: {
              criteria: [
                { type: 'quality', name: 'Quality', description: '50%' },
                { type: 'quality', name: 'Social value', description: '10%' },
                { type: 'price', description: '40%' },
              ],
            },
          },
        ],
      },
    });
    return toWeighting(lots[0]!);
  }),
  measure: once(() => getMeasure(seedFramework(), 'NT18')),
};
