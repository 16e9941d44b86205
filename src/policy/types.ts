import type { Decimal, Numeric } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';
import type {
  AuthorityKind,
  ContractType,
  PolicyScope,
  Regime,
  ThresholdLevel,
  VatBasis,
  WeightingBase,
} from './vocabulary.js';

/** What {@link ukProcurementThreshold} looks up. */
export interface ThresholdQuery {
  /** The kind of contract. */
  readonly contractType: ContractType;
  /** The kind of buyer. */
  readonly authority: AuthorityKind;
  /** The day the procurement commenced (ISO `YYYY-MM-DD` or a `Date`): its figures apply. */
  readonly commencedOn: string | Date;
  /** The regime; by default the one in force on `commencedOn`. */
  readonly regime?: Regime | undefined;
  /** Which figure; default `threshold`. */
  readonly level?: ThresholdLevel | undefined;
}

/** A statutory threshold as {@link ukProcurementThreshold} returns it. */
export interface ProcurementThreshold {
  /** Always `'procurement-threshold'`. */
  readonly kind: 'procurement-threshold';
  /** Version of this shape; 1. */
  readonly schemaVersion: 1;
  /** Stable id of the table row: category and first day in force (`works@2026-01-01`). */
  readonly id: string;
  /** The amount in pounds, on the basis given by `vatBasis`. */
  readonly amount: Decimal;
  /** Whether `amount` includes VAT (from 1 January 2022) or is net of VAT (before). */
  readonly vatBasis: VatBasis;
  /** First commencement date the figure applies to (ISO). */
  readonly effectiveFrom: string;
  /** Last commencement date the figure applies to (ISO), or `null` while in force. */
  readonly effectiveTo: string | null;
  /** The regime the figure belongs to. */
  readonly regime: Regime;
  /** Which figure this is. */
  readonly level: ThresholdLevel;
  /** The legal instrument (with the Schedule 1 row under the Act) and the guidance that publishes the figure. */
  readonly source: string;
  /** The contract type asked about. */
  readonly contractType: ContractType;
  /** The authority kind asked about. */
  readonly authority: AuthorityKind;
  /**
   * Cautions about the figure: `figures-may-be-revised` for a procurement commenced on or after
   * the day the table's next revision was due (1 January 2028), when the latest figures are
   * given but may have been replaced. Empty otherwise.
   */
  readonly warnings: readonly ThresholdWarning[];
  /** One sentence: the amount, its VAT basis, the period and the regime (then any warning). */
  readonly summary: string;
}

/** A caution about a threshold: the figure is given, a person should check it. */
export interface ThresholdWarning {
  /** `figures-may-be-revised`: the date is past the table's next revision. */
  readonly code: 'figures-may-be-revised';
  /** Always `'warning'`: the figure stands, a person should check it. */
  readonly severity: Extract<Severity, 'warning'>;
  /** A sentence saying what to check. */
  readonly message: string;
}

/** A contract (or planned procurement) as the policy functions read it. */
export interface ContractInput {
  /** Your reference for the contract, repeated in sentences when given. */
  readonly id?: string | undefined;
  /** A name for people. */
  readonly name?: string | undefined;
  /** The kind of contract. */
  readonly contractType: ContractType;
  /** The kind of buyer. */
  readonly authority: AuthorityKind;
  /**
   * The estimated value of the contract over its whole life, in pounds. When not yet known,
   * rules with a value floor or a statutory threshold condition are reported `undetermined`.
   */
  readonly value?: Numeric | undefined;
  /** Whether `value` includes VAT. */
  readonly vatBasis: VatBasis;
  /** The VAT rate used to convert between bases, a fraction from 0 to 1. Default `0.2` (the standard rate). */
  readonly vatRate?: Numeric | undefined;
  /** Length of the contract in months, when known. Rules with a minimum duration need it. */
  readonly durationMonths?: Numeric | undefined;
  /** The day the procurement commenced (ISO or `Date`). */
  readonly commencedOn: string | Date;
  /** The regime; by default the one in force on `commencedOn`. */
  readonly regime?: Regime | undefined;
  /**
   * Facts rules can test, e.g. `immature-market` or `absolute-price-method` (surrounding spaces
   * do not count; case does).
   */
  readonly tags?: readonly string[] | undefined;
}

/** A weight of the award criteria in percentage points (`10` is 10%) of `of`. */
export interface WeightingInput {
  /** The weight in percentage points, from 1 to 100 (`10` is 10%). */
  readonly percent: Numeric;
  /** What the weight is a share of. */
  readonly of: WeightingBase;
}

/** A value floor with its VAT basis. */
export interface MinimumValueInput {
  /** The floor in pounds. */
  readonly amount: Numeric;
  /** Whether the floor includes VAT. */
  readonly vatBasis: VatBasis;
}

/** When a rule applies. Every condition given must hold; a condition left out always holds. */
export interface RuleConditionsInput {
  /** The contract types it covers. */
  readonly contractTypes?: readonly ContractType[] | undefined;
  /** The authority kinds it covers. */
  readonly authorities?: readonly AuthorityKind[] | undefined;
  /** A value floor (at or above), with its VAT basis. */
  readonly minimumValue?: MinimumValueInput | undefined;
  /** A minimum contract length in months (at or above); unknown durations do not meet it. */
  readonly minimumDurationMonths?: Numeric | undefined;
  /** First commencement date covered (ISO or `Date`). */
  readonly commencedFrom?: string | Date | undefined;
  /** Last commencement date covered (ISO or `Date`). */
  readonly commencedTo?: string | Date | undefined;
  /** `true`: only at or above the statutory threshold; `false`: only below it. */
  readonly atOrAboveStatutoryThreshold?: boolean | undefined;
  /** Tags the contract must all carry. */
  readonly tags?: readonly string[] | undefined;
  /** Tags the contract must not carry. */
  readonly withoutTags?: readonly string[] | undefined;
}

/**
 * What follows when a rule applies. Give at least one. Weightings are in percentage points; a
 * range such as "between 5% and 20%" is a minimum and a maximum on the same base. With
 * `socialValue: 'recommended'` the rule's weightings are advice: `checkWeighting` reports one
 * unmet as a warning, not an error.
 */
export interface RuleOutcomeInput {
  /** Whether social value must (`required`) or should (`recommended`) be included. */
  readonly socialValue?: 'required' | 'recommended' | undefined;
  /** The least weight social value may have. */
  readonly minimumWeighting?: WeightingInput | undefined;
  /** The most weight social value may have ("up to 20%"). */
  readonly maximumWeighting?: WeightingInput | undefined;
  /** The exact weight social value must have. */
  readonly fixedWeighting?: WeightingInput | undefined;
  /** The least weight a separate environmental criterion must have. */
  readonly environmentalWeighting?: WeightingInput | undefined;
  /** A target social value added (social value ÷ contract value), a fraction from 0 to 1. */
  readonly targetSocialValueAddedRatio?: Numeric | undefined;
}

/** One rule of a policy: an id, when it applies and what follows. */
export interface PolicyRuleInput {
  /** Unique id within the policy (and the policies it includes). */
  readonly id: string;
  /** A short name for people, used in reasons. */
  readonly name: string;
  /** `statutory` or `local` (default `local`). */
  readonly scope?: PolicyScope | undefined;
  /** Where the rule comes from (document and paragraph). */
  readonly source?: string | undefined;
  /** How the rule was read, when the source leaves room (e.g. an unstated VAT basis). */
  readonly note?: string | undefined;
  /** When it applies; left out, it applies to every contract. */
  readonly when?: RuleConditionsInput | undefined;
  /** What follows. */
  readonly outcome: RuleOutcomeInput;
}

/** What {@link definePolicy} reads: an id, a name, the policies it builds on and its rules. */
export interface PolicyInput {
  /** Unique id. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** The document the policy comes from. */
  readonly source?: string | undefined;
  /**
   * Policies whose rules come first (e.g. `policies.statutory`): policies from
   * {@link definePolicy}, their JSON snapshots, or policy inputs (defined on the way). A rule met
   * twice counts once.
   */
  readonly include?: readonly (Policy | PolicyInput)[] | undefined;
  /** The policy's own rules. */
  readonly rules: readonly PolicyRuleInput[];
  /**
   * Not an input key: a checked policy's list of included ids. Write `include` (the policies
   * themselves); `includes` in a policy written by hand is refused, at compile time too (even
   * `includes: undefined`, under `exactOptionalPropertyTypes`).
   */
  readonly includes?: never;
}

/** A weight of the award criteria, read: `percent` percentage points of `of`. */
export interface Weighting {
  /** The weight in percentage points (`10` is 10%). */
  readonly percent: Decimal;
  /** What the weight is a share of. */
  readonly of: WeightingBase;
}

/** When a validated rule applies (see {@link RuleConditionsInput}). */
export interface RuleConditions {
  /** The contract types it covers. */
  readonly contractTypes?: readonly ContractType[] | undefined;
  /** The authority kinds it covers. */
  readonly authorities?: readonly AuthorityKind[] | undefined;
  /** A value floor with its VAT basis. */
  readonly minimumValue?:
    | {
        /** The floor in pounds. */
        readonly amount: Decimal;
        /** Whether the floor includes VAT. */
        readonly vatBasis: VatBasis;
      }
    | undefined;
  /** A minimum length in months. */
  readonly minimumDurationMonths?: Decimal | undefined;
  /** First commencement date covered (ISO). */
  readonly commencedFrom?: string | undefined;
  /** Last commencement date covered (ISO). */
  readonly commencedTo?: string | undefined;
  /** At or above (`true`) or below (`false`) the statutory threshold. */
  readonly atOrAboveStatutoryThreshold?: boolean | undefined;
  /** Tags the contract must carry. */
  readonly tags?: readonly string[] | undefined;
  /** Tags the contract must not carry. */
  readonly withoutTags?: readonly string[] | undefined;
}

/** What follows when a validated rule applies (see {@link RuleOutcomeInput}). */
export interface RuleOutcome {
  /** Whether social value must or should be included. */
  readonly socialValue?: 'required' | 'recommended' | undefined;
  /** The least weight of social value. */
  readonly minimumWeighting?: Weighting | undefined;
  /** The most weight of social value. */
  readonly maximumWeighting?: Weighting | undefined;
  /** The exact weight of social value. */
  readonly fixedWeighting?: Weighting | undefined;
  /** The least weight of a separate environmental criterion. */
  readonly environmentalWeighting?: Weighting | undefined;
  /** A target social value added, a fraction. */
  readonly targetSocialValueAddedRatio?: Decimal | undefined;
}

/** A validated rule, as kept in a {@link Policy}. */
export interface PolicyRule {
  /** Unique id. */
  readonly id: string;
  /** A short name for people. */
  readonly name: string;
  /** `statutory` or `local`. */
  readonly scope: PolicyScope;
  /** Where the rule comes from. */
  readonly source?: string | undefined;
  /** How the rule was read. */
  readonly note?: string | undefined;
  /** When it applies (`{}`: always). */
  readonly when: RuleConditions;
  /** What follows. */
  readonly outcome: RuleOutcome;
}

/** A validated, frozen policy: its included policies' rules first, then its own. */
export interface Policy {
  /** Always `'policy'`. */
  readonly kind: 'policy';
  /** Version of this shape; 1. */
  readonly schemaVersion: 1;
  /** Unique id. */
  readonly id: string;
  /** A name for people. */
  readonly name: string;
  /** The document the policy comes from. */
  readonly source?: string | undefined;
  /** Ids of the policies it builds on, in order (nested ones included). */
  readonly includes: readonly string[];
  /** Every rule, included ones first. */
  readonly rules: readonly PolicyRule[];
}

/** How the contract's value compares with the statutory threshold, on the threshold's VAT basis. */
export interface StatutoryThresholdCheck {
  /** The threshold that applies. */
  readonly threshold: ProcurementThreshold;
  /** The contract's value on the threshold's VAT basis (`null` when the value is not given). */
  readonly value: Decimal | null;
  /** True when the value is at or above the threshold (`null` when the value is not given). */
  readonly atOrAbove: boolean | null;
  /**
   * How far the value is below the threshold, on the threshold's VAT basis: 0 when at or above,
   * `null` when not given; above 0 whenever the value is below, however little (the sentences
   * say `less than £0.01` for a shortfall that rounds to £0.00).
   */
  readonly shortfall: Decimal | null;
}

/** A weighting a matching rule asks for, with the rule. */
export interface WeightingRequirement extends Weighting {
  /** The id of the rule that asks for it. */
  readonly rule: string;
  /** The name of that rule. */
  readonly ruleName: string;
}

/** How one rule met the contract. */
export interface RuleEvaluation {
  /** The rule's id. */
  readonly rule: string;
  /** The rule's name. */
  readonly ruleName: string;
  /** The rule's scope. */
  readonly scope: PolicyScope;
  /**
   * `applies` (every condition holds), `does-not-apply` (one fails) or `undetermined` (none
   * fails but one cannot be checked, such as a minimum duration when the duration or a value
   * floor when the value is not given).
   */
  readonly status: 'applies' | 'does-not-apply' | 'undetermined';
  /** One sentence per condition checked, saying whether it holds and with which figures. */
  readonly reasons: readonly string[];
  /** One sentence: the rule's result and, where it applies or may, what follows. */
  readonly summary: string;
}

/** The result for one scope (statutory or local). */
export interface ScopeRequirement {
  /** True when a rule of this scope that applies requires social value. */
  readonly required: boolean;
  /** True when a rule of this scope that applies recommends social value. */
  readonly recommended: boolean;
  /** The ids of this scope's rules that apply, sorted. */
  readonly rules: readonly string[];
  /** The ids of this scope's rules that could not be decided, sorted. */
  readonly undetermined: readonly string[];
  /** Every minimum social value weighting asked for by this scope's rules. */
  readonly minimumWeightings: readonly WeightingRequirement[];
}

/** What {@link requiresSocialValue} returns. */
export interface SocialValueRequirement {
  /** Always `'social-value-requirement'`. */
  readonly kind: 'social-value-requirement';
  /** Version of this shape; 1. */
  readonly schemaVersion: 1;
  /** The id of the policy checked. */
  readonly policy: string;
  /** The name of that policy. */
  readonly policyName: string;
  /** True when any rule that applies requires social value. */
  readonly required: boolean;
  /** True when any rule that applies recommends social value. */
  readonly recommended: boolean;
  /**
   * The most demanding minimum weighting: the largest percentage, and for equal percentages the
   * strictest base (total, then non-price, then quality). All of them are in
   * `minimumWeightings`; {@link checkWeighting} checks each.
   */
  readonly minimumWeighting: WeightingRequirement | null;
  /** Every minimum social value weighting asked for, sorted by rule id. */
  readonly minimumWeightings: readonly WeightingRequirement[];
  /**
   * The most demanding maximum weighting: the smallest percentage, and for equal percentages the
   * strictest base (quality, then non-price, then total).
   */
  readonly maximumWeighting: WeightingRequirement | null;
  /** Every maximum social value weighting asked for, sorted by rule id. */
  readonly maximumWeightings: readonly WeightingRequirement[];
  /** Every fixed social value weighting asked for, sorted by rule id. */
  readonly fixedWeightings: readonly WeightingRequirement[];
  /** Every minimum environmental weighting asked for, sorted by rule id. */
  readonly environmentalWeightings: readonly WeightingRequirement[];
  /** The highest target social value added asked for (a fraction), or `null`. */
  readonly targetSocialValueAddedRatio: Decimal | null;
  /** The id of the first rule (by scope, then id) that requires social value, or `null`. */
  readonly rule: string | null;
  /** The ids of every rule that applies, statutory first, each scope sorted. */
  readonly rules: readonly string[];
  /** Statutory-scope result. */
  readonly statutory: ScopeRequirement;
  /** Local-policy-scope result. */
  readonly local: ScopeRequirement;
  /**
   * The statutory threshold for this contract and how its value compares, or `null` when the
   * policy has no rule that uses it and it is not in the table (e.g. a date before 2016).
   */
  readonly statutoryThreshold: StatutoryThresholdCheck | null;
  /** One entry per rule, in scope then id order. */
  readonly evaluations: readonly RuleEvaluation[];
  /** Sentences for people: the statutory threshold, then each rule's result. */
  readonly reasons: readonly string[];
  /** One sentence: required or not, by which rule, and the weighting asked for. */
  readonly summary: string;
}

/**
 * Weights of the award criteria in percentage points (they must sum to 100), grouped as the
 * policy rules read them.
 */
export interface CriterionWeights {
  /** Weight of price (0 under an absolute method such as price per quality point). */
  readonly price: Numeric;
  /** Weight of the quality criteria other than social value and environmental ones. */
  readonly quality?: Numeric | undefined;
  /** Weight of social value. */
  readonly socialValue?: Numeric | undefined;
  /** Weight of a separate environmental criterion. */
  readonly environmental?: Numeric | undefined;
  /** Weight of any other criterion (e.g. commercial terms). */
  readonly other?: Numeric | undefined;
}

/** A criterion of an evaluation model as {@link checkWeighting} reads it (other fields are ignored). */
export interface ModelCriterionLike {
  /** What the criterion assesses: `price`, `quality`, `social-value`, `environmental` or `custom`. */
  readonly kind: 'price' | 'quality' | 'social-value' | 'environmental' | 'custom';
  /** Percentage points of the whole tender; with sub-criteria, optional (their sum). */
  readonly weight?: Numeric | undefined;
  /** Sub-criteria, each with its weight in percentage points of the whole tender. */
  readonly subCriteria?:
    | readonly {
        /** Percentage points of the whole tender. */
        readonly weight: Numeric;
      }[]
    | undefined;
}

/**
 * An evaluation model as {@link checkWeighting} reads it: the model `defineEvaluation` returns,
 * its JSON snapshot, or any object with criteria of this shape.
 */
export interface EvaluationModelLike {
  /** The criteria; weights in percentage points. */
  readonly criteria: readonly ModelCriterionLike[];
}

/** The weights {@link checkWeighting} read, by group, in percentage points. */
export interface WeightsByGroup {
  /** Price. */
  readonly price: Decimal;
  /** Quality criteria other than social value and environmental ones. */
  readonly quality: Decimal;
  /** Social value. */
  readonly socialValue: Decimal;
  /** Environmental criteria. */
  readonly environmental: Decimal;
  /** Any other criterion (`custom` criteria of a model). */
  readonly other: Decimal;
}

/**
 * What a {@link WeightingFinding} checked: `weights-do-not-sum` (the weights do not total 100
 * points, the same code `defineEvaluation` throws), `social-value-minimum`,
 * `social-value-maximum`, `social-value-fixed` or `environmental-minimum`.
 */
export type WeightingFindingCode =
  | 'weights-do-not-sum'
  | 'social-value-minimum'
  | 'social-value-maximum'
  | 'social-value-fixed'
  | 'environmental-minimum';

/** One check made by {@link checkWeighting}. */
export interface WeightingFinding {
  /** What was checked. */
  readonly code: WeightingFindingCode;
  /**
   * `info` when the check passes; when it fails, `error`, or `warning` for a weighting a rule
   * only advises (a rule that recommends social value, such as PPN 002 before 1 October 2025).
   */
  readonly severity: Extract<Severity, 'error' | 'warning' | 'info'>;
  /** True when the weights meet it (an advised weighting not met is `false`, as a warning). */
  readonly ok: boolean;
  /** The rule that asks for it (`null` for the sum). */
  readonly rule: string | null;
  /** The name of that rule (`null` for the sum). */
  readonly ruleName: string | null;
  /** The base the weight is taken of (`total` for the sum). */
  readonly of: WeightingBase;
  /** What is required, in percentage points: 100 for the sum, otherwise the rule's weight. */
  readonly requiredPercent: Decimal;
  /** What the weights give, in percentage points of the base (34 significant digits). */
  readonly actualPercent: Decimal;
  /** A sentence with the numbers. */
  readonly message: string;
}

/** What {@link checkWeighting} returns. */
export interface WeightingCheck {
  /** Always `'weighting-check'`. */
  readonly kind: 'weighting-check';
  /** Version of this shape; 1. */
  readonly schemaVersion: 1;
  /** True when no finding is an error (an advised weighting not met is a warning). */
  readonly ok: boolean;
  /** The weights read, by group, in percentage points. */
  readonly weights: WeightsByGroup;
  /** The sum of the weights, in percentage points. */
  readonly total: Decimal;
  /** Social value's share of each base, a fraction (`null` when the base has no weight). */
  readonly socialValueShare: {
    /** Share of the total. */
    readonly total: Decimal | null;
    /** Share of the quality criteria (quality, social value, environmental). */
    readonly quality: Decimal | null;
    /** Share of every non-price criterion. */
    readonly 'non-price': Decimal | null;
  };
  /** One finding per check: the sum first when it is off, then by requirement and rule id. */
  readonly findings: readonly WeightingFinding[];
  /** What the policy requires of this contract (as {@link requiresSocialValue} returns it). */
  readonly requirement: SocialValueRequirement;
  /** One sentence: whether the weights meet the policy, how many checks fail or advice is unmet. */
  readonly summary: string;
}
