import { SocialValueError } from '../core/errors.js';
import { formatPath } from '../core/path.js';
import type { MaturityCriterion, MaturityLevel, MaturityModel, MaturityTheme } from './types.js';

/** Lookups over a checked model, built once per call. Internal. */
export interface ModelIndex {
  readonly model: MaturityModel;
  readonly levelById: ReadonlyMap<string, MaturityLevel>;
  readonly themeById: ReadonlyMap<string, MaturityTheme>;
  readonly criterionById: ReadonlyMap<string, MaturityCriterion>;
  /** Criteria per theme id, then per level id, in the model's order. */
  readonly criteriaOf: (theme: string, level: string) => readonly MaturityCriterion[];
  /** The lowest level: where every theme starts. */
  readonly lowest: MaturityLevel;
}

/** Builds the lookups of a checked model. Internal. */
export function indexModel(model: MaturityModel): ModelIndex {
  const byThemeLevel = new Map<string, MaturityCriterion[]>();
  for (const criterion of model.criteria) {
    const key = `${criterion.theme}\u0000${criterion.level}`;
    const list = byThemeLevel.get(key) ?? [];
    list.push(criterion);
    byThemeLevel.set(key, list);
  }
  return {
    model,
    levelById: new Map(model.levels.map((level) => [level.id, level])),
    themeById: new Map(model.themes.map((theme) => [theme.id, theme])),
    criterionById: new Map(model.criteria.map((criterion) => [criterion.id, criterion])),
    criteriaOf: (theme, level) => byThemeLevel.get(`${theme}\u0000${level}`) ?? [],
    lowest: model.levels[0]!,
  };
}

/** Close matches of an unknown id among known ids, for error details. Internal. */
export function suggestionsFor(unknown: string, known: Iterable<string>): string[] {
  const needle = unknown.toLowerCase();
  return [...known].filter((candidate) => {
    const hay = candidate.toLowerCase();
    return (
      hay.includes(needle) ||
      needle.includes(hay) ||
      hay.split(/[-.]/)[0] === needle.split(/[-.]/)[0]
    );
  });
}

/** A domain error about one field, with its path. Internal. */
export function fieldError(
  code: 'unknown-theme' | 'unknown-level' | 'unknown-criterion' | 'model-mismatch',
  segments: readonly (string | number)[],
  headline: string,
  expected: string,
  details: Readonly<Record<string, unknown>> = {},
): SocialValueError {
  const path = formatPath(segments);
  return new SocialValueError({
    code,
    message: `${headline}.`,
    issues: [{ path, segments: [...segments], message: `${lowerFirst(headline)}: ${expected}` }],
    details,
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Resolves a level id of the model or throws `unknown-level` at `segments`. Internal. */
export function levelOrThrow(
  index: ModelIndex,
  levelId: string,
  segments: readonly (string | number)[],
): MaturityLevel {
  const level = index.levelById.get(levelId);
  if (level) return level;
  const known = [...index.levelById.keys()];
  throw fieldError(
    'unknown-level',
    segments,
    `Unknown level ${JSON.stringify(levelId)} in ${index.model.name}`,
    `expected one of ${known.join(', ')}`,
    { level: levelId, known },
  );
}

/** Resolves a theme id of the model or throws `unknown-theme` at `segments`. Internal. */
export function themeOrThrow(
  index: ModelIndex,
  themeId: string,
  segments: readonly (string | number)[],
): MaturityTheme {
  const theme = index.themeById.get(themeId);
  if (theme) return theme;
  const known = [...index.themeById.keys()];
  throw fieldError(
    'unknown-theme',
    segments,
    `Unknown theme ${JSON.stringify(themeId)} in ${index.model.name}`,
    `expected one of ${known.join(', ')}`,
    { theme: themeId, known, suggestions: suggestionsFor(themeId, known) },
  );
}
