import type { Decimal, Numeric } from '../core/decimal.js';
import type { PledgeChannel, PledgeEffect, PledgerKind } from '../core/pledge-channel.js';
import type { Severity } from '../core/severity.js';

/**
 * One row of a pledge sheet (Theme, Reference, Question, Units, Proxy Value, Answer, Pledged
 * Social Value, Attribution Share and the origin columns where present, plus local columns as
 * tags). `parsePledgeSheet` of `social-value/csv` returns
 * these; blank cells are `null`.
 */
export interface PledgeSheetRow {
  /** The line of the row in its file (1-based), used in findings when given. */
  readonly line?: number | undefined;
  /** The theme as the sheet writes it (`'Jobs: Promote Local Skills and Employment'`). */
  readonly theme?: string | undefined;
  /** The measure code (the sheet's Reference). */
  readonly measure: string;
  /** The question as the sheet writes it. */
  readonly question?: string | undefined;
  /** The unit. */
  readonly unit?: string | undefined;
  /** The proxy value shown (£ per unit); `null` when blank. */
  readonly proxyValue?: Numeric | null | undefined;
  /** The answer (quantity pledged); `null` when blank. */
  readonly quantity?: Numeric | null | undefined;
  /** The pledged value the sheet states; `null` when blank (`£ -` is 0, not blank). */
  readonly statedValue?: Numeric | null | undefined;
  /** Extra columns (`'CWB Priority'`, …). */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /**
   * The fraction of the value credited to the contract, from 0 to 1 (the sheet's Attribution
   * Share column); the stated value is then quantity × proxy × share. Absent: 1.
   */
  readonly attributionShare?: Numeric | undefined;
  /** `'disbenefit'` for a negative impact: its value is −quantity × proxy. Default `'benefit'`. */
  readonly effect?: PledgeEffect | undefined;
  /** Where the pledge comes from (default `'tender'`). */
  readonly channel?: PledgeChannel | undefined;
  /** Who made the pledge. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name. */
  readonly pledger?: string | undefined;
  /** When the pledge is to be followed up (`YYYY-MM-DD`). */
  readonly followUpOn?: string | undefined;
  /** Barriers recorded against the pledge. */
  readonly barriers?: readonly string[] | undefined;
}

/** Options of `reconcilePledgeSheet`. */
export interface ReconcileOptions {
  /**
   * The total the sheet states, compared with the sum of its stated rows (`null` or absent:
   * none, as `parsePledgeSheet` gives for a sheet without a total row). It matches when within
   * `tolerance` of that sum, or of the sum with each row rounded to the penny taken at its exact
   * value: a row stated in whole pence within half a penny of quantity × proxy (× share), which
   * has fractions of a penny. So a sheet shown in pounds and pence, each row and the total
   * rounded separately (as `formatValuationCsv` with `money: 'gbp'` writes it), reconciles.
   * When no row states a value, it is compared with the sum of the answers × proxy values, with
   * each row rounded to the penny or the proxies shown rounded.
   */
  readonly statedTotal?: Numeric | null | undefined;
  /**
   * The largest difference taken as equal, in £. Default 0.005 (half a penny: stated values are
   * rounded to the penny).
   */
  readonly tolerance?: Numeric | undefined;
}

/**
 * Codes of {@link PledgeSheetFinding}:
 * - `proxy-rounding` (info): the difference is explained by a proxy shown with fewer decimals
 *   than it has (never a £0 proxy, nor one that is a single digit, such as £1
 *   or £0.06, which is taken as exact); `impliedProxy` is the proxy the stated value implies.
 * - `likely-scale-error` (error): stated ≈ computed × 10^k, k ≠ 0 (`scale` is k; `impliedProxy`
 *   is the proxy of stated ÷ 10^k).
 * - `value-mismatch` (error): stated ≠ quantity × proxy (× attribution share, when the row has
 *   one), for no reason found.
 * - `missing-quantity` (warning): a value is stated but the answer is blank.
 * - `negative-quantity` (error): the answer is negative, which `valuePledges` refuses (a
 *   negative impact is a disbenefit: its answer positive, `effect: 'disbenefit'`); the
 *   corrected total keeps the stated value (or 0).
 * - `missing-proxy` (error): an answer without a proxy value.
 * - `negative-proxy` (error): the proxy value is negative, which `defineFramework` refuses (a
 *   negative impact is a disbenefit: its proxy value positive, `effect: 'disbenefit'`); the
 *   corrected total keeps the stated value (or 0), as for a negative answer.
 * - `missing-value` (warning): answer and proxy but no stated value.
 * - `unanswered` (info): no answer and no value (nothing pledged).
 * - `not-monetised` (info): a proxy of 0: the answer is recorded but worth £0 (a value stated
 *   against it is a `value-mismatch`).
 * - `duplicate-measure` (info): one measure on more than one row (`measure` is its code), as
 *   `valuePledges` warns of a measure pledged more than once: check that nothing is counted
 *   twice. A note, not a warning: each row's arithmetic is checked, and a sheet may give one
 *   measure a row per site or year. After the row findings.
 * - `duplicate-row` (warning): one row number given to more than one row (`row` is the
 *   number): rows of two sheets put together, or a row given twice. After those.
 * - `total-mismatch` (error): the stated total ≠ the sum of the stated rows, nor the sum with
 *   the rows rounded to the penny at their exact values (see {@link ReconcileOptions.statedTotal});
 *   when no row states a value, ≠ the sum of the answers × proxy values, allowing for rows
 *   rounded to the penny and proxies shown rounded.
 * - `no-stated-total` (info): no stated total was given (a sheet without a total row), so only
 *   the rows are checked; `expected` is the sum of the stated rows.
 * - `no-rows` (warning): the sheet has no rows at all (a header alone): nothing was checked,
 *   so `ok` is false.
 */
export type PledgeSheetFindingCode =
  | 'proxy-rounding'
  | 'likely-scale-error'
  | 'value-mismatch'
  | 'missing-quantity'
  | 'negative-quantity'
  | 'missing-proxy'
  | 'negative-proxy'
  | 'missing-value'
  | 'unanswered'
  | 'not-monetised'
  | 'duplicate-measure'
  | 'duplicate-row'
  | 'total-mismatch'
  | 'no-stated-total'
  | 'no-rows';

/**
 * How much a finding matters: `error` (the sheet's arithmetic is wrong), `warning` (cannot be
 * checked), `info` (explained, or nothing to value). The library's one {@link Severity}, under
 * its 0.1 name.
 */
export type FindingSeverity = Severity;

/** Something found in a pledge sheet's arithmetic. */
export interface PledgeSheetFinding {
  /** What was found (stable, kebab-case). */
  readonly code: PledgeSheetFindingCode;
  /** How much it matters. */
  readonly severity: FindingSeverity;
  /** A sentence for a procurement officer: what is wrong and what the corrected total assumes. */
  readonly message: string;
  /** The row number: the row's `line` when given, else its position counting from 1. Absent for the total. */
  readonly row?: number | undefined;
  /** The measure code. Absent for the total. */
  readonly measure?: string | undefined;
  /**
   * The value expected: quantity × proxy, × attribution share when the row has one (for the
   * total: the sum of the stated rows).
   */
  readonly expected: Decimal | null;
  /** The value the sheet states. */
  readonly stated: Decimal | null;
  /** stated − expected, when both exist. */
  readonly difference: Decimal | null;
  /**
   * The proxy the stated value implies per unit credited, to 34 digits: for `proxy-rounding`,
   * stated ÷ (quantity × share); for `likely-scale-error`, the value with the slip undone,
   * (stated ÷ 10^scale) ÷ (quantity × share), which is close to the proxy shown (NT18's
   * 0.9638118… beside 0.963812), where stated ÷ (quantity × share) would only be 10^scale times it.
   */
  readonly impliedProxy?: Decimal | undefined;
  /** For `likely-scale-error`: k, where stated ≈ expected × 10^k. */
  readonly scale?: number | undefined;
}

/** One row as reconciled. */
export interface ReconciledRow {
  /** The row number (as in findings). */
  readonly row: number;
  /** The measure code. */
  readonly measure: string;
  /** quantity × proxy (× attribution share, when given), when both are given. */
  readonly computed: Decimal | null;
  /** The stated value, if any. */
  readonly stated: Decimal | null;
  /**
   * The value the corrected total counts: the stated value when it checks out (or differs
   * only by proxy rounding, or cannot be checked); stated ÷ 10^k for a likely scale error (the
   * answer is taken as right); quantity × proxy for any other mismatch; 0 when unanswered; for
   * a negative answer, the stated value (or 0).
   */
  readonly corrected: Decimal;
  /** The codes of the findings on this row (empty when it checks out); the findings are in the result's `findings`. */
  readonly findingCodes: readonly PledgeSheetFindingCode[];
}

/** The result of `reconcilePledgeSheet`. */
export interface PledgeSheetReconciliation {
  /** Always `'pledge-sheet-reconciliation'`. */
  readonly kind: 'pledge-sheet-reconciliation';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** True when no finding is a warning or an error. */
  readonly ok: boolean;
  /** Every finding: the rows' in row order, then repeated measures and rows, the total last. */
  readonly findings: readonly PledgeSheetFinding[];
  /** Every row, in order. */
  readonly rows: readonly ReconciledRow[];
  /** The stated total: `options.statedTotal`, else the sum of the stated rows. */
  readonly statedTotal: Decimal;
  /** The sum of the stated row values. */
  readonly statedRowsTotal: Decimal;
  /**
   * When a stated total was given: whether it equals the sum of the stated rows, allowing for
   * rows rounded to the penny (see {@link ReconcileOptions.statedTotal}); when no row states a
   * value, the sum of the answers × proxy values, allowing also for proxies shown rounded.
   */
  readonly statedTotalMatchesRows?: boolean | undefined;
  /** Σ quantity × proxy (× share) over the rows that have both, with the proxies as shown. */
  readonly computedTotal: Decimal;
  /** Σ of the rows' corrected values. */
  readonly correctedTotal: Decimal;
  /** correctedTotal − statedTotal. */
  readonly correction: Decimal;
  /** One sentence about the whole check. */
  readonly summary: string;
}
