import type * as z from 'zod/mini';
import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import { plural } from '../core/text.js';
import { moneyText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { assembleReconciliation, reconciledRowOf } from './assemble-reconciliation.js';
import { readSheetRows } from './read-sheet-rows.js';
import { type pledgeSheetRowSchema, reconcileOptionsSchema } from './schemas.js';
import {
  correctedOf,
  count,
  proxyText,
  repeatFindings,
  rowFinding,
  rowText,
  SCALES,
  sheetFindings,
  statedSums,
} from './sheet-findings.js';
import type {
  FindingSeverity,
  PledgeSheetFinding,
  PledgeSheetFindingCode,
  PledgeSheetReconciliation,
  PledgeSheetRow,
  ReconciledRow,
  ReconcileOptions,
} from './sheet-types.js';

const ZERO = /* @__PURE__ */ new Decimal(0);
const TEN = /* @__PURE__ */ new Decimal(10);
const HALF = /* @__PURE__ */ new Decimal('0.5');

type Row = z.output<typeof pledgeSheetRowSchema>;
/**
 * What a row's check found: the code (its severity, expected and stated values and what the row
 * counts follow from it, see sheet-findings.ts), the implied proxy and slip, and the sentence.
 */
interface Check {
  readonly code: PledgeSheetFindingCode;
  readonly impliedProxy?: Decimal;
  readonly scale?: number;
  readonly say: (where: string) => string;
}

/** quantity × share: the units the row credits to the contract (the quantity without a share). */
function creditedQuantity(row: Row, quantity: Decimal): Decimal {
  return row.attributionShare === undefined ? quantity : quantity.times(row.attributionShare);
}

/**
 * quantity × proxy (× attribution share, when the row has one), negative for a disbenefit (a
 * zero is +0); `null` without both.
 */
function signedValue(row: Row): Decimal | null {
  if (row.quantity == null || row.proxyValue == null) return null;
  const value = creditedQuantity(row, row.quantity).times(row.proxyValue);
  // A zero is +0, that of a negative answer at a £0 proxy too: never "-0" in a result.
  if (value.isZero()) return value.abs();
  return row.effect === 'disbenefit' ? value.neg() : value;
}

/**
 * How far the true proxy may lie from the one shown, rounded: half a unit of its last place.
 * A proxy that is a single digit (£1, £5, £0.06, and £1.00: trailing zeros are not kept) is
 * exact: half its last unit is 5% of it or more (50p of £1, £325,000 on 650,000 units).
 */
function roundingOf(proxy: Decimal): Decimal {
  const unit = TEN.pow(-proxy.decimalPlaces());
  return proxy.abs().lt(unit.times(10)) ? ZERO : unit.times(HALF);
}

/** Checks one row; `undefined` when it checks out. */
function checkRow(row: Row, tolerance: Decimal): Check | undefined {
  const quantity = row.quantity ?? null;
  const proxy = row.proxyValue ?? null;
  const stated = row.statedValue ?? null;
  if (quantity === null) {
    if (stated === null || stated.isZero()) {
      return {
        code: 'unanswered',
        say: (where) => `${where} has no answer: nothing is pledged against it.`,
      };
    }
    return {
      code: 'missing-quantity',
      say: (where) =>
        `${where} states ${moneyText(stated)} but has no answer, so the value cannot be checked; the corrected total keeps the stated value.`,
    };
  }
  if (quantity.lt(0)) {
    return {
      code: 'negative-quantity',
      say: (where) =>
        `${where} answers ${count(quantity)}, but an answer cannot be negative (valuePledges refuses it; a negative impact is a disbenefit: its answer positive, with the Effect "disbenefit"); the corrected total ${stated === null ? 'keeps £0' : `keeps the stated ${moneyText(stated)}`}.`,
    };
  }
  if (proxy === null) {
    return {
      code: 'missing-proxy',
      say: (where) =>
        `${where} answers ${count(quantity)} but has no proxy value, so it cannot be valued; the corrected total keeps ${stated === null ? '£0' : `the stated ${moneyText(stated)}`}.`,
    };
  }
  if (proxy.lt(0)) {
    return {
      code: 'negative-proxy',
      say: (where) =>
        `${where} has a proxy value of ${proxyText(proxy)}, but a proxy value cannot be negative (defineFramework refuses it; a negative impact is a disbenefit: its proxy value positive, with the Effect "disbenefit"); the corrected total ${stated === null ? 'keeps £0' : `keeps the stated ${moneyText(stated)}`}.`,
    };
  }
  const computed = signedValue(row)!;
  const credited = creditedQuantity(row, quantity);
  const share = row.attributionShare === undefined ? '' : ` × ${count(row.attributionShare)}`;
  const formula = `${count(quantity)} × ${proxyText(proxy)}${share} is ${moneyText(computed)}${row.effect === 'disbenefit' ? ' (a disbenefit)' : ''}`;
  if (stated === null) {
    return {
      code: 'missing-value',
      say: (where) => `${where} states no value; ${formula}, which the corrected total uses.`,
    };
  }
  const difference = stated.minus(computed);
  if (difference.abs().lte(tolerance)) {
    if (!proxy.isZero() || quantity.isZero()) return undefined;
    return {
      code: 'not-monetised',
      say: (where) =>
        `${where} has a proxy of £0: the answer (${count(quantity)}) is recorded but not monetised.`,
    };
  }
  // The proxy as shown may be rounded. A £0 proxy is not a rounded one: the measure is
  // recorded, not monetised.
  const slack = credited.times(roundingOf(proxy)).plus(tolerance);
  if (!credited.isZero() && !proxy.isZero() && difference.abs().lte(slack)) {
    const impliedProxy = divide(stated, credited).abs();
    return {
      code: 'proxy-rounding',
      impliedProxy,
      say: (where) =>
        `${where}: ${formula} but the sheet states ${moneyText(stated)}. The proxy is shown rounded to ${proxy.decimalPlaces()} decimal places; the stated value implies ${proxyText(impliedProxy.toSignificantDigits(10))}, which rounds to the one shown, so the stated value stands.`,
    };
  }
  if (!computed.isZero()) {
    for (const scale of SCALES) {
      const unscaled = stated.times(TEN.pow(-scale));
      if (unscaled.minus(computed).abs().lte(slack)) {
        const impliedProxy = divide(unscaled, credited).abs();
        const power = count(TEN.pow(Math.abs(scale)));
        const size = scale > 0 ? `${power} times too large` : `${power} times too small`;
        const factor = count(TEN.pow(scale));
        const answer = quantity.times(TEN.pow(scale));
        return {
          code: 'likely-scale-error',
          impliedProxy,
          scale,
          say: (where) =>
            `${where}: ${formula} but the sheet states ${moneyText(stated)}, ${size}. Either the value is wrong or the answer should be ${count(answer)}; the corrected total takes the answer as right and counts ${moneyText(unscaled)} (the stated value ÷ ${factor}, a proxy of ${proxyText(impliedProxy.toSignificantDigits(10))}).`,
        };
      }
    }
  }
  return {
    code: 'value-mismatch',
    say: (where) =>
      `${where}: ${formula} but the sheet states ${moneyText(stated)} (${moneyText(difference)} difference); the corrected total uses ${moneyText(computed)}.`,
  };
}

/**
 * Checks a pledge sheet's own arithmetic. For each row it recomputes quantity × proxy (×
 * attribution share, when the row has one, as the sheet's Attribution Share column gives it)
 * and compares it with the stated value, telling apart a proxy shown rounded (`proxy-rounding`,
 * with the implied proxy), a slip by a power of ten (`likely-scale-error`) and any other
 * mismatch (`value-mismatch`); it flags blank answers, proxies and values, zero proxies, and a
 * stated total that is not the sum of the stated rows (`total-mismatch`; rows and total rounded
 * to the penny separately are allowed for, see {@link ReconcileOptions.statedTotal}), or a note
 * that there is no stated total to check (`no-stated-total`), and warns of a sheet with no rows
 * at all (`no-rows`: a header alone is not a sheet that checks out). It also gives a corrected total
 * (see {@link ReconciledRow.corrected} for what each row counts).
 *
 * @param rows - The sheet's rows (for example `parsePledgeSheet(text).rows`).
 * @param options - The stated total and the tolerance (default half a penny).
 * @returns Findings (`{ code, severity, message, row, measure, expected, stated, difference }`),
 * the rows, the stated, computed and corrected totals and a summary, frozen, with
 * `kind: 'pledge-sheet-reconciliation'`.
 * @throws SocialValueError `invalid-input` for a row that is not a row or an unknown key (path
 * such as `rows[3].quantity`; a key written as the sheet's heading, `answer`, names the key
 * meant, `quantity`); `out-of-range` for a number outside the numeric domain.
 *
 * @example
 * ```ts
 * import { reconcilePledgeSheet } from 'social-value';
 *
 * // Two rows of seed 004's sheet (Social Value Portal example).
 * const result = reconcilePledgeSheet(
 *   [
 *     { measure: 'NT18', proxyValue: '0.963812', quantity: 650000, statedValue: '6264776.71' },
 *     { measure: 'NT19', proxyValue: '0.963812', quantity: 250000, statedValue: '240952.95' },
 *   ],
 *   { statedTotal: '6505729.66' },
 * );
 * result.findings.map((finding) => finding.code); // => ['likely-scale-error', 'proxy-rounding']
 * // NT18 states ten times its value: the proxy implied once that is undone (6264776.71 ÷ 10 ÷ 650000).
 * result.findings[0]?.impliedProxy; // => '0.9638118015384615384615384615384615'
 * result.findings[1]?.impliedProxy; // => '0.9638118'
 * result.statedTotalMatchesRows; // => true
 * result.correctedTotal; // => '867430.621'
 *
 * // Half the hours credited to this contract: 32 × £16.09 × 0.5 = £257.44 checks out.
 * const shared = reconcilePledgeSheet([
 *   { measure: 'NT29', proxyValue: '16.09', quantity: 32, attributionShare: '0.5', statedValue: '257.44' },
 * ]);
 * shared.ok; // => true
 * shared.computedTotal; // => '257.44'
 * shared.findings.map((finding) => finding.code); // => ['no-stated-total']
 *
 * // Shown in pounds and pence: each row £1.0030176 shows £1.00, their total £3.0090528 £3.01.
 * // (One measure on three rows is a note, `duplicate-measure`: check nothing is counted twice.)
 * const row = { measure: 'NT32', proxyValue: '0.02223', quantity: '45.12', statedValue: '1.00' };
 * reconcilePledgeSheet([row, row, row], { statedTotal: '3.01' }).ok; // => true
 * reconcilePledgeSheet([row, row, row], { statedTotal: '3.02' }).findings.at(-1)?.code; // => 'total-mismatch'
 *
 * // A header alone: nothing checked, which is not a sheet that checks out.
 * reconcilePledgeSheet([]).ok; // => false
 * ```
 */
export function reconcilePledgeSheet(
  rows: readonly PledgeSheetRow[],
  options?: ReconcileOptions,
): PledgeSheetReconciliation {
  const parsedRows = readSheetRows(rows);
  const parsed = parseInput(reconcileOptionsSchema, options ?? {}, 'options', ['options']);
  const tolerance = parsed.tolerance ?? new Decimal('0.005');
  const findings: PledgeSheetFinding[] = [];
  const reconciled: ReconciledRow[] = [];
  // For a sheet that states a total but no row value: its rows' values as answers × proxies
  // rounded to the penny, and how far proxies shown rounded could move them.
  let valuedInPence = ZERO;
  let proxySlack = ZERO;
  parsedRows.forEach((row, index) => {
    const number = row.line ?? index + 1;
    const check = checkRow(row, tolerance);
    const computed = signedValue(row);
    const stated = row.statedValue ?? null;
    if (computed !== null) {
      valuedInPence = valuedInPence.plus(computed.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
      const rounding = roundingOf(row.proxyValue!);
      proxySlack = proxySlack.plus(creditedQuantity(row, row.quantity!).abs().times(rounding));
    }
    const reconciledRow = reconciledRowOf({
      row: number,
      measure: row.measure,
      computed,
      stated,
      corrected: correctedOf(check?.code, computed, stated, check?.scale),
      findingCodes: check === undefined ? [] : [check.code],
    });
    reconciled.push(reconciledRow);
    if (check !== undefined) {
      findings.push(
        rowFinding(
          reconciledRow,
          check.code,
          check.say(rowText(reconciledRow)),
          check.impliedProxy,
          check.scale,
        ),
      );
    }
  });
  findings.push(...repeatFindings(reconciled));
  const sums = statedSums(reconciled);
  const statedTotal = parsed.statedTotal ?? sums.total;
  const totalGiven = parsed.statedTotal != null;
  let statedTotalMatchesRows: boolean | undefined;
  let scale: number | undefined;
  if (totalGiven && sums.stated === 0) {
    // No row states a value: the total is checked against the answers × proxies, allowing for
    // rows rounded to the penny and for proxies shown rounded (half a unit of a proxy's last
    // place, times its answer).
    const near = (power: number) =>
      statedTotal.times(TEN.pow(power)).minus(sums.valued).abs().lte(tolerance.plus(proxySlack));
    statedTotalMatchesRows = near(0) || statedTotal.minus(valuedInPence).abs().lte(tolerance);
    // Answers entered in other units (thousands, pence) make the total a power of ten off.
    if (!statedTotalMatchesRows) scale = SCALES.find(near);
  } else if (totalGiven) {
    // Rows rounded to the penny: the total may be the rounding of their exact sum instead.
    statedTotalMatchesRows =
      statedTotal.minus(sums.total).abs().lte(tolerance) ||
      (sums.rounded > 0 && statedTotal.minus(sums.unrounded).abs().lte(tolerance));
  }
  const given = totalGiven ? statedTotal : undefined;
  findings.push(...sheetFindings(sums, given, statedTotalMatchesRows === false, scale));
  return assembleReconciliation({
    findings,
    rows: reconciled,
    statedTotalMatchesRows,
    ...reconciliationFigures(reconciled, findings, given),
  });
}

/**
 * The figures of a reconciliation that follow from its rows, its findings and the stated total
 * given (`undefined`: none, so the rows' stated values add up to it): the totals, the
 * correction, `ok` and the summary. Internal: `reconcilePledgeSheet` writes them and the
 * snapshot reader checks a stored reconciliation against them.
 */
export function reconciliationFigures(
  rows: readonly ReconciledRow[],
  findings: readonly PledgeSheetFinding[],
  given: Decimal | undefined,
) {
  const { total: statedRowsTotal, valued: computedTotal } = statedSums(rows);
  let correctedTotal = ZERO;
  for (const row of rows) correctedTotal = correctedTotal.plus(row.corrected);
  const statedTotal = given ?? statedRowsTotal;
  return {
    ok: findings.every((finding) => finding.severity === 'info'),
    statedTotal,
    statedRowsTotal,
    computedTotal,
    correctedTotal,
    correction: correctedTotal.minus(statedTotal),
    summary: summaryOf(rows.length, findings, correctedTotal, statedTotal, given !== undefined),
  };
}

/** `22 rows checked: 1 error, no warnings, 4 notes; corrected total £2,822,946.31 against the stated £8,461,245.35.` */
function summaryOf(
  rows: number,
  findings: readonly PledgeSheetFinding[],
  corrected: Decimal,
  stated: Decimal,
  totalGiven: boolean,
): string {
  const tally = (severity: FindingSeverity, noun: string) => {
    const found = findings.filter((finding) => finding.severity === severity).length;
    return found === 0 ? `no ${noun}s` : plural(found, noun);
  };
  return `${plural(rows, 'row')} checked: ${tally('error', 'error')}, ${tally('warning', 'warning')}, ${tally('info', 'note')}; corrected total ${moneyText(corrected)} against ${totalGiven ? 'the stated' : 'the rows’ stated'} ${moneyText(stated)}${totalGiven ? '' : ' (no stated total)'}.`;
}
