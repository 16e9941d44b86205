import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { sumIfNot } from '../core/divided-sum.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { issueAt } from '../core/issue.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits, plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { dayNumber } from './calendar.js';
import { deliveryStatuses } from './delivery-status.js';
import { FIGURE_AMOUNTS, FigureSum, socialValueAddedOf, toFigures, valueSplit } from './figures.js';
import { deliveryRatioClause, yearRatios } from './report-figures.js';
import type {
  PortfolioContractSummary,
  PortfolioFollowUp,
  PortfolioShortfall,
  PortfolioSocialValueAdded,
  PortfolioSummary,
} from './summarise-portfolio.js';
import type {
  DeliveryFigures,
  DeliveryStatus,
  SocialValueAddedFigures,
  SocialValueAddedSplit,
} from './types.js';
import { yearIssues } from './year-issues.js';

/** The portfolio's totals: the sum of its contracts' totals, with their ratios. Internal. */
export function portfolioTotals(contracts: readonly PortfolioContractSummary[]): DeliveryFigures {
  const sum = new FigureSum();
  for (const contract of contracts) sum.add(contract.totals);
  return toFigures(sum);
}

/** How many pledge lines of all contracts have each status. Internal. */
export function portfolioCounts(
  contracts: readonly PortfolioContractSummary[],
): Record<DeliveryStatus, number> {
  const counts = {} as Record<DeliveryStatus, number>;
  for (const status of deliveryStatuses) {
    counts[status] = 0;
    for (const contract of contracts) counts[status] += contract.statusCounts[status];
  }
  return counts;
}

/** The contracts' values added up (those with a value), and the ids of those without. Internal. */
export function portfolioValue(contracts: readonly PortfolioContractSummary[]): {
  readonly total: Decimal | undefined;
  readonly without: string[];
} {
  let total: Decimal | undefined;
  const without: string[] = [];
  for (const { id, socialValueAdded } of contracts) {
    const value = socialValueAdded?.contractValue;
    if (value === undefined) without.push(id);
    else total = total === undefined ? value : total.plus(value);
  }
  return { total, without };
}

/** One sentence about the whole portfolio. Internal. */
export function portfolioSummaryText(
  contracts: number,
  totals: DeliveryFigures,
  socialValueAdded: PortfolioSocialValueAdded | undefined,
  followUps: number,
  warnings: number,
): string {
  const ratio = deliveryRatioClause(totals);
  const sva =
    socialValueAdded === undefined
      ? ''
      : `; social value added so far ${percentText(socialValueAdded.delivered.combinedRatio, 1)} of contract value`;
  const due = followUps === 0 ? '' : `; ${plural(followUps, 'pledge')} due for follow-up`;
  const check = warnings === 0 ? '' : `; ${plural(warnings, 'warning')}`;
  return `${plural(contracts, 'contract')}: ${moneyText(totals.delivered)} delivered of ${moneyText(totals.expected)} expected${ratio} and ${moneyText(totals.pledged)} pledged${sva}${due}${check}.`;
}

/** What shortfalls are ordered by. Internal. */
export type ShortfallKey = Pick<
  PortfolioShortfall,
  'contract' | 'line' | 'shortfallToDate' | 'shortfall'
>;

/**
 * The order of a portfolio's largest shortfalls: largest shortfall to date first, then largest
 * shortfall, then contract and line. Internal: `summarisePortfolio` sorts by it, and its
 * snapshot reader checks a stored list against it.
 */
export function byShortfall(a: ShortfallKey, b: ShortfallKey): number {
  return (
    b.shortfallToDate.comparedTo(a.shortfallToDate) ||
    b.shortfall.comparedTo(a.shortfall) ||
    byCodeUnits(a.contract, b.contract) ||
    a.line - b.line
  );
}

/**
 * The order of a portfolio's follow-ups: by date, then contract, then line. Internal, as
 * {@link byShortfall}.
 */
export function byFollowUp(
  a: Pick<PortfolioFollowUp, 'followUpOn' | 'contract' | 'line'>,
  b: Pick<PortfolioFollowUp, 'followUpOn' | 'contract' | 'line'>,
): number {
  return (
    byCodeUnits(a.followUpOn, b.followUpOn) ||
    byCodeUnits(a.contract, b.contract) ||
    a.line - b.line
  );
}

/** An entry of a portfolio's lists of shortfalls and follow-ups. */
type Listed = PortfolioShortfall | PortfolioFollowUp;

/**
 * Adds the issues of a stored list of shortfalls or follow-ups: each entry a line of a contract
 * of the summary (named as the contract is), listed once, counted in its contract's status
 * counts and as the writer lists it (`wrong` says why an entry could not be, at which key); then
 * the list in the writer's `order`.
 */
function listIssues(
  issues: SocialValueIssue[],
  at: readonly PropertyKey[],
  entries: readonly Listed[],
  contracts: readonly PortfolioContractSummary[],
  order: (a: Listed, b: Listed) => number,
  wrong: (entry: Listed, contract: PortfolioContractSummary) => [string, string] | undefined,
): void {
  const before = issues.length;
  const byId = new Map(contracts.map((contract) => [contract.id, contract]));
  const first = new Map<string, number>();
  const counted = new Map<string, number>();
  entries.forEach((entry, index) => {
    const contract = byId.get(entry.contract);
    const issue = (key: string, message: string) =>
      issues.push(issueAt([...at, index, key], message));
    if (contract === undefined) {
      issue(
        'contract',
        `expected the id of a contract of the summary, received ${describeValue(entry.contract)}`,
      );
      return;
    }
    // Named as its contract is.
    figureIssues(issues, [...at, index, 'contractName'], contract.name, entry.contractName);
    const line = `${entry.contract}\u0000${entry.line}`;
    const earlier = first.get(line);
    if (earlier !== undefined) {
      issue(
        'line',
        `expected each line of a contract once, received line ${entry.line} of ${describeValue(entry.contract)} again (as at [${earlier}])`,
      );
    }
    first.set(line, earlier ?? index);
    const status = `${entry.contract}\u0000${entry.status}`;
    const count = (counted.get(status) ?? 0) + 1;
    counted.set(status, count);
    const lines = contract.statusCounts[entry.status];
    if (count > lines) {
      issue(
        'status',
        `expected at most ${plural(lines, 'line')} of ${describeValue(entry.contract)} with status ${describeValue(entry.status)} (its statusCounts), received ${count}`,
      );
    }
    const why = wrong(entry, contract);
    if (why !== undefined) issue(why[0], why[1]);
  });
  if (issues.length === before) figureIssues(issues, at, [...entries].sort(order), entries);
}

/** A record with each entry worked out again by `again`. */
function each<T, U>(
  record: Readonly<Record<string, T>>,
  again: (entry: T) => U,
): Record<string, U> {
  const result = emptyRecord<U>();
  for (const key of Object.keys(record)) result[key] = again(record[key]!);
  return result;
}

// What a stored portfolio summary must agree with: its totals and status counts are the sums of
// its contracts'; every ratio of an entry (a contract's totals, a breakdown, a financial year)
// is its amounts' own; the breakdowns by theme, value type, channel and effect add up to the
// totals; social value added is over the contracts with a value (and, when every contract has
// one, the split of the totals by value type); the summary follows; the largest shortfalls and
// the follow-ups are each a line of a contract of the summary, named as it is, listed once and
// counted in its status counts (a shortfall to date other than 0; a follow-up due by its
// contract's report date), in the order the writer lists them. The contracts' own breakdowns are
// not stored: the tag and year sums, contracts' social value added (but for each combined ratio,
// the sum of the social and local economic ones), which lines the lists hold
// (beyond that) and warnings are taken as stored. Its financial years are consecutive, in the
// month its first starts in, none after the latest report date, and (with contracts) at least
// one. Internal.

/**
 * Social value added as stored, each combined ratio the sum of its social and local economic
 * ratios (one quotient of the two values' sum, as `summarisePortfolio` divides it; the values
 * are not stored, so within the rounding of the three ratios to 34 digits).
 */
function combined<T extends SocialValueAddedFigures>(figures: T): T {
  const split = (ratios: SocialValueAddedSplit) => ({
    ...ratios,
    combinedRatio:
      sumIfNot([ratios.socialRatio, ratios.localEconomicRatio], ratios.combinedRatio) ??
      ratios.combinedRatio,
  });
  return { ...figures, pledged: split(figures.pledged), delivered: split(figures.delivered) };
}

/** The figures of a stored portfolio summary that contradict its own contents, at their paths. */
export function portfolioIssues(
  summary: PortfolioSummary,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const { contracts, byEffect } = summary;
  const totals = portfolioTotals(contracts);
  const value = portfolioValue(contracts);
  const stored = summary.socialValueAdded;
  if (value.total?.lte(0)) {
    const at = [...path, 'socialValueAdded', 'contractValue'];
    return [issueAt(at, `expected a figure above 0, received "${value.total}"`)];
  }
  const socialValueAdded = value.total && {
    ...(value.without.length === 0
      ? socialValueAddedOf(valueSplit(summary.byValueType), value.total)
      : stored && combined(stored)),
    contractValue: value.total,
    contractsWithoutValue: value.without,
  };
  const again = {
    contracts: contracts.map((contract) => ({
      ...contract,
      totals: toFigures(contract.totals),
      ...(contract.socialValueAdded && { socialValueAdded: combined(contract.socialValueAdded) }),
    })),
    totals,
    byTheme: each(summary.byTheme, toFigures),
    byValueType: each(summary.byValueType, toFigures),
    byTag: each(summary.byTag, (values) => each(values, toFigures)),
    byChannel: each(summary.byChannel, toFigures),
    byEffect: byEffect && each(byEffect, toFigures),
    byFinancialYear: yearRatios(summary.byFinancialYear),
    statusCounts: portfolioCounts(contracts),
    socialValueAdded,
    summary: portfolioSummaryText(
      contracts.length,
      totals,
      stored,
      summary.followUps.length,
      summary.warnings.length,
    ),
  };
  for (const key of Object.keys(again) as (keyof typeof again)[]) {
    figureIssues(issues, [...path, key], again[key], summary[key]);
  }
  listIssues(
    issues,
    [...path, 'largestShortfalls'],
    summary.largestShortfalls,
    contracts,
    byShortfall as (a: Listed, b: Listed) => number,
    (entry) =>
      (entry as PortfolioShortfall).shortfallToDate.isZero()
        ? [
            'shortfallToDate',
            'expected a shortfall to date other than 0 (a line on its profile is not listed), received "0"',
          ]
        : undefined,
  );
  listIssues(
    issues,
    [...path, 'followUps'],
    summary.followUps,
    contracts,
    byFollowUp as (a: Listed, b: Listed) => number,
    (entry, contract) => {
      const { followUpOn } = entry as PortfolioFollowUp;
      return followUpOn > contract.asOf
        ? [
            'followUpOn',
            `expected a date on or before its contract's report date (${contract.asOf}), received ${describeValue(followUpOn)}`,
          ]
        : undefined;
    },
  );
  const years = summary.byFinancialYear;
  const latest = contracts.reduce<string | undefined>(
    (date, { asOf }) => (date === undefined || dayNumber(asOf) > dayNumber(date) ? asOf : date),
    undefined,
  );
  yearIssues(
    issues,
    [...path, 'byFinancialYear'],
    years,
    Number(years[0]?.start.slice(-5, -3) ?? 4),
    undefined,
    latest === undefined ? undefined : { date: latest, what: 'the latest report date' },
    false,
  );
  if (contracts.length > 0 && years.length === 0) {
    const message = `expected at least one financial year (each contract's report has one), received none`;
    issues.push(issueAt([...path, 'byFinancialYear'], message));
  }
  // Every line (and delivery nobody pledged) has one theme, value type, channel and effect.
  for (const key of ['byTheme', 'byValueType', 'byChannel', 'byEffect'] as const) {
    const sum = new FigureSum();
    for (const figures of Object.values(summary[key] ?? { totals })) sum.add(figures);
    const amount = FIGURE_AMOUNTS.find((name) => !sum[name].eq(totals[name]));
    if (amount !== undefined) {
      issues.push(
        issueAt(
          [...path, key],
          `expected figures adding up to the totals (${amount} ${totals[amount]}), received a sum of ${sum[amount]}`,
        ),
      );
    }
  }
  return issues;
}
