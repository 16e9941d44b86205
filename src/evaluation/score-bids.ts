import type { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { fieldError, issuesError } from '../core/issue.js';
import { divide, figureDomainProblem } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import { figureText, percentText } from '../core/wording.js';
import { groupScore, leafScore, moneyMemo, noInput, type Scored } from './criterion-score.js';
import { disqualification } from './disqualification.js';
import { exclusionReason, findAbnormallyLow, medianOf } from './flag-abnormally-low.js';
import { type Fraction, fraction, plus, quotientOf, sumOf } from './fraction.js';
import { type Leaf, type LeafPlan, type ModelPlan, planOf } from './model-plan.js';
import { type LeafReading, type ReadProblems, readPrice, readResponse } from './read-response.js';
import type { ParsedBid } from './schemas.js';
import type { MoneyText, References } from './score-leaf.js';
import type {
  AbnormallyLowFinding,
  Criterion,
  CriterionScore,
  DisqualificationReason,
  EvaluationModel,
  GraduatedPricingScoring,
} from './types.js';

// Scoring runs in phases over one record per bid: read (each leaf's input, problems collected
// with their paths) → screen (abnormally low prices) → absolute minimums (scores that do not
// depend on other bids) → references (lowest, mean and median price, highest offer, of the bids
// still in) → scores, weighted scores and totals (one accumulator each) → relative minimums.
// Ranking, sentences and the frozen result follow (rank-bids.ts, criterion-score.ts,
// evaluate-tenders.ts).

/** A bid scored on every criterion, before ranking. Internal. */
export interface ScoredBid {
  readonly bid: string;
  readonly price: Decimal | null;
  readonly total: Decimal;
  /** The total as a fraction: exact, or the sum of the published scores the model rounded. */
  readonly totalFraction: Fraction;
  /** Each criterion's (and sub-criterion's) score with its fractions, in order. */
  readonly scored: readonly Scored[];
  readonly rankingValue: Decimal;
  readonly criteria: readonly CriterionScore[];
  readonly reasons: readonly DisqualificationReason[];
  readonly abnormallyLow: AbnormallyLowFinding | null;
}

/** One bid while it is scored: what it gave for each leaf, and why it is out, if it is. */
interface BidRecord {
  readonly bid: ParsedBid;
  /** The reading of each leaf, by the leaf's index (`undefined`: nothing usable). */
  readonly readings: readonly (LeafReading | undefined)[];
  /** Why it is disqualified, in the order of the checks. */
  readonly reasons: DisqualificationReason[];
  /** Its abnormally low finding, when the model checks prices. */
  abnormallyLow: AbnormallyLowFinding | null;
  /** Still in after the checks of its own input (missing input, abnormally low). */
  inAtStart: boolean;
  /** Still in after the minimums that do not depend on other bids. */
  inAfterAbsolute: boolean;
}

/** A bid's scores: one per criterion, and their total (published, and as a fraction). */
interface BidScores {
  readonly criteria: readonly CriterionScore[];
  readonly scored: readonly Scored[];
  readonly total: Decimal;
  readonly totalFraction: Fraction;
}

type Path = readonly PropertyKey[];
type Writable<T> = { -readonly [K in keyof T]: T[K] };

// --- Phase 1: read -----------------------------------------------------------------------

/** Reads every bid's input for every leaf; throws when a problem must stop the evaluation. */
function readRecords(
  model: EvaluationModel,
  plan: ModelPlan,
  bids: readonly ParsedBid[],
  root: Path,
): BidRecord[] {
  const problems: ReadProblems = { missing: [], invalid: [], outOfScale: [] };
  const records = bids.map((bid, index): BidRecord => {
    const at = { root, index };
    const reasons: DisqualificationReason[] = [];
    const readings = plan.leaves.map(({ leaf, scoring }) => {
      const before = problems.missing.length;
      const reading = readResponse(leaf.id, scoring, bid, at, problems);
      for (let found = before; found < problems.missing.length; found += 1) {
        const path = problems.missing[found]!.path;
        reasons.push(
          disqualification(
            'missing-input',
            `${idText(bid.id)} gave no input for ${idText(leaf.name)} (${path}).`,
            leaf.id,
          ),
        );
      }
      return reading;
    });
    // A whole-model method ranks by price: a bid without one is missing an input.
    if (model.method !== 'weighted' && readPrice(bid, at, problems) === undefined) {
      const path = problems.missing.at(-1)!.path;
      reasons.push(disqualification('missing-input', `${idText(bid.id)} gave no price (${path}).`));
    }
    return {
      bid,
      readings,
      reasons,
      abnormallyLow: null,
      inAtStart: true,
      inAfterAbsolute: true,
    };
  });
  if (problems.outOfScale.length > 0) {
    throw issuesError('', problems.outOfScale, 'mark-out-of-scale', 'Marks outside their scale');
  }
  if (problems.invalid.length > 0) throw issuesError('bids', problems.invalid);
  if (problems.missing.length > 0 && model.missingInput === 'error') {
    throw issuesError('', problems.missing, 'missing-input', 'Bids missing an input');
  }
  return records;
}

// --- Phase 2: screen prices ----------------------------------------------------------------

/**
 * The abnormally low check of the model on every priced bid still in (a bid already out for
 * missing input is no qualifying tender: its price is not compared, and it has no finding);
 * excluded bids get a reason.
 */
function screenPrices(model: EvaluationModel, records: readonly BidRecord[]): void {
  const check = model.abnormallyLow;
  if (check === undefined) return;
  const priced = records.filter(
    (record) => record.bid.price !== undefined && record.reasons.length === 0,
  );
  const findings = findAbnormallyLow(
    priced.map((record) => ({ id: record.bid.id, price: record.bid.price! })),
    check,
  );
  priced.forEach((record, index) => {
    const finding = findings[index]!;
    record.abnormallyLow = finding;
    if (check.action === 'exclude' && finding.flagged)
      record.reasons.push(exclusionReason(finding, check));
  });
}

// --- Phase 3: references -------------------------------------------------------------------

/** The bids a pass of references is from: those still in at the start, or after the minimums. */
type Stage = 'inAtStart' | 'inAfterAbsolute';

/**
 * What one leaf compares against, from the readings of the bids in at `stage` (all bids when
 * none of them has a reading for it): one accumulator per figure. The bids in at the start are
 * no qualifying bids (the last pass reads them only when none passed the minimums; the first
 * pass's sentences are not kept): their lowest price is marked `unqualified`.
 */
function referencesOf(plan: LeafPlan, records: readonly BidRecord[], stage: Stage): References {
  const { method } = plan.scoring;
  if (!plan.relative) return {};
  const from = records.some((record) => record[stage] && record.readings[plan.index])
    ? records.filter((record) => record[stage])
    : records;
  let lowest: Decimal | undefined;
  let highest: Decimal | undefined;
  let sum: Decimal | undefined;
  let count = 0;
  const prices: Decimal[] = [];
  for (const record of from) {
    const reading = record.readings[plan.index];
    if (reading === undefined) continue;
    const price = reading.price;
    if (price !== undefined) {
      if (lowest === undefined || price.lt(lowest)) lowest = price;
      if (method === 'mean-based') sum = sum === undefined ? price : sum.plus(price);
      if (method === 'graduated-pricing') prices.push(price);
      count += 1;
    }
    const offer = reading.offer;
    if (offer !== undefined && (highest === undefined || offer.gt(highest))) highest = offer;
  }
  const refs: Writable<References> = stage === 'inAtStart' ? { unqualified: true } : {};
  // The lowest price and the highest offer are kept whatever the method: one it does not use is
  // never read.
  if (lowest !== undefined) refs.lowest = lowest;
  // The sum and the prices are gathered only when the method needs them.
  if (sum !== undefined) {
    refs.mean = divide(sum, count);
    refs.sum = sum;
    refs.count = count;
  }
  // Only a graduated price needs the median.
  if (prices.length > 0) {
    prices.sort((a, b) => a.comparedTo(b));
    refs.median = medianOf(prices, (plan.scoring as GraduatedPricingScoring).medianOfEven);
  }
  if (highest !== undefined) refs.highest = highest;
  return refs;
}

// --- Phase 4: scores, weighted scores, totals ---------------------------------------------

function scoreRecord(
  model: EvaluationModel,
  plan: ModelPlan,
  record: BidRecord,
  refs: readonly References[],
  money: MoneyText,
): BidScores {
  const scoreOf = (leaf: LeafPlan) => {
    const reading = record.readings[leaf.index];
    return reading === undefined
      ? noInput(leaf.leaf)
      : leafScore(model, leaf, reading, refs[leaf.index]!, money);
  };
  // Exact scores are added as fractions and divided once; scores the model rounds are added as
  // published (exact decimals), so that the total is the sum a reader checks.
  const rounding = model.rounding !== undefined;
  const scored = plan.criteria.map((criterion) =>
    criterion.grouped
      ? groupScore(criterion, criterion.leaves.map(scoreOf))
      : scoreOf(criterion.leaves[0]!),
  );
  const sum = sumOf(
    scored.map((score) => (rounding ? fraction(score.score.weightedScore) : score.exact)),
  );
  return {
    criteria: Object.freeze(scored.map((score) => score.score)),
    scored,
    total: quotientOf(sum),
    totalFraction: sum,
  };
}

// --- Phases 5 and 6: minimums --------------------------------------------------------------

/**
 * A figure below a minimum, and the minimum, written by `write` to `places` or to as many more
 * as tell them apart: never "scored 100 quality points, below the minimum of 100" (99.99995).
 */
function belowText(
  figure: Decimal,
  minimum: Decimal,
  write: (value: Decimal, places: number) => string = figureText,
  places = 4,
): [string, string] {
  while (write(figure, places) === write(minimum, places)) places += 1;
  return [write(figure, places), write(minimum, places)];
}

function minimumReasons(
  bid: string,
  leaf: Leaf | Criterion,
  score: CriterionScore,
  reading: Marked | undefined,
  shares: boolean,
): DisqualificationReason[] {
  const reasons: DisqualificationReason[] = [];
  if (score.raw === null && score.method !== 'group') return reasons;
  if (
    shares &&
    leaf.minimumScoreShare !== undefined &&
    score.scoreShare.lt(leaf.minimumScoreShare)
  ) {
    const [given, minimum] = belowText(score.scoreShare, leaf.minimumScoreShare, percentText, 2);
    reasons.push(
      disqualification(
        'below-minimum',
        `${idText(bid)} scored ${given} of the marks on ${idText(leaf.name)}, below the minimum of ${minimum}.`,
        leaf.id,
      ),
    );
  }
  const mark = reading?.mark;
  if (leaf.minimumMark !== undefined && mark?.lt(leaf.minimumMark) === true) {
    const [given, minimum] = belowText(mark, leaf.minimumMark);
    reasons.push(
      disqualification(
        'below-minimum',
        `${idText(bid)} was marked ${given} on ${idText(leaf.name)}, below the minimum mark of ${minimum}.`,
        leaf.id,
      ),
    );
  }
  return reasons;
}

/** A leaf's combined mark, all the minimums read of what a bid gave. */
type Marked = Pick<LeafReading, 'mark'>;

/** A bid's scores as a result lists them, and their exact fractions while they are known. */
type KnownScores = Pick<BidScores, 'criteria' | 'total'> & { readonly scored?: readonly Scored[] };

/**
 * The minimums a bid misses among those checked with the absolute scores (`relative` false) or
 * with the relative ones (`relative` true): a minimum score share waits for the relative pass
 * when its criterion (or one of its leaves) is relative, the model's minimum quality points when
 * any leaf is; a minimum mark never does (a bid's marks do not depend on the other bids, even in
 * a blend whose offer is scored against the highest). Internal: also how `revive` checks a
 * stored what-if's bids out below a minimum.
 */
export function missedMinimums(
  model: EvaluationModel,
  plan: ModelPlan,
  record: {
    readonly bid: { readonly id: string };
    readonly readings: readonly (Marked | undefined)[];
  },
  scores: KnownScores,
  relative: boolean,
): DisqualificationReason[] {
  const bid = record.bid.id;
  const reasons: DisqualificationReason[] = [];
  plan.criteria.forEach((criterion, index) => {
    const score = scores.criteria[index]!;
    if (criterion.grouped) {
      criterion.leaves.forEach((leaf, subIndex) => {
        const found = minimumReasons(
          bid,
          leaf.leaf,
          score.subCriteria![subIndex]!,
          relative ? undefined : record.readings[leaf.index],
          leaf.relative === relative,
        );
        reasons.push(...found);
      });
    }
    const reading =
      criterion.grouped || relative ? undefined : record.readings[criterion.leaves[0]!.index];
    const shares = criterion.relative === relative;
    reasons.push(...minimumReasons(bid, criterion.criterion, score, reading, shares));
  });
  const points =
    model.minimumQualityPoints === undefined || plan.anyRelative !== relative
      ? undefined
      : qualityPoints(scores, model.rounding === undefined);
  if (points?.lt(model.minimumQualityPoints!) === true) {
    const [given, minimum] = belowText(points, model.minimumQualityPoints!);
    reasons.push(
      disqualification(
        'below-minimum',
        `${idText(bid)} scored ${given} quality points, below the minimum of ${minimum}.`,
      ),
    );
  }
  return reasons;
}

/**
 * A bid's quality points: its total, less the points of a weighted model's price criteria (a
 * bid's price points are not quality points; a whole-model method has no price criterion).
 * Worked out as a total is: the exact scores added as fractions and divided once (three thirds
 * of 20 are 20, not the 20.000…001 of their rounded scores), or the scores as published when
 * the model rounds them (or when only those are known: a stored evaluation).
 */
function qualityPoints({ criteria, total, scored }: KnownScores, exact: boolean): Decimal {
  if (!criteria.some((score) => score.criterionKind === 'price')) return total;
  const quality = (score: CriterionScore) => score.criterionKind !== 'price';
  return exact && scored
    ? quotientOf(sumOf(scored.filter((part) => quality(part.score)).map((part) => part.exact)))
    : sumDecimals(criteria.filter(quality).map((score) => score.weightedScore));
}

/**
 * Refuses a bid whose total a result cannot hold (1e60 or more in magnitude): only a graduated
 * price without a floor, far above a lowest price far below a penny, can score that low (a
 * steep rate of 999,999,999,999,999 per 1% on £1e15 against £1e-40 is about -1e72 points).
 */
function checkHeld(record: BidRecord, index: number, total: Decimal, root: Path): void {
  if (figureDomainProblem(total) === undefined) return;
  throw fieldError(
    'out-of-range',
    `${idText(record.bid.id)} scores beyond what a result holds.`,
    [...root, index, 'price'],
    `expected a price scoring within ±1e60 points, received ${record.bid.price}: it scores ${total.toExponential(4)} (floor the graduated score at 0)`,
  );
}

/**
 * Price − total × willingness to pay, or price ÷ total (quality points), from the total as a
 * fraction: one division, so exact whenever it can be.
 */
function rankingValue(model: EvaluationModel, scores: BidScores, price: Decimal | null): Decimal {
  const total = scores.totalFraction;
  if (price === null || model.method === 'weighted') return scores.total;
  const priced = fraction(price);
  if (model.method === 'value-for-money') {
    return quotientOf(plus(priced, total, model.willingnessToPay!.negated()));
  }
  return scores.total.isZero() ? price : quotientOf(priced, total);
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
  const plan = planOf(model);
  const money = moneyMemo();
  const records = readRecords(model, plan, bids, root);
  screenPrices(model, records);
  for (const record of records) record.inAtStart = record.reasons.length === 0;

  if (plan.hasMinimums) {
    const absolute = plan.leaves.map((leaf) => referencesOf(leaf, records, 'inAtStart'));
    for (const record of records) {
      if (!record.inAtStart) continue;
      const scores = scoreRecord(model, plan, record, absolute, money);
      // One by one: a criterion's many sub-criteria can miss more minimums than a call takes.
      for (const reason of missedMinimums(model, plan, record, scores, false)) {
        record.reasons.push(reason);
      }
    }
  }
  let anyIn = false;
  for (const record of records) {
    record.inAfterAbsolute = record.reasons.length === 0;
    anyIn ||= record.inAfterAbsolute;
  }
  const refs = plan.leaves.map((leaf) =>
    referencesOf(leaf, records, anyIn ? 'inAfterAbsolute' : 'inAtStart'),
  );

  return records.map((record, index) => {
    const scores = scoreRecord(model, plan, record, refs, money);
    checkHeld(record, index, scores.total, root);
    const reasons = record.reasons;
    if (record.inAfterAbsolute && plan.hasMinimums) {
      for (const reason of missedMinimums(model, plan, record, scores, true)) reasons.push(reason);
    }
    const price = record.bid.price ?? null;
    if (
      model.method === 'price-per-quality-point' &&
      scores.total.isZero() &&
      reasons.length === 0
    ) {
      reasons.push(
        disqualification(
          'no-quality-points',
          `${idText(record.bid.id)} scored no quality points, so its price per quality point has no value.`,
        ),
      );
    }
    return {
      bid: record.bid.id,
      price,
      total: scores.total,
      rankingValue: rankingValue(model, scores, price),
      totalFraction: scores.totalFraction,
      scored: scores.scored,
      criteria: scores.criteria,
      reasons,
      abnormallyLow: record.abnormallyLow,
    };
  });
}
