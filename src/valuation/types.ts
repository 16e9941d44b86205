import type { Decimal, Numeric } from '../core/decimal.js';
import type { PledgeChannel, PledgeEffect, PledgerKind } from '../core/pledge-channel.js';
import type { Severity } from '../core/severity.js';
import type { ValueType } from '../core/value-types.js';

export type { PledgeChannel, PledgeEffect, PledgerKind };

/**
 * One pledge as given to `valuePledges`: a measure code and exactly one of `quantity` or
 * `years`. Any other key is refused (`attributon` → "did you mean attributionShare").
 */
export interface PledgeInput {
  /** The measure code, as in the framework (`'NT18'`). */
  readonly measure: string;
  /** The quantity pledged, in the measure's unit (≥ 0). */
  readonly quantity?: Numeric | undefined;
  /**
   * Per-year quantities of a multi-year contract: an array (contract years `'1'`, `'2'`, …) or a
   * record keyed by year label (`{ '2025/26': 10 }`). The line's quantity is their sum. At
   * least one year: `[]` or `{}` is refused (`invalid-input` at `pledges[i].years`), as other
   * lists that must hold something are, rather than read as a pledge of 0 (give `quantity: 0`
   * for that). Labels that read alike (`'Year 1'`, `'year 1'`) are two entries of `byYear`, with
   * a `year-spelling` warning.
   */
  readonly years?: Readonly<Record<string, Numeric>> | readonly Numeric[] | undefined;
  /** The share of the quantity attributable to this contract, a fraction from 0 to 1. Default 1. */
  readonly attributionShare?: Numeric | undefined;
  /** Free tags, any string keys (for example `{ 'CWB Priority': 'Progressive Procurement' }`). */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** A note kept on the line. */
  readonly note?: string | undefined;
  /**
   * Where the pledge comes from: `'tender'` (a supplier's bid, the default), `'grant'`,
   * `'asset-transfer'`, `'section-106'`, `'planning'`, `'partnership'` or `'internal'` (the
   * council's own departments and officers).
   */
  readonly channel?: PledgeChannel | undefined;
  /** Who makes the pledge: `'supplier'`, `'department'` or `'officer'`. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name (a supplier, a department, an officer). */
  readonly pledger?: string | undefined;
  /**
   * When the pledge is to be followed up (`YYYY-MM-DD`, or a `Date`): for internal pledges,
   * twelve months on, as Suffolk follows its officers' pledges up.
   */
  readonly followUpOn?: string | Date | undefined;
  /** Barriers to the pledge recorded so far (at the follow-up, for example). */
  readonly barriers?: readonly string[] | undefined;
  /**
   * `'benefit'` (the default) or `'disbenefit'`: a negative impact (the emissions of a
   * construction contract, say), valued as a NEGATIVE amount. Quantity and proxy value stay
   * positive; the effect gives the sign.
   */
  readonly effect?: PledgeEffect | undefined;
}

/** Options of `valuePledges`. */
export interface ValuePledgesOptions {
  /** The contract value (at least £0.01): when given, the result has `socialValueAddedRatio` = total ÷ it. */
  readonly contractValue?: Numeric | undefined;
}

/** Options of `createValuationAccumulator`. */
export interface ValuationAccumulatorOptions extends ValuePledgesOptions {
  /**
   * `false`: keep no line per pledge, for streams too long to hold (a valuation of ten million
   * rows): the result has every total, breakdown and warning, `lines` is empty and the warnings
   * list no line indexes (their messages still name the first pledges). Default `true`.
   */
  readonly lines?: boolean | undefined;
}

/**
 * A valuation built batch by batch (from `createValuationAccumulator`): `add` values a batch of
 * pledges, `result` gives the valuation of every pledge added so far, the same as
 * `valuePledges` on all of them in one list.
 */
export interface ValuationAccumulator {
  /** Always `'valuation-accumulator'`. */
  readonly kind: 'valuation-accumulator';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** How many pledges have been added. */
  readonly count: number;
  /**
   * Values a batch of pledges after those already added (pledge `i` of the batch is pledge
   * `count + i` of the valuation, in lines, warnings and error paths). A batch with a bad pledge
   * is refused whole: nothing of it is added.
   */
  add(pledges: readonly PledgeInput[]): void;
  /** The valuation of every pledge added so far (adding may go on afterwards). */
  result(): Valuation;
}

/** The quantity and value of one year of a multi-year pledge. */
export interface YearValue {
  /** The year label (`'1'` for the first contract year of an array, or the record's key). */
  readonly year: string;
  /** The quantity of that year. */
  readonly quantity: Decimal;
  /** Its value: quantity × attribution share × proxy value. */
  readonly value: Decimal;
}

/** One valued pledge: the formula's inputs and its result. */
export interface ValuationLine {
  /** The position of the pledge in the input array. */
  readonly index: number;
  /** The measure code. */
  readonly measure: string;
  /** The measure's title. */
  readonly title: string;
  /** The measure's unit. */
  readonly unit: string;
  /** The id of the measure's theme. */
  readonly theme: string;
  /** The theme's name. */
  readonly themeName: string;
  /** The measure's value type. */
  readonly valueType: ValueType;
  /** The quantity pledged (the sum of the years when given by year). */
  readonly quantity: Decimal;
  /** The attribution share applied, a fraction from 0 to 1 (1 when none was given). */
  readonly attributionShare: Decimal;
  /** The proxy value used (£ per unit). */
  readonly proxyValue: Decimal;
  /**
   * quantity × attribution share × proxy value, exact; negative for a disbenefit (the same
   * product with a minus sign).
   */
  readonly value: Decimal;
  /** Per-year quantities and values, when the pledge was given by year. */
  readonly years?: readonly YearValue[] | undefined;
  /** The pledge's tags (empty when none); a record without prototype. */
  readonly tags: Readonly<Record<string, string>>;
  /** Where the pledge comes from (`'tender'` when the pledge did not say). */
  readonly channel: PledgeChannel;
  /** `'benefit'`, or `'disbenefit'` for a negative impact (its value is negative). */
  readonly effect: PledgeEffect;
  /** Who made the pledge, when the pledge said. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The pledger's name, when the pledge gave it. */
  readonly pledger?: string | undefined;
  /** When the pledge is to be followed up (`YYYY-MM-DD`), when the pledge gave it. */
  readonly followUpOn?: string | undefined;
  /** Barriers recorded against the pledge, when the pledge gave them. */
  readonly barriers?: readonly string[] | undefined;
  /** The pledge's note. */
  readonly note?: string | undefined;
}

/**
 * Codes of {@link ValuationWarning}: `duplicate-measure` (one measure pledged more than once),
 * `exclusivity-group` (two measures of one exclusivity group pledged: possible double count),
 * `mixed-editions` (proxies from more than one edition added together), `max-years-per-person`
 * (a per-person measure pledged over more years than one person may count), `tag-spelling` (a
 * tag value written more than one way, `Housing` and `housing `, as ids are read: two entries of
 * `byTag`; its `measures` is empty), `year-spelling` (a year label written more than one way,
 * `Year 1` and `year 1`, as ids are read: two entries of `byYear`; its `measures` is empty).
 */
export type ValuationWarningCode =
  | 'duplicate-measure'
  | 'exclusivity-group'
  | 'mixed-editions'
  | 'max-years-per-person'
  | 'tag-spelling'
  | 'year-spelling';

/**
 * Something in a valuation to check by hand: the sums are exact, but may count a thing twice
 * or mix price bases.
 */
export interface ValuationWarning {
  /** What kind of problem (stable, kebab-case). */
  readonly code: ValuationWarningCode;
  /** Always `'warning'`: the figures stand, a person should check them. */
  readonly severity: Extract<Severity, 'warning'>;
  /** A sentence saying what to check (long lists are cut: "0, 1, 2, 3, 4 and 99,995 more"). */
  readonly message: string;
  /** Every measure code involved. */
  readonly measures: readonly string[];
  /** The index of every pledge involved. */
  readonly lines: readonly number[];
}

/** The framework a valuation was made with. */
export interface ValuationFramework {
  /** Its id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its edition. */
  readonly edition: string;
  /** The price year of its proxy values. */
  readonly priceYear: number;
}

/**
 * The result of `valuePledges`: every line and exact totals, by theme, value type, channel, tag
 * and year. Every total is NET: the sum of the values of the lines it covers, a disbenefit's
 * (negative) value included; `total` = Σ `byTheme` = Σ `byValueType` = Σ `byChannel` =
 * `benefitTotal` + `disbenefitTotal`. Records keyed by ids, tags or years have no prototype.
 */
export interface Valuation {
  /** Always `'valuation'`. */
  readonly kind: 'valuation';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The framework the pledges were valued with. */
  readonly framework: ValuationFramework;
  /** One line per pledge, in input order. */
  readonly lines: readonly ValuationLine[];
  /** The net total value (undiscounted, nominal): benefits less disbenefits. */
  readonly total: Decimal;
  /** The sum of the benefit lines' values (0 or more). Always present. */
  readonly benefitTotal: Decimal;
  /**
   * The sum of the disbenefit lines' values: 0, or negative (`total` = `benefitTotal` +
   * `disbenefitTotal`). Always present, 0 when no line is a disbenefit.
   */
  readonly disbenefitTotal: Decimal;
  /**
   * Totals by theme id: every theme of the framework, in its order (0 when nothing pledged);
   * ids that are whole numbers (`'10'`) come first, in numeric order, as JavaScript orders keys.
   */
  readonly byTheme: Readonly<Record<string, Decimal>>;
  /** Totals by value type: all four types. */
  readonly byValueType: Readonly<Record<ValueType, Decimal>>;
  /** Net totals by channel: the channels of the pledges (code-unit order), no others. */
  readonly byChannel: Readonly<Partial<Record<PledgeChannel, Decimal>>>;
  /**
   * Totals by tag: for every tag name used by any pledge, the total per tag value (names and
   * values in code-unit order, except that whole numbers such as `'10'` come first, in numeric
   * order, as JavaScript orders keys). Pledges without that tag are not in its totals.
   */
  readonly byTag: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  /**
   * Totals by year label (natural order: `'2'` before `'10'`), present when at least one pledge
   * was given by year. Only pledges given by year are in it.
   */
  readonly byYear?: Readonly<Record<string, Decimal>> | undefined;
  /** The contract value, when given in the options. */
  readonly contractValue?: Decimal | undefined;
  /**
   * Social value added: the net total ÷ contract value (a fraction: 0.237 is 23.7%), to 34
   * digits; negative when disbenefits outweigh benefits.
   */
  readonly socialValueAddedRatio?: Decimal | undefined;
  /** Things to check by hand (possible double counting, mixed editions). */
  readonly warnings: readonly ValuationWarning[];
  /** One sentence about the whole valuation. */
  readonly summary: string;
}
