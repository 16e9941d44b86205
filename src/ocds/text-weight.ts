import { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { INPUT_DECIMAL_PLACES_LIMIT } from '../core/numeric-domain.js';
import { kindOfWords } from './criterion-kind.js';
import type { OcdsCriterionKind } from './types.js';

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
}

// A number is `\d+(?:\.\d+)?`; a percent sign `\s*(?:%|per\s*cent\b|percent\b)`. Each pattern is
// a literal, so that test/adversarial checks it reads any text in linear time.
const BARE = /^(\d+(?:\.\d+)?)(?:\s*(?:%|per\s*cent\b|percent\b))?$/i;
// One run of spaces on each side of the separator (`\s*[:=-]?\s*` split a long run two ways
// after `score`: quadratic).
const WEIGHTING_OF =
  /^(?:weight(?:ing)?|weighted at|score)\s*(?:[:=-]\s*)?(\d+(?:\.\d+)?)(?:\s*(?:%|per\s*cent\b|percent\b))?$/i;
// From the first digit of a number only: tried at every digit of a long run, it was quadratic.
const RANGE =
  /(?<!\d)\d+(?:\.\d+)?(?:\s*(?:%|per\s*cent\b|percent\b))?\s*(?:-|–|—|to)\s*\d+(?:\.\d+)?/i;
/**
 * A percentage that is not the tail of a longer number: the `3` of `1e3%`, the `5` of `0.5.5%`
 * or `60,5%`, the `000` of `1,000%` is no percentage; nor is a number with a minus sign (`-60%`).
 */
const PERCENTAGE =
  /(?<![\d.]|\d,|\d[eE][+-]?|(?:^|[\s(])-)(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)/gi;
const ANY_NUMBER = /\d+(?:\.\d+)?/g;

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
  const label = (from: number, to: number) =>
    text
      .slice(from, to)
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
  }));
}

/**
 * Weights given in text as labelled percentages (`Quality 60% / Price 40%`), or `null` when the
 * text has no percentage. Internal to the ocds area.
 */
export function labelledWeights(text: string): LabelledWeight[] | null {
  if (RANGE.test(text)) return null;
  return labelSegments(text.trim());
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
        detail: `the text ${quoted(trimmed)} gives ${only.value.toString()}% to a ${only.kind} criterion, not to this ${kind} one`,
      };
    }
    return inRange(only.value, `the percentage in ${quoted(trimmed)}`);
  }
  const mine = segments.filter((segment) => segment.kind === kind);
  if (mine.length === 1) {
    const segment = mine[0]!;
    return inRange(
      segment.value,
      `${quoteText(`${segment.label} ${segment.value.toString()}%`)} in ${quoted(trimmed)}`,
    );
  }
  return {
    status: 'ambiguous',
    detail: `the text ${quoted(trimmed)} gives ${segments.length} percentages and ${mine.length === 0 ? 'none' : 'more than one'} is labelled as this ${kind} criterion`,
  };
}
