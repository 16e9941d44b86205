import { seal } from '../core/brand.js';
import { readModel } from './define-evaluation.js';
import { evaluationSummary } from './evaluation-summary.js';
import { rankBids } from './rank-bids.js';
import { readBids } from './read-bids.js';
import type { ParsedBid } from './schemas.js';
import { type ScoredBid, scoreBids } from './score-bids.js';
import type { BidInput, EvaluationModel, EvaluationModelInput, TenderEvaluation } from './types.js';

/** Evaluates bids already read, into a sealed result. Internal. */
export function evaluateParsed(
  model: EvaluationModel,
  bids: readonly ParsedBid[],
): TenderEvaluation {
  return evaluationOf(model, scoreBids(model, bids));
}

/** Ranks bids already scored, into a sealed result. Internal. */
export function evaluationOf(
  model: EvaluationModel,
  scored: readonly ScoredBid[],
): TenderEvaluation {
  const { ranking, ties } = rankBids(model, scored);
  const first = ranking.filter((bid) => bid.rank === 1);
  const winner = first.length === 1 ? first[0]! : null;
  return seal(
    {
      kind: 'tender-evaluation',
      schemaVersion: 1,
      method: model.method,
      better: model.method === 'weighted' ? 'higher' : 'lower',
      ranking,
      winner,
      ties,
      rounding: model.rounding ?? null,
      summary: evaluationSummary(model.method, ranking),
    },
    'tender-evaluation',
  );
}

/**
 * Scores and ranks tenders exactly against an evaluation model. For every bid and criterion
 * the result shows the raw input (price, combined mark or £ offer), the score share (0 to 1 of
 * the criterion's marks), the weighted score in points and the inputs of its formula (the
 * lowest price, the mean, the highest offer used…), then the `total`, the `rank` and whether
 * the bid is `disqualified` and why (below a minimum, missing input when the model allows it,
 * abnormally low when the buyer excludes such bids). Ties are broken by the model's rules, in
 * order, and reported as ties whether settled or not; an undecided tie for first place leaves
 * `winner` `null`. The ranking does not depend on the order of the bids. Each score and each
 * total is one division to 34 significant digits, made last: exact when its value ends within
 * them, else that value rounded once (a total adds the exact scores, not the rounded ones).
 *
 * Relative methods (lowest price, mean price, highest offer) compare against the bids still in
 * after the checks that do not depend on other bids (missing input, abnormally low, minimums on
 * marks, linear prices and SVA); minimums on relative scores are checked last, without
 * rescoring.
 *
 * A £ social value offer is an amount, `{ total }`, or a `Valuation` from `valuePledges` (or
 * its JSON snapshot): its `total` is read, a stored one's only when its lines give it (each
 * line's value its quantity × attribution share × proxy value, the total their sum).
 *
 * @param model - A model from {@link defineEvaluation}, its input, or its JSON (checked on the
 * way).
 * @param bids - The bids: id, price and responses by criterion id (a response given as
 * `undefined` is missing, as if left out).
 * @returns `{ kind: 'tender-evaluation', ranking, winner, ties, summary, … }`, frozen.
 * @throws SocialValueError `invalid-input` (e.g. `model` that is not an evaluation model, a
 * price of 0 at `bids[1].price`, a stored valuation's edited total at
 * `bids[1].responses.sv.total`, a response under an unknown criterion at
 * `bids[0].responses.qualty`), `duplicate-bid` (`bids[2].id`), `mark-out-of-scale`
 * (`bids[0].responses.quality.marks[1]`), `missing-input` (unless the model's `missingInput` is
 * `disqualify`).
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
 * result.ranking[1]?.total.toString(); // => '85.66666666666666666666666666666667'
 * result.summary; // => 'C wins with 86.5714 of 100.'
 * ```
 */
export function evaluateTenders(
  model: EvaluationModel | EvaluationModelInput,
  bids: readonly BidInput[],
): TenderEvaluation {
  const checked = readModel(model, ['model']);
  return evaluateParsed(checked, readBids(bids, checked, ['bids']));
}
