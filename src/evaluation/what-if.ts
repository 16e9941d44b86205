import { Decimal, type Numeric } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { sumDecimals } from '../core/sum.js';
import { parseInput } from '../core/zod-error.js';
import { brandModel, checkTotalWeight, issueAt, modelOf } from './define-evaluation.js';
import { evaluateParsed, parseBids } from './evaluate-tenders.js';
import { changesSchema, type ParsedBid } from './schemas.js';
import { show } from './score-leaf.js';
import type {
  BidInput,
  Criterion,
  EvaluationModel,
  EvaluationModelInput,
  TenderEvaluation,
} from './types.js';

/**
 * Changes to try with {@link whatIf}: new weights for some criteria (the others rescaled in
 * proportion unless `rescale` is false) and new prices for some bids.
 *
 * @example
 * ```ts
 * import type { WhatIfChanges } from 'social-value';
 *
 * const changes: WhatIfChanges = { weights: { sv: 20 }, prices: { B: '1100000' } };
 * changes.weights?.sv; // => 20
 * ```
 */
export interface WhatIfChanges {
  /** New weights (percent) by criterion id. */
  readonly weights?: Readonly<Record<string, Numeric>>;
  /** New prices by bid id. */
  readonly prices?: Readonly<Record<string, Numeric>>;
  /**
   * Rescale the criteria not named in `weights` in proportion so the weights sum to 100
   * (default true). When false, the weights as changed must already sum to 100.
   */
  readonly rescale?: boolean;
}

/**
 * How one bid moved in {@link whatIf}.
 *
 * @example
 * ```ts
 * import type { WhatIfMove } from 'social-value';
 *
 * const move: Pick<WhatIfMove, 'bid' | 'rankBefore' | 'rankAfter'> = { bid: 'A', rankBefore: 2, rankAfter: 1 };
 * move.rankAfter; // => 1
 * ```
 */
export interface WhatIfMove {
  /** The bid's id. */
  readonly bid: string;
  /** Its rank before the change (`null`: disqualified). */
  readonly rankBefore: number | null;
  /** Its rank after the change. */
  readonly rankAfter: number | null;
  /** Its total before. */
  readonly totalBefore: Decimal;
  /** Its total after. */
  readonly totalAfter: Decimal;
}

/**
 * The result of {@link whatIf}.
 *
 * @example
 * ```ts
 * import type { WhatIfResult } from 'social-value';
 *
 * const changed: Pick<WhatIfResult, 'winnerChanged'> = { winnerChanged: true };
 * changed.winnerChanged; // => true
 * ```
 */
export interface WhatIfResult {
  /** The model with the changed weights. */
  readonly model: EvaluationModel;
  /** The evaluation as the model stands. */
  readonly before: TenderEvaluation;
  /** The evaluation with the changes. */
  readonly after: TenderEvaluation;
  /** True when the winner (or the absence of one) differs. */
  readonly winnerChanged: boolean;
  /** Every bid's rank and total, before and after, in id order. */
  readonly moves: readonly WhatIfMove[];
  /** A sentence for people. */
  readonly summary: string;
}

/** Scales values in proportion so they sum to `target`; the last takes the rounding rest. */
function scaleTo(values: readonly Decimal[], target: Decimal): Decimal[] {
  const sum = sumDecimals(values);
  const scaled = values.map((value) => value.times(target).dividedBy(sum));
  if (scaled.length > 0) {
    const rest = sumDecimals(scaled.slice(0, -1));
    scaled[scaled.length - 1] = target.minus(rest);
  }
  return scaled;
}

function withWeight(criterion: Criterion, weight: Decimal): Criterion {
  if (criterion.subCriteria === undefined) return { ...criterion, weight };
  const subWeights = criterion.subCriteria.map((sub) => sub.weight);
  const scaled = criterion.weight.isZero()
    ? criterion.subCriteria.map(() => weight.dividedBy(criterion.subCriteria!.length))
    : scaleTo(subWeights, weight);
  return {
    ...criterion,
    weight,
    subCriteria: criterion.subCriteria.map((sub, index) => ({ ...sub, weight: scaled[index]! })),
  };
}

/** Throws `invalid-input` for changes naming an unknown criterion or bid. */
function checkKnown(
  keys: readonly string[],
  known: readonly string[],
  field: 'weights' | 'prices',
  what: 'criterion' | 'bid',
): void {
  const unknown = keys.filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  throw new SocialValueError({
    code: 'invalid-input',
    message: `Unknown ${what === 'bid' ? 'bids' : 'criteria'} in the changed ${field}: ${unknown.join(', ')}.`,
    issues: unknown.map((key) =>
      issueAt(['changes', field, key], `expected a ${what} id, received "${key}"`),
    ),
  });
}

function reweigh(
  model: EvaluationModel,
  weights: Readonly<Record<string, Decimal>>,
  rescale: boolean,
): EvaluationModel {
  checkKnown(
    Object.keys(weights),
    model.criteria.map((criterion) => criterion.id),
    'weights',
    'criterion',
  );
  const fixed = model.criteria.filter((criterion) => weights[criterion.id] !== undefined);
  const free = model.criteria.filter((criterion) => weights[criterion.id] === undefined);
  const fixedSum = sumDecimals(fixed.map((criterion) => weights[criterion.id]!));
  const freeSum = sumDecimals(free.map((criterion) => criterion.weight));
  const remainder = new Decimal(100).minus(fixedSum);
  let freeWeights = free.map((criterion) => criterion.weight);
  if (rescale && fixed.length > 0 && !remainder.isNegative() && !freeSum.isZero()) {
    freeWeights = scaleTo(freeWeights, remainder);
  }
  const criteria = model.criteria.map((criterion) => {
    const given = weights[criterion.id];
    return withWeight(criterion, given ?? freeWeights[free.indexOf(criterion)]!);
  });
  checkTotalWeight(criteria);
  return brandModel({ ...model, criteria });
}

function reprice(
  bids: readonly ParsedBid[],
  prices: Readonly<Record<string, Decimal>>,
): ParsedBid[] {
  checkKnown(
    Object.keys(prices),
    bids.map((bid) => bid.id),
    'prices',
    'bid',
  );
  return bids.map((bid) => {
    const price = prices[bid.id];
    return price === undefined ? bid : { ...bid, price };
  });
}

/**
 * Re-runs an evaluation with changed weights or prices and reports what moved: the two
 * evaluations, whether the winner changed, and every bid's rank and total before and after.
 * Weights named in `changes.weights` are set; the other criteria are rescaled in proportion so
 * the weights still sum to exactly 100 (sub-criteria move with their parent).
 *
 * @param model - A model from {@link defineEvaluation} (or its input).
 * @param bids - The bids, as for {@link evaluateTenders}.
 * @param changes - New weights by criterion id, new prices by bid id, and `rescale`.
 * @returns `{ model, before, after, winnerChanged, moves, summary }`, frozen.
 * @throws SocialValueError `invalid-input` for an unknown criterion or bid
 * (`changes.weights.x`), `weights-do-not-sum` when the new weights cannot sum to 100, and as
 * {@link evaluateTenders}.
 *
 * @example
 * ```ts
 * import { whatIf } from 'social-value';
 *
 * const model = {
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
 *   ],
 * } as const;
 * const bids = [
 *   { id: 'A', price: 100, responses: { quality: 4 } },
 *   { id: 'B', price: 125, responses: { quality: 5 } },
 * ];
 * const result = whatIf(model, bids, { weights: { price: 60 } });
 * result.model.criteria[0]?.weight.toString(); // => '40'
 * result.after.winner?.bid; // => 'A'
 * result.winnerChanged; // => true
 * ```
 */
export function whatIf(
  model: EvaluationModel | EvaluationModelInput,
  bids: readonly BidInput[],
  changes: WhatIfChanges,
): WhatIfResult {
  const checked = modelOf(model);
  const parsedBids = parseBids(bids);
  const parsedChanges = parseInput(changesSchema, changes, 'changes', ['changes']);
  const changedModel = reweigh(checked, parsedChanges.weights ?? {}, parsedChanges.rescale);
  const before = evaluateParsed(checked, parsedBids);
  const after = evaluateParsed(changedModel, reprice(parsedBids, parsedChanges.prices ?? {}));
  const winnerChanged = (before.winner?.bid ?? null) !== (after.winner?.bid ?? null);
  const afterById = new Map(after.ranking.map((bid) => [bid.bid, bid]));
  const moves = before.ranking
    .map((bid) => {
      const later = afterById.get(bid.bid)!;
      return {
        bid: bid.bid,
        rankBefore: bid.rank,
        rankAfter: later.rank,
        totalBefore: bid.total,
        totalAfter: later.total,
      };
    })
    .sort((a, b) => (a.bid < b.bid ? -1 : a.bid > b.bid ? 1 : 0));
  const name = (evaluation: TenderEvaluation) => evaluation.winner?.bid ?? 'no single winner';
  const summary = winnerChanged
    ? `The winner changes from ${name(before)} to ${name(after)}.`
    : `The winner stays ${name(before)}${after.winner === null ? '' : ` (total ${show(after.winner.total)})`}.`;
  return deepFreeze({ model: changedModel, before, after, winnerChanged, moves, summary });
}
