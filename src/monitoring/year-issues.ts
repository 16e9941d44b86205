import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { dayNumber } from './calendar.js';
import { financialYearOfDay, type YearSpan } from './financial-year.js';
import type { FinancialYearFigures } from './types.js';

/** A day a stored result's years are measured from, with what it is: `the contract's start`. */
export interface YearBound {
  readonly date: string;
  readonly what: string;
}

/**
 * Adds the issues of a stored result's financial years (`byFinancialYear` at `path`): the
 * writer gives consecutive years starting in `startMonth`, each labelled and dated as
 * `financialYear` gives it, the first `from` the year of a day (else the first stored year's),
 * none after the year of `to` (a year sorting before the one due there is out of order), and
 * (with `reach`) every year up to it. Each year is compared
 * with the writer's, so a year edited is an issue at its own path only. Internal.
 */
export function yearIssues(
  issues: SocialValueIssue[],
  path: readonly PropertyKey[],
  years: readonly Pick<FinancialYearFigures, 'year' | 'start' | 'end'>[],
  startMonth: number,
  from: YearBound | undefined,
  to: YearBound | undefined,
  reach: boolean,
): void {
  const last = to && financialYearOfDay(dayNumber(to.date), startMonth);
  const after = last && `(the year of ${to.what}, ${to.date})`;
  let span: YearSpan | undefined;
  let reason = from && `(the year of ${from.what}, ${from.date})`;
  for (const [index, stored] of years.entries()) {
    const at = [...path, index];
    span =
      span === undefined
        ? financialYearOfDay(dayNumber(from?.date ?? stored.start), startMonth)
        : financialYearOfDay(span.lastDay + 1, startMonth);
    if (last !== undefined && span.firstDay > last.firstDay) {
      // A year that sorts before the one due here is out of order or repeated, not one too many.
      const message =
        index > 0 && stored.year < span.label
          ? `expected years in order, each once, received ${describeValue(stored.year)} after ${last.label}`
          : `expected no year after ${last.label} ${after}, received ${describeValue(stored.year)}`;
      issues.push(issueAt([...at, 'year'], message));
      return;
    }
    // A year not the writer's is one issue, at its label; a year's dates are then its label's.
    const wrong = (key: 'year' | 'start' | 'end', want: string, why: string) => {
      if (stored[key] === want) return false;
      const message = `expected ${describeValue(want)} ${why}, received ${describeValue(stored[key])}`;
      return issues.push(issueAt([...at, key], message)) > 0;
    };
    if (!wrong('year', span.label, reason ?? `(the year starting ${span.start})`)) {
      wrong('start', span.start, `(the first day of ${span.label})`);
      wrong('end', span.end, `(the last day of ${span.label})`);
    }
    reason = `(the year after ${span.label})`;
  }
  if (reach && last !== undefined && (span === undefined || span.firstDay < last.firstDay)) {
    const received = span === undefined ? 'none' : `years up to ${span.label}`;
    issues.push(issueAt(path, `expected years up to ${last.label} ${after}, received ${received}`));
  }
}
