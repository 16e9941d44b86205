// What a command returns to the runner, which writes it in the format asked for.

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
