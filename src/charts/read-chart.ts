import type * as z from 'zod/mini';
import { quoteText } from '../core/describe-value.js';
import { alikeNote, idAsRead } from '../core/id-as-read.js';
import { fieldError } from '../core/issue.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';

/**
 * Validates a chart's input (its parameter is named `chart`, so issue paths read
 * `chart.bars[2].value`) and returns the parsed copy. Internal.
 */
export function readChart<S extends z.core.$ZodType>(schema: S, chart: unknown, what: string) {
  return parseInput(schema, chart, what, ['chart'], zodTypeWords);
}

/**
 * Throws `invalid-input` at the second of two entries of `list` with the same label, or labels
 * that differ only in case, spaces, invisible characters or Unicode form (a reader could not
 * tell the two apart). Internal.
 */
export function checkUniqueLabels(
  list: readonly { readonly label: string }[],
  path: readonly PropertyKey[],
  what: string,
): void {
  const seen = new Map<string, number>();
  list.forEach((entry, index) => {
    const key = idAsRead(entry.label);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const other = list[first]!.label;
    throw fieldError(
      'invalid-input',
      `Invalid ${what}: 1 problem.`,
      [...path, index, 'label'],
      `expected a label not used by another entry, received ${quoteText(entry.label)}${alikeNote(entry.label, other)}: ${formatPath([...path, first])} has it`,
    );
  });
}

/** A stable text of a chart's parsed input, to hash into its default id. Internal. */
export function seedOf(parsed: unknown): string {
  return JSON.stringify(parsed);
}
