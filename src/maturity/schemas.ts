import type * as z from 'zod/mini';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { describeReceived, describeValue } from '../core/describe-value.js';
import { booleanSchema, expectedSchema } from '../core/expected-schema.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import { minLength } from '../core/min-length.js';
import { textNumberHint } from '../core/number-hint.js';
import { oneOf } from '../core/one-of.js';
import { readerSchema } from '../core/reader-schema.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { roundingModes } from '../core/round-money.js';
import {
  textSchema as coreTextSchema,
  idSchema,
  strictObject,
  trimmedTextSchema,
} from '../core/schemas.js';
import { withChecks } from '../core/with-checks.js';
import { figureText } from '../core/wording.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import type { ThemeResponse } from './types.js';

// zod/mini schemas of the maturity area's inputs. Internal: the public functions validate with
// them through `parseInput`, so bad input throws `invalid-input` with the path of the field.
// Text, choices and true-or-false are the library's own schemas (core), with the issues zod's
// string, enum, literal and boolean give and the same JSON Schema, in less code.

/** Non-empty text, surrounding spaces removed. */
export const textSchema = trimmedTextSchema;

/** Any text (`z.string()`). */
export const anyTextSchema = coreTextSchema;
/** Text or `null`. */
export const nullableText = /* @__PURE__ */ nullableSchema(anyTextSchema);

/**
 * The values `accepts` takes, as they are; any other value (`undefined` too) is one issue worded
 * by `refusal`: what `z.custom` does, in none of zod's own types.
 */
function refusedAs<T>(
  accepts: (value: unknown) => boolean,
  refusal: (input: unknown) => string,
): z.core.$ZodType<T> {
  return readerSchema<T>((input, issues) => {
    if (accepts(input)) return input as T;
    issues.push({ code: 'custom', message: refusal(input), input });
  });
}

/** The largest rank a level may have: ranks are places in an order, not amounts. */
export const MAX_RANK = 1_000_000;

/**
 * A whole number from `min` to `max`, refused with one message whatever is wrong with it (zod's
 * own integer schema adds a second, about safe integers, for a value such as 1e300); a missing
 * one is `missing: expected a whole number from …`, and text holding one is named (`received
 * "3" (did you mean 3?)`).
 */
export function wholeNumberSchema(min: number, max: number) {
  const range = `${figureText(new Decimal(min))} to ${figureText(new Decimal(max))}`;
  const accepts = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  return expectedSchema<number>(
    accepts,
    () => `a whole number from ${range}`,
    // `'3'` or `' 3'` for 3 years: ` (did you mean 3?)`.
    (input) => describeValue(input) + textNumberHint(input, accepts),
  );
}

/** A level's rank. */
export const rankSchema = /* @__PURE__ */ wholeNumberSchema(0, MAX_RANK);

/** The rules of a model. */
export const themeRuleSchema = /* @__PURE__ */ choiceSchema(['cumulative', 'independent']);
export const overallRoundingSchema = /* @__PURE__ */ choiceSchema(['down', 'nearest']);

/**
 * True when `text` is an absolute URL (the URL parser reads it). An engine without the URL
 * parser (bare V8: it is not ECMAScript) checks the form alone: a host, no spaces.
 */
function isUrl(text: string): boolean {
  if (typeof URL !== 'function')
    return /^https?:\/\/[^\s/?#]\S*$/i.test(text.replace(/[\t\n\r]/g, ''));
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * An http or https address, read as zod's `z.url({ protocol: /^https?$/ })` reads it: surrounding
 * spaces removed, then checked to start `http://` or `https://` and to be a URL; tabs and line
 * breaks, which the URL parser skips, are taken out. One issue for anything else, worded as the
 * library words zod's (`expected a URL, received …`), in none of zod's string-format code.
 */
const httpUrlSchema = /* @__PURE__ */ readerSchema<string>((input, issues) => {
  const text = typeof input === 'string' ? input.trim() : '';
  if (/^https?:\/\//i.test(text) && isUrl(text)) return text.replace(/[\t\n\r]/g, '');
  issues.push({
    code: 'custom',
    message: `expected ${typeof input === 'string' ? 'a URL' : 'text'}, received ${describeValue(input)}`,
    input,
  });
});
/* @__PURE__ */ hintJsonSchema(httpUrlSchema, {
  kind: 'json',
  json: { type: 'string', format: 'uri' },
});

/** Where a model comes from. */
export const sourceSchema = /* @__PURE__ */ strictObject({
  title: textSchema,
  publisher: textSchema,
  year: /* @__PURE__ */ wholeNumberSchema(1900, 2200),
  url: /* @__PURE__ */ optionalSchema(httpUrlSchema),
  note: /* @__PURE__ */ optionalSchema(textSchema),
});

/** A level, in a model's input and in a checked model alike. */
export const levelSchema = /* @__PURE__ */ strictObject({
  id: idSchema,
  name: textSchema,
  rank: rankSchema,
  description: textSchema,
});

/** A theme. */
export const themeSchema = /* @__PURE__ */ strictObject({
  id: idSchema,
  name: textSchema,
  description: /* @__PURE__ */ optionalSchema(textSchema),
});

/** A criterion. */
export const criterionSchema = /* @__PURE__ */ strictObject({
  id: idSchema,
  theme: anyTextSchema,
  level: anyTextSchema,
  statement: textSchema,
  action: textSchema,
  guidance: /* @__PURE__ */ optionalSchema(textSchema),
  restates: /* @__PURE__ */ optionalSchema(anyTextSchema),
});

/** The fields a model's input and a checked model share (all but `kind`, `schemaVersion`, `rules`). */
export const modelShape = {
  id: idSchema,
  name: textSchema,
  version: /* @__PURE__ */ optionalSchema(textSchema),
  source: sourceSchema,
  levels: /* @__PURE__ */ withChecks(
    /* @__PURE__ */ listSchema(levelSchema),
    /* @__PURE__ */ minLength(2),
  ),
  themes: /* @__PURE__ */ withChecks(
    /* @__PURE__ */ listSchema(themeSchema),
    /* @__PURE__ */ minLength(1),
  ),
  criteria: /* @__PURE__ */ listSchema(criterionSchema),
};

/** Schema of {@link MaturityModelInput}; cross-references are checked in `defineMaturityModel`. */
export const maturityModelInputSchema = /* @__PURE__ */ strictObject({
  ...modelShape,
  rules: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ strictObject(
      {
        themeRule: /* @__PURE__ */ optionalSchema(themeRuleSchema),
        overallRounding: /* @__PURE__ */ optionalSchema(overallRoundingSchema),
        // `null` (no non-compliant level) as a checked model and its JSON write it.
        nonCompliantLevel: /* @__PURE__ */ optionalSchema(nullableText),
      },
      { theme: 'themeRule', overall: 'overallRounding' },
    ),
  ),
});

const metListSchema = /* @__PURE__ */ listSchema(anyTextSchema);
const metMapSchema = /* @__PURE__ */ recordSchema(booleanSchema, {
  expected: 'an object from criterion id to true or false',
});
/** Notes keyed by criterion id (a response's, and an assessed theme's in a snapshot). */
export const evidenceSchema = /* @__PURE__ */ recordSchema(anyTextSchema, {
  expected: 'an object from criterion id to a note',
});

const notMet = /* @__PURE__ */ refusedAs<never>(
  () => false,
  (input) =>
    `expected a list of criterion ids or an object from criterion id to true or false, received ${describeReceived(input)}`,
);

const themeResponseObjectSchema = /* @__PURE__ */ strictObject({
  met: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ oneOf<readonly string[] | Record<string, boolean>>((value) =>
      Array.isArray(value) ? metListSchema : isPlainRecord(value) ? metMapSchema : notMet,
    ),
  ),
  // `null` (none), as an assessed theme writes its `declaredLevel` and `note`.
  level: /* @__PURE__ */ optionalSchema(nullableText),
  evidence: /* @__PURE__ */ optionalSchema(evidenceSchema),
  note: /* @__PURE__ */ optionalSchema(nullableText),
});

const notAResponse = /* @__PURE__ */ refusedAs<never>(
  () => false,
  (input) =>
    `expected a level id or an object with met, level, evidence or note, received ${describeReceived(input)}`,
);

/** The responses of a self-assessment, keyed by theme id (every key kept, `__proto__` too). */
export const maturityResponsesSchema = /* @__PURE__ */ recordSchema(
  /* @__PURE__ */ oneOf<ThemeResponse | string>((value) =>
    typeof value === 'string'
      ? anyTextSchema
      : isPlainRecord(value)
        ? themeResponseObjectSchema
        : notAResponse,
  ),
  { expected: 'an object from theme id to a level id or a response' },
);

/** Options of `assessMaturity`. */
export const assessMaturityOptionsSchema = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ strictObject({
    // `null` (none), as an assessment writes it.
    label: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ nullableSchema(textSchema)),
    strict: /* @__PURE__ */ optionalSchema(booleanSchema),
  }),
);

/** A level per theme: the short form of a present or target position. */
export const levelsByThemeSchema = /* @__PURE__ */ recordSchema(anyTextSchema, {
  expected: 'a maturity assessment or an object from theme id to level id',
});

/**
 * A present or target position, read after the input's shape: here only its absence (its JSON
 * Schema, `{}` here, is written by the JSON Schema build's patch).
 */
const positionSchema = /* @__PURE__ */ expectedSchema<unknown>(
  (value) => value !== undefined,
  () => 'a maturity assessment or an object from theme id to level id',
);
/* @__PURE__ */ hintJsonSchema(positionSchema, { kind: 'json', json: {} });

/** Input of `planActions`; `present` and `target` are read after it. */
export const planActionsInputSchema = /* @__PURE__ */ strictObject({
  present: positionSchema,
  target: positionSchema,
  // `null` (none), as a plan without years writes both.
  years: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ nullableSchema(/* @__PURE__ */ wholeNumberSchema(1, 50)),
  ),
  spreadBy: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ nullableSchema(/* @__PURE__ */ choiceSchema(['step', 'level'])),
  ),
});

/** Options of `formatAssessmentTable`. */
export const formatAssessmentTableOptionsSchema = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ strictObject(
    {
      places: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ wholeNumberSchema(0, 20)),
      mode: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(roundingModes as [string, ...string[]]),
      ),
    },
    { decimals: 'places' },
  ),
);

/** Options of `formatPlanMarkdown`. */
export const formatPlanMarkdownOptionsSchema = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ strictObject({
    title: /* @__PURE__ */ optionalSchema(textSchema),
    showIds: /* @__PURE__ */ optionalSchema(booleanSchema),
  }),
);
