import fc from 'fast-check';
import { defineEvaluation, svmiPublicSector } from '../../src/index.js';
import { caseArb, richCaseArb } from '../evaluation/arbitraries.js';
import { answers, levelsFrom, responsesFrom } from '../maturity/arbitraries.js';
import { toyInput } from '../maturity/fixtures.js';
import { deliveriesArb, optionsArb, valuationArb } from '../monitoring/arbitraries.js';
import { contract } from '../policy/helpers.js';
import { ledgerArb } from '../spend/arbitraries.js';
import { councilLedger, portsmouth } from '../spend/council-ledger.js';
import { largeFramework, largePledges } from '../sql/large-valuation.js';
import {
  assessment,
  bids,
  deliveries,
  evaluationModelInput,
  framework,
  maturityResponses,
  payments,
  planTarget,
  pledges,
  sheet,
  trackOptions,
  valuation,
} from '../sql/results.js';
import { seedInput } from '../toms/fixtures.js';

// Valid inputs of every JSON Schema, in their JSON form (what a platform in another language
// sends): the fixtures of the test suite (seed 004's sheet and framework, the examples' models,
// bids, responses, deliveries and ledger, the areas' fixture modules) and samples of the areas'
// own fast-check arbitraries, drawn with fixed seeds.

/** The JSON form of a value (Decimals as strings, Dates as ISO text, undefined dropped). */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number): T[] =>
  fc.sample(arbitrary, { seed: 20_260_401, numRuns: count });

const cases = sample(caseArb, 6);
const rich = sample(richCaseArb, 6);
const maturityAnswers = sample(answers, 6);
const tracking = sample(valuationArb, 6);

const policyInput = {
  id: 'council-2026',
  name: 'Council social value policy 2026',
  source: 'Cabinet report, 12 March 2026',
  include: [
    {
      id: 'base',
      name: 'Base rules',
      rules: [
        {
          id: 'over-100k',
          name: 'Social value above £100,000',
          when: { minimumValue: { amount: 100000, vatBasis: 'exclusive' } },
          outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'total' } },
        },
      ],
    },
  ],
  rules: [
    {
      id: 'works',
      name: 'Works contracts',
      scope: 'local',
      when: {
        contractTypes: ['works'],
        commencedFrom: '2026-04-01',
        minimumDurationMonths: 12,
        tags: ['construction'],
      },
      outcome: {
        minimumWeighting: { percent: 10, of: 'total' },
        maximumWeighting: { percent: '20', of: 'total' },
        targetSocialValueAddedRatio: '0.1',
      },
    },
  ],
};

/** Valid inputs of each JSON Schema, by schema name (JSON forms). */
export const validInputs: Readonly<Record<string, readonly unknown[]>> = Object.fromEntries(
  Object.entries({
    'framework-input': [seedInput, framework, largeFramework],
    pledges: [
      pledges,
      largePledges.slice(0, 40),
      [
        { measure: 'NT1', years: { '2025/26': 2, '2026/27': '3.5' }, attributionShare: '0.5' },
        { measure: 'NT18', years: ['1000', 2000], tags: { ward: 'Fratton' }, note: 'by year' },
      ],
      [
        { measure: 'NT1', quantity: 1, effect: 'disbenefit', channel: 'section-106' },
        {
          measure: 'NT29',
          quantity: 120,
          channel: 'internal',
          pledgerKind: 'officer',
          pledger: 'Procurement officer',
          followUpOn: '2027-03-10',
          barriers: ['No volunteering leave policy yet'],
          effect: 'benefit',
        },
      ],
    ],
    'value-pledges-options': [{ contractValue: 36_000_000 }, {}, { contractValue: '0.01' }],
    'pledge-sheet-rows': [
      sheet.rows,
      [{ measure: 'NT1', quantity: 2, proxyValue: '30782' }],
      [{ measure: 'NT1', quantity: 2, proxyValue: '30782', effect: 'disbenefit', barriers: [] }],
      [{ measure: 'NT29', quantity: 32, proxyValue: '16.09', attributionShare: '0.5' }],
    ],
    'reconcile-options': [
      { statedTotal: sheet.statedTotal },
      { tolerance: '0.005' },
      { statedTotal: null },
      {},
    ],
    'evaluation-model-input': [
      evaluationModelInput,
      defineEvaluation(evaluationModelInput),
      ...cases.map((entry) => entry.model),
      ...rich.map((entry) => entry.model),
      // The price methods and the median abnormally low test of issue #14.
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 40,
            scoring: { method: 'percent-above-lowest', pointsPerPercent: '0.5' },
          },
          {
            id: 'quality',
            kind: 'quality',
            weight: 60,
            scoring: { method: 'scale', scale: '0-5' },
          },
        ],
        abnormallyLow: { action: 'exclude', basis: 'median', belowMedianShare: '0.2' },
      },
      {
        criteria: [
          {
            id: 'price',
            kind: 'price',
            weight: 100,
            scoring: {
              method: 'graduated-pricing',
              inflectionUpliftRatio: '0.025',
              steepPointsPerPercent: '0.5',
              steepApplies: 'beyond-inflection',
              medianOfEven: 'mean-of-middle-two',
              floorAtZero: true,
            },
          },
        ],
        abnormallyLow: { action: 'flag', basis: 'average' },
      },
    ],
    bids: [
      bids,
      bids.map((bid) =>
        bid.id === 'C' ? { ...bid, responses: { ...bid.responses, 'sv-offer': valuation } } : bid,
      ),
    ],
    'what-if-changes': [
      { weights: { quality: 50 } },
      { prices: { A: '900000' }, rescale: true },
      { weights: { quality: 55, price: 35, sv: 10 }, rescale: false },
    ],
    'priced-bids': [
      [
        { id: 'A', price: 800_000 },
        { id: 'B', price: '1000000' },
        { id: 'C', price: 1_050_000.5 },
      ],
      // The bids of an evaluation, as given to evaluateTenders.
      [
        { id: 'A', price: 800_000, responses: { quality: 4, sv: { total: 50_000 } } },
        { id: 'B', price: '1000000', responses: { quality: { marks: [3, 4], moderated: 4 } } },
      ],
    ],
    'abnormally-low-options': [
      {},
      { belowAverageShare: '0.2', proximityShare: 0.02, proximityMin: 500, proximityMax: '50000' },
      { basis: 'average', belowAverageShare: '0.15' },
      { basis: 'median' },
      { basis: 'median', belowMedianShare: '0.2', proximityMin: 500 },
    ],
    'policy-input': [policyInput],
    contract: [
      contract(),
      contract({ contractType: 'works', value: 5_000_000, vatRate: '0.2', tags: ['construction'] }),
      {
        id: 'C-1',
        name: 'Highways',
        contractType: 'works',
        authority: 'central-government',
        vatBasis: 'inclusive',
        commencedOn: '2026-04-01',
        regime: 'procurement-act-2023',
      },
    ],
    'threshold-query': [
      { contractType: 'works', authority: 'sub-central', commencedOn: '2026-01-01' },
      {
        contractType: 'services',
        authority: 'central-government',
        commencedOn: '2026-01-01',
        regime: 'procurement-act-2023',
        level: 'threshold',
      },
    ],
    'criterion-weights': [
      { price: 60, quality: 30, socialValue: 10 },
      { price: '50', quality: '35', socialValue: '10', environmental: '5' },
    ],
    'maturity-model-input': [toyInput, svmiPublicSector],
    'maturity-responses': [
      maturityResponses,
      ...maturityAnswers
        .filter((draw) => draw.model.id === svmiPublicSector.id)
        .map((draw) => responsesFrom(draw.model, draw.met)),
      Object.fromEntries(svmiPublicSector.themes.map((theme) => [theme.id, 'mature'])),
    ],
    'assess-maturity-options': [{ label: 'Present' }, { strict: true }, {}],
    'plan-actions-input': [
      { present: assessment, target: planTarget, years: 2 },
      {
        present: levelsFrom(
          svmiPublicSector,
          svmiPublicSector.themes.map(() => 1),
        ),
        target: planTarget,
        years: 3,
        spreadBy: 'level',
      },
    ],
    deliveries: [deliveries, ...sample(deliveriesArb(4), 4)],
    'track-delivery-options': [trackOptions, ...sample(optionsArb(3), 4)],
    'monitored-valuation': [valuation, ...tracking],
    'spend-ledger': [councilLedger, payments, ...sample(ledgerArb(), 4)],
    'analyse-spend-options': [portsmouth, { locality: ['PO1', 'SO14 0', 'PO1 2AB'] }],
  }).map(([name, inputs]) => [name, inputs.map(asJson)]),
);
