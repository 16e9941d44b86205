import type { Decimal, Numeric } from '../core/decimal.js';
import type { FinancialYear } from './financial-year.js';

/**
 * The value type of a measure: local economic (local jobs, local supply-chain spend), social,
 * environmental, or record-only (counted, not monetised).
 *
 * @example
 * ```ts
 * import type { MonitoredValueType } from 'social-value';
 *
 * const type: MonitoredValueType = 'local-economic';
 * type; // => 'local-economic'
 * ```
 */
export type MonitoredValueType = 'local-economic' | 'social' | 'environmental' | 'record-only';

/**
 * One pledge line as delivery monitoring reads it: the fields of a `Valuation` line that
 * `valuePledges` returns. Any object with these fields will do.
 *
 * @example
 * ```ts
 * import type { PledgeLine } from 'social-value';
 *
 * const line: PledgeLine = {
 *   index: 0, measure: 'NT1', theme: 'jobs', valueType: 'local-economic',
 *   quantity: '24', attribution: '1', proxy: '30782', tags: {},
 * };
 * line.measure; // => 'NT1'
 * ```
 */
export interface PledgeLine {
  /** The line's position in the pledges (0 for the first). */
  readonly index: number;
  /** The measure code, e.g. `NT1`. */
  readonly measure: string;
  /** The measure's title. */
  readonly title?: string;
  /** The measure's unit, e.g. `no. people FTE`. */
  readonly unit?: string;
  /** The theme id. */
  readonly theme: string;
  /** The measure's value type. */
  readonly valueType: MonitoredValueType;
  /** The quantity pledged. */
  readonly quantity: Numeric;
  /** The share attributable to the contract (0–1); default 1. */
  readonly attribution?: Numeric;
  /** The proxy value: £ per unit. */
  readonly proxy: Numeric;
  /** Tags such as a council priority. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * The pledge by year, when it was given so: contract years `'1'`, `'2'`… or financial years
   * `'2025/26'` (calendar years `'2025'`). It becomes the line's expected profile.
   */
  readonly years?: readonly {
    /** The year label. */
    readonly year: string;
    /** The quantity pledged for that year. */
    readonly quantity: Numeric;
  }[];
}

/**
 * The valuation monitored: what `valuePledges` returns, or any object with these fields.
 *
 * @example
 * ```ts
 * import type { MonitoredValuation } from 'social-value';
 *
 * const valuation: MonitoredValuation = {
 *   lines: [{ index: 0, measure: 'NT29', theme: 'social', valueType: 'social', quantity: 32, proxy: '16.09' }],
 * };
 * valuation.lines.length; // => 1
 * ```
 */
export interface MonitoredValuation {
  /** The framework's identity (edition and price year of the proxies). */
  readonly framework?: {
    /** The framework's id. */
    readonly id: string;
    /** Its name. */
    readonly name?: string;
    /** Its edition. */
    readonly edition?: string;
    /** The price year of its proxy values. */
    readonly priceYear?: number;
  };
  /** The pledge lines. */
  readonly lines: readonly PledgeLine[];
  /** The contract value (£), for social value added. */
  readonly contractValue?: Numeric;
}

/**
 * A measure of a framework, as monitoring reads it to value deliveries nobody pledged.
 *
 * @example
 * ```ts
 * import type { MonitoredMeasure } from 'social-value';
 *
 * const measure: MonitoredMeasure = { code: 'NT29', theme: 'social', proxyValue: '16.09', valueType: 'social' };
 * measure.code; // => 'NT29'
 * ```
 */
export interface MonitoredMeasure {
  /** The measure code. */
  readonly code: string;
  /** The theme id. */
  readonly theme: string;
  /** The title. */
  readonly title?: string;
  /** The unit. */
  readonly unit?: string;
  /** £ per unit; `null` when the framework has no proxy for it. */
  readonly proxyValue: Numeric | null;
  /** The value type. */
  readonly valueType: MonitoredValueType;
}

/**
 * A framework as monitoring reads it (a `Framework` from `defineFramework` will do).
 *
 * @example
 * ```ts
 * import type { MonitoredFramework } from 'social-value';
 *
 * const framework: MonitoredFramework = { measures: [] };
 * framework.measures.length; // => 0
 * ```
 */
export interface MonitoredFramework {
  /** The measures. */
  readonly measures: readonly MonitoredMeasure[];
}

/**
 * A delivery record: a dated quantity delivered against a measure, with its evidence.
 *
 * @example
 * ```ts
 * import type { Delivery } from 'social-value';
 *
 * const delivery: Delivery = {
 *   measure: 'NT1', date: '2025-03-31', quantity: 8, verification: 'verified', evidence: 'Q4 payroll',
 * };
 * delivery.verification; // => 'verified'
 * ```
 */
export interface Delivery {
  /** The measure code delivered against. */
  readonly measure: string;
  /** When it was delivered (or the end of the period it reports), `YYYY-MM-DD` or a `Date`. */
  readonly date: string | Date;
  /** The quantity delivered, in the measure's unit (0 or more). */
  readonly quantity: Numeric;
  /**
   * The pledge line (its `index`) the delivery counts against; needed only when the measure is
   * pledged on more than one line.
   */
  readonly line?: number;
  /** Whether the delivery has been checked against evidence; default `'claimed'`. */
  readonly verification?: 'verified' | 'claimed';
  /** A reference to the evidence (document, system record). */
  readonly evidence?: string;
  /** A free note. */
  readonly note?: string;
}

/**
 * A change to a pledge agreed during the contract: from `date` on, the pledge is `quantity`.
 *
 * @example
 * ```ts
 * import type { PledgeVariation } from 'social-value';
 *
 * const variation: PledgeVariation = { measure: 'NT10', date: '2025-04-01', quantity: 40, reason: 'scope reduced' };
 * variation.quantity; // => 40
 * ```
 */
export interface PledgeVariation {
  /** The measure code of the pledge varied. */
  readonly measure: string;
  /** The pledge line (its `index`), when the measure is pledged on more than one line. */
  readonly line?: number;
  /** The day the new pledge takes effect, within the contract. */
  readonly date: string | Date;
  /** The new pledged quantity for the whole contract period, in the measure's unit. */
  readonly quantity: Numeric;
  /** Why it was agreed. */
  readonly reason?: string;
  /** A reference to the agreement (contract change notice). */
  readonly reference?: string;
}

/**
 * One period of an expected delivery profile: the share of the pledge due in it, spread evenly
 * over its days.
 *
 * @example
 * ```ts
 * import type { ProfilePeriod } from 'social-value';
 *
 * const year1: ProfilePeriod = { from: '2024-04-01', to: '2025-03-31', share: '0.2' };
 * year1.share; // => '0.2'
 * ```
 */
export interface ProfilePeriod {
  /** First day of the period. */
  readonly from: string | Date;
  /** Last day of the period. */
  readonly to: string | Date;
  /** The share of the pledge expected in the period (0–1); all shares add up to 1. */
  readonly share: Numeric;
}

/**
 * The pace thresholds between statuses, as ratios of delivered to expected to date. These are
 * the library's defaults, not a published standard: set your own policy.
 *
 * @example
 * ```ts
 * import type { StatusThresholds } from 'social-value';
 *
 * const strict: StatusThresholds = { onTrack: '0.95', atRisk: '0.8' };
 * strict.onTrack; // => '0.95'
 * ```
 */
export interface StatusThresholds {
  /** From this pace a started pledge is `on-track`. Default 0.9. */
  readonly onTrack?: Numeric;
  /** From this pace (below `onTrack`) it is `at-risk`; below it, `behind`. Default 0.75. */
  readonly atRisk?: Numeric;
}

/**
 * Options of `trackDelivery`.
 *
 * @example
 * ```ts
 * import type { TrackDeliveryOptions } from 'social-value';
 *
 * const options: TrackDeliveryOptions = { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31' };
 * options.asOf; // => '2025-03-31'
 * ```
 */
export interface TrackDeliveryOptions {
  /**
   * The date reported at (inclusive); later deliveries and variations are left out. Default:
   * the contract end, or else the last delivery.
   */
  readonly asOf?: string | Date;
  /** The contract's first day. Give it with `end` for an expected-to-date profile. */
  readonly start?: string | Date;
  /** The contract's last day. Without start and end, every pledge is expected in full. */
  readonly end?: string | Date;
  /**
   * How delivery is expected over the contract: `'linear'` or periods with shares, for every
   * line. Default: lines pledged by year follow their years (each year's quantity spread over
   * its days), the others are linear.
   */
  readonly profile?: 'linear' | readonly ProfilePeriod[];
  /** Pledge changes agreed during the contract. */
  readonly variations?: readonly PledgeVariation[];
  /** Pace thresholds of the statuses. */
  readonly thresholds?: StatusThresholds;
  /** The framework, to value deliveries against measures nobody pledged. */
  readonly framework?: MonitoredFramework;
  /** Count all deliveries (default) or only verified ones towards progress and value. */
  readonly count?: 'all' | 'verified';
  /** The contract value (£), for social value added; default the valuation's. */
  readonly contractValue?: Numeric;
  /** The month (1–12) financial years start in; default 4 (April). */
  readonly financialYearStartMonth?: number;
}

/**
 * Where a pledge stands, from nothing delivered to more than pledged. In order:
 * `not-started` < `behind` < `at-risk` < `on-track` < `complete` < `over-delivered`.
 *
 * @example
 * ```ts
 * import type { DeliveryStatus } from 'social-value';
 *
 * const status: DeliveryStatus = 'on-track';
 * status; // => 'on-track'
 * ```
 */
export type DeliveryStatus =
  | 'not-started'
  | 'behind'
  | 'at-risk'
  | 'on-track'
  | 'complete'
  | 'over-delivered';

/**
 * A pledge as it stood over a period: the original, then each variation in date order.
 *
 * @example
 * ```ts
 * import { Decimal, type PledgeVersion } from 'social-value';
 *
 * const original: PledgeVersion = { from: '2024-04-01', quantity: new Decimal(70) };
 * original.quantity.toString(); // => '70'
 * ```
 */
export interface PledgeVersion {
  /** The first day this version was in force (the contract start, or `null` without one). */
  readonly from: string | null;
  /** The pledged quantity. */
  readonly quantity: Decimal;
  /** Why it changed (variations only). */
  readonly reason?: string;
  /** The agreement's reference (variations only). */
  readonly reference?: string;
}

/**
 * £ figures of delivery, for a line, a group of lines, a contract or a portfolio.
 *
 * @example
 * ```ts
 * import type { DeliveryFigures } from 'social-value';
 *
 * function ratioText(figures: DeliveryFigures): string {
 *   return figures.deliveryRatio?.toString() ?? 'n/a';
 * }
 * typeof ratioText; // => 'function'
 * ```
 */
export interface DeliveryFigures {
  /** The value of the pledges over the whole contract (with variations). */
  readonly pledged: Decimal;
  /** The value expected by the report date. */
  readonly expected: Decimal;
  /** The value delivered against pledges (counted deliveries). */
  readonly delivered: Decimal;
  /** The value of deliveries verified against evidence (shown whatever is counted). */
  readonly verified: Decimal;
  /** The value of deliveries claimed but not yet verified. */
  readonly claimed: Decimal;
  /** The value of deliveries against measures nobody pledged (counted deliveries). */
  readonly unpledged: Decimal;
  /** The value still to deliver over the contract: Σ max(0, pledged − delivered) per line. */
  readonly shortfall: Decimal;
  /** The value behind the profile now: Σ max(0, expected − delivered) per line. */
  readonly shortfallToDate: Decimal;
  /** Delivered ÷ expected to date; `null` when nothing is expected yet. */
  readonly deliveryRatio: Decimal | null;
  /** Delivered ÷ pledged; `null` when nothing is pledged. */
  readonly progress: Decimal | null;
}

/**
 * Delivery against one pledge line.
 *
 * @example
 * ```ts
 * import type { DeliveryLine } from 'social-value';
 *
 * const behind = (line: DeliveryLine) => line.status === 'behind';
 * typeof behind; // => 'function'
 * ```
 */
export interface DeliveryLine {
  /** The pledge line's index in the valuation. */
  readonly index: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title, when the valuation has it. */
  readonly title?: string;
  /** The unit, when the valuation has it. */
  readonly unit?: string;
  /** The theme id. */
  readonly theme: string;
  /** The value type. */
  readonly valueType: MonitoredValueType;
  /** The line's tags. */
  readonly tags: Readonly<Record<string, string>>;
  /** £ per unit: proxy × attribution, as the valuation values the pledge. */
  readonly unitValue: Decimal;
  /** The pledge in force at the report date. */
  readonly pledged: Decimal;
  /** The pledge's history: the original and every variation up to the report date. */
  readonly history: readonly PledgeVersion[];
  /**
   * The quantity due over the whole contract: each day's share of the profile at the pledge in
   * force that day. Equals `pledged` when there are no variations.
   */
  readonly commitment: Decimal;
  /** The quantity expected by the report date. */
  readonly expected: Decimal;
  /** The quantity counted as delivered (all, or verified only). */
  readonly delivered: Decimal;
  /** The quantity verified. */
  readonly verified: Decimal;
  /** The quantity claimed, not verified. */
  readonly claimed: Decimal;
  /** Delivered ÷ commitment; `null` when the commitment is 0. */
  readonly progress: Decimal | null;
  /** Delivered ÷ expected to date; `null` when nothing is expected yet. */
  readonly pace: Decimal | null;
  /** Where the pledge stands. */
  readonly status: DeliveryStatus;
  /** Why, in a sentence with the figures and threshold used. */
  readonly reason: string;
  /** The £ figures of the line. */
  readonly value: DeliveryFigures;
  /** How many deliveries were counted. */
  readonly deliveries: number;
}

/**
 * Deliveries against a measure nobody pledged, valued at the framework's proxy.
 *
 * @example
 * ```ts
 * import type { UnpledgedDelivery } from 'social-value';
 *
 * const label = (entry: UnpledgedDelivery) => `${entry.measure}: ${entry.value.toString()}`;
 * typeof label; // => 'function'
 * ```
 */
export interface UnpledgedDelivery {
  /** The measure code. */
  readonly measure: string;
  /** The title, when the framework has it. */
  readonly title?: string;
  /** The unit, when the framework has it. */
  readonly unit?: string;
  /** The theme id. */
  readonly theme: string;
  /** The value type. */
  readonly valueType: MonitoredValueType;
  /** The framework's proxy (£ per unit). */
  readonly proxy: Decimal;
  /** The quantity counted. */
  readonly quantity: Decimal;
  /** The quantity verified. */
  readonly verified: Decimal;
  /** The quantity claimed, not verified. */
  readonly claimed: Decimal;
  /** The value of the counted quantity: quantity × proxy. */
  readonly value: Decimal;
  /** How many deliveries were counted. */
  readonly deliveries: number;
}

/**
 * Value expected and delivered within one financial year.
 *
 * @example
 * ```ts
 * import type { FinancialYearFigures } from 'social-value';
 *
 * const label = (year: FinancialYearFigures) => year.year.label;
 * typeof label; // => 'function'
 * ```
 */
export interface FinancialYearFigures {
  /** The financial year. */
  readonly year: FinancialYear;
  /** The value expected within the year (up to the report date), at the pledges in force. */
  readonly expected: Decimal;
  /** The value delivered against pledges within the year (counted deliveries). */
  readonly delivered: Decimal;
  /** The value verified within the year. */
  readonly verified: Decimal;
  /** The value claimed, not verified, within the year. */
  readonly claimed: Decimal;
  /** The value delivered within the year against measures nobody pledged. */
  readonly unpledged: Decimal;
  /** Delivered ÷ expected; `null` when nothing was expected. */
  readonly deliveryRatio: Decimal | null;
}

/**
 * Social value added (value ÷ contract value), split as the Social Value Portal benchmark is:
 * social (with environmental), local economic, and combined.
 *
 * @example
 * ```ts
 * import type { SocialValueAddedSplit } from 'social-value';
 *
 * const combined = (split: SocialValueAddedSplit) => split.combined;
 * typeof combined; // => 'function'
 * ```
 */
export interface SocialValueAddedSplit {
  /** Social and environmental value ÷ contract value. */
  readonly social: Decimal;
  /** Local economic value ÷ contract value. */
  readonly localEconomic: Decimal;
  /** All monetised value ÷ contract value. */
  readonly combined: Decimal;
}

/**
 * Social value added pledged and delivered for a contract or a portfolio.
 *
 * @example
 * ```ts
 * import type { SocialValueAddedFigures } from 'social-value';
 *
 * const delivered = (sva: SocialValueAddedFigures) => sva.delivered.combined;
 * typeof delivered; // => 'function'
 * ```
 */
export interface SocialValueAddedFigures {
  /** The contract value(s) divided by. */
  readonly contractValue: Decimal;
  /** Pledged value over the contract ÷ contract value. */
  readonly pledged: SocialValueAddedSplit;
  /** Value delivered so far, pledged or not (counted deliveries), ÷ contract value. */
  readonly delivered: SocialValueAddedSplit;
}

/**
 * The breakdowns shared by a contract's {@link DeliveryReport} and a {@link PortfolioSummary}:
 * £ totals, then the same figures by theme, value type, tag and financial year, and status counts.
 * In a report they cover its pledge lines and unpledged deliveries; in a portfolio, the sums of
 * the contracts' own figures (contract tags included in `byTag`).
 *
 * @example
 * ```ts
 * import type { DeliveryBreakdowns } from 'social-value';
 *
 * const deliveredByTheme = (figures: DeliveryBreakdowns) =>
 *   Object.entries(figures.byTheme).map(([theme, f]) => `${theme}: ${f.delivered.toString()}`);
 * typeof deliveredByTheme; // => 'function'
 * ```
 */
export interface DeliveryBreakdowns {
  /** The £ totals. */
  readonly totals: DeliveryFigures;
  /** Totals by theme id. */
  readonly byTheme: Readonly<Record<string, DeliveryFigures>>;
  /** Totals by value type. */
  readonly byValueType: Readonly<Record<string, DeliveryFigures>>;
  /** Totals by tag name, then tag value (lines without the tag are left out). */
  readonly byTag: Readonly<Record<string, Readonly<Record<string, DeliveryFigures>>>>;
  /** Value expected and delivered per April–March (or chosen) financial year. */
  readonly byFinancialYear: readonly FinancialYearFigures[];
  /** How many pledge lines have each status. */
  readonly statusCounts: Readonly<Record<DeliveryStatus, number>>;
}

/**
 * The result of `trackDelivery`: each pledge line's progress and status, deliveries nobody
 * pledged, totals and breakdowns, explained.
 *
 * @example
 * ```ts
 * import type { DeliveryReport } from 'social-value';
 *
 * const total = (report: DeliveryReport) => report.totals.delivered;
 * typeof total; // => 'function'
 * ```
 */
export interface DeliveryReport extends DeliveryBreakdowns {
  /** Marks the object as a delivery report (checked by `summarisePortfolio`). */
  readonly kind: 'delivery-report';
  /** The framework of the valuation, when known. */
  readonly framework?: MonitoredValuation['framework'];
  /** The report date. */
  readonly asOf: string;
  /** The contract period, when given. */
  readonly period?: {
    /** The first day. */
    readonly start: string;
    /** The last day. */
    readonly end: string;
  };
  /** Whether all deliveries or only verified ones count. */
  readonly count: 'all' | 'verified';
  /** Per pledge line, in the valuation's order. */
  readonly lines: readonly DeliveryLine[];
  /** Deliveries against measures nobody pledged, by measure code. */
  readonly unpledged: readonly UnpledgedDelivery[];
  /** Social value added, when the contract value is known. */
  readonly socialValueAdded?: SocialValueAddedFigures;
  /** The month financial years start in. */
  readonly financialYearStartMonth: number;
  /** Deliveries dated after the report date, left out. */
  readonly laterDeliveries: number;
  /** A sentence summing up. */
  readonly summary: string;
}
