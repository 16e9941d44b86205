import type { Decimal } from '../core/decimal.js';
import type { Severity } from '../core/severity.js';
import type { SupplierType } from '../spend/supplier-types.js';

/** The columns of a payments export that `parseSpendLedger` understands. */
export type SpendLedgerColumn =
  | 'supplier'
  | 'amount'
  | 'date'
  | 'postcode'
  | 'supplierType'
  | 'department'
  | 'ward';

/** A payment read from a ledger: what `analyseSpend` takes. Blank optional cells are left out. */
export interface LedgerPayment {
  /** The supplier's name. */
  readonly supplier: string;
  /** The amount, exact (`£1,234.56` is 1234.56, `(12.00)` is −12). */
  readonly amount: Decimal;
  /** The payment date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The postcode cell as written (trimmed); `null` when blank or when there is no postcode column. */
  readonly postcode: string | null;
  /** The supplier type the cell's label means. */
  readonly supplierType?: SupplierType | undefined;
  /** The department or service area. */
  readonly department?: string | undefined;
  /** The ward. */
  readonly ward?: string | undefined;
  /** The line the row starts on (1-based). */
  readonly line: number;
}

/** What `parseSpendLedger` could not read. */
export type SpendLedgerProblemCode =
  | 'missing-supplier'
  | 'missing-amount'
  | 'not-a-number'
  | 'out-of-range'
  | 'not-a-date'
  | 'unknown-supplier-type'
  | 'no-postcode-column'
  | 'total-row'
  | 'extra-cells'
  | 'unnamed-columns'
  | 'unbalanced-quote'
  | 'repeated-header'
  | 'repeated-column'
  | 'other-known-column';

/** A row or cell the parser could not read, with where it is. */
export interface SpendLedgerProblem {
  /** What is wrong. */
  readonly code: SpendLedgerProblemCode;
  /** `error`: the row is left out; `warning`: read, with a cell ignored; `info`: a total row or a repeated header skipped. */
  readonly severity: Severity;
  /** One sentence naming the line, the column and the cell. */
  readonly message: string;
  /** The line (1-based). */
  readonly line: number;
  /** The column's header; `null` for a problem with a whole row. */
  readonly column: string | null;
  /** The cell as written (`''` for a whole row). */
  readonly value: string;
}

/** The result of `parseSpendLedger`. */
export interface SpendLedger {
  /** Always `'spend-ledger'`. */
  readonly kind: 'spend-ledger';
  /** The snapshot's schema version: 1. */
  readonly schemaVersion: 1;
  /** The payments read, in file order. */
  readonly payments: readonly LedgerPayment[];
  /** Rows and cells that could not be read, in file order. */
  readonly problems: readonly SpendLedgerProblem[];
  /** The header used for each understood column. */
  readonly columns: Readonly<Partial<Record<SpendLedgerColumn, string>>>;
  /** The delimiter found (or given). */
  readonly delimiter: string;
  /** The line of the header row. */
  readonly headerLine: number;
}

/** Options of `parseSpendLedger`. */
export interface ParseSpendLedgerOptions {
  /** The delimiter; detected (comma, tab, semicolon, pipe) when absent. */
  readonly delimiter?: string | undefined;
  /**
   * Headers to use for columns, overriding the known names; matching ignores case and spacing.
   * One header named for two columns is `invalid-input` at the second.
   */
  readonly columns?: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>> | undefined;
  /** Lines whose first cell starts with this text are skipped (for example `'#'`). */
  readonly comments?: string | undefined;
  /** Your own supplier-type labels (`{ 'Small Business': 'sme' }`), compared ignoring case and punctuation. */
  readonly supplierTypes?: Readonly<Record<string, SupplierType>> | undefined;
}
