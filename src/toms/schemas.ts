import { z } from 'zod';
import { numericSchema } from '../core/legacy-schemas.js';

const text = z.string().trim().min(1, 'expected a non-empty string');

/** The zod schema of a value type. Internal: the public input type is documented instead. */
export const valueTypeSchema = z.enum(['local-economic', 'social', 'environmental', 'record-only']);

/** The zod schema of a theme as given to `defineFramework` (`shortName` defaults to `name`). Internal: the public input type is documented instead. */
export const themeSchema = z
  .object({ id: text, name: text, shortName: text.optional() })
  .transform((theme) => ({ ...theme, shortName: theme.shortName ?? theme.name }));

/** The zod schema of an outcome. Internal: the public input type is documented instead. */
export const outcomeSchema = z.object({ id: text, theme: text, name: text });

/** The zod schema of a measure as given to `defineFramework`: the proxy value is any Numeric at least 0, or `null` (not monetised yet). Internal: the public input type is documented instead. */
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

/** The zod schema of the input of `defineFramework`. `currency` may be omitted (it is always GBP); `outcomes` defaults to none. Internal: the public input type is documented instead. */
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
