import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { modelOf } from './define-evaluation.js';
import { rankBids } from './rank-bids.js';
import { bidsSchema, type ParsedBid } from './schemas.js';
import { scoreBids } from './score-bids.js';
import { show } from './score-leaf.js';
import type { BidInput, EvaluationModel, EvaluationModelInput, TenderEvaluation } from './types.js';
import { checkUniqueBids } from './unique-bids.js';

/** Reads and checks the bids. Internal. */
export function parseBids(bids: readonly BidInput[]): ParsedBid[] {
  const parsed = parseInput(bidsSchema, bids, 'bids', ['bids']);
  checkUniqueBids(parsed);
  return parsed;
}

/** Evaluates bids already read. Internal. */
export function evaluateParsed(
  model: EvaluationModel,
  bids: readonly ParsedBid[],
): TenderEvaluation {
  const { ranking, ties } = rankBids(model, scoreBids(model, bids));
  const first = ranking.filter((bid) => bid.rank === 1);
  const winner = first.length === 1 ? first[0]! : null;
  const out = ranking.filter((bid) => bid.disqualified !== false).length;
  const figure =
    model.method === 'weighted'
      ? (total: string) => `${total} of 100`
      : model.method === 'price-per-quality-point'
        ? (value: string) => `£${value} per quality point`
        : (value: string) => `an adjusted price of £${value}`;
  const lead =
    winner !== null
      ? `${winner.bid} wins with ${figure(show(winner.rankingValue))}`
      : first.length > 1
        ? `${first.map((bid) => bid.bid).join(' and ')} tie for first place with ${figure(show(first[0]!.rankingValue))}: no winner until the tie is settled`
        : 'No bid qualifies';
  const summary = `${lead}${out > 0 ? `; ${out} disqualified` : ''}.`;
  return deepFreeze({
    method: model.method,
    better: model.method === 'weighted' ? 'higher' : 'lower',
    ranking,
    winner,
    ties,
    rounding: model.rounding ?? null,
    summary,
  });
}

/**
 * Scores and ranks tenders exactly against an evaluation model. For every bid and criterion
 * the result shows the raw input (price, combined mark or £ offer), the normalised score (a
 * share from 0 to 1), the weighted score and the inputs of its formula (the lowest price, the
 * mean, the highest offer used…), then the `total`, the `rank` and whether the bid is
 * `disqualified` and why (below a minimum, missing input when the model allows it, abnormally
 * low when the buyer excludes such bids). Ties are broken by the model's rules, in order, and
 * reported as ties whether settled or not; an undecided tie for first place leaves `winner`
 * `null`. The ranking does not depend on the order of the bids.
 *
 * Relative methods (lowest price, mean price, highest offer) compare against the bids still in
 * after the checks that do not depend on other bids (missing input, abnormally low, minimums on
 * marks, linear prices and SVA); minimums on relative scores are checked last, without
 * rescoring.
 *
 * A £ social value offer may be an amount or any object with a `total` field, such as the
 * `Valuation` returned by `valuePledges`.
 *
 * @param model - A model from {@link defineEvaluation} (or its input, checked on the way).
 * @param bids - The bids: id, price and responses by criterion id.
 * @returns `{ ranking, winner, ties, summary, … }`, frozen.
 * @throws SocialValueError `invalid-input` (e.g. a price of 0 at `bids[1].price`),
 * `duplicate-bid` (`bids[2].id`), `mark-out-of-scale` (`bids[0].responses.quality.marks[1]`),
 * `missing-input` (unless the model's `missingInput` is `disqualify`).
 *
 * @example
 * ```ts
 * import { evaluateTenders } from 'social-value';
 *
 * const model = {
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
 *     { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
 *   ],
 * } as const;
 * const result = evaluateTenders(model, [
 *   { id: 'A', price: 1000000, responses: { quality: 4, sv: 50000 } },
 *   { id: 'B', price: 1200000, responses: { quality: { marks: [5, 5, 4], moderated: 5 }, sv: 20000 } },
 *   { id: 'C', price: 1050000, responses: { quality: 4, sv: { total: 300000 } } },
 * ]);
 * result.winner?.bid; // => 'C'
 * result.ranking.map((bid) => bid.bid); // => ['C', 'B', 'A']
 * result.ranking[1]?.total.toString(); // => '85.66666666666666666666666666666666666667'
 * ```
 */
export function evaluateTenders(
  model: EvaluationModel | EvaluationModelInput,
  bids: readonly BidInput[],
): TenderEvaluation {
  const checked = modelOf(model);
  return evaluateParsed(checked, parseBids(bids));
}
