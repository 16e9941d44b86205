import { byCodeUnits } from '../core/text.js';
import type { Plan } from './delivery-plan.js';
import { plus, product, times } from './figures.js';
import type { ReportGroups } from './report-groups.js';
import type { Tallies } from './tally-deliveries.js';
import type { UnpledgedDelivery } from './types.js';

const NO_TAGS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.create(null),
);

/**
 * Phase 5: deliveries nobody pledged, by code then channel, valued at the framework's proxy;
 * added to the report's breakdowns and financial years. Internal.
 */
export function reportUnpledged(
  tallies: Tallies['unpledged'],
  schedule: Plan,
  groups: ReportGroups,
): UnpledgedDelivery[] {
  const { countVerifiedOnly } = schedule;
  return [...tallies.values()]
    .sort(
      (a, b) => byCodeUnits(a.measure.code, b.measure.code) || byCodeUnits(a.channel, b.channel),
    )
    .map(({ measure, channel, tally }) => {
      const proxyValue = measure.proxyValue!;
      const quantity = countVerifiedOnly ? tally.verified : plus(tally.verified, tally.claimed);
      const group = groups.group({
        theme: measure.theme,
        valueType: measure.valueType,
        channel,
        effect: 'benefit',
        tags: NO_TAGS,
      });
      for (const [index, quantities] of tally.byYear) {
        const inYear = countVerifiedOnly
          ? quantities.verified
          : plus(quantities.verified, quantities.claimed);
        const sum = group.year(index);
        sum.unpledged = plus(sum.unpledged, times(inYear, proxyValue));
      }
      const value = product(quantity, proxyValue);
      group.sum.unpledged = plus(group.sum.unpledged, value);
      const result: { -readonly [K in keyof UnpledgedDelivery]: UnpledgedDelivery[K] } = {
        measure: measure.code,
        channel,
      } as UnpledgedDelivery;
      if (measure.title !== undefined) result.title = measure.title;
      if (measure.unit !== undefined) result.unit = measure.unit;
      result.theme = measure.theme;
      if (measure.themeName !== undefined) result.themeName = measure.themeName;
      result.valueType = measure.valueType;
      result.proxyValue = proxyValue;
      result.quantity = quantity;
      result.verified = tally.verified;
      result.claimed = tally.claimed;
      result.value = value;
      result.deliveryCount = tally.count;
      return result;
    });
}
