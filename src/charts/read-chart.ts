import type * as z from 'zod/mini';
import { quoteText } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';

/**
 * Validates a chart's input (its parameter is named `chart`, so issue paths read
 * `chart.bars[2].value`) and returns the parsed copy. Internal.
 */
export function readChart<S extends z.ZodMiniType>(schema: S, chart: unknown, what: string) {
  return parseInput(schema, chart, what, ['chart'], zodTypeWords);
}

/** Throws `invalid-input` at the second of two entries of `list` with the same label. Internal. */
export function checkUniqueLabels(
  list: readonly { readonly label: string }[],
  path: readonly PropertyKey[],
  what: string,
): void {
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    if (seen.has(entry.label)) {
      throw fieldError(
        'invalid-input',
        `Invalid ${what}: 1 problem.`,
        [...path, index, 'label'],
        `expected a label not used by another entry, received ${quoteText(entry.label)}`,
      );
    }
    seen.add(entry.label);
  });
}

/** A stable text of a chart's parsed input, to hash into its default id. Internal. */
export function seedOf(parsed: unknown): string {
  return JSON.stringify(parsed);
}
