import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePledgeSheet, parseSpendLedger, toFramework, toPledges } from '../../src/csv/index.js';
import {
  assessMaturity,
  type BidInput,
  type Delivery,
  defineEvaluation,
  type EvaluationModelInput,
  evaluateTenders,
  type MaturityResponses,
  planActions,
  reconcilePledgeSheet,
  summarisePortfolio,
  svmiPublicSector,
  type TrackDeliveryOptions,
  toDecimal,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { analyseSpend } from '../../src/spend/index.js';

// One result of every kind toRows stores, made as the examples make them: seed 004's pledge
// sheet (examples/pledge-sheet.csv), its valuation and reconciliation, the delivery report of
// examples/06-monitoring.ts, the tender evaluation of examples/04-evaluation.ts, the Surrey SVMI
// assessment and plan of examples/05-maturity.ts and the council ledger of examples/07-council.ts.

const root = resolve(import.meta.dirname, '../..');

/** Seed 004's pledge sheet, as the examples read it. */
export const sheet = parsePledgeSheet(
  readFileSync(resolve(root, 'examples/pledge-sheet.csv'), 'utf8'),
  { comments: '#' },
);

/** The framework made of the sheet's own proxies. */
export const framework = toFramework(sheet.rows, {
  id: 'seed-004',
  name: 'Council TOMs (seed 004)',
  edition: 'seed-004',
  priceYear: 2022,
});

/** The sheet's answers as pledges. */
export const pledges = toPledges(sheet.rows);

/** Seed 004 valued (£2,822,946.49 on a £36m contract). */
export const valuation = valuePledges(framework, pledges, { contractValue: 36_000_000 });

/** The sheet's arithmetic checked. */
export const reconciliation = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });

/** examples/06-monitoring.ts: two years into a three-year contract. */
export const deliveries: Delivery[] = pledges.flatMap(({ measure, quantity }, i): Delivery[] => {
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

/** The options of examples/06-monitoring.ts: a three-year contract, two years in. */
export const trackOptions: TrackDeliveryOptions = {
  start: '2024-04-01',
  end: '2027-03-31',
  asOf: '2026-03-31',
  framework,
  variations: [{ measure: 'NT10', date: '2025-04-01', quantity: 40, reason: 'scope reduced' }],
};

/** The delivery report of examples/06-monitoring.ts. */
export const report = trackDelivery(valuation, deliveries, trackOptions);

/** A portfolio of the report and a small second contract, with contract tags. */
export const portfolio = summarisePortfolio([
  { id: 'SV-004', name: 'Seed 004 contract', tags: { department: 'Regeneration' }, report },
  {
    id: 'HW-017',
    name: 'Highways maintenance',
    tags: { department: 'Environment' },
    report: trackDelivery(
      valuePledges(
        framework,
        [
          { measure: 'NT1', quantity: 10 },
          { measure: 'NT18', quantity: 800000 },
        ],
        { contractValue: 4_000_000 },
      ),
      [
        { measure: 'NT1', date: '2025-09-30', quantity: 9 },
        { measure: 'NT18', date: '2025-09-30', quantity: 650000 },
      ],
      { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
    ),
  },
]);

/** The evaluation model of examples/04-evaluation.ts, social value split into two sub-criteria. */
export const evaluationModelInput: EvaluationModelInput = {
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
      subCriteria: [
        { id: 'sv-offer', weight: 6, scoring: { method: 'relative-to-highest' } },
        { id: 'sv-plan', weight: 4, scoring: { method: 'scale', scale: '0-4' } },
      ],
    },
  ],
  tieBreak: ['higher-quality', 'lower-price'],
  abnormallyLow: { action: 'flag' },
};

/** Its bids, with bid D below the quality minimum. */
export const bids: BidInput[] = [
  {
    id: 'A',
    price: '1000000',
    responses: { quality: { marks: [4, 4, 3], moderated: 4 }, 'sv-offer': '50000', 'sv-plan': 3 },
  },
  {
    id: 'B',
    price: '1200000',
    responses: { quality: { marks: [5, 5, 4], moderated: 5 }, 'sv-offer': '20000', 'sv-plan': 2 },
  },
  {
    id: 'C',
    price: '1050000',
    responses: { quality: 4, 'sv-offer': { total: '300000' }, 'sv-plan': 4 },
  },
  {
    id: 'D',
    price: '700000',
    responses: { quality: 1, 'sv-offer': '10000', 'sv-plan': 1 },
  },
];

/** The tender evaluation. */
export const evaluation = evaluateTenders(defineEvaluation(evaluationModelInput), bids);

/** Three prices checked by the median test (the handbook's current glossary). */
export const medianEvaluation = evaluateTenders(
  defineEvaluation({
    name: 'Median test',
    criteria: [
      {
        id: 'q',
        kind: 'quality',
        name: 'Q',
        weight: 70,
        scoring: { method: 'scale', scale: '0-5' },
      },
      { id: 'p', kind: 'price', name: 'P', weight: 30, scoring: { method: 'relative-to-lowest' } },
    ],
    abnormallyLow: { action: 'flag', basis: 'median' },
  }),
  [
    { id: 'A', price: '1000000', responses: { q: 3 } },
    { id: 'B', price: '1100000', responses: { q: 3 } },
    { id: 'C', price: '500000', responses: { q: 3 } },
  ],
);

/** The Surrey SVMI responses of examples/05-maturity.ts (governance left out). */
export const maturityResponses: MaturityResponses = {
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
};

/** The Surrey SVMI present position of examples/05-maturity.ts. */
export const assessment = assessMaturity(svmiPublicSector, maturityResponses, { label: 'Present' });

/** The SVMI target of examples/05-maturity.ts. */
export const planTarget = {
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
};

/** A two-year plan from that position to the target. */
export const plan = planActions(svmiPublicSector, {
  present: assessment,
  target: planTarget,
  years: 2,
});

/** The payments of the council ledger of examples/07-council.ts. */
export const payments = parseSpendLedger(
  [
    'Service Area,Supplier Name,Payment Date,Amount,Postcode,Supplier Type,Ward',
    'Education,Harbour Catering Ltd,03/04/2025,"£1,250.00",PO1 2AB,SME,Charles Dickens',
    'Adult Social Care,Solent Care CIC,12/05/2025,"3,400.50",po4 8lt,Social Enterprise,Eastney & Craneswater',
    'Transport,Nationwide Fleet plc,30/06/2025,"£12,000.00",M1 1AA,Large,',
    'Education,Southsea Youth Trust,15/09/2025,800,PO53QR,Charity,Central Southsea',
    'Transport,Unknown Supplies,07/07/2025,300,,,',
    'Education,Typo Traders,08/08/2025,500,P01 2AB,SME,',
    'Education,Harbour Catering Ltd,20/04/2025,(250.00),PO1 2AB,SME,Charles Dickens',
  ].join('\n'),
).payments;

/** The ledger analysed for Portsmouth (PO1-PO6). */
export const spend = analyseSpend(payments, { locality: ['PO1-PO6'], localityName: 'Portsmouth' });

/** One result of every kind toRows stores, by kind. */
export const results = {
  framework,
  valuation,
  'pledge-sheet-reconciliation': reconciliation,
  'tender-evaluation': evaluation,
  'maturity-assessment': assessment,
  'action-plan': plan,
  'delivery-report': report,
  'portfolio-summary': portfolio,
  'spend-analysis': spend,
} as const;

/** The keys to store each of them under. */
export const keys = {
  contract: 'C-2024-017',
  valuation: 'v-2026-001',
  reconciliation: 'r-2026-001',
  evaluation: 'e-2026-001',
  assessment: 'a-2026-001',
  plan: 'p-2026-001',
  report: 'd-2026-03',
  portfolio: 'pf-2025-26',
  analysis: 's-2025-26',
} as const;
