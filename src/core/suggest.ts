import { quoteText } from './describe-value.js';

/** Optimal-string-alignment edit distance (a swap of neighbours counts 1), case-insensitive. */
function distance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  const rows: number[][] = [Array.from({ length: right.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[left.length]![right.length]!;
}

/** True when `short` keeps the first letter of `long` and the rest of its letters in order. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at >= short.length;
}

/** Lower case without spaces, `_` or `-`: what names equal but for case or spacing share. Internal. */
export const squash = (value: string) => value.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Up to three known names closest to an unknown one: the same name in another case or spacing,
 * else the nearest by edit distance (at most 2, or a third of the name's length for long names),
 * counting a name one starts with (renamed fields: `attribution` → `attributionShare`) as just
 * after a one-letter slip. When none is that close, a related name of 5 letters or more: one
 * starting with the same stem, 5 letters or more and three quarters of the shorter name
 * (`verified` → `verification`, `contractor` → `contractType`), or whose start is one slip from
 * the shorter name (`attrobution` → `attributionShare`). Only the closest tier is given, each
 * name once; ties are in code-unit order, so the result never depends on the machine.
 * Internal: the one "did you mean" of the library.
 */
export function suggest(unknown: string, known: Iterable<string>): string[] {
  const wanted = squash(unknown);
  // Short names allow one slip (`add` is not `id`); longer ones two, or a third of their length.
  const limit = unknown.length <= 3 ? 1.5 : Math.max(2, Math.floor(unknown.length / 3));
  const scored: { name: string; score: number }[] = [];
  // Each name once: callers merge lists (a contract's pledged codes and its framework's).
  for (const name of new Set(known)) {
    if (name === unknown) continue;
    const squashed = squash(name);
    const typed = unknown.trim();
    // Lengths further apart than the limit are further apart in edits too: no table to fill
    // (a pasted paragraph of a million characters against every known code).
    let score =
      squashed === wanted
        ? 0
        : Math.abs(typed.length - name.length) > limit
          ? Number.POSITIVE_INFINITY
          : distance(typed, name);
    // A name that grew a suffix or prefix (`attribution` → `attributionShare`, `economic` →
    // `local-economic`) is close too.
    const shorter = Math.min(squashed.length, wanted.length);
    const grown =
      shorter >= 4 &&
      (squashed.startsWith(wanted) ||
        wanted.startsWith(squashed) ||
        squashed.endsWith(wanted) ||
        wanted.endsWith(squashed));
    // So is an abbreviation that keeps the name's letters in order (`yrs` → `years`).
    const abbreviated = wanted.length >= 2 && isAbbreviation(wanted, squashed);
    if (score > 1 && (grown || abbreviated)) {
      score = 1.5; // after a one-letter slip, before a two-letter one
    }
    if (score > limit && shorter >= 5) {
      // A related name, after every closer one: the same stem, or the same start but a slip.
      const stem = Math.max(5, Math.ceil((shorter * 3) / 4));
      const [short, long] =
        squashed.length < wanted.length ? [squashed, wanted] : [wanted, squashed];
      if (
        short.slice(0, stem) === long.slice(0, stem) ||
        distance(short, long.slice(0, shorter)) < 2
      ) {
        score = limit + 0.25; // no edit distance or other tier is a quarter
      }
    }
    if (score <= limit + 0.25) scored.push({ name, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Only the closest tier: `overal` suggests `overall`, not also `overallRounding`.
  const best = scored[0]?.score;
  return scored
    .filter((entry) => entry.score === best)
    .slice(0, 3)
    .map((entry) => entry.name);
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
    : ` (did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ` : ''}${last}?)`;
}
