import { Decimal as DecimalJs } from 'decimal.js';

let Unlimited: typeof DecimalJs | undefined;

/**
 * decimal.js without a limit on digits, made on first use (a bundle that never calls it leaves
 * it out): its sums and products, and divisions that end, are exact whatever their length, for
 * a sum of quotients worked out as one fraction and divided once. Internal.
 */
export function unlimited(): typeof DecimalJs {
  Unlimited ??= DecimalJs.clone({ precision: 1e9 });
  return Unlimited;
}
