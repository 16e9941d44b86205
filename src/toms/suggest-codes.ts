/** Edit distance between two short codes (case-insensitive). Internal. */
function distance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * Up to three known codes close to an unknown one: same code in another case or spacing first,
 * else the nearest by edit distance (at most 2). Internal.
 */
export function suggestCodes(code: string, known: Iterable<string>): string[] {
  const squash = (value: string) => value.toLowerCase().replace(/\s+/g, '');
  const wanted = squash(code);
  const scored: { code: string; score: number }[] = [];
  for (const candidate of known) {
    const score = squash(candidate) === wanted ? 0 : distance(code.trim(), candidate);
    if (score <= 2) scored.push({ code: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
  const exact = scored.filter((entry) => entry.score === 0);
  return (exact.length > 0 ? exact : scored).slice(0, 3).map((entry) => entry.code);
}
