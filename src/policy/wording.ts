import type { Decimal } from '../core/decimal.js';
import { moneyText, percentText } from '../core/wording.js';
import type { AmountOnBasis } from './vat.js';
import { basisLabel } from './vat.js';
import type { Regime, WeightingBase } from './vocabulary.js';

/** `£213,476.40 inc VAT`. Internal. */
export function money(value: AmountOnBasis): string {
  return `${moneyText(value.amount)} ${basisLabel(value.vatBasis)}`;
}

/** Percentage points as a percentage: `10` → `10%`, `12.345` → `12.35%`. Internal. */
export function percentOfPoints(points: Decimal): string {
  return percentText(points.times('0.01'));
}

const BASES: Readonly<Record<WeightingBase, string>> = {
  total: 'the total score',
  quality: 'the quality score',
  'non-price': 'the non-price criteria',
};

/** `10% of the total score`. Internal. */
export function weightingText(weighting: { percent: Decimal; of: WeightingBase }): string {
  return `${percentOfPoints(weighting.percent)} of ${BASES[weighting.of]}`;
}

/** `PCR 2015` or `Procurement Act 2023`. Internal. */
export function regimeLabel(regime: Regime): string {
  return regime === 'pcr-2015' ? 'PCR 2015' : 'Procurement Act 2023';
}
