import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { formatPath } from '../core/path.js';
import { assessmentSummary } from './sentences.js';
import type { MaturityAssessment, OverallMaturity } from './types.js';

type Path = readonly PropertyKey[];

// What a stored assessment must agree with, beyond its totals (checked in snapshots.ts): each
// theme once, a level's id naming one rank and name throughout, the next level's unmet criteria
// belonging to it, the missing themes listed, an overall level the mean can round to, and the
// summary. Without the model these are the checks its own contents allow; `planActions`, which
// has the model, checks each theme's level against it too.

/**
 * Records the rank and name of each level id seen, and the level of each rank, and reports a
 * level seen again with another name or rank, or a rank seen again under another level.
 */
function levelRegister(issues: SocialValueIssue[]) {
  const seen = new Map<string, { rank: number | null; name: string; at: string }>();
  const levelOfRank = new Map<number, { id: string; at: string }>();
  return (id: string, rank: number | null, name: string, at: Path, nameKey: string) => {
    const first = seen.get(id);
    const other = rank === null ? undefined : levelOfRank.get(rank);
    if (
      first !== undefined &&
      (first.name !== name || (rank !== null && first.rank !== null && first.rank !== rank))
    ) {
      const key = first.name !== name ? nameKey : 'rank';
      issues.push(
        issueAt(
          [...at, key],
          `expected level ${describeValue(id)} to be ${describeValue(first.name)}${first.rank === null ? '' : ` (rank ${first.rank})`} as at ${first.at}, received ${describeValue(name)}${rank === null ? '' : ` (rank ${rank})`}`,
        ),
      );
      return;
    }
    if (other !== undefined && other.id !== id) {
      issues.push(
        issueAt(
          [...at, 'rank'],
          `expected a rank of its own for level ${describeValue(id)}, received ${rank}, the rank of level ${describeValue(other.id)} at ${other.at}`,
        ),
      );
      return;
    }
    if (first === undefined) seen.set(id, { rank, name, at: formatPath(at) });
    if (rank !== null) {
      levelOfRank.set(rank, { id, at: formatPath(at) });
      seen.get(id)!.rank = rank;
    }
  };
}

/**
 * True when `overall.rank` is a level the mean rounds to among the theme ranks seen: rounding
 * down, no rank seen lies above it and at or below the mean; to the nearest, none is closer
 * (a tie goes to the higher).
 */
function roundsTo(overall: OverallMaturity, ranks: readonly number[]): boolean {
  const { mean, rank } = overall;
  if (overall.rounding === 'down') {
    return mean.gte(rank) && ranks.every((seen) => seen <= rank || mean.lt(seen));
  }
  const distance = mean.minus(rank).abs();
  return ranks.every((seen) => {
    const other = mean.minus(seen).abs();
    return other.gt(distance) || (other.eq(distance) && seen <= rank);
  });
}

/** The figures of a stored assessment that contradict its contents, each at its path. Internal. */
export function assessmentFigureIssues(
  assessment: MaturityAssessment,
  path: Path,
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const level = levelRegister(issues);
  const themeIds = new Set<string>();
  const missing: string[] = [];
  const ranks: number[] = [];
  assessment.themes.forEach((theme, i) => {
    const at = [...path, 'themes', i];
    if (themeIds.has(theme.theme)) {
      issues.push(
        issueAt(
          [...at, 'theme'],
          `duplicate theme ${describeValue(theme.theme)}: expected one entry per theme`,
        ),
      );
    }
    themeIds.add(theme.theme);
    if (theme.level === null) {
      missing.push(theme.theme);
      if (theme.levelName !== null) {
        issues.push(
          issueAt(
            [...at, 'levelName'],
            `expected null (the theme has no level), received ${describeValue(theme.levelName)}`,
          ),
        );
      }
    } else {
      ranks.push(theme.rank ?? 0);
      if (theme.levelName === null) {
        issues.push(
          issueAt(
            [...at, 'levelName'],
            `expected the name of level ${describeValue(theme.level)}, received null`,
          ),
        );
      } else level(theme.level, theme.rank, theme.levelName, at, 'levelName');
    }
    if (theme.nonCompliant && theme.level === null) {
      issues.push(
        issueAt([...at, 'nonCompliant'], 'expected false for a theme not assessed, received true'),
      );
    }
    if ((theme.nextLevel === null) !== (theme.nextLevelName === null)) {
      issues.push(
        issueAt(
          [...at, 'nextLevelName'],
          `expected a name exactly when there is a next level (${describeValue(theme.nextLevel)}), received ${describeValue(theme.nextLevelName)}`,
        ),
      );
    } else if (theme.nextLevel !== null)
      level(theme.nextLevel, null, theme.nextLevelName!, at, 'nextLevelName');
    const atNext = theme.nextLevel === null ? 0 : theme.criteriaAtNextLevel;
    if (theme.criteriaAtNextLevel !== atNext || theme.unmetAtNextLevel.length > atNext) {
      issues.push(
        issueAt(
          [...at, 'criteriaAtNextLevel'],
          `expected ${theme.nextLevel === null ? '0 (there is no next level)' : `at least the ${theme.unmetAtNextLevel.length} criteria unmet at the next level`}, received ${theme.criteriaAtNextLevel}`,
        ),
      );
    }
    theme.unmetAtNextLevel.forEach((criterion, j) => {
      if (criterion.theme !== theme.theme || criterion.level !== theme.nextLevel) {
        issues.push(
          issueAt(
            [...at, 'unmetAtNextLevel', j],
            `expected a criterion of theme ${describeValue(theme.theme)} at the next level ${describeValue(theme.nextLevel)}, received ${describeValue(criterion.id)} (theme ${describeValue(criterion.theme)}, level ${describeValue(criterion.level)})`,
          ),
        );
      }
    });
    const met = new Set<string>();
    theme.met.forEach((id, j) => {
      if (met.has(id))
        issues.push(
          issueAt(
            [...at, 'met', j],
            `duplicate criterion ${describeValue(id)}: expected each criterion met once`,
          ),
        );
      met.add(id);
    });
  });
  const { overall } = assessment;
  if (JSON.stringify(overall.themesMissing) !== JSON.stringify(missing)) {
    issues.push(
      issueAt(
        [...path, 'overall', 'themesMissing'],
        `expected the themes not assessed, in order (${missing.map((id) => describeValue(id)).join(', ') || 'none'}), received ${overall.themesMissing.map((id) => describeValue(id)).join(', ') || 'none'}`,
      ),
    );
  }
  level(overall.level, overall.rank, overall.levelName, [...path, 'overall'], 'levelName');
  if (!roundsTo(overall, ranks)) {
    issues.push(
      issueAt(
        [...path, 'overall', 'rank'],
        `expected the rank of the level the mean ${overall.mean.toString()} rounds ${overall.rounding === 'down' ? 'down' : 'to the nearest'} to among the levels of its themes, received ${overall.rank}`,
      ),
    );
  }
  const summary = assessmentSummary(overall);
  if (assessment.summary !== summary) {
    issues.push(
      issueAt(
        [...path, 'summary'],
        `expected ${describeValue(summary)} (written from its overall result), received ${describeValue(assessment.summary)}`,
      ),
    );
  }
  return issues;
}
