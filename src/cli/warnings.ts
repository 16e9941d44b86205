// The one way every command lists a result's warnings: a "Warnings" section, one line per
// warning with its severity, in the terminal, Markdown and HTML outputs alike (JSON carries the
// result's own `warnings`).
import type { Section } from './report.js';

/** A warning as the library writes them: a severity and a sentence. */
export interface WarningLike {
  /** `'warning'` (or `'error'`, `'info'`). */
  readonly severity: string;
  /** The sentence. */
  readonly message: string;
}

/**
 * A "Warnings" section (or one under `heading`) listing each warning as `severity: message`; none
 * when there are none.
 */
export function warningsSection(warnings: readonly WarningLike[], heading = 'Warnings'): Section[] {
  if (warnings.length === 0) return [];
  return [
    {
      heading,
      list: warnings.map((warning) => `${warning.severity}: ${warning.message}`),
    },
  ];
}
