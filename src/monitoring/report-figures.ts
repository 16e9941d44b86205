import type { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { issueAt } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { emptyRecord } from '../core/record.js';
import { countText, plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { dayNumber } from './calendar.js';
import { deliveryStatuses, paceStart, resolveThresholds } from './delivery-status.js';
import { deliveryWarnings } from './delivery-warnings.js';
import {
  plus,
  product,
  type ReportBreakdowns,
  ratioOrNull,
  socialValueAddedOf,
  valueSplit,
} from './figures.js';
import { flat } from './flat-text.js';
import { followUpsDue } from './follow-ups.js';
import { deliveryLineOf, type Expected, unitValueOf } from './line-report.js';
import { ONE } from './profile.js';
import { ReportGroups } from './report-groups.js';
import type {
  DeliveryLine,
  DeliveryReport,
  DeliveryStatus,
  FinancialYearFigures,
} from './types.js';
import { unpledgedOf } from './unpledged-report.js';
import { yearIssues } from './year-issues.js';

/** How many lines have each status, in the order of {@link deliveryStatuses}. */
function countStatuses(lines: readonly DeliveryLine[]): Record<DeliveryStatus, number> {
  const counts = {} as Record<DeliveryStatus, number>;
  for (const status of deliveryStatuses) counts[status] = 0;
  for (const line of lines) counts[line.status] += 1;
  return counts;
}

/**
 * The delivery ratio of a summary sentence, ` (96.5%)`, or nothing: without a ratio, or for a
 * net value expected below 0 (disbenefits), where more delivered is worse. Internal: the
 * summaries of a delivery report and of a portfolio.
 */
export function deliveryRatioClause(totals: {
  readonly deliveryRatio: Decimal | null;
  readonly expected: Decimal;
}): string {
  return totals.deliveryRatio === null || totals.expected.isNeg()
    ? ''
    : ` (${percentText(totals.deliveryRatio, 1)})`;
}

/** One sentence about the whole report. */
function summaryOf(
  asOf: string,
  groups: ReportBreakdowns,
  lines: readonly DeliveryLine[],
  followUps: number,
  warnings: number,
): string {
  const { totals, byEffect } = groups;
  // A disbenefit's statuses measure harm recorded: more of it is no better, so it is counted apart.
  const pledges = lines.filter((line) => line.effect !== 'disbenefit');
  const onTrack = pledges.filter(
    (line) =>
      line.status === 'on-track' || line.status === 'complete' || line.status === 'over-delivered',
  ).length;
  const harms = lines.filter(
    (line) => line.effect === 'disbenefit' && line.status === 'over-delivered',
  ).length;
  const beyond =
    harms === 0
      ? ''
      : `; ${plural(harms, 'disbenefit')} recorded beyond ${harms === 1 ? 'its' : 'their'} estimate`;
  const ratio = deliveryRatioClause(totals);
  const unpledged = totals.unpledged.isZero()
    ? ''
    : totals.unpledged.isNeg()
      ? `, less ${moneyText(totals.unpledged.neg())} of disbenefit nobody pledged`
      : `, plus ${moneyText(totals.unpledged)} nobody pledged`;
  const net =
    byEffect === undefined
      ? ''
      : ` (net of ${moneyText(byEffect.disbenefit.delivered.neg())} of disbenefit)`;
  const due = followUps === 0 ? '' : `; ${plural(followUps, 'pledge')} due for follow-up`;
  const check = warnings === 0 ? '' : `; ${plural(warnings, 'warning')} to check`;
  return `By ${asOf}: ${moneyText(totals.delivered)} delivered${net} of ${moneyText(totals.expected)} expected${ratio}, against ${moneyText(totals.pledged)} pledged over the contract${unpledged}; ${countText(onTrack)} of ${plural(pledges.length, 'pledge')} on track or better${beyond}${due}${check}.`;
}

/**
 * What a report says after its lines and breakdowns: status counts, social value added, the
 * follow-ups due, the warnings (`undefined` when none) and the summary. `trackDelivery` writes
 * these; a stored report is checked against them. Internal.
 */
export function reportFigures(
  asOf: string,
  lines: readonly DeliveryLine[],
  groups: ReportBreakdowns,
  contractValue: Decimal | undefined,
) {
  const followUps = followUpsDue(lines, asOf);
  const warnings = deliveryWarnings(lines);
  return {
    statusCounts: countStatuses(lines),
    socialValueAdded:
      contractValue && socialValueAddedOf(valueSplit(groups.byValueType), contractValue),
    followUps,
    warnings,
    summary: flat(summaryOf(asOf, groups, lines, followUps.length, warnings?.length ?? 0)),
  };
}

/** Financial years with their ratios worked out again from their amounts. Internal. */
export function yearRatios(years: readonly FinancialYearFigures[]): FinancialYearFigures[] {
  return years.map((year) => ({
    ...year,
    deliveryRatio: ratioOrNull(year.delivered, year.expected),
  }));
}

/** The statuses the thresholds choose between (not stored: taken as stored). */
const PACE: readonly DeliveryStatus[] = ['behind', 'at-risk', 'on-track'];

/**
 * `delivered` ÷ a stored line's (rounded) `quantity`, or the line's `stored` ratio when within a
 * few units of its 34th digit: the writer divides by the exact quantity instead.
 */
function writers(delivered: Decimal, quantity: Decimal, stored: Decimal | null) {
  const ratio = divide(delivered, quantity);
  return stored?.minus(ratio).abs().lte(ratio.times(1e-32)) ? stored : ratio;
}

// What a stored delivery report must agree with, worked out again by the code that wrote it:
// each line from its pledge, history, expected quantities and values (taken as stored with a
// contract period: they follow the profile) and quantities delivered; each delivery nobody
// pledged from its quantities and proxy value; the breakdowns as sums of the lines' values;
// then the ratios of each financial year, the counts, social value added, follow-ups, warnings
// (from the lines' tags) and summary. Its contract period ends on or after its start, the
// report date is not before it, and its financial years are those from the contract's start
// (or its first year) to the report date or the contract's end, whichever is earlier. Internal.

/**
 * Adds the issues of a report's dates: the contract period in order, the report date not before
 * it, then (those in order) its years.
 */
function dateIssues(
  issues: SocialValueIssue[],
  path: readonly PropertyKey[],
  report: DeliveryReport,
): void {
  const { period, asOf } = report;
  const before = (a: string, b: string) => dayNumber(a) < dayNumber(b);
  if (period !== undefined && before(period.end, period.start)) {
    const message = `expected a day on or after the start (${period.start}), received "${period.end}"`;
    return void issues.push(issueAt([...path, 'period', 'end'], message));
  }
  if (period !== undefined && before(asOf, period.start)) {
    const message = `expected a day on or after the contract's start (${period.start}), received "${asOf}"`;
    return void issues.push(issueAt([...path, 'asOf'], message));
  }
  const ended = period !== undefined && before(period.end, asOf);
  yearIssues(
    issues,
    [...path, 'byFinancialYear'],
    report.byFinancialYear,
    report.financialYearStartMonth,
    period && { date: period.start, what: "the contract's start" },
    ended
      ? { date: period.end, what: "the contract's end" }
      : { date: asOf, what: 'the report date' },
    true,
  );
}

/** The figures of a stored delivery report that contradict its own contents, each at its path. */
export function deliveryReportIssues(
  report: DeliveryReport,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  dateIssues(issues, path, report);
  const verifiedOnly = report.count === 'verified';
  const thresholds = resolveThresholds(undefined, []);
  const sums = new ReportGroups();
  // Without a contract period every pledge is expected in full: a line expecting less had one.
  let { period } = report;
  const partial = report.lines.findIndex(
    (line) => !line.expected.eq(line.commitment) || !line.commitment.eq(line.pledged),
  );
  if (period === undefined && partial >= 0) {
    const { expected, pledged } = report.lines[partial]!;
    issues.push(
      issueAt(
        [...path, 'period'],
        `expected the contract period line ${partial} is expected over (${expected} of ${pledged} by the report date), received undefined`,
      ),
    );
    period = { start: '', end: '' };
  }
  // Lines, then the sums, worked out again: an edited figure is an issue at its own path only.
  const lines = report.lines.map((line, index) => {
    const at = [...path, 'lines', index];
    const pledged = line.history.at(-1)?.quantity;
    if (pledged === undefined) {
      issues.push(issueAt([...at, 'history'], 'expected at least one pledge, received none'));
      return line;
    }
    const value = product(pledged, unitValueOf(line));
    const expected: Expected =
      period === undefined
        ? { commitment: pledged, expected: pledged, pledgedValue: value, expectedValue: value }
        : {
            commitment: line.commitment,
            expected: line.expected,
            pledgedValue: line.value.pledged,
            expectedValue: line.value.expected,
            pace: (delivered) => [writers(delivered, line.expected, line.deliveryRatio), ONE],
            progress: (delivered) => writers(delivered, line.commitment, line.progressRatio),
          };
    const tally = { verified: line.verified, claimed: line.claimed, count: line.deliveryCount };
    let again = deliveryLineOf(
      line,
      line.origin,
      line.history,
      expected,
      tally,
      verifiedOnly,
      thresholds,
    );
    // Which pace status (below a pace of 1), and its reason after the pace (at any pace: the
    // threshold it is at or above), follow thresholds a report does not store; the reason up to
    // its pace follows the line's quantities.
    const ratio = again.deliveryRatio;
    if (
      ratio &&
      PACE.includes(again.status) &&
      PACE.includes(line.status) &&
      (ratio.lt(1) || line.status === again.status)
    ) {
      // Up to its pace, the reason the line's quantities give with the pace it writes (which
      // decides whether they are written exactly).
      const start = paceStart(
        again.delivered,
        again.expected,
        again.commitment,
        line.reason.slice(line.reason.indexOf(': pace ') + 7),
      );
      const reason = line.reason.startsWith(start)
        ? line.reason
        : `${again.reason.slice(0, again.reason.indexOf(': pace ') + 7)}…`;
      again = { ...again, status: line.status, reason };
    }
    figureIssues(issues, at, again, line);
    const { theme, valueType, channel, effect, tags } = line;
    sums.group({ theme, valueType, channel, effect, tags }).sum.add(again.value);
    return again;
  });
  report.unpledged.forEach((entry, index) => {
    const tally = { verified: entry.verified, claimed: entry.claimed, count: entry.deliveryCount };
    const again = unpledgedOf(
      { ...entry, code: entry.measure },
      entry.channel,
      entry.effect,
      tally,
      verifiedOnly,
    );
    figureIssues(issues, [...path, 'unpledged', index], again, entry);
    const effect = entry.effect ?? 'benefit';
    const group = sums.group({ ...entry, effect, tags: emptyRecord() });
    group.sum.unpledged = plus(group.sum.unpledged, again.value);
  });
  const groups = sums.finish([]);
  const contractValue = report.socialValueAdded?.contractValue;
  if (contractValue?.lte(0)) {
    issues.push(
      issueAt(
        [...path, 'socialValueAdded', 'contractValue'],
        `expected a figure above 0, received "${contractValue}"`,
      ),
    );
    return issues;
  }
  const again = {
    ...groups,
    byFinancialYear: yearRatios(report.byFinancialYear),
    ...reportFigures(report.asOf, lines, groups, contractValue),
  };
  for (const key of Object.keys(again) as (keyof typeof again)[]) {
    figureIssues(issues, [...path, key], again[key], report[key]);
  }
  return issues;
}
