import { Decimal } from './decimal.js';
import { INPUT_DECIMAL_PLACES_LIMIT, INPUT_MAGNITUDE_LIMIT_EXPONENT } from './numeric-domain.js';

// decimal.js keeps a value as a sign `s`, a base-10 exponent `e` (of the first significant
// digit) and digits `d` in base 1e7 words aligned on the decimal point, without leading or
// trailing zero words (the properties its documentation names). The readers below build that
// form straight from the text, with arrays of the exact length (decimal.js grows its arrays by
// pushing, which reserves room for 17 words), for the hot input paths. Each gives exactly the
// Decimal `readNumeric` gives, or `undefined` to send the value there (property tests hold them to it).

const WORD_DIGITS = 7;

type Built = new (s: number, e: number, d: number[]) => Decimal;
let built: Built | undefined;

/** The library's Decimal with sign `s`, exponent `e` and words `d` (normalised, as decimal.js keeps them). Internal. */
export function decimalOf(s: number, e: number, d: number[]): Decimal {
  built ??= builtConstructor();
  return new built(s, e, d);
}

function builtConstructor(): Built {
  // Instances have the prototype of every decimal.js Decimal and the same own properties, in the
  // order decimal.js sets them, with `constructor` the library's clone (as `new Decimal` sets it).
  function BuiltDecimal(
    this: { constructor: unknown; s: number; e: number; d: number[] },
    s: number,
    e: number,
    d: number[],
  ) {
    this.constructor = Decimal;
    this.s = s;
    this.e = e;
    this.d = d;
  }
  BuiltDecimal.prototype = Decimal.prototype;
  return BuiltDecimal as unknown as Built;
}

/** Number of digits of a base-1e7 word (1 to 7). Internal. */
export function digitsOf(word: number): number {
  let digits = 1;
  for (let rest = word; rest >= 10; rest /= 10) digits += 1;
  return digits;
}

/** The words `from` to `to` (inclusive) of `words` as a new array of exactly that length. Internal. */
export function exactWords(words: ArrayLike<number>, from: number, to: number): number[] {
  switch (to - from) {
    case 0:
      return [words[from]!];
    case 1:
      return [words[from]!, words[from + 1]!];
    case 2:
      return [words[from]!, words[from + 1]!, words[from + 2]!];
    case 3:
      return [words[from]!, words[from + 1]!, words[from + 2]!, words[from + 3]!];
    default: {
      const copy: number[] = [];
      for (let i = from; i <= to; i += 1) copy.push(words[i]!);
      return copy;
    }
  }
}

// 15 integer digits and 40 decimals fit in 3 + 6 words (one word more for alignment).
const scratch = /* @__PURE__ */ new Int32Array(16);

/**
 * The Decimal of a plain decimal string in the input domain: an optional `-`, digits, and an
 * optional `.` followed by digits (`'738768'`, `'16.09'`, `'-0.5'`), below 1e15 with at most 40
 * decimal places; `undefined` for anything else (spaces, `+`, exponents, `'.5'`, out of range),
 * which the caller reads with `readNumeric`. Negative zero is zero. Internal.
 */
export function plainDecimal(text: string): Decimal | undefined {
  const length = text.length;
  let i = 0;
  let sign = 1;
  if (length > 0 && text.charCodeAt(0) === 45) {
    sign = -1;
    i = 1;
  }
  const integerStart = i;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    i += 1;
  }
  const integerEnd = i;
  if (integerEnd === integerStart) return undefined;
  let fractionStart = length;
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return undefined;
    i += 1;
    fractionStart = i;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code < 48 || code > 57) return undefined;
      i += 1;
    }
    if (fractionStart === length) return undefined;
  }
  let first = integerStart;
  while (first < integerEnd && text.charCodeAt(first) === 48) first += 1;
  let last = length;
  while (last > fractionStart && text.charCodeAt(last - 1) === 48) last -= 1;
  const integerDigits = integerEnd - first;
  const fractionDigits = last - fractionStart;
  if (integerDigits > INPUT_MAGNITUDE_LIMIT_EXPONENT) return undefined;
  if (fractionDigits > INPUT_DECIMAL_PLACES_LIMIT) return undefined;
  if (integerDigits === 0 && fractionDigits <= 0) return decimalOf(1, 0, [0]);

  // Words aligned on the point: the first integer word takes the digits left over by sevens.
  const words = scratch;
  let count = 0;
  let word = 0;
  let filled = (WORD_DIGITS - (integerDigits % WORD_DIGITS)) % WORD_DIGITS;
  for (let p = first; p < integerEnd; p += 1) {
    word = word * 10 + text.charCodeAt(p) - 48;
    filled += 1;
    if (filled === WORD_DIGITS) {
      words[count] = word;
      count += 1;
      word = 0;
      filled = 0;
    }
  }
  const integerWords = count;
  for (let p = fractionStart; p < last; p += 1) {
    word = word * 10 + text.charCodeAt(p) - 48;
    filled += 1;
    if (filled === WORD_DIGITS) {
      words[count] = word;
      count += 1;
      word = 0;
      filled = 0;
    }
  }
  if (filled > 0) {
    for (; filled < WORD_DIGITS; filled += 1) word *= 10;
    words[count] = word;
    count += 1;
  }
  let top = 0;
  while (words[top] === 0) top += 1;
  let bottom = count - 1;
  while (words[bottom] === 0) bottom -= 1;
  const exponent = (integerWords - 1 - top) * WORD_DIGITS + digitsOf(words[top]!) - 1;
  return decimalOf(sign, exponent, exactWords(words, top, bottom));
}

/**
 * The Decimal of `scaled` ÷ 10^`scale`, for a whole `scaled` from 0 to 2^53 and `scale` from 0
 * to 7: at most three integer words and one fraction word.
 */
function scaledDecimal(sign: number, scaled: number, scale: number): Decimal {
  const unit = 10 ** scale;
  let integer = Math.floor(scaled / unit);
  let fraction = scaled - integer * unit;
  if (fraction < 0) {
    integer -= 1;
    fraction += unit;
  }
  const words = scratch;
  let high = Math.floor(integer / 1e14);
  let rest = integer - high * 1e14;
  if (rest < 0) {
    high -= 1;
    rest += 1e14;
  }
  let middle = Math.floor(rest / 1e7);
  let low = rest - middle * 1e7;
  if (low < 0) {
    middle -= 1;
    low += 1e7;
  }
  words[0] = high;
  words[1] = middle;
  words[2] = low;
  words[3] = fraction * 10 ** (WORD_DIGITS - scale);
  let top = 0;
  while (top < 4 && words[top] === 0) top += 1;
  if (top === 4) return decimalOf(1, 0, [0]);
  let bottom = 3;
  while (words[bottom] === 0) bottom -= 1;
  const exponent = (2 - top) * WORD_DIGITS + digitsOf(words[top]!) - 1;
  return decimalOf(sign, exponent, exactWords(words, top, bottom));
}

/**
 * The Decimal of a finite number, as `readNumeric` reads it (its shortest round-trip form),
 * when that form is plain and in the input domain; else `undefined`. Internal.
 */
export function plainNumber(value: number): Decimal | undefined {
  if (value === 0) return decimalOf(1, 0, [0]);
  const sign = value < 0 ? -1 : 1;
  const magnitude = sign * value;
  // Whole numbers below 1e15, and numbers of pence below 1e13: the shortest form of such a
  // double is the whole number, or the only decimal with two places that rounds to it (doubles
  // there are less than 0.01 apart), so no text is needed.
  if (magnitude < 1e15 && magnitude === Math.trunc(magnitude)) {
    return scaledDecimal(sign, magnitude, 0);
  }
  if (magnitude < 1e13) {
    const pence = Math.round(magnitude * 100);
    if (pence / 100 === magnitude) return scaledDecimal(sign, pence, 2);
  }
  return Number.isFinite(value) ? plainDecimal(String(value)) : undefined;
}
