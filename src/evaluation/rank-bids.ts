import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { byCodeUnits } from '../core/text.js';
import type { Scored } from './criterion-score.js';
import { type Fraction, fraction, quotientOf, sumOf } from './fraction.js';
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

/** Which scores (leaves and groups alike) a rule adds up; `null` for `lower-price`. Internal. */
export function pickOf(rule: TieBreakRule): ((score: CriterionScore) => boolean) | null {
  if (rule === 'lower-price') return null;
  if (rule === 'higher-quality') {
    return (score) => score.criterionKind === 'quality' && score.subCriteria === undefined;
  }
  if (rule === 'higher-social-value') {
    return (score) => score.criterionKind === 'social-value' && score.subCriteria === undefined;
  }
  return (score) => score.criterion === rule.criterion;
}

/**
 * The sum of the weighted scores a rule picks, over the criteria and their sub-criteria: added
 * as fractions and divided once (the published scores, when the model rounds them).
 */
function weightedOf(
  scored: readonly Scored[],
  pick: (score: CriterionScore) => boolean,
  rounding: boolean,
): Decimal {
  const picked: Fraction[] = [];
  const add = ({ score, exact, parts }: Scored) => {
    if (pick(score)) picked.push(rounding ? fraction(score.weightedScore) : exact);
    parts?.forEach(add);
  };
  scored.forEach(add);
  return quotientOf(sumOf(picked));
}

/** A bid being ranked, with its tie-break keys worked out when a tie first needs them. */
interface Contender {
  readonly scored: ScoredBid;
  keys: (Decimal | null | undefined)[] | undefined;
}

const byBid = (a: { bid: string }, b: { bid: string }) => byCodeUnits(a.bid, b.bid);

/**
 * Ranks the qualifying bids (competition ranking: 1, 1, 3), applies the tie-break rules in
 * order, reports every group with the same ranking value, and lists disqualified bids after
 * them. Each bid's tie-break keys are worked out once, and only when it ties. Internal.
 */
export function rankBids(
  model: EvaluationModel,
  scored: readonly ScoredBid[],
): { ranking: readonly RankedBid[]; ties: readonly TieReport[] } {
  const sign = model.method === 'weighted' ? -1 : 1;
  const rules = model.tieBreak;
  const picks = rules.map(pickOf);
  const ruleNames = rules.map(ruleName);

  /** The key of rule `index`: the sum it picks (0 when none), or the price for `lower-price`. */
  const keyOf = (bid: Contender, index: number): Decimal | null => {
    const pick = picks[index];
    bid.keys ??= [];
    bid.keys[index] ??= pick
      ? weightedOf(bid.scored.scored, pick, model.rounding !== undefined)
      : bid.scored.price;
    return bid.keys[index] as Decimal | null;
  };
  /** Compares two bids on one rule: negative when `a` goes first (a bid without a price last). */
  const compareOnRule = (index: number, a: Contender, b: Contender): number => {
    const ka = keyOf(a, index);
    const kb = keyOf(b, index);
    if (ka === null || kb === null) return Number(ka === null) - Number(kb === null);
    return picks[index] === null ? ka.comparedTo(kb) : kb.comparedTo(ka);
  };
  const primary = (a: Contender, b: Contender) =>
    sign * a.scored.rankingValue.comparedTo(b.scored.rankingValue);
  /** The first rule that orders two bids, and how; `rule` -1 when none does. */
  const byRules = (a: Contender, b: Contender): { order: number; rule: number } => {
    for (let index = 0; index < rules.length; index += 1) {
      const order = compareOnRule(index, a, b);
      if (order !== 0) return { order, rule: index };
    }
    return { order: 0, rule: -1 };
  };

  const qualifying: Contender[] = [];
  const out: ScoredBid[] = [];
  for (const bid of scored) {
    if (bid.reasons.length === 0) qualifying.push({ scored: bid, keys: undefined });
    else out.push(bid);
  }
  qualifying.sort((a, b) => primary(a, b) || byRules(a, b).order || byBid(a.scored, b.scored));

  // Competition ranks; ties on the ranking value, each with the rules that placed its bids.
  const ranks: number[] = [];
  const tieOf: (RankedBid['tie'] | null)[] = [];
  const ties: TieReport[] = [];
  const what = model.method === 'weighted' ? 'total' : 'the ranking value';
  let start = 0;
  while (start < qualifying.length) {
    let end = start + 1;
    while (end < qualifying.length && primary(qualifying[start]!, qualifying[end]!) === 0) end += 1;
    // Within a group the ranking value is equal: only the rules separate neighbours. The rule
    // separating each bid from the one before it, -1 when none does, -2 at the group's edges.
    const orderedBy: number[] = [];
    for (let index = start; index < end; index += 1) {
      const rule = index === start ? -2 : byRules(qualifying[index - 1]!, qualifying[index]!).rule;
      orderedBy.push(rule);
      ranks.push(rule === -1 ? ranks[index - 1]! : index + 1);
    }
    if (end - start === 1) {
      tieOf.push(null);
    } else {
      const group = ties.length;
      const used = new Set<number>();
      for (let offset = 0; offset < end - start; offset += 1) {
        // A bid alone at its rank was placed by the later rule of the two beside it.
        const before = orderedBy[offset]!;
        const after = orderedBy[offset + 1] ?? -2;
        const rule = before === -1 || after === -1 ? -1 : Math.max(before, after);
        if (rule !== -1) used.add(rule);
        tieOf.push(Object.freeze({ group, decidedBy: rule === -1 ? null : ruleNames[rule]! }));
      }
      const ids = qualifying
        .slice(start, end)
        .map((bid) => bid.scored.bid)
        .sort(byCodeUnits);
      const decided = !orderedBy.includes(-1);
      const decidedBy = [...new Set([...used].map((rule) => ruleNames[rule]!))];
      const named = listed(ids.map(idText));
      ties.push(
        Object.freeze({
          bids: Object.freeze(ids),
          decided,
          decidedBy: Object.freeze(decidedBy),
          reason: decided
            ? `${named} tie on ${what}; the tie-break (${decidedBy.map(idText).join(', ')}) orders them.`
            : `${named} tie on ${what} and ${decidedBy.length === 0 ? 'no tie-break rule separates them' : 'the tie-break does not separate them all'}: a declared tie.`,
        }),
      );
    }
    start = end;
  }

  const ranking: RankedBid[] = qualifying.map((bid, index) =>
    toRanked(bid.scored, ranks[index]!, false, tieOf[index]!),
  );
  out.sort(byBid);
  for (const bid of out) {
    ranking.push(
      toRanked(bid, null, Object.freeze({ findings: Object.freeze([...bid.reasons]) }), null),
    );
  }
  return { ranking: Object.freeze(ranking), ties: Object.freeze(ties) };
}

function toRanked(
  bid: ScoredBid,
  rank: number | null,
  disqualified: RankedBid['disqualified'],
  tie: RankedBid['tie'],
): RankedBid {
  return Object.freeze({
    bid: bid.bid,
    rank,
    total: bid.total,
    price: bid.price,
    rankingValue: bid.rankingValue,
    criteria: bid.criteria,
    disqualified,
    // Frozen when found (see flag-abnormally-low.ts).
    abnormallyLow: bid.abnormallyLow,
    tie,
  });
}
