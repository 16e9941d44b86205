import type { Decimal, Numeric } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';
import type { SupplierType } from './supplier-types.js';

/** Which spend a multiplier's £1 is: spend with local suppliers, or every £1 spent. */
export type MultiplierBase = 'local-spend' | 'all-spend';

/**
 * A local multiplier as a source states it. Give exactly one of `additional`, `total` or
 * `lm3`, and always the `source`: the library ships no multiplier as fact.
 */
export interface SpendMultiplierInput {
  /** Pence of extra local benefit per £1 spent, beyond the £1 itself (Portsmouth: 63 with local SMEs). */
  readonly additional?: Numeric | undefined;
  /** £ in the local economy per £1 spent, the £1 itself included (Worcestershire: 2.12); at least 1. */
  readonly total?: Numeric | undefined;
  /** A result of `lm3`, or its JSON (checked as `revive` checks it: its figures must be those its rounds' spend gives), or `{ multiplier, rounds }` alone: an LMn is a total multiplier. */
  readonly lm3?:
    | {
        /** All rounds of spending ÷ round 1. */
        readonly multiplier: Numeric;
        /** How many rounds it counts. */
        readonly rounds: number;
      }
    | undefined;
  /** Which spend the £1 is: `'local-spend'` (default: spend with local suppliers) or `'all-spend'`. */
  readonly appliesTo?: MultiplierBase | undefined;
  /** How many rounds of spending the figure counts, when the source says (taken from `lm3` when given). */
  readonly rounds?: number | undefined;
  /** Where the figure comes from: a publication, survey or study, with its date. */
  readonly source: string;
}

/** A local multiplier with both of its forms; made by `defineSpendMultiplier`. */
export interface SpendMultiplier {
  /** Always `'spend-multiplier'`. */
  readonly kind: 'spend-multiplier';
  /** The snapshot's schema version: 1. */
  readonly schemaVersion: 1;
  /** Which form the source states: `'additional'` or `'total'` (an LMn result is a total). */
  readonly basis: 'additional' | 'total';
  /** Pence of extra local benefit per £1: (total − 1) × 100. */
  readonly additional: Decimal;
  /** £ in the local economy per £1, the £1 included: 1 + additional ÷ 100. */
  readonly total: Decimal;
  /** Which spend the £1 is. */
  readonly appliesTo: MultiplierBase;
  /** The rounds of spending the figure counts, or `null` when the source does not say. */
  readonly rounds: number | null;
  /** Where the figure comes from. */
  readonly source: string;
  /** One sentence stating both forms and the source. */
  readonly summary: string;
}

/** Options of `estimateLocalImpact`: one multiplier for every supplier type, or one per type, or both. */
export interface EstimateLocalImpactOptions {
  /** The multiplier for supplier types without one of their own. */
  readonly multiplier?: SpendMultiplier | SpendMultiplierInput | undefined;
  /** Multipliers for particular supplier types (Portsmouth: 63p for SMEs, 40p for large firms). */
  readonly bySupplierType?:
    | Readonly<Partial<Record<SupplierType, SpendMultiplier | SpendMultiplierInput | undefined>>>
    | undefined;
}

/** The estimate for one supplier type. */
export interface LocalImpactLine {
  /** The supplier type. */
  readonly supplierType: SupplierType;
  /** Its name in sentences (`'SMEs'`). */
  readonly supplierTypeName: string;
  /** The spend the multiplier applies to, in £: the type's local spend, or all of its spend. */
  readonly spend: Decimal;
  /** The multiplier used. */
  readonly multiplier: SpendMultiplier;
  /** spend × additional ÷ 100: £ of extra local benefit. */
  readonly additionalBenefit: Decimal;
  /** spend × total: £ in the local economy, the spend itself included. */
  readonly localEconomyTotal: Decimal;
  /** One sentence with the figures and the multiplier's source. */
  readonly reason: string;
}

/** Something the estimate leaves out, or counts below zero. */
export interface LocalImpactFinding {
  /** `no-multiplier`: a supplier type's local spend has no multiplier; `unknown-location-spend`: spend of unknown location is outside every local-spend base; `net-credit`: a supplier type's spend is below zero (more credited than paid), so its line is an estimate below zero that lowers the totals. */
  readonly code: 'no-multiplier' | 'unknown-location-spend' | 'net-credit';
  /** `warning` for spend left out of the estimate or a net credit; `info` otherwise. */
  readonly severity: Extract<Severity, 'warning' | 'info'>;
  /** One sentence. */
  readonly message: string;
  /** The supplier type concerned, for `no-multiplier` and `net-credit`. */
  readonly supplierType?: SupplierType | undefined;
}

/** The result of `estimateLocalImpact`. */
export interface LocalImpactEstimate {
  /** Always `'local-impact-estimate'`. */
  readonly kind: 'local-impact-estimate';
  /** The snapshot's schema version: 1. */
  readonly schemaVersion: 1;
  /** One line per supplier type with payments and a multiplier, in `supplierTypes` order. */
  readonly lines: readonly LocalImpactLine[];
  /** The spend the multipliers apply to, in £ (the sum of the lines'). */
  readonly spend: Decimal;
  /** Estimated £ of extra local benefit (the sum of the lines'). */
  readonly additionalBenefit: Decimal;
  /** Estimated £ in the local economy, the spend itself included (the sum of the lines'). */
  readonly localEconomyTotal: Decimal;
  /** Local spend of supplier types without a multiplier, left out of the estimate, in £: never below 0 (a type whose local spend is a net credit is left out too, and named by its `no-multiplier` finding, but not taken off). */
  readonly notEstimated: Decimal;
  /** What the estimate leaves out. */
  readonly findings: readonly LocalImpactFinding[];
  /** One sentence about the estimate. */
  readonly summary: string;
}
