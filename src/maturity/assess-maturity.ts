import { Decimal } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import {
  fieldError,
  indexModel,
  levelOrThrow,
  type ModelIndex,
  themeOrThrow,
} from './model-index.js';
import {
  assessMaturityOptionsSchema,
  maturityModelSchema,
  maturityResponsesSchema,
} from './schemas.js';
import type {
  AssessMaturityOptions,
  MaturityAssessment,
  MaturityLevel,
  MaturityModel,
  MaturityResponses,
  MaturityTheme,
  MaturityWarning,
  OverallMaturity,
  ThemeAssessment,
  ThemeResponse,
} from './types.js';

/**
 * Assesses an organisation against a maturity model, theme by theme, as the SVMI workbook does.
 *
 * For each theme the responses give the criteria met (ids, or a yes/no per criterion id) or a
 * declared level, or both. From criteria, the theme gets the highest level whose criteria (and,
 * under the model's default cumulative rule, those of every lower level) are all met; when a
 * level is also declared and the criteria contradict it, the criteria decide and a warning says
 * so. From a declared level alone, every criterion up to that level counts as met.
 *
 * Overall, the ranks of the themes assessed are averaged exactly and the mean mapped to a level
 * by the model's rounding (`down` by default: 2.4 is Mature). A theme left out of the responses
 * is reported as missing (level null, a `missing-theme` warning) and left out of the mean, never
 * counted at some default level.
 *
 * @param model - A model from {@link defineMaturityModel} or a preset (`svmiPublicSector`…).
 * @param responses - For each theme id, a {@link ThemeResponse} or a level id.
 * @param options - A label for the assessment; `strict` to throw on unknown criterion ids.
 * @returns The frozen {@link MaturityAssessment}: per theme level, criteria met, what is unmet at
 * the next level, evidence and reason; the overall level with its exact mean; warnings.
 * @throws SocialValueError `unknown-theme` or `unknown-level` (with the path of the response),
 * `unknown-criterion` in strict mode, `invalid-input` for malformed responses or when no theme
 * at all is assessed.
 *
 * @example
 * ```ts
 * import { assessMaturity, portsmouthRoadmap } from 'social-value';
 *
 * const assessment = assessMaturity(portsmouthRoadmap, {
 *   'council-wide': {
 *     met: ['council-wide.shape.1', 'council-wide.shape.2', 'council-wide.shape.3',
 *       'council-wide.shape.4', 'council-wide.shape.5', 'council-wide.learn.1'],
 *   },
 * });
 * const [theme] = assessment.themes;
 * theme?.level?.name; // => 'Shape, Align, Benchmark and Pilot'
 * theme?.unmetAtNextLevel.length; // => 4
 * assessment.overall.mean.toString(); // => '1'
 * ```
 */
export function assessMaturity(
  model: MaturityModel,
  responses: MaturityResponses,
  options: AssessMaturityOptions = {},
): MaturityAssessment {
  parseInput(maturityModelSchema, model, 'maturity model', ['model']);
  const answers: MaturityResponses = parseInput(
    maturityResponsesSchema,
    responses,
    'maturity responses',
  ) as MaturityResponses;
  const settings = parseInput(assessMaturityOptionsSchema, options, 'options', ['options']);
  const index = indexModel(model);
  for (const themeId of Object.keys(answers)) themeOrThrow(index, themeId, [themeId]);

  const warnings: MaturityWarning[] = [];
  const themes = model.themes.map((theme) =>
    assessTheme(index, theme, answers[theme.id], settings.strict === true, warnings),
  );
  const overall = overallOf(index, themes);
  return deepFreeze({
    kind: 'maturity-assessment',
    model: {
      id: model.id,
      name: model.name,
      ...(model.version === undefined ? {} : { version: model.version }),
    },
    label: settings.label ?? null,
    themes,
    overall,
    warnings,
  });
}

function assessTheme(
  index: ModelIndex,
  theme: MaturityTheme,
  answer: ThemeResponse | string | undefined,
  strict: boolean,
  warnings: MaturityWarning[],
): ThemeAssessment {
  if (answer === undefined) {
    warnings.push({
      code: 'missing-theme',
      theme: theme.id,
      criterion: null,
      message: `${theme.name} is not in the responses: it has no level and is left out of the overall mean.`,
    });
    return {
      theme,
      basis: 'missing',
      level: null,
      declaredLevel: null,
      nonCompliant: false,
      met: [],
      nextLevel: null,
      unmetAtNextLevel: [],
      criteriaAtNextLevel: 0,
      evidence: {},
      note: null,
      reason: `Not assessed: the responses do not cover ${theme.name}.`,
    };
  }
  const response: ThemeResponse = typeof answer === 'string' ? { level: answer } : answer;
  const declared =
    response.level === undefined
      ? null
      : levelOrThrow(
          index,
          response.level,
          typeof answer === 'string' ? [theme.id] : [theme.id, 'level'],
        );
  if (response.met === undefined && declared === null) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid maturity responses: 1 problem.',
      issues: [
        {
          path: formatPath([theme.id]),
          segments: [theme.id],
          message: 'expected `met` (the criteria met) or `level` (a declared level)',
        },
      ],
    });
  }
  const evidence = checkEvidence(index, theme, response.evidence ?? {}, warnings);
  const known = knownMet(index, theme, response.met, strict, warnings);
  const met =
    response.met === undefined && declared !== null
      ? withRestatements(index, theme.id, upTo(index, theme.id, declared))
      : withRestatements(index, theme.id, known);
  const level =
    response.met === undefined && declared !== null ? declared : reached(index, theme.id, met);

  if (response.met !== undefined && declared !== null && declared.id !== level.id) {
    warnings.push({
      code: 'declared-level-contradicted',
      theme: theme.id,
      criterion: null,
      message: `${theme.name} was declared ${declared.name}, but the criteria given reach ${level.name}: the criteria decide.`,
    });
  }
  const nonCompliant = level.id === index.model.rules.nonCompliantLevel;
  if (nonCompliant) {
    warnings.push({
      code: 'non-compliant',
      theme: theme.id,
      criterion: null,
      message: `${theme.name} is at ${level.name}.`,
    });
  }
  const levels = index.model.levels;
  const nextLevel = levels[levels.indexOf(level) + 1] ?? null;
  const nextCriteria = nextLevel === null ? [] : index.criteriaOf(theme.id, nextLevel.id);
  const unmetAtNextLevel = nextCriteria.filter((criterion) => !met.has(criterion.id));
  const metIds = index.model.criteria
    .filter((criterion) => criterion.theme === theme.id && met.has(criterion.id))
    .map((criterion) => criterion.id);
  const basis = response.met === undefined ? 'declared' : 'criteria';
  return {
    theme,
    basis,
    level,
    declaredLevel: declared,
    nonCompliant,
    met: metIds,
    nextLevel,
    unmetAtNextLevel,
    criteriaAtNextLevel: nextCriteria.length,
    evidence,
    note: response.note ?? null,
    reason: reasonFor(index, basis, level, nextLevel, unmetAtNextLevel.length, nextCriteria.length),
  };
}

/** The ids given as met that belong to this theme; others are warned about or thrown. */
function knownMet(
  index: ModelIndex,
  theme: MaturityTheme,
  given: ThemeResponse['met'],
  strict: boolean,
  warnings: MaturityWarning[],
): Set<string> {
  const met = new Set<string>();
  if (given === undefined) return met;
  const entries: [string, boolean, string | number][] = Array.isArray(given)
    ? given.map((id, i): [string, boolean, number] => [id, true, i])
    : Object.entries(given as Readonly<Record<string, boolean>>).map(
        ([id, yes]): [string, boolean, string] => [id, yes, id],
      );
  for (const [id, yes, key] of entries) {
    const criterion = index.criterionById.get(id);
    const problem =
      criterion === undefined
        ? `${JSON.stringify(id)} is not a criterion of ${index.model.name}`
        : criterion.theme !== theme.id
          ? `${JSON.stringify(id)} belongs to the theme "${criterion.theme}", not "${theme.id}"`
          : undefined;
    if (problem !== undefined) {
      if (strict) {
        throw fieldError(
          'unknown-criterion',
          [theme.id, 'met', key],
          'Unknown criterion',
          problem,
          {
            criterion: id,
          },
        );
      }
      warnings.push({
        code: criterion === undefined ? 'unknown-criterion' : 'criterion-of-other-theme',
        theme: theme.id,
        criterion: id,
        message: `Ignored: ${problem}.`,
      });
    } else if (yes) met.add(id);
  }
  return met;
}

function checkEvidence(
  index: ModelIndex,
  theme: MaturityTheme,
  evidence: Readonly<Record<string, string>>,
  warnings: MaturityWarning[],
): Readonly<Record<string, string>> {
  for (const id of Object.keys(evidence)) {
    if (index.criterionById.get(id)?.theme !== theme.id) {
      warnings.push({
        code: 'evidence-for-unknown-criterion',
        theme: theme.id,
        criterion: id,
        message: `Evidence given for ${JSON.stringify(id)}, which is not a criterion of ${theme.name}; kept as given.`,
      });
    }
  }
  return { ...evidence };
}

/** Every criterion of the theme at or below the level (a declared level). */
function upTo(index: ModelIndex, themeId: string, level: MaturityLevel): Set<string> {
  const met = new Set<string>();
  for (const candidate of index.model.levels) {
    if (candidate.rank > level.rank) break;
    for (const criterion of index.criteriaOf(themeId, candidate.id)) met.add(criterion.id);
  }
  return met;
}

/** A criterion and the lower one it restates are met together. Internal. */
export function withRestatements(
  index: ModelIndex,
  themeId: string,
  met: ReadonlySet<string>,
): Set<string> {
  const result = new Set(met);
  for (const criterion of index.model.criteria) {
    if (criterion.theme !== themeId || criterion.restates === undefined) continue;
    if (result.has(criterion.id) || result.has(criterion.restates)) {
      result.add(criterion.id);
      result.add(criterion.restates);
    }
  }
  return result;
}

/** The level a theme reaches with the criteria met, by the model's theme rule. Internal. */
export function reached(
  index: ModelIndex,
  themeId: string,
  met: ReadonlySet<string>,
): MaturityLevel {
  const [lowest, ...higher] = index.model.levels;
  let level = lowest!;
  for (const candidate of higher) {
    const criteria = index.criteriaOf(themeId, candidate.id);
    const allMet = criteria.every((criterion) => met.has(criterion.id));
    if (index.model.rules.theme === 'cumulative') {
      if (!allMet) break;
      level = candidate;
    } else if (allMet && criteria.length > 0) level = candidate;
  }
  return level;
}

function reasonFor(
  index: ModelIndex,
  basis: 'criteria' | 'declared',
  level: MaturityLevel,
  next: MaturityLevel | null,
  unmet: number,
  nextCount: number,
): string {
  const still =
    next === null
      ? ' It is the top level.'
      : ` ${unmet} of the ${nextCount} ${next.name} criteria ${unmet === 1 ? 'is' : 'are'} not yet met.`;
  if (basis === 'declared') return `${level.name}, as declared (no criteria given).${still}`;
  if (index.model.rules.theme === 'independent') {
    return `${level.name}: the highest level whose own criteria are all met.${still}`;
  }
  if (level === index.lowest)
    return `${level.name}: the first level's criteria are not all met.${still}`;
  return `${level.name}: every criterion up to ${level.name} is met.${still}`;
}

function overallOf(index: ModelIndex, themes: readonly ThemeAssessment[]): OverallMaturity {
  const counted = themes.filter((theme) => theme.level !== null);
  const missing = themes.filter((theme) => theme.level === null).map((theme) => theme.theme.id);
  if (counted.length === 0) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid maturity responses: no theme is assessed.',
      issues: [
        {
          path: '',
          segments: [],
          message: `expected a response for at least one theme of ${index.model.name}`,
        },
      ],
    });
  }
  const rankTotal = counted.reduce((total, theme) => total + (theme.level?.rank ?? 0), 0);
  const mean = new Decimal(rankTotal).div(counted.length);
  const rounding = index.model.rules.overall;
  const level = levelForMean(index.model.levels, mean, rounding);
  const left =
    missing.length === 0
      ? ''
      : ` ${missing.length} theme${missing.length === 1 ? ' is' : 's are'} missing and left out: ${missing.join(', ')}.`;
  return {
    level,
    mean,
    rankTotal,
    themesCounted: counted.length,
    themesMissing: missing,
    rounding,
    reason: `Mean rank of ${counted.length} theme${counted.length === 1 ? '' : 's'}: ${rankTotal} / ${counted.length} = ${mean.toString()}; rounded ${rounding === 'down' ? 'down' : 'to the nearest level'}, that is ${level.name} (rank ${level.rank}).${left}`,
  };
}

/** Maps an exact mean of ranks to a level by a named rounding. Internal. */
export function levelForMean(
  levels: readonly MaturityLevel[],
  mean: Decimal,
  rounding: 'down' | 'nearest',
): MaturityLevel {
  let best = levels[0]!;
  for (const level of levels) {
    if (rounding === 'down') {
      if (mean.gte(level.rank)) best = level;
    } else {
      const distance = mean.minus(level.rank).abs();
      if (distance.lte(mean.minus(best.rank).abs())) best = level;
    }
  }
  return best;
}
