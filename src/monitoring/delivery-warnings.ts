import { type IndexList, mergedIndexes, noteIndex } from '../core/index-list.js';
import { entryOf } from '../core/map-entry.js';
import { tagSpellings } from '../core/tag-spellings.js';
import type { DeliveryLine, DeliveryWarning } from './types.js';

const newValues = () => new Map<string, IndexList>();
const newList = (): IndexList => ({ count: 0, indexes: [] });

/**
 * The warnings of a delivery report, worked out from its lines: a tag value written more than
 * one way (`tag-spelling`, as `valuePledges` words it, lines for pledges), by tag name in
 * code-unit order. `undefined` when there are none (a report then has no `warnings`). Internal:
 * `trackDelivery` writes them and a stored report is checked against them.
 */
export function deliveryWarnings(lines: readonly DeliveryLine[]): DeliveryWarning[] | undefined {
  // By tag name, each value's lines: in index order, so that spellings come by their first line.
  const values = new Map<string, Map<string, IndexList>>();
  for (const line of [...lines].sort((a, b) => a.index - b.index)) {
    for (const name of Object.keys(line.tags)) {
      noteIndex(
        entryOf(entryOf(values, name, newValues), line.tags[name]!, newList),
        line.index,
        true,
      );
    }
  }
  const warnings: DeliveryWarning[] = [];
  tagSpellings(values, 'line', (message, lists) =>
    warnings.push({
      code: 'tag-spelling',
      severity: 'warning',
      message,
      lines: mergedIndexes(lists, true).indexes,
    }),
  );
  return warnings.length === 0 ? undefined : warnings;
}
