import type { Decimal } from '../core/decimal.js';

/**
 * How a theme's level is judged from its criteria. `cumulative` (the SVMI rule, the default):
 * the highest level whose criteria, and those of every lower level, are all met. `independent`:
 * the highest level whose own criteria are all met, whatever the levels below.
 *
 * @example
 * ```ts
 * import type { ThemeRule } from 'social-value';
 *
 * const rule: ThemeRule = 'cumulative';
 * rule; // => 'cumulative'
 * ```
 */
export type ThemeRule = 'cumulative' | 'independent';

/**
 * How the exact mean of the theme ranks is mapped to an overall level. `down` (the default):
 * the highest level whose rank is not above the mean (2.8 is still Mature). `nearest`: the level
 * whose rank is closest to the mean, halves going up (2.5 is Leader).
 *
 * @example
 * ```ts
 * import type { OverallRounding } from 'social-value';
 *
 * const rounding: OverallRounding = 'nearest';
 * rounding; // => 'nearest'
 * ```
 */
export type OverallRounding = 'down' | 'nearest';

/**
 * Where a maturity model comes from.
 *
 * @example
 * ```ts
 * import type { MaturitySource } from 'social-value';
 *
 * const source: MaturitySource = {
 *   title: 'Social Value Policy, Appendix 1',
 *   publisher: 'Portsmouth City Council',
 *   year: 2021,
 * };
 * source.year; // => 2021
 * ```
 */
export interface MaturitySource {
  /** The title of the publication. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** The year of publication. */
  readonly year: number;
  /** Where to read it, if it is online. */
  readonly url?: string;
  /** Anything a reader should know: the edition, the pages used, how the text was adapted. */
  readonly note?: string;
}

/**
 * One level of a maturity model as written in a model's input (see {@link MaturityModelInput}).
 *
 * @example
 * ```ts
 * import type { MaturityLevelInput } from 'social-value';
 *
 * const leader: MaturityLevelInput = {
 *   id: 'leader',
 *   name: 'Leader',
 *   rank: 3,
 *   description: 'Social value is part of the corporate strategy.',
 * };
 * leader.rank; // => 3
 * ```
 */
export interface MaturityLevelInput {
  /** Stable id, kebab-case (`'leader'`). */
  readonly id: string;
  /** The name people read (`'Leader'`). */
  readonly name: string;
  /**
   * The level's place: a whole number, distinct per level, higher is more mature. The lowest
   * level is where every theme starts and has no criteria.
   */
  readonly rank: number;
  /** What an organisation at this level looks like, in a sentence or two. */
  readonly description: string;
}

/**
 * One theme (area of practice) of a maturity model, as written in a model's input.
 *
 * @example
 * ```ts
 * import type { MaturityThemeInput } from 'social-value';
 *
 * const theme: MaturityThemeInput = { id: 'reporting', name: 'Reporting' };
 * theme.id; // => 'reporting'
 * ```
 */
export interface MaturityThemeInput {
  /** Stable id, kebab-case (`'measurement-toms'`). */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The question the theme asks, or what it covers. */
  readonly description?: string;
}

/**
 * One criterion: something an organisation does at a given level of a given theme, and the step
 * to take to meet it.
 *
 * @example
 * ```ts
 * import type { MaturityCriterionInput } from 'social-value';
 *
 * const criterion: MaturityCriterionInput = {
 *   id: 'reporting.mature.1',
 *   theme: 'reporting',
 *   level: 'mature',
 *   statement: 'Social value created is reported to the cabinet once a year.',
 *   action: 'Report the social value created to the cabinet every year.',
 * };
 * criterion.id; // => 'reporting.mature.1'
 * ```
 */
export interface MaturityCriterionInput {
  /**
   * Stable id, `${theme}.${level}.${n}` with n counted from 1 in the source's order
   * (`'procurement.leader.2'`). Ids never change once published.
   */
  readonly id: string;
  /** The id of the theme the criterion belongs to. */
  readonly theme: string;
  /** The id of the level the criterion belongs to. */
  readonly level: string;
  /** What is true of an organisation that meets the criterion, in our own words. */
  readonly statement: string;
  /** The step to take to meet it, phrased as an instruction. */
  readonly action: string;
  /** Optional advice on how to take the step or what counts as evidence. */
  readonly guidance?: string;
  /**
   * The id of a criterion of the same theme at a lower level that this one repeats (the
   * source states the same requirement twice). The two are met together, and a plan lists the
   * step once, at the lower level.
   */
  readonly restates?: string;
}

/**
 * The rules of a model as written in its input; every field has a default.
 *
 * @example
 * ```ts
 * import type { MaturityRulesInput } from 'social-value';
 *
 * const rules: MaturityRulesInput = { overall: 'nearest', nonCompliantLevel: 'non-compliant' };
 * rules.overall; // => 'nearest'
 * ```
 */
export interface MaturityRulesInput {
  /** How a theme's level is judged. Default `'cumulative'`. */
  readonly theme?: ThemeRule;
  /** How the overall mean becomes a level. Default `'down'`. */
  readonly overall?: OverallRounding;
  /** The id of the level that means non-compliant (the SVMI's `'non-compliant'`), if any. */
  readonly nonCompliantLevel?: string;
}

/**
 * A maturity model as data: ordered levels, themes, the criteria of every theme at every level
 * and the rules. {@link defineMaturityModel} checks it and returns a {@link MaturityModel}. The
 * shipped data files (`svmiPublicSector`, `svmiBusiness`, `portsmouthRoadmap`) are written in
 * this shape.
 *
 * @example
 * ```ts
 * import type { MaturityModelInput } from 'social-value';
 *
 * const input: MaturityModelInput = {
 *   id: 'toy',
 *   name: 'Toy model',
 *   source: { title: 'Worked by hand', publisher: 'Us', year: 2026 },
 *   levels: [
 *     { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
 *     { id: 'basic', name: 'Basic', rank: 1, description: 'A policy exists.' },
 *   ],
 *   themes: [{ id: 'policy', name: 'Policy' }],
 *   criteria: [
 *     {
 *       id: 'policy.basic.1',
 *       theme: 'policy',
 *       level: 'basic',
 *       statement: 'A social value policy is published.',
 *       action: 'Publish a social value policy.',
 *     },
 *   ],
 * };
 * input.criteria.length; // => 1
 * ```
 */
export interface MaturityModelInput {
  /** Stable id of the model (`'svmi-public-sector'`). */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The edition of the model, if it has one. */
  readonly version?: string;
  /** Where the model comes from. */
  readonly source: MaturitySource;
  /** The levels, any order (they are sorted by rank); the lowest has no criteria. */
  readonly levels: readonly MaturityLevelInput[];
  /** The themes, in the order they are presented. */
  readonly themes: readonly MaturityThemeInput[];
  /** Every criterion of every theme and level, in the source's order. */
  readonly criteria: readonly MaturityCriterionInput[];
  /** The rules; defaults: cumulative themes, overall rounded down, no non-compliant level. */
  readonly rules?: MaturityRulesInput;
}

/**
 * A level of a checked model.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap, type MaturityLevel } from 'social-value';
 *
 * const first: MaturityLevel = portsmouthRoadmap.levels[1]!;
 * first.name; // => 'Shape, Align, Benchmark and Pilot'
 * ```
 */
export interface MaturityLevel {
  /** Stable id. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The level's place; higher is more mature. */
  readonly rank: number;
  /** What an organisation at this level looks like. */
  readonly description: string;
}

/**
 * A theme of a checked model.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap, type MaturityTheme } from 'social-value';
 *
 * const theme: MaturityTheme = portsmouthRoadmap.themes[0]!;
 * theme.id; // => 'council-wide'
 * ```
 */
export interface MaturityTheme {
  /** Stable id. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** What the theme covers, if the model says. */
  readonly description?: string;
}

/**
 * A criterion of a checked model.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap, type MaturityCriterion } from 'social-value';
 *
 * const criterion: MaturityCriterion = portsmouthRoadmap.criteria[0]!;
 * criterion.id; // => 'council-wide.shape.1'
 * ```
 */
export interface MaturityCriterion {
  /** Stable id (`'procurement.leader.2'`). */
  readonly id: string;
  /** The id of its theme. */
  readonly theme: string;
  /** The id of its level. */
  readonly level: string;
  /** What is true of an organisation that meets it. */
  readonly statement: string;
  /** The step to take to meet it. */
  readonly action: string;
  /** Advice on the step, if any. */
  readonly guidance?: string;
  /** The lower criterion this one repeats, if any (see {@link MaturityCriterionInput}). */
  readonly restates?: string;
}

/**
 * The rules of a checked model, with defaults filled in.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap, type MaturityRules } from 'social-value';
 *
 * const rules: MaturityRules = portsmouthRoadmap.rules;
 * rules.theme; // => 'cumulative'
 * ```
 */
export interface MaturityRules {
  /** How a theme's level is judged. */
  readonly theme: ThemeRule;
  /** How the overall mean becomes a level. */
  readonly overall: OverallRounding;
  /** The id of the level that means non-compliant, or null when the model has none. */
  readonly nonCompliantLevel: string | null;
}

/**
 * A checked, frozen maturity model, as returned by {@link defineMaturityModel}: levels sorted by
 * rank (lowest first), themes and criteria in the source's order, and the rules.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap, type MaturityModel } from 'social-value';
 *
 * const model: MaturityModel = portsmouthRoadmap;
 * model.levels.map((level) => level.id); // => ['not-started', 'shape', 'learn', 'develop', 'growth', 'maturity']
 * ```
 */
export interface MaturityModel {
  /** Always `'maturity-model'`: tells a checked model from its input. */
  readonly kind: 'maturity-model';
  /** Stable id of the model. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The edition, if any. */
  readonly version?: string;
  /** Where the model comes from. */
  readonly source: MaturitySource;
  /** The levels, lowest rank first. */
  readonly levels: readonly MaturityLevel[];
  /** The themes, in the source's order. */
  readonly themes: readonly MaturityTheme[];
  /** The criteria, in the source's order. */
  readonly criteria: readonly MaturityCriterion[];
  /** The rules, defaults filled in. */
  readonly rules: MaturityRules;
}

/**
 * Which model a result belongs to.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap, type MaturityModelRef } from 'social-value';
 *
 * const ref: MaturityModelRef = assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' }).model;
 * ref.id; // => 'portsmouth-roadmap'
 * ```
 */
export interface MaturityModelRef {
  /** The model's id. */
  readonly id: string;
  /** The model's name. */
  readonly name: string;
  /** The model's edition, if any. */
  readonly version?: string;
}

/**
 * What an organisation says about one theme: the criteria it meets (ids, or a yes/no per
 * criterion), or a declared level, or both (the criteria then decide and a contradicting
 * declaration is warned about), with optional evidence. A bare level id string is short for
 * `{ level }`.
 *
 * @example
 * ```ts
 * import type { ThemeResponse } from 'social-value';
 *
 * const response: ThemeResponse = {
 *   met: ['council-wide.shape.1', 'council-wide.shape.2'],
 *   evidence: { 'council-wide.shape.1': 'Strategy approved by cabinet, March 2021' },
 * };
 * response.met?.length; // => 2
 * ```
 */
export interface ThemeResponse {
  /** The criteria met: a list of ids, or a map from id to true (met) or false (not met). */
  readonly met?: readonly string[] | Readonly<Record<string, boolean>>;
  /** A declared level id, for a theme judged without going through its criteria. */
  readonly level?: string;
  /** Evidence notes per criterion id, carried through to the result. */
  readonly evidence?: Readonly<Record<string, string>>;
  /** A note on the theme as a whole. */
  readonly note?: string;
}

/**
 * The answers of a self-assessment: for each theme id, a {@link ThemeResponse} or a level id.
 *
 * @example
 * ```ts
 * import type { MaturityResponses } from 'social-value';
 *
 * const responses: MaturityResponses = { 'policy-and-scope': 'leader', reporting: { level: 'mature' } };
 * Object.keys(responses).length; // => 2
 * ```
 */
export type MaturityResponses = Readonly<Record<string, ThemeResponse | string>>;

/**
 * Options of {@link assessMaturity}.
 *
 * @example
 * ```ts
 * import type { AssessMaturityOptions } from 'social-value';
 *
 * const options: AssessMaturityOptions = { label: 'Present', strict: true };
 * options.label; // => 'Present'
 * ```
 */
export interface AssessMaturityOptions {
  /** A name for the assessment shown in tables, such as `'Present'` or `'2028 target'`. */
  readonly label?: string;
  /**
   * When true, a criterion id the model does not know (or one filed under the wrong theme)
   * throws `unknown-criterion` instead of being warned about and ignored. Default false.
   */
  readonly strict?: boolean;
}

/**
 * The kinds of warning an assessment can carry.
 *
 * @example
 * ```ts
 * import type { MaturityWarningCode } from 'social-value';
 *
 * const code: MaturityWarningCode = 'missing-theme';
 * code; // => 'missing-theme'
 * ```
 */
export type MaturityWarningCode =
  | 'missing-theme'
  | 'unknown-criterion'
  | 'criterion-of-other-theme'
  | 'declared-level-contradicted'
  | 'evidence-for-unknown-criterion'
  | 'non-compliant';

/**
 * Something in the responses that did not stop the assessment but that a reader must see.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap, type MaturityWarning } from 'social-value';
 *
 * const [warning]: readonly MaturityWarning[] = assessMaturity(portsmouthRoadmap, {
 *   'council-wide': { met: ['council-wide.shape.9'] },
 * }).warnings;
 * warning?.code; // => 'unknown-criterion'
 * ```
 */
export interface MaturityWarning {
  /** What kind of warning. */
  readonly code: MaturityWarningCode;
  /** The theme concerned, or null when it is not about one theme. */
  readonly theme: string | null;
  /** The criterion id concerned, or null. */
  readonly criterion: string | null;
  /** A sentence for people. */
  readonly message: string;
}

/**
 * Where a theme's level came from: its `criteria`, a `declared` level, or nothing (`missing`).
 *
 * @example
 * ```ts
 * import type { AssessmentBasis } from 'social-value';
 *
 * const basis: AssessmentBasis = 'criteria';
 * basis; // => 'criteria'
 * ```
 */
export type AssessmentBasis = 'criteria' | 'declared' | 'missing';

/**
 * The result for one theme: its level, the criteria met, what is still unmet at the next level,
 * the evidence given and the reason in words.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap, type ThemeAssessment } from 'social-value';
 *
 * const theme: ThemeAssessment = assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' })
 *   .themes[0]!;
 * theme.level?.id; // => 'shape'
 * theme.nextLevel?.id; // => 'learn'
 * ```
 */
export interface ThemeAssessment {
  /** The theme. */
  readonly theme: MaturityTheme;
  /** Where the level came from; `missing` when the responses left the theme out. */
  readonly basis: AssessmentBasis;
  /** The level reached, or null when the theme is missing from the responses. */
  readonly level: MaturityLevel | null;
  /** The level the organisation declared, or null when it declared none. */
  readonly declaredLevel: MaturityLevel | null;
  /** True when the level reached is the model's non-compliant level. */
  readonly nonCompliant: boolean;
  /** Ids of the criteria counted as met, in the model's order. */
  readonly met: readonly string[];
  /** The level above the one reached, or null at the top (or when missing). */
  readonly nextLevel: MaturityLevel | null;
  /** The criteria of the next level not yet met: what stands between the theme and it. */
  readonly unmetAtNextLevel: readonly MaturityCriterion[];
  /** How many criteria the next level has in this theme (0 at the top or when missing). */
  readonly criteriaAtNextLevel: number;
  /** Evidence notes per criterion id, as given. */
  readonly evidence: Readonly<Record<string, string>>;
  /** The note on the theme, or null. */
  readonly note: string | null;
  /** Why the theme has this level, in a sentence. */
  readonly reason: string;
}

/**
 * The overall result: the exact mean of the theme ranks and the level it maps to.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap, type OverallMaturity } from 'social-value';
 *
 * const overall: OverallMaturity = assessMaturity(portsmouthRoadmap, { 'council-wide': 'learn' })
 *   .overall;
 * overall.mean.toString(); // => '2'
 * overall.level.id; // => 'learn'
 * ```
 */
export interface OverallMaturity {
  /** The overall level: the mean mapped by `rounding`. */
  readonly level: MaturityLevel;
  /** The exact mean of the ranks of the themes assessed. */
  readonly mean: Decimal;
  /** The sum of those ranks. */
  readonly rankTotal: number;
  /** How many themes were counted. */
  readonly themesCounted: number;
  /** The ids of the themes left out because the responses did not cover them. */
  readonly themesMissing: readonly string[];
  /** The rounding used to map the mean to a level. */
  readonly rounding: OverallRounding;
  /** How the overall level was reached, in a sentence. */
  readonly reason: string;
}

/**
 * The result of {@link assessMaturity}.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap, type MaturityAssessment } from 'social-value';
 *
 * const assessment: MaturityAssessment = assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' });
 * assessment.kind; // => 'maturity-assessment'
 * ```
 */
export interface MaturityAssessment {
  /** Always `'maturity-assessment'`. */
  readonly kind: 'maturity-assessment';
  /** The model assessed against. */
  readonly model: MaturityModelRef;
  /** The label given in the options, or null. */
  readonly label: string | null;
  /** One entry per theme of the model, in the model's order (missing themes included). */
  readonly themes: readonly ThemeAssessment[];
  /** The overall level and mean. */
  readonly overall: OverallMaturity;
  /** Everything worth a reader's attention: missing themes, unknown ids, contradictions. */
  readonly warnings: readonly MaturityWarning[];
}

/**
 * A level per theme (theme id → level id), the short form of a present or target position.
 *
 * @example
 * ```ts
 * import type { LevelsByTheme } from 'social-value';
 *
 * const future: LevelsByTheme = { 'council-wide': 'maturity' };
 * future['council-wide']; // => 'maturity'
 * ```
 */
export type LevelsByTheme = Readonly<Record<string, string>>;

/**
 * What {@link planActions} plans between: the present and the target, each an assessment or a
 * level per theme, and optionally the number of years to spread the steps over.
 *
 * @example
 * ```ts
 * import type { PlanActionsInput } from 'social-value';
 *
 * const input: PlanActionsInput = {
 *   present: { 'council-wide': 'shape' },
 *   target: { 'council-wide': 'develop' },
 *   years: 2,
 * };
 * input.years; // => 2
 * ```
 */
export interface PlanActionsInput {
  /** Where the organisation is now. */
  readonly present: MaturityAssessment | LevelsByTheme;
  /** Where it wants to be (the SVMI suggests two to three years ahead). */
  readonly target: MaturityAssessment | LevelsByTheme;
  /** Spread the steps over this many years (a whole number from 1). */
  readonly years?: number;
  /**
   * How a theme's steps are spread over the years: `'step'` (the default) spreads the steps
   * evenly in order, so a level may start in the year the level below it ends; `'level'` keeps
   * each level whole, spreading the levels evenly (for staged models where a stage is finished
   * before the next begins). Either way no level comes before the levels below it.
   */
  readonly spreadBy?: 'step' | 'level';
}

/**
 * One step of an action plan: the action of a criterion not yet met.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type PlanStep } from 'social-value';
 *
 * const plan = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'not-started' },
 *   target: { 'council-wide': 'shape' },
 * });
 * const step: PlanStep = plan.themes[0]!.levels[0]!.steps[0]!;
 * step.criterion; // => 'council-wide.shape.1'
 * ```
 */
export interface PlanStep {
  /** The id of the criterion the step meets. */
  readonly criterion: string;
  /** The id of its theme. */
  readonly theme: string;
  /** The level the step helps reach. */
  readonly level: MaturityLevel;
  /** What to do. */
  readonly action: string;
  /** What will be true once done (the criterion's statement). */
  readonly statement: string;
  /** Advice, if the model gives any. */
  readonly guidance?: string;
  /** The year (from 1) the step is scheduled in, when the plan was asked for `years`. */
  readonly year?: number;
}

/**
 * The steps to reach one level of one theme.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type PlanLevel } from 'social-value';
 *
 * const plan = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'not-started' },
 *   target: { 'council-wide': 'shape' },
 * });
 * const level: PlanLevel = plan.themes[0]!.levels[0]!;
 * level.steps.length; // => 5
 * ```
 */
export interface PlanLevel {
  /** The level to reach. */
  readonly level: MaturityLevel;
  /** The steps, in the model's order. */
  readonly steps: readonly PlanStep[];
}

/**
 * The plan for one theme: from its present level to its target, level by level.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type ThemePlan } from 'social-value';
 *
 * const theme: ThemePlan = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'shape' },
 *   target: { 'council-wide': 'develop' },
 * }).themes[0]!;
 * theme.gap; // => 2
 * theme.stepCount; // => 8
 * ```
 */
export interface ThemePlan {
  /** The theme. */
  readonly theme: MaturityTheme;
  /** The present level, or null when the present does not cover the theme. */
  readonly present: MaturityLevel | null;
  /** The target level, or null when the target does not cover the theme. */
  readonly target: MaturityLevel | null;
  /** Target rank minus present rank (negative when the target is below); 0 when a side is missing. */
  readonly gap: number;
  /** The levels to reach, lowest first, each with its steps. */
  readonly levels: readonly PlanLevel[];
  /** The number of steps for the theme. */
  readonly stepCount: number;
  /** Why there is nothing to do (target not above present, or a side missing), or null. */
  readonly note: string | null;
}

/**
 * The steps scheduled in one year.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type PlanYear } from 'social-value';
 *
 * const [first]: readonly PlanYear[] = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'not-started' },
 *   target: { 'council-wide': 'learn' },
 *   years: 2,
 * }).schedule;
 * first?.year; // => 1
 * ```
 */
export interface PlanYear {
  /** The year, from 1. */
  readonly year: number;
  /** The steps of the year, theme by theme in the plan's order, levels in order. */
  readonly steps: readonly PlanStep[];
}

/**
 * The counts of a plan.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type PlanSummary } from 'social-value';
 *
 * const summary: PlanSummary = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'not-started' },
 *   target: { 'council-wide': 'learn' },
 * }).summary;
 * summary.steps; // => 10
 * ```
 */
export interface PlanSummary {
  /** Themes in the plan. */
  readonly themes: number;
  /** Themes whose target is above their present. */
  readonly themesWithGap: number;
  /** Steps in all. */
  readonly steps: number;
  /** Steps per level to reach, lowest level first (levels with no step left out). */
  readonly byLevel: readonly {
    /** The level to reach. */
    readonly level: MaturityLevel;
    /** Steps to reach it, over all themes. */
    readonly steps: number;
  }[];
}

/**
 * The result of {@link planActions}: per theme and level the actions of the criteria not yet
 * met, themes that need most attention first, with counts and, when asked, a yearly schedule.
 *
 * @example
 * ```ts
 * import { planActions, portsmouthRoadmap, type ActionPlan } from 'social-value';
 *
 * const plan: ActionPlan = planActions(portsmouthRoadmap, {
 *   present: { 'council-wide': 'maturity' },
 *   target: { 'council-wide': 'learn' },
 * });
 * plan.summary.steps; // => 0
 * plan.notes.length; // => 1
 * ```
 */
export interface ActionPlan {
  /** Always `'maturity-plan'`. */
  readonly kind: 'maturity-plan';
  /** The model planned against. */
  readonly model: MaturityModelRef;
  /** One entry per theme of the model, largest gap first (then the model's order). */
  readonly themes: readonly ThemePlan[];
  /** The counts. */
  readonly summary: PlanSummary;
  /** The years asked for, or null. */
  readonly years: number | null;
  /** How steps were spread over the years (`'step'` or `'level'`), or null without years. */
  readonly spreadBy: 'step' | 'level' | null;
  /** The steps year by year (empty when no `years` were asked for). */
  readonly schedule: readonly PlanYear[];
  /** Sentences about themes with nothing to plan and why. */
  readonly notes: readonly string[];
}

/**
 * Which way a theme moves between two assessments.
 *
 * @example
 * ```ts
 * import type { LevelChange } from 'social-value';
 *
 * const change: LevelChange = 'up';
 * change; // => 'up'
 * ```
 */
export type LevelChange = 'up' | 'same' | 'down' | 'unknown';

/**
 * One row of a present-versus-future comparison.
 *
 * @example
 * ```ts
 * import { assessMaturity, compareAssessments, portsmouthRoadmap, type ThemeComparison } from 'social-value';
 *
 * const row: ThemeComparison = compareAssessments(
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' }),
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'develop' }),
 * ).themes[0]!;
 * row.gap; // => 2
 * ```
 */
export interface ThemeComparison {
  /** The theme. */
  readonly theme: MaturityTheme;
  /** The present level, or null when missing. */
  readonly present: MaturityLevel | null;
  /** The future level, or null when missing. */
  readonly target: MaturityLevel | null;
  /** Future rank minus present rank, or null when either is missing. */
  readonly gap: number | null;
  /** Which way the theme moves. */
  readonly change: LevelChange;
}

/**
 * The result of {@link compareAssessments}: the present-versus-future table.
 *
 * @example
 * ```ts
 * import { assessMaturity, compareAssessments, portsmouthRoadmap, type MaturityComparison } from 'social-value';
 *
 * const comparison: MaturityComparison = compareAssessments(
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' }),
 *   assessMaturity(portsmouthRoadmap, { 'council-wide': 'develop' }),
 * );
 * comparison.overall.change.toString(); // => '2'
 * ```
 */
export interface MaturityComparison {
  /** Always `'maturity-comparison'`. */
  readonly kind: 'maturity-comparison';
  /** The model. */
  readonly model: MaturityModelRef;
  /** The present assessment's label (default `'Present'`). */
  readonly presentLabel: string;
  /** The future assessment's label (default `'Future'`). */
  readonly targetLabel: string;
  /** One row per theme, in the model's order. */
  readonly themes: readonly ThemeComparison[];
  /** Overall present and future, and the change of the exact mean. */
  readonly overall: {
    /** The present overall result. */
    readonly present: OverallMaturity;
    /** The future overall result. */
    readonly target: OverallMaturity;
    /** Future mean minus present mean, exact. */
    readonly change: Decimal;
  };
  /** Ids of the themes that move up, largest gap first: which areas need most attention. */
  readonly attention: readonly string[];
}
