import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { strictObject } from '../core/schemas.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import {
  assembleFramework,
  type Located,
  toMeasure,
  toOutcome,
  toTheme,
} from './assemble-framework.js';
import { unknownMeasure } from './get-measure.js';
import { measureIndex } from './measure-index.js';
import { readFramework } from './read-framework.js';
import {
  measureChangeSchema,
  outcomeSchema,
  priceYearSchema,
  textSchema,
  themeSchema,
} from './schemas.js';
import type {
  Framework,
  FrameworkInput,
  Measure,
  MeasureInput,
  Outcome,
  ThemeInput,
} from './types.js';

const changesSchema = /* @__PURE__ */ strictObject({
  id: textSchema,
  name: textSchema,
  edition: /* @__PURE__ */ optionalSchema(textSchema),
  priceYear: /* @__PURE__ */ optionalSchema(priceYearSchema),
  source: /* @__PURE__ */ optionalSchema(textSchema),
  themes: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(themeSchema)),
  outcomes: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(outcomeSchema)),
  measures: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(measureChangeSchema)),
  remove: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(textSchema)),
});

/**
 * What a council changes in a base framework: its own id and name, added themes and outcomes,
 * measures added or overriding a base measure of the same code, and codes removed.
 */
export interface FrameworkChanges {
  /** The id of the extended framework. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its edition; default the base's. Kept base measures then name the base's edition. */
  readonly edition?: string | undefined;
  /**
   * Its price year; default the base's. Another year needs every kept base proxy re-priced:
   * reindex the base first (`reindexProxies`), or override or remove those measures.
   */
  readonly priceYear?: number | undefined;
  /** Where the local changes come from; default the base's source. */
  readonly source?: string | undefined;
  /** Themes to add. */
  readonly themes?: readonly ThemeInput[] | undefined;
  /** Outcomes to add. */
  readonly outcomes?: readonly Outcome[] | undefined;
  /** Measures: a base code overrides that measure in place, a new code is appended. */
  readonly measures?: readonly Omit<MeasureInput, 'provenance'>[] | undefined;
  /** Base codes to drop. */
  readonly remove?: readonly string[] | undefined;
  /**
   * Never given: a whole framework (`kind: 'framework'`) is not the changes, and is refused
   * with `invalid-input` at `changes`. Give only what changes.
   */
  readonly kind?: undefined;
}

/**
 * Builds a council's localised framework from a base one: measures with a base code override
 * it in place (keeping the base proxy in `provenance.baseProxyValue`), new codes are appended,
 * `remove` drops base codes. Every changed measure carries `provenance`, and the framework
 * names its base in `extends`; a base re-indexed by `reindexProxies` keeps its `reindexed` record
 * (unless the changes give another price year). The result is validated like `defineFramework`'s;
 * neither the base nor the changes are modified.
 *
 * @param base - The base framework: from `defineFramework`, its JSON form, or a framework input
 * as `defineFramework` takes it (validated first).
 * @param changes - The local changes, not a whole framework (a `Framework` is refused: by the
 * compiler, and with `invalid-input` at `changes` at run time).
 * @returns The extended framework, frozen.
 * @throws SocialValueError `invalid-input` (paths such as `changes.measures[0].proxyValue`, or a
 * code both removed and changed), `unknown-measure` (removing a code the base does not have,
 * path `changes.remove[0]`), `duplicate-code` or `unknown-reference`.
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
 * getMeasure(local, 'CBC5 RBC1').provenance?.change; // => 'added'
 * ```
 */
export function extendFramework(
  base: Framework | FrameworkInput,
  changes: FrameworkChanges,
): Framework {
  const from = readFramework(base, ['base']);
  const parsed = parseInput(changesSchema, changes, 'framework changes', ['changes']);
  const baseName = `${from.id} ${from.edition}`;
  const baseMeasures = measureIndex(from);
  const removed = new Set<string>();
  (parsed.remove ?? []).forEach((code, index) => {
    if (!baseMeasures.has(code)) throw unknownMeasure(from, code, ['changes', 'remove', index]);
    removed.add(code);
  });
  const overrides = new Map<string, { measure: Measure; path: readonly PropertyKey[] }>();
  const added: Located<Measure>[] = [];
  (parsed.measures ?? []).forEach((input, index) => {
    const path = ['changes', 'measures', index];
    if (removed.has(input.code)) {
      throw fieldError(
        'invalid-input',
        `Invalid framework changes: ${idText(input.code)} is both removed and changed.`,
        [...path, 'code'],
        `${describeValue(input.code)} is also in changes.remove: remove it or change it, not both`,
      );
    }
    const base = baseMeasures.get(input.code);
    if (base === undefined) {
      added.push({ value: toMeasure(input, { change: 'added', base: baseName }), path });
      return;
    }
    if (overrides.has(input.code)) {
      added.push({ value: toMeasure(input), path }); // reported as a duplicate code below
      return;
    }
    const provenance = {
      change: 'overridden' as const,
      base: baseName,
      baseProxyValue: base.proxyValue,
    };
    overrides.set(input.code, { measure: toMeasure(input, provenance), path });
  });
  const edition = parsed.edition ?? from.edition;
  const priceYear = parsed.priceYear ?? from.priceYear;
  const measures: Located<Measure>[] = [];
  from.measures.forEach((measure, index) => {
    if (removed.has(measure.code)) return;
    const override = overrides.get(measure.code);
    if (override !== undefined) {
      measures.push({ value: override.measure, path: override.path });
      return;
    }
    if (priceYear !== from.priceYear && measure.proxyValue?.isZero() === false) {
      throw fieldError(
        'invalid-input',
        `Invalid framework changes: ${idText(measure.code)} keeps its ${from.priceYear} proxy value in a framework at ${priceYear} prices.`,
        ['changes', 'priceYear'],
        `base proxies are at ${from.priceYear} prices: reindex the base with reindexProxies first, or override or remove ${idText(measure.code)}`,
      );
    }
    // A kept base proxy stays labelled with the edition it comes from.
    const kept =
      edition === from.edition || measure.edition !== undefined
        ? measure
        : { ...measure, edition: from.edition };
    measures.push({ value: kept, path: ['base', 'measures', index] });
  });
  const source = parsed.source ?? from.source;
  return assembleFramework({
    id: parsed.id,
    name: parsed.name,
    edition,
    priceYear,
    themes: [
      ...from.themes.map((theme, index) => ({ value: theme, path: ['base', 'themes', index] })),
      ...(parsed.themes ?? []).map((theme, index) => ({
        value: toTheme(theme),
        path: ['changes', 'themes', index],
      })),
    ],
    outcomes: [
      ...from.outcomes.map((outcome, index) => ({
        value: outcome,
        path: ['base', 'outcomes', index],
      })),
      ...(parsed.outcomes ?? []).map((outcome, index) => ({
        value: toOutcome(outcome),
        path: ['changes', 'outcomes', index],
      })),
    ],
    measures: [...measures, ...added],
    source,
    extends: baseName,
    // The kept proxies of a re-indexed base are still re-indexed: its record leads them back to
    // the edition's. At another price year each was re-priced or removed: it no longer applies.
    reindexed: priceYear === from.priceYear ? from.reindexed : undefined,
  });
}
