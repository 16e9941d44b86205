import * as z from 'zod/mini';
import { strictObject } from '../core/schemas.js';
import type { PledgeSheetColumn } from './types.js';

const header = z.string().check(z.minLength(1));

const columnNames = strictObject({
  theme: z.optional(header),
  measure: z.optional(header),
  question: z.optional(header),
  unit: z.optional(header),
  proxyValue: z.optional(header),
  quantity: z.optional(header),
  statedValue: z.optional(header),
  effect: z.optional(header),
  channel: z.optional(header),
  pledgerKind: z.optional(header),
  pledger: z.optional(header),
  followUpOn: z.optional(header),
  barriers: z.optional(header),
});

// papaparse cannot split on these.
const BAD_DELIMITERS = ['"', '\r', '\n', '\uFEFF'];

const pledgeSheetOptions = {
  delimiter: z.optional(
    z.string().check(
      z.length(1),
      z.refine((value) => !BAD_DELIMITERS.includes(value), {
        error: (issue) =>
          `expected one character other than a quote or a line break, received ${JSON.stringify(issue.input)}`,
      }),
    ),
  ),
  columns: z.optional(columnNames),
  comments: z.optional(z.string().check(z.minLength(1))),
};

/** The zod schema of the options of `parsePledgeSheet`. Internal. */
export const parsePledgeSheetOptionsSchema = strictObject(pledgeSheetOptions);

/** The zod schema of the options of `streamPledgeSheet`. Internal. */
export const streamPledgeSheetOptionsSchema = strictObject({
  ...pledgeSheetOptions,
  batchSize: z.optional(z.int().check(z.gte(1), z.lte(1_000_000))),
});

/** Options of `parsePledgeSheet`. */
export interface ParsePledgeSheetOptions {
  /** The delimiter (one character); detected (comma, tab, semicolon, pipe) when absent. */
  readonly delimiter?: string | undefined;
  /**
   * Headers to use for columns, overriding the built-in names (Theme; Reference/Ref/Measure/
   * Code; Question/Description; Units/Unit; Proxy Value/Proxy; Answer/Quantity/Target;
   * Pledged Social Value/Social Value/Value). Matching ignores case and spacing.
   */
  readonly columns?: Readonly<Partial<Record<PledgeSheetColumn, string | undefined>>> | undefined;
  /** Lines whose first cell starts with this text are skipped (for example `'#'`). */
  readonly comments?: string | undefined;
}

/** Options of `streamPledgeSheet`. */
export interface StreamPledgeSheetOptions extends ParsePledgeSheetOptions {
  /** Rows per batch, from 1 to 1,000,000 (default 1,000). */
  readonly batchSize?: number | undefined;
}
