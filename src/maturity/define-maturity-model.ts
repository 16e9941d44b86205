import type { z } from 'zod';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import { maturityModelInputSchema } from './schemas.js';
import type {
  MaturityCriterion,
  MaturityModel,
  MaturityModelInput,
  MaturityTheme,
} from './types.js';

type ParsedInput = z.output<typeof maturityModelInputSchema>;

/** The cross-references zod cannot see: ids unique, references known, ranks distinct. */
function crossCheck(input: ParsedInput): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const fail = (segments: (string | number)[], message: string) =>
    issues.push({ path: formatPath(segments), segments, message });
  const levelIds = new Map<string, number>();
  const ranks = new Map<number, string>();
  input.levels.forEach((level, i) => {
    if (levelIds.has(level.id)) fail(['levels', i, 'id'], `duplicate level id "${level.id}"`);
    else levelIds.set(level.id, level.rank);
    const other = ranks.get(level.rank);
    if (other !== undefined) {
      fail(['levels', i, 'rank'], `rank ${level.rank} is already the rank of level "${other}"`);
    }
    ranks.set(level.rank, level.id);
  });
  const lowestRank = Math.min(...input.levels.map((level) => level.rank));
  const themeIds = new Set<string>();
  input.themes.forEach((theme, i) => {
    if (themeIds.has(theme.id)) fail(['themes', i, 'id'], `duplicate theme id "${theme.id}"`);
    themeIds.add(theme.id);
  });
  const criteria = new Map<string, ParsedInput['criteria'][number]>();
  input.criteria.forEach((criterion, i) => {
    if (criteria.has(criterion.id)) {
      fail(['criteria', i, 'id'], `duplicate criterion id "${criterion.id}"`);
    } else criteria.set(criterion.id, criterion);
    if (!themeIds.has(criterion.theme)) {
      fail(['criteria', i, 'theme'], `unknown theme "${criterion.theme}"`);
    }
    const rank = levelIds.get(criterion.level);
    if (rank === undefined) fail(['criteria', i, 'level'], `unknown level "${criterion.level}"`);
    else if (rank === lowestRank) {
      fail(
        ['criteria', i, 'level'],
        `the lowest level "${criterion.level}" is where every theme starts and cannot have criteria`,
      );
    }
  });
  input.criteria.forEach((criterion, i) => {
    if (criterion.restates === undefined) return;
    const original = criteria.get(criterion.restates);
    const path = ['criteria', i, 'restates'];
    if (!original) fail(path, `unknown criterion "${criterion.restates}"`);
    else if (original.theme !== criterion.theme) {
      fail(path, `"${criterion.restates}" belongs to another theme ("${original.theme}")`);
    } else if ((levelIds.get(original.level) ?? 0) >= (levelIds.get(criterion.level) ?? 0)) {
      fail(path, `"${criterion.restates}" must be at a lower level than "${criterion.id}"`);
    } else if (original.restates !== undefined) {
      fail(path, `"${criterion.restates}" itself restates "${original.restates}": point to that`);
    }
  });
  const nonCompliant = input.rules?.nonCompliantLevel;
  if (nonCompliant !== undefined && !levelIds.has(nonCompliant)) {
    fail(['rules', 'nonCompliantLevel'], `unknown level "${nonCompliant}"`);
  }
  return issues;
}

/**
 * Checks a maturity model written as data and returns it ready for {@link assessMaturity} and
 * {@link planActions}: levels sorted by rank, the rules' defaults filled in (themes judged
 * `cumulative`ly, overall mean rounded `down`), everything frozen.
 *
 * The lowest level is where every theme starts (the SVMI's Non-compliant, the roadmap's Not
 * started): it has no criteria. A theme reaches a higher level when all the criteria of that
 * level (and, under the cumulative rule, of every level below) are met; a level with no
 * criteria in a theme is met as soon as the levels below it are.
 *
 * @param input - The model: levels, themes, criteria and rules.
 * @returns The checked, frozen {@link MaturityModel}.
 * @throws SocialValueError `invalid-input` listing every problem with its path: duplicate ids or
 * ranks, a criterion naming an unknown theme or level, a criterion at the lowest level, a bad
 * `restates` reference or non-compliant level.
 *
 * @example
 * ```ts
 * import { defineMaturityModel } from 'social-value';
 *
 * const model = defineMaturityModel({
 *   id: 'toy',
 *   name: 'Toy model',
 *   source: { title: 'Worked by hand', publisher: 'Us', year: 2026 },
 *   levels: [
 *     { id: 'basic', name: 'Basic', rank: 1, description: 'A policy exists.' },
 *     { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
 *   ],
 *   themes: [{ id: 'policy', name: 'Policy' }],
 *   criteria: [
 *     {
 *       id: 'policy.basic.1',
 *       theme: 'policy',
 *       level: 'basic',
 *       statement: 'A social value policy is published.',
 *       action: 'Publish a social value policy.',
 *     },
 *   ],
 * });
 * model.levels.map((level) => level.id); // => ['none', 'basic']
 * model.rules.overall; // => 'down'
 * ```
 */
export function defineMaturityModel(input: MaturityModelInput): MaturityModel {
  const parsed = parseInput(maturityModelInputSchema, input, 'maturity model');
  const issues = crossCheck(parsed);
  if (issues.length > 0) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: `Invalid maturity model: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}.`,
      issues,
    });
  }
  const themes: MaturityTheme[] = parsed.themes.map((theme) => ({
    id: theme.id,
    name: theme.name,
    ...(theme.description === undefined ? {} : { description: theme.description }),
  }));
  const criteria: MaturityCriterion[] = parsed.criteria.map((criterion) => ({
    id: criterion.id,
    theme: criterion.theme,
    level: criterion.level,
    statement: criterion.statement,
    action: criterion.action,
    ...(criterion.guidance === undefined ? {} : { guidance: criterion.guidance }),
    ...(criterion.restates === undefined ? {} : { restates: criterion.restates }),
  }));
  const source = parsed.source;
  return deepFreeze({
    kind: 'maturity-model',
    id: parsed.id,
    name: parsed.name,
    ...(parsed.version === undefined ? {} : { version: parsed.version }),
    source: {
      title: source.title,
      publisher: source.publisher,
      year: source.year,
      ...(source.url === undefined ? {} : { url: source.url }),
      ...(source.note === undefined ? {} : { note: source.note }),
    },
    levels: [...parsed.levels].sort((a, b) => a.rank - b.rank),
    themes,
    criteria,
    rules: {
      theme: parsed.rules?.theme ?? 'cumulative',
      overall: parsed.rules?.overall ?? 'down',
      nonCompliantLevel: parsed.rules?.nonCompliantLevel ?? null,
    },
  });
}
