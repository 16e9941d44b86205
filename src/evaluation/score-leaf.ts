import { Decimal } from '../core/decimal.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import { figureText, moneyText, percentText } from '../core/wording.js';
import type { LeafReading } from './read-response.js';
import type { ScaleScoring, Scoring, SvaScoring } from './types.js';

/** The figures a relative method compares against, from the qualifying bids. Internal. */
export interface References {
  /** The lowest price. */
  readonly lowest?: Decimal;
  /** The mean price. */
  readonly mean?: Decimal;
  /** The highest £ offer. */
  readonly highest?: Decimal;
}

/** A leaf score before weighting. Internal. */
export interface LeafScore {
  /** The input scored. */
  readonly raw: Decimal;
  /** The share of the criterion's marks earned, 0 to 1. */
  readonly scoreShare: Decimal;
  /** The formula in words. */
  readonly formula: string;
  /** Its inputs, by formula name. */
  readonly inputs: Record<string, Decimal>;
  /** How the share was worked out (a clause, without the weighting). */
  readonly reason: string;
  /**
   * `scoreShare × weight`, computed as `numerator × weight ÷ denominator` so that a weighted
   * score is exact whenever the division is.
   */
  readonly weigh: (weight: Decimal) => Decimal;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/** Clamps a share to [0, 1]. Internal. */
export function clampShare(value: Decimal): Decimal {
  return value.lt(ZERO) ? ZERO : value.gt(ONE) ? ONE : value;
}

/** A share `numerator ÷ denominator` within [0, 1], and its exact weighting. */
function ratio(numerator: Decimal, denominator: Decimal) {
  const scoreShare = clampShare(divide(numerator, denominator));
  const weigh = (weight: Decimal) =>
    scoreShare.eq(ONE) || scoreShare.isZero()
      ? scoreShare.times(weight)
      : divide(numerator.times(weight), denominator);
  return { scoreShare, weigh };
}

const byShare = (share: Decimal) => (weight: Decimal) => share.times(weight);

function scaleScore(scoring: ScaleScoring, reading: LeafReading): LeafScore {
  const mark = reading.mark!;
  const top = scoring.marks.at(-1)!;
  // The mean of n marks scores sum ÷ (n × highest), so that it stays exact where it can.
  const count = reading.combinedBy === 'mean' ? (reading.marks?.length ?? 1) : 1;
  const { scoreShare, weigh } =
    count > 1 ? ratio(sumDecimals(reading.marks!), top.times(count)) : ratio(mark, top);
  const how =
    reading.combinedBy === 'moderated'
      ? (reading.marks?.length ?? 0) > 0
        ? `moderated mark (evaluators ${listed(reading.marks!)})`
        : 'moderated mark'
      : (reading.marks?.length ?? 0) > 1
        ? `mean mark (evaluators ${listed(reading.marks!)})`
        : 'mark';
  return {
    raw: mark,
    scoreShare,
    weigh,
    formula: 'mark ÷ highest mark',
    inputs: { mark, highestMark: top },
    reason: `${how} ${figureText(mark)} on the ${scoring.scale} scale ÷ ${top} = ${figureText(scoreShare)}`,
  };
}

function svaScore(scoring: SvaScoring, reading: LeafReading): LeafScore {
  const offer = reading.offer!;
  const base = scoring.contractValue ?? reading.price!;
  const added = divide(offer, base);
  const full = scoring.targetRatio.times(base);
  const { scoreShare, weigh } = ratio(offer.lt(full) ? offer : full, full);
  const what = scoring.contractValue === undefined ? 'bid price' : 'contract value';
  return {
    raw: offer,
    scoreShare,
    weigh,
    formula: 'min(offer ÷ base, targetRatio) ÷ targetRatio',
    inputs: {
      offer,
      base,
      socialValueAddedRatio: added,
      targetRatio: scoring.targetRatio,
    },
    reason: `social value added ${moneyText(offer)} ÷ ${what} ${moneyText(base)} = ${percentText(added)}, against a target of ${percentText(scoring.targetRatio)}: ${figureText(scoreShare)}`,
  };
}

function relativeToHighest(reading: LeafReading, refs: References): LeafScore {
  const offer = reading.offer!;
  const highest = refs.highest ?? offer;
  const { scoreShare, weigh } = highest.isZero()
    ? { scoreShare: ZERO, weigh: byShare(ZERO) }
    : ratio(offer, highest);
  return {
    raw: offer,
    scoreShare,
    weigh,
    formula: 'offer ÷ highest offer',
    inputs: { offer, highest },
    reason: highest.isZero()
      ? 'no bid offered any social value, so every offer scores 0'
      : `offer ${moneyText(offer)} ÷ highest offer ${moneyText(highest)} = ${figureText(scoreShare)}`,
  };
}

function meanBased(
  scoring: Extract<Scoring, { method: 'mean-based' }>,
  reading: LeafReading,
  refs: References,
): LeafScore {
  const price = reading.price!;
  const mean = refs.mean ?? price;
  const belowMeanRatio = divide(mean.minus(price), mean);
  const raw = scoring.pointsAtMean.plus(
    belowMeanRatio.times(HUNDRED).times(scoring.pointsPerPercent),
  );
  const points = raw.lt(ZERO) ? ZERO : raw.gt(HUNDRED) ? HUNDRED : raw;
  const { scoreShare, weigh } = ratio(points, HUNDRED);
  return {
    raw: price,
    scoreShare,
    weigh,
    formula: '(pointsAtMean + pointsPerPercent × 100 × belowMeanRatio) ÷ 100, within 0 to 1',
    inputs: {
      price,
      mean,
      belowMeanRatio,
      pointsAtMean: scoring.pointsAtMean,
      pointsPerPercent: scoring.pointsPerPercent,
    },
    reason: `price ${moneyText(price)} is ${percentText(belowMeanRatio.abs())} ${belowMeanRatio.isNegative() ? 'above' : 'below'} the mean ${moneyText(mean)}: ${figureText(points)} points of 100`,
  };
}

/** Scores one leaf criterion for one bid. Internal. */
export function scoreLeaf(scoring: Scoring, reading: LeafReading, refs: References): LeafScore {
  switch (scoring.method) {
    case 'relative-to-lowest': {
      const price = reading.price!;
      const lowest = refs.lowest ?? price;
      const { scoreShare, weigh } = ratio(lowest, price);
      return {
        raw: price,
        scoreShare,
        weigh,
        formula: 'lowest price ÷ price',
        inputs: { lowest, price },
        reason: `lowest qualifying price ${moneyText(lowest)} ÷ price ${moneyText(price)} = ${figureText(scoreShare)}`,
      };
    }
    case 'linear': {
      const price = reading.price!;
      const { fullMarksAt, zeroAt } = scoring;
      const { scoreShare, weigh } = ratio(zeroAt.minus(price), zeroAt.minus(fullMarksAt));
      return {
        raw: price,
        scoreShare,
        weigh,
        formula: '(zeroAt − price) ÷ (zeroAt − fullMarksAt), within 0 to 1',
        inputs: { price, fullMarksAt, zeroAt },
        reason: `price ${moneyText(price)} between full marks at ${moneyText(fullMarksAt)} and none at ${moneyText(zeroAt)}: ${figureText(scoreShare)}`,
      };
    }
    case 'mean-based':
      return meanBased(scoring, reading, refs);
    case 'scale':
      return scaleScore(scoring, reading);
    case 'relative-to-highest':
      return relativeToHighest(reading, refs);
    case 'sva':
      return svaScore(scoring, reading);
    case 'blend': {
      const quantitative =
        scoring.quantitative.method === 'sva'
          ? svaScore(scoring.quantitative, reading)
          : relativeToHighest(reading, refs);
      const qualitative = scaleScore(scoring.qualitative, reading);
      const share = scoring.quantitativeShare;
      const scoreShare = quantitative.scoreShare
        .times(share)
        .plus(qualitative.scoreShare.times(ONE.minus(share)));
      return {
        raw: reading.offer!,
        scoreShare,
        weigh: byShare(scoreShare),
        formula:
          'quantitativeShare × quantitative score + (1 − quantitativeShare) × qualitative score',
        inputs: {
          ...quantitative.inputs,
          ...qualitative.inputs,
          quantitativeScoreShare: quantitative.scoreShare,
          qualitativeScoreShare: qualitative.scoreShare,
          quantitativeShare: share,
        },
        reason: `${figureText(share)} × (${quantitative.reason}) + ${figureText(ONE.minus(share))} × (${qualitative.reason}) = ${figureText(scoreShare)}`,
      };
    }
  }
}
