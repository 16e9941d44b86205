// The figures a pledge sheet states, checked against what `value` and `track` count (each answer
// × its proxy value): a sheet whose stated values or total say otherwise (answers entered a
// thousand times too big) is reported, never valued without a word.
import { type PledgeSheetFinding, reconcilePledgeSheet } from 'social-value';
import { countText, shortList } from './figures.js';
import type { SheetRead } from './read-sheet.js';
import type { Section } from './report.js';
import { withSources } from './sources.js';

/** The findings of `reconcilePledgeSheet` that say a stated figure is not what is valued. */
const STATED = new Set(['value-mismatch', 'likely-scale-error', 'total-mismatch']);

/** What `value` and `track` say of a sheet's stated figures: none, or the findings, a section and a note. */
export interface StatedFigures {
  /** The stated figures that differ (each of severity error). */
  readonly findings: readonly PledgeSheetFinding[];
  /** The report's section listing them (none when there are none). */
  readonly sections: readonly Section[];
  /** The warning for standard error (`undefined` when there are none). */
  readonly note: string | undefined;
}

/**
 * Checks the sheet's stated values and total with `reconcilePledgeSheet`, keeping the findings
 * that say they differ from its answers × proxy values (`value-mismatch`, `likely-scale-error`,
 * `total-mismatch`: a total stated without row values is checked against the answers × proxies).
 * A sheet that states no figures has none.
 */
export function checkStatedFigures(sheet: SheetRead, file: string): StatedFigures {
  const check = withSources([sheet.source], () =>
    reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal }),
  );
  const findings = check.findings.filter((finding) => STATED.has(finding.code));
  if (findings.length === 0) return { findings, sections: [], note: undefined };
  const stated = `${file} states ${findings.length === 1 ? 'a figure that differs' : `${countText(findings.length)} figures that differ`} from its answers × proxy values`;
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
    note: `social-value: warning: ${stated} (exit code 1):${shortList(findings.map((finding) => finding.message))}\nThe valuation counts each answer × its proxy value; social-value reconcile ${file} shows every row and the corrected total.\n`,
  };
}
