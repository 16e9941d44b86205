import type { Decimal } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import type { AmountOnBasis } from './vat.js';
import { basisLabel } from './vat.js';
import type { Regime, WeightingBase } from './vocabulary.js';

/** `£213,476.40 inc VAT`. Internal. */
export function money(value: AmountOnBasis): string {
  return `${formatGBP(value.amount)} ${basisLabel(value.vatBasis)}`;
}

/** A fraction as an exact percentage (`0.1` → `10%`), or to 2 places with "about". Internal. */
export function percent(fraction: Decimal): string {
  const value = fraction.times(100);
  if (value.decimalPlaces() <= 2) return `${value.toString()}%`;
  return `about ${value.toDecimalPlaces(2).toString()}%`;
}

const BASES: Record<WeightingBase, string> = {
  total: 'the total score',
  quality: 'the quality score',
  'non-price': 'the non-price criteria',
};

/** `10% of the total score`. Internal. */
export function weightingText(weighting: { fraction: Decimal; base: WeightingBase }): string {
  return `${percent(weighting.fraction)} of ${BASES[weighting.base]}`;
}

/** `PCR 2015` or `Procurement Act 2023`. Internal. */
export function regimeLabel(regime: Regime): string {
  return regime === 'pcr-2015' ? 'PCR 2015' : 'Procurement Act 2023';
}
