import { z } from 'zod';
import type { PledgeSheetColumn } from './types.js';

const columnNames = z
  .object({
    theme: z.string(),
    measure: z.string(),
    question: z.string(),
    unit: z.string(),
    proxyValue: z.string(),
    quantity: z.string(),
    statedValue: z.string(),
  })
  .partial()
  .strict();

/** The zod schema of the options of `parsePledgeSheet`. Internal: the public input type is documented instead. */
export const parsePledgeSheetOptionsSchema = z.object({
  delimiter: z.string().min(1).max(1).optional(),
  columns: columnNames.optional(),
  comments: z.string().min(1).optional(),
});

/**
 * Options of `parsePledgeSheet`.
 *
 * @example
 * ```ts
 * import type { ParsePledgeSheetOptions } from 'social-value/csv';
 *
 * const options: ParsePledgeSheetOptions = { columns: { measure: 'Ref' }, comments: '#' };
 * options.columns?.measure; // => 'Ref'
 * ```
 */
export interface ParsePledgeSheetOptions {
  /** The delimiter; detected (comma, tab, semicolon, pipe) when absent. */
  readonly delimiter?: string;
  /**
   * Headers to use for columns, overriding the built-in names (Theme; Reference/Ref/Measure/
   * Code; Question/Description; Units/Unit; Proxy Value/Proxy; Answer/Quantity/Target;
   * Pledged Social Value/Social Value/Value). Matching ignores case and spacing.
   */
  readonly columns?: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** Lines whose first cell starts with this text are skipped (for example `'#'`). */
  readonly comments?: string;
}
