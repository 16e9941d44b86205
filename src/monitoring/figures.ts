import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import type { PledgeEffect } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits } from '../core/text.js';
import type { YearSpan } from './financial-year.js';
import type {
  DeliveryFigures,
  FinancialYearFigures,
  SocialValueAddedFigures,
  SocialValueAddedSplit,
  YearTagFigures,
} from './types.js';

// The sums of a report or a portfolio: one accumulator per breakdown (overall, by theme, value
// type, tag, channel and effect, and per financial year with its tags), each a record of
// running Decimals. Adding 0 keeps the sum, and a sum of 0 takes the amount added as it is, so
// no Decimal is made that would only copy another.

const ZERO = new Decimal(0);

/** `sum + value`, with no new Decimal when either is 0. Internal. */
export function plus(sum: Decimal, value: Decimal): Decimal {
  if (value.isZero()) return sum;
  return sum.isZero() ? value : sum.plus(value);
}

/** `a × b`, with no new Decimal when either is 0 or 1 (and never a negative zero). Internal. */
export function times(a: Decimal, b: Decimal): Decimal {
  if (a.isZero() || b.isZero()) return ZERO;
  if (b.eq(1)) return a;
  if (a.eq(1)) return b;
  return a.times(b);
}

/**
 * `a × b` as {@link times} gives it, for a product a result keeps: decimal.js grows a product's
 * digits array as it multiplies, so a copy (exactly sized) holds the same value in about half
 * the memory. Internal.
 */
export function product(a: Decimal, b: Decimal): Decimal {
  const result = times(a, b);
  return result === a || result === b || result === ZERO ? result : new Decimal(result);
}

/** The summable £ amounts of {@link DeliveryFigures}. Internal. */
export type FigureAmounts = Omit<DeliveryFigures, 'deliveryRatio' | 'progressRatio'>;

/** A running sum of figure amounts. Internal. */
export class FigureSum implements FigureAmounts {
  pledged = ZERO;
  expected = ZERO;
  delivered = ZERO;
  verified = ZERO;
  claimed = ZERO;
  unpledged = ZERO;
  shortfall = ZERO;
  shortfallToDate = ZERO;

  /** Adds amounts in. */
  add(amounts: FigureAmounts): void {
    this.pledged = plus(this.pledged, amounts.pledged);
    this.expected = plus(this.expected, amounts.expected);
    this.delivered = plus(this.delivered, amounts.delivered);
    this.verified = plus(this.verified, amounts.verified);
    this.claimed = plus(this.claimed, amounts.claimed);
    this.unpledged = plus(this.unpledged, amounts.unpledged);
    this.shortfall = plus(this.shortfall, amounts.shortfall);
    this.shortfallToDate = plus(this.shortfallToDate, amounts.shortfallToDate);
  }

  /** Adds `whole − part` in (exact: the amounts of the entries in `whole` that are not in `part`). */
  addDifference(whole: FigureAmounts, part: FigureAmounts): void {
    const less = (a: Decimal, b: Decimal) => (b.isZero() ? a : a.minus(b));
    this.pledged = plus(this.pledged, less(whole.pledged, part.pledged));
    this.expected = plus(this.expected, less(whole.expected, part.expected));
    this.delivered = plus(this.delivered, less(whole.delivered, part.delivered));
    this.verified = plus(this.verified, less(whole.verified, part.verified));
    this.claimed = plus(this.claimed, less(whole.claimed, part.claimed));
    this.unpledged = plus(this.unpledged, less(whole.unpledged, part.unpledged));
    this.shortfall = plus(this.shortfall, less(whole.shortfall, part.shortfall));
    this.shortfallToDate = plus(
      this.shortfallToDate,
      less(whole.shortfallToDate, part.shortfallToDate),
    );
  }
}

/** `a ÷ b` (34 significant digits), or `null` when `b` is 0. Internal. */
export function ratioOrNull(numerator: Decimal, denominator: Decimal): Decimal | null {
  return denominator.isZero() ? null : divide(numerator, denominator);
}

/** Completes amounts with their ratios. Internal. */
export function toFigures(sum: FigureAmounts): DeliveryFigures {
  return {
    pledged: sum.pledged,
    expected: sum.expected,
    delivered: sum.delivered,
    verified: sum.verified,
    claimed: sum.claimed,
    unpledged: sum.unpledged,
    shortfall: sum.shortfall,
    shortfallToDate: sum.shortfallToDate,
    deliveryRatio: ratioOrNull(sum.delivered, sum.expected),
    progressRatio: ratioOrNull(sum.delivered, sum.pledged),
  };
}

/** The sum under `key`, made on first use. Internal. */
export function sumAt(groups: Map<string, FigureSum>, key: string): FigureSum {
  let sum = groups.get(key);
  if (sum === undefined) {
    sum = new FigureSum();
    groups.set(key, sum);
  }
  return sum;
}

/** The groups under tag `name`, made on first use. Internal. */
export function tagAt<T>(tags: Map<string, Map<string, T>>, name: string): Map<string, T> {
  let values = tags.get(name);
  if (values === undefined) {
    values = new Map();
    tags.set(name, values);
  }
  return values;
}

/** Groups as a null-prototype record in code-unit order of their keys, whatever the input order. */
function finish<S, F>(groups: Map<string, S>, figures: (sum: S) => F): Record<string, F> {
  const result = emptyRecord<F>();
  for (const key of [...groups.keys()].sort(byCodeUnits)) result[key] = figures(groups.get(key)!);
  return result;
}

/** Tags of groups as null-prototype records, both levels in code-unit order. */
function finishTags<S, F>(
  tags: Map<string, Map<string, S>>,
  figures: (sum: S) => F,
): Record<string, Record<string, F>> {
  const result = emptyRecord<Record<string, F>>();
  for (const name of [...tags.keys()].sort(byCodeUnits)) {
    result[name] = finish(tags.get(name)!, figures);
  }
  return result;
}

/** Financial-year amounts being summed, with the year's sums by tag. Internal. */
export class YearSum {
  pledged = ZERO;
  expected = ZERO;
  delivered = ZERO;
  verified = ZERO;
  claimed = ZERO;
  unpledged = ZERO;
  /** By tag name, then value. */
  readonly tags = new Map<string, Map<string, YearTagSum>>();

  /** Adds a group's amounts of the year in. */
  add(amounts: GroupYear): void {
    this.pledged = plus(this.pledged, amounts.pledged);
    this.expected = plus(this.expected, amounts.expected);
    this.delivered = plus(this.delivered, amounts.delivered);
    this.verified = plus(this.verified, amounts.verified);
    this.claimed = plus(this.claimed, amounts.claimed);
    this.unpledged = plus(this.unpledged, amounts.unpledged);
  }

  /** The sums of tag `name` = `value`, made on first use. */
  tag(name: string, value: string): YearTagSum {
    const values = tagAt(this.tags, name);
    let sum = values.get(value);
    if (sum === undefined) {
      sum = new YearTagSum();
      values.set(value, sum);
    }
    return sum;
  }
}

/** A year's amounts for one tag value. Internal. */
export class YearTagSum implements YearTagFigures {
  pledged = ZERO;
  delivered = ZERO;
  unpledged = ZERO;

  /** Adds amounts in. */
  add(amounts: YearTagFigures): void {
    this.pledged = plus(this.pledged, amounts.pledged);
    this.delivered = plus(this.delivered, amounts.delivered);
    this.unpledged = plus(this.unpledged, amounts.unpledged);
  }
}

const yearTagFigures = (sum: YearTagSum): YearTagFigures => ({
  pledged: sum.pledged,
  delivered: sum.delivered,
  unpledged: sum.unpledged,
});

/** The figures of a financial year from its amounts. Internal. */
export function toYearFigures(
  year: Pick<YearSpan, 'label' | 'start' | 'end'>,
  sum: YearSum,
): FinancialYearFigures {
  return {
    year: year.label,
    start: year.start,
    end: year.end,
    pledged: sum.pledged,
    expected: sum.expected,
    delivered: sum.delivered,
    verified: sum.verified,
    claimed: sum.claimed,
    unpledged: sum.unpledged,
    deliveryRatio: ratioOrNull(sum.delivered, sum.expected),
    byTag: finishTags(sum.tags, yearTagFigures),
  };
}

/** What a line or an unpledged delivery is grouped by. Internal. */
export interface GroupKeys {
  /** The theme id. */
  readonly theme: string;
  /** The value type. */
  readonly valueType: string;
  /** The channel. */
  readonly channel: string;
  /** Benefit or disbenefit. */
  readonly effect: PledgeEffect;
  /** The tags (a line's own; none for an unpledged delivery). */
  readonly tags: Readonly<Record<string, string>>;
}

/** A financial year's amounts of the lines of one group. Internal. */
export interface GroupYear {
  /** Due within the year. */
  pledged: Decimal;
  /** Expected within the year. */
  expected: Decimal;
  /** Delivered within the year. */
  delivered: Decimal;
  /** Verified within the year. */
  verified: Decimal;
  /** Claimed within the year. */
  claimed: Decimal;
  /** Delivered within the year against measures nobody pledged. */
  unpledged: Decimal;
}

/**
 * The running sums of the lines that share every grouping key (theme, value type, channel,
 * effect and tags): summed once here, then added to each breakdown when the report is
 * finished, so a line's amounts are added once rather than once per breakdown. Internal.
 */
export class LineGroup {
  /** The amounts. */
  readonly sum = new FigureSum();
  /** By position in the report's financial years (only the years with amounts). */
  readonly years = new Map<number, GroupYear>();

  constructor(
    /** The keys the group shares. */
    readonly keys: GroupKeys,
  ) {}

  /** The amounts of year `index`, made on first use. */
  year(index: number): GroupYear {
    let year = this.years.get(index);
    if (year === undefined) {
      year = {
        pledged: ZERO,
        expected: ZERO,
        delivered: ZERO,
        verified: ZERO,
        claimed: ZERO,
        unpledged: ZERO,
      };
      this.years.set(index, year);
    }
    return year;
  }
}

/** A key naming every grouping key of a line, unambiguously (each part length-prefixed). */
function groupKey(keys: GroupKeys): string {
  let key = `${keys.theme.length}:${keys.theme}${keys.valueType}|${keys.channel}|${keys.effect}`;
  for (const name of Object.keys(keys.tags)) {
    const value = keys.tags[name]!;
    key += `|${name.length}:${name}${value.length}:${value}`;
  }
  return key;
}

/** The breakdowns of a report or portfolio being summed. Internal. */
export class Breakdown {
  /** Overall. */
  readonly total = new FigureSum();
  /** By theme. */
  readonly themes = new Map<string, FigureSum>();
  /** By value type. */
  readonly valueTypes = new Map<string, FigureSum>();
  /** By tag name, then value. */
  readonly tags = new Map<string, Map<string, FigureSum>>();
  /** By channel. */
  readonly channels = new Map<string, FigureSum>();
  /** By effect. */
  readonly effects = new Map<string, FigureSum>();
  /** The lines' groups, rolled into the breakdowns by {@link Breakdown.finish}. */
  private readonly groups = new Map<string, LineGroup>();

  /** The group of lines sharing `keys`, to add a line's amounts to. */
  group(keys: GroupKeys): LineGroup {
    const key = groupKey(keys);
    let group = this.groups.get(key);
    if (group === undefined) {
      group = new LineGroup(keys);
      this.groups.set(key, group);
    }
    return group;
  }

  /** Adds amounts to every breakdown `keys` belong to. */
  add(keys: Omit<GroupKeys, 'tags'>, tags: Readonly<Record<string, string>>, amounts: FigureAmounts): void {
    this.total.add(amounts);
    sumAt(this.themes, keys.theme).add(amounts);
    sumAt(this.valueTypes, keys.valueType).add(amounts);
    sumAt(this.channels, keys.channel).add(amounts);
    sumAt(this.effects, keys.effect).add(amounts);
    for (const name of Object.keys(tags)) sumAt(tagAt(this.tags, name), tags[name]!).add(amounts);
  }

  /**
   * The breakdowns as results, records in code-unit order of their keys, once every group has
   * been added to them (and to `years`, the report's financial years, by tag too).
   */
  finish(years: readonly YearSum[] = []): {
    totals: DeliveryFigures;
    byTheme: Record<string, DeliveryFigures>;
    byValueType: Record<string, DeliveryFigures>;
    byTag: Record<string, Record<string, DeliveryFigures>>;
    byChannel: Record<string, DeliveryFigures>;
    byEffect: Record<PledgeEffect, DeliveryFigures> | undefined;
  } {
    for (const group of this.groups.values()) {
      this.add(group.keys, group.keys.tags, group.sum);
      const tags = Object.keys(group.keys.tags);
      for (const [index, amounts] of group.years) {
        const year = years[index]!;
        year.add(amounts);
        for (const name of tags) year.tag(name, group.keys.tags[name]!).add(amounts);
      }
    }
    this.groups.clear();
    return {
      totals: toFigures(this.total),
      byTheme: finish(this.themes, toFigures),
      byValueType: finish(this.valueTypes, toFigures),
      byTag: finishTags(this.tags, toFigures),
      byChannel: finish(this.channels, toFigures),
      byEffect: this.effects.has('disbenefit')
        ? {
            benefit: toFigures(sumAt(this.effects, 'benefit')),
            disbenefit: toFigures(sumAt(this.effects, 'disbenefit')),
          }
        : undefined,
    };
  }
}

/** Social value and local economic value (pledged, and delivered pledged or not) apart. Internal. */
export interface ValueSplit {
  /** Social and environmental value. */
  social: { pledged: Decimal; delivered: Decimal };
  /** Local economic value. */
  localEconomic: { pledged: Decimal; delivered: Decimal };
}

/**
 * The split of value by value type that social value added divides: local economic apart,
 * environmental counted as social as the Social Value Portal does, record-only left out.
 * Delivered counts deliveries nobody pledged too. Internal.
 */
export function valueSplit(
  byValueType: ReadonlyMap<string, FigureAmounts> | Readonly<Record<string, FigureAmounts>>,
): ValueSplit {
  const split: ValueSplit = {
    social: { pledged: ZERO, delivered: ZERO },
    localEconomic: { pledged: ZERO, delivered: ZERO },
  };
  const entries = byValueType instanceof Map ? byValueType.entries() : Object.entries(byValueType);
  for (const [valueType, amounts] of entries) {
    if (valueType === 'record-only') continue;
    const part = valueType === 'local-economic' ? split.localEconomic : split.social;
    part.pledged = plus(part.pledged, amounts.pledged);
    part.delivered = plus(plus(part.delivered, amounts.delivered), amounts.unpledged);
  }
  return split;
}

/** Adds one split into another. Internal. */
export function addSplit(sum: ValueSplit, split: ValueSplit): void {
  sum.social.pledged = plus(sum.social.pledged, split.social.pledged);
  sum.social.delivered = plus(sum.social.delivered, split.social.delivered);
  sum.localEconomic.pledged = plus(sum.localEconomic.pledged, split.localEconomic.pledged);
  sum.localEconomic.delivered = plus(sum.localEconomic.delivered, split.localEconomic.delivered);
}

function ratios(
  social: Decimal,
  localEconomic: Decimal,
  contractValue: Decimal,
): SocialValueAddedSplit {
  return {
    socialRatio: divide(social, contractValue),
    localEconomicRatio: divide(localEconomic, contractValue),
    combinedRatio: divide(plus(social, localEconomic), contractValue),
  };
}

/** Social value added of a split: pledged, and delivered (pledged or not), ÷ contract value. Internal. */
export function socialValueAddedOf(
  split: ValueSplit,
  contractValue: Decimal,
): SocialValueAddedFigures {
  return {
    contractValue,
    pledged: ratios(split.social.pledged, split.localEconomic.pledged, contractValue),
    delivered: ratios(split.social.delivered, split.localEconomic.delivered, contractValue),
  };
}
