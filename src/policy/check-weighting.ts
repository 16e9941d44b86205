import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { figuresApart } from '../core/figures-apart.js';
import { idText } from '../core/id-text.js';
import { divide } from '../core/numeric-domain.js';
import { isPlainRecord } from '../core/record.js';
import { sumDecimals } from '../core/sum.js';
import { countText, plural } from '../core/text.js';
import { readPolicy } from './define-policy.js';
import { readWeights } from './read-weights.js';
import { requiresSocialValue } from './requires-social-value.js';
import type {
  ContractInput,
  CriterionWeights,
  EvaluationModelLike,
  Policy,
  PolicyInput,
  SocialValueRequirement,
  WeightingCheck,
  WeightingFinding,
  WeightingRequirement,
  WeightsByGroup,
} from './types.js';
import type { WeightingBase } from './vocabulary.js';
import { percentOfPoints, weightingText } from './wording.js';

type Bases = Readonly<Record<WeightingBase, Decimal>>;
type RequirementCode = Exclude<WeightingFinding['code'], 'weights-do-not-sum'>;

const HUNDRED = /* @__PURE__ */ new Decimal(100);

/** `part` as percentage points of `whole` (34 significant digits); 0 for an empty base. */
function pointsOf(part: Decimal, whole: Decimal): Decimal {
  return whole.isZero() ? new Decimal(0) : divide(part.times(100), whole);
}

const ASKS: Readonly<Record<RequirementCode, string>> = {
  'social-value-minimum': 'at least',
  'social-value-maximum': 'at most',
  'social-value-fixed': 'exactly',
  'environmental-minimum': 'at least',
};

function finding(
  code: RequirementCode,
  requirement: WeightingRequirement,
  part: Decimal,
  bases: Bases,
  advised: ReadonlySet<string>,
): WeightingFinding {
  const whole = bases[requirement.of];
  // Compared exactly: part / whole against percent / 100, by cross-multiplication.
  // An empty base gives social value 0 points, under any requirement (at least 1 point).
  const order = whole.isZero() ? -1 : part.times(100).comparedTo(requirement.percent.times(whole));
  const ok =
    code === 'social-value-fixed'
      ? order === 0
      : code === 'social-value-maximum'
        ? order <= 0
        : order >= 0;
  const criterion = code === 'environmental-minimum' ? 'environmental criteria' : 'social value';
  const actual = pointsOf(part, whole);
  // Unmet, the percentages to as many places as tell them apart: never "at least 10%; the
  // weights give 10% (9.995 of 100 points): not met".
  const [actualText, requiredText] = ok
    ? [percentOfPoints(actual), percentOfPoints(requirement.percent)]
    : figuresApart(actual, requirement.percent, percentOfPoints, 2);
  const given = whole.isZero()
    ? 'that base has no weight'
    : `the weights give ${actualText} (${part.toString()} of ${whole.toString()} points)`;
  // A rule that only recommends social value advises its weighting: unmet, a warning.
  const advice = advised.has(requirement.rule);
  const verdict = ok
    ? 'met'
    : advice
      ? 'not met (advice: the rule recommends social value, it does not require it)'
      : 'not met';
  return {
    code,
    severity: ok ? 'info' : advice ? 'warning' : 'error',
    ok,
    rule: requirement.rule,
    ruleName: requirement.ruleName,
    of: requirement.of,
    requiredPercent: requirement.percent,
    actualPercent: actual,
    message: `Rule ${idText(requirement.rule)} ${advice ? 'advises' : 'asks for'} ${criterion} of ${ASKS[code]} ${weightingText(requirement, requiredText)}; ${given}: ${verdict}.`,
  };
}

function summaryOf(
  socialValue: Decimal,
  total: Decimal,
  policy: string,
  findings: readonly WeightingFinding[],
  advisedRules: ReadonlySet<string>,
): string {
  const weights = `The weights (social value ${socialValue.toString()} of ${total.toString()} points)`;
  const checks = findings.length;
  if (checks === 0)
    return `${weights} sum to 100, and policy ${policy} asks no weighting of this contract.`;
  const failing = findings.filter((entry) => entry.severity === 'error').length;
  const advice = findings.filter((entry) => entry.severity === 'warning').length;
  const advised = findings.filter((entry) => advisedRules.has(entry.rule ?? '')).length;
  if (failing > 0)
    return `${weights} do not meet policy ${policy} for this contract: ${countText(failing)} of ${plural(checks, 'check')} failed.`;
  return advice === 0
    ? `${weights} meet policy ${policy} for this contract: ${plural(checks, 'check')} passed.`
    : `${weights} meet policy ${policy} for this contract, but ${countText(advice)} of ${plural(advised, 'advised weighting')} ${advice === 1 ? 'is' : 'are'} not met.`;
}

/** The tag of an absolute price method (PPN 002: its weighting is of the non-price criteria). */
const ABSOLUTE = 'absolute-price-method';

/**
 * The contract as the policy reads it: when the weights are a price-per-quality-point model (an
 * absolute method, as PPN 002 names it), tagged `absolute-price-method` too. Any other contract,
 * or one that is not a plain object or whose tags are not a list, is given as it is (and checked
 * as it is).
 */
function absoluteIfPricePerPoint(
  weights: CriterionWeights | EvaluationModelLike,
  contract: ContractInput,
): ContractInput {
  const method = (weights as { readonly method?: unknown }).method;
  if (method !== 'price-per-quality-point' || !isPlainRecord(contract)) return contract;
  const tags: unknown = contract.tags ?? [];
  if (!Array.isArray(tags) || tags.includes(ABSOLUTE)) return contract;
  return { ...contract, tags: [...tags, ABSOLUTE] };
}

/**
 * Checks the weights of a tender's award criteria against what a policy requires of the
 * contract: that they sum to 100 percentage points (code `weights-do-not-sum`, as
 * `defineEvaluation` reports it), and that social value (and any separate environmental
 * criterion) meets every minimum, maximum or fixed weighting of the rules that apply, each on its
 * own base: the total score, the quality score (quality, social value and environmental
 * criteria) or the non-price criteria (everything but price, as under price per quality point).
 *
 * Weights are percentage points (`10` is 10%), as tender documents state them. Give them by group
 * (`{ price: 60, quality: 30, socialValue: 10 }`) or give the evaluation model itself (the result
 * of `defineEvaluation`, its JSON snapshot, or any `{ criteria: [{ kind, weight }] }`): its
 * criteria's weights are summed by kind (`custom` criteria count as other), so the buyer checks
 * the model it will actually use. Weights that sum to 1 are refused as fractions, with the
 * points they probably meant. Each finding names the rule, the base, the percentage required and
 * the percentage the weights give, with a sentence. A `price-per-quality-point` model is an
 * absolute price method: the contract is read as tagged `absolute-price-method` (PPN 002 then
 * asks for 10% of the non-price criteria); a `method` the evaluation area does not know is
 * refused, not read as weighted. A weighting of a rule that only recommends
 * social value (PPN 002 before 1 October 2025) is advice: unmet, its finding is a `warning` and
 * `ok` stays true.
 *
 * @param weights - Weights of price, quality, social value, environmental and other criteria in
 * percentage points, or an evaluation model.
 * @param contract - The contract, as for {@link requiresSocialValue}.
 * @param policy - The policy, as for {@link requiresSocialValue}.
 * @returns The findings, the weights read, social value's share of each base and the
 * requirement, sealed.
 * @throws SocialValueError `invalid-input` (paths `weights.…`, `contract.…`, `policy.…`) for bad
 * input, including weights given as fractions and a model criterion whose weight disagrees with
 * the sum of its sub-criteria (`weights.criteria[1].weight`, as `defineEvaluation` refuses it);
 * `no-threshold-for-date` and `impossible-combination` as {@link requiresSocialValue}.
 *
 * @example
 * ```ts
 * import { checkWeighting, policies } from 'social-value';
 *
 * const contract = {
 *   contractType: 'services', authority: 'central-government', value: 500_000,
 *   vatBasis: 'inclusive', commencedOn: '2026-03-01',
 * } as const;
 * const check = checkWeighting({ price: 60, quality: 30, socialValue: 10 }, contract, policies.ppn002);
 * check.ok; // => true
 * check.findings.map((finding) => finding.code); // => ['social-value-minimum']
 *
 * // The evaluation model itself, read by criterion kind:
 * const model = {
 *   criteria: [
 *     { id: 'price', kind: 'price', weight: 60 },
 *     { id: 'quality', kind: 'quality', weight: 32 },
 *     { id: 'sv', kind: 'social-value', weight: 8 },
 *   ],
 * } as const;
 * const low = checkWeighting(model, contract, policies.ppn002);
 * low.ok; // => false
 * low.findings[0]?.actualPercent.toString(); // => '8'
 * ```
 */
export function checkWeighting(
  weights: CriterionWeights | EvaluationModelLike,
  contract: ContractInput,
  policy: Policy | PolicyInput,
): WeightingCheck {
  const read = readWeights(weights, ['weights']);
  const requirement = requiresSocialValue(absoluteIfPricePerPoint(weights, contract), policy);
  // The rules that recommend social value (read again: trusted once checked, so cheap).
  const advised = new Set(
    readPolicy(policy, ['policy'])
      .rules.filter((rule) => rule.outcome.socialValue === 'recommended')
      .map((rule) => rule.id),
  );
  return seal(weightingCheckOf(read, requirement, advised), 'weighting-check');
}

/**
 * The check of weights against a requirement (unsealed): the total, shares, findings and
 * summary, the rules of `advised` recommending rather than requiring social value. Internal:
 * `checkWeighting` writes with it and the snapshot reader checks a stored check against it.
 */
export function weightingCheckOf(
  read: WeightsByGroup,
  requirement: SocialValueRequirement,
  advised: ReadonlySet<string>,
): WeightingCheck {
  const total = sumDecimals(Object.values(read));
  const bases: Bases = {
    total,
    quality: read.quality.plus(read.socialValue).plus(read.environmental),
    'non-price': total.minus(read.price),
  };
  const findings: WeightingFinding[] = [];
  if (!total.eq(HUNDRED)) {
    findings.push({
      code: 'weights-do-not-sum',
      severity: 'error',
      ok: false,
      rule: null,
      ruleName: null,
      of: 'total',
      requiredPercent: HUNDRED,
      actualPercent: total,
      message: `The weights sum to ${total.toString()} points, not 100 (price ${read.price.toString()}, quality ${read.quality.toString()}, social value ${read.socialValue.toString()}, environmental ${read.environmental.toString()}, other ${read.other.toString()})${total.minus(HUNDRED).abs().lt('1e-9') ? ': floating-point rounding (as in 100 / 3), so give the weights as decimal text summing to exactly 100' : ''}.`,
    });
  }
  // One by one: a policy of many rules has more weightings than one call takes arguments.
  const add = (code: RequirementCode, list: readonly WeightingRequirement[], part: Decimal) => {
    for (const r of list) findings.push(finding(code, r, part, bases, advised));
  };
  add('social-value-minimum', requirement.minimumWeightings, read.socialValue);
  add('social-value-maximum', requirement.maximumWeightings, read.socialValue);
  add('social-value-fixed', requirement.fixedWeightings, read.socialValue);
  add('environmental-minimum', requirement.environmentalWeightings, read.environmental);
  const failing = findings.filter((entry) => entry.severity === 'error').length;
  const share = (whole: Decimal) => (whole.isZero() ? null : divide(read.socialValue, whole));
  return {
    kind: 'weighting-check',
    schemaVersion: 1,
    ok: failing === 0,
    weights: read,
    total,
    socialValueShare: {
      total: share(bases.total),
      quality: share(bases.quality),
      'non-price': share(bases['non-price']),
    },
    findings,
    requirement,
    summary: summaryOf(read.socialValue, total, requirement.policy, findings, advised),
  };
}
