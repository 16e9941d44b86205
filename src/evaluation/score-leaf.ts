import { Decimal } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { sumDecimals } from '../core/sum.js';
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
  /** Share 0 to 1. */
  readonly score: Decimal;
  /** The formula in words. */
  readonly formula: string;
  /** Its inputs. */
  readonly inputs: Record<string, Decimal>;
  /** A sentence. */
  readonly explanation: string;
  /**
   * `score × weight`, computed as `numerator × weight ÷ denominator` so that a weighted score
   * is exact whenever the division is.
   */
  readonly weigh: (weight: Decimal) => Decimal;
}

/** A share `numerator ÷ denominator` within [0, 1], and its exact weighting. Internal. */
function ratio(numerator: Decimal, denominator: Decimal) {
  const score = clampShare(numerator.dividedBy(denominator));
  const weigh = (weight: Decimal) =>
    score.eq(ONE) || score.isZero()
      ? score.times(weight)
      : numerator.times(weight).dividedBy(denominator);
  return { score, weigh };
}

const byScore = (score: Decimal) => (weight: Decimal) => score.times(weight);

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const HUNDRED = new Decimal(100);

/** Clamps a share to [0, 1]. Internal. */
export function clampShare(value: Decimal): Decimal {
  return Decimal.max(ZERO, Decimal.min(ONE, value));
}

/** A short rendering of a decimal for sentences (at most 4 places). Internal. */
export function show(value: Decimal): string {
  return value.toDecimalPlaces(4).toString();
}

function scaleScore(scoring: ScaleScoring, reading: LeafReading): LeafScore {
  const mark = reading.mark!;
  const top = scoring.marks.at(-1)!;
  // The mean of n marks scores sum ÷ (n × highest), so that it stays exact where it can.
  const count = reading.combinedBy === 'mean' ? (reading.marks?.length ?? 1) : 1;
  const { score, weigh } =
    count > 1 ? ratio(sumDecimals(reading.marks!), top.times(count)) : ratio(mark, top);
  const how =
    reading.combinedBy === 'moderated'
      ? (reading.marks?.length ?? 0) > 0
        ? `moderated mark (evaluators ${reading.marks!.join(', ')})`
        : 'moderated mark'
      : (reading.marks?.length ?? 0) > 1
        ? `mean of marks ${reading.marks!.join(', ')}`
        : 'mark';
  return {
    raw: mark,
    score,
    weigh,
    formula: 'mark ÷ highest mark',
    inputs: { mark, highestMark: top },
    explanation: `${how} ${show(mark)} on the ${scoring.scale} scale ÷ ${top} = ${show(score)}`,
  };
}

function svaScore(scoring: SvaScoring, reading: LeafReading): LeafScore {
  const offer = reading.offer!;
  const base = scoring.contractValue ?? reading.price!;
  const added = offer.dividedBy(base);
  const { score, weigh } = ratio(
    Decimal.min(offer, scoring.target.times(base)),
    scoring.target.times(base),
  );
  const what = scoring.contractValue === undefined ? 'bid price' : 'contract value';
  return {
    raw: offer,
    score,
    formula: 'min(offer ÷ base, target) ÷ target',
    weigh,
    inputs: { offer, base, ratio: added, target: scoring.target },
    explanation: `social value added ${formatGBP(offer)} ÷ ${what} ${formatGBP(base)} = ${show(added)}, against a target of ${show(scoring.target)}: ${show(score)}`,
  };
}

function relativeToHighest(reading: LeafReading, refs: References): LeafScore {
  const offer = reading.offer!;
  const highest = refs.highest ?? offer;
  const { score, weigh } = highest.isZero()
    ? { score: ZERO, weigh: byScore(ZERO) }
    : ratio(offer, highest);
  return {
    raw: offer,
    score,
    weigh,
    formula: 'offer ÷ highest offer',
    inputs: { offer, highest },
    explanation: highest.isZero()
      ? 'no bid offered any social value, so every offer scores 0'
      : `offer ${formatGBP(offer)} ÷ highest offer ${formatGBP(highest)} = ${show(score)}`,
  };
}

/** Scores one leaf criterion for one bid. Internal. */
export function scoreLeaf(scoring: Scoring, reading: LeafReading, refs: References): LeafScore {
  switch (scoring.method) {
    case 'relative-to-lowest': {
      const price = reading.price!;
      const lowest = refs.lowest ?? price;
      const { score, weigh } = ratio(lowest, price);
      return {
        raw: price,
        score,
        weigh,
        formula: 'lowest price ÷ price',
        inputs: { lowest, price },
        explanation: `lowest qualifying price ${formatGBP(lowest)} ÷ price ${formatGBP(price)} = ${show(score)}`,
      };
    }
    case 'linear': {
      const price = reading.price!;
      const { fullMarksAt, zeroAt } = scoring;
      const { score, weigh } = ratio(zeroAt.minus(price), zeroAt.minus(fullMarksAt));
      return {
        raw: price,
        score,
        weigh,
        formula: '(zeroAt − price) ÷ (zeroAt − fullMarksAt), within 0 to 1',
        inputs: { price, fullMarksAt, zeroAt },
        explanation: `price ${formatGBP(price)} between full marks at ${formatGBP(fullMarksAt)} and none at ${formatGBP(zeroAt)}: ${show(score)}`,
      };
    }
    case 'mean-based': {
      const price = reading.price!;
      const mean = refs.mean ?? price;
      const percentBelow = mean.minus(price).dividedBy(mean).times(HUNDRED);
      const points = Decimal.max(
        ZERO,
        Decimal.min(
          HUNDRED,
          scoring.pointsAtMean.plus(percentBelow.times(scoring.pointsPerPercent)),
        ),
      );
      const { score, weigh } = ratio(points, HUNDRED);
      return {
        raw: price,
        score,
        weigh,
        formula: '(pointsAtMean + pointsPerPercent × % below mean) ÷ 100, within 0 to 1',
        inputs: {
          price,
          mean,
          percentBelow,
          pointsAtMean: scoring.pointsAtMean,
          pointsPerPercent: scoring.pointsPerPercent,
        },
        explanation: `price ${formatGBP(price)} is ${show(percentBelow.abs())}% ${percentBelow.isNegative() ? 'above' : 'below'} the mean ${formatGBP(mean)}: ${show(points)} points of 100`,
      };
    }
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
      const score = quantitative.score.times(share).plus(qualitative.score.times(ONE.minus(share)));
      return {
        raw: reading.offer!,
        score,
        weigh: byScore(score),
        formula: 'share × quantitative score + (1 − share) × qualitative score',
        inputs: {
          ...quantitative.inputs,
          ...qualitative.inputs,
          quantitativeScore: quantitative.score,
          qualitativeScore: qualitative.score,
          quantitativeShare: share,
        },
        explanation: `${show(share)} × (${quantitative.explanation}) + ${show(ONE.minus(share))} × (${qualitative.explanation}) = ${show(score)}`,
      };
    }
  }
}
