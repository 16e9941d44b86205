import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { formatPath } from '../core/path.js';
import { emptyRecord, ownValue } from '../core/record.js';
import { parseInput } from '../core/zod-error.js';
import { criterionHints } from './criterion-hints.js';
import { leanAnswer, leanRecord } from './lean-input.js';
import { checkThemes, indexModel, levelOrThrow, type ModelIndex } from './model-index.js';
import { modelAt } from './read-result.js';
import { assessMaturityOptionsSchema, maturityResponsesSchema } from './schemas.js';
import { assessmentSummary, overallReason, themeWarningText, unmetText } from './sentences.js';
import type {
  AssessMaturityOptions,
  AssessmentBasis,
  MaturityAssessment,
  MaturityLevel,
  MaturityModel,
  MaturityModelInput,
  MaturityModelRef,
  MaturityResponses,
  MaturityTheme,
  MaturityWarning,
  MaturityWarningCode,
  OverallMaturity,
  OverallRounding,
  ThemeAssessment,
  ThemeResponse,
} from './types.js';

type Path = readonly PropertyKey[];
type Answer = ThemeResponse | string;
type CriterionHints = ReturnType<typeof criterionHints>;

/**
 * Assesses an organisation against a maturity model, theme by theme, as the SVMI workbook does.
 *
 * For each theme the responses give the criteria met (ids, or a yes/no per criterion id) or a
 * declared level, or both. From criteria, the theme gets the highest level whose criteria (and,
 * under the model's default cumulative rule, those of every lower level) are all met; when a
 * level is also declared and the criteria contradict it, the criteria decide and a warning says
 * so. From a declared level alone, every criterion up to that level counts as met. A criterion
 * that restates a lower one is met with it, unless the theme has no criterion of its own at its
 * level: then it must be met in its own right, so the lower criteria never lift a theme to a
 * level that only restates them. A level with no criteria for a theme is met with the level
 * below it under the cumulative rule (a theme declared at that level below reaches it too) and
 * never reached from criteria under the independent rule (a declared level stands as
 * declared); either way it is never the theme's `nextLevel`, which is the first level above
 * with criteria.
 *
 * Overall, the ranks of the themes assessed are averaged (34 significant digits) and the mean
 * mapped to a level by the model's rounding (`down` by default: 2.4 is Mature). A theme left out
 * of the responses is reported as missing (level null, a `missing-theme` warning) and left out
 * of the mean, never counted at some default level. Every key of `responses` is a theme id,
 * `__proto__` and `constructor` included.
 *
 * @param model - A model from {@link defineMaturityModel}, a preset (`svmiPublicSector`…), its
 * JSON snapshot, or a model input (checked as `defineMaturityModel` checks it).
 * @param responses - For each theme id, a {@link ThemeResponse} or a level id.
 * @param options - A label for the assessment (`null` for none, as the assessment writes it);
 * `strict` to throw on unknown criterion ids.
 * @returns The frozen {@link MaturityAssessment} (`kind: 'maturity-assessment'`): per theme the
 * level, criteria met, what is unmet at the next level, evidence and reason; the overall level
 * with its mean; warnings; a summary.
 * @throws SocialValueError `unknown-theme` or `unknown-level` at the path of the response
 * (`responses["measurement-toms"].level`; every unknown theme in one error, an issue each), `unknown-criterion` in strict mode, `invalid-input`
 * for a model that is not one, malformed responses or options, or when no theme is assessed.
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
 * theme?.levelName; // => 'Shape, Align, Benchmark and Pilot'
 * theme?.unmetAtNextLevel.length; // => 4
 * assessment.overall.mean.toString(); // => '1'
 * assessment.summary; // => 'Shape, Align, Benchmark and Pilot overall: the mean rank of 1 theme is 1.'
 * ```
 */
export function assessMaturity(
  model: MaturityModel | MaturityModelInput,
  responses: MaturityResponses,
  options?: AssessMaturityOptions,
): MaturityAssessment {
  const checked = modelAt(model, ['model']);
  const answers: Readonly<Record<string, Answer>> =
    leanRecord(responses, leanAnswer) ??
    parseInput(maturityResponsesSchema, responses, 'maturity responses', ['responses']);
  const settings = parseInput(assessMaturityOptionsSchema, options, 'options', ['options']) ?? {};
  const index = indexModel(checked);
  checkThemes(index, Object.keys(answers), ['responses']);

  const warnings: MaturityWarning[] = [];
  const hints = criterionHints(index);
  const themes = checked.themes.map((theme) =>
    assessTheme(
      index,
      theme,
      ownValue(answers, theme.id),
      settings.strict === true,
      warnings,
      hints,
    ),
  );
  const overall = overallOf(index, themes);
  const assessment: MaturityAssessment = {
    kind: 'maturity-assessment',
    schemaVersion: 1,
    model: modelRef(checked),
    label: settings.label ?? null,
    themes,
    overall,
    warnings,
    summary: assessmentSummary(overall),
  };
  return seal(assessment, 'maturity-assessment');
}

/** The reference to a model that results carry. Internal. */
export function modelRef(model: MaturityModelRef): MaturityModelRef {
  return {
    id: model.id,
    name: model.name,
    ...(model.version === undefined ? {} : { version: model.version }),
  };
}

function warning(
  code: MaturityWarningCode,
  message: string,
  theme: string,
  criterion: string | null,
  path: Path,
): MaturityWarning {
  return { code, severity: 'warning', message, theme, criterion, path: formatPath(path) };
}

function assessTheme(
  index: ModelIndex,
  theme: MaturityTheme,
  answer: Answer | undefined,
  strict: boolean,
  warnings: MaturityWarning[],
  hints: CriterionHints,
): ThemeAssessment {
  const at: Path = ['responses', theme.id];
  if (answer === undefined) {
    warnings.push(warning('missing-theme', themeWarningText(theme.name, null), theme.id, null, at));
    return {
      theme: theme.id,
      themeName: theme.name,
      basis: 'missing',
      level: null,
      levelName: null,
      rank: null,
      declaredLevel: null,
      nonCompliant: false,
      met: [],
      nextLevel: null,
      nextLevelName: null,
      unmetAtNextLevel: [],
      criteriaAtNextLevel: 0,
      evidence: emptyRecord(),
      note: null,
      reason: `Not assessed: the responses do not cover ${idText(theme.name)}.`,
    };
  }
  const response: ThemeResponse = typeof answer === 'string' ? { level: answer } : answer;
  const declared =
    response.level == null
      ? null
      : levelOrThrow(index, response.level, typeof answer === 'string' ? at : [...at, 'level']);
  if (response.met === undefined && declared === null) {
    throw fieldError(
      'invalid-input',
      'Invalid maturity responses: 1 problem.',
      at,
      'expected `met` (the criteria met) or `level` (a declared level)',
    );
  }
  const evidence = checkEvidence(index, theme, response.evidence, at, warnings);
  const fromCriteria = response.met !== undefined;
  const met = fromCriteria
    ? withRestatements(
        index,
        theme.id,
        knownMet(index, theme, response.met, at, strict, warnings, hints),
      )
    : withRestatements(index, theme.id, upTo(index, theme.id, declared!));
  // A declared level counts its criteria and those below as met; under the cumulative rule the
  // levels above it with no criteria for the theme are reached too.
  const level =
    fromCriteria || index.model.rules.themeRule === 'cumulative'
      ? reached(index, theme.id, met)
      : declared!;

  if (fromCriteria && declared !== null && declared.id !== level.id) {
    warnings.push(
      warning(
        'declared-level-contradicted',
        `${idText(theme.name)} was declared ${idText(declared.name)}, but the criteria given reach ${idText(level.name)}: the criteria decide.`,
        theme.id,
        null,
        [...at, 'level'],
      ),
    );
  }
  const nonCompliant = level.id === index.model.rules.nonCompliantLevel;
  if (nonCompliant) {
    warnings.push(
      warning('non-compliant', themeWarningText(theme.name, level.name), theme.id, null, at),
    );
  }
  const next = nextLevel(index, theme.id, level);
  const nextCriteria = next === null ? [] : index.criteriaOf(theme.id, next.id);
  const unmet = nextCriteria.filter((criterion) => !met.has(criterion.id));
  const basis: AssessmentBasis = fromCriteria ? 'criteria' : 'declared';
  // The fields in the same order as a missing theme's above (the JSON snapshot's).
  return {
    theme: theme.id,
    themeName: theme.name,
    basis,
    level: level.id,
    levelName: level.name,
    rank: level.rank,
    declaredLevel: declared?.id ?? null,
    nonCompliant,
    met: index
      .criteriaOfTheme(theme.id)
      .filter((criterion) => met.has(criterion.id))
      .map((criterion) => criterion.id),
    nextLevel: next?.id ?? null,
    nextLevelName: next?.name ?? null,
    unmetAtNextLevel: unmet,
    criteriaAtNextLevel: nextCriteria.length,
    evidence,
    note: response.note ?? null,
    reason: reasonFor(index, basis, level, next, unmet.length, nextCriteria.length, declared),
  };
}

/** The ids given as met that belong to this theme; others are warned about or thrown. */
function knownMet(
  index: ModelIndex,
  theme: MaturityTheme,
  given: ThemeResponse['met'],
  at: Path,
  strict: boolean,
  warnings: MaturityWarning[],
  hints: CriterionHints,
): Set<string> {
  const met = new Set<string>();
  const entries: [id: string, yes: boolean, key: string | number][] = Array.isArray(given)
    ? (given as readonly string[]).map((id, i) => [id, true, i])
    : Object.keys(given ?? {}).map((id) => [id, (given as Record<string, boolean>)[id]!, id]);
  for (const [id, yes, key] of entries) {
    const criterion = index.criterionById.get(id);
    if (criterion !== undefined && criterion.theme === theme.id) {
      if (yes) met.add(id);
      continue;
    }
    const path = [...at, 'met', key];
    const problem =
      criterion === undefined
        ? `${describeValue(id)} is not a criterion of ${idText(index.model.name)}`
        : `${describeValue(id)} belongs to the theme ${describeValue(criterion.theme)}, not ${describeValue(theme.id)}`;
    // Compared with every level and criterion of the theme for the first unknown ids of the
    // responses only, so that thousands of them stay linear.
    const { suggestions, hint } =
      criterion === undefined ? hints(theme, id, strict) : { suggestions: [], hint: '' };
    if (strict) {
      throw fieldError('unknown-criterion', 'Unknown criterion.', path, problem + hint, {
        criterion: id,
        suggestions,
      });
    }
    warnings.push(
      warning(
        criterion === undefined ? 'unknown-criterion' : 'criterion-of-other-theme',
        `Ignored: ${problem}${hint}.`,
        theme.id,
        id,
        path,
      ),
    );
  }
  return met;
}

function checkEvidence(
  index: ModelIndex,
  theme: MaturityTheme,
  evidence: Readonly<Record<string, string>> | undefined,
  at: Path,
  warnings: MaturityWarning[],
): Readonly<Record<string, string>> {
  const kept = emptyRecord<string>();
  if (evidence === undefined) return kept;
  for (const id of Object.keys(evidence)) {
    kept[id] = evidence[id]!;
    if (index.criterionById.get(id)?.theme !== theme.id) {
      warnings.push(
        warning(
          'evidence-for-unknown-criterion',
          `Evidence given for ${describeValue(id)}, which is not a criterion of ${idText(theme.name)}; kept as given.`,
          theme.id,
          id,
          [...at, 'evidence', id],
        ),
      );
    }
  }
  return kept;
}

/** Every criterion of the theme at or below the level (a declared level). Internal. */
export function upTo(index: ModelIndex, themeId: string, level: MaturityLevel): Set<string> {
  const met = new Set<string>();
  for (const criterion of index.criteriaOfTheme(themeId)) {
    if (index.levelById.get(criterion.level)!.rank <= level.rank) met.add(criterion.id);
  }
  return met;
}

/**
 * A criterion and the lower one it restates are met together, except at a level where the
 * theme has no criterion of its own: there a restatement is met only in its own right, so the
 * lower criteria alone never lift a theme to that level. Internal.
 */
export function withRestatements(
  index: ModelIndex,
  themeId: string,
  met: ReadonlySet<string>,
): Set<string> {
  const result = new Set(met);
  const criteria = index.criteriaOfTheme(themeId);
  // First the criteria restated by one met, then every restatement of a criterion met: in two
  // passes, so the outcome never depends on the order of the criteria (a restated criterion
  // restates none, so two passes reach every one).
  for (const criterion of criteria) {
    if (criterion.restates !== undefined && met.has(criterion.id)) result.add(criterion.restates);
  }
  for (const criterion of criteria) {
    if (
      criterion.restates !== undefined &&
      result.has(criterion.restates) &&
      !index.ownRight.has(criterion.id)
    ) {
      result.add(criterion.id);
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
    if (index.model.rules.themeRule === 'cumulative') {
      if (!allMet) break;
      level = candidate;
    } else if (allMet && criteria.length > 0) level = candidate;
  }
  return level;
}

/**
 * The first level above `level` with criteria for the theme, or null: a level without any is
 * met with the one below (cumulative) or is never reached (independent), so it is never the
 * next level to work towards.
 */
function nextLevel(index: ModelIndex, themeId: string, level: MaturityLevel): MaturityLevel | null {
  let above = index.levelAbove(level);
  while (above !== null && index.criteriaOf(themeId, above.id).length === 0) {
    above = index.levelAbove(above);
  }
  return above;
}

function reasonFor(
  index: ModelIndex,
  basis: 'criteria' | 'declared',
  level: MaturityLevel,
  next: MaturityLevel | null,
  unmet: number,
  nextCount: number,
  declared: MaturityLevel | null,
): string {
  const still = unmetText(next?.name ?? null, unmet, nextCount, index.levelAbove(level) === null);
  if (basis === 'declared') {
    if (declared !== null && declared.id !== level.id) {
      return `${idText(level.name)}: declared ${idText(declared.name)} (no criteria given), which meets every criterion up to ${idText(level.name)}.${still}`;
    }
    return `${idText(level.name)}, as declared (no criteria given).${still}`;
  }
  if (index.model.rules.themeRule === 'independent') {
    return `${idText(level.name)}: the highest level whose own criteria are all met.${still}`;
  }
  if (level === index.lowest) {
    return `${idText(level.name)}: the first level's criteria are not all met.${still}`;
  }
  return `${idText(level.name)}: every criterion up to ${idText(level.name)} is met.${still}`;
}

function overallOf(index: ModelIndex, themes: readonly ThemeAssessment[]): OverallMaturity {
  let rankTotal = 0;
  let assessed = 0;
  const missing: string[] = [];
  for (const theme of themes) {
    if (theme.rank === null) missing.push(theme.theme);
    else {
      rankTotal += theme.rank;
      assessed += 1;
    }
  }
  if (assessed === 0) {
    throw fieldError(
      'invalid-input',
      'Invalid maturity responses: no theme is assessed.',
      ['responses'],
      `expected a response for at least one theme of ${idText(index.model.name)}`,
    );
  }
  const mean = divide(new Decimal(rankTotal), assessed);
  const rounding = index.model.rules.overallRounding;
  const level = levelForMean(index.model.levels, mean, rounding);
  const overall = {
    level: level.id,
    levelName: level.name,
    rank: level.rank,
    mean,
    rankTotal,
    themesCounted: assessed,
    themesMissing: missing,
    rounding,
  };
  return { ...overall, reason: overallReason(overall) };
}

/** Maps a mean of ranks to a level by a named rounding. Internal. */
export function levelForMean(
  levels: readonly MaturityLevel[],
  mean: Decimal,
  rounding: OverallRounding,
): MaturityLevel {
  let best = levels[0]!;
  for (const level of levels) {
    if (rounding === 'down') {
      if (mean.gte(level.rank)) best = level;
    } else if (mean.minus(level.rank).abs().lte(mean.minus(best.rank).abs())) best = level;
  }
  return best;
}
