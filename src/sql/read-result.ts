import { isSealed } from '../core/brand.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record-schema.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { evaluationSnapshots } from '../evaluation/snapshots.js';
import { maturitySnapshots } from '../maturity/snapshots.js';
import { monitoringSnapshots } from '../monitoring/snapshots.js';
import { spendSnapshots } from '../spend/snapshots.js';
import { tomsSnapshots } from '../toms/snapshots.js';
import { valuationSnapshots } from '../valuation/snapshots.js';
import type { StoredKind } from './types.js';

/** The snapshot reader of every kind `toRows` stores (each validates and returns the live result). */
const readers = {
  framework: tomsSnapshots.framework,
  valuation: valuationSnapshots.valuation,
  'pledge-sheet-reconciliation': valuationSnapshots['pledge-sheet-reconciliation'],
  'tender-evaluation': evaluationSnapshots['tender-evaluation'],
  'maturity-assessment': maturitySnapshots['maturity-assessment'],
  'action-plan': maturitySnapshots['action-plan'],
  'delivery-report': monitoringSnapshots['delivery-report'],
  'portfolio-summary': monitoringSnapshots['portfolio-summary'],
  'spend-analysis': spendSnapshots['spend-analysis'],
} as const satisfies Record<StoredKind, (json: unknown, path: readonly PropertyKey[]) => unknown>;

/** The live result of each stored kind. */
export type StoredResult = {
  readonly [Kind in StoredKind]: ReturnType<(typeof readers)[Kind]>;
}[StoredKind];

/** Every kind `toRows` stores, in the order the docs list them. Internal. */
export const storedKinds = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(readers),
) as readonly StoredKind[];

const EXPECTED = `a result to store (${/* @__PURE__ */ storedKinds.join(', ')}) or its JSON snapshot`;

function isStoredKind(kind: unknown): kind is StoredKind {
  return typeof kind === 'string' && Object.hasOwn(readers, kind);
}

/**
 * The result given to `toRows`: one the library made (sealed) is trusted as it is; its JSON
 * snapshot (or a copy) is read by its area's snapshot reader, which validates it; anything else
 * is `invalid-input` at `path`, naming the kinds stored. Internal.
 */
export function readResult(value: unknown, path: readonly PropertyKey[]): StoredResult {
  const kind = isPlainRecord(value) ? value.kind : undefined;
  if (!isStoredKind(kind)) {
    const received =
      typeof kind === 'string'
        ? `a result of kind ${quoteText(kind)}${didYouMean(suggest(kind, storedKinds))}`
        : describeValue(value);
    throw fieldError(
      'invalid-input',
      `Invalid result: expected ${EXPECTED}.`,
      path,
      `expected ${EXPECTED}, received ${received}`,
      { storedKinds },
    );
  }
  if (isSealed(value, kind)) return value as StoredResult;
  return readers[kind](value, path) as StoredResult;
}
