import type { Decimal, Numeric } from '../core/decimal.js';
import type { RoundingMode } from '../core/round-money.js';
import type { Severity } from '../core/severity.js';

/**
 * What a criterion assesses. `price` criteria read the bid's `price` and must use a price
 * method; the others read the bid's response for the criterion.
 */
export type CriterionKind = 'price' | 'quality' | 'social-value' | 'environmental' | 'custom';

/**
 * A published marking scale: `'0-5'` (marks 0 to 5), `'0-4'` (0 to 4), `'0-100'` (0, 25, 50,
 * 75, 100) or your own list of allowed marks. A mark scores `mark ÷ highest mark` of the
 * criterion.
 */
export type ScaleInput =
  | '0-5'
  | '0-4'
  | '0-100'
  | {
      /** The allowed marks (at least two, the highest above 0). */
      readonly marks: readonly Numeric[];
    };

/**
 * Score a price relative to the lowest qualifying price: `lowest ÷ price` of the criterion's
 * weight (the Crown Commercial Service "lowest price ÷ bid price × maximum marks").
 */
export interface RelativeToLowestMethod {
  /** The method's name. */
  readonly method: 'relative-to-lowest';
}

/**
 * Score a price on a straight line between two buyer bounds: full marks at or below
 * `fullMarksAt`, nothing at or above `zeroAt`.
 */
export interface LinearPriceMethod {
  /** The method's name. */
  readonly method: 'linear';
  /** The price (floor) at or below which the bid gets full marks. */
  readonly fullMarksAt: Numeric;
  /** The price (ceiling) at or above which the bid gets no marks; above `fullMarksAt`. */
  readonly zeroAt: Numeric;
}

/**
 * Score a price against the mean of the qualifying prices: the mean scores `pointsAtMean` (50)
 * out of 100, each percent below the mean adds `pointsPerPercent` (1) and each percent above
 * takes it away, clamped to 0–100.
 */
export interface MeanBasedPriceMethod {
  /** The method's name. */
  readonly method: 'mean-based';
  /** Points out of 100 for a price equal to the mean. Default 50. */
  readonly pointsAtMean?: Numeric | undefined;
  /** Points per percent below (added) or above (taken away) the mean. Default 1. */
  readonly pointsPerPercent?: Numeric | undefined;
}

/**
 * Score a price by points off for each percent above the lowest qualifying price: the lowest
 * gets full marks (100 points of 100), every other bid loses `pointsPerPercent` points for each
 * 1% it is above the lowest, floored at 0 (a £110 bid against £100 with 1 point per 1% gets 90
 * points, where `relative-to-lowest` gives 90.91). Partial percents count pro rata. Source:
 * Market Dojo, "How do I create a weighted auction" ("percentage of leading bid": "if the leading
 * bid is £100 … and Participant B puts in a bid of £110 … Participant B will score 90%"),
 * https://support.marketdojo.com/portal/en/kb/articles/how-do-i-create-a-weighted-auction. The
 * floor at 0 is this library's (the source does not say what a bid at twice the lowest gets).
 */
export interface PercentAboveLowestMethod {
  /** The method's name. */
  readonly method: 'percent-above-lowest';
  /** Points (of 100) taken off for each 1% above the lowest price. Default 1, as the source. */
  readonly pointsPerPercent?: Numeric | undefined;
}

/**
 * How the middle of an even number of prices is taken: the mean of the two middle prices, the
 * lower or the upper one.
 */
export type EvenMedian = 'mean-of-middle-two' | 'lower-middle' | 'upper-middle';

/**
 * Score a price with the Scottish Government's graduated pricing mechanism (Construction Policy
 * Note CPN 3/2024, 3 July 2024,
 * https://www.gov.scot/publications/scottish-procurement-construction-policy-note-cpn-3-2024/):
 * every tender starts at 100 points; the inflection point is the median qualifying price plus
 * 2.5% (`inflectionUpliftRatio`; abnormally low tenders rejected and disqualified tenders are left
 * out of the median); a price at or below the inflection point loses 0.1 point
 * (`pointsPerPercent`) for each 1% it is above the lowest qualifying price.
 *
 * What the note's Annex A sets beyond that could not be read from a public copy, so it has no
 * default here and the buyer states it, from the tender documents: the steeper deduction above
 * the inflection point (`steepPointsPerPercent`), whether it applies only to the percent beyond
 * the inflection point (`steepApplies: 'beyond-inflection'`: 100 − gentle × the inflection's
 * percent above the lowest − steep × the percent of the lowest price the bid is above the
 * inflection) or to the whole percent above the lowest (`'whole-difference'`: 100 − steep ×
 * percent above the lowest), how the median of an even number of prices is taken
 * (`medianOfEven`) and whether points stop at 0 (`floorAtZero`). Percents are of the lowest
 * price and count pro rata. The points are a share of the criterion's weight (`points ÷ 100`).
 */
export interface GraduatedPricingMethod {
  /** The method's name. */
  readonly method: 'graduated-pricing';
  /** The inflection point's uplift on the median, a fraction. Default 0.025 (CPN 3/2024). */
  readonly inflectionUpliftRatio?: Numeric | undefined;
  /** Points (of 100) off per 1% above the lowest, up to the inflection. Default 0.1 (CPN 3/2024). */
  readonly pointsPerPercent?: Numeric | undefined;
  /** Points (of 100) off per 1% above the inflection point, at least `pointsPerPercent`: required (not confirmed from the note). */
  readonly steepPointsPerPercent: Numeric;
  /** Whether the steep rate applies beyond the inflection only, or to the whole difference: required. */
  readonly steepApplies: 'beyond-inflection' | 'whole-difference';
  /** How the median of an even number of prices is taken: required. */
  readonly medianOfEven: EvenMedian;
  /** True to stop points at 0; false lets a very high price score below 0: required. */
  readonly floorAtZero: boolean;
}

/**
 * Score marks on a published scale. Several evaluators' marks are combined by their mean, or a
 * moderated mark is used (`combine: 'moderated'`; by default the moderated mark is used when
 * the response gives one, otherwise the mean).
 */
export interface ScaleMethod {
  /** The method's name. */
  readonly method: 'scale';
  /** The scale the marks are given on. */
  readonly scale: ScaleInput;
  /** How several marks become one: their `mean`, or the `moderated` mark. */
  readonly combine?: 'mean' | 'moderated' | undefined;
}

/** Score a £ social value offer relative to the highest qualifying offer: `offer ÷ highest`. */
export interface RelativeToHighestMethod {
  /** The method's name. */
  readonly method: 'relative-to-highest';
}

/**
 * Score a £ social value offer on social value added: `offer ÷ base`, where the base is the
 * `contractValue` when given and the bid's price otherwise, capped at `targetRatio`; the score
 * is `min(ratio, targetRatio) ÷ targetRatio`.
 */
export interface SvaMethod {
  /** The method's name. */
  readonly method: 'sva';
  /** The social value added ratio that earns full marks, a fraction: `0.2` for 20%. */
  readonly targetRatio: Numeric;
  /** The contract value to divide by; when absent, each bid's own price. */
  readonly contractValue?: Numeric | undefined;
}

/**
 * Blend a quantitative (£ offer) and a qualitative (marks) score with a stated split:
 * `quantitativeShare × quantitative + (1 − quantitativeShare) × qualitative`.
 */
export interface BlendMethod {
  /** The method's name. */
  readonly method: 'blend';
  /** How the £ offer is scored. */
  readonly quantitative: RelativeToHighestMethod | SvaMethod;
  /** How the marks are scored (a checked model's scale, as it writes it, is taken back too). */
  readonly qualitative: ScaleMethod | ScaleScoring;
  /** The share of the quantitative score in the blend, a fraction from 0 to 1. */
  readonly quantitativeShare: Numeric;
}

/**
 * How a criterion turns a bid's input into a score share between 0 and 1. A checked model's
 * scoring (`Criterion['scoring']`) is one too, so its criteria can be given again as input: its
 * custom scale is `scale: 'custom'` with the marks beside it ({@link ScaleScoring}).
 */
export type ScoringMethod =
  | RelativeToLowestMethod
  | LinearPriceMethod
  | MeanBasedPriceMethod
  | PercentAboveLowestMethod
  | GraduatedPricingMethod
  | ScaleMethod
  | ScaleScoring
  | RelativeToHighestMethod
  | SvaMethod
  | BlendMethod;

/** A sub-criterion: scored on its own, weighted in percentage points of the whole tender. */
export interface SubCriterionInput {
  /** Unique id; bids give their response under this id. */
  readonly id: string;
  /** A name for people. Default: the id. */
  readonly name?: string | undefined;
  /** Percentage points (0 to 100) of the whole tender's marks. */
  readonly weight: Numeric;
  /** How it is scored. */
  readonly scoring: ScoringMethod;
  /** A score share (0 to 1 of the sub-criterion's marks) below which the bid is disqualified. */
  readonly minimumScoreShare?: Numeric | undefined;
  /**
   * For scale and blend methods: a combined mark below which the bid is disqualified, at most
   * the highest mark of the scale.
   */
  readonly minimumMark?: Numeric | undefined;
}

/**
 * A criterion of an evaluation model: either scored directly (`weight` and `scoring`) or split
 * into `subCriteria` whose weights add up to the criterion's weight.
 */
export interface CriterionInput {
  /** Unique id; bids give their response under this id. */
  readonly id: string;
  /** What the criterion assesses. */
  readonly kind: CriterionKind;
  /** A name for people. Default: the id. */
  readonly name?: string | undefined;
  /** Percentage points (0 to 100) of the whole tender's marks; with sub-criteria, their sum. */
  readonly weight?: Numeric | undefined;
  /** How it is scored (not with sub-criteria). */
  readonly scoring?: ScoringMethod | undefined;
  /** Sub-criteria, each with its own weight and method. */
  readonly subCriteria?: readonly SubCriterionInput[] | undefined;
  /** A score share (0 to 1 of the criterion's marks) below which the bid is disqualified. */
  readonly minimumScoreShare?: Numeric | undefined;
  /**
   * For scale and blend methods: a combined mark below which the bid is disqualified, at most
   * the highest mark of the scale.
   */
  readonly minimumMark?: Numeric | undefined;
}

/**
 * A rule that breaks a tie on the total: `higher-quality` (more weighted marks on quality
 * criteria), `higher-social-value`, `lower-price`, or a named criterion (more weighted marks).
 * `higher-quality` and `higher-social-value` need a criterion of that kind in the model (refused
 * otherwise). Bids still equal after every rule are reported as a declared tie.
 */
export type TieBreakRule =
  | 'higher-quality'
  | 'higher-social-value'
  | 'lower-price'
  | {
      /** The id of the criterion (or sub-criterion) whose weighted score decides. */
      readonly criterion: string;
    };

/**
 * Limits of the abnormally low tender check, by the Scottish Government Construction Procurement
 * Handbook (chapter 8 and glossary). The `average` test (the default, the handbook's first
 * edition): a price is flagged when it is more than `belowAverageShare` (15%) below the adjusted
 * average price (the mean of all prices without the highest) and more than the proximity margin
 * (`proximityShare`, 1%, of the lowest other price, kept between £1,000 and £100,000) below the
 * lowest other price. The `median` test (the handbook's current glossary): more than
 * `belowMedianShare` (15%) below the median price (of all prices; the mean of the two middle
 * ones when they are even in number), with the same proximity margin.
 */
export interface AbnormallyLowOptions {
  /** The test: `'average'` (the default) or `'median'` (the handbook's current glossary). */
  readonly basis?: 'average' | 'median' | undefined;
  /** Average test: how far below the adjusted average a price must be, a fraction. Default 0.15. */
  readonly belowAverageShare?: Numeric | undefined;
  /** Median test: how far below the median price, a fraction. Default 0.15. */
  readonly belowMedianShare?: Numeric | undefined;
  /** The proximity margin as a fraction of the lowest other price. Default 0.01. */
  readonly proximityShare?: Numeric | undefined;
  /** The smallest proximity margin in £. Default 1000. */
  readonly proximityMin?: Numeric | undefined;
  /** The largest proximity margin in £. Default 100000. */
  readonly proximityMax?: Numeric | undefined;
}

/**
 * How an evaluation treats abnormally low prices: `flag` reports them on each bid, `exclude`
 * also disqualifies them. The test and limits are those of {@link AbnormallyLowOptions}.
 */
export interface AbnormallyLowRuleInput extends AbnormallyLowOptions {
  /** `flag` only, or `exclude` the flagged bids from the award. */
  readonly action: 'flag' | 'exclude';
}

/** The checked limits of the average (handbook) test, as exact decimals. */
export interface AverageAbnormallyLowLimits {
  /** Absent: the average test. */
  readonly basis?: undefined;
  /** How far below the adjusted average a price must be, a fraction. */
  readonly belowAverageShare: Decimal;
  /** The proximity margin as a fraction of the lowest other price. */
  readonly proximityShare: Decimal;
  /** The smallest proximity margin in £. */
  readonly proximityMin: Decimal;
  /** The largest proximity margin in £. */
  readonly proximityMax: Decimal;
}

/** The checked limits of the median test, as exact decimals. */
export interface MedianAbnormallyLowLimits {
  /** `'median'`. */
  readonly basis: 'median';
  /** How far below the median price a price must be, a fraction. */
  readonly belowMedianShare: Decimal;
  /** The proximity margin as a fraction of the lowest other price. */
  readonly proximityShare: Decimal;
  /** The smallest proximity margin in £. */
  readonly proximityMin: Decimal;
  /** The largest proximity margin in £. */
  readonly proximityMax: Decimal;
}

/** The checked limits of the abnormally low check: the average test's or the median test's. */
export type AbnormallyLowLimits = AverageAbnormallyLowLimits | MedianAbnormallyLowLimits;

/** The checked abnormally low check of a model: its limits and what to do with flagged bids. */
export type AbnormallyLowRule = AbnormallyLowLimits & {
  /** `flag` only, or `exclude` the flagged bids. */
  readonly action: 'flag' | 'exclude';
};

/**
 * How bids are ranked: `weighted` (highest total of weighted scores wins),
 * `price-per-quality-point` (lowest price ÷ quality points wins) or `value-for-money` (lowest
 * price − quality points × willingness to pay wins). In the last two, the criteria are the
 * quality criteria (weights still sum to 100) and the price is the bid's `price`.
 */
export type EvaluationMethod = 'weighted' | 'price-per-quality-point' | 'value-for-money';

/**
 * Rounding of published scores: each weighted score is rounded to `places` decimal places with
 * the named mode and the total is the sum of the rounded scores. None by default.
 */
export interface ScoreRounding {
  /** Decimal places (0 to 10). */
  readonly places: number;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode | undefined;
}

/** An evaluation model as written by the buyer, before {@link defineEvaluation} checks it. */
export interface EvaluationModelInput {
  /** A name for people. */
  readonly name?: string | undefined;
  /** How bids are ranked. Default `'weighted'`. */
  readonly method?: EvaluationMethod | undefined;
  /** For `value-for-money` (refused by the other methods): £ the buyer would pay for one quality point. */
  readonly willingnessToPay?: Numeric | undefined;
  /**
   * Quality points (of 100) a bid needs: its total, but for a weighted model's price criteria
   * (price points are not quality points).
   */
  readonly minimumQualityPoints?: Numeric | undefined;
  /** The criteria; their weights, in percentage points, must sum to exactly 100. */
  readonly criteria: readonly CriterionInput[];
  /** Rules that break ties, in order. Default none: ties are declared. */
  readonly tieBreak?: readonly TieBreakRule[] | undefined;
  /** Rounding of published weighted scores. Default none. */
  readonly rounding?: ScoreRounding | undefined;
  /** A bid missing an input: `error` (default, throws `missing-input`) or `disqualify`. */
  readonly missingInput?: 'error' | 'disqualify' | undefined;
  /** Check prices for abnormally low tenders. Default: no check. */
  readonly abnormallyLow?: AbnormallyLowRuleInput | undefined;
}

/**
 * A pledge valuation given as a £ offer: a `Valuation` from `valuePledges` (or its JSON
 * snapshot). `kind` and `total` are read; a stored one's total must be what its lines give
 * (each line's value, its quantity × attribution share × proxy value, checked on the way); its
 * other fields are allowed and not read.
 */
export interface ValuationOffer {
  /** `'valuation'`. */
  readonly kind: 'valuation';
  /** The version of the Valuation's shape (1). */
  readonly schemaVersion?: 1 | undefined;
  /** The valuation's total, the £ offered. */
  readonly total: Numeric;
}

/** A £ social value offer: an amount, `{ total }`, or a `Valuation` (its total is read). */
export type OfferInput =
  | Numeric
  | ValuationOffer
  | {
      /** The £ total offered. */
      readonly total: Numeric;
    };

/**
 * A response with marks (and, for blended social value, the £ offer): evaluators' `marks`, a
 * `moderated` mark, a single `mark`. `mark` and `marks` together are refused: give one or the
 * other (either may come with `moderated`).
 */
export interface MarkedResponseInput {
  /** The £ offer (blended social value). */
  readonly offer?: OfferInput | undefined;
  /** The £ offer, as in `{ total }` (the same as `offer`; give one of them). */
  readonly total?: Numeric | undefined;
  /** One mark. */
  readonly mark?: Numeric | undefined;
  /** Several evaluators' marks. */
  readonly marks?: readonly Numeric[] | undefined;
  /** The moderated (agreed) mark. */
  readonly moderated?: Numeric | undefined;
}

/**
 * A bid's response to one non-price criterion: a single mark or £ offer (read as the method
 * needs), a `Valuation` or `{ total }` as a £ offer, or an object with marks.
 */
export type ResponseInput = OfferInput | MarkedResponseInput;

/** One bid: its id, its price (above 0) and its responses keyed by criterion id. */
export interface BidInput {
  /** Unique id of the bid. */
  readonly id: string;
  /**
   * The tendered price, above 0: a total or a unit rate, which may be below a penny (`'0.004'`),
   * as long as all bids give the same (ex VAT or inc VAT, total or rate per the same unit).
   */
  readonly price?: Numeric | undefined;
  /**
   * Responses keyed by criterion (or sub-criterion) id; price criteria read `price`. A response
   * given as `undefined` is missing, as if left out (the model's `missingInput` decides).
   */
  readonly responses?: Readonly<Record<string, ResponseInput | undefined>> | undefined;
}

/**
 * A bid with its price, as {@link flagAbnormallyLow} needs it: a bid of an evaluation
 * ({@link BidInput}) whose price is given. `flagAbnormallyLow` takes `BidInput[]` (the bids of
 * an evaluation as they are) and refuses a bid without a price at run time; this type is for
 * callers who want the price checked at compile time.
 */
export interface PricedBidInput extends BidInput {
  /** The tendered price, above 0 (a unit rate may be below a penny). */
  readonly price: Numeric;
}

/** A checked scale method. */
export interface ScaleScoring {
  /** The method's name. */
  readonly method: 'scale';
  /** The scale's name (`'0-5'`, `'0-4'`, `'0-100'` or `'custom'`). */
  readonly scale: '0-5' | '0-4' | '0-100' | 'custom';
  /** The allowed marks, ascending. */
  readonly marks: readonly Decimal[];
  /** How several marks become one; absent: moderated when given, else the mean. */
  readonly combine?: 'mean' | 'moderated' | undefined;
}

/** A checked SVA method. */
export interface SvaScoring {
  /** The method's name. */
  readonly method: 'sva';
  /** The social value added ratio that earns full marks, a fraction. */
  readonly targetRatio: Decimal;
  /** The contract value divided by, or absent for each bid's price. */
  readonly contractValue?: Decimal | undefined;
}

/** A checked graduated pricing method (CPN 3/2024). */
export interface GraduatedPricingScoring {
  /** The method's name. */
  readonly method: 'graduated-pricing';
  /** The inflection point's uplift on the median, a fraction. */
  readonly inflectionUpliftRatio: Decimal;
  /** Points off per 1% above the lowest, up to the inflection point. */
  readonly pointsPerPercent: Decimal;
  /** Points off per 1% above the inflection point. */
  readonly steepPointsPerPercent: Decimal;
  /** Where the steep rate applies. */
  readonly steepApplies: 'beyond-inflection' | 'whole-difference';
  /** How the median of an even number of prices is taken. */
  readonly medianOfEven: EvenMedian;
  /** Whether points stop at 0. */
  readonly floorAtZero: boolean;
}

/** A checked scoring method: numbers are exact decimals and the scale is a list of marks. */
export type Scoring =
  | {
      /** The method's name. */
      readonly method: 'relative-to-lowest';
    }
  | {
      /** The method's name. */
      readonly method: 'linear';
      /** The price at or below which a bid gets full marks. */
      readonly fullMarksAt: Decimal;
      /** The price at or above which a bid gets no marks. */
      readonly zeroAt: Decimal;
    }
  | {
      /** The method's name. */
      readonly method: 'mean-based';
      /** Points out of 100 for the mean price. */
      readonly pointsAtMean: Decimal;
      /** Points per percent below or above the mean. */
      readonly pointsPerPercent: Decimal;
    }
  | {
      /** The method's name. */
      readonly method: 'percent-above-lowest';
      /** Points off per 1% above the lowest price. */
      readonly pointsPerPercent: Decimal;
    }
  | GraduatedPricingScoring
  | ScaleScoring
  | {
      /** The method's name. */
      readonly method: 'relative-to-highest';
    }
  | SvaScoring
  | {
      /** The method's name. */
      readonly method: 'blend';
      /** How the £ offer is scored. */
      readonly quantitative:
        | {
            /** The method's name. */
            readonly method: 'relative-to-highest';
          }
        | SvaScoring;
      /** How the marks are scored. */
      readonly qualitative: ScaleScoring;
      /** The share of the quantitative score, a fraction. */
      readonly quantitativeShare: Decimal;
    };

/** A checked sub-criterion. */
export interface SubCriterion {
  /** Unique id. */
  readonly id: string;
  /** A name for people (the id when none was given). */
  readonly name: string;
  /** The kind, inherited from the parent criterion. */
  readonly kind: CriterionKind;
  /** Percentage points of the whole tender's marks. */
  readonly weight: Decimal;
  /** How it is scored. */
  readonly scoring: Scoring;
  /** Minimum score share (0 to 1), if any. */
  readonly minimumScoreShare?: Decimal | undefined;
  /** Minimum combined mark, if any. */
  readonly minimumMark?: Decimal | undefined;
}

/** A checked criterion: a scored criterion has `scoring`, a split one has `subCriteria`. */
export interface Criterion {
  /** Unique id. */
  readonly id: string;
  /** What it assesses. */
  readonly kind: CriterionKind;
  /** A name for people (the id when none was given). */
  readonly name: string;
  /** Percentage points of the whole tender's marks (the sum of its sub-criteria, if split). */
  readonly weight: Decimal;
  /** How it is scored, unless split into sub-criteria. */
  readonly scoring?: Scoring | undefined;
  /** Its sub-criteria, if split. */
  readonly subCriteria?: readonly SubCriterion[] | undefined;
  /** Minimum score share (0 to 1), if any. */
  readonly minimumScoreShare?: Decimal | undefined;
  /** Minimum combined mark, if any. */
  readonly minimumMark?: Decimal | undefined;
}

/**
 * A checked evaluation model, as returned by {@link defineEvaluation}: defaults filled in,
 * numbers exact, weights proven to sum to 100 percentage points. Frozen plain data; its JSON
 * (or any copy) is accepted wherever a model is, and checked again.
 */
export interface EvaluationModel {
  /** `'evaluation-model'`. */
  readonly kind: 'evaluation-model';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** A name for people, if given. */
  readonly name?: string | undefined;
  /** How bids are ranked. */
  readonly method: EvaluationMethod;
  /** £ per quality point (value-for-money only). */
  readonly willingnessToPay?: Decimal | undefined;
  /** Quality points a bid needs (its total but for a weighted model's price criteria). */
  readonly minimumQualityPoints?: Decimal | undefined;
  /** The criteria, in the order given. */
  readonly criteria: readonly Criterion[];
  /** Tie-break rules, in order (empty: ties are declared). */
  readonly tieBreak: readonly TieBreakRule[];
  /** Rounding of published weighted scores, if any. */
  readonly rounding?: Required<ScoreRounding> | undefined;
  /** What happens to a bid missing an input. */
  readonly missingInput: 'error' | 'disqualify';
  /** The abnormally low check, if any. */
  readonly abnormallyLow?: AbnormallyLowRule | undefined;
}

/** The score of one bid on one criterion, with everything needed to check it by hand. */
export interface CriterionScore {
  /** The criterion's (or sub-criterion's) id. */
  readonly criterion: string;
  /** The criterion's name. */
  readonly criterionName: string;
  /** What the criterion assesses. */
  readonly criterionKind: CriterionKind;
  /** The scoring method (`group` for a criterion split into sub-criteria). */
  readonly method: Scoring['method'] | 'group';
  /** The criterion's weight, in percentage points. */
  readonly weight: Decimal;
  /** The input scored: the price, the combined mark or the £ offer; `null` for a group. */
  readonly raw: Decimal | null;
  /**
   * The share of the criterion's marks earned, a fraction from 0 to 1 (below 0 only for a
   * graduated price scored without a floor). For a group weighing 0 points, the mean of its
   * sub-criteria's shares.
   */
  readonly scoreShare: Decimal;
  /** `scoreShare × weight`, in points (rounded when the model rounds published scores). */
  readonly weightedScore: Decimal;
  /** The exact weighted score before rounding (present only when the model rounds). */
  readonly unroundedWeightedScore?: Decimal | undefined;
  /** The formula used, in words (`lowest price ÷ price`). */
  readonly formula: string;
  /**
   * The inputs of the formula by name (`lowest`, `price`, `mean`, `highest`, …); for a split
   * criterion, the sub-criteria's weighted scores by id, in a record with no prototype.
   */
  readonly inputs: Readonly<Record<string, Decimal>>;
  /** The evaluators' marks, when the criterion is marked. */
  readonly marks?: readonly Decimal[] | undefined;
  /**
   * One sentence: how the score was worked out, its figures to 4 places (below 0.001 to 4
   * significant figures, so a figure that is not 0 never reads 0).
   */
  readonly reason: string;
  /** The sub-criteria scores, for a split criterion. */
  readonly subCriteria?: readonly CriterionScore[] | undefined;
}

/** Why a bid can be disqualified. */
export type DisqualificationCode =
  | 'below-minimum'
  | 'missing-input'
  | 'abnormally-low'
  | 'no-quality-points';

/** One reason a bid was disqualified. */
export interface DisqualificationReason {
  /** What went wrong. */
  readonly code: DisqualificationCode;
  /** Always `'error'`: the bid cannot win. */
  readonly severity: Extract<Severity, 'error'>;
  /** One sentence naming the bid, the figure and the limit. */
  readonly message: string;
  /** The criterion concerned, when one is. */
  readonly criterion?: string | undefined;
}

/** What the abnormally low check found for one price. */
export type AbnormallyLowCode = 'abnormally-low' | 'not-abnormally-low' | 'no-other-price';

/** The abnormally low check of one price by the average test, with the figures of both tests. */
export interface AverageAbnormallyLowFinding {
  /** `abnormally-low` (both tests met), `not-abnormally-low`, or `no-other-price`. */
  readonly code: AbnormallyLowCode;
  /** `'warning'` for a flagged price (ask the bidder to explain it), else `'info'`. */
  readonly severity: Extract<Severity, 'warning' | 'info'>;
  /** One sentence with both tests and their figures. */
  readonly message: string;
  /** The bid's id. */
  readonly bid: string;
  /** Its price. */
  readonly price: Decimal;
  /** True when both tests are met. */
  readonly flagged: boolean;
  /** Absent: the average test. */
  readonly basis?: undefined;
  /** The mean of all prices without the (one) highest. */
  readonly adjustedAverage: Decimal;
  /** The price below which the first test is met: `adjustedAverage × (1 − belowAverageShare)`. */
  readonly averageLimit: Decimal;
  /** The lowest price among the other bids, or `null` when there is no other bid. */
  readonly lowestOther: Decimal | null;
  /** The proximity margin in £ (`proximityShare` of `lowestOther`, within the limits). */
  readonly proximityMargin: Decimal | null;
  /** True when the price is below `averageLimit`. */
  readonly belowAverage: boolean;
  /** True when the price is more than the proximity margin below the lowest other price. */
  readonly beyondProximity: boolean;
  /** Not in an average finding. */
  readonly medianPrice?: undefined;
  /** Not in an average finding. */
  readonly medianLimit?: undefined;
  /** Not in an average finding. */
  readonly belowMedian?: undefined;
}

/** The abnormally low check of one price by the median test. */
export interface MedianAbnormallyLowFinding {
  /** `abnormally-low` (both tests met), `not-abnormally-low`, or `no-other-price`. */
  readonly code: AbnormallyLowCode;
  /** `'warning'` for a flagged price (ask the bidder to explain it), else `'info'`. */
  readonly severity: Extract<Severity, 'warning' | 'info'>;
  /** One sentence with both tests and their figures. */
  readonly message: string;
  /** The bid's id. */
  readonly bid: string;
  /** Its price. */
  readonly price: Decimal;
  /** True when both tests are met. */
  readonly flagged: boolean;
  /** `'median'`. */
  readonly basis: 'median';
  /** The median of all the prices (the mean of the two middle ones when they are even in number). */
  readonly medianPrice: Decimal;
  /** `medianPrice × (1 − belowMedianShare)`: the handbook's "adjusted median boundary". */
  readonly medianLimit: Decimal;
  /** The lowest price among the other bids, or `null` when there is no other bid. */
  readonly lowestOther: Decimal | null;
  /** The proximity margin in £ (`proximityShare` of `lowestOther`, within the limits). */
  readonly proximityMargin: Decimal | null;
  /** True when the price is below `medianLimit`. */
  readonly belowMedian: boolean;
  /** True when the price is more than the proximity margin below the lowest other price. */
  readonly beyondProximity: boolean;
  /** Not in a median finding. */
  readonly adjustedAverage?: undefined;
  /** Not in a median finding. */
  readonly averageLimit?: undefined;
  /** Not in a median finding. */
  readonly belowAverage?: undefined;
}

/** The abnormally low check of one price: by the average test, or by the median test. */
export type AbnormallyLowFinding = AverageAbnormallyLowFinding | MedianAbnormallyLowFinding;

/** The result of {@link flagAbnormallyLow} by the average test. */
export interface AverageAbnormallyLowCheck {
  /** `'abnormally-low-check'`. */
  readonly kind: 'abnormally-low-check';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The limits applied. */
  readonly limits: AverageAbnormallyLowLimits;
  /** The mean of all prices without the (one) highest; `null` without bids. */
  readonly adjustedAverage: Decimal | null;
  /** `adjustedAverage × (1 − belowAverageShare)`; `null` without bids. */
  readonly averageLimit: Decimal | null;
  /** Not in an average check. */
  readonly medianPrice?: undefined;
  /** Not in an average check. */
  readonly medianLimit?: undefined;
  /** One finding per bid, in input order. */
  readonly findings: readonly AverageAbnormallyLowFinding[];
  /** The ids of the flagged bids, in input order. */
  readonly flagged: readonly string[];
  /** One sentence: how many prices are flagged, and which. */
  readonly summary: string;
}

/** The result of {@link flagAbnormallyLow} by the median test. */
export interface MedianAbnormallyLowCheck {
  /** `'abnormally-low-check'`. */
  readonly kind: 'abnormally-low-check';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The limits applied (`basis: 'median'`). */
  readonly limits: MedianAbnormallyLowLimits;
  /** The median of all the prices; `null` without bids. */
  readonly medianPrice: Decimal | null;
  /** `medianPrice × (1 − belowMedianShare)`; `null` without bids. */
  readonly medianLimit: Decimal | null;
  /** Not in a median check. */
  readonly adjustedAverage?: undefined;
  /** Not in a median check. */
  readonly averageLimit?: undefined;
  /** One finding per bid, in input order. */
  readonly findings: readonly MedianAbnormallyLowFinding[];
  /** The ids of the flagged bids, in input order. */
  readonly flagged: readonly string[];
  /** One sentence: how many prices are flagged, and which. */
  readonly summary: string;
}

/** The result of {@link flagAbnormallyLow}: by the average test, or by the median test. */
export type AbnormallyLowCheck = AverageAbnormallyLowCheck | MedianAbnormallyLowCheck;

/** Why a bid is out of the ranking: `false` while it qualifies. */
export type Disqualification =
  | false
  | {
      /** Every reason found, as findings `{ code, severity, message }`, in the order of the checks. */
      readonly findings: readonly DisqualificationReason[];
    };

/** One bid in the ranking of {@link evaluateTenders}. */
export interface RankedBid {
  /** The bid's id. */
  readonly bid: string;
  /** Its rank (1 is best; tied bids share a rank); `null` when disqualified. */
  readonly rank: number | null;
  /** The sum of weighted scores, out of 100 (quality points in the price-per-point modes). */
  readonly total: Decimal;
  /** The bid's price, when given. */
  readonly price: Decimal | null;
  /** The figure ranked on: `total`, price per quality point, or adjusted price. */
  readonly rankingValue: Decimal;
  /** One score per criterion, in model order. */
  readonly criteria: readonly CriterionScore[];
  /** `false`, or why the bid was disqualified. */
  readonly disqualified: Disqualification;
  /**
   * The abnormally low finding, when the model checks prices (against the prices of the bids not
   * out for missing input; `null` for a bid that is).
   */
  readonly abnormallyLow: AbnormallyLowFinding | null;
  /** Its tie on the ranking value, if any: the group (index in `ties`) and what placed it. */
  readonly tie: null | {
    /** The index of its group in the evaluation's `ties`. */
    readonly group: number;
    /** The tie-break rule that placed it, or `null` if the tie stands. */
    readonly decidedBy: string | null;
  };
}

/** A group of bids with the same ranking value, and how it was settled. */
export interface TieReport {
  /** The bids tied on the ranking value, in id order. */
  readonly bids: readonly string[];
  /** True when the tie-break rules ordered every bid of the group. */
  readonly decided: boolean;
  /** The rules that separated bids of the group. */
  readonly decidedBy: readonly string[];
  /** One sentence: the tie and how it was settled. */
  readonly reason: string;
}

/** The result of {@link evaluateTenders}. */
export interface TenderEvaluation {
  /** `'tender-evaluation'`. */
  readonly kind: 'tender-evaluation';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** How bids were ranked. */
  readonly method: EvaluationMethod;
  /** Whether a higher or a lower ranking value is better. */
  readonly better: 'higher' | 'lower';
  /** Qualifying bids by rank (ties in id order), then disqualified bids in id order. */
  readonly ranking: readonly RankedBid[];
  /** The single best bid, or `null` when none qualifies or first place is an undecided tie. */
  readonly winner: RankedBid | null;
  /** Every group of qualifying bids with the same ranking value. */
  readonly ties: readonly TieReport[];
  /** The rounding applied to published scores, or `null`. */
  readonly rounding: Required<ScoreRounding> | null;
  /** One sentence: the winner, ties and disqualifications. */
  readonly summary: string;
}

/** How far one criterion's weight can move before the winner changes. */
export interface CriterionSensitivity {
  /** The criterion's id. */
  readonly criterion: string;
  /** The criterion's name. */
  readonly criterionName: string;
  /** Its weight in the model, in percentage points. */
  readonly weight: Decimal;
  /**
   * The weights (percentage points, others rescaled in proportion) over which the winner stays
   * the same, ends included (at an end the winner ties, or falls to the minimum quality points),
   * but for an end where a bid ahead of the winner reaches the minimum quality points (it wins
   * there); `null` when there is no single winner or the criterion carries all the weight.
   */
  readonly range: {
    /** The lowest weight at which the winner still wins (0 at the least). */
    readonly from: Decimal;
    /** The highest weight at which the winner still wins (100 at the most). */
    readonly to: Decimal;
  } | null;
  /**
   * The bid that wins just below `from`; `null` when `from` is 0, or when several bids tie for
   * first just below it and the tie-break rules do not part them, or none has the minimum
   * quality points there (the `reason` says which).
   */
  readonly winnerBelow: string | null;
  /**
   * The bid that wins just above `to`; `null` when `to` is 100, or when several bids tie for
   * first just above it and the tie-break rules do not part them, or none has the minimum
   * quality points there (the `reason` says which).
   */
  readonly winnerAbove: string | null;
  /** One sentence: the range and who wins beyond it. */
  readonly reason: string;
}

/** The result of {@link weightSensitivity}. */
export interface WeightSensitivity {
  /** `'weight-sensitivity'`. */
  readonly kind: 'weight-sensitivity';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The winning bid's id at the model's weights, or `null`. */
  readonly winner: string | null;
  /** One entry per top-level criterion, in model order. */
  readonly criteria: readonly CriterionSensitivity[];
  /** One sentence: the closest change of weight that changes the winner. */
  readonly summary: string;
}

/**
 * Changes to try with {@link whatIf}: new weights for some criteria (the others rescaled in
 * proportion unless `rescale` is false) and new prices for some bids.
 */
export interface WhatIfChanges {
  /**
   * New weights in percentage points (0 to 100), by top-level criterion id. A weight given as
   * `undefined` is refused: leave the id out to keep the weight (rescaled with the others).
   */
  readonly weights?: Readonly<Record<string, Numeric>> | undefined;
  /** New prices by bid id, each above 0; leave an id out to keep its price. */
  readonly prices?: Readonly<Record<string, Numeric>> | undefined;
  /**
   * Rescale the criteria not named in `weights` in proportion so the weights sum to 100
   * (default true). When false, the weights as changed must already sum to 100.
   */
  readonly rescale?: boolean | undefined;
}

/** How one bid moved in {@link whatIf}. */
export interface WhatIfMove {
  /** The bid's id. */
  readonly bid: string;
  /** Its rank before the change (`null`: disqualified). */
  readonly rankBefore: number | null;
  /** Its rank after the change. */
  readonly rankAfter: number | null;
  /** Its total before. */
  readonly totalBefore: Decimal;
  /** Its total after. */
  readonly totalAfter: Decimal;
}

/** The result of {@link whatIf}. */
export interface WhatIfResult {
  /** `'what-if'`. */
  readonly kind: 'what-if';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The model with the changed weights. */
  readonly model: EvaluationModel;
  /** The evaluation as the model stands. */
  readonly before: TenderEvaluation;
  /** The evaluation with the changes. */
  readonly after: TenderEvaluation;
  /** True when the winner (or the absence of one) differs. */
  readonly winnerChanged: boolean;
  /** Every bid's rank and total, before and after, in id order. */
  readonly moves: readonly WhatIfMove[];
  /** One sentence: whether the winner changes. */
  readonly summary: string;
}
