import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { reached, upTo, withRestatements } from './assess-maturity.js';
import { levelOrThrow, type ModelIndex, themeOrThrow } from './model-index.js';
import type { MaturityLevel, ThemeAssessment } from './types.js';

type Path = readonly PropertyKey[];

/** `invalid-input` at `path`: what the model gives, what the assessment holds. */
function contradicts(path: Path, expected: string, received: string) {
  return fieldError(
    'invalid-input',
    'Invalid maturity assessment: 1 problem.',
    path,
    `expected ${expected}, received ${received}`,
  );
}

/**
 * Reads one theme of an assessment of this model and edition (a stored one, perhaps edited by
 * hand) against the model itself: a known theme, level and criteria, the level's rank and name
 * as the model has them, the non-compliant flag by the model's rule, and the level its criteria
 * reach (or, declared, the criteria its level meets) as `assessMaturity` works them out.
 * Returns the theme's level (null when missing) and the criteria met. Internal.
 */
export function themeAgainstModel(
  index: ModelIndex,
  theme: ThemeAssessment,
  at: Path,
): { level: MaturityLevel | null; met: ReadonlySet<string> } {
  themeOrThrow(index, theme.theme, [...at, 'theme']);
  theme.met.forEach((id, j) => {
    if (index.criterionById.get(id)?.theme !== theme.theme) {
      throw fieldError(
        'unknown-criterion',
        'Unknown criterion.',
        [...at, 'met', j],
        `${describeValue(id)} is not a criterion of ${describeValue(theme.theme)} in ${index.model.name}`,
        { criterion: id },
      );
    }
  });
  const met = new Set(theme.met);
  if (theme.level === null) return { level: null, met };
  const level = levelOrThrow(index, theme.level, [...at, 'level']);
  const { model } = index;
  if (theme.rank !== level.rank) {
    throw contradicts(
      [...at, 'rank'],
      `${level.rank} (the rank of ${describeValue(level.id)} in ${model.name})`,
      describeValue(theme.rank),
    );
  }
  if (theme.levelName !== level.name) {
    throw contradicts(
      [...at, 'levelName'],
      `${describeValue(level.name)} (the name of ${describeValue(level.id)} in ${model.name})`,
      describeValue(theme.levelName),
    );
  }
  const nonCompliant = level.id === model.rules.nonCompliantLevel;
  if (theme.nonCompliant !== nonCompliant) {
    throw contradicts(
      [...at, 'nonCompliant'],
      `${nonCompliant} (${describeValue(level.id)} is ${nonCompliant ? '' : 'not '}the non-compliant level of ${model.name})`,
      String(theme.nonCompliant),
    );
  }
  let expected: MaturityLevel;
  if (theme.basis === 'declared') {
    const declared =
      theme.declaredLevel === null
        ? null
        : levelOrThrow(index, theme.declaredLevel, [...at, 'declaredLevel']);
    if (declared === null)
      throw contradicts(
        [...at, 'declaredLevel'],
        'the level declared (the basis is "declared")',
        'null',
      );
    const upToDeclared = withRestatements(index, theme.theme, upTo(index, theme.theme, declared));
    const listed = index
      .criteriaOfTheme(theme.theme)
      .filter((criterion) => upToDeclared.has(criterion.id));
    if (listed.length !== met.size || listed.some((criterion) => !met.has(criterion.id))) {
      throw contradicts(
        [...at, 'met'],
        `the ${listed.length} criteria up to the declared level ${describeValue(declared.id)}`,
        `${theme.met.length} criteria that differ`,
      );
    }
    expected = model.rules.themeRule === 'cumulative' ? reached(index, theme.theme, met) : declared;
  } else expected = reached(index, theme.theme, withRestatements(index, theme.theme, met));
  if (expected.id !== level.id) {
    throw contradicts(
      [...at, 'level'],
      `${describeValue(expected.id)} (the level ${theme.basis === 'declared' ? `declared, ${describeValue(theme.declaredLevel)},` : 'its criteria met'} reach${theme.basis === 'declared' ? 'es' : ''} in ${model.name})`,
      describeValue(level.id),
    );
  }
  return { level, met };
}
