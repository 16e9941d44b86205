// biome-ignore-all assist/source/organizeImports: the snapshot readers are imported in the order that compresses best (below).
import { describeValue, quoteText } from './core/describe-value.js';
import { expectedText } from './core/expected-text.js';
import { snapshotError } from './core/issue.js';
import { isPlainRecord } from './core/record.js';
import { didYouMean, suggest } from './core/suggest.js';
import { byCodeUnits } from './core/text.js';
import type { SpendLedger } from './csv/spend-ledger-types.js';
import type { PledgeSheet, PledgeSheetBatch } from './csv/types.js';
import type {
  AbnormallyLowCheck,
  EvaluationModel,
  TenderEvaluation,
  WeightSensitivity,
  WhatIfResult,
} from './evaluation/index.js';
import type {
  ActionPlan,
  MaturityAssessment,
  MaturityComparison,
  MaturityModel,
} from './maturity/index.js';
import type {
  BenchmarkPosition,
  Breakeven,
  DeliveryReport,
  DeliveryStatusResult,
  FinancialYear,
  LocalMultiplier,
  PortfolioSummary,
  SocialValueBudget,
  SroiResult,
  SvaBenchmark,
  ValueForCostResult,
} from './monitoring/index.js';
import type {
  Policy,
  ProcurementThreshold,
  SocialValueRequirement,
  WeightingCheck,
} from './policy/index.js';
import type {
  ImpactAssessment,
  LocalImpactEstimate,
  SpendAnalysis,
  SpendMultiplier,
} from './spend/index.js';
import type { Framework } from './toms/index.js';
import type { PledgeSheetReconciliation, PresentValue, Valuation } from './valuation/index.js';
// The snapshot readers in the order that compresses best when an application bundles the whole
// library: a reader no function of its area imports is placed here (see src/index.ts).
import { evaluationSnapshots } from './evaluation/snapshots.js';
import { tomsSnapshots } from './toms/snapshots.js';
import { valuationSnapshots } from './valuation/snapshots.js';
import { maturitySnapshots } from './maturity/snapshots.js';
import { monitoringSnapshots } from './monitoring/snapshots.js';
import { csvSnapshots } from './csv/snapshots.js';
import { policySnapshots } from './policy/snapshots.js';
import { spendSnapshots } from './spend/snapshots.js';

/**
 * Every kind of object the library stores as a JSON snapshot, and the live type `revive` gives
 * back for it. Each is what `JSON.stringify` writes for that object (Decimals as exact strings),
 * described in `docs/storage.md`.
 */
export interface SnapshotKinds {
  /** `defineFramework` */
  framework: Framework;
  /** `valuePledges` */
  valuation: Valuation;
  /** `reconcilePledgeSheet` */
  'pledge-sheet-reconciliation': PledgeSheetReconciliation;
  /** `presentValue` */
  'present-value': PresentValue;
  /** `parsePledgeSheet` (social-value/csv) */
  'pledge-sheet': PledgeSheet;
  /** A batch of `streamPledgeSheet` (social-value/csv) */
  'pledge-sheet-batch': PledgeSheetBatch;
  /** `parseSpendLedger` (social-value/csv) */
  'spend-ledger': SpendLedger;
  /** `definePolicy` and the `policies` presets */
  policy: Policy;
  /** `ukProcurementThreshold` */
  'procurement-threshold': ProcurementThreshold;
  /** `requiresSocialValue` */
  'social-value-requirement': SocialValueRequirement;
  /** `checkWeighting` */
  'weighting-check': WeightingCheck;
  /** `defineEvaluation` */
  'evaluation-model': EvaluationModel;
  /** `evaluateTenders` */
  'tender-evaluation': TenderEvaluation;
  /** `weightSensitivity` */
  'weight-sensitivity': WeightSensitivity;
  /** `flagAbnormallyLow` */
  'abnormally-low-check': AbnormallyLowCheck;
  /** `whatIf` */
  'what-if': WhatIfResult;
  /** `defineMaturityModel` and the SVMI and Portsmouth presets */
  'maturity-model': MaturityModel;
  /** `assessMaturity` */
  'maturity-assessment': MaturityAssessment;
  /** `planActions` */
  'action-plan': ActionPlan;
  /** `compareAssessments` */
  'maturity-comparison': MaturityComparison;
  /** `trackDelivery` */
  'delivery-report': DeliveryReport;
  /** `summarisePortfolio` */
  'portfolio-summary': PortfolioSummary;
  /** `socialValueBudget` */
  'social-value-budget': SocialValueBudget;
  /** `benchmarkSocialValueAdded` */
  'benchmark-position': BenchmarkPosition;
  /** `socialValuePortalBenchmark` and custom benchmark tables */
  'sva-benchmark': SvaBenchmark;
  /** `lm3` */
  'local-multiplier': LocalMultiplier;
  /** `sroiRatio` */
  sroi: SroiResult;
  /** `valueForCostRatio` */
  'value-for-cost': ValueForCostResult;
  /** `breakevenPeriod` */
  breakeven: Breakeven;
  /** `deliveryStatus` */
  'delivery-status': DeliveryStatusResult;
  /** `financialYear` */
  'financial-year': FinancialYear;
  /** `analyseSpend` */
  'spend-analysis': SpendAnalysis;
  /** `defineSpendMultiplier` */
  'spend-multiplier': SpendMultiplier;
  /** `estimateLocalImpact` */
  'local-impact-estimate': LocalImpactEstimate;
  /** `assessImpact` */
  'impact-assessment': ImpactAssessment;
}

/** The `kind` of an object `revive` reads back: a key of {@link SnapshotKinds}. */
export type SnapshotKind = keyof SnapshotKinds;

type Readers = {
  readonly [K in SnapshotKind]: (json: unknown, path: readonly PropertyKey[]) => SnapshotKinds[K];
};

const readers: Readers = {
  ...tomsSnapshots,
  ...valuationSnapshots,
  ...csvSnapshots,
  ...policySnapshots,
  ...evaluationSnapshots,
  ...maturitySnapshots,
  ...monitoringSnapshots,
  ...spendSnapshots,
};

const kinds = /* @__PURE__ */ Object.keys(readers).sort(byCodeUnits) as SnapshotKind[];

/**
 * Reads a stored result back into the live object: validates a parsed JSON snapshot (what
 * `JSON.stringify` wrote for any result or `define*` object of the library) by its `kind`, and
 * returns the same object the library made, with exact Decimals and records as they were, frozen
 * and trusted by every function that accepts it. A JSON string is parsed first (a leading byte
 * order mark is left out).
 *
 * Give `kind` to say what you expect: the result is then typed, and a snapshot of another kind
 * is refused.
 *
 * @param json - The parsed snapshot (or its JSON text).
 * @param kind - The kind expected, if known.
 * @returns The live object, equal to the one stored.
 * @throws SocialValueError `invalid-input` at `json…` for something that is not a snapshot the
 * library wrote (text that is not JSON, saying why; an unknown `kind`, a newer `schemaVersion`,
 * a field out of shape), naming the field, or at `kind` for a `kind` argument that is no kind
 * the library stores (with the kind meant); `out-of-range` for a figure outside what the library
 * produces.
 *
 * @example
 * ```ts
 * import { defineFramework, revive, valuePledges } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'demo', name: 'Demo', edition: '2026', priceYear: 2026,
 *   themes: [{ id: 'jobs', name: 'Jobs' }],
 *   measures: [{ code: 'NT1', theme: 'jobs', title: 'Local people employed', unit: 'FTE',
 *     proxyValue: '30782', valueType: 'local-economic' }],
 * });
 * const valuation = valuePledges(framework, [{ measure: 'NT1', quantity: 24 }]);
 * const stored = JSON.stringify(valuation);
 * const back = revive(JSON.parse(stored), 'valuation');
 * back.total.toString(); // => '738768'
 * JSON.stringify(back) === stored; // => true
 * ```
 */
export function revive<K extends SnapshotKind = SnapshotKind>(
  json: unknown,
  kind?: K,
): SnapshotKinds[K] {
  if (kind !== undefined && (typeof kind !== 'string' || !Object.hasOwn(readers, kind))) {
    throw snapshotError(
      ['kind'],
      `expected one of the kinds the library stores, received ${describeValue(kind)}${typeof kind === 'string' ? didYouMean(suggest(kind, kinds)) : ''}`,
    );
  }
  let snapshot = json;
  if (typeof json === 'string') {
    try {
      // A byte order mark, which editors on Windows write first, is no part of the JSON.
      snapshot = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (error) {
      // Why, and the start of the text only: a snapshot may be megabytes long.
      const quoted =
        json.length > 40
          ? ` starting ${describeValue(json.slice(0, 40))}...`
          : `: ${describeValue(json)}`;
      throw snapshotError(
        ['json'],
        `expected JSON text or a parsed snapshot, received text that is not JSON (${(error as Error).message})${quoted}`,
      );
    }
  }
  // Its kind read once: a getter may give another value on each read.
  const found = isPlainRecord(snapshot) ? snapshot.kind : undefined;
  if (typeof found !== 'string') {
    throw snapshotError(
      ['json'],
      // JSON text of a number too large for a double (`1e999`) is named as written, not as the
      // Infinity it parses to.
      expectedText(
        'a snapshot of a library result (an object with a kind)',
        typeof snapshot === 'number' ? json : snapshot,
        describeValue,
      ),
    );
  }
  if (!Object.hasOwn(readers, found)) {
    throw snapshotError(
      ['json', 'kind'],
      `expected one of the kinds the library stores, received ${describeValue(found)}${didYouMean(suggest(found, kinds))}`,
    );
  }
  if (kind !== undefined && found !== kind) {
    throw snapshotError(
      ['json', 'kind'],
      `expected a snapshot of kind ${quoteText(kind)}, received ${quoteText(found)}`,
    );
  }
  const version = (snapshot as Readonly<Record<string, unknown>>).schemaVersion;
  if (version !== undefined && version !== 1) {
    throw snapshotError(
      ['json', 'schemaVersion'],
      `expected schemaVersion 1 (this version of the library reads 1), received ${describeValue(version)}`,
    );
  }
  return readers[found as K](snapshot, ['json']);
}
