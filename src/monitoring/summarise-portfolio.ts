import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import type { Decimal, Numeric } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { firstIdAt } from '../core/first-id.js';
import { idAsRead } from '../core/id-as-read.js';
import { idText } from '../core/id-text.js';
import { intSchema } from '../core/int-schema.js';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { LISTED, listed } from '../core/listing.js';
import { entryOf } from '../core/map-entry.js';
import { emptyRecord } from '../core/record.js';
import { idSchema, strictObject, textSchema } from '../core/schemas.js';
import { byCodeUnits, countText } from '../core/text.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber } from './calendar.js';
import { yearsBetween } from './contract-period.js';
import {
  addSplit,
  Breakdown,
  FigureSum,
  socialValueAddedOf,
  sumAt,
  tagAt,
  toYearFigures,
  type ValueSplit,
  valueSplit,
  YearSum,
  YearTagSum,
} from './figures.js';
import { Largest } from './largest.js';
import {
  byFollowUp,
  byShortfall,
  portfolioCounts,
  portfolioSummaryText,
  portfolioTotals,
  portfolioValue,
  type ShortfallKey,
} from './portfolio-figures.js';
import { inputSchemas, plainObject } from './schemas.js';
import { readDeliveryReport } from './snapshots.js';
import type {
  DeliveryBreakdowns,
  DeliveryFigures,
  DeliveryReport,
  DeliveryStatus,
  FollowUpDue,
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
  /** The contract value (£, at least £0.01), for social value added; default the report's. */
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

/** A pledge due for follow-up in a portfolio: its contract, then the report's entry. */
export type PortfolioFollowUp = {
  /** The contract's identifier. */
  readonly contract: string;
  /** The contract's name. */
  readonly contractName?: string | undefined;
} & FollowUpDue;

/** Social value added across a portfolio: the contracts with a known value only. */
export interface PortfolioSocialValueAdded extends SocialValueAddedFigures {
  /** The contracts left out because their value is unknown. */
  readonly contractsWithoutValue: readonly string[];
}

/**
 * Something to check in a portfolio: the sums are exact, but add reports made on different
 * bases. `mixed-editions`: reports of valuations made with more than one framework edition or
 * price year, so proxy values of different editions are added;
 * `mixed-count`: reports counting all deliveries added to reports counting verified ones only;
 * `same-report`: contracts whose reports are the same, figure for figure (one report saved
 * twice?), each added to the totals.
 */
export interface PortfolioWarning {
  /** What kind of mix (stable, kebab-case). */
  readonly code: 'mixed-editions' | 'mixed-count' | 'same-report';
  /** Always `'warning'`: the figures stand, a person should check them. */
  readonly severity: 'warning';
  /** A sentence naming each basis and its contracts (the first ten bases, then how many more). */
  readonly message: string;
  /** Every contract involved, in code-unit order of their ids. */
  readonly contracts: readonly string[];
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
  /** Pledges due for follow-up by their report dates, in date order (then contract and line). */
  readonly followUps: readonly PortfolioFollowUp[];
  /** Reports added on different bases (editions, counting), to check; empty when none. */
  readonly warnings: readonly PortfolioWarning[];
  /** One sentence about the whole portfolio. */
  readonly summary: string;
}

const contractsSchema = /* @__PURE__ */ lazy(() =>
  listSchema(
    strictObject(
      {
        id: idSchema,
        name: optionalSchema(textSchema),
        tags: optionalSchema(inputSchemas().tags),
        report: anySchema,
        contractValue: optionalSchema(inputSchemas().contractValue),
      },
      { valuation: () => 'did you mean "report"? a delivery report from trackDelivery' },
      'a contract ({ id, report } with the delivery report of trackDelivery)',
    ),
  ),
);
const optionsSchema = /* @__PURE__ */ lazy(() =>
  plainObject({ top: optionalSchema(intSchema(0)) }, 'options'),
);

/** A contract read: its report trusted or revived. */
interface ContractRead {
  readonly id: string;
  readonly name?: string | undefined;
  readonly tags: Readonly<Record<string, string>>;
  readonly report: DeliveryReport;
  readonly contractValue?: Decimal | undefined;
}

/**
 * Reads the contracts: sealed reports are trusted, anything else read as a report snapshot. Tag
 * values (contract tags, then the report's line tags) are compared as read, as ids are:
 * `"housing"` or `"Housing "` beside `"Housing"` would be a department of its own in `byTag`
 * (and in a budget), so the second spelling is refused, naming the first.
 */
function readContracts(contracts: unknown): ContractRead[] {
  const parsed = parseInput(contractsSchema(), contracts, 'portfolio', ['contracts']);
  // Values as read, by kind (`''` for contract ids, else the tag's name and a NUL, which no
  // value as read holds): `" C1"`, `"c1"` or `"C1\u200b"` beside `"C1"` is the same contract
  // written twice; `"housing"` beside `"Housing"` one department spelt two ways.
  const firsts = new Map<string, { value: string; at: PropertyKey[] }>();
  const once = (kind: string, value: string, at: PropertyKey[]) => {
    const first = firsts.get(kind + idAsRead(value)) ?? { value, at };
    firsts.set(kind + idAsRead(value), first);
    if (first.at !== at && (kind === '' || first.value !== value)) {
      throw fieldError(
        'invalid-input',
        kind === ''
          ? `Invalid portfolio: contract ${describeValue(value.trim())} appears twice.`
          : 'Invalid portfolio: 1 problem.',
        at,
        `expected ${kind === '' ? 'a unique contract id' : 'one spelling of a tag value'}, received ${describeValue(value)} again ${firstIdAt(value, first.value, first.at)}`,
      );
    }
  };
  const spelling = (tags: Readonly<Record<string, string>>, at: PropertyKey[]) => {
    for (const name of Object.keys(tags)) once(`${name}\u0000`, tags[name]!, [...at, name]);
  };
  let startMonth: number | undefined;
  return parsed.map((contract, position) => {
    once('', contract.id, ['contracts', position, 'id']);
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
    spelling(contract.tags ?? {}, ['contracts', position, 'tags']);
    report.lines.forEach((line, index) => {
      spelling(line.tags, ['contracts', position, 'report', 'lines', index, 'tags']);
    });
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
 * department, and line tags such as a council priority) and financial year (every year from
 * the first report's to the last's, a year no contract ran in as zeros); and the largest
 * shortfalls. Totals are exact sums of the contracts' totals. Reports are taken as
 * `trackDelivery` returned them, or as their JSON snapshots (read back and checked); nothing
 * passed in is changed or frozen.
 *
 * **Bases.** The sums are kept whatever the reports' bases, but `warnings` says when they mix
 * them: `mixed-editions` when the valuations were made with more than one framework edition
 * or price year (reports whose framework gives neither are not compared), and
 * `mixed-count` when some reports count all deliveries and others verified ones only. Each
 * names the contracts on each basis; the summary sentence counts them. `same-report` names the
 * contracts whose reports are the same, figure for figure (one report saved twice?): each is
 * added.
 *
 * @param contracts - Each contract's id, optional name and tags, and its `trackDelivery` report.
 * @param options - How many shortfalls to list (default 10).
 * @returns The portfolio's figures (kind `'portfolio-summary'`), explained.
 * **Tag values** are compared as ids are, as read: a department or priority written two ways
 * (`"Housing"` and `"housing"` or `"Housing "`, in contract tags or line tags) would be two
 * departments, so the second spelling is refused, naming the first.
 *
 * @throws SocialValueError `invalid-input` for a duplicate contract id (compared as read), a tag
 * value written two ways, something that is not a delivery report (or its snapshot), or reports
 * using different financial years.
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
  // The breakdowns are sums of the contracts' own (exact, so in any order they are the sums of
  // the lines); a contract's tags cover its lines that lack a tag of the same name.
  const breakdown = new Breakdown();
  const withEffects = ordered.some((contract) => contract.report.byEffect !== undefined);
  const years = new Map<string, { start: string; end: string; sum: YearSum }>();
  const shortfalls = new Largest<ShortfallKey, PortfolioShortfall>(top ?? 10, byShortfall);
  const followUps: PortfolioFollowUp[] = [];
  const valued: ValueSplit = valueSplit(new Map());

  const summaries = ordered.map((contract): PortfolioContractSummary => {
    const { report } = contract;
    const named = contract.name === undefined ? {} : { contractName: contract.name };
    const contractTags = Object.keys(contract.tags);
    const tagless = new Set<string>(report.unpledged.length > 0 ? contractTags : []);
    for (const line of report.lines) {
      for (const name of contractTags) if (!Object.hasOwn(line.tags, name)) tagless.add(name);
      const { shortfallToDate, shortfall } = line.value;
      if (shortfallToDate.isZero()) continue;
      const key = { contract: contract.id, line: line.index, shortfallToDate, shortfall };
      if (!shortfalls.wants(key)) continue;
      shortfalls.add({
        contract: contract.id,
        ...named,
        line: line.index,
        measure: line.measure,
        ...(line.title === undefined ? {} : { title: line.title }),
        status: line.status,
        shortfallToDate,
        shortfall,
      });
    }
    for (const entry of report.followUps)
      followUps.push({ contract: contract.id, ...named, ...entry });
    addBreakdowns(breakdown, report, contract.tags, tagless, withEffects);
    for (const figures of report.byFinancialYear) {
      const year = entryOf(years, figures.year, () => ({
        start: figures.start,
        end: figures.end,
        sum: new YearSum(),
      }));
      addYear(year.sum, figures, contract.tags, tagless);
    }
    const contractValue = contract.contractValue ?? report.socialValueAdded?.contractValue;
    let socialValueAdded: SocialValueAddedFigures | undefined;
    if (contractValue !== undefined) {
      const split = valueSplit(report.byValueType);
      socialValueAdded =
        contract.contractValue === undefined
          ? report.socialValueAdded
          : socialValueAddedOf(split, contractValue);
      addSplit(valued, split);
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

  const groups = breakdown.finish();
  // Totals are the sums of the contracts' own totals (in id order), so they agree with them to
  // the last digit; the contract values likewise.
  const totals = portfolioTotals(summaries);
  const value = portfolioValue(summaries);
  followUps.sort(byFollowUp);
  const warnings = warningsOf(ordered);
  const socialValueAdded: PortfolioSocialValueAdded | undefined = value.total && {
    ...socialValueAddedOf(valued, value.total),
    contractsWithoutValue: value.without,
  };
  return seal(
    {
      kind: 'portfolio-summary' as const,
      schemaVersion: 1 as const,
      contracts: summaries,
      totals,
      byTheme: groups.byTheme,
      byValueType: groups.byValueType,
      byTag: groups.byTag,
      byChannel: groups.byChannel,
      ...(groups.byEffect === undefined ? {} : { byEffect: groups.byEffect }),
      byFinancialYear: everyYear(years, ordered[0]?.report.financialYearStartMonth ?? 4).map(
        ([label, { start, end, sum }]) => toYearFigures({ label, start, end }, sum),
      ),
      statusCounts: portfolioCounts(summaries),
      ...(socialValueAdded && { socialValueAdded }),
      largestShortfalls: shortfalls.sorted(),
      followUps,
      warnings,
      summary: portfolioSummaryText(
        summaries.length,
        totals,
        socialValueAdded,
        followUps.length,
        warnings.length,
      ),
    },
    'portfolio-summary',
  );
}

/**
 * The reports' financial years in order, with every year between them that no report has (no
 * contract ran in it) as a year of zeros: the year before a year is always the one listed
 * before it, as the social value budget compares them.
 */
function everyYear(
  years: ReadonlyMap<string, { start: string; end: string; sum: YearSum }>,
  startMonth: number,
): [string, { start: string; end: string; sum: YearSum }][] {
  const sorted = [...years.entries()].sort(([, a], [, b]) => byCodeUnits(a.start, b.start));
  const all: typeof sorted = [];
  for (const entry of sorted) {
    const previous = all.at(-1);
    if (previous !== undefined) {
      const gaps = yearsBetween(
        dayNumber(previous[1].end) + 1,
        dayNumber(entry[1].start) - 1,
        startMonth,
      );
      for (const gap of gaps) {
        all.push([gap.label, { start: gap.start, end: gap.end, sum: new YearSum() }]);
      }
    }
    all.push(entry);
  }
  return all;
}

/**
 * Adds a report's breakdowns into the portfolio's: by theme, value type, channel and effect as
 * they are; by tag, the report's (line tags), and for each contract tag the figures of the
 * lines (and unpledged deliveries) without a tag of that name: all of them less those with one.
 */
function addBreakdowns(
  breakdown: Breakdown,
  report: DeliveryReport,
  contractTags: Readonly<Record<string, string>>,
  tagless: ReadonlySet<string>,
  withEffects: boolean,
): void {
  const addAll = (
    groups: Map<string, FigureSum>,
    record: Readonly<Record<string, DeliveryFigures>>,
  ) => {
    for (const key of Object.keys(record)) sumAt(groups, key).add(record[key]!);
  };
  addAll(breakdown.themes, report.byTheme);
  addAll(breakdown.valueTypes, report.byValueType);
  addAll(breakdown.channels, report.byChannel);
  if (report.byEffect !== undefined) addAll(breakdown.effects, report.byEffect);
  else if (withEffects) sumAt(breakdown.effects, 'benefit').add(report.totals);
  for (const name of Object.keys(report.byTag))
    addAll(tagAt(breakdown.tags, name), report.byTag[name]!);
  for (const name of tagless) {
    const own = ownFigures(report.byTag, name, new FigureSum());
    sumAt(tagAt(breakdown.tags, name), contractTags[name]!).add(report.totals, own);
  }
}

/** `sum` with a report's figures under tag `name` (its lines with that tag) added, if any. */
function ownFigures<F, S extends { add(figures: F): void }>(
  byTag: Readonly<Record<string, Readonly<Record<string, F>>>>,
  name: string,
  sum: S,
): S | undefined {
  if (!Object.hasOwn(byTag, name)) return undefined;
  const values = byTag[name]!;
  for (const value of Object.keys(values)) sum.add(values[value]!);
  return sum;
}

/** Adds a report's financial year into the portfolio's, contract tags as in the breakdowns. */
function addYear(
  sum: YearSum,
  figures: DeliveryReport['byFinancialYear'][number],
  contractTags: Readonly<Record<string, string>>,
  tagless: ReadonlySet<string>,
): void {
  sum.add(figures);
  for (const name of Object.keys(figures.byTag)) {
    const values = figures.byTag[name]!;
    for (const value of Object.keys(values)) sum.tag(name, value).add(values[value]!);
  }
  for (const name of tagless) {
    const own = ownFigures(figures.byTag, name, new YearTagSum());
    sum.tag(name, contractTags[name]!).add(figures, own);
  }
}

/**
 * The basis of a report's proxy values in words, `edition 2024 (2024 prices)`: its framework's
 * edition and price year (the framework's id aside: tables of one edition may have other ids,
 * as the command line names each pledge sheet's). `undefined` when neither is known.
 */
function editionText(framework: DeliveryReport['framework']): string | undefined {
  const { edition, priceYear } = framework ?? {};
  if (edition === undefined && priceYear === undefined) return undefined;
  const prices = priceYear === undefined ? '' : ` (${priceYear} prices)`;
  return `edition ${edition === undefined ? 'not given' : idText(edition)}${prices}`;
}

/**
 * The portfolio's warnings: reports of more than one framework edition or price year (reports
 * whose framework gives neither are not compared), and reports counting deliveries differently.
 * Each names every basis (in code-unit order) and its contracts (in id order).
 */
function warningsOf(contracts: readonly ContractRead[]): PortfolioWarning[] {
  const warnings: PortfolioWarning[] = [];
  const mixed = (
    code: PortfolioWarning['code'],
    keyOf: (report: DeliveryReport) => string | undefined,
    what: string,
    fix: string,
  ) => {
    const groups = new Map<string, string[]>();
    for (const { id, report } of contracts) {
      const key = keyOf(report);
      if (key === undefined) continue;
      entryOf(groups, key, () => []).push(id);
    }
    if (groups.size < 2) return;
    // The first ten bases, then how many more: 2,000 editions made a 76,000-character sentence.
    const parts = [...groups]
      .sort(([a], [b]) => byCodeUnits(a, b))
      .slice(0, LISTED)
      .map(([key, ids]) => `${key} for ${listed(ids.map(idText))}`);
    const more = groups.size > LISTED ? `; and ${countText(groups.size - LISTED)} more` : '';
    warnings.push({
      code,
      severity: 'warning',
      message: `The totals add reports ${what}: ${parts.join('; ')}${more}. ${fix} before comparing totals.`,
      contracts: [...groups.values()].flat().sort(byCodeUnits),
    });
  };
  mixed(
    'mixed-editions',
    (report) => editionText(report.framework),
    'made with more than one framework edition',
    'Re-index them to one price year',
  );
  mixed(
    'mixed-count',
    (report) => (report.count === 'all' ? 'all deliveries counted' : 'verified deliveries only'),
    'counting deliveries differently',
    'Track them with one count',
  );
  // One report under two ids (a file saved twice): the totals add it once for each.
  const same = sameReports(contracts);
  if (same.length > 0) {
    const parts = same.slice(0, LISTED).map((ids) => listed(ids.map(idText)));
    const more = same.length > LISTED ? `; and ${countText(same.length - LISTED)} more` : '';
    warnings.push({
      code: 'same-report',
      severity: 'warning',
      message: `Some contracts have the same delivery report, figure for figure, and the totals add it once for each: ${parts.join('; ')}${more}. Check that they are different contracts, not one report saved twice, before comparing totals.`,
      contracts: same.flat().sort(byCodeUnits),
    });
  }
  return warnings;
}

/**
 * The ids of the contracts whose reports are the same, figure for figure (their JSON alike), in
 * groups of two or more: each in id order (as `contracts` come), the groups in the order of
 * their first ids. Reports are compared as text only when their date, totals and number of
 * lines already agree.
 */
function sameReports(contracts: readonly ContractRead[]): string[][] {
  const buckets = new Map<string, ContractRead[]>();
  for (const contract of contracts) {
    const { asOf, totals, lines } = contract.report;
    const key = `${asOf} ${totals.pledged} ${totals.expected} ${totals.delivered} ${lines.length}`;
    entryOf(buckets, key, () => []).push(contract);
  }
  const groups: string[][] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    const byText = new Map<string, string[]>();
    for (const { id, report } of bucket) entryOf(byText, JSON.stringify(report), () => []).push(id);
    for (const ids of byText.values()) if (ids.length > 1) groups.push(ids);
  }
  return groups.sort((a, b) => byCodeUnits(a[0]!, b[0]!));
}
