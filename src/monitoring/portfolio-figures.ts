import type { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { issueAt } from '../core/issue.js';
import { emptyRecord } from '../core/record.js';
import { plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { deliveryStatuses } from './delivery-status.js';
import { FIGURE_AMOUNTS, FigureSum, socialValueAddedOf, toFigures, valueSplit } from './figures.js';
import { yearRatios } from './report-figures.js';
import type {
  PortfolioContractSummary,
  PortfolioSocialValueAdded,
  PortfolioSummary,
} from './summarise-portfolio.js';
import type { DeliveryFigures, DeliveryStatus } from './types.js';

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
  const ratio = totals.deliveryRatio === null ? '' : ` (${percentText(totals.deliveryRatio, 1)})`;
  const sva =
    socialValueAdded === undefined
      ? ''
      : `; social value added so far ${percentText(socialValueAdded.delivered.combinedRatio, 1)} of contract value`;
  const due = followUps === 0 ? '' : `; ${plural(followUps, 'pledge')} due for follow-up`;
  const check = warnings === 0 ? '' : `; ${plural(warnings, 'warning')}`;
  return `${plural(contracts, 'contract')}: ${moneyText(totals.delivered)} delivered of ${moneyText(totals.expected)} expected${ratio} and ${moneyText(totals.pledged)} pledged${sva}${due}${check}.`;
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
// one, the split of the totals by value type); the summary follows. The contracts' own
// breakdowns are not stored: the tag and year sums, contracts' social value added, shortfalls,
// follow-ups and warnings are taken as stored. Internal.

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
      : (stored ?? { contractValue: value.total })),
    contractValue: value.total,
    contractsWithoutValue: value.without,
  };
  const again = {
    contracts: contracts.map((contract) => ({ ...contract, totals: toFigures(contract.totals) })),
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
