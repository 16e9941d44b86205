// The figures a pledge sheet states, checked against what `value` counts (each answer × its
// proxy value): a sheet whose stated values or total say otherwise (answers entered a thousand
// times too big) is reported, never valued without a word.
import {
  type Decimal,
  formatGBP,
  type PledgeSheetReconciliation,
  reconcilePledgeSheet,
  toDecimal,
} from 'social-value';
import { countText } from './figures.js';
import type { SheetRead } from './read-sheet.js';
import type { Section } from './report.js';
import { withSources } from './sources.js';

/** The row findings of `reconcilePledgeSheet` that say a stated value is not answer × proxy. */
const STATED = new Set(['value-mismatch', 'likely-scale-error']);

/** Findings shown on standard error at most (the report lists them all). */
const SHOWN = 3;

/** A stated figure that differs from what `value` counts. */
export interface StatedFinding {
  /** `value-mismatch` or `likely-scale-error` (a row's), or `total-mismatch`. */
  readonly code: string;
  /** Always `'error'`. */
  readonly severity: 'error';
  /** The sentence. */
  readonly message: string;
}

/** What `value` says of a sheet's stated figures: none, or the findings, a section and a note. */
export interface StatedFigures {
  /** The stated figures that differ (each of severity error). */
  readonly findings: readonly StatedFinding[];
  /** The report's section listing them (none when there are none). */
  readonly sections: readonly Section[];
  /** The warning for standard error (`undefined` when there are none). */
  readonly note: string | undefined;
}

/**
 * Checks the sheet's stated values and total against its answers × proxy values: the rows with
 * `reconcilePledgeSheet` (its `value-mismatch` and `likely-scale-error` findings), the stated
 * total against the sum of the answers × proxies (see {@link totalFinding}). A sheet that states
 * no figures has none.
 */
export function checkStatedFigures(sheet: SheetRead, file: string): StatedFigures {
  const check = withSources([sheet.source], () =>
    reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal }),
  );
  const findings: StatedFinding[] = check.findings
    .filter((finding) => STATED.has(finding.code))
    .map(({ code, message }) => ({ code, severity: 'error', message }));
  const total = totalFinding(sheet, check);
  if (total !== undefined) findings.push(total);
  if (findings.length === 0) return { findings, sections: [], note: undefined };
  const stated = `${file} states ${findings.length === 1 ? 'a figure that differs' : `${countText(findings.length)} figures that differ`} from its answers × proxy values`;
  const shown = findings.slice(0, SHOWN).map((finding) => `\n  - ${finding.message}`);
  const more = findings.length - shown.length;
  return {
    findings,
    sections: [
      {
        heading: 'Stated figures that differ',
        text: [
          `${stated}. The valuation counts each answer × its proxy value; the reconcile command shows every row and the corrected total.`,
        ],
        list: findings.map((finding) => `${finding.severity}: ${finding.message}`),
      },
    ],
    note: `social-value: warning: ${stated} (exit code 1):${shown.join('')}${more > 0 ? `\n  - … and ${countText(more)} more` : ''}\nThe valuation counts each answer × its proxy value; social-value reconcile ${file} shows every row and the corrected total.\n`,
  };
}

const HALF_PENNY = /* @__PURE__ */ toDecimal('0.005');
const HALF = /* @__PURE__ */ toDecimal('0.5');
const TEN = /* @__PURE__ */ toDecimal(10);

/**
 * The stated total, when it is neither the sum of the stated rows (reconcile's check: the rows
 * then carry any difference) nor the sum of the answers × proxy values: exactly, with each row
 * rounded to the penny, or with the proxies as shown rounded (half a unit of a proxy's last
 * place, times its answer). A sheet that states a total and no row values (which reconcile
 * finds adds up to £0) is so checked against what is valued.
 */
function totalFinding(
  sheet: SheetRead,
  check: PledgeSheetReconciliation,
): StatedFinding | undefined {
  if (sheet.statedTotal == null) return undefined;
  const rowsStated = check.rows.some((row) => row.stated !== null);
  if (rowsStated && check.statedTotalMatchesRows === true) return undefined;
  const stated = check.statedTotal;
  const computed = check.computedTotal;
  let inPence = toDecimal(0);
  let slack = HALF_PENNY;
  check.rows.forEach((row, index) => {
    const input = sheet.rows[index];
    if (row.computed === null || input?.proxyValue == null || input.quantity == null) return;
    inPence = inPence.plus(row.computed.toDecimalPlaces(2, 4));
    const proxy = toDecimal(input.proxyValue);
    const credited = toDecimal(input.quantity).times(toDecimal(input.attributionShare ?? 1));
    slack = slack.plus(credited.abs().times(HALF).times(TEN.pow(-proxy.decimalPlaces())));
  });
  if (stated.minus(computed).abs().lte(slack) || stated.minus(inPence).abs().lte(HALF_PENNY)) {
    return undefined;
  }
  return {
    code: 'total-mismatch',
    severity: 'error',
    message: `The sheet states a total of ${formatGBP(stated)}, but its answers × proxy values add up to ${formatGBP(computed)}${scaleText(stated, computed)} (${formatGBP(computed.minus(stated))} difference).`,
  };
}

/**
 * `, 1,000 times the stated total` (or `, a 1,000th of the stated total`) when the answers ×
 * proxies are the stated total times a power of ten (to 0.1%), else `''`.
 */
function scaleText(stated: Decimal, computed: Decimal): string {
  if (stated.isZero() || computed.isZero()) return '';
  const ratio = computed.div(stated);
  const power = Math.round(Math.log10(ratio.abs().toNumber()));
  if (power === 0 || Math.abs(power) > 12) return '';
  const scale = TEN.pow(power);
  if (ratio.minus(scale).abs().gt(scale.times('0.001'))) return '';
  const times = countText(10 ** Math.abs(power));
  return power > 0 ? `, ${times} times the stated total` : `, a ${times}th of the stated total`;
}
