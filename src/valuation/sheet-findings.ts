import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { entryOf } from '../core/map-entry.js';
import { byCodeUnits, countText } from '../core/text.js';
import { figureText, moneyText } from '../core/wording.js';
import { findingOf } from './assemble-reconciliation.js';
import type {
  FindingSeverity,
  PledgeSheetFinding,
  PledgeSheetFindingCode,
  ReconciledRow,
} from './sheet-types.js';

// What a pledge-sheet finding says that follows from the reconciled rows alone: its severity,
// row, measure, expected, stated and difference, what its row counts in the corrected total,
// and the whole of the findings about the sheet. Shared by `reconcilePledgeSheet`, which writes
// them, and the snapshot reader, which works them out again to refuse an edited reconciliation.

const ZERO = /* @__PURE__ */ new Decimal(0);
const TEN = /* @__PURE__ */ new Decimal(10);
const HALF_PENNY = /* @__PURE__ */ new Decimal('0.005');

/** The powers of ten a slip may be (a value 10 times too large first). Internal. */
export const SCALES = [1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6];

/** The severity of each finding code (its keys: every code, in the order of the docs). Internal. */
export const findingSeverities: Readonly<Record<PledgeSheetFindingCode, FindingSeverity>> = {
  'proxy-rounding': 'info',
  'likely-scale-error': 'error',
  'value-mismatch': 'error',
  'missing-quantity': 'warning',
  'negative-quantity': 'error',
  'missing-proxy': 'error',
  'negative-proxy': 'error',
  'missing-value': 'warning',
  unanswered: 'info',
  'not-monetised': 'info',
  'duplicate-measure': 'info',
  'duplicate-row': 'warning',
  'total-mismatch': 'error',
  'no-stated-total': 'info',
  'no-rows': 'warning',
};

/** A quantity or proxy, exact (up to 20 places), grouped: `650,000`, `0.963812`. Internal. */
export function count(value: Decimal): string {
  return figureText(value, 20);
}

/** `£0.963812`, `-£10` (the sign before the pound sign, as `formatGBP` writes it). Internal. */
export function proxyText(value: Decimal): string {
  return `${value.isNegative() ? '-' : ''}£${count(value.abs())}`;
}

/** Whole pence: `3.01`, `3`, not `3.009`. */
function inPence(value: Decimal): boolean {
  return value.times(100).isInteger();
}

/**
 * The value a row counts at when its stated total is checked: its exact value (quantity × proxy
 * × share) when the stated value is that rounded to the penny (whole pence, within half a penny
 * of an exact value in fractions of a penny), else the stated value.
 */
function unroundedValue(stated: Decimal, computed: Decimal | null): Decimal {
  return computed !== null &&
    inPence(stated) &&
    !inPence(computed) &&
    stated.minus(computed).abs().lte(HALF_PENNY)
    ? computed
    : stated;
}

/**
 * What a row counts in the corrected total, by its finding (`undefined`: none, so its stated
 * value, which it has): the computed value for a mismatch or a missing value, the stated value
 * with the slip undone for a likely scale error, £0 for an unanswered row, else the stated
 * value (£0 without one). Internal.
 */
export function correctedOf(
  code: PledgeSheetFindingCode | undefined,
  computed: Decimal | null,
  stated: Decimal | null,
  scale: number | undefined,
): Decimal {
  // A stored (edited) row may lack the figure its code needs: then £0, never a TypeError.
  if (code === 'value-mismatch' || code === 'missing-value') return computed ?? ZERO;
  if (code === 'likely-scale-error') return (stated ?? ZERO).times(TEN.pow(-scale!));
  return code === 'unanswered' ? ZERO : (stated ?? ZERO);
}

/** `Row 3 ("NT18")`: how a row finding's message starts. Internal. */
export function rowText(row: ReconciledRow): string {
  return `Row ${row.row} (${idText(row.measure)})`;
}

/** A finding about the sheet (no row): stated − expected when both are given. Internal. */
export function sheetFinding(
  code: PledgeSheetFindingCode,
  message: string,
  expected: Decimal | null,
  stated: Decimal | null,
): PledgeSheetFinding {
  return findingOf({
    code,
    severity: findingSeverities[code],
    message,
    expected,
    stated,
    difference: expected === null || stated === null ? null : stated.minus(expected),
  });
}

/**
 * A finding about a reconciled row: its code's severity, the row's number and measure, its
 * computed value as expected, its stated value and the difference. Internal.
 */
export function rowFinding(
  row: ReconciledRow,
  code: PledgeSheetFindingCode,
  message: string,
  impliedProxy?: Decimal,
  scale?: number,
): PledgeSheetFinding {
  const { computed, stated } = row;
  return findingOf({
    code,
    severity: findingSeverities[code],
    message,
    row: row.row,
    measure: row.measure,
    expected: computed,
    stated,
    difference: computed === null || stated === null ? null : stated.minus(computed),
    impliedProxy,
    scale,
  });
}

/**
 * The findings about rows that repeat: `duplicate-measure` for each measure on more than one
 * row (as `valuePledges` warns of a measure pledged more than once), by code-unit order, then
 * `duplicate-row` for each row number given to more than one row (rows of two sheets put
 * together, or one row given twice), in order. Internal: `reconcilePledgeSheet` writes them and
 * the snapshot reader writes them again from the stored rows.
 */
export function repeatFindings(rows: readonly ReconciledRow[]): PledgeSheetFinding[] {
  const byMeasure = new Map<string, number[]>();
  const byRow = new Map<number, number[]>();
  rows.forEach((row, position) => {
    entryOf(byMeasure, row.measure, () => []).push(row.row);
    entryOf(byRow, row.row, () => []).push(position + 1);
  });
  const findings: PledgeSheetFinding[] = [];
  for (const measure of [...byMeasure.keys()].sort(byCodeUnits)) {
    const numbers = byMeasure.get(measure)!;
    if (numbers.length < 2) continue;
    findings.push(
      findingOf({
        ...sheetFinding(
          'duplicate-measure',
          `${idText(measure)} is on ${countText(numbers.length)} rows (rows ${listed(numbers)}): check that nothing is counted twice.`,
          null,
          null,
        ),
        measure,
      }),
    );
  }
  for (const [row, positions] of byRow) {
    if (positions.length < 2) continue;
    findings.push(
      findingOf({
        ...sheetFinding(
          'duplicate-row',
          `Row ${row} is given ${countText(positions.length)} times (the ${listed(positions.map(ordinalText))} rows): rows of two sheets put together, or one row given twice? Check that nothing is counted twice.`,
          null,
          null,
        ),
        row,
      }),
    );
  }
  return findings;
}

/** `1st`, `2nd`, `3rd`, `11th`, `22nd`. */
function ordinalText(position: number): string {
  const tens = position % 100;
  const suffix = tens > 10 && tens < 14 ? 'th' : (['th', 'st', 'nd', 'rd'][position % 10] ?? 'th');
  return `${position}${suffix}`;
}

/** The sums of a sheet's reconciled rows that its findings about the whole sheet are written from. */
export interface StatedSums {
  /** How many rows there are. */
  readonly rows: number;
  /** How many rows state a value. */
  readonly stated: number;
  /** The rows' stated values added up. */
  readonly total: Decimal;
  /** The same, each row rounded to the penny at its exact value (see {@link unroundedValue}). */
  readonly unrounded: Decimal;
  /** How many rows are so rounded. */
  readonly rounded: number;
  /** The rows' computed values (answers × proxy values) added up. */
  readonly valued: Decimal;
}

/** The {@link StatedSums} of reconciled rows. Internal. */
export function statedSums(rows: readonly ReconciledRow[]): StatedSums {
  let [stated, rounded, total, unrounded, valued] = [0, 0, ZERO, ZERO, ZERO];
  for (const row of rows) {
    if (row.computed !== null) valued = valued.plus(row.computed);
    if (row.stated === null) continue;
    const exact = unroundedValue(row.stated, row.computed);
    stated += 1;
    if (exact !== row.stated) rounded += 1;
    total = total.plus(row.stated);
    unrounded = unrounded.plus(exact);
  }
  return { rows: rows.length, stated, total, unrounded, rounded, valued };
}

/**
 * The findings about a sheet as a whole: `no-rows` for no rows; then `no-stated-total` when no
 * total was `given`, or `total-mismatch` when the total given does not match (`mismatch`), with
 * the power of ten (`scale`) the answers × proxy values are of it when no row states a value.
 * Internal.
 */
export function sheetFindings(
  sums: StatedSums,
  given: Decimal | undefined,
  mismatch: boolean,
  scale: number | undefined,
): PledgeSheetFinding[] {
  // A header alone (or the wrong table of a workbook): nothing checked is not a sheet that checks out.
  const findings =
    sums.rows === 0
      ? [
          sheetFinding(
            'no-rows',
            'No rows to check: the sheet has no measure rows (a header alone?).',
            null,
            null,
          ),
        ]
      : [];
  if (given === undefined) {
    findings.push(
      sheetFinding(
        'no-stated-total',
        `No stated total to check: the sheet has no total row (or none was given as options.statedTotal), so only its rows are checked, and the stated total is taken as the sum of the stated rows, ${moneyText(sums.total)}.`,
        sums.total,
        null,
      ),
    );
  } else if (mismatch) {
    // No row states a value: the total is checked against the answers × proxy values.
    const expected = sums.stated === 0 ? sums.valued : sums.total;
    const power = scale === undefined ? '' : count(TEN.pow(Math.abs(scale)));
    const times =
      scale === undefined
        ? ''
        : scale > 0
          ? `, ${power} times the stated total`
          : `, a ${power}th of the stated total`;
    const unrounded =
      sums.rounded === 0
        ? ''
        : `, and to ${proxyText(sums.unrounded)} before ${sums.rounded} of them ${sums.rounded === 1 ? 'was' : 'were'} rounded to the penny`;
    findings.push(
      sheetFinding(
        'total-mismatch',
        `The sheet states a total of ${moneyText(given)}, but ${sums.stated === 0 ? `no row states a value and its answers × proxy values add up to ${moneyText(expected)}${times}` : `its rows add up to ${moneyText(expected)}`} (${moneyText(given.minus(expected))} difference)${unrounded}.`,
        expected,
        given,
      ),
    );
  }
  return findings;
}
