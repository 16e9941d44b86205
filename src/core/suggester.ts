import { squash, suggest } from './suggest.js';

/** How many unknown names of one input are compared with every known name. Internal. */
export const SUGGESTED = 20;

/**
 * The known names written as an unknown one is but for case or spacing (up to three, in
 * code-unit order, never the name itself), by lookup: the suggestion for an unknown name past
 * the first {@link SUGGESTED} of an input. Internal.
 */
export function sameNames(names: Iterable<string>): (unknown: string) => string[] {
  const bySquashed = new Map<string, string[]>();
  // Code-unit order, as suggest breaks ties.
  for (const name of [...new Set(names)].sort()) {
    const same = bySquashed.get(squash(name));
    if (same === undefined) bySquashed.set(squash(name), [name]);
    else same.push(name);
  }
  return (unknown) =>
    (bySquashed.get(squash(unknown)) ?? []).filter((name) => name !== unknown).slice(0, 3);
}

/**
 * {@link suggest} for many unknown names of one input against the same known names: the first
 * {@link SUGGESTED} (as many as an error's message lists) are compared with every known name;
 * later ones, so that thousands of them stay linear, only find the same name in another case or
 * spacing, by lookup ({@link sameNames}). Internal.
 */
export function suggester(known: Iterable<string>): (unknown: string) => string[] {
  let names: string[] | undefined;
  let compared = 0;
  let same: ((unknown: string) => string[]) | undefined;
  return (unknown) => {
    // Read when first asked: a valid input costs nothing.
    names ??= [...new Set(known)];
    compared += 1;
    if (compared <= SUGGESTED) return suggest(unknown, names);
    same ??= sameNames(names);
    return same(unknown);
  };
}
