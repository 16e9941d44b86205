import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { pledgeSheetRowSchema, reconcileOptionsSchema } from './schemas.js';
import type {
  PledgeSheetFinding,
  PledgeSheetReconciliation,
  PledgeSheetRow,
  ReconciledRow,
  ReconcileOptions,
} from './sheet-types.js';

const ZERO = new Decimal(0);
const SCALES = [1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6];
const numbers = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });

type Row = z.output<typeof pledgeSheetRowSchema>;
type Check = Omit<PledgeSheetFinding, 'row' | 'measure' | 'message'> & {
  readonly corrected: Decimal;
  readonly say: (where: string) => string;
};

function count(value: Decimal): string {
  return numbers.format(value.toString() as Intl.StringNumericLiteral);
}

function proxyText(value: Decimal): string {
  return `£${count(value)}`;
}

/** Checks one row; `undefined` when it checks out. */
function checkRow(row: Row, tolerance: Decimal): Check | undefined {
  const quantity = row.quantity ?? null;
  const proxy = row.proxyValue ?? null;
  const stated = row.statedValue ?? null;
  if (quantity === null) {
    if (stated === null || stated.isZero()) {
      return {
        kind: 'unanswered',
        severity: 'info',
        expected: null,
        stated,
        difference: null,
        corrected: ZERO,
        say: (where) => `${where} has no answer: nothing is pledged against it.`,
      };
    }
    return {
      kind: 'missing-quantity',
      severity: 'warning',
      expected: null,
      stated,
      difference: null,
      corrected: stated,
      say: (where) =>
        `${where} states ${formatGBP(stated)} but has no answer, so the value cannot be checked; the corrected total keeps the stated value.`,
    };
  }
  if (proxy === null) {
    return {
      kind: 'missing-proxy',
      severity: 'error',
      expected: null,
      stated,
      difference: null,
      corrected: stated ?? ZERO,
      say: (where) =>
        `${where} answers ${count(quantity)} but has no proxy value, so it cannot be valued; the corrected total keeps ${stated === null ? '£0' : `the stated ${formatGBP(stated)}`}.`,
    };
  }
  const computed = quantity.times(proxy);
  const formula = `${count(quantity)} × ${proxyText(proxy)} is ${formatGBP(computed)}`;
  if (stated === null) {
    return {
      kind: 'missing-value',
      severity: 'warning',
      expected: computed,
      stated,
      difference: null,
      corrected: computed,
      say: (where) => `${where} states no value; ${formula}, which the corrected total uses.`,
    };
  }
  const difference = stated.minus(computed);
  if (difference.abs().lte(tolerance)) {
    if (!proxy.isZero() || quantity.isZero()) return undefined;
    return {
      kind: 'not-monetised',
      severity: 'info',
      expected: computed,
      stated,
      difference,
      corrected: stated,
      say: (where) =>
        `${where} has a proxy of £0: the answer (${count(quantity)}) is recorded but not monetised.`,
    };
  }
  // The proxy as shown may be rounded: the true one lies within half a unit of its last place.
  const halfUnit = new Decimal(10).pow(-proxy.decimalPlaces()).dividedBy(2);
  const slack = quantity.times(halfUnit).plus(tolerance);
  if (!quantity.isZero() && difference.abs().lte(slack)) {
    const impliedProxy = stated.dividedBy(quantity);
    return {
      kind: 'proxy-rounding',
      severity: 'info',
      expected: computed,
      stated,
      difference,
      impliedProxy,
      corrected: stated,
      say: (where) =>
        `${where}: ${formula} but the sheet states ${formatGBP(stated)}. The proxy is shown rounded to ${proxy.decimalPlaces()} decimal places; the stated value implies ${proxyText(impliedProxy.toSignificantDigits(10))}, which rounds to the one shown, so the stated value stands.`,
    };
  }
  if (!computed.isZero()) {
    for (const scale of SCALES) {
      const unscaled = stated.dividedBy(new Decimal(10).pow(scale));
      if (unscaled.minus(computed).abs().lte(slack)) {
        const impliedProxy = unscaled.dividedBy(quantity);
        const power = count(new Decimal(10).pow(Math.abs(scale)));
        const size = scale > 0 ? `${power} times too large` : `${power} times too small`;
        const factor = count(new Decimal(10).pow(scale));
        const answer = quantity.times(new Decimal(10).pow(scale));
        return {
          kind: 'likely-scale-error',
          severity: 'error',
          expected: computed,
          stated,
          difference,
          impliedProxy,
          scale,
          corrected: unscaled,
          say: (where) =>
            `${where}: ${formula} but the sheet states ${formatGBP(stated)}, ${size}. Either the value is wrong or the answer should be ${count(answer)}; the corrected total takes the answer as right and counts ${formatGBP(unscaled)} (the stated value ÷ ${factor}, a proxy of ${proxyText(impliedProxy.toSignificantDigits(10))}).`,
        };
      }
    }
  }
  return {
    kind: 'value-mismatch',
    severity: 'error',
    expected: computed,
    stated,
    difference,
    corrected: computed,
    say: (where) =>
      `${where}: ${formula} but the sheet states ${formatGBP(stated)} (${formatGBP(difference)} difference); the corrected total uses ${formatGBP(computed)}.`,
  };
}

/**
 * Checks a pledge sheet's own arithmetic. For each row it recomputes quantity × proxy and
 * compares it with the stated value, telling apart a proxy shown rounded (`proxy-rounding`,
 * with the implied proxy), a slip by a power of ten (`likely-scale-error`) and any other
 * mismatch (`value-mismatch`); it flags blank answers, proxies and values, zero proxies, and a
 * stated total that is not the sum of the stated rows (`total-mismatch`). It also gives a
 * corrected total (see {@link ReconciledRow.corrected} for what each row counts).
 *
 * @param rows - The sheet's rows (for example from `parsePledgeSheet`).
 * @param options - The stated total and the tolerance (default half a penny).
 * @returns Findings with row, measure, expected, stated, difference, severity and a sentence;
 * the stated, computed and corrected totals.
 * @throws SocialValueError `invalid-input` for a row that is not a row (path such as
 * `rows[3].quantity`).
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
 * result.findings.map((finding) => finding.kind); // => ['likely-scale-error', 'proxy-rounding']
 * result.findings[1]?.impliedProxy; // => '0.9638118'
 * result.statedTotalMatchesRows; // => true
 * result.correctedTotal; // => '867430.621'
 * ```
 */
export function reconcilePledgeSheet(
  rows: readonly PledgeSheetRow[],
  options: ReconcileOptions = {},
): PledgeSheetReconciliation {
  const parsedRows = parseInput(z.array(pledgeSheetRowSchema), rows, 'pledge sheet rows', ['rows']);
  const parsed = parseInput(reconcileOptionsSchema, options, 'options', ['options']);
  const tolerance = parsed.tolerance ?? new Decimal('0.005');
  const findings: PledgeSheetFinding[] = [];
  const reconciled: ReconciledRow[] = [];
  let statedRowsTotal = ZERO;
  let computedTotal = ZERO;
  let correctedTotal = ZERO;
  parsedRows.forEach((row, index) => {
    const number = row.line ?? index + 1;
    const check = checkRow(row, tolerance);
    const computed =
      row.quantity != null && row.proxyValue != null ? row.quantity.times(row.proxyValue) : null;
    const stated = row.statedValue ?? null;
    const corrected = check?.corrected ?? stated ?? computed ?? ZERO;
    if (stated !== null) statedRowsTotal = statedRowsTotal.plus(stated);
    if (computed !== null) computedTotal = computedTotal.plus(computed);
    correctedTotal = correctedTotal.plus(corrected);
    reconciled.push({
      row: number,
      measure: row.measure,
      computed,
      stated,
      corrected,
      findings: check === undefined ? [] : [check.kind],
    });
    if (check !== undefined) {
      const { corrected: _corrected, say, ...finding } = check;
      findings.push({
        ...finding,
        row: number,
        measure: row.measure,
        message: say(`Row ${number} (${row.measure})`),
      });
    }
  });
  const statedTotal = parsed.statedTotal ?? statedRowsTotal;
  let statedTotalMatchesRows: boolean | undefined;
  if (parsed.statedTotal !== undefined && parsed.statedTotal !== null) {
    const difference = statedTotal.minus(statedRowsTotal);
    statedTotalMatchesRows = difference.abs().lte(tolerance);
    if (!statedTotalMatchesRows) {
      findings.push({
        kind: 'total-mismatch',
        severity: 'error',
        expected: statedRowsTotal,
        stated: statedTotal,
        difference,
        message: `The sheet states a total of ${formatGBP(statedTotal)}, but its rows add up to ${formatGBP(statedRowsTotal)} (${formatGBP(difference)} difference).`,
      });
    }
  }
  return deepFreeze({
    ok: findings.every((finding) => finding.severity === 'info'),
    findings,
    rows: reconciled,
    statedTotal,
    statedRowsTotal,
    ...(statedTotalMatchesRows === undefined ? {} : { statedTotalMatchesRows }),
    computedTotal,
    correctedTotal,
    correction: correctedTotal.minus(statedTotal),
  });
}
