import { Decimal } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { requiresSocialValue } from './requires-social-value.js';
import { weightsSchema } from './schemas.js';
import type {
  ContractInput,
  CriterionWeights,
  Policy,
  WeightingCheck,
  WeightingFinding,
  WeightingRequirement,
} from './types.js';
import type { WeightingBase } from './vocabulary.js';
import { percent, weightingText } from './wording.js';

type Bases = Record<WeightingBase, Decimal>;

function share(part: Decimal, whole: Decimal): Decimal | null {
  return whole.isZero() ? null : part.div(whole);
}

function finding(
  kind: Exclude<WeightingFinding['kind'], 'weights-sum'>,
  requirement: WeightingRequirement,
  part: Decimal,
  bases: Bases,
): WeightingFinding {
  const actual = share(part, bases[requirement.base]) ?? new Decimal(0);
  const ok =
    kind === 'social-value-fixed'
      ? actual.eq(requirement.fraction)
      : actual.gte(requirement.fraction);
  const criterion = kind === 'environmental-minimum' ? 'environmental criteria' : 'social value';
  const asks = `${kind === 'social-value-fixed' ? 'exactly' : 'at least'} ${weightingText(requirement)}`;
  const given = bases[requirement.base].isZero()
    ? 'that base has no weight'
    : `the weights give ${percent(actual)} (${part.toString()} of ${bases[requirement.base].toString()})`;
  return {
    kind,
    ok,
    rule: requirement.rule,
    base: requirement.base,
    required: requirement.fraction,
    actual,
    message: `Rule ${requirement.rule} asks for ${criterion} of ${asks}; ${given}: ${ok ? 'met' : 'not met'}.`,
  };
}

/**
 * Checks the weights of a tender's award criteria against what a policy requires of the
 * contract: that they sum to 100%, and that social value (and any separate environmental
 * criterion) meets every minimum or fixed weighting of the rules that apply, each on its own
 * base: the total score, the quality score (quality, social value and environmental criteria)
 * or the non-price criteria (everything but price, as under price per quality point).
 *
 * Weights are fractions of the total (`0.1` is 10%). Each finding names the rule, the base, the
 * fraction required and the share the weights give, with a sentence.
 *
 * @param weights - Weights of price, quality, social value, environmental and other criteria.
 * @param contract - The contract, as for {@link requiresSocialValue}.
 * @param policy - The policy.
 * @returns The findings, the shares and the requirement, frozen.
 * @throws SocialValueError `invalid-input` (paths `weights.…`, `contract.…`) for bad input.
 *
 * @example
 * ```ts
 * import { checkWeighting, policies } from 'social-value';
 *
 * // PPN 06/20 with an immature market: 10% of the quality score suffices.
 * const check = checkWeighting(
 *   { price: '0.6', quality: '0.36', socialValue: '0.04' },
 *   { type: 'services', authority: 'central-government', value: 500_000, vatBasis: 'inclusive',
 *     commencedOn: '2023-03-01', tags: ['immature-market'] },
 *   policies.ppn0620,
 * );
 * check.socialValueShare.quality?.toString(); // => '0.1'
 * check.ok; // => true
 * ```
 */
export function checkWeighting(
  weights: CriterionWeights,
  contract: ContractInput,
  policy: Policy,
): WeightingCheck {
  const parsed = parseInput(weightsSchema, weights, 'weights', ['weights']);
  const zero = new Decimal(0);
  const price = parsed.price;
  const quality = parsed.quality ?? zero;
  const socialValue = parsed.socialValue ?? zero;
  const environmental = parsed.environmental ?? zero;
  const other = parsed.other ?? zero;
  const total = price.plus(quality).plus(socialValue).plus(environmental).plus(other);
  const bases: Bases = {
    total,
    quality: quality.plus(socialValue).plus(environmental),
    'non-price': total.minus(price),
  };
  const requirement = requiresSocialValue(contract, policy);
  const sums = total.eq(1);
  const findings: WeightingFinding[] = [
    {
      kind: 'weights-sum',
      ok: sums,
      rule: null,
      base: 'total',
      required: new Decimal(1),
      actual: total,
      message: `The weights sum to ${percent(total)}${sums ? '' : ', not 100%'} (price ${percent(price)}, quality ${percent(quality)}, social value ${percent(socialValue)}, environmental ${percent(environmental)}, other ${percent(other)}).`,
    },
    ...requirement.minimumWeightings.map((r) =>
      finding('social-value-minimum', r, socialValue, bases),
    ),
    ...requirement.fixedWeightings.map((r) => finding('social-value-fixed', r, socialValue, bases)),
    ...requirement.environmentalWeightings.map((r) =>
      finding('environmental-minimum', r, environmental, bases),
    ),
  ];
  return deepFreeze({
    ok: findings.every((entry) => entry.ok),
    total,
    socialValueShare: {
      total: share(socialValue, bases.total),
      quality: share(socialValue, bases.quality),
      'non-price': share(socialValue, bases['non-price']),
    },
    findings,
    requirement,
  });
}
