import { describeValue } from '../core/describe-value.js';
import type { SocialValueError } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { LISTED, listed } from '../core/listing.js';
import { squash } from '../core/suggest.js';
import { lowerFirst, upperFirst } from '../core/text.js';
import { percentText } from '../core/wording.js';
import type { Contract } from './read-contract.js';
import type { PolicyRule, RuleEvaluation, StatutoryThresholdCheck } from './types.js';
import { compareAcrossBasis, onBasis, shortfallOf } from './vat.js';
import { money, moneyBelow, regimeLabel, weightingText } from './wording.js';

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

function membership<T extends string>(
  what: string,
  value: T,
  allowed: readonly T[] | undefined,
): Condition[] {
  if (allowed === undefined) return [];
  const ok = allowed.includes(value);
  return [
    {
      state: ok ? 'met' : 'unmet',
      text: `${what} ${value} is ${ok ? '' : 'not '}among ${listed([...new Set(allowed)])}`,
    },
  ];
}

/**
 * Tags in a sentence, quoted, each one the contract lacks followed by the contract's tag written
 * otherwise, in case, spaces, `_` or `-` only (`"housing" (tagged "Housing")`), so a slip does
 * not pass unseen. Only the tags the sentence shows are looked at.
 */
function tagsText(list: readonly string[], contract: Contract): string {
  return listed(
    list.slice(0, LISTED).map((tag) => {
      const near = contract.tags.has(tag) ? undefined : contract.looseTags.get(squash(tag));
      return describeValue(tag) + (near === undefined ? '' : ` (tagged ${describeValue(near)})`);
    }),
    { count: list.length },
  );
}

/** The rule's tag conditions; tags are compared without surrounding spaces. */
function tagConditions(rule: PolicyRule, contract: Contract): Condition[] {
  const tags = contract.tags;
  const out: Condition[] = [];
  const read = (list: readonly string[] | undefined) => [
    ...new Set((list ?? []).map((tag) => tag.trim())),
  ];
  const needed = read(rule.when.tags);
  if (needed.length > 0) {
    const missing = needed.filter((tag) => !tags.has(tag));
    out.push(
      missing.length === 0
        ? { state: 'met', text: `tagged ${tagsText(needed, contract)}` }
        : { state: 'unmet', text: `not tagged ${tagsText(missing, contract)}` },
    );
  }
  const refused = read(rule.when.withoutTags);
  if (refused.length > 0) {
    const present = refused.filter((tag) => tags.has(tag));
    out.push(
      present.length === 0
        ? { state: 'met', text: `not tagged ${tagsText(refused, contract)}` }
        : { state: 'unmet', text: `tagged ${tagsText(present, contract)}` },
    );
  }
  return out;
}

function dateCondition(rule: PolicyRule, date: string): Condition[] {
  const { commencedFrom: from, commencedTo: to } = rule.when;
  if (from === undefined && to === undefined) return [];
  const period = from && to ? `${from} to ${to}` : from ? `from ${from}` : `until ${to}`;
  const before = from !== undefined && date < from;
  const after = to !== undefined && date > to;
  return [
    {
      state: before || after ? 'unmet' : 'met',
      text: `commenced on ${date}, ${before ? 'before' : after ? 'after' : 'within'} the rule's period (${period})`,
    },
  ];
}

function valueCondition(rule: PolicyRule, contract: Contract): Condition[] {
  const floor = rule.when.minimumValue;
  if (floor === undefined) return [];
  if (contract.value === undefined) {
    return [
      {
        state: 'unknown',
        text: `value not given, so the floor of ${money(floor)} cannot be checked`,
      },
    ];
  }
  const stated = { amount: contract.value, vatBasis: contract.vatBasis };
  const value = {
    amount: onBasis(stated, floor.vatBasis, contract.vatRate),
    vatBasis: floor.vatBasis,
  };
  if (compareAcrossBasis(stated, floor, contract.vatRate) >= 0) {
    return [
      { state: 'met', text: `value ${money(value)} is at or above the floor of ${money(floor)}` },
    ];
  }
  const below = moneyBelow(value, floor, shortfallOf(stated, floor, contract.vatRate));
  return [
    {
      state: 'unmet',
      text: `value ${below.value} is below the floor of ${below.figure} by ${below.shortfall}`,
    },
  ];
}

function durationCondition(rule: PolicyRule, contract: Contract): Condition[] {
  const minimum = rule.when.minimumDurationMonths;
  if (minimum === undefined) return [];
  const months = contract.durationMonths;
  if (months === undefined) {
    return [
      {
        state: 'unknown',
        text: `duration not given, so the minimum of ${minimum.toString()} months cannot be checked`,
      },
    ];
  }
  const ok = months.gte(minimum);
  return [
    {
      state: ok ? 'met' : 'unmet',
      text: `duration ${months.toString()} months is ${ok ? 'at least' : 'under'} ${minimum.toString()} months`,
    },
  ];
}

function thresholdCondition(rule: PolicyRule, facts: RuleFacts): Condition[] {
  const wanted = rule.when.atOrAboveStatutoryThreshold;
  if (wanted === undefined) return [];
  const check = facts.statutoryThreshold;
  if (check === null) {
    return [
      {
        state: 'unavailable',
        text: `the statutory threshold cannot be checked (${facts.thresholdError?.message.split('\n')[0] ?? 'no threshold'})`,
      },
    ];
  }
  if (check.value === null) {
    return [
      {
        state: 'unknown',
        text: `value not given, so its position against the statutory threshold of ${money(check.threshold)} cannot be checked`,
      },
    ];
  }
  const value = { amount: check.value, vatBasis: check.threshold.vatBasis };
  let position = `value ${money(value)} is at or above the statutory threshold of ${money(check.threshold)}`;
  if (!check.atOrAbove) {
    const below = moneyBelow(value, check.threshold, check.shortfall!);
    position = `value ${below.value} is below the statutory threshold of ${below.figure}`;
  }
  return [
    {
      state: check.atOrAbove === wanted ? 'met' : 'unmet',
      text: `${position} (${regimeLabel(check.threshold.regime)})`,
    },
  ];
}

function conditionsOf(rule: PolicyRule, facts: RuleFacts): Condition[] {
  const { contract } = facts;
  return [
    ...dateCondition(rule, contract.commencedOn),
    ...membership('contract type', contract.contractType, rule.when.contractTypes),
    ...membership('authority kind', contract.authority, rule.when.authorities),
    ...tagConditions(rule, contract),
    ...valueCondition(rule, contract),
    ...durationCondition(rule, contract),
    ...thresholdCondition(rule, facts),
  ];
}

/** What a rule's outcome says, as a sentence fragment starting in lower case. Internal. */
function outcomeText(rule: PolicyRule): string {
  const outcome = rule.outcome;
  const parts: string[] = [];
  if (outcome.socialValue === 'required') parts.push('social value is required');
  if (outcome.socialValue === 'recommended') parts.push('social value is recommended');
  if (outcome.minimumWeighting)
    parts.push(`social value weighs at least ${weightingText(outcome.minimumWeighting)}`);
  if (outcome.maximumWeighting)
    parts.push(`social value weighs at most ${weightingText(outcome.maximumWeighting)}`);
  if (outcome.fixedWeighting)
    parts.push(`social value weighs exactly ${weightingText(outcome.fixedWeighting)}`);
  if (outcome.environmentalWeighting)
    parts.push(
      `environmental criteria weigh at least ${weightingText(outcome.environmentalWeighting)}`,
    );
  if (outcome.targetSocialValueAddedRatio)
    parts.push(
      `the target social value added is ${percentText(outcome.targetSocialValueAddedRatio)} of the contract value`,
    );
  return parts.join('; ');
}

/**
 * Checks one rule against a contract. Throws the threshold lookup error only when the rule would
 * otherwise apply and needs the statutory threshold. Internal.
 */
export function evaluateRule(rule: PolicyRule, facts: RuleFacts): RuleEvaluation {
  const conditions = conditionsOf(rule, facts);
  const failed = conditions.filter((condition) => condition.state === 'unmet');
  if (failed.length === 0 && facts.thresholdError !== null) {
    if (conditions.some((condition) => condition.state === 'unavailable')) {
      throw facts.thresholdError;
    }
  }
  const unknown = conditions.filter((condition) => condition.state === 'unknown');
  const status =
    failed.length > 0 ? 'does-not-apply' : unknown.length > 0 ? 'undetermined' : 'applies';
  const name = `Rule ${idText(rule.id)} (${idText(rule.name)})`;
  const texts = (list: readonly Condition[]) => list.map((condition) => condition.text).join('; ');
  const outcome = outcomeText(rule);
  const summary =
    status === 'applies'
      ? `${name} applies${conditions.length > 0 ? `: ${texts(conditions)}` : ' to every contract'}. ${upperFirst(outcome)}.`
      : status === 'does-not-apply'
        ? `${name} does not apply: ${texts(failed)}.`
        : `${name} may apply but cannot be decided: ${texts(unknown)}. If it applies: ${lowerFirst(outcome)}.`;
  return {
    rule: rule.id,
    ruleName: rule.name,
    scope: rule.scope,
    status,
    reasons: conditions.map((condition) => `${upperFirst(condition.text)}.`),
    summary,
  };
}
