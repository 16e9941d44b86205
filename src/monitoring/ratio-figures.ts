import type { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { issueAt } from '../core/issue.js';
import { localMultiplierIssues } from '../core/local-multiplier.js';
import { type Breakeven, breakevenOf } from './breakeven-period.js';
import { dayNumber } from './calendar.js';
import { type FinancialYear, financialYearOfDay } from './financial-year.js';
import { type SroiResult, sroiOf } from './sroi-ratio.js';
import { type ValueForCostResult, valueForCostOf } from './value-for-cost-ratio.js';

// The small results of this area, checked as the reports are: each stored figure must be what
// the function that wrote it gives again from the inputs the result stores. Internal.

type Path = readonly PropertyKey[];

/**
 * The checker of a kind: `again` works the result out from what it stores (`undefined` when a
 * divisor it stores is not above 0, with the issue added); every key it gives must agree.
 */
function agreeing<T extends object>(
  again: (live: T, issues: SocialValueIssue[], path: Path) => Partial<T> | undefined,
) {
  return (live: T, path: Path): SocialValueIssue[] => {
    const issues: SocialValueIssue[] = [];
    const expected: Partial<T> = again(live, issues, path) ?? {};
    for (const key of Object.keys(expected) as (keyof T)[]) {
      figureIssues(issues, [...path, key], expected[key], live[key]);
    }
    return issues;
  };
}

/** True for a divisor above 0; otherwise adds the issue at `key`. */
function above0(issues: SocialValueIssue[], path: Path, key: string, value: Decimal): boolean {
  if (value.gt(0)) return true;
  issues.push(issueAt([...path, key], `expected a figure above 0, received "${value}"`));
  return false;
}

/** Checks of the stored figures of the small kinds, by kind. Internal. */
export const ratioIssues = {
  sroi: /* @__PURE__ */ agreeing<SroiResult>((live, issues, path) =>
    above0(issues, path, 'investment', live.investment)
      ? sroiOf(live.value, live.investment)
      : undefined,
  ),
  'value-for-cost': /* @__PURE__ */ agreeing<ValueForCostResult>((live, issues, path) =>
    above0(issues, path, 'costs', live.costs)
      ? valueForCostOf(live.benefits, live.costs)
      : undefined,
  ),
  'local-multiplier': localMultiplierIssues,
  // Each period's benefit is what its cumulative figure adds to the one before.
  breakeven: /* @__PURE__ */ agreeing<Breakeven>((live, issues, path) =>
    above0(issues, path, 'cost', live.cost)
      ? breakevenOf(
          live.cost,
          live.cumulative.map((sum, index) =>
            index === 0 ? sum : sum.minus(live.cumulative[index - 1]!),
          ),
          live.period,
          live.reason,
        )
      : undefined,
  ),
  // The year that starts on its first day, in that day's month.
  'financial-year': /* @__PURE__ */ agreeing<FinancialYear>(({ start }, issues, path) => {
    if (!/^\d{4}-/.test(start)) {
      issues.push(
        issueAt([...path, 'start'], `expected a day of years 0000 to 9999, received "${start}"`),
      );
      return undefined;
    }
    const year = financialYearOfDay(dayNumber(start), Number(start.slice(5, 7)));
    return { label: year.label, startYear: year.startYear, start: year.start, end: year.end };
  }),
};
