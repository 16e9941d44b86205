// A consumer's program, compiled by scripts/consumer-test.mjs against the PACKED package in four
// setups (ESM nodenext, bundler, CommonJS node16, CommonJS node10) with strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck: false, then run. It
// uses every area through the root entry and every subpath. Each `// @ts-expect-error TSnnnn`
// line is misuse that must not compile: the test checks that each is needed (tsc reports an
// unused one) and, with the directive removed, fails with that error code.
import {
  allocateRounded,
  assessMaturity,
  benchmarkSocialValueAdded,
  checkWeighting,
  type Decimal,
  defineEvaluation,
  defineFramework,
  evaluateTenders,
  extendFramework,
  formatGBP,
  formatPercent,
  fte,
  isSocialValueError,
  type MonitoredValuation,
  type Numeric,
  type PledgeInput,
  planActions,
  policies,
  reconcilePledgeSheet,
  requiresSocialValue,
  revive,
  roundMoney,
  safe,
  summarisePortfolio,
  svmiPublicSector,
  toDecimal,
  trackDelivery,
  ukProcurementThreshold,
  type Valuation,
  valuePledges,
  weightSensitivity,
} from 'social-value';
import { barChart } from 'social-value/charts';
import { Decimal as CoreDecimal, type SocialValueError } from 'social-value/core';
import { parsePledgeSheet, streamPledgeSheet, toFramework, toPledges } from 'social-value/csv';
import { defineEvaluation as defineEvaluationFromArea } from 'social-value/evaluation';
import { portsmouthRoadmap } from 'social-value/maturity';
import { lm3 } from 'social-value/monitoring';
import { readOcdsAwardCriteria, toWeighting } from 'social-value/ocds';
import { definePolicy } from 'social-value/policy';
import { analyseSpend, estimateLocalImpact } from 'social-value/spend';
import { toRows } from 'social-value/sql';
import { getMeasure } from 'social-value/toms';
import { presentValue } from 'social-value/valuation';

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`consumer program: ${what}`);
}

// Core: exact money.
const total: Decimal = toDecimal('738768.00').plus('6264776.71');
check(formatGBP(total) === '£7,003,544.71', 'formatGBP');
check(roundMoney('2.675').toString() === '2.68', 'roundMoney');
check(formatPercent('0.125', { places: 1 }) === '12.5%', 'formatPercent');
check(
  allocateRounded(['8.045', '8.045', '8.045']).join(',') === '8.05,8.05,8.04',
  'allocateRounded',
);
check(new CoreDecimal('0.1').plus('0.2').toString() === '0.3', 'Decimal from social-value/core');
const parsed = safe(toDecimal)('£ 1');
check(!parsed.success && parsed.error.code === 'invalid-input', 'safe(toDecimal)');
try {
  toDecimal('abc');
  check(false, 'toDecimal throws');
} catch (error) {
  const known: SocialValueError | undefined = isSocialValueError(error) ? error : undefined;
  check(known?.code === 'invalid-input', 'isSocialValueError narrows');
}

// TOMs and valuation; an optional property given as `string | undefined` (exactOptionalPropertyTypes).
const framework = defineFramework({
  id: 'council',
  name: 'Council TOMs',
  edition: '2021',
  priceYear: 2021,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'FTE',
      proxyValue: '30782',
      valueType: 'local-economic',
    },
  ],
});
check(getMeasure(framework, 'NT1').proxyValue?.toString() === '30782', 'getMeasure');
const unknownCode = safe(getMeasure)(framework, 'nt1');
const suggested: readonly string[] | undefined = unknownCode.success
  ? undefined
  : unknownCode.error.details.suggestions;
check(suggested?.[0] === 'NT1', 'details.suggestions typed');
const notes: (string | undefined)[] = [undefined];
const note = notes[0];
const pledge: PledgeInput = { measure: 'NT1', quantity: fte({ fullTime: 24 }), note };
const valuation = valuePledges(framework, [pledge], { contractValue: '12000000' });
check(valuation.total.toString() === '738768', 'valuePledges');
const line = valuation.lines[0];
check(
  line?.proxyValue.toString() === '30782',
  'a line, possibly undefined under noUncheckedIndexedAccess',
);
const jobs: Decimal | undefined = valuation.byTheme.jobs;
check(jobs?.toString() === '738768', 'byTheme');
// A framework written inline, as defineFramework takes it, is taken (and checked) as it is.
const inline = valuePledges(
  {
    id: 'inline',
    name: 'Inline',
    edition: '1',
    priceYear: 2021,
    themes: [{ id: 'jobs', name: 'Jobs' }],
    measures: [
      {
        code: 'NT1',
        theme: 'jobs',
        title: 'Jobs',
        unit: 'FTE',
        proxyValue: 2,
        valueType: 'social',
      },
    ],
  },
  [{ measure: 'NT1', quantity: 3 }],
);
check(inline.total.toString() === '6', 'valuePledges of a framework input');
const back: Valuation = revive(JSON.parse(JSON.stringify(valuation)), 'valuation');
check(back.total.eq(valuation.total), 'revive');
check(
  presentValue([{ year: 2025, value: '100' }], { baseYear: 2025 }).total.toString() === '100',
  'presentValue',
);

// CSV: a pledge sheet read, reconciled and valued.
const sheet = parsePledgeSheet(
  'Theme,Reference,Units,Proxy Value,Answer,Pledged Social Value\nGrowth: Local,NT18,£,0.963812,650000,"£ 6,264,776.71"',
);
check(reconcilePledgeSheet(sheet.rows).findings[0]?.code === 'likely-scale-error', 'reconcile');
const fromSheet = valuePledges(
  toFramework(sheet.rows, { id: 's', name: 'S', edition: '1', priceYear: 2021 }),
  toPledges(sheet.rows),
);
check(fromSheet.total.toString() === '626477.8', 'valuePledges of a sheet');

// The same sheet streamed from a web ReadableStream of bytes (the DOM library's type, as a
// `fetch` body has): one row in one batch.
const sheetText = new TextEncoder().encode(
  'Theme,Reference,Units,Proxy Value,Answer\nGrowth: Local,NT18,£,0.963812,650000',
);
const body: ReadableStream<Uint8Array> = new ReadableStream({
  start(controller) {
    controller.enqueue(sheetText);
    controller.close();
  },
});
void (async () => {
  const quantities: string[] = [];
  for await (const batch of streamPledgeSheet(body)) {
    for (const row of batch.rows) quantities.push(String(row.quantity));
  }
  check(quantities.join() === '650000', 'streamPledgeSheet of a ReadableStream');
})();

// Policy.
const threshold = ukProcurementThreshold({
  contractType: 'services',
  authority: 'sub-central',
  commencedOn: '2022-06-01',
});
check(threshold.amount.toString() === '213477', 'ukProcurementThreshold');
const contract = {
  contractType: 'services',
  authority: 'sub-central',
  value: '177897',
  vatBasis: 'exclusive',
  commencedOn: '2022-06-01',
} as const;
check(requiresSocialValue(contract, policies.southend2021).required, 'requiresSocialValue');
check(
  checkWeighting({ price: 60, quality: 30, socialValue: 10 }, contract, policies.southend2021).ok,
  'checkWeighting',
);
const own = definePolicy({ id: 'mine', name: 'Mine', include: [policies.statutory], rules: [] });
check(own.kind === 'policy', 'definePolicy');
check(definePolicy(own) === own, 'a defined policy is taken again as it is');
check(
  requiresSocialValue(contract, {
    id: 'inline',
    name: 'Inline',
    include: [policies.southend2021],
    rules: [],
  }).required,
  'requiresSocialValue of a policy input',
);

// Evaluation.
const model = defineEvaluation({
  criteria: [
    { id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
    { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
  ],
});
const bids = [
  { id: 'A', price: 100, responses: { q: 4 } },
  { id: 'B', price: 125, responses: { q: 5 } },
];
const tender = evaluateTenders(model, bids);
check(tender.winner?.bid === 'B' && tender.winner.total.toString() === '92', 'evaluateTenders');
check(weightSensitivity(model, bids).criteria.length === 2, 'weightSensitivity');
check(defineEvaluationFromArea(model) === model, 'a sealed model is trusted');
// A checked model's criteria (a custom scale written as 'custom' and its marks) as input again.
const standard = defineEvaluation({
  criteria: [
    {
      id: 'q',
      kind: 'quality',
      weight: 100,
      scoring: { method: 'scale', scale: { marks: [0, 2, 5] } },
    },
  ],
});
const extended = defineEvaluation({
  criteria: [
    ...standard.criteria.map((criterion) => ({ ...criterion, weight: 60 })),
    { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
  ],
});
check(extended.criteria.length === 2, "a checked model's criteria as input");
check(
  toRows(tender, { keys: { evaluation: 'e-1' } }).tables.tender_bids.rows.length === 2,
  'toRows',
);

// Maturity.
const present = assessMaturity(svmiPublicSector, { 'policy-and-scope': 'leader' });
check(present.kind === 'maturity-assessment', 'assessMaturity');
const plan = planActions(portsmouthRoadmap, {
  present: { 'council-wide': 'not-started' },
  target: { 'council-wide': 'learn' },
  years: 2,
});
check(plan.counts.steps === 10, 'planActions');

// Monitoring: a Valuation is accepted where a monitored valuation is expected.
const monitored: MonitoredValuation = valuation;
const report = trackDelivery(monitored, [{ measure: 'NT1', date: '2025-03-31', quantity: 6 }], {
  start: '2024-04-01',
  end: '2027-03-31',
  asOf: '2025-03-31',
});
check(report.lines[0]?.status === 'at-risk', 'trackDelivery');
check(summarisePortfolio([{ id: 'A', report }]).contracts.length === 1, 'summarisePortfolio');
check(
  benchmarkSocialValueAdded('0.34').band === 'between the median and the 75th percentile',
  'benchmark',
);
const rounds: Numeric[] = ['100', '50', '20'];
check(lm3(rounds).kind === 'local-multiplier', 'lm3');

// Spend.
const spend = analyseSpend(
  [
    {
      supplier: 'Harbour Catering',
      amount: '1200.00',
      date: '2025-04-14',
      postcode: 'PO1 2AB',
      supplierType: 'sme',
    },
  ],
  { locality: ['PO1-PO6'] },
);
check(spend.localSpend.toString() === '1200', 'analyseSpend');
const impact = estimateLocalImpact(spend, {
  bySupplierType: { sme: { additional: 63, source: 'x' } },
});
check(impact.additionalBenefit.toString() === '756', 'estimateLocalImpact');

// OCDS and charts.
const notice = readOcdsAwardCriteria({
  ocid: 'ocds-example-1',
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
const lot = notice.lots[0];
check(lot !== undefined && toWeighting(lot).weights?.socialValue.toString() === '10', 'ocds');
check(
  barChart({ title: 'By theme', bars: [{ label: 'Jobs', value: '1' }] }).startsWith('<svg'),
  'barChart',
);

// Misuse that must not compile (never called: the program runs after it compiles).
function misuse(): void {
  // @ts-expect-error TS2322 a Decimal is not a number
  const asNumber: number = valuation.total;
  // @ts-expect-error TS2551 a misspelt method
  valuation.total.toFixd(2);
  // @ts-expect-error TS2561 a wrong pledge shape (a misspelt key)
  valuePledges(framework, [{ measure: 'NT1', quantiy: 24 }]);
  // @ts-expect-error TS2322 a pledge's quantity is a number, not a date
  const wrongPledge: PledgeInput = { measure: 'NT1', quantity: new Date() };
  // @ts-expect-error TS2345 revive knows the kinds it reads
  revive('{}', 'valuaton');
  // @ts-expect-error TS2551 a revived valuation is typed: no such field
  revive('{}', 'valuation').totl;
  // @ts-expect-error TS2345 toRows stores the kinds of sql/schema.sql only (not a sensitivity)
  toRows(weightSensitivity(model, bids));
  const wrongContract: Parameters<typeof requiresSocialValue>[0] = {
    ...contract,
    // @ts-expect-error TS2820 a contract type from the vocabulary only
    contractType: 'service',
  };
  // @ts-expect-error TS2345 extendFramework takes the changes, not a whole framework
  extendFramework(framework, framework);
  // @ts-expect-error TS2345 a policy written by hand builds on others with include, not includes
  requiresSocialValue(contract, { id: 'p', name: 'P', rules: [], includes: ['statutory'] });
  checkWeighting(
    { price: 60, quality: 30, socialValue: 10 },
    contract,
    // @ts-expect-error TS2345 the same in checkWeighting's policy
    { id: 'p', name: 'P', rules: [], includes: ['statutory'] },
  );
  // @ts-expect-error TS2379 not even as undefined: the runtime refuses the key
  definePolicy({ id: 'p', name: 'P', rules: [], includes: undefined });
  void [asNumber, wrongPledge, wrongContract];
}
void misuse;

console.log(`consumer program: every area works (${valuation.summary})`);
