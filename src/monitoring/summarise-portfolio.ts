import { z } from 'zod';
import { Decimal, type Numeric } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { formatPercent } from '../core/format-percent.js';
import { deepFreeze } from '../core/freeze.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';
import { deliveryStatuses } from './delivery-status.js';
import {
  addInto,
  type BreakdownEntry,
  breakdown,
  emptySum,
  emptyYear,
  socialValueAddedOf,
  toFigures,
  toYearFigures,
  unpledgedAmounts,
  type YearSum,
} from './figures.js';
import { fieldError } from './input-error.js';
import type {
  DeliveryBreakdowns,
  DeliveryFigures,
  DeliveryReport,
  DeliveryStatus,
  FinancialYearFigures,
  SocialValueAddedFigures,
} from './types.js';

/**
 * One contract of a portfolio: its report from `trackDelivery` and how to group it.
 *
 * @example
 * ```ts
 * import { trackDelivery, type PortfolioContract } from 'social-value';
 *
 * const report = trackDelivery({ lines: [] }, [], { asOf: '2025-03-31' });
 * const contract: PortfolioContract = { id: 'C-001', tags: { department: 'Housing' }, report };
 * contract.id; // => 'C-001'
 * ```
 */
export interface PortfolioContract {
  /** A unique identifier. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string;
  /**
   * Tags of the whole contract (department, priority). Every line of the contract carries them
   * in `byTag`; a line's own tag of the same name takes precedence.
   */
  readonly tags?: Readonly<Record<string, string>>;
  /** The contract's delivery report. */
  readonly report: DeliveryReport;
  /** The contract value (£), for social value added; default the report's. */
  readonly contractValue?: Numeric;
}

/**
 * Options of {@link summarisePortfolio}.
 *
 * @example
 * ```ts
 * import type { PortfolioOptions } from 'social-value';
 *
 * const options: PortfolioOptions = { top: 5 };
 * options.top; // => 5
 * ```
 */
export interface PortfolioOptions {
  /** How many of the largest shortfalls to list. Default 10. */
  readonly top?: number;
}

/**
 * One contract's figures in a portfolio summary.
 *
 * @example
 * ```ts
 * import type { PortfolioContractSummary } from 'social-value';
 *
 * const delivered = (contract: PortfolioContractSummary) => contract.figures.delivered;
 * typeof delivered; // => 'function'
 * ```
 */
export interface PortfolioContractSummary {
  /** The contract's identifier. */
  readonly id: string;
  /** Its name. */
  readonly name?: string;
  /** Its tags. */
  readonly tags: Readonly<Record<string, string>>;
  /** The report date. */
  readonly asOf: string;
  /** Its £ totals (the report's totals). */
  readonly figures: DeliveryFigures;
  /** How many of its pledge lines have each status. */
  readonly statusCounts: Readonly<Record<DeliveryStatus, number>>;
  /** Its social value added, when its contract value is known. */
  readonly socialValueAdded?: SocialValueAddedFigures;
}

/**
 * A pledge line short of its profile, for the list of largest shortfalls.
 *
 * @example
 * ```ts
 * import type { PortfolioShortfall } from 'social-value';
 *
 * const where = (shortfall: PortfolioShortfall) => `${shortfall.contract} ${shortfall.measure}`;
 * typeof where; // => 'function'
 * ```
 */
export interface PortfolioShortfall {
  /** The contract's identifier. */
  readonly contract: string;
  /** The contract's name. */
  readonly contractName?: string;
  /** The pledge line's index. */
  readonly index: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title. */
  readonly title?: string;
  /** The line's status. */
  readonly status: DeliveryStatus;
  /** The value behind the profile at the report date. */
  readonly shortfallToDate: Decimal;
  /** The value still to deliver over the whole contract. */
  readonly shortfall: Decimal;
}

/**
 * Social value added across a portfolio: the contracts with a known value only.
 *
 * @example
 * ```ts
 * import type { PortfolioSocialValueAdded } from 'social-value';
 *
 * const missing = (sva: PortfolioSocialValueAdded) => sva.contractsWithoutValue.length;
 * typeof missing; // => 'function'
 * ```
 */
export interface PortfolioSocialValueAdded extends SocialValueAddedFigures {
  /** The contracts left out because their value is unknown. */
  readonly contractsWithoutValue: readonly string[];
}

/**
 * The result of {@link summarisePortfolio}: an annual statement's figures.
 *
 * @example
 * ```ts
 * import type { PortfolioSummary } from 'social-value';
 *
 * const years = (summary: PortfolioSummary) => summary.byFinancialYear.map((y) => y.year.label);
 * typeof years; // => 'function'
 * ```
 */
export interface PortfolioSummary extends DeliveryBreakdowns {
  /** Per contract, sorted by identifier. */
  readonly contracts: readonly PortfolioContractSummary[];
  /** Overall social value added, when at least one contract value is known. */
  readonly socialValueAdded?: PortfolioSocialValueAdded;
  /** The pledge lines furthest behind their profile, by value, largest first. */
  readonly largestShortfalls: readonly PortfolioShortfall[];
  /** A sentence summing up. */
  readonly summary: string;
}

const isReport = (value: unknown): value is DeliveryReport =>
  typeof value === 'object' &&
  value !== null &&
  (value as { kind?: unknown }).kind === 'delivery-report' &&
  Array.isArray((value as { lines?: unknown }).lines);

const portfolioSchema = z.object({
  contracts: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().optional(),
      tags: z.record(z.string(), z.string()).optional(),
      report: z.custom<DeliveryReport>(isReport, {
        error: 'expected a delivery report from trackDelivery',
      }),
      contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
    }),
  ),
  options: z.object({ top: z.number().int().min(0).optional() }),
});

const ZERO = new Decimal(0);

/**
 * Sums delivery reports across a portfolio of contracts, as an annual statement needs: per
 * contract and overall pledged, expected, delivered (verified and claimed apart), delivery ratio
 * and social value added; the same by theme, value type, any tag (contract tags such as the
 * department, and line tags such as a council priority) and financial year; and the largest
 * shortfalls. Totals are exact sums of the contracts' totals.
 *
 * @param contracts - Each contract's id, optional name and tags, and its `trackDelivery` report.
 * @param options - How many shortfalls to list (default 10).
 * @returns The portfolio's figures, explained.
 * @throws SocialValueError `invalid-input` for a duplicate contract id, something that is not a
 * delivery report, or reports using different financial years.
 *
 * @example
 * ```ts
 * import { summarisePortfolio, trackDelivery } from 'social-value';
 *
 * const line = { index: 0, measure: 'NT29', theme: 'social', valueType: 'social' as const, quantity: 100, proxy: '16.09' };
 * const report = (hours: number) =>
 *   trackDelivery({ lines: [line] }, [{ measure: 'NT29', date: '2025-06-30', quantity: hours }], {
 *     start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31',
 *   });
 * const summary = summarisePortfolio([
 *   { id: 'A', tags: { department: 'Housing' }, report: report(100) },
 *   { id: 'B', tags: { department: 'Highways' }, report: report(40) },
 * ]);
 * summary.totals.delivered.toString(); // => '2252.6'
 * summary.byTag.department?.Highways?.shortfall.toString(); // => '965.4'
 * summary.byFinancialYear[0]?.year.label; // => '2025/26'
 * summary.largestShortfalls[0]?.contract; // => 'B'
 * ```
 */
export function summarisePortfolio(
  contracts: readonly PortfolioContract[],
  options: PortfolioOptions = {},
): PortfolioSummary {
  const input = parseInput(portfolioSchema, { contracts, options }, 'portfolio');
  const seen = new Set<string>();
  let startMonth: number | undefined;
  input.contracts.forEach((contract, position) => {
    if (seen.has(contract.id)) {
      throw fieldError(
        'invalid-input',
        `Invalid portfolio: contract ${contract.id} appears twice.`,
        ['contracts', position, 'id'],
        `expected a unique contract id, received ${JSON.stringify(contract.id)} again`,
      );
    }
    seen.add(contract.id);
    const month = contract.report.financialYearStartMonth;
    if (startMonth !== undefined && month !== startMonth) {
      throw fieldError(
        'invalid-input',
        'Invalid portfolio: the reports use different financial years.',
        ['contracts', position, 'report', 'financialYearStartMonth'],
        `expected financial years starting in month ${startMonth}, received ${month}`,
      );
    }
    startMonth = month;
  });

  const ordered = [...input.contracts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entries: BreakdownEntry[] = [];
  const years = new Map<string, { year: FinancialYearFigures['year']; sum: YearSum }>();
  const shortfalls: PortfolioShortfall[] = [];
  const statusCounts = Object.fromEntries(deliveryStatuses.map((status) => [status, 0])) as Record<
    DeliveryStatus,
    number
  >;
  const valued: BreakdownEntry[] = [];
  let valueTotal = ZERO;
  const withoutValue: string[] = [];

  const summaries = ordered.map((contract): PortfolioContractSummary => {
    const { report } = contract;
    const contractTags = contract.tags ?? {};
    const own: BreakdownEntry[] = [
      ...report.lines.map((line) => ({
        theme: line.theme,
        valueType: line.valueType,
        tags: { ...contractTags, ...line.tags },
        amounts: line.value,
      })),
      ...report.unpledged.map((measure) => ({
        theme: measure.theme,
        valueType: measure.valueType,
        tags: contractTags,
        amounts: unpledgedAmounts(measure.value),
      })),
    ];
    entries.push(...own);
    for (const figures of report.byFinancialYear) {
      const entry = years.get(figures.year.label) ?? { year: figures.year, sum: emptyYear() };
      years.set(figures.year.label, entry);
      entry.sum.expected = entry.sum.expected.plus(figures.expected);
      entry.sum.delivered = entry.sum.delivered.plus(figures.delivered);
      entry.sum.verified = entry.sum.verified.plus(figures.verified);
      entry.sum.claimed = entry.sum.claimed.plus(figures.claimed);
      entry.sum.unpledged = entry.sum.unpledged.plus(figures.unpledged);
    }
    for (const line of report.lines) {
      statusCounts[line.status] += 1;
      if (line.value.shortfallToDate.isZero()) continue;
      shortfalls.push({
        contract: contract.id,
        ...(contract.name === undefined ? {} : { contractName: contract.name }),
        index: line.index,
        measure: line.measure,
        ...(line.title === undefined ? {} : { title: line.title }),
        status: line.status,
        shortfallToDate: line.value.shortfallToDate,
        shortfall: line.value.shortfall,
      });
    }
    const contractValue = contract.contractValue ?? report.socialValueAdded?.contractValue;
    let socialValueAdded: SocialValueAddedFigures | undefined;
    if (contractValue === undefined) withoutValue.push(contract.id);
    else {
      socialValueAdded = socialValueAddedOf(own, contractValue);
      valued.push(...own);
      valueTotal = valueTotal.plus(contractValue);
    }
    return {
      id: contract.id,
      ...(contract.name === undefined ? {} : { name: contract.name }),
      tags: contractTags,
      asOf: report.asOf,
      figures: report.totals,
      statusCounts: report.statusCounts,
      ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
    };
  });

  // Totals are the sums of the contracts' own totals (in id order), so they agree with them to
  // the last digit; the breakdowns sum the lines.
  const contractTotals = emptySum();
  for (const contract of ordered) addInto(contractTotals, contract.report.totals);
  const groups = { ...breakdown(entries), totals: toFigures(contractTotals) };
  shortfalls.sort(
    (a, b) =>
      b.shortfallToDate.comparedTo(a.shortfallToDate) ||
      b.shortfall.comparedTo(a.shortfall) ||
      (a.contract < b.contract ? -1 : a.contract > b.contract ? 1 : 0) ||
      a.index - b.index,
  );
  const socialValueAdded: PortfolioSocialValueAdded | undefined = valueTotal.isZero()
    ? undefined
    : { ...socialValueAddedOf(valued, valueTotal), contractsWithoutValue: withoutValue };
  const totals = groups.totals;
  const ratioText =
    totals.deliveryRatio === null ? '' : ` (${formatPercent(totals.deliveryRatio)})`;
  const svaText =
    socialValueAdded === undefined
      ? ''
      : `; social value added so far ${formatPercent(socialValueAdded.delivered.combined)} of contract value`;
  return deepFreeze({
    contracts: summaries,
    ...groups,
    byFinancialYear: [...years.values()]
      .sort((a, b) => (a.year.start < b.year.start ? -1 : 1))
      .map(({ year, sum }) => toYearFigures(year, sum)),
    statusCounts,
    ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
    largestShortfalls: shortfalls.slice(0, input.options.top ?? 10),
    summary: `${summaries.length} contract${summaries.length === 1 ? '' : 's'}: ${formatGBP(totals.delivered)} delivered of ${formatGBP(totals.expected)} expected${ratioText} and ${formatGBP(totals.pledged)} pledged${svaText}.`,
  });
}
