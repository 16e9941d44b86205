import * as z from 'zod/mini';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { oneOf } from '../core/one-of.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { roundingModes } from '../core/round-money.js';
import { idSchema, strictObject } from '../core/schemas.js';
import { figureText } from '../core/wording.js';
import type { ThemeResponse } from './types.js';

// zod/mini schemas of the maturity area's inputs. Internal: the public functions validate with
// them through `parseInput`, so bad input throws `invalid-input` with the path of the field.

/** Non-empty text, surrounding spaces removed. */
export const textSchema = z.string().check(z.trim(), z.minLength(1));

/** The largest rank a level may have: ranks are places in an order, not amounts. */
export const MAX_RANK = 1_000_000;

/**
 * A whole number from `min` to `max`, refused with one message whatever is wrong with it (zod's
 * own integer schema adds a second, about safe integers, for a value such as 1e300).
 */
export function wholeNumberSchema(min: number, max: number) {
  const range = `${figureText(new Decimal(min))} to ${figureText(new Decimal(max))}`;
  return z.custom<number>(
    (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
    {
      error: (issue) =>
        `expected a whole number from ${range}, received ${describeValue(issue.input)}`,
    },
  );
}

/** A level's rank. */
export const rankSchema = wholeNumberSchema(0, MAX_RANK);

/** The rules of a model. */
export const themeRuleSchema = z.enum(['cumulative', 'independent']);
export const overallRoundingSchema = z.enum(['down', 'nearest']);

/** Where a model comes from. */
export const sourceSchema = strictObject({
  title: textSchema,
  publisher: textSchema,
  year: wholeNumberSchema(1900, 2200),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  note: z.optional(textSchema),
});

/** A level, in a model's input and in a checked model alike. */
export const levelSchema = strictObject({
  id: idSchema,
  name: textSchema,
  rank: rankSchema,
  description: textSchema,
});

/** A theme. */
export const themeSchema = strictObject({
  id: idSchema,
  name: textSchema,
  description: z.optional(textSchema),
});

/** A criterion. */
export const criterionSchema = strictObject({
  id: idSchema,
  theme: z.string(),
  level: z.string(),
  statement: textSchema,
  action: textSchema,
  guidance: z.optional(textSchema),
  restates: z.optional(z.string()),
});

/** The fields a model's input and a checked model share (all but `kind`, `schemaVersion`, `rules`). */
export const modelShape = {
  id: idSchema,
  name: textSchema,
  version: z.optional(textSchema),
  source: sourceSchema,
  levels: z.array(levelSchema).check(z.minLength(2)),
  themes: z.array(themeSchema).check(z.minLength(1)),
  criteria: z.array(criterionSchema),
};

/** Schema of {@link MaturityModelInput}; cross-references are checked in `defineMaturityModel`. */
export const maturityModelInputSchema = strictObject({
  ...modelShape,
  rules: z.optional(
    strictObject(
      {
        themeRule: z.optional(themeRuleSchema),
        overallRounding: z.optional(overallRoundingSchema),
        nonCompliantLevel: z.optional(z.string()),
      },
      { theme: 'themeRule', overall: 'overallRounding' },
    ),
  ),
});

const metListSchema = z.array(z.string());
const metMapSchema = recordSchema(z.boolean(), {
  expected: 'an object from criterion id to true or false',
});
/** Notes keyed by criterion id (a response's, and an assessed theme's in a snapshot). */
export const evidenceSchema = recordSchema(z.string(), {
  expected: 'an object from criterion id to a note',
});

const notMet = z.custom<never>(() => false, {
  error: (issue) =>
    `expected a list of criterion ids or an object from criterion id to true or false, received ${describeValue(issue.input)}`,
});

const themeResponseObjectSchema = strictObject({
  met: z.optional(
    oneOf<readonly string[] | Record<string, boolean>>((value) =>
      Array.isArray(value) ? metListSchema : isPlainRecord(value) ? metMapSchema : notMet,
    ),
  ),
  level: z.optional(z.string()),
  evidence: z.optional(evidenceSchema),
  note: z.optional(z.string()),
});

const notAResponse = z.custom<never>(() => false, {
  error: (issue) =>
    `expected a level id or an object with met, level, evidence or note, received ${describeValue(issue.input)}`,
});

/** The responses of a self-assessment, keyed by theme id (every key kept, `__proto__` too). */
export const maturityResponsesSchema = recordSchema(
  oneOf<ThemeResponse | string>((value) =>
    typeof value === 'string'
      ? z.string()
      : isPlainRecord(value)
        ? themeResponseObjectSchema
        : notAResponse,
  ),
  { expected: 'an object from theme id to a level id or a response' },
);

/** Options of `assessMaturity`. */
export const assessMaturityOptionsSchema = z.optional(
  strictObject({
    label: z.optional(textSchema),
    strict: z.optional(z.boolean()),
  }),
);

/** A level per theme: the short form of a present or target position. */
export const levelsByThemeSchema = recordSchema(z.string(), {
  expected: 'a maturity assessment or an object from theme id to level id',
});

/** Input of `planActions`; `present` and `target` are read after it. */
export const planActionsInputSchema = strictObject({
  present: z.unknown(),
  target: z.unknown(),
  years: z.optional(wholeNumberSchema(1, 50)),
  spreadBy: z.optional(z.enum(['step', 'level'])),
});

/** Options of `formatAssessmentTable`. */
export const formatAssessmentTableOptionsSchema = z.optional(
  strictObject(
    {
      places: z.optional(wholeNumberSchema(0, 20)),
      mode: z.optional(z.enum(roundingModes as [string, ...string[]])),
    },
    { decimals: 'places' },
  ),
);

/** Options of `formatPlanMarkdown`. */
export const formatPlanMarkdownOptionsSchema = z.optional(
  strictObject({
    title: z.optional(textSchema),
    showIds: z.optional(z.boolean()),
  }),
);
