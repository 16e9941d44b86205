import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { divide } from '../core/numeric-domain.js';
import { emptyRecord } from '../core/record.js';
import { ROUNDINGS, roundAt } from '../core/round-money.js';
import { figureText } from '../core/wording.js';
import { amountText } from './amount-text.js';
import { ZERO } from './constants.js';
import type { Leaf, LeafPlan } from './model-plan.js';
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

/** The score of a leaf a bid gave no input for (a disqualified bid). Internal. */
export function noInput(leaf: Leaf): CriterionScore {
  return Object.freeze({
    criterion: leaf.id,
    criterionName: leaf.name,
    criterionKind: leaf.kind,
    method: leaf.scoring!.method,
    weight: leaf.weight,
    raw: null,
    scoreShare: ZERO,
    weightedScore: ZERO,
    formula: 'no input',
    inputs: Object.freeze({}),
    reason: `${idText(leaf.name)}: no input, scored 0.`,
  });
}

/** The score of a leaf (a criterion without sub-criteria, or a sub-criterion). Internal. */
export function leafScore(
  model: EvaluationModel,
  plan: LeafPlan,
  reading: LeafReading,
  refs: References,
  money: MoneyText,
): CriterionScore {
  const { leaf, scoring } = plan;
  const scored = scoreLeaf(scoring, reading, refs, leaf.weight);
  const exact = scored.weighted;
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
    const clause = leafClause(scoring, reading, { scoreShare: scored.scoreShare, inputs }, money);
    reason = `${idText(leaf.name)}: ${clause}; × weight ${plan.weightText} = ${figureText(rounded)}.`;
    if (place !== -1) plan.markSentences.set(place, reason);
  }
  // Built key by key, optional keys last (the order its JSON snapshot is read in).
  const score: Writable<CriterionScore> = {
    criterion: leaf.id,
    criterionName: leaf.name,
    criterionKind: leaf.kind,
    method: scoring.method,
    weight: leaf.weight,
    raw: scored.raw,
    scoreShare: scored.scoreShare,
    weightedScore: rounded,
    formula: scored.formula,
    inputs,
    reason,
  };
  if (rounding !== undefined) score.unroundedWeightedScore = exact;
  if (reading.marks !== undefined) score.marks = Object.freeze(reading.marks);
  return Object.freeze(score);
}

/**
 * The share of a group weighing 0 points: the mean of its sub-criteria's shares, as if they
 * weighed the same (how `whatIf` gives such a group weight), so a minimum share still means
 * something.
 */
function meanShare(leaves: readonly CriterionScore[]): Decimal {
  let sum = ZERO;
  for (const leaf of leaves) sum = sum.plus(leaf.scoreShare);
  return divide(sum, leaves.length);
}

/** The score of a criterion split into sub-criteria: the sum of theirs. Internal. */
export function groupScore(
  criterion: Criterion,
  leaves: readonly CriterionScore[],
): CriterionScore {
  // One accumulator for the published (maybe rounded) sum, one for the exact sum when rounded.
  let weighted: Decimal | undefined;
  let exact: Decimal | undefined;
  let rounded = false;
  const inputs = emptyRecord<Decimal>();
  for (const leaf of leaves) {
    weighted = weighted === undefined ? leaf.weightedScore : weighted.plus(leaf.weightedScore);
    const unrounded = leaf.unroundedWeightedScore ?? leaf.weightedScore;
    exact = exact === undefined ? unrounded : exact.plus(unrounded);
    rounded ||= leaf.unroundedWeightedScore !== undefined;
    inputs[leaf.criterion] = leaf.weightedScore;
  }
  const sum = weighted ?? ZERO;
  const score: Writable<CriterionScore> = {
    criterion: criterion.id,
    criterionName: criterion.name,
    criterionKind: criterion.kind,
    method: 'group',
    weight: criterion.weight,
    raw: null,
    scoreShare: criterion.weight.isZero()
      ? meanShare(leaves)
      : divide(exact ?? ZERO, criterion.weight),
    weightedScore: sum,
    formula: 'sum of the sub-criteria weighted scores',
    inputs: Object.freeze(inputs),
    reason: `${idText(criterion.name)}: ${leaves.map((leaf) => `${idText(leaf.criterion)} ${figureText(leaf.weightedScore)}`).join(' + ')} = ${figureText(sum)} of ${figureText(criterion.weight)}.`,
  };
  if (rounded) score.unroundedWeightedScore = exact ?? ZERO;
  score.subCriteria = Object.freeze(leaves);
  return Object.freeze(score);
}
