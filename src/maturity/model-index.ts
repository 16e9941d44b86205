import { boundedIssuesError } from '../core/bounded-issues.js';
import { describeValue } from '../core/describe-value.js';
import { MAX_ISSUES, type SocialValueError } from '../core/errors.js';
import { fieldError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { entryOf } from '../core/map-entry.js';
import { didYouMean, squash, suggest } from '../core/suggest.js';
import type { MaturityCriterion, MaturityLevel, MaturityModel, MaturityTheme } from './types.js';

/** Lookups over a checked model, built once per call. Internal. */
export interface ModelIndex {
  readonly model: MaturityModel;
  readonly levelById: ReadonlyMap<string, MaturityLevel>;
  readonly themeById: ReadonlyMap<string, MaturityTheme>;
  readonly criterionById: ReadonlyMap<string, MaturityCriterion>;
  /** The criteria of a theme at a level, in the model's order. */
  readonly criteriaOf: (theme: string, level: string) => readonly MaturityCriterion[];
  /** Every criterion of a theme, in the model's order. */
  readonly criteriaOfTheme: (theme: string) => readonly MaturityCriterion[];
  /** The level above a level, or null at the top. */
  readonly levelAbove: (level: MaturityLevel) => MaturityLevel | null;
  /** The lowest level: where every theme starts. */
  readonly lowest: MaturityLevel;
  /**
   * Ids of the restating criteria at a level where their theme has no criterion of its own
   * (every criterion there restates a lower one): met only in their own right.
   */
  readonly ownRight: ReadonlySet<string>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  entryOf(map, key, () => []).push(value);
}

// A model reaching the functions is sealed (frozen, and never changed), so its lookups can be
// kept with it: one build per model, not one per call.
const indexes = /* @__PURE__ */ new WeakMap<MaturityModel, ModelIndex>();

/** The lookups of a checked, sealed model (built once, in linear time). Internal. */
export function indexModel(model: MaturityModel): ModelIndex {
  let index = indexes.get(model);
  if (index === undefined) {
    index = buildIndex(model);
    indexes.set(model, index);
  }
  return index;
}

function buildIndex(model: MaturityModel): ModelIndex {
  const byThemeLevel = new Map<string, Map<string, MaturityCriterion[]>>();
  const byTheme = new Map<string, MaturityCriterion[]>();
  for (const criterion of model.criteria) {
    push(byTheme, criterion.theme, criterion);
    push(
      entryOf(byThemeLevel, criterion.theme, () => new Map()),
      criterion.level,
      criterion,
    );
  }
  const position = new Map(model.levels.map((level, i) => [level.id, i]));
  const ownRight = new Set<string>();
  for (const levels of byThemeLevel.values()) {
    for (const criteria of levels.values()) {
      if (criteria.every((criterion) => criterion.restates !== undefined)) {
        for (const criterion of criteria) ownRight.add(criterion.id);
      }
    }
  }
  return {
    model,
    levelById: new Map(model.levels.map((level) => [level.id, level])),
    themeById: new Map(model.themes.map((theme) => [theme.id, theme])),
    criterionById: new Map(model.criteria.map((criterion) => [criterion.id, criterion])),
    criteriaOf: (theme, level) => byThemeLevel.get(theme)?.get(level) ?? [],
    criteriaOfTheme: (theme) => byTheme.get(theme) ?? [],
    levelAbove: (level) => model.levels[(position.get(level.id) ?? -2) + 1] ?? null,
    lowest: model.levels[0]!,
    ownRight,
  };
}

/**
 * `unknown-level` or `unknown-theme` at `path`, listing the ids the model has; a theme or level
 * written by its name (`'Policy & Scope'`) suggests its id.
 */
function unknownId(
  code: 'unknown-level' | 'unknown-theme',
  what: 'level' | 'theme',
  id: string,
  named: readonly { readonly id: string; readonly name: string }[],
  index: ModelIndex,
  path: readonly PropertyKey[],
): SocialValueError {
  const known = named.map((entry) => entry.id);
  const byName = named.filter((entry) => squash(entry.name) === squash(id));
  const suggestions = byName.length > 0 ? byName.map((entry) => entry.id) : suggest(id, known);
  return fieldError(
    code,
    `Unknown ${what} ${describeValue(id)} in ${index.model.name}.`,
    path,
    `unknown ${what} ${describeValue(id)}: expected one of ${listed(known, { and: 'or' })}${didYouMean(suggestions)}`,
    { [what]: id, suggestions },
  );
}

/** Resolves a level id of the model or throws `unknown-level` at `path`. Internal. */
export function levelOrThrow(
  index: ModelIndex,
  levelId: string,
  path: readonly PropertyKey[],
): MaturityLevel {
  const level = index.levelById.get(levelId);
  if (level !== undefined) return level;
  throw unknownId('unknown-level', 'level', levelId, index.model.levels, index, path);
}

/** Resolves a theme id of the model or throws `unknown-theme` at `path`. Internal. */
export function themeOrThrow(
  index: ModelIndex,
  themeId: string,
  path: readonly PropertyKey[],
): MaturityTheme {
  const theme = index.themeById.get(themeId);
  if (theme !== undefined) return theme;
  throw unknownId('unknown-theme', 'theme', themeId, index.model.themes, index, path);
}

/**
 * Throws `unknown-theme` when any of `ids` is no theme of the model: for one, as
 * {@link themeOrThrow}; for several, one issue each at `[...path, id]` with its "did you mean"
 * (the first 100, see `boundedIssuesError`) and `details.count`. Internal.
 */
export function checkThemes(
  index: ModelIndex,
  ids: readonly string[],
  path: readonly PropertyKey[],
): void {
  const unknown = ids.filter((id) => !index.themeById.has(id));
  const errors = unknown
    .slice(0, MAX_ISSUES)
    .map((id) => unknownId('unknown-theme', 'theme', id, index.model.themes, index, [...path, id]));
  if (unknown.length === 1) throw errors[0];
  if (unknown.length > 1) {
    throw boundedIssuesError(
      'unknown-theme',
      `Unknown themes in ${index.model.name}.`,
      errors.flatMap((error) => error.issues),
      unknown.length,
    );
  }
}
