import { byCodeUnits } from '../core/text.js';
import { copyDefined } from './copy-defined.js';
import type { Plan } from './delivery-plan.js';
import { plus, product, times } from './figures.js';
import type { ReportGroups } from './report-groups.js';
import type { Tallies } from './tally-deliveries.js';
import type { UnpledgedDelivery } from './types.js';

const NO_TAGS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.create(null),
);

/**
 * Phase 5: deliveries nobody pledged, by code then channel, valued at the framework's proxy
 * (negative for a disbenefit); added to the report's breakdowns and financial years. Internal.
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
    .map(({ measure, channel, effect, tally }) => {
      const proxyValue = measure.proxyValue!;
      // A disbenefit counts against social value, as its line does (whatever the proxy's sign).
      const unit = effect === 'disbenefit' && proxyValue.gt(0) ? proxyValue.neg() : proxyValue;
      const quantity = countVerifiedOnly ? tally.verified : plus(tally.verified, tally.claimed);
      const group = groups.group({
        theme: measure.theme,
        valueType: measure.valueType,
        channel,
        effect: effect ?? 'benefit',
        tags: NO_TAGS,
      });
      for (const [index, quantities] of tally.byYear) {
        const inYear = countVerifiedOnly
          ? quantities.verified
          : plus(quantities.verified, quantities.claimed);
        const sum = group.year(index);
        sum.unpledged = plus(sum.unpledged, times(inYear, unit));
      }
      const value = product(quantity, unit);
      group.sum.unpledged = plus(group.sum.unpledged, value);
      const result: { -readonly [K in keyof UnpledgedDelivery]: UnpledgedDelivery[K] } = {
        measure: measure.code,
        channel,
      } as UnpledgedDelivery;
      copyDefined(result, measure, ['title', 'unit', 'theme', 'themeName', 'valueType']);
      result.proxyValue = proxyValue;
      if (effect === 'disbenefit') result.effect = effect;
      result.quantity = quantity;
      result.verified = tally.verified;
      result.claimed = tally.claimed;
      result.value = value;
      result.deliveryCount = tally.count;
      return result;
    });
}
