import { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { INPUT_DECIMAL_PLACES_LIMIT } from '../core/numeric-domain.js';
import { kindOfWords } from './criterion-kind.js';
import type { OcdsCriterionKind, OcdsFindingCode } from './types.js';

/** What free text says about a weight. Internal to the ocds area. */
export type TextWeight =
  | { readonly status: 'none' }
  | { readonly status: 'weight'; readonly value: Decimal; readonly detail: string }
  | { readonly status: 'ambiguous'; readonly detail: string }
  | { readonly status: 'out-of-range'; readonly value: Decimal; readonly detail: string };

/** A weight given in text with the words that label it. */
export interface LabelledWeight {
  readonly label: string;
  readonly kind: OcdsCriterionKind | null;
  readonly value: Decimal;
  /** Weights given in brackets after it: `10% social value` of `Quality 60% (including 10% social value)`. */
  readonly inner: readonly LabelledWeight[];
  /** Its `inner` weight is written after it without brackets (`Quality 60% of which 10% social value`). */
  readonly unbracketed?: true;
}

// A number is `\d+(?:\.\d+)?`; a percent sign `\s*(?:%|per\s*cent\b|percent\b)`. Each pattern is
// a literal, so that test/adversarial checks it reads any text in linear time.
const BARE = /^(\d+(?:\.\d+)?)(?:\s*(?:%|per\s*cent\b|percent\b))?$/i;
// One run of spaces on each side of the separator (`\s*[:=-]?\s*` split a long run two ways
// after `score`: quadratic).
const WEIGHTING_OF =
  /^(?:weight(?:ing)?|weighted at|score)\s*(?:[:=-]\s*)?(\d+(?:\.\d+)?)(?:\s*(?:%|per\s*cent\b|percent\b))?$/i;
// From the first digit of a number only: tried at every digit of a long run, it was quadratic.
// A minus sign (U+2212) between two numbers is a range too, as a hyphen or a dash is.
const RANGE =
  /(?<!\d)\d+(?:\.\d+)?(?:\s*(?:%|per\s*cent\b|percent\b))?\s*(?:-|–|—|−|to)\s*\d+(?:\.\d+)?/i;
/**
 * A percentage that is not the tail of a longer number: the `3` of `1e3%`, the `5` of `0.5.5%`
 * or `60,5%`, the `000` of `1,000%` is no percentage; nor is a number with a minus sign (`-60%`,
 * or `−60%` with U+2212, the minus sign word processors write).
 */
const PERCENTAGE =
  /(?<![\d.]|\d,|\d[eE][+-]?|(?:^|[\s(])[-−])(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)/gi;
// A percentage with a minus sign before it (`-10%`, `−10%`), not a dash between a label and its
// weight (`Social value - 10%`).
const SIGNED = /(?:^|[\s(])([-−]\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b))/i;
const ANY_NUMBER = /\d+(?:\.\d+)?/g;
// A number that is not part of a word (the `1` of `Q1`, the `2` of `2nd` are words).
const STRAY = /(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\p{L}\d])/gu;
// A bracket holds no bracket, so each is found from where it opens: linear.
const BRACKET = /\(([^()]*)\)/g;
// What a bracket of weights given inside another may start with.
const NESTING =
  /^\s*(?:including|includes|incl|inc|of which|within which|within this|comprising|consisting of|made up of)\b\.?\s*:?/i;
// The same words between a weight and the weight inside it, written without brackets.
const NESTED =
  /\b(?:including|includes|incl|inc|of which|within which|within this|comprising|consisting of|made up of)\b/i;
// Between a weight and a bracket of weights inside it: its label at most, no separator.
const SEPARATOR = /[,;/|&]|\band\b/i;

function quoted(text: string): string {
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return quoteText(short);
}

function inRange(value: Decimal, detail: string): TextWeight {
  if (value.gt(100)) return { status: 'out-of-range', value, detail: `${detail}, above 100` };
  // Outside the numeric domain, which checkWeighting would refuse.
  return value.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT
    ? {
        status: 'out-of-range',
        value,
        detail: `${detail}, with more than ${INPUT_DECIMAL_PLACES_LIMIT} digits after the decimal point`,
      }
    : { status: 'weight', value, detail };
}

/** The labels of a text's percentages, before (`Price 40%`) or after (`40% price`) each one. */
function labelSegments(text: string): LabelledWeight[] | null {
  const matches = [...text.matchAll(PERCENTAGE)];
  if (matches.length === 0) return null;
  const bounds = matches.map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[1]! }));
  // A closing bracket ends what came before: `(including 0% social value), Price` labels its
  // weight `Price` when the words after the bracket name a kind (else the whole is kept:
  // `Quality (technical)`).
  const afterBracket = (words: string) => {
    const tail = words.slice(words.lastIndexOf(')') + 1);
    return tail !== words && kindOfWords(tail) !== null ? tail : words;
  };
  const label = (from: number, to: number) =>
    afterBracket(text.slice(from, to))
      // Each end on its own, and a trailing run matched only from where it starts: the time
      // then grows with the label's length, not with its square.
      .replace(/^[\s,;/|:&)+-]+/, '')
      .replace(/(?<![\s,;/|:&(+-])[\s,;/|:&(+-]+$/, '')
      .replace(/^(?:and|&)\s+/i, '')
      .replace(/(?<!\s)\s+(?:and|&)$/i, '')
      .trim();
  const before = bounds.map((b, i) => label(i === 0 ? 0 : bounds[i - 1]!.end, b.start));
  const after = bounds.map((b, i) =>
    label(b.end, i === bounds.length - 1 ? text.length : bounds[i + 1]!.start),
  );
  const named = (labels: string[]) => labels.every((l) => kindOfWords(l) !== null);
  const labels = named(before) ? before : named(after) ? after : before;
  return bounds.map((b, i) => ({
    label: labels[i]!,
    kind: kindOfWords(labels[i]!),
    value: new Decimal(b.raw),
    inner: [],
  }));
}

/** A bracket of labelled weights given inside the weight before it. */
interface InnerBracket {
  readonly start: number;
  readonly end: number;
  /** The index of the weight it is inside among the text's percentages. */
  readonly owner: number;
  /** How many of the text's percentages it holds. */
  readonly held: number;
  readonly weights: LabelledWeight[];
}

/**
 * The brackets of a text that give labelled weights inside the weight before them (`Quality 60%
 * (including 10% social value)`): right after it or its label, with no separator between.
 */
function innerBrackets(text: string): InnerBracket[] {
  const percentages = [...text.matchAll(PERCENTAGE)];
  const brackets: InnerBracket[] = [];
  let owner = -1; // the last percentage before the bracket
  for (const bracket of text.matchAll(BRACKET)) {
    while ((percentages[owner + 1]?.index ?? Infinity) < bracket.index) owner += 1;
    const end = bracket.index + bracket[0].length;
    let held = 0;
    while ((percentages[owner + 1 + held]?.index ?? Infinity) < end) held += 1;
    const last = percentages[owner];
    if (last === undefined || held === 0) continue;
    const gap = text.slice(last.index + last[0].length, bracket.index);
    if (SEPARATOR.test(gap) || /[()]/.test(gap)) continue;
    const weights = labelSegments(bracket[1]!.replace(NESTING, ''));
    if (weights?.every((w) => w.kind !== null)) {
      brackets.push({ start: bracket.index, end, owner, held, weights });
    }
  }
  return brackets;
}

/**
 * Why a text of labelled weights could not be read as one (its `labelledWeights`), or `null`
 * when it reads, or has no number to read: a percentage with a minus sign, a range, numbers
 * outside its percentages, a weight whose label names no kind, numbers without a percent sign, a
 * weight inside another without brackets followed by weights that may be inside it too. Internal
 * to the ocds area.
 */
export function unreadWeights(
  text: string,
  weights: readonly LabelledWeight[] | null,
): { readonly code: OcdsFindingCode; readonly reason: string } | null {
  const signed = SIGNED.exec(text);
  if (signed) {
    return {
      code: 'weight-out-of-range',
      reason: `gives a weight with a minus sign (${quoteText(signed[1]!)})`,
    };
  }
  const unnamed = weights?.find((w) => w.kind === null);
  // A number outside the percentages, not part of a word (`Q1`), after words that name a kind
  // (a weight without its percent sign): `Price 60, Quality 30, 10% tbc` labelled 10% `Price 60,
  // Quality 30`, and a number after the last percentage was dropped. Others (`Lot 1:`, `see
  // section 3`) are words of a label, as before.
  // Part by part, in one pass (a text of 100,000 numbers stays linear).
  const stray: string[] = [];
  const parts = weights === null ? [] : text.replace(PERCENTAGE, ' ').split(/[,;/|&:()]/);
  for (const part of parts) {
    let named = false;
    let from = 0;
    for (const number of part.matchAll(STRAY)) {
      named ||= kindOfWords(part.slice(from, number.index)) !== null;
      from = number.index + number[0].length;
      if (named) stray.push(number[0]);
    }
  }
  const reason = RANGE.test(text)
    ? 'gives a range'
    : stray.length > 0
      ? `has numbers outside its percentages (${stray.slice(0, 3).map(quoteText).join(', ')}${stray.length > 3 ? ', …' : ''}), which it does not say are weights`
      : unnamed
        ? `gives ${exactText(unnamed.value)}% ${unnamed.label === '' ? 'without a label that names a' : `labelled ${quoteText(unnamed.label)}, which names no`} kind of criterion (price, quality, social value, environmental)`
        : weights === null && /\d/.test(text)
          ? 'has numbers but no percentage to read as a weight'
          : null;
  if (reason !== null) return { code: 'ambiguous-weight', reason };
  // A weight inside another without brackets, with weights after it: inside it too, or beside it?
  // Beside it when the weights then sum to 100; else nothing says.
  const at = weights?.findIndex((w) => w.unbracketed) ?? -1;
  const total = weights?.reduce((sum, w) => sum.plus(w.value), new Decimal(0));
  if (at >= 0 && at < weights!.length - 1 && !total!.eq(100)) {
    const w = weights![at]!;
    const named = (x: LabelledWeight) => quoteText(`${x.label} ${exactText(x.value)}%`);
    return {
      code: 'nested-weight',
      reason: `gives ${named(w.inner[0]!)} inside ${named(w)} without brackets, and does not say whether ${weights!
        .slice(at + 1)
        .map(named)
        .join(
          ', ',
        )} ${at + 2 < weights!.length ? 'are' : 'is'} inside it too: beside it, the weights sum to ${exactText(total!)}, not 100`,
    };
  }
  return null;
}

/**
 * The text with a weight given inside the one before it without brackets (`Quality 60% of which
 * social value 10%`, `Quality 60%, including 10% social value`) put in brackets, as the bracketed
 * form reads, and the indexes of the percentages it is inside. The words that open it follow the
 * weight (or its label) with no separator but a comma; the bracket holds the one percentage
 * after them and its label (up to the next separator when the label follows it).
 */
function bracketNested(text: string): { readonly text: string; readonly owners: Set<number> } {
  const percentages = [...text.matchAll(PERCENTAGE)];
  const owners = new Set<number>();
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < percentages.length; i += 1) {
    const end = percentages[i]!.index + percentages[i]![0].length;
    const inner = percentages[i + 1]!;
    const gap = text.slice(end, inner.index);
    const word = NESTED.exec(gap);
    if (word === null || /[()]/.test(gap)) continue;
    const prefix = gap.slice(0, word.index).trimEnd();
    const bare = prefix.endsWith(',') ? prefix.slice(0, -1) : prefix;
    if (SEPARATOR.test(bare)) continue;
    // Its label before it (`of which social value 10%`) or after it, up to a separator.
    let close = inner.index + inner[0].length;
    if (!/\p{L}/u.test(gap.slice(word.index + word[0].length))) {
      const rest = text.slice(close, percentages[i + 2]?.index ?? text.length);
      close += SEPARATOR.exec(rest)?.index ?? rest.length;
    }
    out += `${text.slice(from, end)}${bare} (${text.slice(end + word.index, close).trimEnd()})`;
    from = close;
    owners.add(i);
    i += 1;
  }
  return { text: out + text.slice(from), owners };
}

/**
 * Weights given in text as labelled percentages (`Quality 60% / Price 40%`), or `null` when the
 * text has no percentage. A bracket of labelled percentages right after one (`Quality 60%
 * (including 10% social value)`), or one weight after such words without brackets (`Quality 60%
 * of which social value 10%`), gives that weight's `inner` weights. Internal to the ocds area.
 */
export function labelledWeights(text: string): LabelledWeight[] | null {
  if (RANGE.test(text)) return null;
  const { text: trimmed, owners } = bracketNested(text.trim());
  const brackets = innerBrackets(trimmed);
  if (brackets.length === 0) return labelSegments(trimmed);
  // Each bracket becomes a separator, so that no number before it joins a percent sign after it
  // (`60 (…)%`) and the text keeps every other percentage: the owners' places are known.
  let outer = '';
  let from = 0;
  for (const bracket of brackets) {
    outer += `${trimmed.slice(from, bracket.start)} ; `;
    from = bracket.end;
  }
  const weights = labelSegments(outer + trimmed.slice(from))!;
  let removed = 0;
  for (const bracket of brackets) {
    const at = bracket.owner - removed;
    weights[at] = {
      ...weights[at]!,
      inner: bracket.weights,
      ...(owners.has(bracket.owner) ? { unbracketed: true } : {}),
    };
    removed += bracket.held;
  }
  return weights;
}

/**
 * Reads the weight of a criterion of `kind` from its free text: a bare number (`70`, `17.5`,
 * `70%`), one percentage (`Price 30%`), or the one labelled percentage of a list whose label names
 * the criterion's kind (`Quality 60% / Price 40%` for a price criterion). Anything else with
 * numbers in it is ambiguous: ranges, several candidates, numbers without a percent sign.
 * Internal to the ocds area.
 */
export function weightFromText(text: string, kind: OcdsCriterionKind): TextWeight {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'none' };
  const bare = BARE.exec(trimmed) ?? WEIGHTING_OF.exec(trimmed);
  if (bare) return inRange(new Decimal(bare[1]!), `the text ${quoted(trimmed)}`);
  if (RANGE.test(trimmed)) {
    return { status: 'ambiguous', detail: `the text ${quoted(trimmed)} gives a range` };
  }
  const segments = labelSegments(trimmed);
  if (segments === null) {
    return (trimmed.match(ANY_NUMBER) ?? []).length === 0
      ? { status: 'none' }
      : {
          status: 'ambiguous',
          detail: `the text ${quoted(trimmed)} has numbers but no percentage that is clearly a weight`,
        };
  }
  if (segments.length === 1) {
    const only = segments[0]!;
    if (
      only.kind !== null &&
      only.kind !== kind &&
      !(only.kind === 'quality' && kind !== 'price')
    ) {
      return {
        status: 'ambiguous',
        detail: `the text ${quoted(trimmed)} gives ${exactText(only.value)}% to a ${only.kind} criterion, not to this ${kind} one`,
      };
    }
    return inRange(only.value, `the percentage in ${quoted(trimmed)}`);
  }
  const mine = segments.filter((segment) => segment.kind === kind);
  if (mine.length === 1) {
    const segment = mine[0]!;
    return inRange(
      segment.value,
      `${quoteText(`${segment.label} ${exactText(segment.value)}%`)} in ${quoted(trimmed)}`,
    );
  }
  return {
    status: 'ambiguous',
    detail: `the text ${quoted(trimmed)} gives ${segments.length} percentages and ${mine.length === 0 ? 'none' : 'more than one'} is labelled as this ${kind} criterion`,
  };
}
