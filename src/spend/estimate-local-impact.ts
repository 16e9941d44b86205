import { isSealed, seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { describeReceived } from '../core/describe-value.js';
import { expectedSchema } from '../core/expected-schema.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { strictObject } from '../core/schemas.js';
import { upperFirst } from '../core/text.js';
import { moneyText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { multiplierAt } from './define-spend-multiplier.js';
import { estimateOf, lineOf } from './estimate-figures.js';
import { findingSeverity } from './finding-severity.js';
import type {
  EstimateLocalImpactOptions,
  LocalImpactEstimate,
  LocalImpactFinding,
  LocalImpactLine,
  SpendMultiplier,
} from './multiplier-types.js';
import { readAnalysis } from './snapshots.js';
import { type SupplierType, supplierTypes, supplierTypeWords } from './supplier-types.js';
import type { SpendAnalysis } from './types.js';

const anyObject = /* @__PURE__ */ expectedSchema<object>(
  isPlainRecord,
  () => 'a spend multiplier or its input',
  describeReceived,
);

const optionsSchema = /* @__PURE__ */ strictObject({
  multiplier: /* @__PURE__ */ optionalSchema(anyObject),
  bySupplierType: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ strictObject(
      /* @__PURE__ */ Object.fromEntries(
        /* @__PURE__ */ supplierTypes.map((type) => [type, optionalSchema(anyObject)]),
      ),
    ),
  ),
});

/**
 * Estimates the local economic impact of a spend analysis under multipliers the caller
 * supplies, with their sources: never a figure built into the library. Each supplier type's
 * spend (its local spend, or all of it for a multiplier that `appliesTo: 'all-spend'`) is
 * multiplied exactly: additional benefit = spend × additional ÷ 100, and local economy total =
 * spend × total. Spend of unknown location is in no local-spend base; local spend of a type
 * without a multiplier is left out and reported (`notEstimated` sums the local spend left out that
 * is above zero: a net credit left out is reported, not taken off); a type whose spend is a net credit (below zero)
 * is counted below zero and reported (`net-credit`).
 *
 * @param analysis - A result of `analyseSpend` (trusted), or its JSON snapshot (validated).
 * @param options - `multiplier` for every supplier type, and/or `bySupplierType` for some;
 * each a `defineSpendMultiplier` result or its input.
 * @returns The sealed estimate (`kind: 'local-impact-estimate'`).
 * @throws SocialValueError `invalid-input` when `analysis` is not a spend analysis, for a bad
 * multiplier (at `options.bySupplierType.sme.total`…) or when no multiplier is given.
 *
 * @example
 * ```ts
 * import { analyseSpend, estimateLocalImpact } from 'social-value/spend';
 *
 * const analysis = analyseSpend(
 *   [
 *     { supplier: 'Harbour Catering', amount: 10000, date: '2025-04-14', postcode: 'PO1 2AB', supplierType: 'sme' },
 *     { supplier: 'Dockyard Engineering plc', amount: 20000, date: '2025-06-02', postcode: 'PO2 8QJ', supplierType: 'large' },
 *   ],
 *   { locality: ['PO1-PO6'] },
 * );
 * const source = 'Portsmouth Social Value Policy (2021), quoting research on local spend';
 * const estimate = estimateLocalImpact(analysis, {
 *   bySupplierType: { sme: { additional: 63, source }, large: { additional: 40, source } },
 * });
 * estimate.additionalBenefit.toString(); // => '14300'
 * estimate.localEconomyTotal.toString(); // => '44300'
 * ```
 */
export function estimateLocalImpact(
  analysis: SpendAnalysis,
  options: EstimateLocalImpactOptions,
): LocalImpactEstimate {
  const read = isSealed(analysis, 'spend-analysis')
    ? analysis
    : readAnalysis(analysis, ['analysis']);
  const given = parseInput(optionsSchema, options, 'options', ['options']);
  const general =
    given.multiplier === undefined
      ? undefined
      : multiplierAt(given.multiplier, ['options', 'multiplier']);
  const own = new Map<SupplierType, SpendMultiplier>();
  for (const type of supplierTypes) {
    const value = given.bySupplierType?.[type];
    if (value !== undefined)
      own.set(type, multiplierAt(value, ['options', 'bySupplierType', type]));
  }
  if (general === undefined && own.size === 0) {
    throw fieldError(
      'invalid-input',
      'Invalid options: 1 problem.',
      ['options'],
      'expected a multiplier (options.multiplier) or multipliers by supplier type (options.bySupplierType)',
    );
  }
  const lines: LocalImpactLine[] = [];
  const findings: LocalImpactFinding[] = [];
  let notEstimated = new Decimal(0);
  for (const type of supplierTypes) {
    const slice = read.bySupplierType[type];
    const multiplier = own.get(type) ?? general;
    if (multiplier === undefined) {
      if (!slice.localSpend.isZero()) {
        // A net credit left out is named, not taken off the spend left out (never below 0).
        const credit = slice.localSpend.isNeg();
        if (!credit) notEstimated = notEstimated.plus(slice.localSpend);
        findings.push({
          code: 'no-multiplier',
          severity: findingSeverity['no-multiplier'],
          message: `${upperFirst(supplierTypeWords[type])}: local spend ${credit ? `is a net credit of ${moneyText(slice.localSpend.neg())} (more credited than paid) and has no multiplier: it is left out of the estimate, which may be high` : `of ${moneyText(slice.localSpend)} has no multiplier and is left out of the estimate`}.`,
          supplierType: type,
        });
      }
      continue;
    }
    if (slice.paymentCount > 0) {
      const spend = multiplier.appliesTo === 'local-spend' ? slice.localSpend : slice.amount;
      const line = lineOf(type, multiplier, spend);
      lines.push(line);
      if (spend.isNeg()) {
        findings.push({
          code: 'net-credit',
          severity: findingSeverity['net-credit'],
          message: `${upperFirst(supplierTypeWords[type])}: ${multiplier.appliesTo === 'local-spend' ? 'local spend' : 'spend'} is a net credit of ${moneyText(spend.neg())} (more credited than paid): its line counts ${moneyText(line.localEconomyTotal)} in the local economy and ${moneyText(line.additionalBenefit)} of additional benefit, which lower the estimate's totals.`,
          supplierType: type,
        });
      }
    }
  }
  const unknown = read.byLocation.unknown.amount;
  if (!unknown.isZero() && lines.some((line) => line.multiplier.appliesTo === 'local-spend')) {
    findings.push({
      code: 'unknown-location-spend',
      severity: findingSeverity['unknown-location-spend'],
      message: `${moneyText(unknown)} of spend has no postcode that places it, so it is in no local-spend base: the estimate may be ${unknown.isNeg() ? 'high (a net credit)' : 'low'}.`,
    });
  }
  return seal(estimateOf(lines, notEstimated, findings), 'local-impact-estimate');
}
