import type { Decimal, Numeric } from '../core/decimal.js';
import type { PledgeChannel, PledgeEffect, PledgerKind } from '../core/pledge-channel.js';
import type { ValueType } from '../core/value-types.js';

export type { PledgeChannel, PledgeEffect, PledgerKind };

/**
 * One line of the valuation monitored, as `valuePledges` returns it (a `ValuationLine`); a
 * hand-made line needs only the measure, theme, value type, quantity and proxy value.
 */
export interface MonitoredValuationLine {
  /** The line's position in the pledges (0 for the first); default its position in `lines`. */
  readonly index?: number | undefined;
  /** The measure code, e.g. `NT1`. */
  readonly measure: string;
  /** The measure's title. */
  readonly title?: string | undefined;
  /** The measure's unit, e.g. `no. people FTE`. */
  readonly unit?: string | undefined;
  /** The theme id. */
  readonly theme: string;
  /** The theme's name. */
  readonly themeName?: string | undefined;
  /** The measure's value type. */
  readonly valueType: ValueType;
  /** The quantity pledged. */
  readonly quantity: Numeric;
  /** The share of the quantity attributable to the contract (0–1); default 1. */
  readonly attributionShare?: Numeric | undefined;
  /** The measure's £ per unit. */
  readonly proxyValue: Numeric;
  /**
   * The line's value: monitoring values deliveries itself, but a stored line's value must be
   * its quantity × attribution share × proxy value (negative for a disbenefit).
   */
  readonly value?: Numeric | undefined;
  /**
   * The pledge by year, when it was given so: contract years `'1'`, `'2'`… or financial years
   * `'2025/26'` (calendar years `'2025'`). It becomes the line's expected profile: each year's
   * share of `quantity` is its quantity ÷ the years' sum (in a line without `value`, the years
   * are not checked to add up to `quantity`).
   */
  readonly years?:
    | readonly {
        /** The year label. */
        readonly year: string;
        /** The quantity pledged for that year. */
        readonly quantity: Numeric;
        /** Its value (when given, with the line's: its quantity × the line's unit value). */
        readonly value?: Numeric | undefined;
      }[]
    | undefined;
  /** Tags such as a council priority. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** The pledge's note. */
  readonly note?: string | undefined;
  /** Where the pledge comes from; default `'tender'`. */
  readonly channel?: PledgeChannel | undefined;
  /** Who made the pledge: a supplier, a department or an officer. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name. */
  readonly pledger?: string | undefined;
  /** When the pledge is to be followed up (`YYYY-MM-DD`), as Suffolk follows officers' pledges up. */
  readonly followUpOn?: string | undefined;
  /** Barriers to the pledge recorded so far. */
  readonly barriers?: readonly string[] | undefined;
  /**
   * `'disbenefit'` for a negative impact (its value is negative); default `'benefit'`. The
   * quantity and proxy value stay positive: the effect gives the sign.
   */
  readonly effect?: PledgeEffect | undefined;
}

/**
 * The valuation monitored: a `Valuation` from `valuePledges`, its JSON snapshot, or a hand-made
 * object with its lines. Monitoring reads the framework's identity, the lines and the contract
 * value; the other fields of a valuation are allowed and not used, but a stored valuation's
 * line values, total and ratio must be those its lines give (an edited one is refused).
 */
export interface MonitoredValuation {
  /** `'valuation'` when present. */
  readonly kind?: 'valuation' | undefined;
  /** 1 when present. */
  readonly schemaVersion?: 1 | undefined;
  /** The framework's identity (edition and price year of the proxies). */
  readonly framework?:
    | {
        /** The framework's id. */
        readonly id: string;
        /** Its name. */
        readonly name?: string | undefined;
        /** Its edition. */
        readonly edition?: string | undefined;
        /** The price year of its proxy values. */
        readonly priceYear?: number | undefined;
      }
    | undefined;
  /** The pledge lines. */
  readonly lines: readonly MonitoredValuationLine[];
  /** The valuation's total (not used; when given, the sum of the lines' values). */
  readonly total?: Numeric | undefined;
  /** Totals by theme (not used; without lines, adding up to the total). */
  readonly byTheme?: unknown;
  /** Totals by value type (not read). */
  readonly byValueType?: unknown;
  /** Totals by tag (not read). */
  readonly byTag?: unknown;
  /** Totals by year (not read). */
  readonly byYear?: unknown;
  /** The contract value (£, at least £0.01), for social value added. */
  readonly contractValue?: Numeric | undefined;
  /** The valuation's social value added (not used; when given, the total over the contract value). */
  readonly socialValueAddedRatio?: Numeric | undefined;
  /** The valuation's warnings (not read). */
  readonly warnings?: unknown;
  /** The valuation's summary (not read). */
  readonly summary?: string | undefined;
}

/**
 * A measure of a framework, as monitoring reads it to value deliveries nobody pledged (a
 * framework's `Measure` will do).
 */
export interface MonitoredMeasure {
  /** The measure code. */
  readonly code: string;
  /** The theme id. */
  readonly theme: string;
  /** The title. */
  readonly title?: string | undefined;
  /** The unit. */
  readonly unit?: string | undefined;
  /** £ per unit; `null` when the framework has no proxy for it. */
  readonly proxyValue: Numeric | null;
  /** The value type. */
  readonly valueType: ValueType;
}

/**
 * A framework as monitoring reads it: a `Framework` from `defineFramework`, its JSON snapshot, or
 * a hand-made object with its measures (and themes, for their names). Other fields of a framework
 * are allowed and not read.
 */
export interface MonitoredFramework {
  /** The themes, for their names. */
  readonly themes?:
    | readonly {
        /** The theme id. */
        readonly id: string;
        /** Its name. */
        readonly name?: string | undefined;
      }[]
    | undefined;
  /** The measures. */
  readonly measures: readonly MonitoredMeasure[];
}

/** A delivery record: a dated quantity delivered against a measure, with its evidence. */
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
  readonly line?: number | undefined;
  /** Whether the delivery has been checked against evidence; default `'claimed'`. */
  readonly verification?: 'verified' | 'claimed' | undefined;
  /** A reference to the evidence (document, system record). */
  readonly evidence?: string | undefined;
  /** A free note. */
  readonly note?: string | undefined;
  /**
   * The channel it came through: default its pledge line's (which it must match), or
   * `'tender'` for a measure nobody pledged.
   */
  readonly channel?: PledgeChannel | undefined;
}

/** A change to a pledge agreed during the contract: from `date` on, the pledge is `quantity`. */
export interface PledgeVariation {
  /** The measure code of the pledge varied. */
  readonly measure: string;
  /** The pledge line (its `index`), when the measure is pledged on more than one line. */
  readonly line?: number | undefined;
  /** The day the new pledge takes effect, within the contract. */
  readonly date: string | Date;
  /** The new pledged quantity for the whole contract period, in the measure's unit. */
  readonly quantity: Numeric;
  /** Why it was agreed. */
  readonly reason?: string | undefined;
  /** A reference to the agreement (contract change notice). */
  readonly reference?: string | undefined;
  /**
   * Adds a measure the valuation does not pledge: the new pledge line, in force from `date`
   * with its own profile from that date. Fields left out (theme, value type, proxy value,
   * title, unit) come from `options.framework`'s measure of that code. Deliveries of the
   * measure dated before `date` do not count against it: they are deliveries nobody pledged.
   */
  readonly newPledge?: NewPledge | undefined;
}

/** A pledge line a variation adds mid-contract: the valuation line's fields, and its profile. */
export interface NewPledge {
  /** The new line's index; default one more than the highest index so far. */
  readonly index?: number | undefined;
  /** The theme id; default the framework measure's. */
  readonly theme?: string | undefined;
  /** The theme's name; default the framework's. */
  readonly themeName?: string | undefined;
  /** The value type; default the framework measure's. */
  readonly valueType?: ValueType | undefined;
  /** £ per unit; default the framework measure's. */
  readonly proxyValue?: Numeric | undefined;
  /** The share attributable to the contract (0–1); default 1. */
  readonly attributionShare?: Numeric | undefined;
  /** The measure's title; default the framework's. */
  readonly title?: string | undefined;
  /** The unit; default the framework's. */
  readonly unit?: string | undefined;
  /** Tags such as a council priority. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** Where the pledge comes from; default `'tender'`. */
  readonly channel?: PledgeChannel | undefined;
  /** Who made the pledge. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name. */
  readonly pledger?: string | undefined;
  /** When the pledge is to be followed up. */
  readonly followUpOn?: string | undefined;
  /** Barriers recorded. */
  readonly barriers?: readonly string[] | undefined;
  /** `'disbenefit'` for a negative impact; default `'benefit'`. */
  readonly effect?: PledgeEffect | undefined;
  /**
   * How the new pledge is due from its date to the contract end: `'linear'` (default) or
   * periods with shares adding up to 1, within those days. `options.profile` does not apply.
   */
  readonly profile?: 'linear' | readonly ProfilePeriod[] | undefined;
}

/**
 * One period of an expected delivery profile: the share of the pledge due in it, spread evenly
 * over its days.
 */
export interface ProfilePeriod {
  /** First day of the period. */
  readonly from: string | Date;
  /** Last day of the period. */
  readonly to: string | Date;
  /** The share of the pledge expected in the period (a fraction 0–1); all add up to 1. */
  readonly share: Numeric;
}

/**
 * The delivery-ratio thresholds between statuses (delivered ÷ expected to date, as fractions).
 * These are the library's defaults, not a published standard: set your own policy.
 */
export interface StatusThresholds {
  /** From this delivery ratio a started pledge is `on-track`. Default 0.9. */
  readonly onTrackRatio?: Numeric | undefined;
  /** From this ratio (below `onTrackRatio`) it is `at-risk`; below it, `behind`. Default 0.75. */
  readonly atRiskRatio?: Numeric | undefined;
}

/** Options of `trackDelivery`. */
export interface TrackDeliveryOptions {
  /**
   * The date reported at (inclusive); later deliveries and variations are left out. Default:
   * the contract end, or else the last delivery.
   */
  readonly asOf?: string | Date | undefined;
  /** The contract's first day. Give it with `end` for an expected-to-date profile. */
  readonly start?: string | Date | undefined;
  /** The contract's last day. Without start and end, every pledge is expected in full. */
  readonly end?: string | Date | undefined;
  /**
   * How delivery is expected over the contract: `'linear'` or periods with shares, for every
   * line. Default: lines pledged by year follow their years (each year's quantity spread over
   * its days), the others are linear.
   */
  readonly profile?: 'linear' | readonly ProfilePeriod[] | undefined;
  /** Pledge changes agreed during the contract. */
  readonly variations?: readonly PledgeVariation[] | undefined;
  /** Delivery-ratio thresholds of the statuses. */
  readonly thresholds?: StatusThresholds | undefined;
  /** The framework, to value deliveries against measures nobody pledged. */
  readonly framework?: MonitoredFramework | undefined;
  /** Count all deliveries (default) or only verified ones towards progress and value. */
  readonly count?: 'all' | 'verified' | undefined;
  /** The contract value (£, at least £0.01), for social value added; default the valuation's. */
  readonly contractValue?: Numeric | undefined;
  /** The month (1–12) financial years start in; default 4 (April). */
  readonly financialYearStartMonth?: number | undefined;
}

/**
 * Where a pledge stands, from nothing delivered to more than pledged. In order:
 * `not-started` < `behind` < `at-risk` < `on-track` < `complete` < `over-delivered`.
 */
export type DeliveryStatus =
  | 'not-started'
  | 'behind'
  | 'at-risk'
  | 'on-track'
  | 'complete'
  | 'over-delivered';

/** A pledge as it stood over a period: the original, then each variation in date order. */
export interface PledgeVersion {
  /** The first day this version was in force (the contract start, or `null` without one). */
  readonly from: string | null;
  /** The pledged quantity. */
  readonly quantity: Decimal;
  /** Why it changed, as the variation says (variations only). */
  readonly reason?: string | undefined;
  /** The agreement's reference (variations only). */
  readonly reference?: string | undefined;
}

/** £ figures of delivery, for a line, a group of lines, a contract or a portfolio. */
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
  /**
   * Delivered ÷ expected to date; `null` when less than a penny (0 included) is expected yet. In
   * a line's `value`, the line's own `deliveryRatio` (`null` when its unit value is 0).
   */
  readonly deliveryRatio: Decimal | null;
  /**
   * Delivered ÷ pledged; `null` when less than a penny (0 included) is pledged. In a line's
   * `value`, the line's own `progressRatio` (`null` when its unit value is 0).
   */
  readonly progressRatio: Decimal | null;
}

/** Delivery against one pledge line. */
export interface DeliveryLine {
  /** The pledge line's index in the valuation (or given by the variation that added it). */
  readonly index: number;
  /** `'valuation'` for a line of the valuation, `'variation'` for one a variation added. */
  readonly origin: 'valuation' | 'variation';
  /** The measure code. */
  readonly measure: string;
  /** The measure's title, when the valuation has it. */
  readonly title?: string | undefined;
  /** The unit, when the valuation has it. */
  readonly unit?: string | undefined;
  /** The theme id. */
  readonly theme: string;
  /** The theme's name, when the valuation has it. */
  readonly themeName?: string | undefined;
  /** The value type. */
  readonly valueType: ValueType;
  /** `'disbenefit'` for a negative impact, whose values are negative; else `'benefit'`. */
  readonly effect: PledgeEffect;
  /** Where the pledge comes from. */
  readonly channel: PledgeChannel;
  /** Who made the pledge, when the valuation says. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name, when the valuation says. */
  readonly pledger?: string | undefined;
  /** When the pledge is to be followed up, when the valuation says. */
  readonly followUpOn?: string | undefined;
  /** Barriers to the pledge recorded, when the valuation has them. */
  readonly barriers?: readonly string[] | undefined;
  /** The line's tags (a null-prototype record). */
  readonly tags: Readonly<Record<string, string>>;
  /** The pledge's £ per unit. */
  readonly proxyValue: Decimal;
  /** The share attributable to the contract (1 when the valuation gave none). */
  readonly attributionShare: Decimal;
  /**
   * £ per unit counted: proxy value × attribution share, as the valuation values the pledge;
   * negative for a disbenefit.
   */
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
  readonly progressRatio: Decimal | null;
  /** Delivered ÷ expected to date (the pace); `null` when nothing is expected yet. */
  readonly deliveryRatio: Decimal | null;
  /** Where the pledge stands. */
  readonly status: DeliveryStatus;
  /** Why, in a sentence with the figures and threshold used. */
  readonly reason: string;
  /** The £ figures of the line. */
  readonly value: DeliveryFigures;
  /**
   * How many deliveries it has by the report date, verified and claimed: with `count:
   * 'verified'`, the claimed ones too (they are not in the quantity counted).
   */
  readonly deliveryCount: number;
}

/** Deliveries against a measure nobody pledged, valued at the framework's proxy value. */
export interface UnpledgedDelivery {
  /** The measure code. */
  readonly measure: string;
  /** The channel the deliveries came through (one entry per measure and channel). */
  readonly channel: PledgeChannel;
  /** The title, when the framework has it. */
  readonly title?: string | undefined;
  /** The unit, when the framework has it. */
  readonly unit?: string | undefined;
  /** The theme id. */
  readonly theme: string;
  /** The theme's name, when the framework has it. */
  readonly themeName?: string | undefined;
  /** The value type. */
  readonly valueType: ValueType;
  /** The framework's £ per unit. */
  readonly proxyValue: Decimal;
  /**
   * `'disbenefit'` for deliveries dated before a variation added the measure as a disbenefit
   * (`newPledge.effect`): their value is negative, as a disbenefit line's. Absent for a benefit.
   */
  readonly effect?: 'disbenefit' | undefined;
  /** The quantity counted. */
  readonly quantity: Decimal;
  /** The quantity verified. */
  readonly verified: Decimal;
  /** The quantity claimed, not verified. */
  readonly claimed: Decimal;
  /** The value of the counted quantity: quantity × proxy value, negative for a disbenefit. */
  readonly value: Decimal;
  /**
   * How many deliveries it has by the report date, verified and claimed: with `count:
   * 'verified'`, the claimed ones too (they are not in the quantity counted).
   */
  readonly deliveryCount: number;
}

/** Value expected and delivered within one financial year. */
export interface FinancialYearFigures {
  /** The financial year's label: `'2024/25'` (or `'2025'` for calendar years). */
  readonly year: string;
  /** Its first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Its last day, `YYYY-MM-DD`. */
  readonly end: string;
  /**
   * The value due within the whole year by the profiles, at the pledges in force (within the
   * contract; 0 without a contract period). Equals `expected` once the year is over.
   */
  readonly pledged: Decimal;
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
  /** Delivered ÷ expected; `null` when less than a penny (0 included) was expected. */
  readonly deliveryRatio: Decimal | null;
  /**
   * The year's figures by tag name, then tag value (null-prototype records; lines without the
   * tag left out), for budgets by priority or department.
   */
  readonly byTag: Readonly<Record<string, Readonly<Record<string, YearTagFigures>>>>;
}

/** Value due and delivered within a financial year for one tag value. */
export interface YearTagFigures {
  /** The value due within the year by the profiles. */
  readonly pledged: Decimal;
  /** The value delivered against pledges within the year. */
  readonly delivered: Decimal;
  /** The value delivered within the year against measures nobody pledged. */
  readonly unpledged: Decimal;
}

/**
 * Social value added (value ÷ contract value), split as the Social Value Portal benchmark is:
 * social (with environmental), local economic, and combined.
 */
export interface SocialValueAddedSplit {
  /** Social and environmental value ÷ contract value. */
  readonly socialRatio: Decimal;
  /** Local economic value ÷ contract value. */
  readonly localEconomicRatio: Decimal;
  /** All monetised value ÷ contract value. */
  readonly combinedRatio: Decimal;
}

/** Social value added pledged and delivered for a contract or a portfolio. */
export interface SocialValueAddedFigures {
  /** The contract value(s) divided by. */
  readonly contractValue: Decimal;
  /** Pledged value over the contract ÷ contract value. */
  readonly pledged: SocialValueAddedSplit;
  /** Value delivered so far, pledged or not (counted deliveries), ÷ contract value. */
  readonly delivered: SocialValueAddedSplit;
}

/**
 * The breakdowns shared by a contract's {@link DeliveryReport} and a `PortfolioSummary`:
 * £ totals, then the same figures by theme, value type, tag and financial year, and status counts.
 * In a report they cover its pledge lines and unpledged deliveries; in a portfolio, the sums of
 * the contracts' own figures (contract tags included in `byTag`). Records keyed by ids and tags
 * have no prototype.
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
  /** Totals by the channel pledges and deliveries came through. */
  readonly byChannel: Readonly<Record<string, DeliveryFigures>>;
  /**
   * Benefits and disbenefits apart, present when some line is a disbenefit (the other figures
   * are net: a disbenefit's values are negative).
   */
  readonly byEffect?: Readonly<Record<PledgeEffect, DeliveryFigures>> | undefined;
  /** Value expected and delivered per April–March (or chosen) financial year. */
  readonly byFinancialYear: readonly FinancialYearFigures[];
  /** How many pledge lines have each status. */
  readonly statusCounts: Readonly<Record<DeliveryStatus, number>>;
}

/**
 * The result of `trackDelivery`: each pledge line's progress and status, deliveries nobody
 * pledged, totals and breakdowns, explained.
 */
export interface DeliveryReport extends DeliveryBreakdowns {
  /** Marks the object as a delivery report. */
  readonly kind: 'delivery-report';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The framework of the valuation, when known. */
  readonly framework?:
    | {
        /** The framework's id. */
        readonly id: string;
        /** Its name. */
        readonly name?: string | undefined;
        /** Its edition. */
        readonly edition?: string | undefined;
        /** The price year of its proxy values. */
        readonly priceYear?: number | undefined;
      }
    | undefined;
  /** The report date. */
  readonly asOf: string;
  /** The contract period, when given. */
  readonly period?:
    | {
        /** The first day. */
        readonly start: string;
        /** The last day. */
        readonly end: string;
      }
    | undefined;
  /** Whether all deliveries or only verified ones count. */
  readonly count: 'all' | 'verified';
  /** Per pledge line, in the valuation's order. */
  readonly lines: readonly DeliveryLine[];
  /** Deliveries against measures nobody pledged, by measure code (code-unit order). */
  readonly unpledged: readonly UnpledgedDelivery[];
  /** Social value added, when the contract value is known. */
  readonly socialValueAdded?: SocialValueAddedFigures | undefined;
  /** Pledges due for follow-up by the report date (`followUpOn` on or before it), in date order. */
  readonly followUps: readonly FollowUpDue[];
  /** The month financial years start in. */
  readonly financialYearStartMonth: number;
  /** How many deliveries are dated after the report date and left out. */
  readonly laterDeliveryCount: number;
  /**
   * Things to check by hand, present only when there is one (a tag value written more than one
   * way); the figures stand as they are.
   */
  readonly warnings?: readonly DeliveryWarning[] | undefined;
  /** One sentence about the whole report (it counts the warnings, when there are any). */
  readonly summary: string;
}

/**
 * Codes of {@link DeliveryWarning}: `tag-spelling` (a tag value written more than one way,
 * `Housing` and `housing `, as ids are read: two entries of `byTag` and of each financial year's
 * `byTag`, as `valuePledges` warns of the same in a valuation).
 */
export type DeliveryWarningCode = 'tag-spelling';

/**
 * Something in a delivery report to check by hand: the sums are exact, but may split one thing
 * in two.
 */
export interface DeliveryWarning {
  /** What kind of problem (stable, kebab-case). */
  readonly code: DeliveryWarningCode;
  /** Always `'warning'`: the figures stand, a person should check them. */
  readonly severity: 'warning';
  /**
   * A sentence naming the tag and each spelling with its lines (`Tag "department" has one value
   * written 2 ways, totalled apart in byTag: "Housing" (line 0) and "housing " (line 1).`; long
   * lists are cut: "0, 1, 2, 3, 4 and 99,995 more").
   */
  readonly message: string;
  /** The index of every pledge line involved, ascending. */
  readonly lines: readonly number[];
}

/** A pledge due for follow-up: its line, who made it, the barriers recorded and where it stands. */
export interface FollowUpDue {
  /** The pledge line's index. */
  readonly line: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title, when known. */
  readonly title?: string | undefined;
  /** Where the pledge comes from. */
  readonly channel: PledgeChannel;
  /** Who made the pledge, when known. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name, when known. */
  readonly pledger?: string | undefined;
  /** The follow-up date. */
  readonly followUpOn: string;
  /** The barriers recorded (none is an empty list). */
  readonly barriers: readonly string[];
  /** The line's status at the report date. */
  readonly status: DeliveryStatus;
  /** Why it is listed, with the delivery so far and the barriers (each named once). */
  readonly reason: string;
}
