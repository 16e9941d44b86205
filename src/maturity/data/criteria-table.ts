import type { MaturityCriterionInput } from '../types.js';

/** A criterion as the data tables write it: its theme, level and id come from where it stands. */
export type CriterionText = Omit<MaturityCriterionInput, 'id' | 'theme' | 'level'>;

/**
 * The criteria of a shipped model written as a table, theme by theme and level by level in the
 * source's order, as the list the model's input holds: each criterion with its theme, its level
 * and the id `${theme}.${level}.${n}`, n counting the criteria of that cell from 1. Internal:
 * the data files use it so that no id, theme or level is written twice.
 */
export function criteriaByThemeAndLevel(
  table: Readonly<Record<string, Readonly<Record<string, readonly CriterionText[]>>>>,
): MaturityCriterionInput[] {
  return Object.entries(table).flatMap(([theme, levels]) =>
    Object.entries(levels).flatMap(([level, criteria]) =>
      criteria.map((criterion, i) => ({
        id: `${theme}.${level}.${i + 1}`,
        theme,
        level,
        ...criterion,
      })),
    ),
  );
}
