import type { Decimal } from '../core/decimal.js';
import { listed } from '../core/listing.js';
import { sumDecimals } from '../core/sum.js';
import { byCodeUnits } from '../core/text.js';
import type { ScoredBid } from './score-bids.js';
import type {
  CriterionScore,
  EvaluationModel,
  RankedBid,
  TieBreakRule,
  TieReport,
} from './types.js';

/** The name of a tie-break rule in results. Internal. */
export function ruleName(rule: TieBreakRule): string {
  return typeof rule === 'string' ? rule : `higher ${rule.criterion}`;
}

function weightedOf(
  criteria: readonly CriterionScore[],
  pick: (score: CriterionScore) => boolean,
): Decimal {
  const all = criteria.flatMap((score) => [score, ...(score.subCriteria ?? [])]);
  return sumDecimals(all.filter(pick).map((score) => score.weightedScore));
}

/** Compares two bids on one rule: negative when `a` goes first. */
function compareOnRule(rule: TieBreakRule, a: ScoredBid, b: ScoredBid): number {
  if (rule === 'lower-price') {
    if (a.price === null || b.price === null)
      return (a.price === null ? 1 : 0) - (b.price === null ? 1 : 0);
    return a.price.comparedTo(b.price);
  }
  const pick =
    rule === 'higher-quality'
      ? (score: CriterionScore) =>
          score.criterionKind === 'quality' && score.subCriteria === undefined
      : rule === 'higher-social-value'
        ? (score: CriterionScore) =>
            score.criterionKind === 'social-value' && score.subCriteria === undefined
        : (score: CriterionScore) => score.criterion === rule.criterion;
  return weightedOf(b.criteria, pick).comparedTo(weightedOf(a.criteria, pick));
}

const byBid = (a: { bid: string }, b: { bid: string }) => byCodeUnits(a.bid, b.bid);

/**
 * Ranks the qualifying bids (competition ranking: 1, 1, 3), applies the tie-break rules in
 * order, reports every group with the same ranking value, and lists disqualified bids after
 * them. Linear in the size of each tie group. Internal.
 */
export function rankBids(
  model: EvaluationModel,
  scored: readonly ScoredBid[],
): { ranking: RankedBid[]; ties: TieReport[] } {
  const sign = model.method === 'weighted' ? -1 : 1;
  const primary = (a: ScoredBid, b: ScoredBid) => sign * a.rankingValue.comparedTo(b.rankingValue);
  const byRules = (a: ScoredBid, b: ScoredBid): { order: number; rule: string | null } => {
    for (const rule of model.tieBreak) {
      const order = compareOnRule(rule, a, b);
      if (order !== 0) return { order, rule: ruleName(rule) };
    }
    return { order: 0, rule: null };
  };
  const qualifying = scored
    .filter((bid) => bid.reasons.length === 0)
    .sort((a, b) => primary(a, b) || byRules(a, b).order || byBid(a, b));

  const ranks: number[] = [];
  qualifying.forEach((bid, index) => {
    const previous = qualifying[index - 1];
    const same =
      previous !== undefined && primary(previous, bid) === 0 && byRules(previous, bid).order === 0;
    ranks.push(same ? ranks[index - 1]! : index + 1);
  });

  const ruleOrder = model.tieBreak.map(ruleName);
  const ties: TieReport[] = [];
  const tieOf = new Map<string, RankedBid['tie']>();
  const what = model.method === 'weighted' ? 'total' : 'the ranking value';
  let start = 0;
  while (start < qualifying.length) {
    let end = start + 1;
    while (end < qualifying.length && primary(qualifying[start]!, qualifying[end]!) === 0) end += 1;
    if (end - start > 1) {
      const group = qualifying.slice(start, end);
      const groupRanks = ranks.slice(start, end);
      const shared = new Map<number, number>();
      for (const rank of groupRanks) shared.set(rank, (shared.get(rank) ?? 0) + 1);
      const rules = new Set<string>();
      group.forEach((bid, index) => {
        const decidedBy =
          shared.get(groupRanks[index]!)! > 1
            ? null
            : ([group[index - 1], group[index + 1]]
                .flatMap((other) => {
                  const rule = other === undefined ? null : byRules(other, bid).rule;
                  return rule === null ? [] : [rule];
                })
                .sort((a, b) => ruleOrder.indexOf(b) - ruleOrder.indexOf(a))[0] ?? null);
        if (decidedBy !== null) rules.add(decidedBy);
        tieOf.set(bid.bid, { group: ties.length, decidedBy });
      });
      const ids = group.map((bid) => bid.bid).sort(byCodeUnits);
      const decided = shared.size === group.length;
      const named = listed(ids);
      ties.push({
        bids: ids,
        decided,
        decidedBy: [...rules],
        reason: decided
          ? `${named} tie on ${what}; the tie-break (${[...rules].join(', ')}) orders them.`
          : `${named} tie on ${what} and ${rules.size === 0 ? 'no tie-break rule separates them' : 'the tie-break does not separate them all'}: a declared tie.`,
      });
    }
    start = end;
  }

  const ranked: RankedBid[] = qualifying.map((bid, index) =>
    toRanked(bid, ranks[index]!, false, tieOf.get(bid.bid) ?? null),
  );
  const out: RankedBid[] = scored
    .filter((bid) => bid.reasons.length > 0)
    .sort(byBid)
    .map((bid) => toRanked(bid, null, { findings: bid.reasons }, null));
  return { ranking: [...ranked, ...out], ties };
}

function toRanked(
  bid: ScoredBid,
  rank: number | null,
  disqualified: RankedBid['disqualified'],
  tie: RankedBid['tie'],
): RankedBid {
  return {
    bid: bid.bid,
    rank,
    total: bid.total,
    price: bid.price,
    rankingValue: bid.rankingValue,
    criteria: bid.criteria,
    disqualified,
    abnormallyLow: bid.abnormallyLow,
    tie,
  };
}
