import type { Decimal, Numeric } from '../core/decimal.js';
import type { Framework, FrameworkInput } from '../toms/types.js';

/** The three dimensions an impact assessment weighs (Hackney's PRIMAS: social, economic, environmental). */
export type ImpactDimension = 'social' | 'economic' | 'environmental';

/** Whether an impact is a benefit (`positive`) or a harm (`negative`). */
export type ImpactDirection = 'positive' | 'negative';

/**
 * How a negative impact is mitigated, in the kinds Hackney names: `contract-subject` (changing
 * the subject of the contract), `specification` (amending the service specification) and
 * `tender-questions` (amending the tendering and social value questions).
 */
export type MitigationChange = 'contract-subject' | 'specification' | 'tender-questions';

/** A mitigation of a negative impact, as given to `assessImpact`. */
export interface MitigationInput {
  /** What the mitigation changes: the subject of the contract, the specification or the tender questions. */
  readonly change: MitigationChange;
  /** What is changed, in words. */
  readonly description: string;
  /** The share of the impact it avoids, a fraction from 0 to 1 (give this or `quantity`, or neither). */
  readonly mitigatedShare?: Numeric | undefined;
  /** The units of the impact's measure it avoids (needs a monetised impact), at most the impact's quantity. */
  readonly quantity?: Numeric | undefined;
}

/** One impact of a planned procurement, as given to `assessImpact`. */
export interface ImpactInput {
  /** A stable id, unique in the assessment (any text, `__proto__` included). */
  readonly id: string;
  /** The dimension it falls in. */
  readonly dimension: ImpactDimension;
  /** A benefit or a harm. */
  readonly direction: ImpactDirection;
  /** The impact in words. */
  readonly description: string;
  /** The code of a framework measure that monetises it (with `quantity`): value = quantity × proxy value. */
  readonly measure?: string | undefined;
  /** How many units of the measure, at least 0: the direction gives the sign. */
  readonly quantity?: Numeric | undefined;
  /** How a negative impact is mitigated (none on a positive impact). */
  readonly mitigations?: readonly MitigationInput[] | undefined;
}

/** The input of `assessImpact`. */
export interface AssessImpactInput {
  /** The planned procurement, in words (`'School catering contract'`). */
  readonly name: string;
  /**
   * The framework whose measures monetise impacts; needed when an impact names a measure. A
   * framework input (as `defineFramework` takes it) is validated as `defineFramework` would.
   */
  readonly framework?: Framework | FrameworkInput | undefined;
  /** The impacts, positive and negative, in the order to report them. */
  readonly impacts: readonly ImpactInput[];
}

/** A mitigation with the £ it avoids. */
export interface AssessedMitigation {
  /** What the mitigation changes. */
  readonly change: MitigationChange;
  /** The kind of change in words (`'amending the service specification'`). */
  readonly changeName: string;
  /** What is changed, as given. */
  readonly description: string;
  /** The share of the impact it avoids (given, or its quantity ÷ the impact's); `null` when not quantified. */
  readonly mitigatedShare: Decimal | null;
  /** The units of the measure it avoids, when given; else `null`. */
  readonly quantity: Decimal | null;
  /** £ of the impact it avoids (at least 0); `null` for an impact that is not monetised or a mitigation not quantified. */
  readonly mitigated: Decimal | null;
  /** One sentence about what it avoids. */
  readonly reason: string;
}

/** One impact with its figures. */
export interface AssessedImpact {
  /** The impact's id. */
  readonly id: string;
  /** Its dimension. */
  readonly dimension: ImpactDimension;
  /** A benefit or a harm. */
  readonly direction: ImpactDirection;
  /** The impact in words, as given. */
  readonly description: string;
  /** The code of the measure that monetises it, or `null`. */
  readonly measure: string | null;
  /** The measure's title, or `null`. */
  readonly title: string | null;
  /** The measure's unit, or `null`. */
  readonly unit: string | null;
  /** The units of the measure, or `null`. */
  readonly quantity: Decimal | null;
  /** The measure's £ per unit, or `null`. */
  readonly proxyValue: Decimal | null;
  /** quantity × proxy value, negative for a negative impact; `null` when not monetised. */
  readonly value: Decimal | null;
  /**
   * The share of a negative impact its mitigations avoid: their exact sum, divided once (34
   * significant digits) when a mitigation is a quantity; `null` for a positive impact.
   */
  readonly mitigatedShare: Decimal | null;
  /** £ of a negative monetised impact its mitigations avoid (at least 0); `null` otherwise. */
  readonly mitigated: Decimal | null;
  /** value + mitigated: what is left of it; `null` when not monetised. */
  readonly net: Decimal | null;
  /** Its mitigations, in input order. */
  readonly mitigations: readonly AssessedMitigation[];
  /** One sentence with its figures. */
  readonly reason: string;
}

/**
 * Where a dimension (or the whole procurement) stands: `net-positive`, `net-negative`,
 * `balanced` (net £0), or `not-monetised` (no impact of it is monetised).
 */
export type ImpactPositionName = 'net-positive' | 'net-negative' | 'balanced' | 'not-monetised';

/** The gross, mitigated and net figures of a dimension or of the whole procurement. */
export interface ImpactPosition {
  /** The sum of the monetised positive impacts, in £ (at least 0). */
  readonly grossPositive: Decimal;
  /** The sum of the monetised negative impacts before mitigation, in £ (at most 0). */
  readonly grossNegative: Decimal;
  /** £ of negative impacts the mitigations avoid (at least 0). */
  readonly mitigated: Decimal;
  /** grossPositive + grossNegative + mitigated. */
  readonly net: Decimal;
  /** Where it stands. */
  readonly position: ImpactPositionName;
  /** How many impacts it has. */
  readonly impactCount: number;
  /** How many of them are positive. */
  readonly positiveCount: number;
  /** How many of them are negative. */
  readonly negativeCount: number;
  /** How many of them are not monetised (weighed in words only, in no £ figure). */
  readonly notMonetisedCount: number;
  /** How many negative impacts have no mitigation. */
  readonly unmitigatedCount: number;
  /** One sentence per figure: gross positive, gross negative, mitigated, net. */
  readonly reasons: readonly string[];
}

/** Codes of the findings of an impact assessment. */
export type ImpactFindingCode =
  | 'unmitigated-negative'
  | 'not-monetised'
  | 'unquantified-mitigation'
  | 'dimension-differs'
  | 'net-negative';

/** Something a reader of an impact assessment should check. */
export interface ImpactFinding {
  /**
   * `unmitigated-negative`: a negative impact without mitigation; `not-monetised`: an impact in
   * no £ figure; `unquantified-mitigation`: a mitigation recorded without a share or quantity;
   * `dimension-differs`: the measure reports another value type than the impact's dimension;
   * `net-negative`: a dimension whose net is below £0.
   */
  readonly code: ImpactFindingCode;
  /** `warning` for a harm a reader must weigh; `info` otherwise. */
  readonly severity: 'warning' | 'info';
  /** One sentence. */
  readonly message: string;
  /** The impact concerned, when the finding is about one. */
  readonly impact?: string | undefined;
  /** The dimension concerned. */
  readonly dimension?: ImpactDimension | undefined;
  /** The index of the mitigation concerned in the impact's `mitigations`. */
  readonly mitigation?: number | undefined;
}

/** The framework an assessment monetised with. */
export interface ImpactFramework {
  /** The framework's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The edition of its proxy values. */
  readonly edition: string;
  /** The price year of its proxy values. */
  readonly priceYear: number;
}

/** The result of `assessImpact`. */
export interface ImpactAssessment {
  /** Always `'impact-assessment'`. */
  readonly kind: 'impact-assessment';
  /** The snapshot's schema version: 1. */
  readonly schemaVersion: 1;
  /** The planned procurement, as given. */
  readonly name: string;
  /** The framework the impacts were monetised with, or `null` when none was given. */
  readonly framework: ImpactFramework | null;
  /** Every impact, in input order, negative ones included. */
  readonly impacts: readonly AssessedImpact[];
  /** Each dimension's position, in the order social, economic, environmental. */
  readonly byDimension: Readonly<Record<ImpactDimension, ImpactPosition>>;
  /** The position of the whole procurement (the sum of the dimensions). */
  readonly overall: ImpactPosition;
  /** What a reader should check. */
  readonly findings: readonly ImpactFinding[];
  /** One sentence about the whole assessment. */
  readonly summary: string;
}
