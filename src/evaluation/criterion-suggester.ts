import { squash } from '../core/suggest.js';
import { suggester } from '../core/suggester.js';

/** A criterion (or a bid) as far as suggestions go: its id and, if it has one, its name. Internal. */
export interface Named {
  readonly id: string;
  readonly name?: string | undefined;
}

/**
 * Suggests criterion ids for a key the model does not have: the ids of the criteria with that
 * name (`'Quality of service'` → `'q'`, in any case or spacing), else the closest ids
 * ({@link suggester}: linear for thousands of keys). Internal.
 */
export function criterionSuggester(criteria: readonly Named[]): (key: string) => string[] {
  const closest = suggester(criteria.map((criterion) => criterion.id));
  let byName: Map<string, string[]> | undefined;
  return (key) => {
    if (byName === undefined) {
      byName = new Map();
      for (const { id, name } of criteria) {
        if (name === undefined) continue;
        byName.set(squash(name), [...(byName.get(squash(name)) ?? []), id]);
      }
    }
    return byName.get(squash(key)) ?? closest(key);
  };
}
