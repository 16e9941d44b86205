import { z } from 'zod';
import { numericSchema } from '../core/schemas.js';

const text = z.string().trim().min(1, 'expected a non-empty string');

/**
 * The zod schema of a value type.
 *
 * @example
 * ```ts
 * import { valueTypeSchema } from 'social-value';
 *
 * valueTypeSchema.parse('social'); // => 'social'
 * valueTypeSchema.safeParse('economic').success; // => false
 * ```
 */
export const valueTypeSchema = z.enum(['local-economic', 'social', 'environmental', 'record-only']);

/**
 * The zod schema of a theme as given to `defineFramework` (`shortName` defaults to `name`).
 *
 * @example
 * ```ts
 * import { themeSchema } from 'social-value';
 *
 * themeSchema.parse({ id: 'jobs', name: 'Jobs' }).shortName; // => 'Jobs'
 * ```
 */
export const themeSchema = z
  .object({ id: text, name: text, shortName: text.optional() })
  .transform((theme) => ({ ...theme, shortName: theme.shortName ?? theme.name }));

/**
 * The zod schema of an outcome.
 *
 * @example
 * ```ts
 * import { outcomeSchema } from 'social-value';
 *
 * outcomeSchema.parse({ id: 'o1', theme: 'jobs', name: 'More local jobs' }).id; // => 'o1'
 * ```
 */
export const outcomeSchema = z.object({ id: text, theme: text, name: text });

/**
 * The zod schema of a measure as given to `defineFramework`: the proxy value is any Numeric
 * at least 0, or `null` (not monetised yet).
 *
 * @example
 * ```ts
 * import { measureSchema } from 'social-value';
 *
 * const measure = measureSchema.parse({
 *   code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *   proxyValue: '16.09', valueType: 'social',
 * });
 * measure.proxyValue?.toString(); // => '16.09'
 * ```
 */
export const measureSchema = z.object({
  code: text,
  theme: text,
  outcome: text.optional(),
  title: text,
  unit: text,
  proxyValue: numericSchema({ min: 0 }).nullable(),
  valueType: valueTypeSchema,
  exclusivityGroup: text.optional(),
  maxYearsPerPerson: z.number().int().min(1).optional(),
  edition: text.optional(),
  source: text.optional(),
});

/**
 * The zod schema of the input of `defineFramework`. `currency` may be omitted (it is always
 * GBP); `outcomes` defaults to none.
 *
 * @example
 * ```ts
 * import { frameworkInputSchema } from 'social-value';
 *
 * const input = { id: 'x', name: 'X', edition: '1', priceYear: 2024, themes: [], measures: [] };
 * frameworkInputSchema.safeParse(input).success; // => true
 * ```
 */
export const frameworkInputSchema = z.object({
  id: text,
  name: text,
  edition: text,
  priceYear: z.number().int().min(1900).max(2200),
  currency: z.literal('GBP').default('GBP'),
  themes: z.array(themeSchema),
  outcomes: z.array(outcomeSchema).default([]),
  measures: z.array(measureSchema),
  source: text.optional(),
});

/**
 * A framework as given to `defineFramework`: numbers may be any Numeric.
 *
 * @example
 * ```ts
 * import type { FrameworkInput } from 'social-value';
 *
 * const input: FrameworkInput = { id: 'x', name: 'X', edition: '1', priceYear: 2024,
 *   themes: [], measures: [] };
 * input.id; // => 'x'
 * ```
 */
export type FrameworkInput = z.input<typeof frameworkInputSchema>;

/**
 * A measure as given to `defineFramework` or `extendFramework`.
 *
 * @example
 * ```ts
 * import type { MeasureInput } from 'social-value';
 *
 * const input: MeasureInput = { code: 'X1', theme: 'jobs', title: 'Local jobs', unit: 'FTE',
 *   proxyValue: null, valueType: 'local-economic' };
 * input.proxyValue; // => null
 * ```
 */
export type MeasureInput = z.input<typeof measureSchema>;
