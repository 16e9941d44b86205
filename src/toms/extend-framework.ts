import { z } from 'zod';
import { SocialValueError } from '../core/errors.js';
import { parseInput } from '../core/zod-error.js';
import { assembleFramework, toMeasure } from './assemble-framework.js';
import { measureSchema, outcomeSchema, themeSchema } from './schemas.js';
import { suggestCodes } from './suggest-codes.js';
import type { Framework, Measure, MeasureInput, Outcome, ThemeInput } from './types.js';

const text = z.string().trim().min(1, 'expected a non-empty string');

/** The zod schema of the changes given to `extendFramework`. Internal: the public input type is documented instead. */
export const frameworkChangesSchema = z.object({
  id: text,
  name: text,
  edition: text.optional(),
  priceYear: z.number().int().min(1900).max(2200).optional(),
  source: text.optional(),
  themes: z.array(themeSchema).default([]),
  outcomes: z.array(outcomeSchema).default([]),
  measures: z.array(measureSchema).default([]),
  remove: z.array(text).default([]),
});

/**
 * What a council changes in a base framework: its own id and name, added themes and outcomes,
 * measures added or overriding a base measure of the same code, and codes removed.
 *
 * @example
 * ```ts
 * import type { FrameworkChanges } from 'social-value';
 *
 * const changes: FrameworkChanges = { id: 'lancs', name: 'Lancashire TOMs', remove: ['NT13'] };
 * changes.remove; // => ['NT13']
 * ```
 */
export interface FrameworkChanges {
  /** The id of the extended framework. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its edition; default the base's. */
  readonly edition?: string;
  /** Its price year; default the base's. */
  readonly priceYear?: number;
  /** Where the local changes come from; default the base's source. */
  readonly source?: string;
  /** Themes to add. */
  readonly themes?: readonly ThemeInput[];
  /** Outcomes to add. */
  readonly outcomes?: readonly Outcome[];
  /** Measures: a base code overrides that measure in place, a new code is appended. */
  readonly measures?: readonly MeasureInput[];
  /** Base codes to drop. */
  readonly remove?: readonly string[];
}

/**
 * Builds a council's localised framework from a base one: measures with a base code override
 * it in place (keeping the base proxy in `provenance.baseProxyValue`), new codes are appended,
 * `remove` drops base codes. Every changed measure carries `provenance`, and the framework
 * names its base in `extends`. The result is validated like `defineFramework`'s.
 *
 * @param base - The base framework.
 * @param changes - The local changes.
 * @returns The extended framework, frozen.
 * @throws SocialValueError `invalid-input`, `unknown-measure` (removing a code the base does not
 * have), `duplicate-code` or `unknown-reference`.
 *
 * @example
 * ```ts
 * import { defineFramework, extendFramework, getMeasure } from 'social-value';
 *
 * const base = defineFramework({
 *   id: 'base', name: 'Base', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'growth', name: 'Growth' }],
 *   measures: [{ code: 'NT18', theme: 'growth', title: 'Local spend', unit: '£',
 *     proxyValue: '0.9638118', valueType: 'local-economic' }],
 * });
 * const local = extendFramework(base, {
 *   id: 'lancs', name: 'Lancashire',
 *   measures: [{ code: 'CBC5 RBC1', theme: 'growth', title: 'Spend in Lancashire', unit: '£',
 *     proxyValue: 0, valueType: 'record-only' }],
 * });
 * local.extends; // => 'base 2021'
 * getMeasure(local, 'CBC5 RBC1').provenance?.kind; // => 'added'
 * ```
 */
export function extendFramework(base: Framework, changes: FrameworkChanges): Framework {
  const parsed = parseInput(frameworkChangesSchema, changes, 'framework changes');
  const baseName = `${base.id} ${base.edition}`;
  const baseCodes = new Set(base.measures.map((measure) => measure.code));
  parsed.remove.forEach((code, index) => {
    if (!baseCodes.has(code)) throw unknownMeasureInBase(base, code, index);
  });
  const removed = new Set(parsed.remove);
  const overrides = new Map(parsed.measures.map((measure) => [measure.code, measure]));
  const measures: Measure[] = [];
  for (const measure of base.measures) {
    if (removed.has(measure.code)) continue;
    const override = overrides.get(measure.code);
    measures.push(
      override === undefined
        ? measure
        : toMeasure(override, {
            kind: 'overridden',
            base: baseName,
            baseProxyValue: measure.proxyValue,
          }),
    );
  }
  for (const measure of parsed.measures) {
    if (!baseCodes.has(measure.code))
      measures.push(toMeasure(measure, { kind: 'added', base: baseName }));
  }
  const source = parsed.source ?? base.source;
  return assembleFramework({
    id: parsed.id,
    name: parsed.name,
    edition: parsed.edition ?? base.edition,
    priceYear: parsed.priceYear ?? base.priceYear,
    currency: 'GBP',
    themes: [...base.themes, ...parsed.themes],
    outcomes: [...base.outcomes, ...parsed.outcomes],
    measures,
    ...(source === undefined ? {} : { source }),
    extends: baseName,
  });
}

function unknownMeasureInBase(base: Framework, code: string, index: number) {
  return new SocialValueError({
    code: 'unknown-measure',
    message: `Cannot remove ${JSON.stringify(code)}: ${base.name} has no such measure.`,
    issues: [
      {
        path: `remove[${index}]`,
        segments: ['remove', index],
        message: `unknown measure code ${JSON.stringify(code)}`,
      },
    ],
    details: {
      code,
      framework: base.id,
      suggestions: suggestCodes(
        code,
        base.measures.map((m) => m.code),
      ),
    },
  });
}
