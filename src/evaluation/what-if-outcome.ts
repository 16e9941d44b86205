import { idText } from '../core/id-text.js';
import { byCodeUnits } from '../core/text.js';
import { scoreText } from './amount-text.js';
import type { TenderEvaluation, WhatIfResult } from './types.js';

/**
 * What moved between two evaluations of the same bids: whether the winner changed, each bid's
 * rank and total before and after (by bid id), and the summary. Internal: written by `whatIf`
 * and checked by the what-if snapshot reader, so that an edited snapshot is refused.
 */
export function whatIfOutcome(
  before: TenderEvaluation,
  after: TenderEvaluation,
): Pick<WhatIfResult, 'winnerChanged' | 'moves' | 'summary'> {
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
    .sort((a, b) => byCodeUnits(a.bid, b.bid));
  const name = (evaluation: TenderEvaluation) =>
    evaluation.winner === null ? 'no single winner' : idText(evaluation.winner.bid);
  const summary = winnerChanged
    ? `The winner changes from ${name(before)} to ${name(after)}.`
    : after.winner === null
      ? 'There is still no single winner.'
      : `The winner stays ${name(before)} (total ${scoreText(after.winner.total)}).`;
  return { winnerChanged, moves, summary };
}
