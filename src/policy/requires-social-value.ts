import { Decimal } from '../core/decimal.js';
import { isSocialValueError, type SocialValueError } from '../core/errors.js';
import { formatGBP } from '../core/format-gbp.js';
import { deepFreeze } from '../core/freeze.js';
import { definePolicy } from './define-policy.js';
import { evaluateRule } from './evaluate-rule.js';
import { type Contract, readContract } from './read-contract.js';
import type {
  ContractInput,
  Policy,
  PolicyInput,
  PolicyRule,
  RuleEvaluation,
  ScopeRequirement,
  SocialValueRequirement,
  StatutoryThresholdCheck,
  WeightingRequirement,
} from './types.js';
import { ukProcurementThreshold } from './uk-procurement-threshold.js';
import { compareAcrossBasis, onBasis } from './vat.js';
import type { PolicyScope, WeightingBase } from './vocabulary.js';
import { money } from './wording.js';

function statutoryCheck(contract: Contract): StatutoryThresholdCheck | SocialValueError {
  try {
    const threshold = ukProcurementThreshold({
      contractType: contract.type,
      authority: contract.authority,
      commencedOn: contract.commencedOn,
      ...(contract.regime === undefined ? {} : { regime: contract.regime }),
    });
    if (contract.value === undefined) {
      return { threshold, value: null, atOrAbove: null, shortfall: null };
    }
    const stated = { amount: contract.value, vatBasis: contract.vatBasis };
    const value = onBasis(stated, threshold.vatBasis, contract.vatRate);
    const atOrAbove = compareAcrossBasis(stated, threshold, contract.vatRate) >= 0;
    const shortfall = atOrAbove ? new Decimal(0) : threshold.amount.minus(value);
    return { threshold, value, atOrAbove, shortfall };
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
}

function thresholdReason(contract: Contract, check: StatutoryThresholdCheck): string {
  const { threshold } = check;
  const head = `Statutory threshold for a ${contract.type} contract of a ${contract.authority} authority, procurement commenced ${contract.commencedOn}: ${money(threshold)} (${threshold.source}).`;
  if (check.value === null || check.shortfall === null) {
    return `${head} The contract's value is not given, so whether it is in statutory scope is not known.`;
  }
  const value = { amount: check.value, vatBasis: threshold.vatBasis };
  const position = check.atOrAbove
    ? 'at or above the threshold: the contract is in statutory scope'
    : `${formatGBP(check.shortfall)} below the threshold: the contract is below the statutory threshold`;
  return `${head} The contract's value on that basis is ${money(value)}, ${position}.`;
}

/** Statutory rules first, then by id: the order of the rules in the policy does not matter. */
function byScopeThenId(left: PolicyRule, right: PolicyRule): number {
  if (left.scope !== right.scope) return left.scope === 'statutory' ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

const STRICTNESS: Record<WeightingBase, number> = { total: 0, 'non-price': 1, quality: 2 };

function byRule(left: WeightingRequirement, right: WeightingRequirement): number {
  return left.rule < right.rule ? -1 : left.rule > right.rule ? 1 : 0;
}

function mostDemanding(list: readonly WeightingRequirement[]): WeightingRequirement | null {
  let best: WeightingRequirement | null = null;
  for (const candidate of list) {
    if (
      best === null ||
      candidate.fraction.gt(best.fraction) ||
      (candidate.fraction.eq(best.fraction) && STRICTNESS[candidate.base] < STRICTNESS[best.base])
    ) {
      best = candidate;
    }
  }
  return best;
}

function weightings(
  rules: readonly PolicyRule[],
  key: 'minimumWeighting' | 'fixedWeighting' | 'environmentalWeighting',
): WeightingRequirement[] {
  return rules
    .flatMap((rule) => {
      const weighting = rule.outcome[key];
      return weighting === undefined ? [] : [{ ...weighting, rule: rule.id }];
    })
    .sort(byRule);
}

function scopeOf(
  scope: PolicyScope,
  evaluations: readonly RuleEvaluation[],
  rules: ReadonlyMap<string, PolicyRule>,
): ScopeRequirement {
  const mine = evaluations.filter((evaluation) => evaluation.scope === scope);
  const applying = mine
    .filter((evaluation) => evaluation.status === 'applies')
    .map((evaluation) => rules.get(evaluation.rule)!);
  return {
    required: applying.some((rule) => rule.outcome.socialValue === 'required'),
    recommended: applying.some((rule) => rule.outcome.socialValue === 'recommended'),
    rules: applying.map((rule) => rule.id),
    undetermined: mine.filter((e) => e.status === 'undetermined').map((e) => e.rule),
    minimumWeightings: weightings(applying, 'minimumWeighting'),
  };
}

/**
 * Tells whether a policy requires social value in a contract, and with what minimum weighting,
 * explaining why. Every rule of the policy is checked against the contract: its commencement
 * date, type, authority kind, tags, value (converted explicitly to the VAT basis of the rule's
 * floor or of the statutory threshold with the contract's VAT rate, default 20%: an ex-VAT value
 * is never compared with an inc-VAT figure), duration and position against the statutory
 * threshold in force when the procurement commenced.
 *
 * The result keeps the statutory scope (`statutory`) and the council's own (`local`) apart, lists
 * the rules that apply and those that cannot be decided (a minimum duration with no duration
 * given), and gives sentences naming each rule, the threshold or floor, its VAT basis and the
 * contract's value on that basis. Results do not depend on the order of the rules.
 *
 * @param contract - Type, authority kind, value and its VAT basis, optional VAT rate, duration,
 * commencement date, regime and tags.
 * @param policy - A policy from {@link definePolicy} or {@link policies}.
 * @returns The requirement, frozen.
 * @throws SocialValueError `invalid-input` or `unknown-contract-type` (path `contract.…`) for a
 * bad contract; `no-threshold-for-date` when a rule that would otherwise apply needs a statutory
 * threshold the table does not hold (a procurement commenced before 2020).
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue } from 'social-value';
 *
 * // £177,897 plus VAT is £213,476.40 inc VAT: £0.60 under the 2022 statutory £213,477.
 * const result = requiresSocialValue(
 *   { type: 'services', authority: 'sub-central', value: '177897', vatBasis: 'exclusive',
 *     durationMonths: 36, commencedOn: '2022-06-01' },
 *   policies.southend2021,
 * );
 * result.required; // => true
 * result.local.rules; // => ['southend-2021-supplies-services']
 * result.statutory.required; // => false
 * result.statutoryThreshold?.atOrAbove; // => false
 * result.minimumWeighting; // => null
 * ```
 */
export function requiresSocialValue(
  contract: ContractInput,
  policy: Policy,
): SocialValueRequirement {
  const facts = readContract(contract, ['contract']);
  // Re-validated, so a policy built by hand (or altered) is checked like one from definePolicy.
  const checked = definePolicy(policy as unknown as PolicyInput);
  const ruleById = new Map(checked.rules.map((rule) => [rule.id, rule]));
  const check = statutoryCheck(facts);
  const statutoryThreshold = isSocialValueError(check) ? null : check;
  const ruleFacts = {
    contract: facts,
    statutoryThreshold,
    thresholdError: isSocialValueError(check) ? check : null,
  };
  const evaluations = [...checked.rules]
    .sort(byScopeThenId)
    .map((rule) => evaluateRule(rule, ruleFacts));
  const applying = evaluations
    .filter((evaluation) => evaluation.status === 'applies')
    .map((evaluation) => ruleById.get(evaluation.rule)!);
  const minimumWeightings = weightings(applying, 'minimumWeighting');
  const targets = applying.flatMap((rule) =>
    rule.outcome.targetSocialValueAdded === undefined ? [] : [rule.outcome.targetSocialValueAdded],
  );
  const target = targets.reduce<Decimal | null>(
    (best, next) => (best === null || next.gt(best) ? next : best),
    null,
  );
  const statutory = scopeOf('statutory', evaluations, ruleById);
  const local = scopeOf('local', evaluations, ruleById);
  const deciding = applying.find((rule) => rule.outcome.socialValue === 'required');
  return deepFreeze({
    required: statutory.required || local.required,
    recommended: statutory.recommended || local.recommended,
    minimumWeighting: mostDemanding(minimumWeightings),
    minimumWeightings,
    fixedWeightings: weightings(applying, 'fixedWeighting'),
    environmentalWeightings: weightings(applying, 'environmentalWeighting'),
    targetSocialValueAdded: target,
    rule: deciding?.id ?? null,
    rules: applying.map((rule) => rule.id),
    statutory,
    local,
    statutoryThreshold,
    evaluations,
    reasons: [
      ...(statutoryThreshold === null ? [] : [thresholdReason(facts, statutoryThreshold)]),
      ...evaluations.map((evaluation) => evaluation.reason),
    ],
  });
}
