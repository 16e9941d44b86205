import type { Decimal } from '../core/decimal.js';
import { figureText, moneyText, percentText } from '../core/wording.js';
import type { AmountOnBasis } from './vat.js';
import { basisLabel } from './vat.js';
import type { Regime, WeightingBase } from './vocabulary.js';

/** `£213,476.40 inc VAT`. Internal. */
export function money(value: AmountOnBasis): string {
  return `${moneyText(value.amount)} ${basisLabel(value.vatBasis)}`;
}

/** Money to `places` decimal places, 2 or more: {@link moneyText}, then `£207,719.995`. */
function moneyAt(amount: Decimal, places: number): string {
  if (places <= 2) return moneyText(amount);
  const [whole, fraction = ''] = figureText(amount, places).split('.');
  return `£${whole}.${fraction.padEnd(2, '0')}`;
}

/**
 * A value below a figure on the figure's VAT basis, the figure, and how far below it is, to the
 * penny or to as many more places as tell the value and the figure apart: £207,719.995 below
 * £207,720.00 by £0.005, never `£207,720.00` below `£207,720.00` by `£0.01`, nor below it by
 * `£0.00`. Internal.
 */
export function moneyBelow(
  value: AmountOnBasis,
  figure: AmountOnBasis,
  shortfall: Decimal,
): { value: string; figure: string; shortfall: string } {
  let places = 2;
  // Equal amounts (a value converted to ex VAT, divided to 34 digits, can equal the figure it
  // is below) are told apart at no place: to the penny, with the shortfall as moneyText says it.
  // Past the penny, the shortfall is never written as zeros: a value divided to 34 digits can
  // differ from a figure of more digits sooner than the shortfall shows.
  while (
    places < 200 &&
    ((!value.amount.eq(figure.amount) &&
      moneyAt(value.amount, places) === moneyAt(figure.amount, places)) ||
      !/[1-9]/.test(moneyAt(shortfall, places)))
  ) {
    places += 1;
  }
  return {
    value: `${moneyAt(value.amount, places)} ${basisLabel(value.vatBasis)}`,
    figure: `${moneyAt(figure.amount, places)} ${basisLabel(figure.vatBasis)}`,
    shortfall: moneyAt(shortfall, places),
  };
}

/** Percentage points as a percentage: `10` → `10%`, `12.345` → `12.35%`. Internal. */
export function percentOfPoints(points: Decimal, places = 2): string {
  return percentText(points.times('0.01'), places);
}

const BASES: Readonly<Record<WeightingBase, string>> = {
  total: 'the total score',
  quality: 'the quality score',
  'non-price': 'the non-price criteria',
};

/**
 * `10% of the total score`, or with the percentage as `percent` writes it (`10.00%`, beside
 * weights that give `9.995%`). Internal.
 */
export function weightingText(
  weighting: { percent: Decimal; of: WeightingBase },
  percent = percentOfPoints(weighting.percent),
): string {
  return `${percent} of ${BASES[weighting.of]}`;
}

/** `PCR 2015` or `Procurement Act 2023`. Internal. */
export function regimeLabel(regime: Regime): string {
  return regime === 'pcr-2015' ? 'PCR 2015' : 'Procurement Act 2023';
}
