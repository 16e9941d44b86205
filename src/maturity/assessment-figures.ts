import { quoteText } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { issueAt } from '../core/issue.js';
import { entryOf } from '../core/map-entry.js';
import { formatPath } from '../core/path.js';
import { changeOf } from './compare-assessments.js';
import { figureCheck, idsAgree } from './figure-check.js';
import {
  assessmentSummary,
  attentionOf,
  comparisonSummary,
  overallReason,
  themeWarningText,
  unmetText,
} from './sentences.js';
import type { MaturityAssessment, MaturityComparison, MaturityWarning } from './types.js';

type Path = readonly PropertyKey[];

// What a stored assessment or comparison must agree with, worked out again from its own
// contents as `assessMaturity` and `compareAssessments` work it out (the totals and means are
// checked in snapshots.ts): each theme's reason naming its level first and ending with what is
// unmet at its next level (its count, the next level's name and its criteria count), the overall
// reasons (which name the level, the figures and the themes missing), the rows' gaps and changes, the
// attention list and the summaries; an assessment's basis as its reason gives it, and in both
// every theme and level with the one name the result gives it (idsAgree). Without the model these
// are the checks its contents allow;
// `planActions`, which has the model, checks each theme against it too. Internal.

const OWN = 'from its own figures';

/**
 * `ids.indexOf(id, from)` for a `from` that never decreases from one call to the next: each id's
 * positions are listed once and read past once, so a stored assessment whose warnings are out of
 * the themes' order costs time in proportion to its size (a search of every theme per warning
 * took 23 s for 100,000 themes and warnings).
 */
function positionsOf(ids: readonly string[]): (id: string, from: number) => number {
  const positions = new Map<string, number[]>();
  ids.forEach((id, i) => {
    entryOf(positions, id, () => []).push(i);
  });
  const read = new Map<string, number>();
  return (id, from) => {
    const list = positions.get(id) ?? [];
    let at = read.get(id) ?? 0;
    while (at < list.length && list[at]! < from) at += 1;
    read.set(id, at);
    return list[at] ?? -1;
  };
}

/** True when a theme's criteria reached a level other than the one declared. */
function contradicted(theme: MaturityAssessment['themes'][number]): boolean {
  return (
    theme.basis === 'criteria' &&
    theme.declaredLevel !== null &&
    theme.declaredLevel !== theme.level
  );
}

/** The figures of a stored assessment that contradict its own contents, each at its path. */
export function assessmentFigureIssues(
  assessment: MaturityAssessment,
  path: Path,
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const check = figureCheck(issues, path);
  const { overall, warnings } = assessment;
  // One name for each theme and level throughout (the ranks are checked by the total and the
  // reasons), and the basis its reason gives.
  const themes = idsAgree(check);
  const level = idsAgree(check);
  level(['overall'], 'level', 'levelName', overall);
  // The themes a warning calls non-compliant, gathered once (not searched for each theme).
  const nonCompliant = new Set<string>();
  for (const w of warnings) if (w.code === 'non-compliant') nonCompliant.add(w.theme);
  assessment.themes.forEach((theme, i) => {
    const { levelName, reason, nextLevelName: next, unmetAtNextLevel: unmet } = theme;
    const at = ['themes', i];
    themes(at, 'theme', 'themeName', theme);
    level(at, 'level', 'levelName', theme);
    level(at, 'nextLevel', 'nextLevelName', theme);
    // Flagged non-compliant exactly when a warning says so; its unmet criteria its theme's at
    // its next level.
    check([...at, 'nonCompliant'], nonCompliant.has(theme.theme), theme.nonCompliant, OWN);
    unmet.forEach((criterion, j) => {
      check([...at, 'unmetAtNextLevel', j, 'theme'], theme.theme, criterion.theme, OWN);
      check([...at, 'unmetAtNextLevel', j, 'level'], theme.nextLevel, criterion.level, OWN);
    });
    // No next level (a missing theme, the top level) and nothing unmet: no criteria there.
    if (next === null && unmet.length === 0)
      check([...at, 'criteriaAtNextLevel'], 0, theme.criteriaAtNextLevel, OWN);
    if (levelName === null) return;
    const name = idText(levelName);
    // Its reason names its level first and ends with what is unmet at its next level, as its
    // own fields give them.
    const count = theme.criteriaAtNextLevel;
    const top = !reason.endsWith(unmetText(null, 0, 0, false));
    const still = unmetText(next, unmet.length, count, top);
    if (!(reason.startsWith(name) && /^[:,]/.test(reason.slice(name.length)))) {
      check(['themes', i, 'reason'], `${name}: …`, reason, 'naming its level first');
    } else if (!reason.endsWith(still)) check(['themes', i, 'reason'], `…${still}`, reason, OWN);
    // Declared or from criteria, as its reason says.
    else
      check(
        [...at, 'basis'],
        reason.includes('(no criteria given)') ? 'declared' : 'criteria',
        theme.basis,
        OWN,
      );
  });
  themes.done();
  level.done();
  // Each warning about a theme, in the order of the themes, and a warning; a missing theme's
  // only warning and a non-compliant warning as `assessMaturity` writes them (the others' code,
  // message, criterion and path are taken as stored).
  const ids = assessment.themes.map((theme) => theme.theme);
  const positionFrom = positionsOf(ids);
  let last = 0;
  const warned = new Set<string>();
  const before = issues.length;
  warnings.forEach((warning, k) => {
    const { code, theme: id } = warning;
    const i = positionFrom(id, last);
    const theme = assessment.themes[i];
    last = i < 0 ? last : i;
    const fixed =
      theme?.basis === 'missing' || code === 'non-compliant' || code === 'missing-theme';
    const expected: Record<string, unknown> = {
      theme: ids[last],
      severity: 'warning',
      ...(theme &&
        fixed && {
          code: theme.basis === 'missing' ? 'missing-theme' : code,
          message: themeWarningText(theme.themeName, theme.levelName),
          criterion: null,
          path: formatPath(['responses', id]),
        }),
    };
    for (const key in expected)
      check(['warnings', k, key], expected[key], warning[key as keyof MaturityWarning], OWN);
    warned.add(`${code} ${id}`);
  });
  // The warnings a theme's own fields call for, once the warnings given agree with the themes
  // (a warning refused above is not also refused as one left out): a missing theme's, and a
  // contradicted level's.
  for (const theme of issues.length > before ? [] : assessment.themes) {
    const due =
      theme.basis === 'missing'
        ? 'missing-theme'
        : contradicted(theme)
          ? 'declared-level-contradicted'
          : undefined;
    if (due !== undefined && !warned.has(`${due} ${theme.theme}`)) {
      issues.push(
        issueAt(
          [...path, 'warnings'],
          `expected a ${due} warning about ${quoteText(theme.theme)} (${OWN}), received none`,
        ),
      );
    }
  }
  check(['overall', 'reason'], overallReason(overall), overall.reason, OWN);
  check(['summary'], assessmentSummary(overall), assessment.summary, OWN);
  return issues;
}

/** The figures of a stored comparison that contradict its own contents, each at its path. */
export function comparisonFigureIssues(
  comparison: MaturityComparison,
  path: Path,
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const check = figureCheck(issues, path);
  const { overall } = comparison;
  const rankOf = new Map<string | null, number>(
    [overall.present, overall.target].map((result) => [result.level, result.rank]),
  );
  // One name for each theme and level throughout.
  const theme = idsAgree(check);
  const level = idsAgree(check);
  for (const side of ['present', 'target'] as const) {
    level(['overall', side], 'level', 'levelName', overall[side]);
  }
  comparison.themes.forEach((row, i) => {
    const { presentLevel, targetLevel, gap, change } = row;
    theme(['themes', i], 'theme', 'themeName', row);
    level(['themes', i], 'presentLevel', 'presentLevelName', row);
    level(['themes', i], 'targetLevel', 'targetLevelName', row);
    // Known when both levels are; its size when the overall results show their ranks.
    const from = rankOf.get(presentLevel);
    const to = rankOf.get(targetLevel);
    check(
      ['themes', i, 'gap'],
      presentLevel === null || targetLevel === null
        ? null
        : from === undefined || to === undefined
          ? gap
          : to - from,
      gap,
      OWN,
    );
    check(['themes', i, 'change'], changeOf(gap), change, OWN);
  });
  theme.done();
  level.done();
  for (const side of ['present', 'target'] as const) {
    check(['overall', side, 'reason'], overallReason(overall[side]), overall[side].reason, OWN);
  }
  check(['attention'], attentionOf(comparison.themes), comparison.attention, OWN);
  check(['summary'], comparisonSummary(comparison), comparison.summary, OWN);
  return issues;
}
