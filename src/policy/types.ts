import type { Decimal, Numeric } from '../core/decimal.js';
import type {
  AuthorityKind,
  ContractType,
  PolicyScope,
  Regime,
  ThresholdLevel,
  VatBasis,
  WeightingBase,
} from './vocabulary.js';

/**
 * What {@link ukProcurementThreshold} looks up.
 *
 * @example
 * ```ts
 * import type { ThresholdQuery } from 'social-value';
 *
 * const query: ThresholdQuery = {
 *   contractType: 'services',
 *   authority: 'sub-central',
 *   commencedOn: '2022-06-01',
 * };
 * query.authority; // => 'sub-central'
 * ```
 */
export interface ThresholdQuery {
  /** The kind of contract. */
  readonly contractType: ContractType;
  /** The kind of buyer. */
  readonly authority: AuthorityKind;
  /** The day the procurement commenced (ISO `YYYY-MM-DD` or a `Date`): its figures apply. */
  readonly commencedOn: string | Date;
  /** The regime; by default the one in force on `commencedOn`. */
  readonly regime?: Regime;
  /** Which figure; default `threshold`. */
  readonly level?: ThresholdLevel;
}

/**
 * A statutory threshold as {@link ukProcurementThreshold} returns it.
 *
 * @example
 * ```ts
 * import { ukProcurementThreshold, type ProcurementThreshold } from 'social-value';
 *
 * const threshold: ProcurementThreshold = ukProcurementThreshold({
 *   contractType: 'works',
 *   authority: 'sub-central',
 *   commencedOn: '2026-03-01',
 * });
 * threshold.amount.toString(); // => '5193000'
 * ```
 */
export interface ProcurementThreshold {
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
  /** The legal instrument and the guidance that publishes the figure. */
  readonly source: string;
  /** The contract type asked about. */
  readonly contractType: ContractType;
  /** The authority kind asked about. */
  readonly authority: AuthorityKind;
}

/**
 * A contract (or planned procurement) as the policy functions read it.
 *
 * @example
 * ```ts
 * import type { ContractInput } from 'social-value';
 *
 * const contract: ContractInput = {
 *   type: 'services',
 *   authority: 'sub-central',
 *   value: '177897',
 *   vatBasis: 'exclusive',
 *   durationMonths: 36,
 *   commencedOn: '2022-06-01',
 * };
 * contract.vatBasis; // => 'exclusive'
 * ```
 */
export interface ContractInput {
  /** Your reference for the contract, repeated in sentences when given. */
  readonly id?: string;
  /** A title for people. */
  readonly title?: string;
  /** The kind of contract. */
  readonly type: ContractType;
  /** The kind of buyer. */
  readonly authority: AuthorityKind;
  /**
   * The estimated value of the contract over its whole life, in pounds. When not yet known,
   * rules with a value floor or a statutory threshold condition are reported `undetermined`.
   */
  readonly value?: Numeric;
  /** Whether `value` includes VAT. */
  readonly vatBasis: VatBasis;
  /** The VAT rate used to convert between bases, as a fraction. Default `0.2` (the standard rate). */
  readonly vatRate?: Numeric;
  /** Length of the contract in months, when known. Rules with a minimum duration need it. */
  readonly durationMonths?: Numeric;
  /** The day the procurement commenced (ISO or `Date`). */
  readonly commencedOn: string | Date;
  /** The regime; by default the one in force on `commencedOn`. */
  readonly regime?: Regime;
  /** Facts rules can test, e.g. `immature-market` or `absolute-price-method`. */
  readonly tags?: readonly string[];
}

/**
 * A share of the award criteria: `fraction` (0 to 1) of `base`.
 *
 * @example
 * ```ts
 * import type { WeightingInput } from 'social-value';
 *
 * const tenPercentOfTotal: WeightingInput = { fraction: '0.1', base: 'total' };
 * tenPercentOfTotal.base; // => 'total'
 * ```
 */
export interface WeightingInput {
  /** The share, as a fraction (0.1 is 10%); above 0 and at most 1. */
  readonly fraction: Numeric;
  /** What the share is of. */
  readonly base: WeightingBase;
}

/**
 * When a rule applies. Every condition given must hold; a condition left out always holds.
 *
 * @example
 * ```ts
 * import type { RuleConditionsInput } from 'social-value';
 *
 * const bigWorks: RuleConditionsInput = {
 *   contractTypes: ['works'],
 *   minimumValue: { amount: 1_000_000, vatBasis: 'exclusive' },
 *   minimumDurationMonths: 24,
 * };
 * bigWorks.minimumDurationMonths; // => 24
 * ```
 */
export interface RuleConditionsInput {
  /** The contract types it covers. */
  readonly contractTypes?: readonly ContractType[];
  /** The authority kinds it covers. */
  readonly authorities?: readonly AuthorityKind[];
  /** A value floor (at or above), with its VAT basis. */
  readonly minimumValue?: {
    /** The floor in pounds. */
    readonly amount: Numeric;
    /** Whether the floor includes VAT. */
    readonly vatBasis: VatBasis;
  };
  /** A minimum contract length in months (at or above); unknown durations do not meet it. */
  readonly minimumDurationMonths?: Numeric;
  /** First commencement date covered (ISO or `Date`). */
  readonly commencedFrom?: string | Date;
  /** Last commencement date covered (ISO or `Date`). */
  readonly commencedTo?: string | Date;
  /** `true`: only at or above the statutory threshold; `false`: only below it. */
  readonly atOrAboveStatutoryThreshold?: boolean;
  /** Tags the contract must all carry. */
  readonly tags?: readonly string[];
  /** Tags the contract must not carry. */
  readonly withoutTags?: readonly string[];
}

/**
 * What follows when a rule applies. Give at least one.
 *
 * @example
 * ```ts
 * import type { RuleOutcomeInput } from 'social-value';
 *
 * const outcome: RuleOutcomeInput = {
 *   socialValue: 'required',
 *   minimumWeighting: { fraction: '0.1', base: 'total' },
 * };
 * outcome.socialValue; // => 'required'
 * ```
 */
export interface RuleOutcomeInput {
  /** Whether social value must (`required`) or should (`recommended`) be included. */
  readonly socialValue?: 'required' | 'recommended';
  /** The least weight social value may have. */
  readonly minimumWeighting?: WeightingInput;
  /** The exact weight social value must have. */
  readonly fixedWeighting?: WeightingInput;
  /** The least weight a separate environmental criterion must have. */
  readonly environmentalWeighting?: WeightingInput;
  /** A target social value added (social value ÷ contract value), as a fraction. */
  readonly targetSocialValueAdded?: Numeric;
}

/**
 * One rule of a policy: an id, when it applies and what follows.
 *
 * @example
 * ```ts
 * import type { PolicyRuleInput } from 'social-value';
 *
 * const rule: PolicyRuleInput = {
 *   id: 'over-100k',
 *   title: 'Social value in every contract from £100,000 plus VAT',
 *   when: { minimumValue: { amount: 100_000, vatBasis: 'exclusive' } },
 *   outcome: { socialValue: 'required', minimumWeighting: { fraction: '0.15', base: 'total' } },
 * };
 * rule.id; // => 'over-100k'
 * ```
 */
export interface PolicyRuleInput {
  /** Unique id within the policy (and the policies it includes). */
  readonly id: string;
  /** A short title for people, used in reasons. */
  readonly title: string;
  /** `statutory` or `local` (default `local`). */
  readonly scope?: PolicyScope;
  /** Where the rule comes from (document and paragraph). */
  readonly source?: string;
  /** How the rule was read, when the source leaves room (e.g. an unstated VAT basis). */
  readonly note?: string;
  /** When it applies; left out, it applies to every contract. */
  readonly when?: RuleConditionsInput;
  /** What follows. */
  readonly outcome: RuleOutcomeInput;
}

/**
 * What {@link definePolicy} reads: an id, a title, the policies it builds on and its rules.
 *
 * @example
 * ```ts
 * import { policies, type PolicyInput } from 'social-value';
 *
 * const input: PolicyInput = {
 *   id: 'my-council',
 *   title: 'My council social value policy',
 *   include: [policies.statutory],
 *   rules: [],
 * };
 * input.include?.length; // => 1
 * ```
 */
export interface PolicyInput {
  /** Unique id. */
  readonly id: string;
  /** A title for people. */
  readonly title: string;
  /** The document the policy comes from. */
  readonly source?: string;
  /** Policies whose rules come first (e.g. `policies.statutory`); a rule met twice counts once. */
  readonly include?: readonly Policy[];
  /** The policy's own rules. */
  readonly rules: readonly PolicyRuleInput[];
}

/**
 * A share of the award criteria, read: `fraction` of `base`.
 *
 * @example
 * ```ts
 * import { policies, type Weighting } from 'social-value';
 *
 * const weighting: Weighting | undefined = policies.ppn0620.rules[1]?.outcome.minimumWeighting;
 * weighting?.fraction.toString(); // => '0.1'
 * ```
 */
export interface Weighting {
  /** The share, as a fraction. */
  readonly fraction: Decimal;
  /** What the share is of. */
  readonly base: WeightingBase;
}

/**
 * A validated rule, as kept in a {@link Policy}.
 *
 * @example
 * ```ts
 * import { policies, type PolicyRule } from 'social-value';
 *
 * const rule: PolicyRule | undefined = policies.southend2021.rules.find(
 *   (r) => r.id === 'southend-2021-works',
 * );
 * rule?.when.minimumDurationMonths?.toString(); // => '24'
 * ```
 */
export interface PolicyRule {
  /** Unique id. */
  readonly id: string;
  /** A short title for people. */
  readonly title: string;
  /** `statutory` or `local`. */
  readonly scope: PolicyScope;
  /** Where the rule comes from. */
  readonly source?: string;
  /** How the rule was read. */
  readonly note?: string;
  /** When it applies. */
  readonly when: {
    /** The contract types it covers. */
    readonly contractTypes?: readonly ContractType[];
    /** The authority kinds it covers. */
    readonly authorities?: readonly AuthorityKind[];
    /** A value floor with its VAT basis. */
    readonly minimumValue?: {
      /** The floor in pounds. */
      readonly amount: Decimal;
      /** Whether the floor includes VAT. */
      readonly vatBasis: VatBasis;
    };
    /** A minimum length in months. */
    readonly minimumDurationMonths?: Decimal;
    /** First commencement date covered (ISO). */
    readonly commencedFrom?: string;
    /** Last commencement date covered (ISO). */
    readonly commencedTo?: string;
    /** At or above (`true`) or below (`false`) the statutory threshold. */
    readonly atOrAboveStatutoryThreshold?: boolean;
    /** Tags the contract must carry. */
    readonly tags?: readonly string[];
    /** Tags the contract must not carry. */
    readonly withoutTags?: readonly string[];
  };
  /** What follows. */
  readonly outcome: {
    /** Whether social value must or should be included. */
    readonly socialValue?: 'required' | 'recommended';
    /** The least weight of social value. */
    readonly minimumWeighting?: Weighting;
    /** The exact weight of social value. */
    readonly fixedWeighting?: Weighting;
    /** The least weight of a separate environmental criterion. */
    readonly environmentalWeighting?: Weighting;
    /** A target social value added, as a fraction. */
    readonly targetSocialValueAdded?: Decimal;
  };
}

/**
 * A validated, frozen policy: its included policies' rules first, then its own.
 *
 * @example
 * ```ts
 * import { policies, type Policy } from 'social-value';
 *
 * const policy: Policy = policies.southend2021;
 * policy.includes; // => ['statutory']
 * ```
 */
export interface Policy {
  /** Unique id. */
  readonly id: string;
  /** A title for people. */
  readonly title: string;
  /** The document the policy comes from. */
  readonly source?: string;
  /** Ids of the policies it builds on, in order (nested ones included). */
  readonly includes: readonly string[];
  /** Every rule, included ones first. */
  readonly rules: readonly PolicyRule[];
}

/**
 * How the contract's value compares with the statutory threshold, on the threshold's VAT basis.
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue, type StatutoryThresholdCheck } from 'social-value';
 *
 * const check: StatutoryThresholdCheck | null = requiresSocialValue(
 *   { type: 'services', authority: 'sub-central', value: '177897', vatBasis: 'exclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.statutory,
 * ).statutoryThreshold;
 * check?.value?.toString(); // => '213476.4'
 * check?.shortfall?.toString(); // => '0.6'
 * ```
 */
export interface StatutoryThresholdCheck {
  /** The threshold that applies. */
  readonly threshold: ProcurementThreshold;
  /** The contract's value on the threshold's VAT basis (`null` when the value is not given). */
  readonly value: Decimal | null;
  /** True when the value is at or above the threshold (`null` when the value is not given). */
  readonly atOrAbove: boolean | null;
  /** How far the value is below the threshold: 0 when at or above, `null` when not given. */
  readonly shortfall: Decimal | null;
}

/**
 * A weighting a matching rule asks for, with the rule's id.
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue, type WeightingRequirement } from 'social-value';
 *
 * const minimum: WeightingRequirement | null = requiresSocialValue(
 *   { type: 'services', authority: 'central-government', value: 500_000, vatBasis: 'inclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.ppn0620,
 * ).minimumWeighting;
 * minimum?.rule; // => 'ppn0620-total'
 * ```
 */
export interface WeightingRequirement extends Weighting {
  /** The id of the rule that asks for it. */
  readonly rule: string;
}

/**
 * How one rule met the contract.
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue, type RuleEvaluation } from 'social-value';
 *
 * const evaluations: readonly RuleEvaluation[] = requiresSocialValue(
 *   { type: 'works', authority: 'sub-central', value: 2_000_000, vatBasis: 'exclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.southend2021,
 * ).evaluations;
 * evaluations.find((e) => e.rule === 'southend-2021-works')?.status; // => 'undetermined'
 * ```
 */
export interface RuleEvaluation {
  /** The rule's id. */
  readonly rule: string;
  /** The rule's scope. */
  readonly scope: PolicyScope;
  /**
   * `applies` (every condition holds), `does-not-apply` (one fails) or `undetermined` (none
   * fails but one cannot be checked, such as a minimum duration when the duration or a value
   * floor when the value is not given).
   */
  readonly status: 'applies' | 'does-not-apply' | 'undetermined';
  /** One sentence per condition checked, saying whether it holds and with which figures. */
  readonly conditions: readonly string[];
  /** A sentence summing up the rule's result. */
  readonly reason: string;
}

/**
 * The result for one scope (statutory or local).
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue, type ScopeRequirement } from 'social-value';
 *
 * const local: ScopeRequirement = requiresSocialValue(
 *   { type: 'services', authority: 'sub-central', value: '177897', vatBasis: 'exclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.southend2021,
 * ).local;
 * local.required; // => true
 * ```
 */
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

/**
 * What {@link requiresSocialValue} returns.
 *
 * @example
 * ```ts
 * import { policies, requiresSocialValue, type SocialValueRequirement } from 'social-value';
 *
 * const result: SocialValueRequirement = requiresSocialValue(
 *   { type: 'services', authority: 'sub-central', value: 300_000, vatBasis: 'inclusive',
 *     commencedOn: '2024-05-01' },
 *   policies.southend2021,
 * );
 * result.required; // => true
 * result.minimumWeighting?.fraction.toString(); // => '0.1'
 * ```
 */
export interface SocialValueRequirement {
  /** True when any rule that applies requires social value. */
  readonly required: boolean;
  /** True when any rule that applies recommends social value. */
  readonly recommended: boolean;
  /**
   * The most demanding minimum weighting: the largest fraction, and for equal fractions the
   * strictest base (total, then non-price, then quality). All of them are in
   * `minimumWeightings`; {@link checkWeighting} checks each.
   */
  readonly minimumWeighting: WeightingRequirement | null;
  /** Every minimum social value weighting asked for, sorted by rule id. */
  readonly minimumWeightings: readonly WeightingRequirement[];
  /** Every fixed social value weighting asked for. */
  readonly fixedWeightings: readonly WeightingRequirement[];
  /** Every minimum environmental weighting asked for. */
  readonly environmentalWeightings: readonly WeightingRequirement[];
  /** The highest target social value added asked for, or `null`. */
  readonly targetSocialValueAdded: Decimal | null;
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
   * policy has no rule that uses it and it is not in the table (e.g. a date before 2020).
   */
  readonly statutoryThreshold: StatutoryThresholdCheck | null;
  /** One entry per rule, in scope then id order. */
  readonly evaluations: readonly RuleEvaluation[];
  /** Sentences for people: the statutory threshold, then each rule's result. */
  readonly reasons: readonly string[];
}

/**
 * Weights of the award criteria, as fractions of the total score (they must sum to 1).
 *
 * @example
 * ```ts
 * import type { CriterionWeights } from 'social-value';
 *
 * const weights: CriterionWeights = { price: '0.5', quality: '0.4', socialValue: '0.1' };
 * weights.socialValue; // => '0.1'
 * ```
 */
export interface CriterionWeights {
  /** Weight of price (0 under an absolute method such as price per quality point). */
  readonly price: Numeric;
  /** Weight of the quality criteria other than social value and environmental ones. */
  readonly quality?: Numeric;
  /** Weight of social value. */
  readonly socialValue?: Numeric;
  /** Weight of a separate environmental criterion. */
  readonly environmental?: Numeric;
  /** Weight of any other criterion (e.g. commercial terms). */
  readonly other?: Numeric;
}

/**
 * One check made by {@link checkWeighting}.
 *
 * @example
 * ```ts
 * import { checkWeighting, policies, type WeightingFinding } from 'social-value';
 *
 * const findings: readonly WeightingFinding[] = checkWeighting(
 *   { price: '0.6', quality: '0.35', socialValue: '0.05' },
 *   { type: 'services', authority: 'central-government', value: 500_000, vatBasis: 'inclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.ppn0620,
 * ).findings;
 * findings.map((f) => f.kind); // => ['weights-sum', 'social-value-minimum']
 * findings[1]?.ok; // => false
 * ```
 */
export interface WeightingFinding {
  /**
   * What was checked: `weights-sum` (the weights total 1), `social-value-minimum`,
   * `social-value-fixed` or `environmental-minimum`.
   */
  readonly kind:
    | 'weights-sum'
    | 'social-value-minimum'
    | 'social-value-fixed'
    | 'environmental-minimum';
  /** True when the check passes. */
  readonly ok: boolean;
  /** The rule that asks for it (`null` for the sum). */
  readonly rule: string | null;
  /** The base the share is taken of (`total` for the sum). */
  readonly base: WeightingBase;
  /** What is required: 1 for the sum, otherwise the rule's fraction. */
  readonly required: Decimal;
  /** What the weights give: their sum, or the criterion's share of the base. */
  readonly actual: Decimal;
  /** A sentence with the numbers. */
  readonly message: string;
}

/**
 * What {@link checkWeighting} returns.
 *
 * @example
 * ```ts
 * import { checkWeighting, policies, type WeightingCheck } from 'social-value';
 *
 * const check: WeightingCheck = checkWeighting(
 *   { price: '0.6', quality: '0.3', socialValue: '0.1' },
 *   { type: 'services', authority: 'central-government', value: 500_000, vatBasis: 'inclusive',
 *     commencedOn: '2022-06-01' },
 *   policies.ppn0620,
 * );
 * check.ok; // => true
 * ```
 */
export interface WeightingCheck {
  /** True when every finding passes. */
  readonly ok: boolean;
  /** The sum of the weights. */
  readonly total: Decimal;
  /** Social value's share of each base (`null` when the base has no weight). */
  readonly socialValueShare: {
    /** Share of the total. */
    readonly total: Decimal | null;
    /** Share of the quality criteria (quality, social value, environmental). */
    readonly quality: Decimal | null;
    /** Share of every non-price criterion. */
    readonly 'non-price': Decimal | null;
  };
  /** One finding per check, the sum first, then by rule id. */
  readonly findings: readonly WeightingFinding[];
  /** What the policy requires of this contract (as {@link requiresSocialValue} returns it). */
  readonly requirement: SocialValueRequirement;
}
