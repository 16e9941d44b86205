import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { sumDecimals } from '../core/sum.js';
import { figureText, moneyText } from '../core/wording.js';
import type {
  LocalImpactEstimate,
  LocalImpactFinding,
  LocalImpactLine,
  SpendMultiplier,
} from './multiplier-types.js';
import { type SupplierType, supplierTypeWords } from './supplier-types.js';

// The figures and sentences of a local impact estimate, from each supplier type's spend and
// multiplier: estimateLocalImpact writes with these, and the snapshot reader writes a stored
// estimate's lines and totals again with them to check its figures. Internal.

/** The line of one supplier type's spend. Internal: the snapshot reader writes lines again. */
export function lineOf(
  type: SupplierType,
  multiplier: SpendMultiplier,
  spend: Decimal,
): LocalImpactLine {
  const local = multiplier.appliesTo === 'local-spend';
  // A credit times a zero multiplier is −0 in decimal.js: results hold a plain 0.
  const unsigned = (value: Decimal) => (value.isZero() ? new Decimal(0) : value);
  const additionalBenefit = unsigned(spend.times(multiplier.additional).times('0.01'));
  const localEconomyTotal = unsigned(spend.times(multiplier.total));
  const name = supplierTypeWords[type];
  const base = local ? `Local spend with ${name}` : `Spend with ${name}`;
  return {
    supplierType: type,
    supplierTypeName: name,
    spend,
    multiplier,
    additionalBenefit,
    localEconomyTotal,
    reason: `${base} of ${moneyText(spend)} at an additional ${figureText(multiplier.additional)}p per £1 (source: ${idText(multiplier.source)}): ${moneyText(additionalBenefit)} of additional local benefit, ${moneyText(localEconomyTotal)} in the local economy in all.`,
  };
}

/**
 * The estimate of some lines: their totals and the summary. Internal: `estimateLocalImpact`
 * writes with it and the snapshot reader checks a stored estimate against it.
 */
export function estimateOf(
  lines: readonly LocalImpactLine[],
  notEstimated: Decimal,
  findings: readonly LocalImpactFinding[],
): LocalImpactEstimate {
  const spend = sumDecimals(lines.map((line) => line.spend));
  const additionalBenefit = sumDecimals(lines.map((line) => line.additionalBenefit));
  const localEconomyTotal = sumDecimals(lines.map((line) => line.localEconomyTotal));
  const left = notEstimated.isZero()
    ? ''
    : `; ${moneyText(notEstimated)} of local spend has no multiplier and is left out`;
  return {
    kind: 'local-impact-estimate',
    schemaVersion: 1,
    lines,
    spend,
    additionalBenefit,
    localEconomyTotal,
    notEstimated,
    findings,
    summary: `Under the multipliers supplied, ${moneyText(spend)} of spend supports an estimated ${moneyText(additionalBenefit)} of additional local benefit, ${moneyText(localEconomyTotal)} in the local economy in all${left}: an estimate resting on the multipliers' sources, not a measurement.`,
  };
}
