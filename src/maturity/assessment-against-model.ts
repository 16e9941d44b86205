import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { fieldError, issuesError } from '../core/issue.js';
import { reached, upTo, withRestatements } from './assess-maturity.js';
import { figureCheck } from './figure-check.js';
import { levelOrThrow, type ModelIndex, themeOrThrow } from './model-index.js';
import type { MaturityLevel, ThemeAssessment } from './types.js';

type Path = readonly PropertyKey[];

/**
 * Reads one theme of an assessment of this model and edition (a stored one, perhaps edited by
 * hand) against the model itself: a known theme, level and criteria, the level's rank and name
 * as the model has them, the non-compliant flag by the model's rule, and the level its criteria
 * reach (or, declared, the criteria its level meets) as `assessMaturity` works them out; else
 * `invalid-input` at the field. Returns the theme's level (null when missing) and the criteria
 * met. Internal.
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
  const issues: SocialValueIssue[] = [];
  const check = figureCheck(issues, at);
  const ofModel = `in ${idText(model.name)}`;
  check(['rank'], level.rank, theme.rank, ofModel);
  check(['levelName'], level.name, theme.levelName, ofModel);
  check(['nonCompliant'], level.id === model.rules.nonCompliantLevel, theme.nonCompliant, ofModel);
  let expected = reached(index, theme.theme, withRestatements(index, theme.theme, met));
  if (theme.basis === 'declared') {
    const declared = levelOrThrow(index, theme.declaredLevel ?? '', [...at, 'declaredLevel']);
    const upToDeclared = withRestatements(index, theme.theme, upTo(index, theme.theme, declared));
    check(
      ['met'],
      index
        .criteriaOfTheme(theme.theme)
        .filter((criterion) => upToDeclared.has(criterion.id))
        .map((criterion) => criterion.id),
      theme.met,
      `the criteria up to the level declared, ${ofModel}`,
    );
    if (model.rules.themeRule === 'independent') expected = declared;
  }
  check(['level'], expected.id, level.id, `the level its answers reach ${ofModel}`);
  if (issues.length > 0) throw issuesError('maturity assessment', issues);
  return { level, met };
}
