import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { countText } from '../core/text.js';
import { amountText, scoreText } from './amount-text.js';
import type { EvaluationMethod, RankedBid } from './types.js';

/**
 * The summary of a tender evaluation: the winner and its ranking value, the bids tied for first
 * place or that no bid qualifies, and how many are disqualified. Internal: written by
 * `evaluateTenders` and checked by the tender-evaluation snapshot reader, so that an edited
 * summary is refused.
 */
export function evaluationSummary(method: EvaluationMethod, ranking: readonly RankedBid[]): string {
  const first = ranking.filter((bid) => bid.rank === 1);
  const out = ranking.filter((bid) => bid.disqualified !== false).length;
  const figure = (value: Decimal) =>
    method === 'weighted'
      ? `${scoreText(value)} of 100`
      : method === 'price-per-quality-point'
        ? `${amountText(value)} per quality point`
        : `an adjusted price of ${amountText(value)}`;
  const lead =
    first.length === 1
      ? `${idText(first[0]!.bid)} wins with ${figure(first[0]!.rankingValue)}`
      : first.length > 1
        ? `${listed(first.map((bid) => idText(bid.bid)))} tie for first place with ${figure(first[0]!.rankingValue)}: no winner until the tie is settled`
        : 'No bid qualifies';
  return `${lead}${out > 0 ? `; ${countText(out)} disqualified` : ''}.`;
}
