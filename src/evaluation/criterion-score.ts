import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { emptyRecord } from '../core/record.js';
import { ROUNDINGS, roundAt } from '../core/round-money.js';
import { amountText, scoreText } from './amount-text.js';
import { ONE, ZERO } from './constants.js';
import { type Fraction, fraction, product, quotientOf, sumOf } from './fraction.js';
import type { CriterionPlan, Leaf, LeafPlan } from './model-plan.js';
import type { LeafReading } from './read-response.js';
import { leafClause, type MoneyText, type References, scoreLeaf } from './score-leaf.js';
import type { Criterion, CriterionScore, EvaluationModel } from './types.js';

// The score of one bid on one criterion, as the result holds it: its sentence written with it,
// and frozen when built (so sealing the evaluation does not walk it again). The sentences print
// each figure a tender repeats once: the weights (once per model), a marked criterion's sentence
// for each mark (once per model), the lowest price and the highest offer (once per evaluation).
// Measured against writing every sentence afresh and against sentences built on first read
// (a getter per score, which costs more than it saves): see docs/performance.md.

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A criterion's score with its exact share and exact (unrounded) weighted score as fractions,
 * which totals add before dividing once. Internal.
 */
export interface Scored {
  readonly score: CriterionScore;
  /** The share of the marks, `scoreShare` before its division. */
  readonly share: Fraction;
  /** The weighted score before its division (and before the model's rounding). */
  readonly exact: Fraction;
  /** A group's sub-criteria. */
  readonly parts?: readonly Scored[];
}

const NONE = /* @__PURE__ */ fraction(ZERO);

/** Money printed once per amount in one evaluation (amounts the bids share: lowest, highest). */
export function moneyMemo(): MoneyText {
  const printed = new Map<Decimal, string>();
  return (amount) => {
    let text = printed.get(amount);
    if (text === undefined) {
      text = amountText(amount);
      printed.set(amount, text);
    }
    return text;
  };
}

/**
 * A score's fields, in the order its JSON snapshot is read in (optional keys are added after).
 */
function scoreOf(
  criterion: Leaf | Criterion,
  method: CriterionScore['method'],
  raw: Decimal | null,
  scoreShare: Decimal,
  weightedScore: Decimal,
  formula: string,
  inputs: CriterionScore['inputs'],
  reason: string,
): Writable<CriterionScore> {
  return {
    criterion: criterion.id,
    criterionName: criterion.name,
    criterionKind: criterion.kind,
    method,
    weight: criterion.weight,
    raw,
    scoreShare,
    weightedScore,
    formula,
    inputs,
    reason,
  };
}

/** A score's reason: what it says, headed by the criterion's name (`Price: … = 30.`). */
function headed(criterion: Leaf | Criterion, text: string): string {
  return `${idText(criterion.name)}: ${text}.`;
}

/** The score of a leaf a bid gave no input for (a disqualified bid). Internal. */
export function noInput(leaf: Leaf): Scored {
  const score = Object.freeze(
    scoreOf(
      leaf,
      leaf.scoring!.method,
      null,
      ZERO,
      ZERO,
      'no input',
      Object.freeze({}),
      headed(leaf, 'no input, scored 0'),
    ),
  );
  return { score, share: NONE, exact: NONE };
}

/** The score of a leaf (a criterion without sub-criteria, or a sub-criterion). Internal. */
export function leafScore(
  model: EvaluationModel,
  plan: LeafPlan,
  reading: LeafReading,
  refs: References,
  money: MoneyText,
): Scored {
  const { leaf, scoring, weight } = plan;
  const scored = scoreLeaf(scoring, reading, refs);
  const share = fraction(scored.numerator, scored.denominator);
  // `share × weight`, divided once (the weight `whatIf` rescaled exactly is a fraction too).
  const weighted = product(weight, scored.numerator, scored.denominator);
  const exact = quotientOf(weighted);
  const rounding = model.rounding;
  const rounded =
    rounding === undefined
      ? exact
      : roundAt(exact, rounding.places, ROUNDINGS[rounding.mode ?? 'half-up']);
  const inputs = Object.freeze(scored.inputs);
  // A scale mark given alone reads the same for every bid: its sentence is written once per model.
  const place = plan.scoring.method === 'scale' ? (reading.place ?? -1) : -1;
  let reason = place === -1 ? undefined : plan.markSentences.get(place);
  if (reason === undefined) {
    const clause = leafClause(scoring, reading, scored, money, refs);
    reason = headed(leaf, `${clause}; × weight ${plan.weightText} = ${scoreText(rounded)}`);
    if (place !== -1) plan.markSentences.set(place, reason);
  }
  // Built key by key, optional keys last (the order its JSON snapshot is read in).
  const score = scoreOf(
    leaf,
    scoring.method,
    scored.raw,
    scored.scoreShare,
    rounded,
    scored.formula,
    inputs,
    reason,
  );
  if (rounding !== undefined) score.unroundedWeightedScore = exact;
  if (reading.marks !== undefined) score.marks = Object.freeze(reading.marks);
  return { score: Object.freeze(score), share, exact: weighted };
}

/**
 * The score of a criterion split into sub-criteria: the sum of theirs, added as fractions and
 * divided once (the sum of the published scores when the model rounds them). The share of a
 * group weighing 0 points is the mean of its sub-criteria's shares, as if they weighed the same
 * (how `whatIf` gives such a group weight), so a minimum share still means something. Internal.
 */
export function groupScore(plan: CriterionPlan, leaves: readonly Scored[]): Scored {
  const { criterion, weight } = plan;
  let published = ZERO;
  let rounding = false;
  const inputs = emptyRecord<Decimal>();
  for (const leaf of leaves) {
    published = published.plus(leaf.score.weightedScore);
    rounding ||= leaf.score.unroundedWeightedScore !== undefined;
    inputs[leaf.score.criterion] = leaf.score.weightedScore;
  }
  const exact = sumOf(leaves.map((leaf) => leaf.exact));
  const share = weight.numerator.isZero()
    ? product(sumOf(leaves.map((leaf) => leaf.share)), ONE, new Decimal(leaves.length))
    : product(exact, weight.denominator, weight.numerator);
  const sum = rounding ? published : quotientOf(exact);
  const score = scoreOf(
    criterion,
    'group',
    null,
    quotientOf(share),
    sum,
    'sum of the sub-criteria weighted scores',
    Object.freeze(inputs),
    headed(
      criterion,
      `${leaves.map(({ score }) => `${idText(score.criterion)} ${scoreText(score.weightedScore)}`).join(' + ')} = ${scoreText(sum)} of ${scoreText(criterion.weight)}`,
    ),
  );
  if (rounding) score.unroundedWeightedScore = quotientOf(exact);
  score.subCriteria = Object.freeze(leaves.map((leaf) => leaf.score));
  return { score: Object.freeze(score), share, exact, parts: leaves };
}
