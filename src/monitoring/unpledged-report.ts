import type { Decimal } from '../core/decimal.js';
import type { PledgeEffect } from '../core/pledge-channel.js';
import { byCodeUnits } from '../core/text.js';
import { copyDefined } from './copy-defined.js';
import type { Plan } from './delivery-plan.js';
import { plus, product, times } from './figures.js';
import type { ReportGroups } from './report-groups.js';
import type { Tallies, Tally } from './tally-deliveries.js';
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
      const result = unpledgedOf(measure, channel, effect, tally, countVerifiedOnly);
      const unit = unitOf(result);
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
      group.sum.unpledged = plus(group.sum.unpledged, result.value);
      return result;
    });
}

/** £ a unit: the proxy value, negative for a disbenefit (whatever the proxy's sign). */
function unitOf({ proxyValue, effect }: Pick<UnpledgedDelivery, 'proxyValue' | 'effect'>) {
  return effect === 'disbenefit' && proxyValue.gt(0) ? proxyValue.neg() : proxyValue;
}

/**
 * Deliveries nobody pledged of one measure and channel, valued: what `trackDelivery` writes,
 * and what a stored entry is checked against. Internal.
 */
export function unpledgedOf(
  measure: Pick<UnpledgedDelivery, 'title' | 'unit' | 'theme' | 'themeName' | 'valueType'> & {
    readonly code: string;
    readonly proxyValue?: Decimal | null | undefined;
  },
  channel: UnpledgedDelivery['channel'],
  effect: PledgeEffect | undefined,
  tally: Pick<Tally, 'verified' | 'claimed' | 'count'>,
  countVerifiedOnly: boolean,
): UnpledgedDelivery {
  const proxyValue = measure.proxyValue!;
  const quantity = countVerifiedOnly ? tally.verified : plus(tally.verified, tally.claimed);
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
  result.value = product(quantity, unitOf(result));
  result.deliveryCount = tally.count;
  return result;
}
