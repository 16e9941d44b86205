import { checkSync } from 'recheck';

/**
 * What recheck (a ReDoS checker: automata theory, then fuzzing with static analysis) says of a
 * pattern, or `undefined` when the pattern is safe: its matching time grows at most linearly
 * with the text's length on a backtracking engine. The fuzzing is seeded and bounded by the
 * characters it reads, never by time (recheck's incubation and attack time limits, 250 ms and
 * 1 s by default, cut runs short on a busy machine, and a pattern once came out quadratic there
 * and safe on a quiet one), so the verdict is the same on every run and machine.
 */
export function unsafety(source: string, flags: string): string | undefined {
  const diagnostics = checkSync(source, flags, {
    randomSeed: 2026,
    timeout: null,
    incubationTimeout: null,
    attackTimeout: null,
  });
  if (diagnostics.status === 'safe') return undefined;
  if (diagnostics.status === 'vulnerable') {
    return `${diagnostics.complexity.summary}, e.g. ${diagnostics.attack.pattern}`;
  }
  return `not decided (${diagnostics.error.kind})`;
}
