import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { byCodeUnits } from '../core/text.js';
import { scoreText } from './amount-text.js';
import { HUNDRED, ONE, ZERO } from './constants.js';
import type { Scored } from './criterion-score.js';
import { readModel } from './define-evaluation.js';
import { evaluationOf } from './evaluate-tenders.js';
import { type Fraction, fraction, plus, quotientOf, scaled, sumOf, times } from './fraction.js';
import { pickOf, ruleName } from './rank-bids.js';
import { readBids } from './read-bids.js';
import { scoreBids } from './score-bids.js';
import { rangeReason, sensitivitySummary, TIE_BROKEN } from './sensitivity-summary.js';
import type {
  BidInput,
  Criterion,
  CriterionScore,
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
 * Points that move with the weight `w` of one criterion as `(alpha + beta × w) ÷ unit`, with
 * `unit` = 100 − weight (above 0, the same for every bid): `rest` on the other criteria, rescaled
 * in proportion, and `share` × `w` on it. Every figure is a fraction of the exact scores
 * (denominators above 0), so a crossing point is one division.
 */
function pointsLine(rest: Fraction, share: Fraction, weight: Decimal) {
  const unit = HUNDRED.minus(weight);
  return { alpha: times(rest, HUNDRED), beta: plus(times(share, unit), rest, -1), unit };
}

/** The bid's total (or quality points) as a line in the weight of criterion `index`. */
function line(contender: Contender, index: number, weight: Decimal) {
  const score = contender.scored[index]!;
  return pointsLine(plus(contender.exactTotal, score.exact, -1), score.share, weight);
}

type Line = ReturnType<typeof line>;

/**
 * A weight in points: exactly, as a fraction (a crossing point is a quotient), and to 34
 * significant digits, as results give it and ends are compared.
 */
interface Point {
  readonly at: Decimal;
  readonly exact: Fraction;
}

const pointOf = (exact: Fraction): Point => ({ at: quotientOf(exact), exact });
const NO_WEIGHT = /* @__PURE__ */ pointOf(/* @__PURE__ */ fraction(ZERO));
const ALL_WEIGHT = /* @__PURE__ */ pointOf(/* @__PURE__ */ fraction(HUNDRED));

/** The weight at which `c + slope × w` is 0 (`slope` not 0): `-c ÷ slope`. */
function rootOf(c: Fraction, slope: Fraction): Point {
  const { numerator, denominator } = scaled(c, undefined, slope);
  return pointOf(fraction(numerator.negated(), denominator));
}

/** Weights of one criterion, ends included. */
interface Span {
  readonly from: Point;
  readonly to: Point;
}

const EVERY_WEIGHT: Span = { from: NO_WEIGHT, to: ALL_WEIGHT };

/**
 * The weights of criterion `index` at which a bid has the minimum quality points, or null when
 * it has them at none: its quality points (its total but for price criteria, in a model that
 * has them) are a line in the weight as its total is (`pointsLine`), so they reach the minimum
 * at one weight.
 */
function qualifying(
  model: EvaluationModel,
  contender: Contender,
  index: number,
  weight: Decimal,
  minimum: Decimal,
): Span | null {
  const priced = model.criteria.some((criterion) => criterion.kind === 'price');
  const counts = (at: number) => !priced || model.criteria[at]!.kind !== 'price';
  const rest = sumOf(
    contender.scored.flatMap((score, at) => (at !== index && counts(at) ? [score.exact] : [])),
  );
  const own = counts(index) ? contender.scored[index]!.share : fraction(ZERO);
  const points = pointsLine(rest, own, weight);
  // Points × unit − minimum × unit = c + slope × w: at least 0 where the bid qualifies.
  const c = plus(points.alpha, fraction(minimum.times(points.unit)), -1);
  const slope = points.beta;
  if (slope.numerator.isZero()) return c.numerator.lt(0) ? null : EVERY_WEIGHT;
  const root = rootOf(c, slope);
  const span = slope.numerator.isPositive()
    ? { from: root.at.gt(ZERO) ? root : NO_WEIGHT, to: ALL_WEIGHT }
    : { from: NO_WEIGHT, to: root.at.lt(HUNDRED) ? root : ALL_WEIGHT };
  return span.from.at.lte(span.to.at) ? span : null;
}

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
    `so the range is ${idText(criterion.name)}'s weight in the model alone (${scoreText(weight)} points).`;
  return {
    ...noRange(criterion, reason),
    range: { from: weight, to: weight },
    winnerBelow: weight.isZero() ? null : leader,
    winnerAbove: leader,
  };
}

/** A bid in the running at some weight: its line in the weight and where it qualifies. */
interface Runner {
  readonly contender: Contender;
  readonly line: Line;
  readonly span: Span;
}

/**
 * Whether `a + m × w` is above 0 just beyond `point` (`direction` 1 above, -1 below): positive,
 * negative or zero (the same at every weight). Compared at the point exactly (lines that cross
 * there are level at it, not at its 34 digits), then by the slope.
 */
function aheadBeyond(a: Fraction, m: Fraction, point: Point, direction: 1 | -1): Decimal {
  const level = plus(a, scaled(m, point.exact)).numerator;
  return level.isZero() ? m.numerator.times(direction) : level;
}

/**
 * The points a tie-break rule picks (see `pickOf`) as a line in the weight of criterion `index`:
 * its sub-criteria move with it, each by its part of its weight (in equal parts when it weighs 0,
 * as `groupScore` shares them).
 */
function keyLine(
  contender: Contender,
  index: number,
  weight: Decimal,
  pick: (score: CriterionScore) => boolean,
): Line {
  const rest: Fraction[] = [];
  const own: Fraction[] = [];
  contender.scored.forEach((top, at) => {
    const visit = (node: Scored, parts: number) => {
      if (pick(node.score)) {
        if (at !== index) rest.push(node.exact);
        else if (node === top) own.push(node.share);
        else if (weight.isZero())
          own.push(scaled(node.share, undefined, fraction(new Decimal(parts))));
        else own.push(scaled(node.exact, undefined, fraction(weight)));
      }
      for (const part of node.parts ?? []) visit(part, node.parts!.length);
    };
    visit(top, 1);
  });
  return pointsLine(sumOf(rest), sumOf(own), weight);
}

/**
 * Of bids that tie on the ranking value just beyond `point` (`direction` 1 above, -1 below), the
 * one the model's tie-break rules put first there, with the rule that leaves it alone; null when
 * they leave several first. A rule's key moves with the weight as totals do (the price for
 * `lower-price` stays), so it is compared just beyond the point as the ranking values are.
 */
function tieBroken(
  model: EvaluationModel,
  tied: readonly Contender[],
  index: number,
  weight: Decimal,
  point: Point,
  direction: 1 | -1,
): { bid: string; rule: string } | null {
  let first = tied;
  for (const rule of model.tieBreak) {
    const pick = pickOf(rule);
    const keys = first.map((contender) => pick && keyLine(contender, index, weight, pick));
    // 1 when the bid at `x` goes before the one at `y`, -1 after, 0 when the rule ties them.
    const order = (x: number, y: number): number => {
      const [kx, ky] = [keys[x], keys[y]];
      if (kx && ky) {
        const [a, m] = [plus(kx.alpha, ky.alpha, -1), plus(kx.beta, ky.beta, -1)];
        return aheadBeyond(a, m, point, direction).comparedTo(0);
      }
      // The lower price first, a bid without one last.
      const [px, py] = [first[x]!.bid.price, first[y]!.bid.price];
      return px === null || py === null
        ? Number(py === null) - Number(px === null)
        : py.comparedTo(px);
    };
    let best = [0];
    for (let at = 1; at < first.length; at += 1) {
      const ahead = order(at, best[0]!);
      if (ahead > 0) best = [at];
      else if (ahead === 0) best.push(at);
    }
    first = best.map((at) => first[at]!);
    if (first.length === 1) return { bid: first[0]!.bid.bid, rule: ruleName(rule) };
  }
  return null;
}

/**
 * The bids that win just beyond `point` (`direction` 1 above, -1 below) among those that have
 * the minimum quality points there: the best ranking value at the point, then the best slope.
 * For an end that a bid reaching or losing the minimum makes; an end where bids only cross the
 * winner is settled by {@link firstBeyond}.
 */
function bestBeyond(
  model: EvaluationModel,
  runners: readonly Runner[],
  point: Point,
  direction: 1 | -1,
): string[] {
  const at = point.at;
  let best: Runner[] = [];
  for (const runner of runners) {
    const { from, to } = runner.span;
    if (direction === 1 ? !(from.at.lte(at) && to.at.gt(at)) : !(from.at.lt(at) && to.at.gte(at)))
      continue;
    const kept = best[0];
    if (kept === undefined) {
      best = [runner];
      continue;
    }
    const gain = advantage(model, runner.contender.bid, runner.line, kept.contender.bid, kept.line);
    const order = aheadBeyond(gain.a, gain.m, point, direction);
    if (order.isZero()) best.push(runner);
    else if (order.isPositive()) best = [runner];
  }
  return best.map((runner) => runner.contender.bid.bid);
}

function sensitivityOf(
  model: EvaluationModel,
  winner: Contender,
  others: readonly Contender[],
  index: number,
  minimum: Decimal | undefined,
): CriterionSensitivity {
  const criterion = model.criteria[index]!;
  const weight = criterion.weight;
  if (weight.eq(HUNDRED)) {
    return noRange(
      criterion,
      `${idText(criterion.name)} carries all the weight: no other weight to rescale.`,
    );
  }
  const runnerOf = (contender: Contender): Runner | null => {
    const span =
      minimum === undefined ? EVERY_WEIGHT : qualifying(model, contender, index, weight, minimum);
    return span && { contender, line: line(contender, index, weight), span };
  };
  const leader = runnerOf(winner) ?? {
    contender: winner,
    line: line(winner, index, weight),
    span: { from: pointOf(fraction(weight)), to: pointOf(fraction(weight)) },
  };
  // The range starts as the weights at which the winner has the minimum quality points; past an
  // end made so (`moved`), the bids then in the running are compared there.
  let { from, to } = leader.span;
  let movedBelow = from.at.gt(ZERO);
  let movedAbove = to.at.lt(HUNDRED);
  // The bids that overtake the winner first beyond each end, by crossing it (several: they tie there).
  let below: Side | null = null;
  let above: Side | null = null;
  const runners: Runner[] = [leader];
  let ahead: Contender | null = null; // the best bid ahead of the winner on exact scores
  for (const other of others) {
    const runner = runnerOf(other);
    if (runner === null) continue;
    runners.push(runner);
    const o = runner.line;
    const { a, m: slope } = advantage(model, winner.bid, leader.line, other.bid, o);
    // Its sign (the denominator is above 0): 1, -1 or 0 (a zero may be negative zero).
    const m = slope.numerator.isZero() ? 0 : slope.numerator.isPositive() ? 1 : -1;
    // Behind on exact scores at the model's weights: rounding of published scores made this winner.
    if (model.rounding !== undefined && exactAdvantage(model, winner, other).isNegative()) {
      if (ahead === null || exactOrder(model, other).lt(exactOrder(model, ahead))) ahead = other;
      continue;
    }
    // Behind at every weight, or level with it at every weight and in the running at the model's
    // weights (it lost the tie-break there, and the tie-break keys scale as the totals do): never
    // ahead. A bid level with it but out at the model's weights ties it where it has the minimum.
    const { span } = runner;
    if (
      ahead !== null ||
      (m === 0 &&
        (a.numerator.gt(0) ||
          (a.numerator.isZero() && span.from.at.lte(weight) && span.to.at.gte(weight))))
    )
      continue;
    // Where `other` is ahead of the winner (below `root` or above it) and has the minimum quality
    // points: an end where it crosses the winner, or where it reaches the minimum.
    const root = m === 0 ? NO_WEIGHT : rootOf(a, slope);
    const lo = m === -1 ? root : NO_WEIGHT;
    const hi = m === 1 ? root : ALL_WEIGHT;
    // In the running at every weight (no minimum): the crossing alone.
    const every = span === EVERY_WEIGHT;
    const reaches = !every && span.from.at.gt(lo.at);
    const loses = !every && span.to.at.lt(hi.at);
    const start = reaches ? span.from : lo;
    const end = loses ? span.to : hi;
    if (!start.at.lt(end.at)) continue;
    const side = { bids: [other.bid.bid], bid: other.bid, line: o };
    if (start.at.gte(weight) && start.at.lte(to.at)) {
      const crossing = m === -1 && !reaches;
      if (start.at.lt(to.at)) {
        above = side;
        movedAbove = !crossing;
      } else if (!crossing || movedAbove) movedAbove = true;
      else above = above === null ? side : firstBeyond(model, above, side, 1);
      to = start;
    } else if (end.at.lte(weight) && end.at.gte(from.at)) {
      const crossing = m === 1 && !loses;
      if (end.at.gt(from.at)) {
        below = side;
        movedBelow = !crossing;
      } else if (!crossing || movedBelow) movedBelow = true;
      else below = below === null ? side : firstBeyond(model, below, side, -1);
      from = end;
    }
  }
  if (ahead !== null) return heldByRounding(criterion, winner.bid.bid, ahead.bid.bid);
  // Past an end where a bid reaches or loses the minimum, the bids then in the running decide.
  const belowBids = from.at.isZero()
    ? null
    : movedBelow
      ? bestBeyond(model, runners, from, -1)
      : below!.bids;
  const aboveBids = to.at.eq(HUNDRED)
    ? null
    : movedAbove
      ? bestBeyond(model, runners, to, 1)
      : above!.bids;
  // Beyond an end: one bid wins, several tie (their totals are the same line in the weight) and
  // the tie-break rules may part them, or none has the minimum quality points.
  const beyond = (bids: string[] | null, point: Point, direction: 1 | -1) => {
    if (bids === null) return { text: null, bid: null };
    if (bids.length === 0) return { text: 'no bid has the minimum quality points', bid: null };
    if (bids.length === 1) return { text: `${idText(bids[0]!)} wins`, bid: bids[0]! };
    const tied = bids.map(
      (id) => runners.find((runner) => runner.contender.bid.bid === id)!.contender,
    );
    const settled = tieBroken(model, tied, index, weight, point, direction);
    const named = `${listed(bids.sort(byCodeUnits).map(idText))} tie`;
    return settled === null
      ? { text: `${named}: no single winner`, bid: null }
      : {
          text: `${named}; ${idText(settled.bid)} wins ${TIE_BROKEN} (${settled.rule})`,
          bid: settled.bid,
        };
  };
  const belowEnd = beyond(belowBids, from, -1);
  const aboveEnd = beyond(aboveBids, to, 1);
  const reason = rangeReason(
    winner.bid.bid,
    criterion.name,
    weight,
    from.at,
    to.at,
    belowEnd.text,
    aboveEnd.text,
    model.minimumQualityPoints !== undefined && minimum === undefined,
  );
  return {
    ...noRange(criterion, reason),
    range: { from: from.at, to: to.at },
    winnerBelow: belowEnd.bid,
    winnerAbove: aboveEnd.bid,
  };
}

/**
 * Tells how robust the winner is to the weights. For each criterion, the interval of its
 * weight (in percentage points, the other criteria rescaled in proportion so the weights still sum to
 * 100) over which the winner stays the same, and which bid wins just beyond each end. Totals
 * are linear in the weight, so the ends are crossing points solved exactly (to 34 significant
 * digits), not a search. Bids that tie just beyond an end are parted by the model's tie-break
 * rules, on the points each rule picks there (they move with the weight too), as
 * {@link whatIf} parts them.
 *
 * With minimum quality points, bids move in and out as their quality points move with the
 * weight: a range also ends where the winner falls below the minimum or a bid ahead of it
 * reaches it (that bid wins at the end itself), and beyond it "no bid has the minimum quality
 * points" may be said; in price per quality point a bid with no quality points comes in where a
 * criterion it has marks on gains weight. Other disqualifications are held as at the model's
 * weights, as is the
 * minimum where the model rounds published scores (the summary says so). Rounding of published
 * scores is ignored: exact weighted scores are used; when rounding alone made the winner, each
 * range is the model's weight alone, with the bid ahead on exact scores on both sides;
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
  // Minimum quality points move bids in and out with the weights, on exact scores: held as at
  // the model's weights only where published scores are rounded. A bid with no quality points
  // in price per quality point gains some as a criterion it has marks on gains weight: where it
  // has none its price per point has no value, and the winner's advantage over it (the prices
  // crossed with the points) says it is behind.
  const minimum = checked.rounding === undefined ? checked.minimumQualityPoints : undefined;
  const others = evaluation.ranking
    .filter(
      (bid) =>
        bid.bid !== winner.bid &&
        (bid.disqualified === false ||
          bid.disqualified.findings.every(
            ({ code, criterion }) =>
              code === 'no-quality-points' ||
              (minimum !== undefined && code === 'below-minimum' && criterion === undefined),
          )),
    )
    .map(contenderOfBid);
  const leader = contenderOfBid(winner);
  const criteria = checked.criteria.map((_, index) =>
    sensitivityOf(checked, leader, others, index, minimum),
  );
  const summary = sensitivitySummary(
    winner.bid,
    criteria,
    checked.minimumQualityPoints !== undefined && minimum === undefined,
  );
  return seal(
    { kind: 'weight-sensitivity', schemaVersion: 1, winner: winner.bid, criteria, summary },
    'weight-sensitivity',
  );
}
