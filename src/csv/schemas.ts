import * as z from 'zod/mini';
import { describeValue } from '../core/describe-value.js';
import { intSchema } from '../core/int-schema.js';
import { idSchema, strictObject, textSchema } from '../core/schemas.js';
import { withChecks } from '../core/with-checks.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { oneRolePerHeader } from './header-mapping.js';
import type { PledgeSheetColumn } from './types.js';

const header = idSchema;

const columnNames = /* @__PURE__ */ withChecks(
  /* @__PURE__ */ strictObject({
    theme: /* @__PURE__ */ optionalSchema(header),
    measure: /* @__PURE__ */ optionalSchema(header),
    question: /* @__PURE__ */ optionalSchema(header),
    unit: /* @__PURE__ */ optionalSchema(header),
    proxyValue: /* @__PURE__ */ optionalSchema(header),
    quantity: /* @__PURE__ */ optionalSchema(header),
    statedValue: /* @__PURE__ */ optionalSchema(header),
    attributionShare: /* @__PURE__ */ optionalSchema(header),
    effect: /* @__PURE__ */ optionalSchema(header),
    channel: /* @__PURE__ */ optionalSchema(header),
    pledgerKind: /* @__PURE__ */ optionalSchema(header),
    pledger: /* @__PURE__ */ optionalSchema(header),
    followUpOn: /* @__PURE__ */ optionalSchema(header),
    barriers: /* @__PURE__ */ optionalSchema(header),
  }),
  oneRolePerHeader,
);

// papaparse cannot split on these.
const BAD_DELIMITERS = ['"', '\r', '\n', '\uFEFF'];

const pledgeSheetOptions = {
  delimiter: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ withChecks(
      textSchema,
      /* @__PURE__ */ z.length(1),
      /* @__PURE__ */ z.refine((value) => !BAD_DELIMITERS.includes(value), {
        error: (issue) =>
          `expected one character other than a quote or a line break, received ${describeValue(issue.input)}`,
      }),
    ),
  ),
  columns: /* @__PURE__ */ optionalSchema(columnNames),
  comments: /* @__PURE__ */ optionalSchema(idSchema),
};

/** The zod schema of the options of `parsePledgeSheet`. Internal. */
export const parsePledgeSheetOptionsSchema = /* @__PURE__ */ strictObject(pledgeSheetOptions);

/** The zod schema of the options of `streamPledgeSheet`. Internal. */
export const streamPledgeSheetOptionsSchema = /* @__PURE__ */ strictObject({
  ...pledgeSheetOptions,
  batchSize: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(1, 1_000_000)),
});

/** Options of `parsePledgeSheet`. */
export interface ParsePledgeSheetOptions {
  /** The delimiter (one character); detected (comma, tab, semicolon, pipe) when absent. */
  readonly delimiter?: string | undefined;
  /**
   * Headers to use for columns, overriding the built-in names (Theme; Reference/Ref/Measure/
   * Code; Question/Description; Units/Unit; Proxy Value/Proxy; Answer/Quantity/Target;
   * Pledged Social Value/Social Value/Value; Attribution Share/Attribution; Effect; Channel;
   * Pledger Kind; Pledger; Follow-up On; Barriers). Matching ignores case and spacing. The header row
   * is the first row with every header named here: a name no row has (a typo) is an error, never
   * a column silently left out, and so is one header named for two columns (at the second).
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
