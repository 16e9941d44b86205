import type { Decimal } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';

/**
 * What an award criterion weighs, as {@link readOcdsAwardCriteria} reads it from the OCDS
 * `type` (price, cost, quality) and from the words of its name and description.
 *
 * @example
 * ```ts
 * import type { OcdsCriterionKind } from 'social-value/ocds';
 *
 * const kind: OcdsCriterionKind = 'social-value';
 * kind; // => 'social-value'
 * ```
 */
export type OcdsCriterionKind = 'price' | 'quality' | 'social-value' | 'environmental' | 'other';

/**
 * Where a criterion's weight was read: the `numbers` of the award criteria extension, the free
 * text of `name` or `description`, or `sole-criterion` when a lot publishes one criterion
 * without a weight (it then carries the whole score, 100 points).
 *
 * @example
 * ```ts
 * import type { OcdsWeightSource } from 'social-value/ocds';
 *
 * const source: OcdsWeightSource = 'description';
 * source; // => 'description'
 * ```
 */
export type OcdsWeightSource = 'numbers' | 'name' | 'description' | 'sole-criterion';

/**
 * Something {@link readOcdsAwardCriteria} or {@link toWeighting} could not read, or read with a
 * caveat. `path` points into the input (`input.releases[0].tender.lots[1]…`).
 *
 * @example
 * ```ts
 * import type { OcdsFinding } from 'social-value/ocds';
 *
 * const finding: OcdsFinding = {
 *   code: 'no-weight',
 *   severity: 'warning',
 *   message: 'Criterion "Technical" has no weight in its numbers, name or description.',
 *   path: 'input.tender.lots[0].awardCriteria.criteria[0]',
 * };
 * finding.severity; // => 'warning'
 * ```
 */
export interface OcdsFinding {
  /** Stable code, e.g. `no-weight`, `ambiguous-weight`, `weights-do-not-sum`, `nested-weight`. */
  readonly code: OcdsFindingCode;
  /** `error` (nothing could be read), `warning` (a figure is missing) or `info` (a caveat). */
  readonly severity: Severity;
  /** A sentence for people naming the value found and why it was not used. */
  readonly message: string;
  /** Where in the input, starting with `input`. */
  readonly path: string;
}

/**
 * The codes an {@link OcdsFinding} can carry.
 *
 * @example
 * ```ts
 * import type { OcdsFindingCode } from 'social-value/ocds';
 *
 * const code: OcdsFindingCode = 'weights-do-not-sum';
 * code; // => 'weights-do-not-sum'
 * ```
 */
export type OcdsFindingCode =
  | 'not-ocds'
  | 'unexpected-shape'
  | 'release-skipped'
  | 'no-award-criteria'
  | 'no-weight'
  | 'ambiguous-weight'
  | 'conflicting-weights'
  | 'weight-out-of-range'
  | 'range-weight'
  | 'points-weight'
  | 'order-only'
  | 'weights-do-not-sum'
  | 'nested-weight'
  | 'kind-conflict'
  | 'sole-criterion'
  | 'duplicate-lot'
  | 'incomplete-weights';

/**
 * One award criterion as published, with the kind and weight read from it.
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria, type OcdsCriterion } from 'social-value/ocds';
 *
 * const result = readOcdsAwardCriteria({
 *   ocid: 'ocds-example-1',
 *   tender: { lots: [{ id: '1', awardCriteria: { criteria: [
 *     { type: 'quality', name: 'Quality', description: '70' },
 *     { type: 'price', description: '30' },
 *   ] } }] },
 * });
 * const criterion: OcdsCriterion | undefined = result.lots[0]?.criteria[0];
 * criterion?.weight?.toString(); // => '70'
 * criterion?.weightSource; // => 'description'
 * ```
 */
export interface OcdsCriterion {
  /** Position of the criterion in the published `criteria` array (0-based). */
  readonly index: number;
  /** Where the criterion is in the input. */
  readonly path: string;
  /** The OCDS `type` as published (`price`, `cost`, `quality`…), or `null`. */
  readonly type: string | null;
  /** The published `name`, or `null`. */
  readonly name: string | null;
  /** The published `description`, or `null`. */
  readonly description: string | null;
  /** What the criterion weighs. */
  readonly kind: OcdsCriterionKind;
  /** The weight in percentage points (0 to 100), or `null` when it could not be read exactly. */
  readonly weight: Decimal | null;
  /** Where the weight was read, or `null` without a weight. */
  readonly weightSource: OcdsWeightSource | null;
  /**
   * The OCDS weight code of the number used (`percentageExact`, `decimalExact`, `pointsExact`),
   * or `null` for weights read from text.
   */
  readonly weightCode: string | null;
  /** The number as published before conversion (`0.7` for a decimal weight of 70 points). */
  readonly publishedWeight: Decimal | null;
  /** One sentence on how the kind and the weight were read. */
  readonly reason: string;
}

/**
 * The award criteria of one lot (or of the tender as a whole, or of a lot group).
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria, type OcdsLotCriteria } from 'social-value/ocds';
 *
 * const lot: OcdsLotCriteria | undefined = readOcdsAwardCriteria({
 *   ocid: 'ocds-example-2',
 *   tender: { lots: [{ id: 'A', awardCriteria: { criteria: [{ type: 'price' }] } }] },
 * }).lots[0];
 * lot?.lot; // => 'A'
 * lot?.total?.toString(); // => '100'
 * ```
 */
export interface OcdsLotCriteria {
  /** The contracting process (`ocid`) the lot belongs to, or `null` when not published. */
  readonly ocid: string | null;
  /** The id of the latest release read (its criteria may come from an earlier one: see `path`s), or `null`. */
  readonly release: string | null;
  /** `tender` for criteria of the whole tender, `lot` or `lot-group`. */
  readonly level: 'tender' | 'lot' | 'lot-group';
  /** The lot (or lot group) id as published; `null` at tender level. */
  readonly lot: string | null;
  /** The lot's title, or `null`. */
  readonly lotName: string | null;
  /** Where the lot is in the input. */
  readonly path: string;
  /** The criteria, in published order. */
  readonly criteria: readonly OcdsCriterion[];
  /** Sum of the weights when every criterion's weight was read, else `null`. */
  readonly total: Decimal | null;
  /** Whether every weight was read and they sum to exactly 100. */
  readonly complete: boolean;
  /**
   * The findings about this lot and its criteria. A lot that takes the tender's criteria has
   * the findings about itself; those of the criteria are the tender entry's (each once).
   */
  readonly findings: readonly OcdsFinding[];
  /** One sentence on the lot's criteria (listing at most 12 of them by kind and weight). */
  readonly summary: string;
}

/**
 * What {@link readOcdsAwardCriteria} returns: the award criteria of every lot of every
 * contracting process in the input, with a finding for everything it could not read.
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria, type OcdsAwardCriteria } from 'social-value/ocds';
 *
 * const result: OcdsAwardCriteria = readOcdsAwardCriteria({ releases: [] });
 * result.kind; // => 'ocds-award-criteria'
 * result.lots.length; // => 0
 * ```
 */
export interface OcdsAwardCriteria {
  /** Always `ocds-award-criteria`. */
  readonly kind: 'ocds-award-criteria';
  /** Version of this result's JSON form. */
  readonly schemaVersion: 1;
  /** The `ocid` when every release read shares one, else `null`. */
  readonly ocid: string | null;
  /** One entry per lot (and for the tender level when it has criteria), sorted by ocid then lot. */
  readonly lots: readonly OcdsLotCriteria[];
  /** Every finding, the lots' included, in input order. */
  readonly findings: readonly OcdsFinding[];
  /** One sentence on the whole input. */
  readonly summary: string;
}

/**
 * Weights of one lot by criterion kind, in percentage points, as `checkWeighting` reads them.
 *
 * @example
 * ```ts
 * import type { OcdsWeights } from 'social-value/ocds';
 * import { Decimal } from 'social-value';
 *
 * const weights: OcdsWeights = {
 *   price: new Decimal(40), quality: new Decimal(50), socialValue: new Decimal(10),
 *   environmental: new Decimal(0), other: new Decimal(0),
 * };
 * weights.socialValue.toString(); // => '10'
 * ```
 */
export interface OcdsWeights {
  /** Price and cost criteria. */
  readonly price: Decimal;
  /** Quality criteria other than social value and environmental ones. */
  readonly quality: Decimal;
  /** Social value criteria. */
  readonly socialValue: Decimal;
  /** Environmental criteria. */
  readonly environmental: Decimal;
  /** Criteria of no recognised kind. */
  readonly other: Decimal;
}

/**
 * What {@link toWeighting} returns: the lot's weights by kind, or `null` with findings when they
 * cannot be read exactly.
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria, toWeighting, type OcdsWeighting } from 'social-value/ocds';
 *
 * const lot = readOcdsAwardCriteria({
 *   ocid: 'ocds-example-3',
 *   tender: { lots: [{ id: '1', awardCriteria: { criteria: [{ type: 'price' }] } }] },
 * }).lots[0]!;
 * const weighting: OcdsWeighting = toWeighting(lot);
 * weighting.weights?.price.toString(); // => '100'
 * ```
 */
export interface OcdsWeighting {
  /** Always `ocds-weighting`. */
  readonly kind: 'ocds-weighting';
  /** Version of this result's JSON form. */
  readonly schemaVersion: 1;
  /** The lot's contracting process. */
  readonly ocid: string | null;
  /** The lot id, `null` at tender level. */
  readonly lot: string | null;
  /** The weights in percentage points, or `null` when any weight is missing or they do not sum to 100. */
  readonly weights: OcdsWeights | null;
  /** Why the weights could not be given (empty when they were). */
  readonly findings: readonly OcdsFinding[];
  /** One sentence on the weighting. */
  readonly summary: string;
}
