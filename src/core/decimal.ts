import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own decimal.js constructor: 200 significant digits, half-up rounding and plain
 * (non-exponential) strings between 1e-30 and 1e30. It is a clone, so the library never changes,
 * or depends on, the global `Decimal.set` of an application that also uses decimal.js.
 *
 * 200 digits keep every sum and product of numbers in the library's numeric domain exact (see
 * `docs/quality.md`); divisions inside the library are rounded to 34 significant digits.
 * Every amount and ratio the library returns is an instance of this class.
 *
 * @example
 * ```ts
 * import { Decimal } from 'social-value';
 *
 * new Decimal('0.1').plus('0.2').toString(); // => '0.3'
 * Decimal.precision; // => 200
 * ```
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  precision: 200,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 30,
});

/**
 * An exact decimal number, as returned by every calculation of the library. It is a decimal.js
 * `Decimal`: use its methods (`plus`, `times`, `toFixed`, `toString`…) or `formatGBP` to show it.
 */
export type Decimal = DecimalJs;

/**
 * Any decimal.js `Decimal`, from this library or from the application's own decimal.js (any
 * clone or configuration). Recognised with `Decimal.isDecimal`, never with `instanceof`, so
 * values from another copy of decimal.js are accepted too. A plain object that only carries
 * decimal.js's `toStringTag` (`{ toStringTag: '[object Decimal]', d: [5], e: 0, s: 1 }`) is no
 * Decimal: it is refused with `invalid-input`, as any other object is.
 */
export type DecimalLike = DecimalJs;

/**
 * A number as the library accepts it on input: a decimal string (`'2.675'`, `'-1e3'`), a finite
 * `number`, a `bigint`, or any decimal.js `Decimal`. Prefer strings or decimals for money: a
 * `number` is taken at its shortest round-trip form (`0.1` is `'0.1'`), which cannot hold more
 * than about 15 significant digits.
 */
export type Numeric = string | number | bigint | DecimalLike;
