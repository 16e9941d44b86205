// An exact reference for the differential tests: rationals as BigInt [numerator, denominator]
// pairs (denominator above 0, reduced), written apart from the library and from decimal.js, so
// a figure the library gives can be checked against one worked out another way.

/** A rational: numerator and denominator (above 0), in lowest terms. */
export type Rational = readonly [bigint, bigint];

const abs = (x: bigint) => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** n ÷ d in lowest terms. */
export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let [num, den] = [BigInt(n), BigInt(d)];
  if (den === 0n) throw new Error('a rational over 0');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return [num / g, den / g];
}

/** A decimal text (`'-12.5'`, `'1.2e-40'`, `'7'`), or a number or bigint as the library reads it. */
export function parse(value: string | number | bigint | { toString(): string }): Rational {
  const text = typeof value === 'bigint' ? value.toString() : String(value);
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = BigInt((whole || '0') + fraction) * (sign === '-' ? -1n : 1n);
  const e = BigInt(exponent) - BigInt(fraction.length);
  return e >= 0n ? rat(digits * 10n ** e) : rat(digits, 10n ** -e);
}

export const ZERO = rat(0);
export const ONE = rat(1);
export const add = (a: Rational, b: Rational) => rat(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
export const sub = (a: Rational, b: Rational) => rat(a[0] * b[1] - b[0] * a[1], a[1] * b[1]);
export const mul = (a: Rational, b: Rational) => rat(a[0] * b[0], a[1] * b[1]);
export const div = (a: Rational, b: Rational) => rat(a[0] * b[1], a[1] * b[0]);
export const neg = (a: Rational): Rational => [-a[0], a[1]];
export const sum = (values: readonly Rational[]) => values.reduce(add, ZERO);
export const isZero = (a: Rational) => a[0] === 0n;

/** -1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Rational, b: Rational): number {
  const d = a[0] * b[1] - b[0] * a[1];
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export const max = (a: Rational, b: Rational) => (cmp(a, b) >= 0 ? a : b);

/** n ÷ d (d above 0) to a whole number, half away from zero (decimal.js ROUND_HALF_UP). */
function roundHalfUp(n: bigint, d: bigint): bigint {
  const [q, r] = [abs(n) / d, abs(n) % d];
  const rounded = 2n * r >= d ? q + 1n : q;
  return n < 0n ? -rounded : rounded;
}

/** a to `digits` significant digits, half away from zero: the library's divisions (34). */
export function significant(a: Rational, digits = 34): Rational {
  if (a[0] === 0n) return a;
  const [n, d] = [abs(a[0]), a[1]];
  // The exponent e with 10^e ≤ |a| < 10^(e+1).
  const atLeast = (k: number) => (k >= 0 ? n >= d * 10n ** BigInt(k) : n * 10n ** BigInt(-k) >= d);
  let e = n.toString().length - d.toString().length;
  while (!atLeast(e)) e -= 1;
  while (atLeast(e + 1)) e += 1;
  const shift = digits - 1 - e;
  return shift >= 0
    ? rat(roundHalfUp(a[0] * 10n ** BigInt(shift), d), 10n ** BigInt(shift))
    : rat(roundHalfUp(a[0], d * 10n ** BigInt(-shift)) * 10n ** BigInt(-shift));
}

/** The rational as text for a failure message. */
export const show = (a: Rational | null) =>
  a === null ? 'null' : a[1] === 1n ? `${a[0]}` : `${a[0]}/${a[1]}`;

/**
 * Where a library figure (a Decimal, its string, or null) differs from the reference: `''` when
 * they are equal exactly, else a line naming the figure.
 */
export function differs(
  what: string,
  figure: { toString(): string } | null | undefined,
  reference: Rational | null,
): string {
  if (figure === null || figure === undefined || reference === null) {
    return (figure ?? null) === null && reference === null
      ? ''
      : `${what}: ${String(figure)} is not ${show(reference)}`;
  }
  const got = parse(figure.toString());
  return got[0] === reference[0] && got[1] === reference[1]
    ? ''
    : `${what}: ${figure.toString()} is not ${show(reference)}`;
}

/**
 * A list of disagreements and `check(what, figure, reference)`, which adds {@link differs}'s line
 * to it when the figure is not the reference.
 */
export function disagreementList() {
  const out: string[] = [];
  const check = (
    what: string,
    figure: { toString(): string } | null | undefined,
    reference: Rational | null,
  ) => {
    const problem = differs(what, figure, reference);
    if (problem) out.push(problem);
  };
  return { out, check };
}

/** Decimal text of `digits` (0–9 each), in the input domain when `whole` has at most 15. */
export function decimalText(whole: string, fraction: string): string {
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  return fraction === '' ? w : `${w}.${fraction}`;
}

/** ⌊√n⌋ of n ≥ 0 (Newton's method on BigInts). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (let y = (x + n / x) >> 1n; y < x; y = (x + n / x) >> 1n) x = y;
  return x;
}

/**
 * a ÷ √n (n a whole number above 0) to `digits` significant digits, half away from zero, exactly:
 * the digits are read off (a ÷ √n)² = a² ÷ n with whole square roots, and the half compared by
 * squares, so no root is ever rounded.
 */
export function significantOverRoot(a: Rational, n: bigint, digits = 34): Rational {
  if (a[0] === 0n) return ZERO;
  const [p, q] = [a[0] * a[0], a[1] * a[1] * n]; // the square, p/q
  const atLeast = (k: number) =>
    k >= 0 ? p >= q * 10n ** BigInt(2 * k) : p * 10n ** BigInt(-2 * k) >= q;
  let e = Math.floor((p.toString().length - q.toString().length) / 2);
  while (!atLeast(e)) e -= 1;
  while (atLeast(e + 1)) e += 1;
  const shift = digits - 1 - e;
  const [num, den] =
    shift >= 0 ? [p * 10n ** BigInt(2 * shift), q] : [p, q * 10n ** BigInt(-2 * shift)];
  const whole = isqrt(num / den);
  // Up when the scaled figure is at least whole + ½: 4 × num ≥ (2 × whole + 1)² × den.
  const m =
    (4n * num >= (2n * whole + 1n) ** 2n * den ? whole + 1n : whole) * (a[0] < 0n ? -1n : 1n);
  return shift >= 0 ? rat(m, 10n ** BigInt(shift)) : rat(m * 10n ** BigInt(-shift));
}
