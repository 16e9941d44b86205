import { seal } from '../core/brand.js';
import { defined } from '../core/defined.js';
import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { alikeNote, idAsRead } from '../core/id-as-read.js';
import { issueAt, issuesError } from '../core/issue.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import { maturityModelInputSchema } from './schemas.js';
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

/**
 * Records each id of one kind (levels, themes or criteria) and reports one seen again: the same
 * id, or one that reads as an earlier one (case, spaces, invisible characters or Unicode form
 * apart: answers are matched exactly, so `Leader` beside `leader`, or `café` typed two ways, is a
 * trap). Returns false for a repeat.
 */
function idRegister(
  kind: 'levels' | 'themes' | 'criteria',
  fail: (segments: readonly PropertyKey[], message: string) => void,
  root: readonly PropertyKey[],
) {
  const first = new Map<string, { id: string; i: number }>();
  return (id: string, i: number): boolean => {
    const key = idAsRead(id);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, { id, i });
      return true;
    }
    const where = formatPath([...root, kind, earlier.i, 'id']);
    fail(
      [kind, i, 'id'],
      `duplicate id ${describeValue(id)}${alikeNote(id, earlier.id)}: ${where} has it; expected an id of its own`,
    );
    return false;
  };
}

/** The cross-references a schema cannot see: ids unique, references known, ranks distinct. */
function crossCheck(shape: CheckedShape, root: readonly PropertyKey[]): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const fail = (segments: readonly PropertyKey[], message: string) =>
    issues.push(issueAt([...root, ...segments], message));
  const rankOf = new Map<string, number>();
  const levelWithRank = new Map<number, string>();
  let lowestRank = Number.POSITIVE_INFINITY;
  let top: MaturityLevel | undefined;
  const newLevel = idRegister('levels', fail, root);
  shape.levels.forEach((level, i) => {
    if (newLevel(level.id, i)) rankOf.set(level.id, level.rank);
    const other = levelWithRank.get(level.rank);
    if (other !== undefined) {
      fail(
        ['levels', i, 'rank'],
        `rank ${level.rank} is already the rank of level ${describeValue(other)}; expected a rank of its own`,
      );
    } else levelWithRank.set(level.rank, level.id);
    lowestRank = Math.min(lowestRank, level.rank);
    if (top === undefined || level.rank > top.rank) top = level;
  });
  const themeIds = new Set<string>();
  const newTheme = idRegister('themes', fail, root);
  shape.themes.forEach((theme, i) => {
    if (newTheme(theme.id, i)) themeIds.add(theme.id);
  });
  const criteria = new Map<string, CheckedShape['criteria'][number]>();
  const newCriterion = idRegister('criteria', fail, root);
  shape.criteria.forEach((criterion, i) => {
    if (newCriterion(criterion.id, i)) criteria.set(criterion.id, criterion);
    if (!themeIds.has(criterion.theme)) {
      fail(
        ['criteria', i, 'theme'],
        `unknown theme ${describeValue(criterion.theme)}: expected the id of one of the model's themes`,
      );
    }
    const rank = rankOf.get(criterion.level);
    if (rank === undefined) {
      fail(
        ['criteria', i, 'level'],
        `unknown level ${describeValue(criterion.level)}: expected the id of one of the model's levels`,
      );
    } else if (rank === lowestRank) {
      fail(
        ['criteria', i, 'level'],
        `the lowest level ${describeValue(criterion.level)} is where every theme starts and cannot have criteria`,
      );
    }
  });
  shape.criteria.forEach((criterion, i) => {
    if (criterion.restates === undefined) return;
    const original = criteria.get(criterion.restates);
    const path = ['criteria', i, 'restates'];
    const restated = describeValue(criterion.restates);
    if (original === undefined) fail(path, `unknown criterion ${restated}`);
    else if (original.theme !== criterion.theme) {
      fail(path, `${restated} belongs to another theme (${describeValue(original.theme)})`);
    } else if ((rankOf.get(original.level) ?? 0) >= (rankOf.get(criterion.level) ?? 0)) {
      fail(path, `${restated} must be at a lower level than ${describeValue(criterion.id)}`);
    } else if (original.restates !== undefined) {
      fail(path, `${restated} itself restates ${describeValue(original.restates)}: point to that`);
    }
  });
  const nonCompliant = shape.rules?.nonCompliantLevel;
  if (typeof nonCompliant === 'string') {
    const path = ['rules', 'nonCompliantLevel'];
    if (!rankOf.has(nonCompliant)) fail(path, `unknown level ${describeValue(nonCompliant)}`);
    else if (nonCompliant === top?.id) {
      // The top level is what every theme works towards: it cannot also mean non-compliant.
      fail(
        path,
        `${describeValue(nonCompliant)} is the top level, which cannot mean non-compliant: expected a lower level (usually the lowest) or no nonCompliantLevel`,
      );
    }
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

/** A model input at `path` (not a checked model), checked as {@link defineMaturityModel} checks it. Internal. */
export function readModelInput(value: unknown, path: readonly PropertyKey[]): MaturityModel {
  return buildModel(parseInput(maturityModelInputSchema, value, 'maturity model', path), path);
}
