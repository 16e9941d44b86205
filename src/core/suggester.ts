import { squash, suggest } from './suggest.js';

/** How many unknown names of one input are compared with every known name. Internal. */
export const SUGGESTED = 20;

/**
 * {@link suggest} for many unknown names of one input against the same known names: the first
 * {@link SUGGESTED} (as many as an error's message lists) are compared with every known name;
 * later ones, so that thousands of them stay linear, only find the same name in another case or
 * spacing, by lookup. Internal.
 */
export function suggester(known: Iterable<string>): (unknown: string) => string[] {
  let names: string[] | undefined;
  let compared = 0;
  let bySquashed: Map<string, string[]> | undefined;
  return (unknown) => {
    // Read when first asked: a valid input costs nothing.
    names ??= [...new Set(known)];
    compared += 1;
    if (compared <= SUGGESTED) return suggest(unknown, names);
    if (bySquashed === undefined) {
      bySquashed = new Map();
      // Code-unit order, as suggest breaks ties.
      for (const name of names.slice().sort()) {
        const same = bySquashed.get(squash(name));
        if (same === undefined) bySquashed.set(squash(name), [name]);
        else same.push(name);
      }
    }
    const same = bySquashed.get(squash(unknown)) ?? [];
    return same.filter((name) => name !== unknown).slice(0, 3);
  };
}
