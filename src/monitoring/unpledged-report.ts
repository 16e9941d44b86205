import { byCodeUnits } from '../core/text.js';
import type { Plan } from './delivery-plan.js';
import { type BreakdownEntry, unpledgedAmounts, type YearSum } from './figures.js';
import type { Tallies } from './tally-deliveries.js';
import type { UnpledgedDelivery } from './types.js';

const NO_TAGS: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

/** Phase 4: deliveries nobody pledged, by code, valued at the framework's proxy; years summed in. */
export function reportUnpledged(
  tallies: Tallies['unpledged'],
  schedule: Plan,
  yearSums: YearSum[],
  entries: BreakdownEntry[],
): UnpledgedDelivery[] {
  const { countVerifiedOnly } = schedule;
  return [...tallies.keys()].sort(byCodeUnits).map((code) => {
    const { measure, tally } = tallies.get(code)!;
    const proxyValue = measure.proxyValue!;
    const quantity = countVerifiedOnly ? tally.verified : tally.verified.plus(tally.claimed);
    for (const [index, quantities] of tally.byYear) {
      const inYear = countVerifiedOnly
        ? quantities.verified
        : quantities.verified.plus(quantities.claimed);
      const sum = yearSums[index]!;
      sum.unpledged = sum.unpledged.plus(inYear.times(proxyValue));
    }
    const value = quantity.times(proxyValue);
    entries.push({
      theme: measure.theme,
      valueType: measure.valueType,
      tags: NO_TAGS,
      amounts: unpledgedAmounts(value),
    });
    return {
      measure: measure.code,
      ...(measure.title === undefined ? {} : { title: measure.title }),
      ...(measure.unit === undefined ? {} : { unit: measure.unit }),
      theme: measure.theme,
      ...(measure.themeName === undefined ? {} : { themeName: measure.themeName }),
      valueType: measure.valueType,
      proxyValue,
      quantity,
      verified: tally.verified,
      claimed: tally.claimed,
      value,
      deliveryCount: tally.count,
    };
  });
}
