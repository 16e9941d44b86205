import type { Decimal, Numeric } from '../core/decimal.js';
import type { ValueType } from '../toms/types.js';

/**
 * One pledge as given to `valuePledges`: a measure code and exactly one of `quantity` or
 * `years`.
 *
 * @example
 * ```ts
 * import type { PledgeInput } from 'social-value';
 *
 * const pledge: PledgeInput = { measure: 'NT1', quantity: 24, tags: { 'CWB Priority': 'Fair employment' } };
 * pledge.measure; // => 'NT1'
 * ```
 */
export interface PledgeInput {
  /** The measure code, as in the framework (`'NT18'`). */
  readonly measure: string;
  /** The quantity pledged, in the measure's unit (≥ 0). */
  readonly quantity?: Numeric;
  /**
   * Per-year quantities of a multi-year contract: an array (contract years `'1'`, `'2'`, …) or a
   * record keyed by year label (`{ '2025/26': 10 }`). The line's quantity is their sum.
   */
  readonly years?: Readonly<Record<string, Numeric>> | readonly Numeric[];
  /** The share of the quantity attributable to this contract, in [0, 1]. Default 1. */
  readonly attribution?: Numeric;
  /** Free tags, any string keys (for example `{ 'CWB Priority': 'Progressive Procurement' }`). */
  readonly tags?: Readonly<Record<string, string>>;
  /** A note kept on the line. */
  readonly note?: string;
}

/**
 * Options of `valuePledges`.
 *
 * @example
 * ```ts
 * import type { ValuePledgesOptions } from 'social-value';
 *
 * const options: ValuePledgesOptions = { contractValue: '12000000' };
 * options.contractValue; // => '12000000'
 * ```
 */
export interface ValuePledgesOptions {
  /** The contract value (> 0): when given, the result has `socialValueAdded` = total ÷ it. */
  readonly contractValue?: Numeric;
}

/**
 * The quantity and value of one year of a multi-year pledge.
 *
 * @example
 * ```ts
 * import { defineFramework, valuePledges } from 'social-value';
 *
 * const framework = defineFramework({ id: 'd', name: 'D', edition: '1', priceYear: 2024,
 *   themes: [{ id: 't', name: 'T' }],
 *   measures: [{ code: 'M', theme: 't', title: 'M', unit: 'FTE', proxyValue: 10, valueType: 'social' }] });
 * const line = valuePledges(framework, [{ measure: 'M', years: [1, 2] }]).lines[0];
 * line?.years?.[1]?.value; // => '20'
 * ```
 */
export interface YearValue {
  /** The year label (`'1'` for the first contract year of an array, or the record's key). */
  readonly year: string;
  /** The quantity of that year. */
  readonly quantity: Decimal;
  /** Its value: quantity × attribution × proxy. */
  readonly value: Decimal;
}

/**
 * One valued pledge: the formula's inputs and its result.
 *
 * @example
 * ```ts
 * import type { ValuationLine } from 'social-value';
 *
 * const describe = (line: ValuationLine) => `${line.measure}: ${line.quantity} × ${line.proxy}`;
 * describe.length; // => 1
 * ```
 */
export interface ValuationLine {
  /** The position of the pledge in the input array. */
  readonly index: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title. */
  readonly title: string;
  /** The measure's unit. */
  readonly unit: string;
  /** The measure's theme id. */
  readonly theme: string;
  /** The measure's value type. */
  readonly valueType: ValueType;
  /** The quantity pledged (the sum of the years when given by year). */
  readonly quantity: Decimal;
  /** The attribution share applied (1 when none was given). */
  readonly attribution: Decimal;
  /** The proxy value used (£ per unit). */
  readonly proxy: Decimal;
  /** quantity × attribution × proxy, exact. */
  readonly value: Decimal;
  /** Per-year quantities and values, in the order given, when the pledge was given by year. */
  readonly years?: readonly YearValue[];
  /** The pledge's tags (empty when none). */
  readonly tags: Readonly<Record<string, string>>;
  /** The pledge's note. */
  readonly note?: string;
}

/**
 * Kinds of {@link ValuationWarning}: `exclusivity-group` (two measures of one exclusivity
 * group pledged: possible double count), `duplicate-measure` (one measure pledged more than
 * once), `mixed-editions` (proxies from more than one edition added together),
 * `max-years-per-person` (a per-person measure pledged over more years than one person may
 * count).
 *
 * @example
 * ```ts
 * import type { ValuationWarningKind } from 'social-value';
 *
 * const kind: ValuationWarningKind = 'exclusivity-group';
 * kind; // => 'exclusivity-group'
 * ```
 */
export type ValuationWarningKind =
  | 'exclusivity-group'
  | 'duplicate-measure'
  | 'mixed-editions'
  | 'max-years-per-person';

/**
 * Something in a valuation to check by hand: the sums are exact, but may count a thing twice
 * or mix price bases.
 *
 * @example
 * ```ts
 * import type { ValuationWarning } from 'social-value';
 *
 * const warning: ValuationWarning = { kind: 'duplicate-measure', measures: ['NT1'], lines: [0, 3],
 *   message: 'NT1 is pledged 2 times (lines 0, 3): check it is not counted twice.' };
 * warning.lines; // => [0, 3]
 * ```
 */
export interface ValuationWarning {
  /** What kind of problem. */
  readonly kind: ValuationWarningKind;
  /** The measure codes involved. */
  readonly measures: readonly string[];
  /** The indexes of the pledges involved. */
  readonly lines: readonly number[];
  /** A sentence saying what to check. */
  readonly message: string;
}

/**
 * The result of `valuePledges`: every line and exact totals, by theme, value type, tag and year.
 * Every total is the sum of the values of the lines it covers; `total` = Σ `byTheme` =
 * Σ `byValueType`.
 *
 * @example
 * ```ts
 * import type { Valuation } from 'social-value';
 *
 * const totalOf = (valuation: Valuation) => valuation.total.toString();
 * totalOf.length; // => 1
 * ```
 */
export interface Valuation {
  /** The framework the pledges were valued with. */
  readonly framework: {
    /** Its id. */
    readonly id: string;
    /** Its name. */
    readonly name: string;
    /** Its edition. */
    readonly edition: string;
    /** The price year of its proxy values. */
    readonly priceYear: number;
  };
  /** One line per pledge, in input order. */
  readonly lines: readonly ValuationLine[];
  /** The total value (undiscounted, nominal). */
  readonly total: Decimal;
  /** Totals by theme id: every theme of the framework, in its order (0 when nothing pledged). */
  readonly byTheme: Readonly<Record<string, Decimal>>;
  /** Totals by value type: all four types. */
  readonly byValueType: Readonly<Record<ValueType, Decimal>>;
  /**
   * Totals by tag: for every tag key used by any pledge, the total per tag value (keys sorted).
   * Pledges without that key are not in its totals.
   */
  readonly byTag: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  /**
   * Totals by year label, present when at least one pledge was given by year. Only pledges
   * given by year are in it (a plain `quantity` has no year).
   */
  readonly byYear?: Readonly<Record<string, Decimal>>;
  /** The contract value, when given in the options. */
  readonly contractValue?: Decimal;
  /** Social value added: total ÷ contract value (a ratio: 0.237 is 23.7%). */
  readonly socialValueAdded?: Decimal;
  /** Things to check by hand (possible double counting, mixed editions). */
  readonly warnings: readonly ValuationWarning[];
}
