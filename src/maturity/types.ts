import type { Decimal } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';

/**
 * How a theme's level is judged from its criteria. `cumulative` (the SVMI rule, the default):
 * the highest level whose criteria, and those of every lower level, are all met. `independent`:
 * the highest level whose own criteria are all met, whatever the levels below.
 */
export type ThemeRule = 'cumulative' | 'independent';

/**
 * How the exact mean of the theme ranks is mapped to an overall level. `down` (the default):
 * the highest level whose rank is not above the mean (2.8 is still Mature). `nearest`: the level
 * whose rank is closest to the mean, halves going up (2.5 is Leader).
 */
export type OverallRounding = 'down' | 'nearest';

/** Where a maturity model comes from. */
export interface MaturitySource {
  /** The title of the publication. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** The year of publication (1900 to 2200). */
  readonly year: number;
  /** Where to read it (an http or https address), if it is online. */
  readonly url?: string | undefined;
  /** Anything a reader should know: the edition, the pages used, how the text was adapted. */
  readonly note?: string | undefined;
}

/** One level of a maturity model as written in a model's input (see {@link MaturityModelInput}). */
export interface MaturityLevelInput {
  /** Stable id (`'leader'`): any non-empty text. */
  readonly id: string;
  /** The name people read (`'Leader'`). */
  readonly name: string;
  /**
   * The level's place: a whole number from 0 to 1,000,000, distinct per level, higher is more
   * mature. The lowest level is where every theme starts and has no criteria.
   */
  readonly rank: number;
  /** What an organisation at this level looks like, in a sentence or two. */
  readonly description: string;
}

/** One theme (area of practice) of a maturity model, as written in a model's input. */
export interface MaturityThemeInput {
  /** Stable id (`'measurement-toms'`): any non-empty text. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The question the theme asks, or what it covers. */
  readonly description?: string | undefined;
}

/**
 * One criterion: something an organisation does at a given level of a given theme, and the step
 * to take to meet it.
 */
export interface MaturityCriterionInput {
  /**
   * Stable id. The shipped models write `${theme}.${level}.${n}` with n counted from 1 in the
   * source's order (`'procurement.leader.2'`); ids never change once published.
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
  readonly guidance?: string | undefined;
  /**
   * The id of a criterion of the same theme at a lower level that this one repeats (the source
   * states the same requirement twice). The two are met together, and a plan lists the step
   * once, at the lower level; except where every criterion of the theme at this level restates
   * one (the level has no criterion of its own): there this one is met only in its own right
   * (given as met, or a level at or above it declared) and a plan lists it, so the lower
   * criteria alone never lift the theme to that level.
   */
  readonly restates?: string | undefined;
}

/** The rules of a model as written in its input; every field has a default. */
export interface MaturityRulesInput {
  /** How a theme's level is judged. Default `'cumulative'`. */
  readonly themeRule?: ThemeRule | undefined;
  /** How the overall mean becomes a level. Default `'down'`. */
  readonly overallRounding?: OverallRounding | undefined;
  /**
   * The id of the level that means non-compliant (the SVMI's `'non-compliant'`), if any: any
   * level but the top one (usually the lowest). `null` or left out: none, as a checked model
   * writes it.
   */
  readonly nonCompliantLevel?: string | null | undefined;
}

/**
 * A maturity model as data: ordered levels, themes, the criteria of every theme at every level
 * and the rules. {@link defineMaturityModel} checks it and returns a {@link MaturityModel}. The
 * shipped models (`svmiPublicSector`, `svmiBusiness`, `portsmouthRoadmap`) are written in this
 * shape. `assessMaturity` and `planActions` take it too, checked as `defineMaturityModel` checks
 * it.
 */
export interface MaturityModelInput {
  /** Stable id of the model (`'svmi-public-sector'`). */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /**
   * The edition of the model, if it has one. Assessments carry it, and `planActions` and
   * `compareAssessments` refuse to mix editions.
   */
  readonly version?: string | undefined;
  /** Where the model comes from. */
  readonly source: MaturitySource;
  /** The levels, any order (they are sorted by rank); the lowest has no criteria. */
  readonly levels: readonly MaturityLevelInput[];
  /** The themes, in the order they are presented. */
  readonly themes: readonly MaturityThemeInput[];
  /** Every criterion of every theme and level, in the source's order. */
  readonly criteria: readonly MaturityCriterionInput[];
  /** The rules; defaults: cumulative themes, overall rounded down, no non-compliant level. */
  readonly rules?: MaturityRulesInput | undefined;
}

/** A level of a checked model. */
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

/** A theme of a checked model. */
export interface MaturityTheme {
  /** Stable id. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** What the theme covers, if the model says. */
  readonly description?: string | undefined;
}

/** A criterion of a checked model. */
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
  readonly guidance?: string | undefined;
  /** The lower criterion this one repeats, if any (see {@link MaturityCriterionInput}). */
  readonly restates?: string | undefined;
}

/** The rules of a checked model, with defaults filled in. */
export interface MaturityRules {
  /** How a theme's level is judged. */
  readonly themeRule: ThemeRule;
  /** How the overall mean becomes a level. */
  readonly overallRounding: OverallRounding;
  /** The id of the level that means non-compliant, or null when the model has none. */
  readonly nonCompliantLevel: string | null;
}

/**
 * A checked, frozen maturity model, as returned by {@link defineMaturityModel}: levels sorted by
 * rank (lowest first), themes and criteria in the source's order, and the rules.
 */
export interface MaturityModel {
  /** Always `'maturity-model'`: tells a checked model (or its JSON snapshot) from its input. */
  readonly kind: 'maturity-model';
  /** The version of this JSON form: 1. */
  readonly schemaVersion: 1;
  /** Stable id of the model. */
  readonly id: string;
  /** The name people read. */
  readonly name: string;
  /** The edition, if any. */
  readonly version?: string | undefined;
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

/** Which model a result belongs to. */
export interface MaturityModelRef {
  /** The model's id. */
  readonly id: string;
  /** The model's name. */
  readonly name: string;
  /** The model's edition, if any. */
  readonly version?: string | undefined;
}

/**
 * What an organisation says about one theme: the criteria it meets (ids, or a yes/no per
 * criterion), or a declared level, or both (the criteria then decide and a contradicting
 * declaration is warned about), with optional evidence. A bare level id is short for `{ level }`.
 */
export interface ThemeResponse {
  /** The criteria met: a list of ids, or an object from id to true (met) or false (not met). */
  readonly met?: readonly string[] | Readonly<Record<string, boolean>> | undefined;
  /** A declared level id, for a theme judged without going through its criteria; `null` for none (as an assessed theme writes `declaredLevel`). */
  readonly level?: string | null | undefined;
  /** Evidence notes per criterion id, carried through to the result. */
  readonly evidence?: Readonly<Record<string, string>> | undefined;
  /** A note on the theme as a whole, carried through to the result; `null` for none. */
  readonly note?: string | null | undefined;
}

/** The answers of a self-assessment: for each theme id, a {@link ThemeResponse} or a level id. */
export type MaturityResponses = Readonly<Record<string, ThemeResponse | string>>;

/** Options of {@link assessMaturity}. */
export interface AssessMaturityOptions {
  /** A name for the assessment shown in tables, such as `'Present'` or `'2028 target'`; `null` for none (as an assessment writes it). */
  readonly label?: string | null | undefined;
  /**
   * When true, a criterion id the model does not know (or one filed under the wrong theme)
   * throws `unknown-criterion` instead of being warned about and ignored. Default false.
   */
  readonly strict?: boolean | undefined;
}

/** The codes of the warnings an assessment can carry. */
export type MaturityWarningCode =
  | 'missing-theme'
  | 'unknown-criterion'
  | 'criterion-of-other-theme'
  | 'declared-level-contradicted'
  | 'evidence-for-unknown-criterion'
  | 'non-compliant';

/** Something in the responses that did not stop the assessment but that a reader must see. */
export interface MaturityWarning {
  /** What kind of warning (stable, kebab-case). */
  readonly code: MaturityWarningCode;
  /** How serious it is: always `'warning'` for an assessment. */
  readonly severity: Severity;
  /** A sentence for people. */
  readonly message: string;
  /** The id of the theme concerned. */
  readonly theme: string;
  /** The criterion id concerned, or null. */
  readonly criterion: string | null;
  /** Where in the responses: `responses["measurement-toms"].met[3]`. */
  readonly path: string;
}

/** Where a theme's level came from: its `criteria`, a `declared` level, or nothing (`missing`). */
export type AssessmentBasis = 'criteria' | 'declared' | 'missing';

/**
 * The result for one theme: its level, the criteria met, what is still unmet at the next level,
 * the evidence given and the reason in words.
 */
export interface ThemeAssessment {
  /** The theme's id. */
  readonly theme: string;
  /** The theme's name. */
  readonly themeName: string;
  /** Where the level came from; `missing` when the responses left the theme out. */
  readonly basis: AssessmentBasis;
  /** The id of the level reached, or null when the theme is missing from the responses. */
  readonly level: string | null;
  /** The name of the level reached, or null. */
  readonly levelName: string | null;
  /** The rank of the level reached, or null. */
  readonly rank: number | null;
  /** The id of the level the organisation declared, or null when it declared none. */
  readonly declaredLevel: string | null;
  /** True when the level reached is the model's non-compliant level. */
  readonly nonCompliant: boolean;
  /** Ids of the criteria counted as met, in the model's order. */
  readonly met: readonly string[];
  /**
   * The id of the first level above the one reached that has criteria for the theme, or null
   * at the top (or when missing, or when no level above has criteria for it).
   */
  readonly nextLevel: string | null;
  /** The name of that level, or null. */
  readonly nextLevelName: string | null;
  /** The criteria of the next level not yet met: what stands between the theme and it. */
  readonly unmetAtNextLevel: readonly MaturityCriterion[];
  /** How many criteria the next level has in this theme (0 at the top or when missing). */
  readonly criteriaAtNextLevel: number;
  /** Evidence notes per criterion id, as given (a record without prototype). */
  readonly evidence: Readonly<Record<string, string>>;
  /** The note on the theme, as given, or null. */
  readonly note: string | null;
  /** Why the theme has this level, in a sentence. */
  readonly reason: string;
}

/** The overall result: the exact mean of the theme ranks and the level it maps to. */
export interface OverallMaturity {
  /** The id of the overall level: the mean mapped by `rounding`. */
  readonly level: string;
  /** The name of the overall level. */
  readonly levelName: string;
  /** The rank of the overall level. */
  readonly rank: number;
  /** The mean of the ranks of the themes assessed (rounded to 34 significant digits). */
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

/** The result of {@link assessMaturity}. */
export interface MaturityAssessment {
  /** Always `'maturity-assessment'`. */
  readonly kind: 'maturity-assessment';
  /** The version of this JSON form: 1. */
  readonly schemaVersion: 1;
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
  /** The assessment in one sentence. */
  readonly summary: string;
}

/** A level per theme (theme id → level id), the short form of a present or target position. */
export type LevelsByTheme = Readonly<Record<string, string>>;

/**
 * What {@link planActions} plans between: the present and the target, each an assessment (or
 * its JSON snapshot) or a level per theme, and optionally the years to spread the steps over.
 */
export interface PlanActionsInput {
  /** Where the organisation is now. */
  readonly present: MaturityAssessment | LevelsByTheme;
  /** Where it wants to be (the SVMI suggests two to three years ahead). */
  readonly target: MaturityAssessment | LevelsByTheme;
  /** Spread the steps over this many years (a whole number from 1 to 50); `null` for none (as a plan writes it). */
  readonly years?: number | null | undefined;
  /**
   * How a theme's steps are spread over the years: `'step'` (the default) spreads the steps
   * evenly in order, so a level may start in the year the level below it ends; `'level'` keeps
   * each level whole, spreading the levels evenly (for staged models where a stage is finished
   * before the next begins). Either way no level comes before the levels below it. Needs
   * `years` (given without them it is refused); a plan without `years` has `spreadBy` null, and
   * `null` here is no spreading, as leaving it out is.
   */
  readonly spreadBy?: 'step' | 'level' | null | undefined;
}

/** One step of an action plan: the action of a criterion not yet met. */
export interface PlanStep {
  /** The id of the criterion the step meets. */
  readonly criterion: string;
  /** The id of its theme. */
  readonly theme: string;
  /** The name of its theme. */
  readonly themeName: string;
  /** The id of the level the step helps reach. */
  readonly level: string;
  /** The name of that level. */
  readonly levelName: string;
  /** What to do. */
  readonly action: string;
  /** What will be true once done (the criterion's statement). */
  readonly statement: string;
  /** Advice, if the model gives any. */
  readonly guidance?: string | undefined;
  /** The year (from 1) the step is scheduled in, when the plan was asked for `years`. */
  readonly year?: number | undefined;
}

/** The steps to reach one level of one theme. */
export interface PlanLevel {
  /** The id of the level to reach. */
  readonly level: string;
  /** Its name. */
  readonly levelName: string;
  /** Its rank. */
  readonly rank: number;
  /** The steps, in the model's order. */
  readonly steps: readonly PlanStep[];
}

/** A theme with its present and target levels: the first fields of a plan's and a comparison's rows. */
export interface ThemePositions {
  /** The theme's id. */
  readonly theme: string;
  /** The theme's name. */
  readonly themeName: string;
  /** The id of the present level, or null when the present does not cover the theme. */
  readonly presentLevel: string | null;
  /** The name of the present level, or null. */
  readonly presentLevelName: string | null;
  /** The id of the target level, or null when the target does not cover the theme. */
  readonly targetLevel: string | null;
  /** The name of the target level, or null. */
  readonly targetLevelName: string | null;
}

/** The plan for one theme: from its present level to its target, level by level. */
export interface ThemePlan extends ThemePositions {
  /** Target rank minus present rank (negative when the target is below); 0 when a side is missing. */
  readonly gap: number;
  /** The levels to reach, lowest first, each with its steps. */
  readonly levels: readonly PlanLevel[];
  /** The number of steps for the theme. */
  readonly stepCount: number;
  /** What the theme's plan holds, or why it holds nothing, in a sentence. */
  readonly reason: string;
}

/** The steps scheduled in one year. */
export interface PlanYear {
  /** The year, from 1. */
  readonly year: number;
  /** The steps of the year, theme by theme in the plan's order, levels in order. */
  readonly steps: readonly PlanStep[];
}

/** The counts of a plan. */
export interface PlanCounts {
  /** Themes in the plan. */
  readonly themes: number;
  /** Themes whose target is above their present. */
  readonly themesWithGap: number;
  /** Steps in all. */
  readonly steps: number;
  /** Steps per level to reach, lowest level first (levels with no step left out). */
  readonly byLevel: readonly {
    /** The id of the level to reach. */
    readonly level: string;
    /** Its name. */
    readonly levelName: string;
    /** Steps to reach it, over all themes. */
    readonly steps: number;
  }[];
}

/**
 * The codes of the warnings a plan can carry: one per theme with nothing to plan, and
 * `target-without-criteria` for a theme whose target has no criteria of its own under the
 * independent rule (with steps or without: the steps do not reach it, only a declared level does).
 */
export type PlanWarningCode =
  | 'no-present-level'
  | 'no-target-level'
  | 'target-below-present'
  | 'target-is-present'
  | 'target-already-met'
  | 'target-without-criteria';

/** A theme with nothing to plan, or whose target its steps do not reach, and why. */
export interface PlanWarning {
  /** Why (stable, kebab-case). */
  readonly code: PlanWarningCode;
  /** `'warning'` for a missing side, a target below the present or one without criteria, else `'info'`. */
  readonly severity: Severity;
  /** A sentence for people. */
  readonly message: string;
  /** The id of the theme concerned. */
  readonly theme: string;
}

/**
 * The result of {@link planActions}: per theme and level the actions of the criteria not yet
 * met, themes that need most attention first, with counts and, when asked, a yearly schedule.
 */
export interface ActionPlan {
  /** Always `'action-plan'`. */
  readonly kind: 'action-plan';
  /** The version of this JSON form: 1. */
  readonly schemaVersion: 1;
  /** The model planned against. */
  readonly model: MaturityModelRef;
  /** One entry per theme of the model, largest gap first (then the model's order). */
  readonly themes: readonly ThemePlan[];
  /** The counts. */
  readonly counts: PlanCounts;
  /** The years asked for, or null. */
  readonly years: number | null;
  /** How steps were spread over the years (`'step'` or `'level'`), or null without years. */
  readonly spreadBy: 'step' | 'level' | null;
  /** The steps year by year (empty when no `years` were asked for). */
  readonly schedule: readonly PlanYear[];
  /** One per theme with nothing to plan, saying why. */
  readonly warnings: readonly PlanWarning[];
  /** The plan in one sentence: steps, themes and levels (the first 10 levels named, the rest counted). */
  readonly summary: string;
}

/** Which way a theme moves between two assessments. */
export type LevelChange = 'up' | 'same' | 'down' | 'unknown';

/** One row of a present-versus-future comparison (the target is the future assessment). */
export interface ThemeComparison extends ThemePositions {
  /**
   * Future rank minus present rank, or null when the theme is missing from both (one assessed on
   * one side only is refused).
   */
  readonly gap: number | null;
  /** Which way the theme moves. */
  readonly change: LevelChange;
}

/** The overall rows of a comparison. */
export interface OverallComparison {
  /** The present overall result. */
  readonly present: OverallMaturity;
  /** The future overall result. */
  readonly target: OverallMaturity;
  /**
   * Future mean minus present mean, one division made last: the difference of the rank totals
   * over the themes counted (8 / 3 − 6 / 3 is 2 / 3 to 34 significant digits).
   */
  readonly change: Decimal;
}

/** The result of {@link compareAssessments}: the present-versus-future table. */
export interface MaturityComparison {
  /** Always `'maturity-comparison'`. */
  readonly kind: 'maturity-comparison';
  /** The version of this JSON form: 1. */
  readonly schemaVersion: 1;
  /** The model. */
  readonly model: MaturityModelRef;
  /** The present assessment's label (default `'Present'`). */
  readonly presentLabel: string;
  /** The future assessment's label (default `'Future'`). */
  readonly targetLabel: string;
  /** One row per theme, in the model's order. */
  readonly themes: readonly ThemeComparison[];
  /** Overall present and future, and the change of the mean. */
  readonly overall: OverallComparison;
  /** Ids of the themes that move up, largest gap first: which areas need most attention. */
  readonly attention: readonly string[];
  /** The comparison in one sentence. */
  readonly summary: string;
}
