import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { byCodeUnits } from '../core/text.js';
import { figureText } from '../core/wording.js';
import { HUNDRED, ONE, ZERO } from './constants.js';
import type { Scored } from './criterion-score.js';
import { readModel } from './define-evaluation.js';
import { evaluationOf } from './evaluate-tenders.js';
import { type Fraction, fraction, plus, quotientOf, sumOf, times } from './fraction.js';
import { readBids } from './read-bids.js';
import { scoreBids } from './score-bids.js';
import { rangeReason, sensitivitySummary } from './sensitivity-summary.js';
import type {
  BidInput,
  Criterion,
  CriterionSensitivity,
  EvaluationModel,
  EvaluationModelInput,
  RankedBid,
  WeightSensitivity,
} from './types.js';

/** A bid as the crossing points need it: its scores as fractions and its exact total. */
interface Contender {
  readonly bid: RankedBid;
  readonly scored: readonly Scored[];
  readonly exactTotal: Fraction;
}

function contenderOf(bid: RankedBid, scored: readonly Scored[]): Contender {
  return { bid, scored, exactTotal: sumOf(scored.map((score) => score.exact)) };
}

/**
 * The bid's total (or quality points) as `(alpha + beta × w) ÷ unit` in the weight `w` of one
 * criterion: with `unit` = 100 − weight (above 0, the same for every bid). Every figure is a
 * fraction of the exact scores (denominators above 0), so the crossing point is one division.
 */
function line(contender: Contender, index: number, weight: Decimal) {
  const score = contender.scored[index]!;
  const rest = plus(contender.exactTotal, score.exact, -1);
  const unit = HUNDRED.minus(weight);
  return { alpha: times(rest, HUNDRED), beta: plus(times(score.share, unit), rest, -1), unit };
}

type Line = ReturnType<typeof line>;

/**
 * The winner's advantage over `other` as `a + m × w` (≥ 0 while the winner stays ahead), for
 * the model's way of ranking, from the two bids' lines in the weight.
 */
function advantage(model: EvaluationModel, winner: RankedBid, w: Line, other: RankedBid, o: Line) {
  const alpha = plus(w.alpha, o.alpha, -1);
  const beta = plus(w.beta, o.beta, -1);
  if (model.method === 'weighted') return { a: alpha, m: beta };
  const pw = winner.price!;
  const po = other.price!;
  if (model.method === 'value-for-money') {
    const k = model.willingnessToPay!;
    return { a: plus(fraction(po.minus(pw).times(w.unit)), alpha, k), m: times(beta, k) };
  }
  // Price per quality point: pw / Qw ≤ po / Qo  ⇔  po × Qw − pw × Qo ≥ 0 (both positive).
  return {
    a: plus(times(w.alpha, po), o.alpha, pw.negated()),
    m: plus(times(w.beta, po), o.beta, pw.negated()),
  };
}

/** The winner's advantage over `other` on exact scores at the model's weights (its sign). */
function exactAdvantage(model: EvaluationModel, winner: Contender, other: Contender): Decimal {
  const flat = (contender: Contender) => ({
    alpha: contender.exactTotal,
    beta: fraction(ZERO),
    unit: ONE,
  });
  return advantage(model, winner.bid, flat(winner), other.bid, flat(other)).a.numerator;
}

/**
 * A bid's ranking value on exact scores, lower first: minus the total, price ÷ quality points,
 * or price − quality points × willingness to pay.
 */
function exactOrder(model: EvaluationModel, contender: Contender): Decimal {
  const total = contender.exactTotal;
  if (model.method === 'weighted') return quotientOf(total).negated();
  const price = fraction(contender.bid.price!);
  if (model.method === 'value-for-money') {
    return quotientOf(plus(price, total, model.willingnessToPay!.negated()));
  }
  return quotientOf(price, total);
}

/** The bids that catch the winner first beyond one end of its range (several: they tie there). */
interface Side {
  readonly bids: string[];
  /** The first of them, and its line in the weight. */
  readonly bid: RankedBid;
  readonly line: Line;
}

/**
 * Of two sides that catch the winner at the same weight, the one that wins just beyond it
 * (`direction` 1 above, -1 below), or both when they tie there. Each side's ranking value is
 * compared with the other's, not its slope against the winner's: in price per quality point
 * that slope is scaled by each bid's price, so a steeper one need not win (it used to).
 */
function firstBeyond(model: EvaluationModel, kept: Side, next: Side, direction: 1 | -1): Side {
  // How `next` gains on `kept` as the weight rises (their ranking values are equal at the root).
  const gain = advantage(model, next.bid, next.line, kept.bid, kept.line).m.numerator.times(
    direction,
  );
  if (gain.isZero()) {
    for (const bid of next.bids) kept.bids.push(bid);
    return kept;
  }
  return gain.isPositive() ? next : kept;
}

/** A criterion's entry without a range, `reason` saying why (the others override it). */
function noRange(criterion: Criterion, reason: string): CriterionSensitivity {
  return {
    criterion: criterion.id,
    criterionName: criterion.name,
    weight: criterion.weight,
    range: null,
    winnerBelow: null,
    winnerAbove: null,
    reason,
  };
}

/**
 * The range when the winner wins only through the rounding of published scores: on exact
 * scores `leader` is ahead at the model's weights, so any move of the weight may change the
 * winner.
 */
function heldByRounding(
  criterion: Criterion,
  winner: string,
  leader: string,
): CriterionSensitivity {
  const weight = criterion.weight;
  const reason =
    `${idText(winner)} wins only through the rounding of published scores: on exact scores ${idText(leader)} is ahead at the model's weights, ` +
    `so the range is ${idText(criterion.name)}'s weight in the model alone (${figureText(weight)} points).`;
  return {
    ...noRange(criterion, reason),
    range: { from: weight, to: weight },
    winnerBelow: weight.isZero() ? null : leader,
    winnerAbove: leader,
  };
}

function sensitivityOf(
  model: EvaluationModel,
  winner: Contender,
  others: readonly Contender[],
  index: number,
): CriterionSensitivity {
  const criterion = model.criteria[index]!;
  if (criterion.weight.eq(HUNDRED)) {
    return noRange(
      criterion,
      `${idText(criterion.name)} carries all the weight: no other weight to rescale.`,
    );
  }
  let from = ZERO;
  let to = HUNDRED;
  // The bids that overtake the winner first beyond each end (several: they tie there).
  let below: Side | null = null;
  let above: Side | null = null;
  const w = line(winner, index, criterion.weight);
  let ahead: Contender | null = null; // the best bid ahead of the winner on exact scores
  for (const other of others) {
    const o = line(other, index, criterion.weight);
    const { a, m: slope } = advantage(model, winner.bid, w, other.bid, o);
    const m = slope.numerator; // its sign: the denominator is above 0
    // Behind on exact scores at the model's weights: rounding of published scores made this winner.
    if (model.rounding !== undefined && exactAdvantage(model, winner, other).isNegative()) {
      if (ahead === null || exactOrder(model, other).lt(exactOrder(model, ahead))) ahead = other;
      continue;
    }
    if (ahead !== null || m.isZero()) continue;
    const root = quotientOf(a, slope).negated();
    const side = { bids: [other.bid.bid], bid: other.bid, line: o };
    if (m.isPositive() && root.gte(from) && root.gt(ZERO)) {
      below = root.gt(from) || below === null ? side : firstBeyond(model, below, side, -1);
      from = root;
    } else if (m.isNegative() && root.lte(to) && root.lt(HUNDRED)) {
      above = root.lt(to) || above === null ? side : firstBeyond(model, above, side, 1);
      to = root;
    }
  }
  if (ahead !== null) return heldByRounding(criterion, winner.bid.bid, ahead.bid.bid);
  // Beyond an end: one bid wins, or several tie (their totals are the same line in the weight).
  const beyond = (bids: string[]) =>
    bids.length === 1
      ? `${idText(bids[0]!)} wins`
      : `${listed(bids.sort(byCodeUnits).map(idText))} tie${model.tieBreak.length === 0 ? ': no single winner' : ', unless the tie-break rules settle it'}`;
  const reason = rangeReason(
    winner.bid.bid,
    criterion.name,
    criterion.weight,
    from,
    to,
    below && beyond(below.bids),
    above && beyond(above.bids),
    model.minimumQualityPoints !== undefined,
  );
  const single = (side: { bids: string[] } | null) =>
    side?.bids.length === 1 ? side.bids[0]! : null;
  return {
    ...noRange(criterion, reason),
    range: { from, to },
    winnerBelow: single(below),
    winnerAbove: single(above),
  };
}

/**
 * Tells how robust the winner is to the weights. For each criterion, the interval of its
 * weight (in percentage points, the other criteria rescaled in proportion so the weights still sum to
 * 100) over which the winner stays the same, and which bid wins just beyond each end. Totals
 * are linear in the weight, so the ends are crossing points solved exactly (to 34 significant
 * digits), not a search.
 *
 * Scores and disqualifications are held as at the model's weights (so, with minimum quality
 * points, a bid below them stays out and the others stay in whatever the weights: the summary
 * says so; rounding of published
 * scores is ignored: exact weighted scores are used; when rounding alone made the winner, each
 * range is the model's weight alone, with the bid ahead on exact scores on both sides);
 * sub-criteria move with their parent. Works
 * for every evaluation method (for price per quality point and value for money the quality
 * criteria's weights move).
 *
 * @param model - A model from {@link defineEvaluation} (or its input, or its JSON).
 * @param bids - The bids, as for {@link evaluateTenders}.
 * @returns `{ kind: 'weight-sensitivity', winner, criteria, summary }`: the winner and one
 * {@link CriterionSensitivity} per criterion, frozen.
 * @throws SocialValueError as {@link evaluateTenders}.
 *
 * @example
 * ```ts
 * import { weightSensitivity } from 'social-value';
 *
 * const model = {
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
 *   ],
 * } as const;
 * const result = weightSensitivity(model, [
 *   { id: 'A', price: 100, responses: { quality: 4 } },
 *   { id: 'B', price: 125, responses: { quality: 5 } },
 * ]);
 * result.winner; // => 'B'
 * result.criteria[1]?.range?.to.toString(); // => '50'
 * result.criteria[1]?.winnerAbove; // => 'A'
 * ```
 */
export function weightSensitivity(
  model: EvaluationModel | EvaluationModelInput,
  bids: readonly BidInput[],
): WeightSensitivity {
  const checked = readModel(model, ['model']);
  const scored = scoreBids(checked, readBids(bids, checked, ['bids']));
  const evaluation = evaluationOf(checked, scored);
  const scores = new Map(scored.map((bid) => [bid.bid, bid.scored]));
  const contenderOfBid = (bid: RankedBid) => contenderOf(bid, scores.get(bid.bid)!);
  const winner = evaluation.winner;
  if (winner === null) {
    return seal(
      {
        kind: 'weight-sensitivity',
        schemaVersion: 1,
        winner: null,
        criteria: checked.criteria.map((criterion) =>
          noRange(criterion, 'There is no single winner to test.'),
        ),
        summary: `No single winner: ${evaluation.summary}`,
      },
      'weight-sensitivity',
    );
  }
  const others = evaluation.ranking
    .filter((bid) => bid.disqualified === false && bid.bid !== winner.bid)
    .map(contenderOfBid);
  const leader = contenderOfBid(winner);
  const criteria = checked.criteria.map((_, index) =>
    sensitivityOf(checked, leader, others, index),
  );
  const summary = sensitivitySummary(
    winner.bid,
    criteria,
    checked.minimumQualityPoints !== undefined,
  );
  return seal(
    { kind: 'weight-sensitivity', schemaVersion: 1, winner: winner.bid, criteria, summary },
    'weight-sensitivity',
  );
}
