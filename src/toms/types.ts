import type { Decimal, Numeric } from '../core/decimal.js';

import type { ValueType } from '../core/value-types.js';

export type { ValueType };

/** A theme of a TOMs framework, such as "Jobs: Promote Local Skills and Employment". */
export interface Theme {
  /** A stable identifier, referenced by outcomes and measures (`'jobs'`). */
  readonly id: string;
  /** The full name (`'Promote Local Skills and Employment'`). */
  readonly name: string;
  /** The short name used in tables (`'Jobs'`); the full name when none was given. */
  readonly shortName: string;
}

/** An outcome of a theme ("More local people in employment"); measures may point to one. */
export interface Outcome {
  /** A stable identifier, referenced by measures. */
  readonly id: string;
  /** The id of the theme the outcome belongs to. */
  readonly theme: string;
  /** The outcome in words. */
  readonly name: string;
}

/** Where a measure of an extended framework came from (see `extendFramework`). */
export interface MeasureProvenance {
  /** `added`: new in the extension; `overridden`: replaces the base measure of the same code. */
  readonly change: 'added' | 'overridden';
  /** The base framework, as `"<id> <edition>"`. */
  readonly base: string;
  /** For an overridden measure: the base measure's proxy value (`null` if it had none). */
  readonly baseProxyValue?: Decimal | null | undefined;
}

/**
 * A measure: what is counted, in which unit, and the proxy value of one unit.
 * Pledged value = quantity × proxy value.
 */
export interface Measure {
  /** The measure's code as its framework writes it (`NT1`, `NT15a`, `CBC5 RBC1`). */
  readonly code: string;
  /** The id of its theme. */
  readonly theme: string;
  /** The id of its outcome, if the framework has outcomes. */
  readonly outcome?: string | undefined;
  /** What is counted, in our own words. */
  readonly title: string;
  /** The unit of a quantity (`no. people FTE`, `no. weeks`, `£`, `%`). */
  readonly unit: string;
  /**
   * £ of value per unit. `null`: not monetised yet (valuing it is an error, `missing-proxy`);
   * `0`: recorded, not monetised (valid, values to £0; a `record-only` measure's is 0 or `null`).
   */
  readonly proxyValue: Decimal | null;
  /** How the value is reported. */
  readonly valueType: ValueType;
  /** Measures sharing a group must not count the same thing twice (local spend vs local SME spend). */
  readonly exclusivityGroup?: string | undefined;
  /** How many years one person may be counted (1 for disadvantaged hires: first year only). */
  readonly maxYearsPerPerson?: number | undefined;
  /** The edition the proxy value comes from, when it differs from the framework's edition. */
  readonly edition?: string | undefined;
  /** Where the measure and its proxy come from. */
  readonly source?: string | undefined;
  /** Set on measures added or overridden by `extendFramework`. */
  readonly provenance?: MeasureProvenance | undefined;
}

/**
 * A TOMs framework: themes, outcomes and measures with proxy values of one edition and price
 * year. Built and validated by `defineFramework` (or `extendFramework`, `reindexProxies`,
 * `toFramework`); frozen. Its JSON form (`JSON.stringify`) writes proxy values as exact strings.
 */
export interface Framework {
  /** Always `'framework'`: what this object is, also in its JSON form. */
  readonly kind: 'framework';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** A stable identifier (`'national-toms'`, `'lancashire-cwb'`). */
  readonly id: string;
  /** The framework's name. */
  readonly name: string;
  /** The edition the proxy values come from (`'2022'`). */
  readonly edition: string;
  /** The price year of the proxy values. */
  readonly priceYear: number;
  /** Always `'GBP'`. */
  readonly currency: 'GBP';
  /** The themes, in the framework's order. */
  readonly themes: readonly Theme[];
  /** The outcomes (may be empty). */
  readonly outcomes: readonly Outcome[];
  /** The measures, in the framework's order. */
  readonly measures: readonly Measure[];
  /** Where the framework and its proxy values come from (a citation, with a URL if public). */
  readonly source?: string | undefined;
  /** Set by `extendFramework`: the base framework as `"<id> <edition>"`. */
  readonly extends?: string | undefined;
  /**
   * Set by `reindexProxies` (and kept by `extendFramework` at the same price year): the price
   * year and factor the proxies were re-indexed from.
   */
  readonly reindexed?:
    | {
        /** The price year before re-indexing (before the first, when re-indexed again). */
        readonly fromPriceYear: number;
        /** The factor every proxy value was multiplied by (every re-indexing's, multiplied). */
        readonly factor: Decimal;
      }
    | undefined;
}

/** A theme as given to `defineFramework` (`shortName` defaults to `name`). */
export interface ThemeInput {
  /** A stable identifier. */
  readonly id: string;
  /** The full name. */
  readonly name: string;
  /** The short name; default the full name. */
  readonly shortName?: string | undefined;
}

/** Where a measure came from, as given back to `defineFramework` with a stored framework. */
export interface MeasureProvenanceInput {
  /** `added` or `overridden`. */
  readonly change: 'added' | 'overridden';
  /** The base framework, as `"<id> <edition>"`. */
  readonly base: string;
  /** The base measure's proxy value (`null` if it had none). */
  readonly baseProxyValue?: Numeric | null | undefined;
}

/**
 * A measure as given to `defineFramework` or `extendFramework`: as {@link Measure}, but the
 * proxy value may be any Numeric (≥ 0) or `null`.
 */
export interface MeasureInput {
  /** The measure's code (unique in the framework). */
  readonly code: string;
  /** The id of its theme. */
  readonly theme: string;
  /** The id of its outcome. */
  readonly outcome?: string | undefined;
  /** What is counted, in your own words. */
  readonly title: string;
  /** The unit of a quantity. */
  readonly unit: string;
  /** £ per unit (≥ 0; 0 for a `record-only` measure); `null` when not monetised yet. */
  readonly proxyValue: Numeric | null;
  /** How the value is reported. */
  readonly valueType: ValueType;
  /** Measures sharing a group must not count the same thing twice. */
  readonly exclusivityGroup?: string | undefined;
  /** How many years one person may be counted (a whole number ≥ 1). */
  readonly maxYearsPerPerson?: number | undefined;
  /** The edition the proxy comes from, when not the framework's. */
  readonly edition?: string | undefined;
  /** Where the measure and its proxy come from. */
  readonly source?: string | undefined;
  /** Kept when a stored framework is defined again (set by `extendFramework`). */
  readonly provenance?: MeasureProvenanceInput | undefined;
}

/**
 * A framework as given to `defineFramework`. A {@link Framework} (or its JSON form) is one too:
 * `kind`, `schemaVersion`, `extends` and `reindexed` are accepted so that a stored framework can
 * be defined again.
 */
export interface FrameworkInput {
  /** `'framework'` when given (a stored framework); may be omitted. */
  readonly kind?: 'framework' | undefined;
  /** `1` when given; may be omitted. */
  readonly schemaVersion?: 1 | undefined;
  /** A stable identifier. */
  readonly id: string;
  /** The framework's name. */
  readonly name: string;
  /** The edition the proxy values come from. */
  readonly edition: string;
  /** The price year of the proxy values (a whole year from 1900 to 2200). */
  readonly priceYear: number;
  /** Always `'GBP'` (may be omitted). */
  readonly currency?: 'GBP' | undefined;
  /** The themes. */
  readonly themes: readonly ThemeInput[];
  /** The outcomes (default none). */
  readonly outcomes?: readonly Outcome[] | undefined;
  /** The measures. */
  readonly measures: readonly MeasureInput[];
  /** Where the framework comes from. */
  readonly source?: string | undefined;
  /** The base framework, as `extendFramework` records it. */
  readonly extends?: string | undefined;
  /** The re-indexing, as `reindexProxies` records it. */
  readonly reindexed?:
    | {
        /** The price year before re-indexing. */
        readonly fromPriceYear: number;
        /** The factor every proxy value was multiplied by (above 0). */
        readonly factor: Numeric;
      }
    | undefined;
}
