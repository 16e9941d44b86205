import type { Decimal } from './decimal.js';

/**
 * A Decimal as exact text for storage: plain notation with every digit (`'0.000000001'`, never
 * `'1e-9'`), `'0'` for either zero (never `'-0'`). Nothing is rounded. Internal.
 */
export function exactText(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}
