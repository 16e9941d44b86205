import type { Decimal, Numeric } from '../core/decimal.js';
import type { RoundingMode } from '../core/round-money.js';

/**
 * What a criterion assesses. `price` criteria read the bid's `price` and must use a price
 * method; the others read the bid's response for the criterion.
 *
 * @example
 * ```ts
 * import type { CriterionKind } from 'social-value';
 *
 * const kind: CriterionKind = 'social-value';
 * kind; // => 'social-value'
 * ```
 */
export type CriterionKind = 'price' | 'quality' | 'social-value' | 'environmental' | 'custom';

/**
 * A published marking scale: `'0-5'` (marks 0 to 5), `'0-4'` (0 to 4), `'0-100'` (0, 25, 50,
 * 75, 100) or your own list of allowed marks. A mark scores `mark ÷ highest mark` of the
 * criterion.
 *
 * @example
 * ```ts
 * import type { ScaleInput } from 'social-value';
 *
 * const custom: ScaleInput = { marks: [0, 2, 5, 8, 10] };
 * custom.marks.length; // => 5
 * ```
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
 *
 * @example
 * ```ts
 * import type { RelativeToLowestMethod } from 'social-value';
 *
 * const method: RelativeToLowestMethod = { method: 'relative-to-lowest' };
 * method.method; // => 'relative-to-lowest'
 * ```
 */
export interface RelativeToLowestMethod {
  /** The method's name. */
  readonly method: 'relative-to-lowest';
}

/**
 * Score a price on a straight line between two buyer bounds: full marks at or below
 * `fullMarksAt`, nothing at or above `zeroAt`.
 *
 * @example
 * ```ts
 * import type { LinearPriceMethod } from 'social-value';
 *
 * const method: LinearPriceMethod = { method: 'linear', fullMarksAt: 800000, zeroAt: 1200000 };
 * method.zeroAt; // => 1200000
 * ```
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
 *
 * @example
 * ```ts
 * import type { MeanBasedPriceMethod } from 'social-value';
 *
 * const method: MeanBasedPriceMethod = { method: 'mean-based' };
 * method.method; // => 'mean-based'
 * ```
 */
export interface MeanBasedPriceMethod {
  /** The method's name. */
  readonly method: 'mean-based';
  /** Points out of 100 for a price equal to the mean. Default 50. */
  readonly pointsAtMean?: Numeric;
  /** Points per percent below (added) or above (taken away) the mean. Default 1. */
  readonly pointsPerPercent?: Numeric;
}

/**
 * Score marks on a published scale. Several evaluators' marks are combined by their mean, or a
 * moderated mark is used (`combine: 'moderated'`; by default the moderated mark is used when
 * the response gives one, otherwise the mean).
 *
 * @example
 * ```ts
 * import type { ScaleMethod } from 'social-value';
 *
 * const method: ScaleMethod = { method: 'scale', scale: '0-5' };
 * method.scale; // => '0-5'
 * ```
 */
export interface ScaleMethod {
  /** The method's name. */
  readonly method: 'scale';
  /** The scale the marks are given on. */
  readonly scale: ScaleInput;
  /** How several marks become one: their `mean`, or the `moderated` mark. */
  readonly combine?: 'mean' | 'moderated';
}

/**
 * Score a £ social value offer relative to the highest qualifying offer: `offer ÷ highest`.
 *
 * @example
 * ```ts
 * import type { RelativeToHighestMethod } from 'social-value';
 *
 * const method: RelativeToHighestMethod = { method: 'relative-to-highest' };
 * method.method; // => 'relative-to-highest'
 * ```
 */
export interface RelativeToHighestMethod {
  /** The method's name. */
  readonly method: 'relative-to-highest';
}

/**
 * Score a £ social value offer on social value added: `offer ÷ base`, where the base is the
 * `contractValue` when given and the bid's price otherwise, capped at `target`; the score is
 * `min(ratio, target) ÷ target`.
 *
 * @example
 * ```ts
 * import type { SvaMethod } from 'social-value';
 *
 * const method: SvaMethod = { method: 'sva', target: '0.2' };
 * method.target; // => '0.2'
 * ```
 */
export interface SvaMethod {
  /** The method's name. */
  readonly method: 'sva';
  /** The ratio that earns full marks, e.g. `0.2` for 20% social value added. */
  readonly target: Numeric;
  /** The contract value to divide by; when absent, each bid's own price. */
  readonly contractValue?: Numeric;
}

/**
 * Blend a quantitative (£ offer) and a qualitative (marks) score with a stated split:
 * `share × quantitative + (1 − share) × qualitative`.
 *
 * @example
 * ```ts
 * import type { BlendMethod } from 'social-value';
 *
 * const method: BlendMethod = {
 *   method: 'blend',
 *   quantitative: { method: 'relative-to-highest' },
 *   qualitative: { method: 'scale', scale: '0-5' },
 *   quantitativeShare: '0.5',
 * };
 * method.quantitativeShare; // => '0.5'
 * ```
 */
export interface BlendMethod {
  /** The method's name. */
  readonly method: 'blend';
  /** How the £ offer is scored. */
  readonly quantitative: RelativeToHighestMethod | SvaMethod;
  /** How the marks are scored. */
  readonly qualitative: ScaleMethod;
  /** The share (0 to 1) of the quantitative score in the blend. */
  readonly quantitativeShare: Numeric;
}

/**
 * How a criterion turns a bid's input into a score between 0 and 1.
 *
 * @example
 * ```ts
 * import type { ScoringMethod } from 'social-value';
 *
 * const method: ScoringMethod = { method: 'relative-to-lowest' };
 * method.method; // => 'relative-to-lowest'
 * ```
 */
export type ScoringMethod =
  | RelativeToLowestMethod
  | LinearPriceMethod
  | MeanBasedPriceMethod
  | ScaleMethod
  | RelativeToHighestMethod
  | SvaMethod
  | BlendMethod;

/**
 * A sub-criterion: scored on its own, weighted in percent of the whole tender.
 *
 * @example
 * ```ts
 * import type { SubCriterionInput } from 'social-value';
 *
 * const sub: SubCriterionInput = {
 *   id: 'method-statement',
 *   weight: 20,
 *   scoring: { method: 'scale', scale: '0-5' },
 * };
 * sub.weight; // => 20
 * ```
 */
export interface SubCriterionInput {
  /** Unique id; bids give their response under this id. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string;
  /** Percent of the whole tender's marks. */
  readonly weight: Numeric;
  /** How it is scored. */
  readonly scoring: ScoringMethod;
  /** A score (share 0 to 1 of the sub-criterion) below which the bid is disqualified. */
  readonly minimumScore?: Numeric;
  /** For scale methods: a combined mark below which the bid is disqualified. */
  readonly minimumMark?: Numeric;
}

/**
 * A criterion of an evaluation model: either scored directly (`weight` and `scoring`) or split
 * into `subCriteria` whose weights add up to the criterion's weight.
 *
 * @example
 * ```ts
 * import type { CriterionInput } from 'social-value';
 *
 * const price: CriterionInput = {
 *   id: 'price',
 *   kind: 'price',
 *   weight: 30,
 *   scoring: { method: 'relative-to-lowest' },
 * };
 * price.kind; // => 'price'
 * ```
 */
export interface CriterionInput {
  /** Unique id; bids give their response under this id. */
  readonly id: string;
  /** What the criterion assesses. */
  readonly kind: CriterionKind;
  /** A name for people. */
  readonly name?: string;
  /** Percent of the whole tender's marks; with sub-criteria, optional (their sum). */
  readonly weight?: Numeric;
  /** How it is scored (not with sub-criteria). */
  readonly scoring?: ScoringMethod;
  /** Sub-criteria, each with its own weight and method. */
  readonly subCriteria?: readonly SubCriterionInput[];
  /** A score (share 0 to 1 of the criterion) below which the bid is disqualified. */
  readonly minimumScore?: Numeric;
  /** For scale methods: a combined mark below which the bid is disqualified. */
  readonly minimumMark?: Numeric;
}

/**
 * A rule that breaks a tie on the total: `higher-quality` (more weighted marks on quality
 * criteria), `higher-social-value`, `lower-price`, or a named criterion (more weighted marks).
 * Bids still equal after every rule are reported as a declared tie.
 *
 * @example
 * ```ts
 * import type { TieBreakRule } from 'social-value';
 *
 * const rules: TieBreakRule[] = ['higher-quality', 'lower-price'];
 * rules.length; // => 2
 * ```
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
 * Options of the abnormally low tender check (Scottish Government Construction Procurement
 * Handbook, chapter 8 and glossary): a price is flagged when it is more than `belowAverage`
 * (15%) below the adjusted average price (the mean of all prices without the highest) and more
 * than the proximity margin (1% of the lowest other price, kept between £1,000 and £100,000)
 * below the lowest other price.
 *
 * @example
 * ```ts
 * import type { AbnormallyLowOptions } from 'social-value';
 *
 * const options: AbnormallyLowOptions = { belowAverage: '0.15', proximityShare: '0.01' };
 * options.belowAverage; // => '0.15'
 * ```
 */
export interface AbnormallyLowOptions {
  /** How far below the adjusted average (a share) a price must be. Default 0.15. */
  readonly belowAverage?: Numeric;
  /** The proximity margin as a share of the lowest other price. Default 0.01. */
  readonly proximityShare?: Numeric;
  /** The smallest proximity margin in £. Default 1000. */
  readonly proximityMin?: Numeric;
  /** The largest proximity margin in £. Default 100000. */
  readonly proximityMax?: Numeric;
}

/**
 * How an evaluation treats abnormally low prices: `flag` reports them on each bid, `exclude`
 * also disqualifies them.
 *
 * @example
 * ```ts
 * import type { AbnormallyLowCheck } from 'social-value';
 *
 * const check: AbnormallyLowCheck = { action: 'exclude' };
 * check.action; // => 'exclude'
 * ```
 */
export interface AbnormallyLowCheck extends AbnormallyLowOptions {
  /** `flag` only, or `exclude` the flagged bids from the award. */
  readonly action: 'flag' | 'exclude';
}

/**
 * The checked limits of the abnormally low check, as exact decimals.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }],
 *   abnormallyLow: { action: 'flag' },
 * });
 * model.abnormallyLow?.proximityMax.toString(); // => '100000'
 * ```
 */
export interface AbnormallyLowLimits {
  /** How far below the adjusted average (a share) a price must be. */
  readonly belowAverage: Decimal;
  /** The proximity margin as a share of the lowest other price. */
  readonly proximityShare: Decimal;
  /** The smallest proximity margin in £. */
  readonly proximityMin: Decimal;
  /** The largest proximity margin in £. */
  readonly proximityMax: Decimal;
}

/**
 * The checked abnormally low check of a model: its limits and what to do with flagged bids.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }],
 *   abnormallyLow: { action: 'exclude', belowAverage: '0.2' },
 * });
 * model.abnormallyLow?.belowAverage.toString(); // => '0.2'
 * ```
 */
export interface AbnormallyLowRule extends AbnormallyLowLimits {
  /** `flag` only, or `exclude` the flagged bids. */
  readonly action: 'flag' | 'exclude';
}

/**
 * How bids are ranked: `weighted` (highest total of weighted scores wins),
 * `price-per-quality-point` (lowest price ÷ quality points wins) or `value-for-money` (lowest
 * price − quality points × willingness to pay wins). In the last two, the criteria are the
 * quality criteria (weights still sum to 100) and the price is the bid's `price`.
 *
 * @example
 * ```ts
 * import type { EvaluationMethod } from 'social-value';
 *
 * const method: EvaluationMethod = 'price-per-quality-point';
 * method; // => 'price-per-quality-point'
 * ```
 */
export type EvaluationMethod = 'weighted' | 'price-per-quality-point' | 'value-for-money';

/**
 * Rounding of published scores: each weighted score is rounded to `places` decimal places with
 * the named mode and the total is the sum of the rounded scores. None by default.
 *
 * @example
 * ```ts
 * import type { ScoreRounding } from 'social-value';
 *
 * const rounding: ScoreRounding = { places: 2, mode: 'half-up' };
 * rounding.places; // => 2
 * ```
 */
export interface ScoreRounding {
  /** Decimal places (0 to 10). */
  readonly places: number;
  /** The rounding mode. Default `'half-up'`. */
  readonly mode?: RoundingMode;
}

/**
 * An evaluation model as written by the buyer, before {@link defineEvaluation} checks it.
 *
 * @example
 * ```ts
 * import type { EvaluationModelInput } from 'social-value';
 *
 * const model: EvaluationModelInput = {
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 70, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
 *   ],
 * };
 * model.criteria.length; // => 2
 * ```
 */
export interface EvaluationModelInput {
  /** A name for people. */
  readonly name?: string;
  /** How bids are ranked. Default `'weighted'`. */
  readonly method?: EvaluationMethod;
  /** For `value-for-money`: £ the buyer would pay for one quality point. */
  readonly willingnessToPay?: Numeric;
  /** For `price-per-quality-point` and `value-for-money`: quality points (of 100) a bid needs. */
  readonly minimumQualityPoints?: Numeric;
  /** The criteria; their weights must sum to exactly 100. */
  readonly criteria: readonly CriterionInput[];
  /** Rules that break ties, in order. Default none: ties are declared. */
  readonly tieBreak?: readonly TieBreakRule[];
  /** Rounding of published weighted scores. Default none. */
  readonly rounding?: ScoreRounding;
  /** A bid missing an input: `error` (default, throws `missing-input`) or `disqualify`. */
  readonly missingInput?: 'error' | 'disqualify';
  /** Check prices for abnormally low tenders. Default: no check. */
  readonly abnormallyLow?: AbnormallyLowCheck;
}

/**
 * A £ social value offer: an amount, or any object with a `total` amount, such as the
 * `Valuation` returned by `valuePledges`.
 *
 * @example
 * ```ts
 * import type { OfferInput } from 'social-value';
 *
 * const offer: OfferInput = { total: '250000' };
 * offer; // => { total: '250000' }
 * ```
 */
export type OfferInput =
  | Numeric
  | {
      /** The £ total offered. */
      readonly total: Numeric;
    };

/**
 * A bid's response to one non-price criterion: a single mark or £ offer (read as the method
 * needs), or an object with evaluators' `marks`, a `moderated` mark, a single `mark` and, for
 * blended social value, the `offer`. A `Valuation` from `valuePledges` can be passed as is for
 * £ offers (its `total` is read).
 *
 * @example
 * ```ts
 * import type { ResponseInput } from 'social-value';
 *
 * const response: ResponseInput = { marks: [4, 3, 4], moderated: 4 };
 * response; // => { marks: [4, 3, 4], moderated: 4 }
 * ```
 */
export type ResponseInput =
  | Numeric
  | {
      /** The £ offer (blended social value). */
      readonly offer?: OfferInput;
      /** The £ offer, when the response is itself a `Valuation` or `{ total }`. */
      readonly total?: Numeric;
      /** One mark. */
      readonly mark?: Numeric;
      /** Several evaluators' marks. */
      readonly marks?: readonly Numeric[];
      /** The moderated (agreed) mark. */
      readonly moderated?: Numeric;
    };

/**
 * One bid: its id, its price (above 0) and its responses keyed by criterion id.
 *
 * @example
 * ```ts
 * import type { BidInput } from 'social-value';
 *
 * const bid: BidInput = { id: 'A', price: '1000000', responses: { quality: 4, sv: '50000' } };
 * bid.id; // => 'A'
 * ```
 */
export interface BidInput {
  /** Unique id of the bid. */
  readonly id: string;
  /** The tendered price, above 0 (ex VAT or inc VAT, as long as all bids agree). */
  readonly price?: Numeric;
  /** Responses keyed by criterion (or sub-criterion) id. */
  readonly responses?: Readonly<Record<string, ResponseInput>>;
}

/**
 * A checked scoring method: numbers are exact decimals and the scale is a list of marks.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-4' } }],
 * });
 * model.criteria[0]?.scoring?.method; // => 'scale'
 * ```
 */
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
      /** The share of the quantitative score. */
      readonly quantitativeShare: Decimal;
    };

/**
 * A checked scale method.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'q', kind: 'quality', weight: 100, scoring: { method: 'scale', scale: '0-4' } }],
 * });
 * const scoring = model.criteria[0]?.scoring;
 * scoring?.method === 'scale' ? scoring.marks.map(String) : []; // => ['0', '1', '2', '3', '4']
 * ```
 */
export interface ScaleScoring {
  /** The method's name. */
  readonly method: 'scale';
  /** The scale's name (`'0-5'`, `'0-4'`, `'0-100'` or `'custom'`). */
  readonly scale: string;
  /** The allowed marks, ascending. */
  readonly marks: readonly Decimal[];
  /** How several marks become one; `undefined`: moderated when given, else the mean. */
  readonly combine?: 'mean' | 'moderated';
}

/**
 * A checked SVA method.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'sv', kind: 'social-value', weight: 100, scoring: { method: 'sva', target: '0.2' } }],
 * });
 * const scoring = model.criteria[0]?.scoring;
 * scoring?.method === 'sva' ? scoring.target.toString() : ''; // => '0.2'
 * ```
 */
export interface SvaScoring {
  /** The method's name. */
  readonly method: 'sva';
  /** The ratio that earns full marks. */
  readonly target: Decimal;
  /** The contract value divided by, or absent for each bid's price. */
  readonly contractValue?: Decimal;
}

/**
 * A checked sub-criterion.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'q', kind: 'quality', subCriteria: [
 *     { id: 'q1', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'q2', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *   ] }],
 * });
 * model.criteria[0]?.subCriteria?.[1]?.weight.toString(); // => '60'
 * ```
 */
export interface SubCriterion {
  /** Unique id. */
  readonly id: string;
  /** A name for people (the id when none was given). */
  readonly name: string;
  /** The kind, inherited from the parent criterion. */
  readonly kind: CriterionKind;
  /** Percent of the whole tender's marks. */
  readonly weight: Decimal;
  /** How it is scored. */
  readonly scoring: Scoring;
  /** Minimum score (share) or absent. */
  readonly minimumScore?: Decimal;
  /** Minimum combined mark or absent. */
  readonly minimumMark?: Decimal;
}

/**
 * A checked criterion: a scored criterion has `scoring`, a split one has `subCriteria`.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }],
 * });
 * model.criteria[0]?.weight.toString(); // => '100'
 * ```
 */
export interface Criterion {
  /** Unique id. */
  readonly id: string;
  /** What it assesses. */
  readonly kind: CriterionKind;
  /** A name for people (the id when none was given). */
  readonly name: string;
  /** Percent of the whole tender's marks. */
  readonly weight: Decimal;
  /** How it is scored, unless split into sub-criteria. */
  readonly scoring?: Scoring;
  /** Its sub-criteria, if split. */
  readonly subCriteria?: readonly SubCriterion[];
  /** Minimum score (share) or absent. */
  readonly minimumScore?: Decimal;
  /** Minimum combined mark or absent. */
  readonly minimumMark?: Decimal;
}

/**
 * A checked evaluation model, as returned by {@link defineEvaluation}: defaults filled in,
 * numbers exact, weights proven to sum to 100. Plain frozen data; it is also a valid input.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }],
 * });
 * model.method; // => 'weighted'
 * ```
 */
export interface EvaluationModel {
  /** A name for people, if given. */
  readonly name?: string;
  /** How bids are ranked. */
  readonly method: EvaluationMethod;
  /** £ per quality point (value-for-money only). */
  readonly willingnessToPay?: Decimal;
  /** Quality points a bid needs (price-per-quality-point and value-for-money). */
  readonly minimumQualityPoints?: Decimal;
  /** The criteria. */
  readonly criteria: readonly Criterion[];
  /** Tie-break rules, in order (empty: ties are declared). */
  readonly tieBreak: readonly TieBreakRule[];
  /** Rounding of published weighted scores, if any. */
  readonly rounding?: Required<ScoreRounding>;
  /** What happens to a bid missing an input. */
  readonly missingInput: 'error' | 'disqualify';
  /** The abnormally low check, if any. */
  readonly abnormallyLow?: AbnormallyLowRule;
}

/**
 * The score of one bid on one criterion, with everything needed to check it by hand.
 *
 * @example
 * ```ts
 * import { evaluateTenders } from 'social-value';
 *
 * const { winner } = evaluateTenders(
 *   { criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }] },
 *   [{ id: 'A', price: 100 }, { id: 'B', price: 125 }],
 * );
 * winner?.criteria[0]?.inputs.lowest?.toString(); // => '100'
 * ```
 */
export interface CriterionScore {
  /** The criterion's id. */
  readonly criterion: string;
  /** The criterion's name. */
  readonly name: string;
  /** What it assesses. */
  readonly kind: CriterionKind;
  /** The scoring method (`group` for a criterion split into sub-criteria). */
  readonly method: Scoring['method'] | 'group';
  /** The criterion's weight (percent). */
  readonly weight: Decimal;
  /** The input scored: the price, the combined mark or the £ offer; `null` for a group. */
  readonly raw: Decimal | null;
  /** The normalised score, a share from 0 to 1 of the criterion. */
  readonly score: Decimal;
  /** `score × weight` (rounded when the model rounds published scores). */
  readonly weightedScore: Decimal;
  /** The exact weighted score before rounding (present only when the model rounds). */
  readonly unroundedWeightedScore?: Decimal;
  /** The formula used, in words (`lowest ÷ price`). */
  readonly formula: string;
  /** The inputs of the formula by name, e.g. `lowest`, `price`, `mean`, `highest`, `marks`. */
  readonly inputs: Readonly<Record<string, Decimal>>;
  /** The evaluators' marks, when the criterion is marked. */
  readonly marks?: readonly Decimal[];
  /** A sentence explaining the score. */
  readonly explanation: string;
  /** The sub-criteria scores, for a split criterion. */
  readonly subCriteria?: readonly CriterionScore[];
}

/**
 * Why a bid was disqualified.
 *
 * @example
 * ```ts
 * import type { DisqualificationReason } from 'social-value';
 *
 * const reason: DisqualificationReason = {
 *   kind: 'below-minimum',
 *   criterion: 'quality',
 *   message: 'Scored 1 on quality, below the minimum mark of 2.',
 * };
 * reason.kind; // => 'below-minimum'
 * ```
 */
export interface DisqualificationReason {
  /** What went wrong. */
  readonly kind: 'below-minimum' | 'missing-input' | 'abnormally-low' | 'no-quality-points';
  /** The criterion concerned, when one is. */
  readonly criterion?: string;
  /** A sentence for people. */
  readonly message: string;
}

/**
 * The result of the abnormally low check for one price.
 *
 * @example
 * ```ts
 * import { flagAbnormallyLow } from 'social-value';
 *
 * const [finding] = flagAbnormallyLow([
 *   { id: 'A', price: 700000 }, { id: 'B', price: 1000000 }, { id: 'C', price: 1100000 },
 * ]);
 * finding?.flagged; // => true
 * ```
 */
export interface AbnormallyLowFinding {
  /** The bid's id. */
  readonly bid: string;
  /** Its price. */
  readonly price: Decimal;
  /** True when both tests are met. */
  readonly flagged: boolean;
  /** The mean of all prices without the (one) highest. */
  readonly adjustedAverage: Decimal;
  /** The price below which the first test is met: `adjustedAverage × (1 − belowAverage)`. */
  readonly averageLimit: Decimal;
  /** The lowest price among the other bids, or `null` when there is no other bid. */
  readonly lowestOther: Decimal | null;
  /** The proximity margin in £ (share of `lowestOther`, kept between the limits). */
  readonly proximityMargin: Decimal | null;
  /** True when the price is more than `belowAverage` below the adjusted average. */
  readonly belowAverage: boolean;
  /** True when the price is more than the proximity margin below the lowest other price. */
  readonly beyondProximity: boolean;
  /** A sentence explaining the finding. */
  readonly explanation: string;
}

/**
 * One bid in the ranking of {@link evaluateTenders}.
 *
 * @example
 * ```ts
 * import { evaluateTenders } from 'social-value';
 *
 * const { ranking } = evaluateTenders(
 *   { criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }] },
 *   [{ id: 'A', price: 100 }, { id: 'B', price: 125 }],
 * );
 * ranking.map((bid) => [bid.bid, bid.rank, bid.total.toString()]); // => [['A', 1, '100'], ['B', 2, '80']]
 * ```
 */
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
  readonly disqualified:
    | false
    | {
        /** Every reason found. */
        readonly reasons: readonly DisqualificationReason[];
        /** The reasons in one sentence. */
        readonly message: string;
      };
  /** The abnormally low finding, when the model checks prices. */
  readonly abnormallyLow: AbnormallyLowFinding | null;
  /** The bids it tied with on the ranking value, and what decided it (`null`: undecided). */
  readonly tie: null | {
    /** The other bids with the same ranking value. */
    readonly with: readonly string[];
    /** The tie-break rule that placed it, or `null` if the tie stands. */
    readonly decidedBy: string | null;
  };
}

/**
 * A group of bids with the same ranking value, and how it was settled.
 *
 * @example
 * ```ts
 * import type { TieReport } from 'social-value';
 *
 * const tie: TieReport = { bids: ['A', 'B'], decided: false, decidedBy: [], message: 'A and B tie.' };
 * tie.decided; // => false
 * ```
 */
export interface TieReport {
  /** The bids tied on the ranking value, in id order. */
  readonly bids: readonly string[];
  /** True when the tie-break rules ordered every bid of the group. */
  readonly decided: boolean;
  /** The rules that separated bids of the group. */
  readonly decidedBy: readonly string[];
  /** A sentence for people. */
  readonly message: string;
}

/**
 * The result of {@link evaluateTenders}.
 *
 * @example
 * ```ts
 * import { evaluateTenders } from 'social-value';
 *
 * const result = evaluateTenders(
 *   { criteria: [{ id: 'price', kind: 'price', weight: 100, scoring: { method: 'relative-to-lowest' } }] },
 *   [{ id: 'A', price: 100 }, { id: 'B', price: 100 }],
 * );
 * result.winner; // => null
 * result.ties[0]?.bids; // => ['A', 'B']
 * ```
 */
export interface TenderEvaluation {
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
  /** A sentence summarising the outcome. */
  readonly summary: string;
}
