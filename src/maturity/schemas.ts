import { z } from 'zod';

// Zod schemas of the maturity area's inputs. Internal: the public functions validate with them
// through `parseInput`, so bad input throws `invalid-input` with the path of the field.

const text = z.string().trim().min(1, 'expected a non-empty text');
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'expected a kebab-case id such as "policy-and-scope"');

/** Schema of {@link MaturityModelInput}; cross-references are checked in `defineMaturityModel`. */
export const maturityModelInputSchema = z.object({
  id,
  name: text,
  version: text.optional(),
  source: z.object({
    title: text,
    publisher: text,
    year: z.number().int().min(1900).max(2200),
    url: z.url().optional(),
    note: text.optional(),
  }),
  levels: z
    .array(
      z.object({
        id,
        name: text,
        rank: z.number().int().min(0),
        description: text,
      }),
    )
    .min(2, 'expected at least two levels'),
  themes: z
    .array(z.object({ id, name: text, description: text.optional() }))
    .min(1, 'expected at least one theme'),
  criteria: z.array(
    z.object({
      id,
      theme: z.string(),
      level: z.string(),
      statement: text,
      action: text,
      guidance: text.optional(),
      restates: z.string().optional(),
    }),
  ),
  rules: z
    .object({
      theme: z.enum(['cumulative', 'independent']).optional(),
      overall: z.enum(['down', 'nearest']).optional(),
      nonCompliantLevel: z.string().optional(),
    })
    .optional(),
});

/** A checked model, as `defineMaturityModel` returns it (only what the functions rely on). */
export const maturityModelSchema = z.looseObject({
  kind: z.literal('maturity-model', {
    error: 'expected a model built with defineMaturityModel (or a preset such as svmiPublicSector)',
  }),
  id: z.string(),
  levels: z.array(z.looseObject({ id: z.string(), rank: z.number() })),
  themes: z.array(z.looseObject({ id: z.string() })),
  criteria: z.array(z.looseObject({ id: z.string(), theme: z.string(), level: z.string() })),
});

/** One theme's answer: a level id, or criteria met / declared level / evidence / note. */
export const themeResponseSchema = z.union([
  z.string(),
  z.strictObject({
    met: z.union([z.array(z.string()), z.record(z.string(), z.boolean())]).optional(),
    level: z.string().optional(),
    evidence: z.record(z.string(), z.string()).optional(),
    note: z.string().optional(),
  }),
]);

/** The responses of a self-assessment, keyed by theme id. */
export const maturityResponsesSchema = z.record(z.string(), themeResponseSchema);

/** Options of `assessMaturity`. */
export const assessMaturityOptionsSchema = z.strictObject({
  label: text.optional(),
  strict: z.boolean().optional(),
});

/** An assessment returned by `assessMaturity` (only what planning relies on). */
export const maturityAssessmentSchema = z.looseObject({
  kind: z.literal('maturity-assessment'),
  model: z.looseObject({ id: z.string() }),
  themes: z.array(z.looseObject({ theme: z.looseObject({ id: z.string() }) })),
});

/** A present or target position: an assessment, or a level id per theme id. */
export const positionSchema = z.union([maturityAssessmentSchema, z.record(z.string(), z.string())]);

/** Input of `planActions`. */
export const planActionsInputSchema = z.strictObject({
  present: positionSchema,
  target: positionSchema,
  years: z.number().int().min(1).max(50).optional(),
  spreadBy: z.enum(['step', 'level']).optional(),
});
