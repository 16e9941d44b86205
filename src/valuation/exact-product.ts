import type { Decimal } from '../core/decimal.js';
import { decimalOf, digitsOf, exactWords } from '../core/fast-decimal.js';

const BASE = 1e7;
const WORD_DIGITS = 7;
// Products of the numeric domain have at most 3 × 9 words; anything longer goes to decimal.js.
const MAX_WORDS = 64;
const scratch = /* @__PURE__ */ new Float64Array(MAX_WORDS);

/**
 * `x × y`, exact: decimal.js's own schoolbook multiplication in base 1e7 (the same words, the
 * same exponent), without copying `y` first or rounding afterwards (a product of the numeric
 * domain has far fewer than the clone's 200 digits), into an array of exactly the product's
 * length. A zero product is +0. Internal: the valuation's hot loop.
 */
export function timesExact(x: Decimal, y: Decimal): Decimal {
  let xd = x.d;
  let yd = y.d;
  if (xd[0] === 0 || yd[0] === 0) return decimalOf(1, 0, [0]);
  let xLength = xd.length;
  let yLength = yd.length;
  const sign = x.s * y.s;
  const wordExponent = Math.floor(x.e / WORD_DIGITS) + Math.floor(y.e / WORD_DIGITS);
  if (xLength === 1 && yLength === 1) {
    // One word each: the product (below 1e14) is exact in a double.
    const product = xd[0]! * yd[0]!;
    const high = Math.floor(product / BASE);
    const low = product - high * BASE;
    if (high === 0) return decimalOf(sign, wordExponent * WORD_DIGITS + digitsOf(low) - 1, [low]);
    const exponent = (wordExponent + 1) * WORD_DIGITS + digitsOf(high) - 1;
    return decimalOf(sign, exponent, low === 0 ? [high] : [high, low]);
  }
  const length = xLength + yLength;
  if (length > MAX_WORDS) return x.times(y);
  if (xLength < yLength) {
    [xd, yd] = [yd, xd];
    [xLength, yLength] = [yLength, xLength];
  }
  const r = scratch;
  r.fill(0, 0, length);
  let carry = 0;
  for (let i = yLength - 1; i >= 0; i -= 1) {
    carry = 0;
    const factor = yd[i]!;
    let k = xLength + i;
    for (; k > i; k -= 1) {
      const t = r[k]! + factor * xd[k - i - 1]! + carry;
      r[k] = (t % BASE) | 0;
      carry = (t / BASE) | 0;
    }
    r[k] = ((r[k]! + carry) % BASE) | 0;
  }
  let last = length - 1;
  while (r[last] === 0) last -= 1;
  const first = r[0] === 0 ? 1 : 0;
  return decimalOf(
    sign,
    (wordExponent + 1 - first) * WORD_DIGITS + digitsOf(r[first]!) - 1,
    exactWords(r, first, last),
  );
}
