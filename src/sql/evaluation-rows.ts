import type {
  CriterionScore,
  DisqualificationReason,
  RankedBid,
  TenderEvaluation,
  TieReport,
} from '../evaluation/types.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { RowKeys, Rows, TenderEvaluationTable } from './types.js';

/** A criterion score with its bid, its parent criterion (for a sub-criterion) and position. */
interface Score {
  readonly bid: string;
  readonly parent: string | undefined;
  readonly position: number;
  readonly score: CriterionScore;
}

/** Every score of every bid: criteria in model order, each followed by its sub-criteria. */
function scoresOf(ranking: readonly RankedBid[]): Score[] {
  const scores: Score[] = [];
  for (const entry of ranking) {
    let position = 0;
    for (const score of entry.criteria) {
      scores.push({ bid: entry.bid, parent: undefined, position: position++, score });
      for (const sub of score.subCriteria ?? []) {
        scores.push({ bid: entry.bid, parent: score.criterion, position: position++, score: sub });
      }
    }
  }
  return scores;
}

/**
 * The tables of a tender evaluation, under `keys.evaluation`: the evaluation, each bid as
 * ranked (with its abnormally low check), why bids were disqualified, every criterion (and
 * sub-criterion) score with its formula, and the ties and how they were settled. Internal.
 */
export function evaluationRows(
  evaluation: TenderEvaluation,
  keys: RowKeys,
  format: CellFormat,
): Rows<TenderEvaluationTable>['tables'] {
  const id = () => keys.evaluation;
  const reasons = evaluation.ranking.flatMap((entry) =>
    entry.disqualified === false
      ? []
      : entry.disqualified.findings.map((reason, position) => ({
          bid: entry.bid,
          position,
          reason,
        })),
  );
  return {
    tender_evaluations: tableOf('tender_evaluations', [evaluation], format, (column) => [
      column('evaluation_id', id),
      column('contract_id', () => keys.contract),
      column('method', (e: TenderEvaluation) => e.method),
      column('better', (e) => e.better),
      column('winner_bid_id', (e) => e.winner?.bid),
      column('rounding_places', (e) => e.rounding?.places),
      column('rounding_mode', (e) => e.rounding?.mode),
      column('bid_count', (e) => e.ranking.length),
      column('summary', (e) => e.summary),
    ]),
    tender_bids: tableOf(
      'tender_bids',
      evaluation.ranking.map((bid, position) => ({ bid, position })),
      format,
      (column) => [
        column('evaluation_id', id),
        column('bid_id', (entry: { bid: RankedBid; position: number }) => entry.bid.bid),
        column('position', (entry) => entry.position),
        column('rank', (entry) => entry.bid.rank),
        column('total', (entry) => entry.bid.total),
        column('price', (entry) => entry.bid.price),
        column('ranking_value', (entry) => entry.bid.rankingValue),
        column('disqualified', (entry) => entry.bid.disqualified !== false),
        column('tie_group', (entry) => entry.bid.tie?.group),
        column('tie_decided_by', (entry) => entry.bid.tie?.decidedBy),
        column('abnormally_low_code', (entry) => entry.bid.abnormallyLow?.code),
        column('abnormally_low_flagged', (entry) => entry.bid.abnormallyLow?.flagged),
        column('adjusted_average', (entry) => entry.bid.abnormallyLow?.adjustedAverage),
        column('average_limit', (entry) => entry.bid.abnormallyLow?.averageLimit),
        column('lowest_other', (entry) => entry.bid.abnormallyLow?.lowestOther),
        column('proximity_margin', (entry) => entry.bid.abnormallyLow?.proximityMargin),
        column('abnormally_low_message', (entry) => entry.bid.abnormallyLow?.message),
        column('abnormally_low_basis', ({ bid }) =>
          bid.abnormallyLow === null ? null : (bid.abnormallyLow.basis ?? 'average'),
        ),
        column('median_price', (entry) => entry.bid.abnormallyLow?.medianPrice),
        column('median_limit', (entry) => entry.bid.abnormallyLow?.medianLimit),
        column('below_average', (entry) => entry.bid.abnormallyLow?.belowAverage),
        column('below_median', (entry) => entry.bid.abnormallyLow?.belowMedian),
        column('beyond_proximity', (entry) => entry.bid.abnormallyLow?.beyondProximity),
      ],
    ),
    tender_disqualifications: tableOf('tender_disqualifications', reasons, format, (column) => [
      column('evaluation_id', id),
      column(
        'bid_id',
        (entry: { bid: string; position: number; reason: DisqualificationReason }) => entry.bid,
      ),
      column('position', (entry) => entry.position),
      column('code', (entry) => entry.reason.code),
      column('severity', (entry) => entry.reason.severity),
      column('message', (entry) => entry.reason.message),
      column('criterion_id', (entry) => entry.reason.criterion),
    ]),
    criterion_scores: tableOf(
      'criterion_scores',
      scoresOf(evaluation.ranking),
      format,
      (column) => [
        column('evaluation_id', id),
        column('bid_id', (entry: Score) => entry.bid),
        column('criterion_id', (entry) => entry.score.criterion),
        column('parent_criterion_id', (entry) => entry.parent),
        column('position', (entry) => entry.position),
        column('criterion_name', (entry) => entry.score.criterionName),
        column('criterion_kind', (entry) => entry.score.criterionKind),
        column('method', (entry) => entry.score.method),
        column('weight', (entry) => entry.score.weight),
        column('raw', (entry) => entry.score.raw),
        column('score_share', (entry) => entry.score.scoreShare),
        column('weighted_score', (entry) => entry.score.weightedScore),
        column('unrounded_weighted_score', (entry) => entry.score.unroundedWeightedScore),
        column('formula', (entry) => entry.score.formula),
        column('inputs', (entry) => jsonText(entry.score.inputs)),
        column('marks', (entry) =>
          entry.score.marks === undefined ? undefined : jsonText(entry.score.marks),
        ),
        column('reason', (entry) => entry.score.reason),
      ],
    ),
    tender_ties: tableOf(
      'tender_ties',
      evaluation.ties.map((tie, group) => ({ tie, group })),
      format,
      (column) => [
        column('evaluation_id', id),
        column('tie_group', (entry: { tie: TieReport; group: number }) => entry.group),
        column('bids', (entry) => jsonText(entry.tie.bids)),
        column('decided', (entry) => entry.tie.decided),
        column('decided_by', (entry) => jsonText(entry.tie.decidedBy)),
        column('reason', (entry) => entry.tie.reason),
      ],
    ),
  };
}
