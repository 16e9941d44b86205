import type { Decimal, Numeric } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';
import type { SupplierType } from './supplier-types.js';

/** One payment of a ledger, as `analyseSpend` accepts it (`parseSpendLedger` returns these). */
export interface PaymentInput {
  /** The supplier paid, by name or id (any non-blank text). */
  readonly supplier: string;
  /** The amount paid, in £. A credit note is negative and reduces the spend it belongs to. */
  readonly amount: Numeric;
  /** The payment date: `YYYY-MM-DD` or a `Date` (read by its local calendar day). */
  readonly date: string | Date;
  /** The supplier's UK postcode. Missing, blank or invalid: a finding, and the spend's location is unknown. */
  readonly postcode?: string | null | undefined;
  /** The kind of supplier; absent is `'unknown'`. */
  readonly supplierType?: SupplierType | undefined;
  /** The department or service area that paid. */
  readonly department?: string | undefined;
  /** The electoral ward the ledger assigns the payment to. */
  readonly ward?: string | undefined;
  /** The payment's line in its file (1-based); findings name it as their `row` when given. */
  readonly line?: number | undefined;
}

/**
 * Which postcodes are local: a list of postcode areas (`'PO'`), districts (`'PO1'`), sectors
 * (`'PO1 2'`), full postcodes (`'PO1 2AB'`) or district ranges (`'PO1-PO6'`; an en or em dash
 * reads as the hyphen), or a function given each distinct full postcode
 * (normalised, `'PO1 2AB'`) that says whether it is local.
 */
export type Locality = readonly string[] | ((postcode: string) => boolean);

/** Options of `analyseSpend`. */
export interface AnalyseSpendOptions {
  /** Which postcodes are local. */
  readonly locality: Locality;
  /** The locality's name for sentences (`'Portsmouth'`); by default the list of postcodes. */
  readonly localityName?: string | undefined;
}

/** Where a payment's supplier is: in the locality, outside it, or unknown (no usable postcode). */
export type SpendLocation = 'local' | 'non-local' | 'unknown';

/** One part of the spend by location. */
export interface SpendPart {
  /** The spend in this part, in £. */
  readonly amount: Decimal;
  /** How many payments it counts. */
  readonly paymentCount: number;
  /** `amount ÷ total` when a fraction 0–1; `null` when it is not (see `SpendAnalysis.localShare`). */
  readonly share: Decimal | null;
  /** One sentence stating the amount and its share. */
  readonly reason: string;
}

/** The spend of one supplier type, department, financial year or ward. */
export interface SpendSlice {
  /** The spend in the slice, in £. */
  readonly amount: Decimal;
  /** How many payments it counts. */
  readonly paymentCount: number;
  /** `amount ÷ total` of the whole ledger when a fraction 0–1; `null` when it is not. */
  readonly share: Decimal | null;
  /** The part of the slice's spend paid to local suppliers, in £. */
  readonly localSpend: Decimal;
  /** `localSpend ÷ amount` when a fraction 0–1; `null` when it is not (an amount of 0 or less, credits). */
  readonly localShare: Decimal | null;
  /** One sentence stating the slice's spend, its share and its local share. */
  readonly reason: string;
}

/** What a spend finding is about. */
export type SpendFindingCode =
  | 'missing-postcode'
  | 'invalid-postcode'
  | 'outward-code-only'
  | 'undecided-postcode'
  | 'bfpo-address';

/** A payment whose location could not be read, or was read from part of a postcode. */
export interface SpendFinding {
  /** `missing-postcode`, `invalid-postcode` (bad format, or an area not in use), `undecided-postcode` (an outward code or sector alone that the locality cannot decide), `outward-code-only` (an outward code or sector alone, decided by its district or sector), `bfpo-address` (a British Forces Post Office number such as `BFPO 123`: counted non-local). */
  readonly code: SpendFindingCode;
  /** `warning` when the spend's location is unknown; `info` when it was decided from an outward code or a BFPO number. */
  readonly severity: Extract<Severity, 'warning' | 'info'>;
  /** One sentence: the row, the supplier, the amount, what is wrong and how the spend is counted. */
  readonly message: string;
  /** The payment's `line` when given, else its position in the ledger counting from 1. */
  readonly row: number;
  /** The supplier paid. */
  readonly supplier: string;
  /** The postcode as given; `null` when missing. */
  readonly postcode: string | null;
}

/** The result of `analyseSpend`. */
export interface SpendAnalysis {
  /** Always `'spend-analysis'`. */
  readonly kind: 'spend-analysis';
  /** The snapshot's schema version: 1. */
  readonly schemaVersion: 1;
  /** The locality's entries, normalised (`'PO1-PO6'`, `'PO1 2'`); `null` when a function decided. */
  readonly locality: readonly string[] | null;
  /** The locality's name given in the options, else `null`. */
  readonly localityName: string | null;
  /** How many payments the ledger has. */
  readonly paymentCount: number;
  /** All spend, in £. */
  readonly total: Decimal;
  /** Spend with suppliers in the locality, in £ (`byLocation.local.amount`). */
  readonly localSpend: Decimal;
  /**
   * `localSpend ÷ total`, the local spend indicator, on net spend (credits reduce the spend they
   * belong to). `null` when that is not a fraction 0–1: the total is zero or below (credits at
   * least equal payments), local spend is a net credit, or it is more than the total (credits
   * elsewhere reduce the total); the sentences say which.
   */
  readonly localShare: Decimal | null;
  /** Spend by location: local, non-local and unknown (missing or invalid postcode) add up to the total. */
  readonly byLocation: Readonly<Record<SpendLocation, SpendPart>>;
  /** Spend by supplier type, every type in `supplierTypes` order. */
  readonly bySupplierType: Readonly<Record<SupplierType, SpendSlice>>;
  /**
   * Spend by department, in code-unit order of the names, except that whole numbers such as
   * `'205'` come first, in numeric order, as JavaScript orders keys; payments naming none are in
   * `withoutDepartment`.
   */
  readonly byDepartment: Readonly<Record<string, SpendSlice>>;
  /** Spend of payments that name no department. */
  readonly withoutDepartment: SpendSlice;
  /** Spend by UK financial year (April to March, `'2025/26'`), in order. */
  readonly byFinancialYear: Readonly<Record<string, SpendSlice>>;
  /** Spend by ward, in the order of `byDepartment`'s names; empty when no payment names one. */
  readonly byWard: Readonly<Record<string, SpendSlice>>;
  /** Spend of payments that name no ward. */
  readonly withoutWard: SpendSlice;
  /** A finding for every payment with a missing, invalid or partial postcode, in ledger order. */
  readonly findings: readonly SpendFinding[];
  /** One sentence about the whole analysis. */
  readonly summary: string;
}
