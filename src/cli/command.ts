// What a command returns to the runner, which writes it in the format asked for.

import { countText } from './figures.js';
import type { Chart, Report } from './report.js';
import type { Progress, Terminal } from './terminal.js';

/** What a command returns: the library's results, the report, its chart, and whether it failed. */
export interface CommandResult {
  /** The library's results, in order; `--format json` prints the first alone, or all as a list. */
  readonly results: readonly unknown[];
  /** The report written in every other format. */
  readonly report: Report;
  /** The chart `--chart FILE` writes (commands without one refuse the flag). */
  readonly chart?: Chart | undefined;
  /** True when a finding of severity `error` exists: the exit code is then 1. */
  readonly failed: boolean;
  /**
   * Warnings written to standard error once the output is written, whatever the format (so a
   * `--format json` or `--out` run says why its exit code is 1 too).
   */
  readonly notes?: readonly string[] | undefined;
  /**
   * Warnings the report lists but the library's results do not hold (a pledge sheet's reader
   * warnings), written to standard error when the format is `json` or `csv`, which write the
   * results, not the report: a figure the reader left out is then said there.
   */
  readonly reportOnly?: readonly string[] | undefined;
}

/** What every command is given besides its arguments. */
export interface CommandContext {
  /** Where it runs. */
  readonly terminal: Terminal;
  /** Progress on stderr (silent unless stderr is a terminal). */
  readonly progress: Progress;
}

/** The severities of findings and warnings, as the library writes them. */
export interface Severe {
  /** `'error'`, `'warning'` or `'info'`. */
  readonly severity: string;
}

/** True when any finding has severity `error`. */
export function hasError(findings: readonly Severe[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/**
 * Why the exit code is 1, in one line for standard error whatever the format or output file (as
 * value and track name the stated figures that differ): the count of `findings` of severity
 * error and the first three, as `label` names each (`likely-scale-error at row 18 (NT18)`), after
 * `subject` (the file read, or what was checked). `undefined` when none has severity error.
 */
export function errorNote<F extends Severe>(
  subject: string,
  findings: readonly F[],
  label: (finding: F) => string,
): string | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return undefined;
  const named = errors.slice(0, 3).map(label);
  const more = errors.length - named.length;
  const list = more > 0 ? `${named.join(', ')} and ${countText(more)} more` : named.join(', ');
  return `social-value: warning: ${subject}: ${countText(errors.length)} ${errors.length === 1 ? 'finding' : 'findings'} of severity error (exit code 1): ${list}.\n`;
}
