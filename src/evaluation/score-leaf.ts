import type { Decimal } from '../core/decimal.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import { percentText } from '../core/wording.js';
import { scoreText } from './amount-text.js';
import { HUNDRED, ONE, ZERO } from './constants.js';
import type { LeafReading } from './read-response.js';
import type { GraduatedPricingScoring, ScaleScoring, Scoring, SvaScoring } from './types.js';

/** The figures a relative method compares against, from the qualifying bids. Internal. */
export interface References {
  /** The lowest price. */
  readonly lowest?: Decimal;
  /** The mean price. */
  readonly mean?: Decimal;
  /** The sum of the prices the mean is of. */
  readonly sum?: Decimal;
  /** How many prices the mean is of. */
  readonly count?: number;
  /** The median price. */
  readonly median?: Decimal;
  /** The highest £ offer. */
  readonly highest?: Decimal;
  /** Set when no bid the figures are from qualifies: its lowest price is no qualifying price. */
  readonly unqualified?: true;
}

/** A leaf's score: its figures only (the sentence is {@link leafClause}'s). Internal. */
export interface LeafScore {
  /** The input scored. */
  readonly raw: Decimal;
  /** The share of the criterion's marks earned (0 to 1, or below 0 for an unfloored graduated price). */
  readonly scoreShare: Decimal;
  /** The exact share as `numerator ÷ denominator` (within 0 to 1 as `scoreShare` is). */
  readonly numerator: Decimal;
  /** See `numerator`. */
  readonly denominator: Decimal;
  /** The formula in words. */
  readonly formula: string;
  /** Its inputs, by formula name. */
  readonly inputs: Record<string, Decimal>;
}

/** The share `numerator ÷ denominator`, at most 1, and at least 0 unless `floor` is false. */
function shareOf(numerator: Decimal, denominator: Decimal, floor = true): Decimal {
  const quotient = divide(numerator, denominator);
  if (quotient.gte(ONE)) return ONE;
  return quotient.isZero() || (floor && quotient.isNegative()) ? ZERO : quotient;
}

/** A leaf score of `numerator ÷ denominator` (weighed by `leafScore`). */
function ratioScore(
  raw: Decimal,
  numerator: Decimal,
  denominator: Decimal,
  formula: string,
  inputs: Record<string, Decimal>,
  floor = true,
): LeafScore {
  const scoreShare = shareOf(numerator, denominator, floor);
  const whole = scoreShare === ONE || scoreShare === ZERO;
  return {
    raw,
    scoreShare,
    numerator: whole ? scoreShare : numerator,
    denominator: whole ? ONE : denominator,
    formula,
    inputs,
  };
}

function scaleScore(scoring: ScaleScoring, reading: LeafReading): LeafScore {
  const mark = reading.mark!;
  const top = scoring.marks.at(-1)!;
  // The mean of n marks scores sum ÷ (n × highest), so that it stays exact where it can.
  const marks = reading.combinedBy === 'mean' ? (reading.marks ?? []) : [];
  const [numerator, denominator] =
    marks.length > 1 ? [sumDecimals(marks), top.times(marks.length)] : [mark, top];
  return ratioScore(mark, numerator, denominator, 'mark ÷ highest mark', {
    mark,
    highestMark: top,
  });
}

function svaScore(scoring: SvaScoring, reading: LeafReading): LeafScore {
  const offer = reading.offer!;
  const base = scoring.contractValue ?? reading.price!;
  const full = scoring.targetRatio.times(base);
  return ratioScore(
    offer,
    offer.lt(full) ? offer : full,
    full,
    'min(offer ÷ base, targetRatio) ÷ targetRatio',
    {
      offer,
      base,
      socialValueAddedRatio: divide(offer, base),
      targetRatio: scoring.targetRatio,
    },
  );
}

function relativeToHighest(reading: LeafReading, refs: References): LeafScore {
  const offer = reading.offer!;
  const highest = refs.highest ?? offer;
  // No offer at all scores 0 of 1.
  const none = highest.isZero();
  return ratioScore(offer, none ? ZERO : offer, none ? ONE : highest, 'offer ÷ highest offer', {
    offer,
    highest,
  });
}

function meanBased(
  scoring: Extract<Scoring, { method: 'mean-based' }>,
  reading: LeafReading,
  refs: References,
): LeafScore {
  const price = reading.price!;
  // Divided once, last: with the mean sum ÷ n, (mean − price) ÷ mean is (sum − n × price) ÷ sum,
  // and the points of 100 are (pointsAtMean × sum + pointsPerPercent × 100 × (sum − n × price)) ÷ sum.
  const sum = refs.sum ?? price;
  const below = sum.minus(price.times(refs.count ?? 1));
  return ratioScore(
    price,
    scoring.pointsAtMean.times(sum).plus(scoring.pointsPerPercent.times(HUNDRED).times(below)),
    sum.times(HUNDRED),
    '(pointsAtMean + pointsPerPercent × 100 × belowMeanRatio) ÷ 100, within 0 to 1',
    {
      price,
      mean: refs.mean ?? price,
      belowMeanRatio: divide(below, sum),
      pointsAtMean: scoring.pointsAtMean,
      pointsPerPercent: scoring.pointsPerPercent,
    },
  );
}

function percentAboveLowest(
  scoring: Extract<Scoring, { method: 'percent-above-lowest' }>,
  reading: LeafReading,
  refs: References,
): LeafScore {
  const price = reading.price!;
  const lowest = refs.lowest ?? price;
  const above = price.minus(lowest);
  // 100 − k × (percent above the lowest) points of 100 is the share (L − k × (P − L)) ÷ L.
  return ratioScore(
    price,
    lowest.minus(scoring.pointsPerPercent.times(above)),
    lowest,
    '(100 − pointsPerPercent × 100 × aboveLowestRatio) ÷ 100, within 0 to 1',
    {
      price,
      lowest,
      aboveLowestRatio: divide(above, lowest),
      pointsPerPercent: scoring.pointsPerPercent,
    },
  );
}

/** The inflection point: the median qualifying price raised by the uplift (2.5%). */
function inflectionOf(scoring: GraduatedPricingScoring, median: Decimal): Decimal {
  return median.plus(median.times(scoring.inflectionUpliftRatio));
}

/** The deduction of a graduated price, as the numerator over the lowest price (× 100 points). */
function graduatedDeduction(
  scoring: GraduatedPricingScoring,
  price: Decimal,
  lowest: Decimal,
  inflection: Decimal,
): Decimal {
  if (price.lte(inflection)) return scoring.pointsPerPercent.times(price.minus(lowest));
  if (scoring.steepApplies === 'whole-difference') {
    return scoring.steepPointsPerPercent.times(price.minus(lowest));
  }
  return scoring.pointsPerPercent
    .times(inflection.minus(lowest))
    .plus(scoring.steepPointsPerPercent.times(price.minus(inflection)));
}

function graduatedPricing(
  scoring: GraduatedPricingScoring,
  reading: LeafReading,
  refs: References,
): LeafScore {
  const price = reading.price!;
  const lowest = refs.lowest ?? price;
  const median = refs.median ?? price;
  const inflection = inflectionOf(scoring, median);
  const deduction = graduatedDeduction(scoring, price, lowest, inflection);
  return ratioScore(
    price,
    lowest.minus(deduction),
    lowest,
    'GPM points ÷ 100: 100 − pointsPerPercent × percent above the lowest up to the inflection point (median × (1 + inflectionUpliftRatio)), steepPointsPerPercent beyond it',
    {
      price,
      lowest,
      median,
      inflection,
      aboveLowestRatio: divide(price.minus(lowest), lowest),
      pointsPerPercent: scoring.pointsPerPercent,
      steepPointsPerPercent: scoring.steepPointsPerPercent,
      inflectionUpliftRatio: scoring.inflectionUpliftRatio,
    },
    scoring.floorAtZero,
  );
}

function blendScore(
  scoring: Extract<Scoring, { method: 'blend' }>,
  reading: LeafReading,
  refs: References,
): LeafScore {
  const quantitative =
    scoring.quantitative.method === 'sva'
      ? svaScore(scoring.quantitative, reading)
      : relativeToHighest(reading, refs);
  const qualitative = scaleScore(scoring.qualitative, reading);
  const share = scoring.quantitativeShare;
  // Divided once, last: share × q ÷ qd + (1 − share) × l ÷ ld is
  // (share × q × ld + (1 − share) × l × qd) ÷ (qd × ld).
  return ratioScore(
    reading.offer!,
    share
      .times(quantitative.numerator)
      .times(qualitative.denominator)
      .plus(ONE.minus(share).times(qualitative.numerator).times(quantitative.denominator)),
    quantitative.denominator.times(qualitative.denominator),
    'quantitativeShare × quantitative score + (1 − quantitativeShare) × qualitative score',
    {
      ...quantitative.inputs,
      ...qualitative.inputs,
      quantitativeScoreShare: quantitative.scoreShare,
      qualitativeScoreShare: qualitative.scoreShare,
      quantitativeShare: share,
    },
  );
}

/** The share one bid earns of one leaf criterion's marks (unweighed). Internal. */
export function scoreLeaf(scoring: Scoring, reading: LeafReading, refs: References): LeafScore {
  switch (scoring.method) {
    case 'relative-to-lowest': {
      const price = reading.price!;
      const lowest = refs.lowest ?? price;
      return ratioScore(price, lowest, price, 'lowest price ÷ price', { lowest, price });
    }
    case 'linear': {
      const price = reading.price!;
      const { fullMarksAt, zeroAt } = scoring;
      return ratioScore(
        price,
        zeroAt.minus(price),
        zeroAt.minus(fullMarksAt),
        '(zeroAt − price) ÷ (zeroAt − fullMarksAt), within 0 to 1',
        { price, fullMarksAt, zeroAt },
      );
    }
    case 'mean-based':
      return meanBased(scoring, reading, refs);
    case 'percent-above-lowest':
      return percentAboveLowest(scoring, reading, refs);
    case 'graduated-pricing':
      return graduatedPricing(scoring, reading, refs);
    case 'scale':
      return scaleScore(scoring, reading);
    case 'relative-to-highest':
      return relativeToHighest(reading, refs);
    case 'sva':
      return svaScore(scoring, reading);
    case 'blend':
      return blendScore(scoring, reading, refs);
  }
}

// -------------------------------------------------------------------------------------------
// The sentences: how each share was worked out, from the score's own figures (criterion-score.ts
// writes them with the weighting, printing each figure a tender repeats once).

interface Explained {
  readonly scoreShare: Decimal;
  readonly inputs: Readonly<Record<string, Decimal>>;
}

/** Prints money: `amountText`, or a memo of it for the figures a tender repeats. */
export type MoneyText = (amount: Decimal) => string;

function scaleClause(scoring: ScaleScoring, reading: LeafReading, share: Decimal): string {
  const marks = reading.marks ?? [];
  const how =
    reading.combinedBy === 'moderated'
      ? marks.length > 0
        ? `moderated mark (evaluators ${listed(marks)})`
        : 'moderated mark'
      : marks.length > 1
        ? `mean mark (evaluators ${listed(marks)})`
        : 'mark';
  return `${how} ${scoreText(reading.mark!)} on the ${scoring.scale} scale ÷ ${scoring.marks.at(-1)!} = ${scoreText(share)}`;
}

function svaClause(
  scoring: SvaScoring,
  inputs: Explained['inputs'],
  share: Decimal,
  money: MoneyText,
): string {
  const what = scoring.contractValue === undefined ? 'bid price' : 'contract value';
  return `social value added ${money(inputs.offer!)} ÷ ${what} ${money(inputs.base!)} = ${percentText(inputs.socialValueAddedRatio!)}, against a target of ${percentText(scoring.targetRatio)}: ${scoreText(share)}`;
}

/**
 * `a ÷ b` as a sentence ends it: the share, or the quotient and `capped at 1` when it is above 1
 * (a disqualified bid's price below the lowest qualifying price, or offer above the highest).
 */
function quotientClause(dividend: Decimal, divisor: Decimal, share: Decimal): string {
  return dividend.gt(divisor)
    ? `${scoreText(divide(dividend, divisor))}, capped at 1`
    : scoreText(share);
}

function highestClause(inputs: Explained['inputs'], share: Decimal, money: MoneyText): string {
  // A disqualified bid's offer, when no qualifying bid offered any, scores 0 with the rest.
  return inputs.highest!.isZero()
    ? inputs.offer!.isZero()
      ? 'no bid offered any social value, so every offer scores 0'
      : `offer ${money(inputs.offer!)}, but no qualifying bid offered any social value, so every offer scores 0`
    : `offer ${money(inputs.offer!)} ÷ highest offer ${money(inputs.highest!)} = ${quotientClause(inputs.offer!, inputs.highest!, share)}`;
}

/** `10% above` (or, for a price under the lowest qualifying one, `5% below`). */
function aboveOrBelow(ratio: Decimal): string {
  return `${percentText(ratio.abs())} ${ratio.isNegative() ? 'below' : 'above'}`;
}

/**
 * Points of 100 for a sentence: `90`, `-25, floored at 0` when the floor applied, or
 * `150, capped at 100` (a disqualified bid's price below the lowest qualifying price).
 */
function pointsClause(points: Decimal, floored: boolean): string {
  return floored && points.isNegative()
    ? `${scoreText(points)}, floored at 0 points of 100`
    : points.gt(HUNDRED)
      ? `${scoreText(points)}, capped at 100 points of 100`
      : `${scoreText(points)} points of 100`;
}

function graduatedClause(
  scoring: GraduatedPricingScoring,
  inputs: Explained['inputs'],
  money: MoneyText,
  lowestPrice: string,
): string {
  const { price, lowest, median, inflection } = inputs as Record<string, Decimal>;
  const percent = (value: Decimal) => scoreText(divide(value.times(HUNDRED), lowest!));
  const above = price!.minus(lowest!);
  const gentle = scoreText(scoring.pointsPerPercent);
  const steep = scoreText(scoring.steepPointsPerPercent);
  const deduction = graduatedDeduction(scoring, price!, lowest!, inflection!);
  const points = HUNDRED.minus(divide(deduction.times(HUNDRED), lowest!));
  const where = price!.lte(inflection!)
    ? `at or below the inflection point ${money(inflection!)}`
    : `above the inflection point ${money(inflection!)}`;
  const sum = price!.lte(inflection!)
    ? `100 − ${gentle} × ${percent(above)}`
    : scoring.steepApplies === 'whole-difference'
      ? `100 − ${steep} × ${percent(above)}`
      : `100 − ${gentle} × ${percent(inflection!.minus(lowest!))} − ${steep} × ${percent(price!.minus(inflection!))}`;
  return (
    `price ${money(price!)} is ${aboveOrBelow(inputs.aboveLowestRatio!)} the ${lowestPrice} ${money(lowest!)}, ${where} ` +
    `(the median ${money(median!)} plus ${percentText(scoring.inflectionUpliftRatio)}): ${sum} = ${pointsClause(points, scoring.floorAtZero)} ` +
    `(Scottish Government graduated pricing mechanism, CPN 3/2024; the steeper rate ${steep} per 1% ${scoring.steepApplies === 'whole-difference' ? 'on the whole difference' : 'beyond the inflection point'} is the model's, not confirmed from the note)`
  );
}

/**
 * How a leaf's share was worked out: a clause, without the weighting (`refs`: what the share
 * was compared against, which says whether the lowest price is a qualifying one). Internal.
 */
export function leafClause(
  scoring: Scoring,
  reading: LeafReading,
  score: Explained,
  money: MoneyText,
  refs: References,
): string {
  const { inputs, scoreShare } = score;
  const lowestPrice = `lowest ${refs.unqualified ? '' : 'qualifying '}price`;
  switch (scoring.method) {
    case 'relative-to-lowest':
      return `${lowestPrice} ${money(inputs.lowest!)} ÷ price ${money(inputs.price!)} = ${quotientClause(inputs.lowest!, inputs.price!, scoreShare)}`;
    case 'linear':
      return `price ${money(inputs.price!)} between full marks at ${money(scoring.fullMarksAt)} and none at ${money(scoring.zeroAt)}: ${scoreText(scoreShare)}`;
    case 'mean-based': {
      // Below the mean is a negative ratio above it (0 is -0 so: `0% below`, as before).
      return `price ${money(inputs.price!)} is ${aboveOrBelow(inputs.belowMeanRatio!.neg())} the mean ${money(inputs.mean!)}: ${scoreText(scoreShare.times(HUNDRED))} points of 100`;
    }
    case 'percent-above-lowest': {
      const above = inputs.aboveLowestRatio!;
      // (L − k × (P − L)) × 100 ÷ L: one division, as the share's.
      const lowest = inputs.lowest!;
      const points = divide(
        lowest.minus(scoring.pointsPerPercent.times(inputs.price!.minus(lowest))).times(HUNDRED),
        lowest,
      );
      return (
        `price ${money(inputs.price!)} is ${aboveOrBelow(above)} the ${lowestPrice} ${money(inputs.lowest!)}: ` +
        `100 − ${scoreText(scoring.pointsPerPercent)} × ${scoreText(above.times(HUNDRED))} = ${pointsClause(points, true)} ` +
        `(points off per 1% above the lowest price, Market Dojo's "percentage of leading bid")`
      );
    }
    case 'graduated-pricing':
      return graduatedClause(scoring, inputs, money, lowestPrice);
    case 'scale':
      return scaleClause(scoring, reading, scoreShare);
    case 'relative-to-highest':
      return highestClause(inputs, scoreShare, money);
    case 'sva':
      return svaClause(scoring, inputs, scoreShare, money);
    case 'blend': {
      const share = scoring.quantitativeShare;
      const quantitative =
        scoring.quantitative.method === 'sva'
          ? svaClause(scoring.quantitative, inputs, inputs.quantitativeScoreShare!, money)
          : highestClause(inputs, inputs.quantitativeScoreShare!, money);
      const qualitative = scaleClause(scoring.qualitative, reading, inputs.qualitativeScoreShare!);
      return `${scoreText(share)} × (${quantitative}) + ${scoreText(ONE.minus(share))} × (${qualitative}) = ${scoreText(scoreShare)}`;
    }
  }
}
