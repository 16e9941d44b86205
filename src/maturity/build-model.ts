import { seal } from '../core/brand.js';
import { defined } from '../core/defined.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt, issuesError } from '../core/issue.js';
import type {
  MaturityLevel,
  MaturityModel,
  MaturitySource,
  OverallRounding,
  ThemeRule,
} from './types.js';

/** A model after its shape is checked: from an input or from a snapshot. Internal. */
export interface CheckedShape {
  readonly id: string;
  readonly name: string;
  readonly version?: string | undefined;
  readonly source: MaturitySource;
  readonly levels: readonly MaturityLevel[];
  readonly themes: readonly { id: string; name: string; description?: string | undefined }[];
  readonly criteria: readonly {
    id: string;
    theme: string;
    level: string;
    statement: string;
    action: string;
    guidance?: string | undefined;
    restates?: string | undefined;
  }[];
  readonly rules?:
    | {
        readonly themeRule?: ThemeRule | undefined;
        readonly overallRounding?: OverallRounding | undefined;
        readonly nonCompliantLevel?: string | null | undefined;
      }
    | undefined;
}

/** The cross-references a schema cannot see: ids unique, references known, ranks distinct. */
function crossCheck(shape: CheckedShape, root: readonly PropertyKey[]): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const fail = (segments: readonly PropertyKey[], message: string) =>
    issues.push(issueAt([...root, ...segments], message));
  const rankOf = new Map<string, number>();
  const levelWithRank = new Map<number, string>();
  let lowestRank = Number.POSITIVE_INFINITY;
  shape.levels.forEach((level, i) => {
    if (rankOf.has(level.id)) fail(['levels', i, 'id'], `duplicate level id "${level.id}"`);
    else rankOf.set(level.id, level.rank);
    const other = levelWithRank.get(level.rank);
    if (other !== undefined) {
      fail(['levels', i, 'rank'], `rank ${level.rank} is already the rank of level "${other}"`);
    } else levelWithRank.set(level.rank, level.id);
    lowestRank = Math.min(lowestRank, level.rank);
  });
  const themeIds = new Set<string>();
  shape.themes.forEach((theme, i) => {
    if (themeIds.has(theme.id)) fail(['themes', i, 'id'], `duplicate theme id "${theme.id}"`);
    themeIds.add(theme.id);
  });
  const criteria = new Map<string, CheckedShape['criteria'][number]>();
  shape.criteria.forEach((criterion, i) => {
    if (criteria.has(criterion.id)) {
      fail(['criteria', i, 'id'], `duplicate criterion id "${criterion.id}"`);
    } else criteria.set(criterion.id, criterion);
    if (!themeIds.has(criterion.theme)) {
      fail(['criteria', i, 'theme'], `unknown theme "${criterion.theme}"`);
    }
    const rank = rankOf.get(criterion.level);
    if (rank === undefined) fail(['criteria', i, 'level'], `unknown level "${criterion.level}"`);
    else if (rank === lowestRank) {
      fail(
        ['criteria', i, 'level'],
        `the lowest level "${criterion.level}" is where every theme starts and cannot have criteria`,
      );
    }
  });
  shape.criteria.forEach((criterion, i) => {
    if (criterion.restates === undefined) return;
    const original = criteria.get(criterion.restates);
    const path = ['criteria', i, 'restates'];
    if (original === undefined) fail(path, `unknown criterion "${criterion.restates}"`);
    else if (original.theme !== criterion.theme) {
      fail(path, `"${criterion.restates}" belongs to another theme ("${original.theme}")`);
    } else if ((rankOf.get(original.level) ?? 0) >= (rankOf.get(criterion.level) ?? 0)) {
      fail(path, `"${criterion.restates}" must be at a lower level than "${criterion.id}"`);
    } else if (original.restates !== undefined) {
      fail(path, `"${criterion.restates}" itself restates "${original.restates}": point to that`);
    }
  });
  const nonCompliant = shape.rules?.nonCompliantLevel;
  if (typeof nonCompliant === 'string' && !rankOf.has(nonCompliant)) {
    fail(['rules', 'nonCompliantLevel'], `unknown level "${nonCompliant}"`);
  }
  return issues;
}

/**
 * Checks the cross-references of a model whose shape is checked, then builds the live model:
 * levels sorted by rank, defaults filled in, every object a fresh copy, sealed. Internal: used by
 * {@link defineMaturityModel} and by the snapshot reader, so both accept exactly the same models.
 */
export function buildModel(shape: CheckedShape, root: readonly PropertyKey[]): MaturityModel {
  const issues = crossCheck(shape, root);
  if (issues.length > 0) {
    throw issuesError('maturity model', issues);
  }
  const model: MaturityModel = {
    kind: 'maturity-model',
    schemaVersion: 1,
    id: shape.id,
    name: shape.name,
    ...(shape.version === undefined ? {} : { version: shape.version }),
    source: defined(shape.source),
    levels: shape.levels.map((entry) => defined(entry)).sort((a, b) => a.rank - b.rank),
    themes: shape.themes.map((entry) => defined(entry)),
    criteria: shape.criteria.map((entry) => defined(entry)),
    rules: {
      themeRule: shape.rules?.themeRule ?? 'cumulative',
      overallRounding: shape.rules?.overallRounding ?? 'down',
      nonCompliantLevel: shape.rules?.nonCompliantLevel ?? null,
    },
  };
  return seal(model, 'maturity-model');
}
