import { Decimal } from '../core/decimal.js';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { recordFrom } from '../core/record.js';
import { roundAt, roundingOf } from '../core/round-money.js';
import { sumDecimals } from '../core/sum.js';
import { plural } from '../core/text.js';
import { figureText, percentText } from '../core/wording.js';
import { abnormallyLowClause, findAbnormallyLow } from './flag-abnormally-low.js';
import { type LeafReading, readResponse } from './read-response.js';
import type { ParsedBid } from './schemas.js';
import { type References, scoreLeaf } from './score-leaf.js';
import type {
  AbnormallyLowFinding,
  Criterion,
  CriterionScore,
  DisqualificationCode,
  DisqualificationReason,
  EvaluationModel,
  Scoring,
  SubCriterion,
} from './types.js';

/** A bid scored on every criterion, before ranking. Internal. */
export interface ScoredBid {
  readonly bid: string;
  readonly price: Decimal | null;
  readonly total: Decimal;
  readonly rankingValue: Decimal;
  readonly criteria: CriterionScore[];
  readonly reasons: DisqualificationReason[];
  readonly abnormallyLow: AbnormallyLowFinding | null;
}

type Leaf = Criterion | SubCriterion;
type Path = readonly PropertyKey[];

const ZERO = new Decimal(0);

/** The leaves (scored criteria) of a model, in order. Internal. */
export function leavesOf(model: EvaluationModel): Leaf[] {
  return model.criteria.flatMap((criterion): Leaf[] => [...(criterion.subCriteria ?? [criterion])]);
}

function reason(
  code: DisqualificationCode,
  message: string,
  criterion?: string,
): DisqualificationReason {
  return { code, severity: 'error', message, ...(criterion === undefined ? {} : { criterion }) };
}

function isRelative(scoring: Scoring): boolean {
  switch (scoring.method) {
    case 'relative-to-lowest':
    case 'mean-based':
    case 'relative-to-highest':
      return true;
    case 'blend':
      return scoring.quantitative.method === 'relative-to-highest';
    default:
      return false;
  }
}

function throwIssues(
  code: 'mark-out-of-scale' | 'missing-input' | 'invalid-input',
  issues: SocialValueIssue[],
): never {
  const what = {
    'mark-out-of-scale': 'Marks outside their scale',
    'missing-input': 'Bids missing an input',
    'invalid-input': 'Invalid bids',
  }[code];
  throw new SocialValueError({
    code,
    message: `${what}: ${plural(issues.length, 'problem')}.`,
    issues,
  });
}

/** The lowest and mean price and the highest offer of the bids `included`, per leaf. */
function references(
  leaves: readonly Leaf[],
  readings: readonly (readonly (LeafReading | undefined)[])[],
  included: readonly boolean[],
): References[] {
  return leaves.map((_, leafIndex) => {
    const pick = (all: boolean) => {
      let lowest: Decimal | undefined;
      let highest: Decimal | undefined;
      let sum = ZERO;
      let count = 0;
      let any = false;
      readings.forEach((row, bidIndex) => {
        if (!all && !included[bidIndex]) return;
        const reading = row[leafIndex];
        if (reading === undefined) return;
        any = true;
        if (reading.price !== undefined) {
          if (lowest === undefined || reading.price.lt(lowest)) lowest = reading.price;
          sum = sum.plus(reading.price);
          count += 1;
        }
        if (reading.offer !== undefined && (highest === undefined || reading.offer.gt(highest))) {
          highest = reading.offer;
        }
      });
      return { any, lowest, highest, sum, count };
    };
    let refs = pick(false);
    if (!refs.any) refs = pick(true);
    return {
      ...(refs.lowest === undefined
        ? {}
        : { lowest: refs.lowest, mean: divide(refs.sum, refs.count) }),
      ...(refs.highest === undefined ? {} : { highest: refs.highest }),
    };
  });
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function leafScore(
  model: EvaluationModel,
  leaf: Leaf,
  reading: LeafReading | undefined,
  refs: References,
): CriterionScore {
  if (reading === undefined) {
    return {
      criterion: leaf.id,
      criterionName: leaf.name,
      criterionKind: leaf.kind,
      method: leaf.scoring!.method,
      weight: leaf.weight,
      raw: null,
      scoreShare: ZERO,
      weightedScore: ZERO,
      formula: 'no input',
      inputs: {},
      reason: `${leaf.name}: no input, scored 0.`,
    };
  }
  const scored = scoreLeaf(leaf.scoring!, reading, refs);
  const exact = scored.weigh(leaf.weight);
  const rounding = model.rounding;
  const rounded =
    rounding === undefined ? exact : roundAt(exact, rounding.places, roundingOf(rounding.mode));
  // Built key by key, optional keys last (the order its JSON snapshot is read in).
  const score: Writable<CriterionScore> = {
    criterion: leaf.id,
    criterionName: leaf.name,
    criterionKind: leaf.kind,
    method: leaf.scoring!.method,
    weight: leaf.weight,
    raw: scored.raw,
    scoreShare: scored.scoreShare,
    weightedScore: rounded,
    formula: scored.formula,
    inputs: scored.inputs,
    reason: `${leaf.name}: ${scored.reason}; × weight ${figureText(leaf.weight)} = ${figureText(rounded)}.`,
  };
  if (rounding !== undefined) score.unroundedWeightedScore = exact;
  if (reading.marks !== undefined) score.marks = reading.marks;
  return score;
}

function criterionScore(criterion: Criterion, leaves: CriterionScore[]): CriterionScore {
  if (criterion.subCriteria === undefined) return leaves[0]!;
  const weighted = sumDecimals(leaves.map((leaf) => leaf.weightedScore));
  const exact = sumDecimals(
    leaves.map((leaf) => leaf.unroundedWeightedScore ?? leaf.weightedScore),
  );
  const score: Writable<CriterionScore> = {
    criterion: criterion.id,
    criterionName: criterion.name,
    criterionKind: criterion.kind,
    method: 'group',
    weight: criterion.weight,
    raw: null,
    scoreShare: criterion.weight.isZero() ? ZERO : divide(exact, criterion.weight),
    weightedScore: weighted,
    formula: 'sum of the sub-criteria weighted scores',
    inputs: recordFrom(leaves.map((leaf) => [leaf.criterion, leaf.weightedScore] as const)),
    reason: `${criterion.name}: ${leaves.map((leaf) => `${leaf.criterion} ${figureText(leaf.weightedScore)}`).join(' + ')} = ${figureText(weighted)} of ${figureText(criterion.weight)}.`,
  };
  if (leaves.some((leaf) => leaf.unroundedWeightedScore !== undefined)) {
    score.unroundedWeightedScore = exact;
  }
  score.subCriteria = leaves;
  return score;
}

function minimumReasons(
  bid: string,
  leaf: Leaf | Criterion,
  score: CriterionScore,
  reading: LeafReading | undefined,
): DisqualificationReason[] {
  const reasons: DisqualificationReason[] = [];
  if (score.raw === null && score.method !== 'group') return reasons;
  if (leaf.minimumScoreShare !== undefined && score.scoreShare.lt(leaf.minimumScoreShare)) {
    reasons.push(
      reason(
        'below-minimum',
        `${bid} scored ${percentText(score.scoreShare)} of the marks on ${leaf.name}, below the minimum of ${percentText(leaf.minimumScoreShare)}.`,
        leaf.id,
      ),
    );
  }
  const mark = reading?.mark;
  if (leaf.minimumMark !== undefined && mark?.lt(leaf.minimumMark) === true) {
    reasons.push(
      reason(
        'below-minimum',
        `${bid} was marked ${figureText(mark)} on ${leaf.name}, below the minimum mark of ${figureText(leaf.minimumMark)}.`,
        leaf.id,
      ),
    );
  }
  return reasons;
}

interface BidScores {
  readonly criteria: CriterionScore[];
  readonly total: Decimal;
}

function scoreBid(
  model: EvaluationModel,
  leaves: readonly Leaf[],
  row: readonly (LeafReading | undefined)[],
  refs: readonly References[],
): BidScores {
  const leafScores = leaves.map((leaf, index) => leafScore(model, leaf, row[index], refs[index]!));
  let cursor = 0;
  const criteria = model.criteria.map((criterion) => {
    const count = criterion.subCriteria?.length ?? 1;
    const own = leafScores.slice(cursor, cursor + count);
    cursor += count;
    return criterionScore(criterion, own);
  });
  return { criteria, total: sumDecimals(criteria.map((criterion) => criterion.weightedScore)) };
}

function checkMinimums(
  model: EvaluationModel,
  bid: string,
  scores: BidScores,
  row: readonly (LeafReading | undefined)[],
  relative: boolean,
): DisqualificationReason[] {
  const reasons: DisqualificationReason[] = [];
  let leafIndex = 0;
  model.criteria.forEach((criterion, index) => {
    const score = scores.criteria[index]!;
    const subs = criterion.subCriteria ?? [];
    subs.forEach((sub, subIndex) => {
      if (isRelative(sub.scoring) === relative) {
        reasons.push(
          ...minimumReasons(bid, sub, score.subCriteria![subIndex]!, row[leafIndex + subIndex]),
        );
      }
    });
    const groupRelative =
      subs.length === 0
        ? isRelative(criterion.scoring!)
        : subs.some((sub) => isRelative(sub.scoring));
    if (groupRelative === relative) {
      reasons.push(
        ...minimumReasons(bid, criterion, score, subs.length === 0 ? row[leafIndex] : undefined),
      );
    }
    leafIndex += Math.max(subs.length, 1);
  });
  const anyRelative = leavesOf(model).some((leaf) => isRelative(leaf.scoring!));
  if (
    model.minimumQualityPoints !== undefined &&
    anyRelative === relative &&
    scores.total.lt(model.minimumQualityPoints)
  ) {
    reasons.push(
      reason(
        'below-minimum',
        `${bid} scored ${figureText(scores.total)} quality points, below the minimum of ${figureText(model.minimumQualityPoints)}.`,
      ),
    );
  }
  return reasons;
}

function hasMinimums(model: EvaluationModel): boolean {
  const has = (leaf: {
    minimumScoreShare?: Decimal | undefined;
    minimumMark?: Decimal | undefined;
  }) => leaf.minimumScoreShare !== undefined || leaf.minimumMark !== undefined;
  return (
    model.minimumQualityPoints !== undefined ||
    model.criteria.some((criterion) => has(criterion) || (criterion.subCriteria ?? []).some(has))
  );
}

function rankingValue(model: EvaluationModel, total: Decimal, price: Decimal | null): Decimal {
  if (price === null || model.method === 'weighted') return total;
  if (model.method === 'value-for-money') return price.minus(total.times(model.willingnessToPay!));
  return total.isZero() ? price : divide(price, total);
}

/**
 * Reads, checks and scores every bid: marks out of scale, missing input (thrown or
 * disqualifying), the abnormally low check, minimums in two passes (scores that do not depend on
 * other bids first, then the references of relative methods from the bids still in, then the
 * minimums of relative methods). `root` is the path of the bids parameter. Internal.
 */
export function scoreBids(
  model: EvaluationModel,
  bids: readonly ParsedBid[],
  root: Path = ['bids'],
): ScoredBid[] {
  const leaves = leavesOf(model);
  const missing: SocialValueIssue[] = [];
  const invalid: SocialValueIssue[] = [];
  const outOfScale: SocialValueIssue[] = [];
  const reasons: DisqualificationReason[][] = bids.map(() => []);
  const readings = bids.map((bid, bidIndex) =>
    leaves.map((leaf) => {
      const outcome = readResponse(leaf.id, leaf.scoring!, bid, [...root, bidIndex]);
      for (const issue of outcome.invalid) invalid.push(issue);
      for (const issue of outcome.outOfScale) outOfScale.push(issue);
      for (const issue of outcome.missing) {
        missing.push(issue);
        reasons[bidIndex]!.push(
          reason(
            'missing-input',
            `${bid.id} gave no input for ${leaf.name} (${issue.path}).`,
            leaf.id,
          ),
        );
      }
      return outcome.reading;
    }),
  );
  if (model.method !== 'weighted') {
    bids.forEach((bid, bidIndex) => {
      if (bid.price !== undefined) return;
      const issue = issueAt([...root, bidIndex, 'price'], 'missing: expected a price');
      missing.push(issue);
      reasons[bidIndex]!.push(reason('missing-input', `${bid.id} gave no price (${issue.path}).`));
    });
  }
  if (outOfScale.length > 0) throwIssues('mark-out-of-scale', outOfScale);
  if (invalid.length > 0) throwIssues('invalid-input', invalid);
  if (missing.length > 0 && model.missingInput === 'error') throwIssues('missing-input', missing);

  const findings = new Map<string, AbnormallyLowFinding>();
  const check = model.abnormallyLow;
  if (check !== undefined) {
    const priced = bids.flatMap((bid) =>
      bid.price === undefined ? [] : [{ id: bid.id, price: bid.price }],
    );
    for (const finding of findAbnormallyLow(priced, check)) findings.set(finding.bid, finding);
    if (check.action === 'exclude') {
      bids.forEach((bid, bidIndex) => {
        const finding = findings.get(bid.id);
        if (finding?.flagged) {
          reasons[bidIndex]!.push(
            reason(
              'abnormally-low',
              `${bid.id} was excluded as abnormally low: its price ${abnormallyLowClause(finding, check)}.`,
            ),
          );
        }
      });
    }
  }

  const inAtStart = reasons.map((list) => list.length === 0);
  if (hasMinimums(model)) {
    const firstRefs = references(leaves, readings, inAtStart);
    bids.forEach((bid, bidIndex) => {
      if (!inAtStart[bidIndex]) return;
      const scores = scoreBid(model, leaves, readings[bidIndex]!, firstRefs);
      for (const found of checkMinimums(model, bid.id, scores, readings[bidIndex]!, false)) {
        reasons[bidIndex]!.push(found);
      }
    });
  }
  const inAfterAbsolute = reasons.map((list) => list.length === 0);
  const refs = references(
    leaves,
    readings,
    inAfterAbsolute.some(Boolean) ? inAfterAbsolute : inAtStart,
  );
  return bids.map((bid, bidIndex) => {
    const row = readings[bidIndex]!;
    const scores = scoreBid(model, leaves, row, refs);
    const list = reasons[bidIndex]!;
    if (inAfterAbsolute[bidIndex]) {
      for (const found of checkMinimums(model, bid.id, scores, row, true)) list.push(found);
    }
    const price = bid.price ?? null;
    if (model.method === 'price-per-quality-point' && scores.total.isZero() && list.length === 0) {
      list.push(
        reason(
          'no-quality-points',
          `${bid.id} scored no quality points, so its price per quality point has no value.`,
        ),
      );
    }
    return {
      bid: bid.id,
      price,
      total: scores.total,
      rankingValue: rankingValue(model, scores.total, price),
      criteria: scores.criteria,
      reasons: list,
      abnormallyLow: findings.get(bid.id) ?? null,
    };
  });
}
