import type { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import type { VatBasis } from './vocabulary.js';

/** An amount with its VAT basis. Internal. */
export interface AmountOnBasis {
  readonly amount: Decimal;
  readonly vatBasis: VatBasis;
}

/**
 * Expresses an amount on another VAT basis with the given rate: ex VAT × (1 + rate) is inc VAT
 * (exact), inc VAT ÷ (1 + rate) is ex VAT (34 significant digits). Internal.
 */
export function onBasis(value: AmountOnBasis, basis: VatBasis, rate: Decimal): Decimal {
  if (value.vatBasis === basis) return value.amount;
  return basis === 'inclusive'
    ? value.amount.times(rate.plus(1))
    : divide(value.amount, rate.plus(1));
}

/**
 * Compares two amounts that may be on different VAT bases, exactly: both are taken to the
 * VAT-inclusive basis by multiplication (never division), then compared. Returns -1, 0 or 1.
 * Internal.
 */
export function compareAcrossBasis(
  left: AmountOnBasis,
  right: AmountOnBasis,
  rate: Decimal,
): number {
  return onBasis(left, 'inclusive', rate).comparedTo(onBasis(right, 'inclusive', rate));
}

/**
 * How far `value` falls short of `target` (negative when above it), on the target's VAT basis.
 * The difference is taken before any division (inc VAT ÷ (1 + rate) comes last), so a value
 * below the target always falls short by more than 0: converting the value first would round
 * away a shortfall in its last digits. Internal.
 */
export function shortfallOf(value: AmountOnBasis, target: AmountOnBasis, rate: Decimal): Decimal {
  if (value.vatBasis === target.vatBasis) return target.amount.minus(value.amount);
  if (target.vatBasis === 'inclusive')
    return target.amount.minus(onBasis(value, 'inclusive', rate));
  return divide(target.amount.times(rate.plus(1)).minus(value.amount), rate.plus(1));
}

/** `inc VAT` or `ex VAT`, for sentences. Internal. */
export function basisLabel(basis: VatBasis): string {
  return basis === 'inclusive' ? 'inc VAT' : 'ex VAT';
}
