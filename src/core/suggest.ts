import { quoteText } from './describe-value.js';

/** Optimal-string-alignment edit distance (a swap of neighbours counts 1). */
function distance(left: string, right: string): number {
  const rows: number[][] = [[...Array(right.length + 1).keys()]];
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      // A swap of neighbours (never at the first letter: `left[-1]` is no letter).
      const swapped = left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1];
      row[j] = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1),
        swapped ? rows[i - 2]![j - 2]! + 1 : i + j, // i + j: more than any count
      );
    }
    rows.push(row);
  }
  return rows[left.length]![right.length]!;
}

/** True when `short` keeps the first letter of `long` and the rest of its letters in order. */
function isAbbreviation(short: string, long: string): boolean {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return short[0] === long[0] && at >= short.length;
}

/** Lower case without spaces, `_` or `-`: what names equal but for case or spacing share. Internal. */
export const squash = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, '');

/** The words of a name, in lower case: `durationMonths` and `duration_months` → `duration`, `months`. */
const wordsOf = (name: string) =>
  name.split(/(?<=[a-z\d])(?=[A-Z])|[\s_-]+/).map((word) => word.toLowerCase());

/** The words of `name` that `other` does not have. */
const wordsNotIn = (name: string[], other: string[]) =>
  name.filter((word) => !other.includes(word));

/**
 * Up to three known names closest to an unknown one: the same name in another case or spacing,
 * else the nearest by edit distance, counting the same words in another order
 * (`monthsDuration` → `durationMonths`) as one slip. Two slips are allowed, or for long names a
 * third of the length of the words they do not share: `contractStart` is not `contractType`
 * (`start` and `type` are 4 slips apart), `exclusiveGroup` is `exclusivityGroup` (3 slips in
 * `exclusive`). A name one starts with (renamed fields: `attribution` → `attributionShare`)
 * counts as just after a one-letter slip. When none is that close, a related name of 5 letters
 * or more: one starting with the same stem, 5 letters or more and three quarters of the shorter
 * name (`verified` → `verification`, `contractor` → `contractType`), or whose start is one slip
 * from the shorter name (`attrobution` → `attributionShare`). Only the closest tier is given,
 * each name once; ties are in code-unit order, so the result never depends on the machine.
 * A name starting with `__` (`__proto__`, JavaScript's own property names) is no slip of a
 * domain name: it is offered only a name that differs from it in case alone.
 * Internal: the one "did you mean" of the library.
 */
export function suggest(unknown: string, known: Iterable<string>): string[] {
  const wanted = squash(unknown);
  const words = wordsOf(unknown);
  // Short names allow one slip (`add` is not `id`); longer ones two, or a third of their length.
  const limit = wanted.length <= 3 ? 1.5 : Math.max(2, (wanted.length / 3) | 0);
  // The closest tier so far and its names: `overal` suggests `overall`, not `overallRounding`.
  let best = limit + 0.25;
  let closest: string[] = [];
  // Each name once: callers merge lists (a contract's pledged codes and its framework's).
  for (const name of new Set(known)) {
    if (name === unknown) continue;
    if (unknown.startsWith('__') && name.toLowerCase() !== unknown.toLowerCase()) continue;
    const squashed = squash(name);
    const shorter = Math.min(squashed.length, wanted.length);
    let start = 0; // how many letters both start with
    while (start < shorter && wanted[start] === squashed[start]) start += 1;
    // Counted only when close enough: names of lengths further apart than the limit are not.
    let score =
      squashed === wanted
        ? 0
        : wanted.length + squashed.length - 2 * shorter > limit
          ? Infinity
          : distance(wanted, squashed);
    // Words read only for names counted (the same words in another order have one length).
    if (score > 1 && score < Infinity) {
      const its = wordsOf(name);
      const mine = wordsNotIn(words, its);
      const theirs = wordsNotIn(its, words);
      const unshared = mine.join('');
      // No word the other lacks: the same words in another order, one slip. More than two
      // slips only in a name mostly of words the other has too, or where they are few in the
      // words it does not share: not one word for another after a shared word.
      if (!unshared && !theirs.length) score = 1;
      else if (
        score > 2 &&
        mine.length * 2 >= words.length &&
        distance(unshared, theirs.join('')) > unshared.length / 3
      ) {
        score = Infinity;
      }
    }
    // A name that grew a suffix or prefix (`attribution` → `attributionShare`, `economic` →
    // `local-economic`), or an abbreviation that keeps its letters in order (`yrs` → `years`),
    // comes after a one-letter slip, before a two-letter one.
    if (
      score > 1 &&
      ((shorter >= 4 &&
        (start === shorter || squashed.endsWith(wanted) || wanted.endsWith(squashed))) ||
        (wanted.length >= 2 && isAbbreviation(wanted, squashed)))
    ) {
      score = 1.5;
    }
    if (
      score > limit &&
      shorter >= 5 &&
      // A related name, after every closer one: the same stem, or the same start but a slip.
      (start * 4 >= shorter * 3 ||
        distance(wanted.slice(0, shorter), squashed.slice(0, shorter)) < 2)
    ) {
      score = limit + 0.25; // no edit distance or other tier is a quarter
    }
    if (score < best) {
      best = score;
      closest = [];
    }
    if (score === best) closest.push(name);
  }
  // Code-unit order, whatever order the names came in.
  return closest.sort().slice(0, 3);
}

/**
 * ` (did you mean "NT18"?)`, or `''` when there is nothing to suggest; three names at most
 * (` (did you mean "a", "b" or "c"?)`), so that a message stays short however many names are
 * equally close (measures sharing a title). Internal.
 */
export function didYouMean(suggestions: readonly string[]): string {
  const quoted = suggestions.slice(0, 3).map(quoteText);
  const last = quoted.pop();
  return last === undefined
    ? ''
    : ` (did you mean ${quoted.length ? `${quoted.join(', ')} or ` : ''}${last}?)`;
}
