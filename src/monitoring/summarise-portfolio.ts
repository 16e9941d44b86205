import * as z from 'zod/mini';
import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { emptyRecord } from '../core/record.js';
import { idSchema, numericSchema } from '../core/schemas.js';
import { byCodeUnits, plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
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
import { inputSchemas, plainObject } from './schemas.js';
import { readDeliveryReport } from './snapshots.js';
import type {
  DeliveryBreakdowns,
  DeliveryFigures,
  DeliveryReport,
  DeliveryStatus,
  SocialValueAddedFigures,
} from './types.js';

/** One contract of a portfolio: its report from `trackDelivery` and how to group it. */
export interface PortfolioContract {
  /** A unique identifier. */
  readonly id: string;
  /** A name for people. */
  readonly name?: string | undefined;
  /**
   * Tags of the whole contract (department, priority). Every line of the contract carries them
   * in `byTag`; a line's own tag of the same name takes precedence.
   */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** The contract's delivery report, or its JSON snapshot. */
  readonly report: DeliveryReport;
  /** The contract value (£), for social value added; default the report's. */
  readonly contractValue?: Numeric | undefined;
}

/** Options of {@link summarisePortfolio}. */
export interface PortfolioOptions {
  /** How many of the largest shortfalls to list. Default 10. */
  readonly top?: number | undefined;
}

/** One contract's figures in a portfolio summary. */
export interface PortfolioContractSummary {
  /** The contract's identifier. */
  readonly id: string;
  /** Its name. */
  readonly name?: string | undefined;
  /** Its tags (a null-prototype record). */
  readonly tags: Readonly<Record<string, string>>;
  /** The report date. */
  readonly asOf: string;
  /** Its £ totals (the report's totals). */
  readonly totals: DeliveryFigures;
  /** How many of its pledge lines have each status. */
  readonly statusCounts: Readonly<Record<DeliveryStatus, number>>;
  /** Its social value added, when its contract value is known. */
  readonly socialValueAdded?: SocialValueAddedFigures | undefined;
}

/** A pledge line short of its profile, for the list of largest shortfalls. */
export interface PortfolioShortfall {
  /** The contract's identifier. */
  readonly contract: string;
  /** The contract's name. */
  readonly contractName?: string | undefined;
  /** The pledge line's index in its contract's valuation. */
  readonly line: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title. */
  readonly title?: string | undefined;
  /** The line's status. */
  readonly status: DeliveryStatus;
  /** The value behind the profile at the report date. */
  readonly shortfallToDate: Decimal;
  /** The value still to deliver over the whole contract. */
  readonly shortfall: Decimal;
}

/** Social value added across a portfolio: the contracts with a known value only. */
export interface PortfolioSocialValueAdded extends SocialValueAddedFigures {
  /** The contracts left out because their value is unknown. */
  readonly contractsWithoutValue: readonly string[];
}

/** The result of {@link summarisePortfolio}: an annual statement's figures. */
export interface PortfolioSummary extends DeliveryBreakdowns {
  /** Marks the object as a portfolio summary. */
  readonly kind: 'portfolio-summary';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** Per contract, in code-unit order of their ids. */
  readonly contracts: readonly PortfolioContractSummary[];
  /** Overall social value added, when at least one contract value is known. */
  readonly socialValueAdded?: PortfolioSocialValueAdded | undefined;
  /** The pledge lines furthest behind their profile, by value, largest first. */
  readonly largestShortfalls: readonly PortfolioShortfall[];
  /** One sentence about the whole portfolio. */
  readonly summary: string;
}

const contractsSchema = lazy(() =>
  z.array(
    plainObject(
      {
        id: idSchema,
        name: z.optional(z.string()),
        tags: z.optional(inputSchemas().tags),
        report: z.unknown(),
        contractValue: z.optional(numericSchema({ min: 0, minExclusive: true })),
      },
      'a contract',
    ),
  ),
);
const optionsSchema = lazy(() =>
  plainObject({ top: z.optional(z.int().check(z.gte(0))) }, 'options'),
);

/** A contract read: its report trusted or revived. */
interface ContractRead {
  readonly id: string;
  readonly name?: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly report: DeliveryReport;
  readonly contractValue?: Decimal | undefined;
}

/** Reads the contracts: sealed reports are trusted, anything else read as a report snapshot. */
function readContracts(contracts: unknown): ContractRead[] {
  const parsed = parseInput(contractsSchema(), contracts, 'portfolio', ['contracts']);
  const seen = new Set<string>();
  let startMonth: number | undefined;
  return parsed.map((contract, position) => {
    if (seen.has(contract.id)) {
      throw fieldError(
        'invalid-input',
        `Invalid portfolio: contract ${contract.id} appears twice.`,
        ['contracts', position, 'id'],
        `expected a unique contract id, received ${JSON.stringify(contract.id)} again`,
      );
    }
    seen.add(contract.id);
    const report = readDeliveryReport(contract.report, ['contracts', position, 'report']);
    const month = report.financialYearStartMonth;
    if (startMonth !== undefined && month !== startMonth) {
      throw fieldError(
        'invalid-input',
        'Invalid portfolio: the reports use different financial years.',
        ['contracts', position, 'report', 'financialYearStartMonth'],
        `expected financial years starting in month ${startMonth}, received ${month}`,
      );
    }
    startMonth = month;
    return {
      id: contract.id,
      name: contract.name,
      tags: contract.tags ?? emptyRecord<string>(),
      report,
      contractValue: contract.contractValue,
    };
  });
}

/**
 * Sums delivery reports across a portfolio of contracts, as an annual statement needs: per
 * contract and overall pledged, expected, delivered (verified and claimed apart), delivery ratio
 * and social value added; the same by theme, value type, any tag (contract tags such as the
 * department, and line tags such as a council priority) and financial year; and the largest
 * shortfalls. Totals are exact sums of the contracts' totals. Reports are taken as
 * `trackDelivery` returned them, or as their JSON snapshots (read back and checked); nothing
 * passed in is changed or frozen.
 *
 * @param contracts - Each contract's id, optional name and tags, and its `trackDelivery` report.
 * @param options - How many shortfalls to list (default 10).
 * @returns The portfolio's figures (kind `'portfolio-summary'`), explained.
 * @throws SocialValueError `invalid-input` for a duplicate contract id, something that is not a
 * delivery report (or its snapshot), or reports using different financial years.
 *
 * @example
 * ```ts
 * import { summarisePortfolio, trackDelivery } from 'social-value';
 *
 * const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, quantity: 100, proxyValue: '16.09' };
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
 * summary.byFinancialYear[0]?.year; // => '2025/26'
 * summary.largestShortfalls[0]?.contract; // => 'B'
 * // A stored report (JSON) is read back:
 * summarisePortfolio([{ id: 'A', report: JSON.parse(JSON.stringify(report(100))) }]).totals.delivered.toString(); // => '1609'
 * ```
 */
export function summarisePortfolio(
  contracts: readonly PortfolioContract[],
  options: PortfolioOptions = {},
): PortfolioSummary {
  const read = readContracts(contracts);
  const { top } = parseInput(optionsSchema(), options, 'portfolio options', ['options']);
  const ordered = read.sort((a, b) => byCodeUnits(a.id, b.id));
  const entries: BreakdownEntry[] = [];
  const years = new Map<string, { start: string; end: string; sum: YearSum }>();
  const shortfalls: PortfolioShortfall[] = [];
  const statusCounts = {} as Record<DeliveryStatus, number>;
  for (const status of deliveryStatuses) statusCounts[status] = 0;
  const valued: BreakdownEntry[] = [];
  let valueTotal = new Decimal(0);
  const withoutValue: string[] = [];
  const contractTotals = emptySum();

  const summaries = ordered.map((contract): PortfolioContractSummary => {
    const { report } = contract;
    const own: BreakdownEntry[] = [];
    for (const line of report.lines) {
      own.push({
        theme: line.theme,
        valueType: line.valueType,
        tags: line.tags,
        contractTags: contract.tags,
        amounts: line.value,
      });
      statusCounts[line.status] += 1;
      if (line.value.shortfallToDate.isZero()) continue;
      shortfalls.push({
        contract: contract.id,
        ...(contract.name === undefined ? {} : { contractName: contract.name }),
        line: line.index,
        measure: line.measure,
        ...(line.title === undefined ? {} : { title: line.title }),
        status: line.status,
        shortfallToDate: line.value.shortfallToDate,
        shortfall: line.value.shortfall,
      });
    }
    for (const measure of report.unpledged) {
      own.push({
        theme: measure.theme,
        valueType: measure.valueType,
        tags: contract.tags,
        amounts: unpledgedAmounts(measure.value),
      });
    }
    for (const entry of own) entries.push(entry);
    for (const figures of report.byFinancialYear) {
      let year = years.get(figures.year);
      if (year === undefined) {
        year = { start: figures.start, end: figures.end, sum: emptyYear() };
        years.set(figures.year, year);
      }
      year.sum.expected = year.sum.expected.plus(figures.expected);
      year.sum.delivered = year.sum.delivered.plus(figures.delivered);
      year.sum.verified = year.sum.verified.plus(figures.verified);
      year.sum.claimed = year.sum.claimed.plus(figures.claimed);
      year.sum.unpledged = year.sum.unpledged.plus(figures.unpledged);
    }
    // Totals are the sums of the contracts' own totals (in id order), so they agree with them
    // to the last digit; the breakdowns sum the lines.
    addInto(contractTotals, report.totals);
    const contractValue = contract.contractValue ?? report.socialValueAdded?.contractValue;
    let socialValueAdded: SocialValueAddedFigures | undefined;
    if (contractValue === undefined) withoutValue.push(contract.id);
    else {
      socialValueAdded = socialValueAddedOf(own, contractValue);
      for (const entry of own) valued.push(entry);
      valueTotal = valueTotal.plus(contractValue);
    }
    return {
      id: contract.id,
      ...(contract.name === undefined ? {} : { name: contract.name }),
      tags: contract.tags,
      asOf: report.asOf,
      totals: report.totals,
      statusCounts: report.statusCounts,
      ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
    };
  });

  const groups = breakdown(entries);
  const totals = toFigures(contractTotals);
  shortfalls.sort(
    (a, b) =>
      b.shortfallToDate.comparedTo(a.shortfallToDate) ||
      b.shortfall.comparedTo(a.shortfall) ||
      byCodeUnits(a.contract, b.contract) ||
      a.line - b.line,
  );
  const socialValueAdded: PortfolioSocialValueAdded | undefined = valueTotal.isZero()
    ? undefined
    : { ...socialValueAddedOf(valued, valueTotal), contractsWithoutValue: withoutValue };
  return seal(
    {
      kind: 'portfolio-summary' as const,
      schemaVersion: 1 as const,
      contracts: summaries,
      totals,
      byTheme: groups.byTheme,
      byValueType: groups.byValueType,
      byTag: groups.byTag,
      byFinancialYear: [...years.entries()]
        .sort(([, a], [, b]) => byCodeUnits(a.start, b.start))
        .map(([label, { start, end, sum }]) => toYearFigures({ label, start, end }, sum)),
      statusCounts,
      ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
      largestShortfalls: shortfalls.slice(0, top ?? 10),
      summary: summaryOf(summaries.length, totals, socialValueAdded),
    },
    'portfolio-summary',
  );
}

/** One sentence about the whole portfolio. */
function summaryOf(
  contracts: number,
  totals: DeliveryFigures,
  socialValueAdded: PortfolioSocialValueAdded | undefined,
): string {
  const ratio = totals.deliveryRatio === null ? '' : ` (${percentText(totals.deliveryRatio, 1)})`;
  const sva =
    socialValueAdded === undefined
      ? ''
      : `; social value added so far ${percentText(socialValueAdded.delivered.combinedRatio, 1)} of contract value`;
  return `${plural(contracts, 'contract')}: ${moneyText(totals.delivered)} delivered of ${moneyText(totals.expected)} expected${ratio} and ${moneyText(totals.pledged)} pledged${sva}.`;
}
