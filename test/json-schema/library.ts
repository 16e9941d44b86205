import {
  analyseSpend,
  assessMaturity,
  checkWeighting,
  defineEvaluation,
  defineFramework,
  defineMaturityModel,
  definePolicy,
  evaluateTenders,
  flagAbnormallyLow,
  isSocialValueError,
  planActions,
  policies,
  reconcilePledgeSheet,
  requiresSocialValue,
  type SocialValueError,
  svmiPublicSector,
  trackDelivery,
  ukProcurementThreshold,
  valuePledges,
  whatIf,
} from '../../src/index.js';
import { measures as monitoringMeasures } from '../monitoring/arbitraries.js';
import { bids, evaluationModelInput, framework, maturityResponses } from '../sql/results.js';

// What the library says of one input of each JSON Schema: each input is given to the public
// function that takes it, the other arguments valid, and the call either works or throws.

/** The library's verdict on an input: accepted, or the error it threw. */
export type Verdict =
  | { readonly accepted: true }
  | { readonly accepted: false; readonly error: SocialValueError };

/** Runs a call and returns the library's verdict (anything but a SocialValueError fails the test). */
function verdict(run: () => unknown): Verdict {
  try {
    run();
    return { accepted: true };
  } catch (error) {
    if (isSocialValueError(error)) return { accepted: false, error };
    throw error;
  }
}

/** A framework with every measure code the pledges name, so that codes are never unknown. */
function frameworkFor(pledges: unknown) {
  const codes = new Set<string>(['NT1']);
  if (Array.isArray(pledges)) {
    for (const pledge of pledges) {
      const measure = (pledge as { measure?: unknown } | null)?.measure;
      if (typeof measure === 'string' && measure.trim() !== '') codes.add(measure.trim());
    }
  }
  return defineFramework({
    id: 'any',
    name: 'Any measure',
    edition: '1',
    priceYear: 2026,
    themes: [{ id: 't', name: 'Theme' }],
    measures: [...codes].map((code) => ({
      code,
      theme: 't',
      title: code,
      unit: 'units',
      proxyValue: 1,
      valueType: 'social' as const,
    })),
  });
}

const model = defineEvaluation({ ...evaluationModelInput, missingInput: 'disqualify' });

/** Every measure code the fixtures pledge or deliver, so that none is unknown to the valuation. */
const codes = [...framework.measures.map((measure) => measure.code), ...monitoringMeasures, 'U1'];
const anyValuation = valuePledges(
  frameworkFor(codes.map((measure) => ({ measure }))),
  codes.map((measure) => ({ measure, quantity: 10 })),
);
/** The same without U1: the options' variations add U1 as a new pledge (a measure not pledged yet). */
const unpledgedU1 = valuePledges(
  frameworkFor(codes.map((measure) => ({ measure }))),
  codes.filter((measure) => measure !== 'U1').map((measure) => ({ measure, quantity: 10 })),
);
const contract = {
  contractType: 'services',
  authority: 'sub-central',
  value: '177897',
  vatBasis: 'exclusive',
  durationMonths: 36,
  commencedOn: '2022-06-01',
} as const;

/** The call that judges an input of each JSON Schema, by schema name. */
export const judges: Readonly<Record<string, (input: unknown) => Verdict>> = {
  'framework-input': (input) => verdict(() => defineFramework(input as never)),
  pledges: (input) => verdict(() => valuePledges(frameworkFor(input), input as never)),
  'value-pledges-options': (input) =>
    verdict(() => valuePledges(frameworkFor([]), [], input as never)),
  'pledge-sheet-rows': (input) => verdict(() => reconcilePledgeSheet(input as never)),
  'reconcile-options': (input) => verdict(() => reconcilePledgeSheet([], input as never)),
  'evaluation-model-input': (input) => verdict(() => defineEvaluation(input as never)),
  bids: (input) => verdict(() => evaluateTenders(model, input as never)),
  'what-if-changes': (input) => verdict(() => whatIf(model, bids, input as never)),
  'priced-bids': (input) => verdict(() => flagAbnormallyLow(input as never)),
  'abnormally-low-options': (input) =>
    verdict(() => flagAbnormallyLow([{ id: 'A', price: 100 }], input as never)),
  'policy-input': (input) => verdict(() => definePolicy(input as never)),
  contract: (input) => verdict(() => requiresSocialValue(input as never, policies.ppn002)),
  'threshold-query': (input) => verdict(() => ukProcurementThreshold(input as never)),
  'criterion-weights': (input) =>
    verdict(() => checkWeighting(input as never, contract, policies.ppn002)),
  'maturity-model-input': (input) => verdict(() => defineMaturityModel(input as never)),
  'maturity-responses': (input) => verdict(() => assessMaturity(svmiPublicSector, input as never)),
  'assess-maturity-options': (input) =>
    verdict(() => assessMaturity(svmiPublicSector, maturityResponses, input as never)),
  'plan-actions-input': (input) => verdict(() => planActions(svmiPublicSector, input as never)),
  deliveries: (input) =>
    verdict(() => trackDelivery(anyValuation, input as never, { asOf: '2026-03-31' })),
  'track-delivery-options': (input) =>
    verdict(() => trackDelivery(unpledgedU1, [], input as never)),
  'monitored-valuation': (input) =>
    verdict(() => trackDelivery(input as never, [], { asOf: '2026-03-31' })),
  'spend-ledger': (input) => verdict(() => analyseSpend(input as never, { locality: ['PO1-PO6'] })),
  'analyse-spend-options': (input) => verdict(() => analyseSpend([], input as never)),
};
