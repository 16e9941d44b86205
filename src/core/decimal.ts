import DecimalJs from 'decimal.js';

/**
 * The library's own decimal.js constructor: 40 significant digits, half-up rounding and plain
 * (non-exponential) strings between 1e-30 and 1e30. It is a clone, so the library never changes,
 * or depends on, the global `Decimal.set` of an application that also uses decimal.js.
 *
 * Every amount and ratio the library returns is an instance of this class.
 *
 * @example
 * ```ts
 * import { Decimal } from 'social-value';
 *
 * new Decimal('0.1').plus('0.2').toString(); // => '0.3'
 * Decimal.precision; // => 40
 * ```
 */
export const Decimal: DecimalJs.Constructor = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});

/**
 * An exact decimal number, as returned by every calculation of the library. It is a decimal.js
 * `Decimal`: use its methods (`plus`, `times`, `toFixed`, `toString`…) or `formatGBP` to show it.
 *
 * @example
 * ```ts
 * import { Decimal } from 'social-value';
 *
 * const pledged: Decimal = new Decimal('738768');
 * pledged.toString(); // => '738768'
 * ```
 */
export type Decimal = DecimalJs;

/**
 * Any decimal.js `Decimal`, from this library or from the application's own decimal.js (any
 * clone or configuration). Recognised with `Decimal.isDecimal`, never with `instanceof`, so
 * values from another copy of decimal.js are accepted too.
 *
 * @example
 * ```ts
 * import DecimalJs from 'decimal.js';
 * import { toDecimal, type DecimalLike } from 'social-value';
 *
 * const fromApp: DecimalLike = new DecimalJs('12.5');
 * toDecimal(fromApp).toString(); // => '12.5'
 * ```
 */
export type DecimalLike = DecimalJs;

/**
 * A number as the library accepts it on input: a decimal string (`'2.675'`, `'-1e3'`), a finite
 * `number`, a `bigint`, or any decimal.js `Decimal`. Prefer strings or decimals for money: a
 * `number` is taken at its shortest round-trip form (`0.1` is `'0.1'`), which cannot hold more
 * than about 15 significant digits.
 *
 * @example
 * ```ts
 * import { toDecimal, type Numeric } from 'social-value';
 *
 * const quantities: Numeric[] = ['650000', 12.5, 3n];
 * quantities.map((q) => toDecimal(q).toString()); // => ['650000', '12.5', '3']
 * ```
 */
export type Numeric = string | number | bigint | DecimalLike;
