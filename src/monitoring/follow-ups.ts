import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { byCodeUnits } from '../core/text.js';
import { copyDefined } from './copy-defined.js';
import { quantitiesText } from './delivery-status.js';
import { flat } from './flat-text.js';
import type { DeliveryLine, FollowUpDue } from './types.js';

/** Who made a pledge, for a sentence: `officer J. Smith`, `a department`, or nothing. */
function pledgerText(line: DeliveryLine): string {
  if (line.pledger !== undefined) {
    return line.pledgerKind === undefined
      ? idText(line.pledger)
      : `${line.pledgerKind} ${idText(line.pledger)}`;
  }
  return line.pledgerKind === undefined ? '' : `a ${line.pledgerKind}`;
}

/**
 * The pledges due for follow-up by the report date (`followUpOn` on or before it), in date
 * order then line order, each with the barriers recorded and a sentence. Internal.
 */
export function followUpsDue(lines: readonly DeliveryLine[], asOf: string): FollowUpDue[] {
  const due = lines.filter((line) => line.followUpOn !== undefined && line.followUpOn <= asOf);
  return due
    .sort((a, b) => byCodeUnits(a.followUpOn!, b.followUpOn!))
    .map((line) => {
      const barriers = line.barriers ?? [];
      const by = pledgerText(line);
      const recorded =
        barriers.length === 0
          ? 'no barriers recorded'
          : `barriers recorded: ${listed([...new Set(barriers)].map((barrier) => describeValue(barrier)))}`;
      const entry: { -readonly [K in keyof FollowUpDue]: FollowUpDue[K] } = {
        line: line.index,
        measure: line.measure,
      } as FollowUpDue;
      copyDefined(entry, line, ['title', 'channel', 'pledgerKind', 'pledger']);
      entry.followUpOn = line.followUpOn!;
      entry.barriers = barriers;
      entry.status = line.status;
      entry.reason = flat(
        `The ${line.channel} pledge of ${idText(line.measure)} on line ${line.index}${by === '' ? '' : ` by ${by}`} was due for follow-up on ${line.followUpOn}: ${quantitiesText(line.delivered, line.commitment)} delivered (${line.status}); ${recorded}.`,
      );
      return entry;
    });
}
