import { Decimal } from '../core/decimal.js';
import { decimalOf, digitsOf, exactWords } from '../core/fast-decimal.js';

// An exact running sum of Decimals as integer words: the kernel of the valuation's totals.
//
// A Decimal keeps its digits in base-1e7 words aligned on the decimal point, so adding one to a
// fixed-point number is adding each of its words to the word of the same weight: no allocation,
// no normalisation, a few additions of doubles. Words are carried only every 2^28 additions (a
// word moves by less than 1e7 per addition and doubles hold integers exactly up to 2^53), and
// the sum becomes a Decimal once, when it is read. Every value of the numeric domain fits the
// window (126 decimal places: a product of three inputs has at most 120; 70 digits before the
// point: figures stay below 1e60); a value outside it would be added exactly with decimal.js.

const BASE = 1e7;
const WORD_DIGITS = 7;
/** Words after the point: 18 words, 126 decimal places. */
const FRACTION_WORDS = 18;
/** All words: 10 before the point. */
const WORDS = 28;
/** Additions between two carries. */
const CARRY_EVERY = 2 ** 28;

/** A running exact sum. Internal. */
export interface ExactSum {
  /** Word `i` weighs 1e7^(i − 18); between carries a word may leave 0 to 1e7 (or go negative). */
  readonly words: number[];
  /** Additions since the last carry. */
  adds: number;
  /** Values outside the window, summed with decimal.js (never within the numeric domain). */
  rest: Decimal | undefined;
}

/** A new sum of nothing (0). Internal. */
export function exactSum(): ExactSum {
  // An array literal (of WORDS zeros) is far cheaper to make than a typed array.
  const words = [
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  ];
  return { words, adds: 0, rest: undefined };
}

/** `rest` (none: 0) plus `value`, by decimal.js: the parts beyond the words. */
const plusRest = (rest: Decimal | undefined, value: Decimal): Decimal =>
  rest === undefined ? value : rest.plus(value);

/** Adds `value` to `sum`, exactly. Internal. */
export function addExact(sum: ExactSum, value: Decimal): void {
  const digits = value.d;
  const top = FRACTION_WORDS + Math.floor(value.e / WORD_DIGITS);
  const length = digits.length;
  if (top >= WORDS || top - length + 1 < 0) {
    sum.rest = plusRest(sum.rest, value);
    return;
  }
  const words = sum.words;
  if (value.s < 0) for (let j = 0; j < length; j += 1) words[top - j]! -= digits[j]!;
  else for (let j = 0; j < length; j += 1) words[top - j]! += digits[j]!;
  sum.adds += 1;
  if (sum.adds >= CARRY_EVERY) carry(words, sum);
}

/** Adds the sum `from` to `sum`, exactly (`from` is unchanged in value). Internal. */
export function addSum(sum: ExactSum, from: ExactSum): void {
  // Each word holds less than (adds + 1) × 1e7: carry first when the two could pass 2^53.
  if (sum.adds + from.adds >= CARRY_EVERY) {
    carry(sum.words, sum);
    carry(from.words, from);
  }
  const words = sum.words;
  const added = from.words;
  for (let i = 0; i < WORDS; i += 1) words[i]! += added[i]!;
  sum.adds += from.adds + 1;
  if (from.rest !== undefined) sum.rest = plusRest(sum.rest, from.rest);
}

/** Carries every word but the top one into 0 to 1e7 (the top word keeps the sign). */
function carry(words: number[], sum: ExactSum | undefined): void {
  for (let i = 0; i < WORDS - 1; i += 1) {
    const word = words[i]!;
    if (word >= 0 && word < BASE) continue;
    let up = Math.floor(word / BASE);
    let kept = word - up * BASE;
    if (kept < 0) {
      kept += BASE;
      up -= 1;
    } else if (kept >= BASE) {
      kept -= BASE;
      up += 1;
    }
    words[i] = kept;
    words[i + 1]! += up;
  }
  if (sum !== undefined) sum.adds = 0;
}

// The words of the sum being read (read one at a time: the sum itself is left as it is).
const reading: number[] = [];

/** The value of a sum, as the library's Decimal (the sum itself is unchanged). Internal. */
export function exactValue(sum: ExactSum): Decimal {
  const words = reading;
  for (let i = 0; i < WORDS; i += 1) words[i] = sum.words[i]!;
  carry(words, undefined);
  let sign = 1;
  if (words[WORDS - 1]! < 0) {
    sign = -1;
    for (let i = 0; i < WORDS; i += 1) words[i] = -words[i]!;
    carry(words, undefined);
  }
  let rest = sum.rest;
  const top = words[WORDS - 1]!;
  if (top >= BASE) {
    // Beyond 1e70: never within the numeric domain; kept exact all the same.
    const beyond = new Decimal(sign * top).times(new Decimal(BASE).pow(WORDS - 1 - FRACTION_WORDS));
    rest = plusRest(rest, beyond);
    words[WORDS - 1] = 0;
  }
  let high = WORDS - 1;
  while (high >= 0 && words[high] === 0) high -= 1;
  let value: Decimal;
  if (high < 0) value = decimalOf(1, 0, [0]);
  else {
    let low = 0;
    while (words[low] === 0) low += 1;
    const digits = exactWords(words, low, high).reverse();
    value = decimalOf(
      sign,
      (high - FRACTION_WORDS) * WORD_DIGITS + digitsOf(words[high]!) - 1,
      digits,
    );
  }
  if (rest === undefined) return value;
  const total = value.plus(rest);
  return total.isZero() ? decimalOf(1, 0, [0]) : total;
}
