import type { SocialValueError } from '../core/errors.js';
import { formatGBP } from '../core/format-gbp.js';
import type { Contract } from './read-contract.js';
import type { PolicyRule, RuleEvaluation, StatutoryThresholdCheck } from './types.js';
import { compareAcrossBasis, onBasis } from './vat.js';
import { money, regimeLabel, weightingText } from './wording.js';

/** What a rule is checked against. Internal. */
export interface RuleFacts {
  readonly contract: Contract;
  readonly statutoryThreshold: StatutoryThresholdCheck | null;
  readonly thresholdError: SocialValueError | null;
}

type State = 'met' | 'unmet' | 'unknown' | 'unavailable';
interface Condition {
  readonly state: State;
  readonly text: string;
}

function listed<T extends string>(what: string, value: T, allowed: readonly T[] | undefined) {
  if (allowed === undefined) return [];
  const ok = allowed.includes(value);
  return [
    {
      state: ok ? 'met' : 'unmet',
      text: `${what} ${value} is ${ok ? '' : 'not '}among ${allowed.join(', ')}`,
    } satisfies Condition,
  ];
}

function conditionsOf(rule: PolicyRule, facts: RuleFacts): Condition[] {
  const { contract } = facts;
  const when = rule.when;
  const out: Condition[] = [];
  const date = contract.commencedOn;
  if (when.commencedFrom !== undefined || when.commencedTo !== undefined) {
    const from = when.commencedFrom;
    const to = when.commencedTo;
    const period = from && to ? `${from} to ${to}` : from ? `from ${from}` : `until ${to}`;
    const before = from !== undefined && date < from;
    const after = to !== undefined && date > to;
    out.push({
      state: before || after ? 'unmet' : 'met',
      text: `commenced on ${date}, ${before ? 'before' : after ? 'after' : 'within'} the rule's period (${period})`,
    });
  }
  out.push(...listed('contract type', contract.type, when.contractTypes));
  out.push(...listed('authority kind', contract.authority, when.authorities));
  for (const tag of when.tags ?? []) {
    const ok = contract.tags.includes(tag);
    out.push({ state: ok ? 'met' : 'unmet', text: `${ok ? 'tagged' : 'not tagged'} ${tag}` });
  }
  for (const tag of when.withoutTags ?? []) {
    const ok = !contract.tags.includes(tag);
    out.push({ state: ok ? 'met' : 'unmet', text: `${ok ? 'not tagged' : 'tagged'} ${tag}` });
  }
  if (when.minimumValue !== undefined) {
    const floor = when.minimumValue;
    if (contract.value === undefined) {
      out.push({
        state: 'unknown',
        text: `value not given, so the floor of ${money(floor)} cannot be checked`,
      });
    } else {
      const stated = { amount: contract.value, vatBasis: contract.vatBasis };
      const value = {
        amount: onBasis(stated, floor.vatBasis, contract.vatRate),
        vatBasis: floor.vatBasis,
      };
      const ok = compareAcrossBasis(stated, floor, contract.vatRate) >= 0;
      out.push({
        state: ok ? 'met' : 'unmet',
        text: `value ${money(value)} is ${ok ? 'at or above' : `below`} the floor of ${money(floor)}${ok ? '' : ` by ${formatGBP(floor.amount.minus(value.amount))}`}`,
      });
    }
  }
  if (when.minimumDurationMonths !== undefined) {
    const minimum = when.minimumDurationMonths.toString();
    const months = contract.durationMonths;
    if (months === undefined) {
      out.push({
        state: 'unknown',
        text: `duration not given, so the minimum of ${minimum} months cannot be checked`,
      });
    } else {
      const ok = months.gte(when.minimumDurationMonths);
      out.push({
        state: ok ? 'met' : 'unmet',
        text: `duration ${months.toString()} months is ${ok ? 'at least' : 'under'} ${minimum} months`,
      });
    }
  }
  if (when.atOrAboveStatutoryThreshold !== undefined) {
    const check = facts.statutoryThreshold;
    if (check === null) {
      out.push({
        state: 'unavailable',
        text: `the statutory threshold cannot be checked (${facts.thresholdError?.message ?? 'no threshold'})`,
      });
    } else if (check.value === null) {
      out.push({
        state: 'unknown',
        text: `value not given, so its position against the statutory threshold of ${money(check.threshold)} cannot be checked`,
      });
    } else {
      const wanted = when.atOrAboveStatutoryThreshold;
      const threshold = { amount: check.threshold.amount, vatBasis: check.threshold.vatBasis };
      const value = { amount: check.value, vatBasis: check.threshold.vatBasis };
      out.push({
        state: check.atOrAbove === wanted ? 'met' : 'unmet',
        text: `value ${money(value)} is ${check.atOrAbove ? 'at or above' : 'below'} the statutory threshold of ${money(threshold)} (${regimeLabel(check.threshold.regime)})`,
      });
    }
  }
  return out;
}

/** What a rule's outcome says, as a sentence. Internal. */
export function outcomeText(rule: PolicyRule): string {
  const outcome = rule.outcome;
  const parts: string[] = [];
  if (outcome.socialValue === 'required') parts.push('social value is required');
  if (outcome.socialValue === 'recommended') parts.push('social value is recommended');
  if (outcome.minimumWeighting)
    parts.push(`social value weighs at least ${weightingText(outcome.minimumWeighting)}`);
  if (outcome.fixedWeighting)
    parts.push(`social value weighs exactly ${weightingText(outcome.fixedWeighting)}`);
  if (outcome.environmentalWeighting)
    parts.push(
      `environmental criteria weigh at least ${weightingText(outcome.environmentalWeighting)}`,
    );
  if (outcome.targetSocialValueAdded)
    parts.push(
      `the target social value added is ${outcome.targetSocialValueAdded.times(100).toString()}% of the contract value`,
    );
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks one rule against a contract. Throws the threshold lookup error only when the rule would
 * otherwise apply and needs the statutory threshold. Internal.
 */
export function evaluateRule(rule: PolicyRule, facts: RuleFacts): RuleEvaluation {
  const conditions = conditionsOf(rule, facts);
  const failed = conditions.filter((condition) => condition.state === 'unmet');
  if (failed.length === 0 && conditions.some((c) => c.state === 'unavailable')) {
    throw facts.thresholdError;
  }
  const unknown = conditions.filter((condition) => condition.state === 'unknown');
  const status =
    failed.length > 0 ? 'does-not-apply' : unknown.length > 0 ? 'undetermined' : 'applies';
  const name = `Rule ${rule.id} (${rule.title})`;
  const texts = (list: readonly Condition[]) => list.map((condition) => condition.text).join('; ');
  const reason =
    status === 'applies'
      ? `${name} applies${conditions.length > 0 ? `: ${texts(conditions)}` : ' to every contract'}. ${outcomeText(rule)}.`
      : status === 'does-not-apply'
        ? `${name} does not apply: ${texts(failed)}.`
        : `${name} may apply but cannot be decided: ${texts(unknown)}. If it applies: ${outcomeText(rule).charAt(0).toLowerCase()}${outcomeText(rule).slice(1)}.`;
  return {
    rule: rule.id,
    scope: rule.scope,
    status,
    conditions: conditions.map((condition) => condition.text),
    reason,
  };
}
