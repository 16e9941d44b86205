import type { Decimal } from '../core/decimal.js';
import { halfUnit, sumIfNot } from '../core/divided-sum.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { idText } from '../core/id-text.js';
import { issueAt } from '../core/issue.js';
import { DIVISION_DIGITS } from '../core/numeric-domain.js';
import { emptyRecord } from '../core/record.js';
import { ROUNDINGS, roundAt } from '../core/round-money.js';
import { unlimited } from '../core/unlimited.js';
import { scoreText } from './amount-text.js';
import { ZERO } from './constants.js';
import type { CriterionScore, TenderEvaluation } from './types.js';
import { voted } from './voted.js';

// The scores of a stored evaluation checked against one another (snapshots.ts): the responses
// are not stored, so a score share is not worked out again, but the figures beside it are held
// to it. Each division of the library is rounded to 34 significant digits, so two figures agree
// when they are as close as those roundings leave them. Internal.

type Path = readonly PropertyKey[];
type Rounding = TenderEvaluation['rounding'];

/**
 * Whether `weighted` is `share × weight` as the library writes both: each the exact quotient
 * rounded to 34 digits, so within half a unit in the 34th digit of the share (times the weight)
 * and of the weighted score, and within `|share| × off` when the weight printed is within `off`
 * of the one scored. Worked out without a limit on digits.
 */
function weighs(share: Decimal, weight: Decimal, weighted: Decimal, off: Decimal): boolean {
  const Unlimited = unlimited();
  const slack = new Unlimited(halfUnit(share))
    .times(weight)
    .plus(halfUnit(weighted))
    .plus(share.abs().times(off));
  return new Unlimited(share).times(weight).minus(weighted).abs().lte(slack);
}

/** The issues of a stored evaluation, the rounding of its published scores, and `off`. */
interface Scope {
  readonly issues: SocialValueIssue[];
  readonly rounding: Rounding;
  /** How far each weight printed may be from the weight scored (a what-if's, rounded). */
  readonly off: Decimal;
}

/** Adds `expected <what> (<expected>), received "<received>"` at `at` to `issues`. Internal. */
export function refuse(
  scope: { readonly issues: SocialValueIssue[] },
  at: Path,
  what: string,
  expected: Decimal,
  received: Decimal,
): void {
  scope.issues.push(issueAt(at, `expected ${what} (${expected}), received "${received}"`));
}

/**
 * One score's figures (a split criterion's parts first, each held to its sum): its weighted
 * score is its share × weight (its unrounded one, when the model rounds, and the published one
 * that rounded as the model says), a split criterion's the sum of its parts'. The figure refused
 * is the one the others outvote: the weighted score when, put right, it also gives the sum it is
 * part of (`fits`), else the share (a part's sum outvotes a split criterion's share). Then its
 * sentence. Returns the weighted score the sum is held to, put right if refused.
 */
function checkScore(
  score: CriterionScore,
  at: Path,
  scope: Scope,
  fits: (weighted: Decimal) => boolean,
): Decimal {
  const { scoreShare: share, weight, subCriteria: parts } = score;
  const { issues, rounding, off } = scope;
  const count = issues.length;
  let weighted = score.weightedScore;
  if (parts !== undefined) {
    const scores = parts.map((part) => part.weightedScore);
    parts.forEach((part, index) => {
      scores[index] = checkScore(
        part,
        [...at, 'subCriteria', index],
        scope,
        (value) =>
          sumIfNot(
            scores.map((other, j) => (j === index ? value : other)),
            weighted,
          ) === undefined,
      );
    });
    const sum = sumIfNot(scores, weighted);
    if (sum !== undefined)
      refuse(scope, [...at, 'weightedScore'], 'the sum of its parts', sum, weighted);
    weighted = sum ?? weighted;
    fits = () => false;
  }
  const unrounded = score.unroundedWeightedScore;
  const exact = unrounded ?? weighted;
  const product = share.times(weight).toSignificantDigits(DIVISION_DIGITS);
  // A published score is the unrounded one rounded as the model says (a split criterion's, the
  // sum of its parts').
  const published =
    unrounded === undefined || rounding === null || parts !== undefined
      ? weighted
      : roundAt(unrounded, rounding.places, ROUNDINGS[rounding.mode ?? 'half-up']);
  if (!weighs(share, weight, exact, off)) {
    if (weight.isZero() || (unrounded === undefined ? fits(product) : !published.eq(weighted))) {
      const key = unrounded === undefined ? 'weightedScore' : 'unroundedWeightedScore';
      refuse(scope, [...at, key], 'its score share × weight', product, exact);
      if (unrounded === undefined) weighted = product;
    } else {
      const quotient = exact.div(weight).toSignificantDigits(DIVISION_DIGITS);
      refuse(scope, [...at, 'scoreShare'], 'its weighted score ÷ weight', quotient, share);
    }
  } else if (!published.eq(weighted)) {
    const what = `its unrounded weighted score to ${rounding!.places} places (${rounding!.mode})`;
    refuse(scope, [...at, 'weightedScore'], what, published, weighted);
    weighted = published;
  }
  if (issues.length > count) return weighted;
  // Its sentence: a leaf's its name first and its weight and weighted score last; a split
  // criterion's, formula and inputs all from its parts.
  const name = `${idText(score.criterionName)}: `;
  if (parts !== undefined) {
    const inputs = emptyRecord<Decimal>();
    for (const part of parts) inputs[part.criterion] = part.weightedScore;
    const terms = parts.map((part) => `${idText(part.criterion)} ${scoreText(part.weightedScore)}`);
    figureIssues(
      issues,
      at,
      {
        formula: 'sum of the sub-criteria weighted scores',
        inputs,
        reason: `${name}${terms.join(' + ')} = ${scoreText(weighted)} of ${scoreText(weight)}.`,
      },
      { formula: score.formula, inputs: score.inputs, reason: score.reason },
    );
    return weighted;
  }
  const end =
    score.formula === 'no input'
      ? 'no input, scored 0.'
      : `; × weight ${scoreText(weight)} = ${scoreText(weighted)}.`;
  const { reason } = score;
  const agrees = reason.startsWith(name) && reason.endsWith(end);
  figureIssues(issues, [...at, 'reason'], agrees ? reason : `${name}…${end}`, reason);
  return weighted;
}

/**
 * Checks the scores of every bid of a stored evaluation and returns, for each bid, its weighted
 * scores as its total is held to them (a weighted score refused is put right, so that the total
 * is not also refused for it). First the criteria: the same in every bid, in the same order (id,
 * name, kind, method and weight, and a split criterion's parts likewise), as one model gives
 * them; a bid's criteria the others outvote are refused at the field. Then each score
 * ({@link checkScore}), each weight printed within `off` of the one scored. Internal.
 */
export function checkScores(
  parsed: TenderEvaluation,
  path: Path,
  issues: SocialValueIssue[],
  off: Decimal = ZERO,
): Decimal[][] {
  const ranking = parsed.ranking;
  const count = issues.length;
  const describe = (score: CriterionScore): unknown => ({
    criterion: score.criterion,
    criterionName: score.criterionName,
    criterionKind: score.criterionKind,
    method: score.method,
    weight: score.weight,
    subCriteria: score.subCriteria?.map(describe),
  });
  const shapes = ranking.map((bid) => bid.criteria.map(describe));
  const best = voted(shapes, (shape) => JSON.stringify(shape));
  shapes.forEach((shape, index) => {
    figureIssues(issues, [...path, 'ranking', index, 'criteria'], best, shape);
  });
  const scope: Scope = { issues, rounding: parsed.rounding, off };
  const refused = issues.length > count;
  return ranking.map((bid, index) => {
    const scores = bid.criteria.map((score) => score.weightedScore);
    if (refused) return scores;
    bid.criteria.forEach((score, j) => {
      scores[j] = checkScore(
        score,
        [...path, 'ranking', index, 'criteria', j],
        scope,
        (value) =>
          sumIfNot(
            scores.map((other, k) => (k === j ? value : other)),
            bid.total,
          ) === undefined,
      );
    });
    return scores;
  });
}
