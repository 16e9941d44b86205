import { suggest } from '../core/suggest.js';

/**
 * Up to three known codes close to an unknown one (the library's one "did you mean", from
 * `core/suggest`). Internal; kept only for callers outside toms that have not moved to `suggest`.
 *
 * @deprecated Use `suggest` from `core/suggest.js`.
 */
export function suggestCodes(code: string, known: Iterable<string>): string[] {
  return suggest(code, known);
}
