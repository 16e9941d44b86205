import { describeValue, unitEscapes } from './describe-value.js';
import { idAsRead } from './id-as-read.js';
import { type IndexList, indexText } from './index-list.js';
import { listed } from './listing.js';
import { entryOf } from './map-entry.js';
import { byCodeUnits, countText } from './text.js';

/**
 * Texts quoted for a sentence, the characters beyond printable ASCII of each written as `\u`
 * escapes when another looks the same (the same once composed): `"Caf\u00e9"` and
 * `"Cafe\u0301"`, else one spelling would seem to be named twice.
 */
function apart(written: readonly string[]): string[] {
  const looks = written.map((text) => text.normalize('NFC'));
  const counts = new Map<string, number>();
  for (const look of looks) counts.set(look, (counts.get(look) ?? 0) + 1);
  return written.map((text, i) =>
    counts.get(looks[i]!) === 1 ? text : text.replace(/[^ -~]/g, unitEscapes),
  );
}

/**
 * Calls `found` for each value of `values` written more than one way (alike as ids are read),
 * in order of first index, with the spellings and their indexes for a sentence (`"Housing"
 * (pledges 0 and 3) and "housing " (pledge 1)`; spellings that would print alike, such as
 * composed and decomposed accents, with escapes: `"Caf\u00e9"`), how many there are, and their
 * lists. `values`: each value as written and its list, in order of first index; `noun`: what an
 * index counts (`pledge`, `line`). Internal: the tag and year spellings warnings.
 */
export function spellings(
  values: ReadonlyMap<string, IndexList>,
  noun: string,
  found: (parts: string, count: number, lists: IndexList[]) => void,
): void {
  const alike = new Map<string, [string, IndexList][]>();
  for (const entry of values) entryOf(alike, idAsRead(entry[0]), () => []).push(entry);
  for (const group of alike.values()) {
    if (group.length < 2) continue;
    const written = apart(group.map(([value]) => describeValue(value)));
    const parts = group.map(
      ([, list], i) => `${written[i]} (${noun}${list.count === 1 ? '' : 's'} ${indexText(list)})`,
    );
    found(
      listed(parts),
      group.length,
      group.map(([, list]) => list),
    );
  }
}

/**
 * Calls `found` for each tag value written more than one way (`Housing`, `housing `: alike as
 * ids are read, two entries of `byTag`), by tag name in code-unit order, with a sentence naming
 * each spelling and its indexes (`Tag "department" has one value written 2 ways, totalled apart
 * in byTag: "Housing" (pledges 0 and 3) and "housing " (pledge 1).`, as {@link spellings} lists
 * them) and the spellings' lists.
 * `lists`: by tag name, the list of each value as written, in order of first index (as a loop
 * over the lines makes them: the spellings keep that order); `noun`: what an index counts
 * (`pledge`, `line`). Internal: the `tag-spelling` warnings of a
 * valuation and of a delivery report.
 */
export function tagSpellings(
  lists: ReadonlyMap<string, ReadonlyMap<string, IndexList>>,
  noun: string,
  found: (message: string, lists: IndexList[]) => void,
): void {
  for (const name of [...lists.keys()].sort(byCodeUnits)) {
    spellings(lists.get(name)!, noun, (parts, count, groupLists) =>
      found(
        `Tag ${describeValue(name)} has one value written ${countText(count)} ways, totalled apart in byTag: ${parts}.`,
        groupLists,
      ),
    );
  }
}
