import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { isSocialValueError, type SocialValueError } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { byCodeUnits } from '../core/text.js';
import { readPolicy } from './define-policy.js';
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
import { thresholdAt } from './uk-procurement-threshold.js';
import { compareAcrossBasis, onBasis, shortfallOf } from './vat.js';
import type { PolicyScope, WeightingBase } from './vocabulary.js';
import { money, moneyBelow, weightingText } from './wording.js';

function statutoryCheck(contract: Contract): StatutoryThresholdCheck | SocialValueError {
  try {
    const threshold = thresholdAt(
      {
        contractType: contract.contractType,
        authority: contract.authority,
        commencedOn: contract.commencedOn,
        ...(contract.regime === undefined ? {} : { regime: contract.regime }),
      },
      ['contract'],
    );
    if (contract.value === undefined) {
      return { threshold, value: null, atOrAbove: null, shortfall: null };
    }
    const stated = { amount: contract.value, vatBasis: contract.vatBasis };
    const value = onBasis(stated, threshold.vatBasis, contract.vatRate);
    const atOrAbove = compareAcrossBasis(stated, threshold, contract.vatRate) >= 0;
    const shortfall = atOrAbove ? new Decimal(0) : shortfallOf(stated, threshold, contract.vatRate);
    return { threshold, value, atOrAbove, shortfall };
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
}

function thresholdReason(contract: Contract, check: StatutoryThresholdCheck): string {
  const { threshold } = check;
  const cautions = threshold.warnings.map((warning) => ` ${warning.message}`).join('');
  return `Statutory threshold for a ${contract.contractType} contract of a ${contract.authority} authority, procurement commenced ${contract.commencedOn}: ${money(threshold)} (${threshold.source}).${cautions}${positionText(check)}`;
}

/**
 * The end of the threshold's sentence, from ` The contract's value`: the value against the
 * threshold. Internal: the snapshot reader checks a stored sentence's end with it.
 */
export function positionText(check: StatutoryThresholdCheck): string {
  if (check.value === null || check.shortfall === null) {
    return ` The contract's value is not given, so whether it is in statutory scope is not known.`;
  }
  const value = { amount: check.value, vatBasis: check.threshold.vatBasis };
  if (check.atOrAbove) {
    return ` The contract's value on that basis is ${money(value)}, at or above the threshold: the contract is in statutory scope.`;
  }
  const below = moneyBelow(value, check.threshold, check.shortfall);
  return ` The contract's value on that basis is ${below.value}, ${below.shortfall} below the threshold: the contract is below the statutory threshold.`;
}

/** Statutory rules first, then by id: the order of the rules in the policy does not matter. */
function byScopeThenId(left: PolicyRule, right: PolicyRule): number {
  if (left.scope !== right.scope) return left.scope === 'statutory' ? -1 : 1;
  return byCodeUnits(left.id, right.id);
}

/**
 * The bases from the largest to the smallest (the quality base is part of the non-price base,
 * which is part of the total): a minimum is strictest on the largest base, a maximum on the
 * smallest.
 */
const BASE_SIZE_ORDER: Readonly<Record<WeightingBase, number>> = {
  total: 0,
  'non-price': 1,
  quality: 2,
};

/**
 * The most demanding of a list: the largest minimum, or the smallest maximum; on equal
 * percentages the strictest base (the largest for a minimum, the smallest for a maximum).
 */
function mostDemanding(
  list: readonly WeightingRequirement[],
  direction: 'largest' | 'smallest',
): WeightingRequirement | null {
  let best: WeightingRequirement | null = null;
  for (const candidate of list) {
    const order = candidate.percent.comparedTo(best?.percent ?? candidate.percent);
    if (
      best === null ||
      (direction === 'largest' ? order > 0 : order < 0) ||
      (order === 0 &&
        (direction === 'largest'
          ? BASE_SIZE_ORDER[candidate.of] < BASE_SIZE_ORDER[best.of]
          : BASE_SIZE_ORDER[candidate.of] > BASE_SIZE_ORDER[best.of]))
    ) {
      best = candidate;
    }
  }
  return best;
}

type WeightingKey =
  | 'minimumWeighting'
  | 'maximumWeighting'
  | 'fixedWeighting'
  | 'environmentalWeighting';

function weightings(rules: readonly PolicyRule[], key: WeightingKey): WeightingRequirement[] {
  return rules
    .flatMap((rule) => {
      const weighting = rule.outcome[key];
      return weighting === undefined
        ? []
        : [{ percent: weighting.percent, of: weighting.of, rule: rule.id, ruleName: rule.name }];
    })
    .sort((left, right) => byCodeUnits(left.rule, right.rule));
}

/**
 * A scope's rules that apply and cannot be decided, and their minimum weightings (of the sorted
 * `minimumWeightings`), from the evaluations; `required` and `recommended` as given.
 */
function scopeOf(
  scope: PolicyScope,
  flags: Pick<ScopeRequirement, 'required' | 'recommended'>,
  evaluations: readonly RuleEvaluation[],
  minimumWeightings: readonly WeightingRequirement[],
): ScopeRequirement {
  const mine = evaluations.filter((evaluation) => evaluation.scope === scope);
  const rules = mine.filter((e) => e.status === 'applies').map((e) => e.rule);
  const applying = new Set(rules);
  return {
    required: flags.required,
    recommended: flags.recommended,
    rules,
    undetermined: mine.filter((e) => e.status === 'undetermined').map((e) => e.rule),
    minimumWeightings: minimumWeightings.filter((weighting) => applying.has(weighting.rule)),
  };
}

/** Whether a scope's applying rules require or recommend social value. */
function flagsOf(scope: PolicyScope, applying: readonly PolicyRule[]) {
  const mine = applying.filter((rule) => rule.scope === scope);
  return {
    required: mine.some((rule) => rule.outcome.socialValue === 'required'),
    recommended: mine.some((rule) => rule.outcome.socialValue === 'recommended'),
  };
}

/**
 * Whether the social value weightings asked on one base leave no weight that meets them all: a
 * minimum above a maximum, two different fixed weights, or a fixed weight outside the minimum or
 * maximum (rules that each make sense alone, contradicting each other). Bases are compared only
 * with themselves: across bases it depends on the weights.
 */
function contradictory(
  requirement: Pick<
    SocialValueRequirement,
    'minimumWeightings' | 'maximumWeightings' | 'fixedWeightings'
  >,
): boolean {
  return (['total', 'non-price', 'quality'] as const).some((of) => {
    const on = (list: readonly WeightingRequirement[]) =>
      list.filter((w) => w.of === of).map((w) => w.percent);
    const [lows, highs, fixed] = [
      on(requirement.minimumWeightings),
      on(requirement.maximumWeightings),
      on(requirement.fixedWeightings),
    ];
    // Folded, not Decimal.max(...lows): a policy of 150,000 rules is too many arguments for one call.
    const low = lows.length > 0 ? lows.reduce((a, b) => Decimal.max(a, b)) : null;
    const high = highs.length > 0 ? highs.reduce((a, b) => Decimal.min(a, b)) : null;
    const [first, last] =
      fixed.length > 0
        ? [fixed.reduce((a, b) => Decimal.min(a, b)), fixed.reduce((a, b) => Decimal.max(a, b))]
        : [];
    return (
      (low !== null && high !== null && low.gt(high)) ||
      (first !== undefined &&
        last !== undefined &&
        (!first.eq(last) || (low !== null && first.lt(low)) || (high !== null && last.gt(high))))
    );
  });
}

/**
 * The rules that apply and recommend social value rather than require it: the weightings they
 * ask for are advice (as PPN 002's 10% before 1 October 2025). Read from each rule's sentence,
 * whose last part (after the last ". ": the outcome's fragments hold none) starts "Social value
 * is recommended", so that a stored requirement, which keeps its sentences, words its summary as
 * the live one did.
 */
function advisedRules(evaluations: readonly RuleEvaluation[]): ReadonlySet<string> {
  const advises = (summary: string) =>
    summary.startsWith('Social value is recommended', summary.lastIndexOf('. ') + 2);
  return new Set(
    evaluations.filter((e) => e.status === 'applies' && advises(e.summary)).map((e) => e.rule),
  );
}

function summaryOf(
  requirement: Pick<
    SocialValueRequirement,
    | 'policy'
    | 'policyName'
    | 'minimumWeightings'
    | 'maximumWeightings'
    | 'fixedWeightings'
    | 'environmentalWeightings'
  >,
  deciding: string | null,
  recommended: boolean,
  minimum: WeightingRequirement | null,
  maximum: WeightingRequirement | null,
  undetermined: number,
  advised: ReadonlySet<string>,
): string {
  const asked = (words: string, weighting: WeightingRequirement) =>
    `${words} ${weightingText(weighting)}${advised.has(weighting.rule) ? ' (advised)' : ''}`;
  const under = `Under policy ${idText(requirement.policy)} (${describeValue(requirement.policyName)})`;
  const head = deciding
    ? `${under}, social value is required (rule ${idText(deciding)})`
    : recommended
      ? `${under}, social value is recommended, not required`
      : `${under}, social value is not required`;
  const range = [
    ...new Set(requirement.fixedWeightings.map((fixed) => asked('exactly', fixed))),
    minimum ? asked('at least', minimum) : '',
    maximum ? asked('at most', maximum) : '',
  ].filter((part) => part !== '');
  const weighting =
    range.length > 0
      ? `, weighing ${range.join(' and ')}${contradictory(requirement) ? ' (rules that contradict each other: no weighting meets them all)' : ''}`
      : '';
  const environmental = mostDemanding(requirement.environmentalWeightings, 'largest');
  const green = environmental
    ? `; environmental criteria weigh ${asked('at least', environmental)}`
    : '';
  const open =
    undetermined > 0
      ? `; ${undetermined} rule${undetermined === 1 ? '' : 's'} cannot be decided without more facts`
      : '';
  return `${head}${weighting}${green}${open}.`;
}

/**
 * Tells whether a policy requires social value in a contract, and with what weighting, explaining
 * why. Every rule of the policy is checked against the contract: its commencement date, contract
 * type, authority kind, tags, value (converted explicitly to the VAT basis of the rule's floor or
 * of the statutory threshold with the contract's VAT rate, default 20%: an ex-VAT value is never
 * compared with an inc-VAT figure), duration and position against the statutory threshold in
 * force when the procurement commenced.
 *
 * The result keeps the statutory scope (`statutory`) and the council's own (`local`) apart, lists
 * the rules that apply and those that cannot be decided (a minimum duration with no duration
 * given), gives the minimum and maximum weightings in percentage points, and sentences naming
 * each rule, the threshold or floor, its VAT basis and the contract's value on that basis.
 * Results do not depend on the order of the rules.
 *
 * @param contract - Contract type, authority kind, value and its VAT basis, optional VAT rate,
 * duration, commencement date, regime and tags.
 * @param policy - A policy from {@link definePolicy} or {@link policies} (trusted), or its JSON
 * snapshot or a policy input (validated as `definePolicy` would).
 * @returns The requirement, sealed.
 * @throws SocialValueError `invalid-input` or `unknown-contract-type` (paths `contract.…`) for a
 * bad contract (a `type` key is refused: the field is `contractType`); `invalid-input` (paths
 * `policy.…`) for something that is not a policy; `no-threshold-for-date` when a rule that would
 * otherwise apply needs a statutory threshold the table does not hold (a procurement commenced
 * before 2016: path `contract.commencedOn`; a `regime` not in force that day: `contract.regime`);
 * `impossible-combination` when such a rule needs the threshold of a combination that has none
 * (a utility's `concession` under the Procurement Act 2023: ask for `works` or `services`; path
 * `contract.contractType`). A rule that does not apply for another reason gives the error's
 * headline among its reasons instead.
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue } from 'social-value';
 *
 * // £177,897 plus VAT is £213,476.40 inc VAT: £0.60 under the 2022 statutory £213,477.
 * const result = requiresSocialValue(
 *   { contractType: 'services', authority: 'sub-central', value: '177897', vatBasis: 'exclusive',
 *     durationMonths: 36, commencedOn: '2022-06-01' },
 *   policies.southend2021,
 * );
 * result.required; // => true
 * result.local.rules; // => ['southend-2021-supplies-services']
 * result.statutory.required; // => false
 * result.statutoryThreshold?.atOrAbove; // => false
 * result.statutoryThreshold?.shortfall?.toString(); // => '0.6'
 * result.minimumWeighting; // => null
 * ```
 */
export function requiresSocialValue(
  contract: ContractInput,
  policy: Policy | PolicyInput,
): SocialValueRequirement {
  const facts = readContract(contract, ['contract']);
  const checked = readPolicy(policy, ['policy']);
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
  let target: Decimal | null = null;
  for (const rule of applying) {
    const next = rule.outcome.targetSocialValueAddedRatio;
    if (next !== undefined && (target === null || next.gt(target))) target = next;
  }
  // In the order of the result; requirementOf fills in what follows from these.
  return seal(
    requirementOf({
      kind: 'social-value-requirement',
      schemaVersion: 1,
      policy: checked.id,
      policyName: checked.name,
      required: false,
      recommended: false,
      minimumWeighting: null,
      minimumWeightings: weightings(applying, 'minimumWeighting'),
      maximumWeighting: null,
      maximumWeightings: weightings(applying, 'maximumWeighting'),
      fixedWeightings: weightings(applying, 'fixedWeighting'),
      environmentalWeightings: weightings(applying, 'environmentalWeighting'),
      targetSocialValueAddedRatio: target,
      rule: applying.find((rule) => rule.outcome.socialValue === 'required')?.id ?? null,
      rules: [],
      statutory: flagsOf('statutory', applying),
      local: flagsOf('local', applying),
      statutoryThreshold,
      evaluations,
      reasons: statutoryThreshold === null ? [] : [thresholdReason(facts, statutoryThreshold)],
      summary: '',
    }),
    'social-value-requirement',
  );
}

/**
 * A requirement with what follows from its other parts filled in: the rules that apply or cannot
 * be decided, by scope (their `required` and `recommended` as given), the most demanding
 * weightings, the reasons after the threshold's sentence (`reasons` holds that sentence, if any)
 * and the summary. Internal: `requiresSocialValue` writes with it and the snapshot reader checks a
 * stored requirement against it.
 */
export function requirementOf(
  parts: Omit<SocialValueRequirement, 'statutory' | 'local'> &
    Record<'statutory' | 'local', Pick<ScopeRequirement, 'required' | 'recommended'>>,
): SocialValueRequirement {
  const { evaluations, minimumWeightings } = parts;
  const statutory = scopeOf('statutory', parts.statutory, evaluations, minimumWeightings);
  const local = scopeOf('local', parts.local, evaluations, minimumWeightings);
  const minimumWeighting = mostDemanding(minimumWeightings, 'largest');
  const maximumWeighting = mostDemanding(parts.maximumWeightings, 'smallest');
  const recommended = statutory.recommended || local.recommended;
  return {
    ...parts,
    required: statutory.required || local.required,
    recommended,
    minimumWeighting,
    maximumWeighting,
    rules: evaluations.filter((e) => e.status === 'applies').map((e) => e.rule),
    statutory,
    local,
    reasons: [...parts.reasons, ...evaluations.map((evaluation) => evaluation.summary)],
    summary: summaryOf(
      parts,
      parts.rule,
      recommended,
      minimumWeighting,
      maximumWeighting,
      statutory.undetermined.length + local.undetermined.length,
      advisedRules(evaluations),
    ),
  };
}
