import { Decimal } from '../core/decimal.js';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { formatGBP } from '../core/format-gbp.js';
import { roundMoney } from '../core/round-money.js';
import { sumDecimals } from '../core/sum.js';
import { issueAt } from './define-evaluation.js';
import { findAbnormallyLow } from './flag-abnormally-low.js';
import { type LeafReading, readResponse } from './read-response.js';
import type { ParsedBid } from './schemas.js';
import { type References, scoreLeaf, show } from './score-leaf.js';
import type {
  AbnormallyLowFinding,
  Criterion,
  CriterionScore,
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

const ZERO = new Decimal(0);

/** The leaves (scored criteria) of a model, in order. Internal. */
export function leavesOf(model: EvaluationModel): Leaf[] {
  return model.criteria.flatMap((criterion): Leaf[] => [...(criterion.subCriteria ?? [criterion])]);
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
) {
  const what = {
    'mark-out-of-scale': 'Marks outside their scale',
    'missing-input': 'Bids missing an input',
    'invalid-input': 'Invalid bids',
  }[code];
  throw new SocialValueError({
    code,
    message: `${what}: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}.`,
    issues,
  });
}

function references(
  leaves: readonly Leaf[],
  readings: readonly (readonly (LeafReading | undefined)[])[],
  included: readonly boolean[],
): References[] {
  return leaves.map((_, leafIndex) => {
    let pick = readings.map((row) => row[leafIndex]).filter((_, bid) => included[bid]);
    if (pick.every((reading) => reading === undefined))
      pick = readings.map((row) => row[leafIndex]);
    const prices = pick.flatMap((reading) => (reading?.price === undefined ? [] : [reading.price]));
    const offers = pick.flatMap((reading) => (reading?.offer === undefined ? [] : [reading.offer]));
    return {
      ...(prices.length === 0
        ? {}
        : { lowest: Decimal.min(...prices), mean: sumDecimals(prices).dividedBy(prices.length) }),
      ...(offers.length === 0 ? {} : { highest: Decimal.max(...offers) }),
    };
  });
}

function leafScore(
  model: EvaluationModel,
  leaf: Leaf,
  reading: LeafReading | undefined,
  refs: References,
): CriterionScore {
  const base = {
    criterion: leaf.id,
    name: leaf.name,
    kind: leaf.kind,
    method: leaf.scoring!.method,
    weight: leaf.weight,
  };
  if (reading === undefined) {
    return {
      ...base,
      raw: null,
      score: ZERO,
      weightedScore: ZERO,
      formula: 'no input',
      inputs: {},
      explanation: `${leaf.name}: no input, scored 0.`,
    };
  }
  const scored = scoreLeaf(leaf.scoring!, reading, refs);
  const exact = scored.weigh(leaf.weight);
  const rounded =
    model.rounding === undefined
      ? exact
      : roundMoney(exact, { places: model.rounding.places, mode: model.rounding.mode });
  const result: {
    -readonly [K in keyof CriterionScore]: CriterionScore[K];
  } = {
    criterion: leaf.id,
    name: leaf.name,
    kind: leaf.kind,
    method: leaf.scoring!.method,
    weight: leaf.weight,
    raw: scored.raw,
    score: scored.score,
    weightedScore: rounded,
    formula: scored.formula,
    inputs: scored.inputs,
    explanation: `${leaf.name}: ${scored.explanation}; × weight ${leaf.weight} = ${show(rounded)}.`,
  };
  if (model.rounding !== undefined) result.unroundedWeightedScore = exact;
  if (reading.marks !== undefined) result.marks = reading.marks;
  return result;
}

function criterionScore(criterion: Criterion, leaves: CriterionScore[]): CriterionScore {
  if (criterion.subCriteria === undefined) return leaves[0]!;
  const weighted = sumDecimals(leaves.map((leaf) => leaf.weightedScore));
  const exact = sumDecimals(
    leaves.map((leaf) => leaf.unroundedWeightedScore ?? leaf.weightedScore),
  );
  const score = criterion.weight.isZero() ? ZERO : exact.dividedBy(criterion.weight);
  const rounded = leaves.some((leaf) => leaf.unroundedWeightedScore !== undefined);
  return {
    criterion: criterion.id,
    name: criterion.name,
    kind: criterion.kind,
    method: 'group',
    weight: criterion.weight,
    raw: null,
    score,
    weightedScore: weighted,
    ...(rounded ? { unroundedWeightedScore: exact } : {}),
    formula: 'sum of the sub-criteria weighted scores',
    inputs: Object.fromEntries(leaves.map((leaf) => [leaf.criterion, leaf.weightedScore])),
    explanation: `${criterion.name}: ${leaves.map((leaf) => `${leaf.criterion} ${show(leaf.weightedScore)}`).join(' + ')} = ${show(weighted)} of ${criterion.weight}.`,
    subCriteria: leaves,
  };
}

function minimumReasons(
  leaf: Leaf | Criterion,
  score: CriterionScore,
  reading: LeafReading | undefined,
): DisqualificationReason[] {
  const reasons: DisqualificationReason[] = [];
  if (score.raw === null && score.method !== 'group') return reasons;
  if (leaf.minimumScore !== undefined && score.score.lt(leaf.minimumScore)) {
    reasons.push({
      kind: 'below-minimum',
      criterion: leaf.id,
      message: `scored ${show(score.score)} of 1 on ${leaf.name}, below the minimum score of ${leaf.minimumScore}`,
    });
  }
  const mark = reading?.mark;
  if (leaf.minimumMark !== undefined && mark?.lt(leaf.minimumMark) === true) {
    reasons.push({
      kind: 'below-minimum',
      criterion: leaf.id,
      message: `was marked ${show(mark)} on ${leaf.name}, below the minimum mark of ${leaf.minimumMark}`,
    });
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
          ...minimumReasons(sub, score.subCriteria![subIndex]!, row[leafIndex + subIndex]),
        );
      }
    });
    const groupRelative =
      subs.length === 0
        ? isRelative(criterion.scoring!)
        : subs.some((sub) => isRelative(sub.scoring));
    if (groupRelative === relative) {
      reasons.push(
        ...minimumReasons(criterion, score, subs.length === 0 ? row[leafIndex] : undefined),
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
    reasons.push({
      kind: 'below-minimum',
      message: `scored ${show(scores.total)} quality points, below the minimum of ${model.minimumQualityPoints}`,
    });
  }
  return reasons;
}

function hasMinimums(model: EvaluationModel): boolean {
  const has = (leaf: { minimumScore?: Decimal; minimumMark?: Decimal }) =>
    leaf.minimumScore !== undefined || leaf.minimumMark !== undefined;
  return (
    model.minimumQualityPoints !== undefined ||
    model.criteria.some((criterion) => has(criterion) || (criterion.subCriteria ?? []).some(has))
  );
}

function rankingValue(model: EvaluationModel, total: Decimal, price: Decimal | null): Decimal {
  if (price === null || model.method === 'weighted') return total;
  if (model.method === 'value-for-money') return price.minus(total.times(model.willingnessToPay!));
  return total.isZero() ? price : price.dividedBy(total);
}

/**
 * Reads, checks and scores every bid: marks out of scale, missing input (thrown or
 * disqualifying), the abnormally low check, minimums in two passes (scores that do not depend on
 * other bids first, then the references of relative methods from the bids still in, then the
 * minimums of relative methods). Internal.
 */
export function scoreBids(model: EvaluationModel, bids: readonly ParsedBid[]): ScoredBid[] {
  const leaves = leavesOf(model);
  const missing: SocialValueIssue[] = [];
  const invalid: SocialValueIssue[] = [];
  const outOfScale: SocialValueIssue[] = [];
  const reasons: DisqualificationReason[][] = bids.map(() => []);
  const readings = bids.map((bid, bidIndex) =>
    leaves.map((leaf) => {
      const outcome = readResponse(leaf.id, leaf.scoring!, bid, bidIndex);
      invalid.push(...outcome.invalid);
      outOfScale.push(...outcome.outOfScale);
      missing.push(...outcome.missing);
      for (const issue of outcome.missing) {
        reasons[bidIndex]!.push({
          kind: 'missing-input',
          criterion: leaf.id,
          message: `gave no input for ${leaf.name} (${issue.path})`,
        });
      }
      return outcome.reading;
    }),
  );
  if (model.method !== 'weighted') {
    bids.forEach((bid, bidIndex) => {
      if (bid.price !== undefined) return;
      const issue = issueAt(['bids', bidIndex, 'price'], 'expected a price');
      missing.push(issue);
      reasons[bidIndex]!.push({ kind: 'missing-input', message: `gave no price (${issue.path})` });
    });
  }
  if (outOfScale.length > 0) throwIssues('mark-out-of-scale', outOfScale);
  if (invalid.length > 0) throwIssues('invalid-input', invalid);
  if (missing.length > 0 && model.missingInput === 'error') throwIssues('missing-input', missing);

  const findings = new Map<string, AbnormallyLowFinding>();
  if (model.abnormallyLow !== undefined) {
    const priced = bids.flatMap((bid) =>
      bid.price === undefined ? [] : [{ id: bid.id, price: bid.price }],
    );
    for (const finding of findAbnormallyLow(priced, model.abnormallyLow))
      findings.set(finding.bid, finding);
    if (model.abnormallyLow.action === 'exclude') {
      bids.forEach((bid, bidIndex) => {
        const finding = findings.get(bid.id);
        if (finding?.flagged) {
          reasons[bidIndex]!.push({
            kind: 'abnormally-low',
            message: `was excluded as abnormally low: ${finding.explanation}`,
          });
        }
      });
    }
  }

  const inAtStart = reasons.map((list) => list.length === 0);
  if (hasMinimums(model)) {
    const firstRefs = references(leaves, readings, inAtStart);
    bids.forEach((_, bidIndex) => {
      if (!inAtStart[bidIndex]) return;
      const scores = scoreBid(model, leaves, readings[bidIndex]!, firstRefs);
      reasons[bidIndex]!.push(...checkMinimums(model, scores, readings[bidIndex]!, false));
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
    if (inAfterAbsolute[bidIndex])
      reasons[bidIndex]!.push(...checkMinimums(model, scores, row, true));
    const price = bid.price ?? null;
    const list = reasons[bidIndex]!;
    if (model.method === 'price-per-quality-point' && scores.total.isZero() && list.length === 0) {
      list.push({
        kind: 'no-quality-points',
        message: 'scored no quality points, so its price per quality point has no value',
      });
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

/** A sentence for a price. Internal. */
export function describePrice(price: Decimal | null): string {
  return price === null ? 'no price' : formatGBP(price);
}
