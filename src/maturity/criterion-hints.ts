import { entryOf } from '../core/map-entry.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { SUGGESTED, sameNames } from '../core/suggester.js';
import type { ModelIndex } from './model-index.js';
import type { MaturityTheme } from './types.js';

/** What a warning or error adds about a criterion id the model does not have. Internal. */
export interface CriterionHint {
  /** The ids meant, closest first (at most three). */
  readonly suggestions: string[];
  /** The end of the sentence: ` (did you mean "…"?)`, `: Reporting has no Follower criteria` or `''`. */
  readonly hint: string;
}

type Lookup = (unknown: string) => string[];

/**
 * The hints for the unknown criterion ids of one call's responses: an id naming a level (or a
 * slip of one) at which its theme has no criteria says so (`reporting.folower.1` or
 * `Reporting.Follower.1`: `Reporting has no Follower criteria`), any other is given the
 * closest ids of its theme. The first 20 ids of the call (`SUGGESTED`: across every theme, as
 * the library counts the unknown names of one input) are compared with every level and every
 * criterion of their theme; later ones (each asked with `full` false), so that thousands of them
 * stay linear, find only a level or an id written otherwise in case or spacing, by lookup.
 * Internal.
 */
export function criterionHints(
  index: ModelIndex,
): (theme: MaturityTheme, id: string, full: boolean) => CriterionHint {
  let compared = 0;
  // The lookups by case and spacing: of the levels (under null) and of each theme's criteria.
  const lookups = new Map<string | null, Lookup>();
  const closest = (compare: boolean, name: string, of: string | null, known: () => string[]) => {
    if (compare) return suggest(name, known());
    return entryOf(lookups, of, () => sameNames(known()))(name);
  };
  return (theme, id, full) => {
    const compare = full || compared++ < SUGGESTED;
    const [head, written = ''] = id.split('.');
    const level = index.levelById.get(
      index.levelById.has(written)
        ? written
        : (closest(compare, written, null, () => [...index.levelById.keys()])[0] ?? ''),
    );
    // The theme written in any case (`Reporting.Follower.1`), as the level is.
    if (
      head?.toLowerCase() === theme.id.toLowerCase() &&
      level &&
      index.criteriaOf(theme.id, level.id).length === 0
    ) {
      return { suggestions: [], hint: `: ${theme.name} has no ${level.name} criteria` };
    }
    const suggestions = closest(compare, id, theme.id, () =>
      index.criteriaOfTheme(theme.id).map((criterion) => criterion.id),
    );
    return { suggestions, hint: didYouMean(suggestions) };
  };
}
