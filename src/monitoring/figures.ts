import { Decimal } from '../core/decimal.js';
import { entryOf } from '../core/map-entry.js';
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

const ZERO = /* @__PURE__ */ new Decimal(0);

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

/** The amounts of {@link FigureAmounts}. Internal. */
export const FIGURE_AMOUNTS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
] as const;

/** The amounts of a financial year (no shortfalls). Internal. */
export const YEAR_AMOUNTS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
] as const;

/** The amounts of a financial year by tag. Internal. */
export const TAG_AMOUNTS = ['pledged', 'delivered', 'unpledged'] as const;

/**
 * Adds the amounts `keys` of `amounts` into `sum`, less those of `part` when given (exact: the
 * amounts of the entries in `amounts` that are not in `part`). Internal.
 */
export function addAmounts<K extends string>(
  sum: Record<K, Decimal>,
  amounts: Readonly<Record<K, Decimal>>,
  keys: readonly K[],
  part?: Readonly<Record<K, Decimal>>,
): void {
  for (const key of keys) {
    const less = part?.[key];
    sum[key] = plus(
      sum[key],
      less === undefined || less.isZero() ? amounts[key] : amounts[key].minus(less),
    );
  }
}

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

  /** Adds amounts in, less those of `part` when given (see {@link addAmounts}). */
  add(amounts: FigureAmounts, part?: FigureAmounts): void {
    addAmounts(this, amounts, FIGURE_AMOUNTS, part);
  }
}

/**
 * `a ÷ b` (34 significant digits), never a negative zero (0 ÷ a negative net figure is 0, as
 * JSON would store it). The caller makes sure `b` is not 0. Internal.
 */
export function quotient(numerator: Decimal, denominator: Decimal): Decimal {
  return numerator.isZero() ? ZERO : divide(numerator, denominator);
}

/**
 * `a ÷ b` of two values (see {@link quotient}), or `null` when `b` is below a penny either way
 * (0 included): a ratio over nothing, which could pass the 1e60 figures a snapshot stores.
 * Internal.
 */
export function ratioOrNull(numerator: Decimal, denominator: Decimal): Decimal | null {
  return denominator.abs().lt('0.01') ? null : quotient(numerator, denominator);
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
  return entryOf(groups, key, () => new FigureSum());
}

/** The groups under tag `name`, made on first use. Internal. */
export function tagAt<T>(tags: Map<string, Map<string, T>>, name: string): Map<string, T> {
  return entryOf(tags, name, () => new Map());
}

/** Groups as a null-prototype record in code-unit order of their keys, whatever the input order. Internal. */
export function finish<S, F>(groups: Map<string, S>, figures: (sum: S) => F): Record<string, F> {
  const result = emptyRecord<F>();
  for (const key of [...groups.keys()].sort(byCodeUnits)) result[key] = figures(groups.get(key)!);
  return result;
}

/** Tags of groups as null-prototype records, both levels in code-unit order. Internal. */
export function finishTags<S, F>(
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

  /** Adds amounts of the year in. */
  add(amounts: Omit<YearSum, 'tags' | 'add' | 'tag'>): void {
    addAmounts(this, amounts, YEAR_AMOUNTS);
  }

  /** The sums of tag `name` = `value`, made on first use. */
  tag(name: string, value: string): YearTagSum {
    return entryOf(tagAt(this.tags, name), value, () => new YearTagSum());
  }
}

/** A year's amounts for one tag value. Internal. */
export class YearTagSum implements YearTagFigures {
  pledged = ZERO;
  delivered = ZERO;
  unpledged = ZERO;

  /** Adds amounts in, less those of `part` when given (see {@link addAmounts}). */
  add(amounts: YearTagFigures, part?: YearTagFigures): void {
    addAmounts(this, amounts, TAG_AMOUNTS, part);
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

/** The breakdowns of a portfolio being summed (from its reports' breakdowns). Internal. */
export class Breakdown {
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

  /** The breakdowns as results: records in code-unit order of their keys. */
  finish(): Omit<ReportBreakdowns, 'totals' | 'byFinancialYear'> {
    return {
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

/** The breakdowns of a report or portfolio, as results. Internal. */
export interface ReportBreakdowns {
  /** Overall. */
  readonly totals: DeliveryFigures;
  /** By theme. */
  readonly byTheme: Record<string, DeliveryFigures>;
  /** By value type. */
  readonly byValueType: Record<string, DeliveryFigures>;
  /** By tag name, then value. */
  readonly byTag: Record<string, Record<string, DeliveryFigures>>;
  /** By channel. */
  readonly byChannel: Record<string, DeliveryFigures>;
  /** Benefits and disbenefits apart, when there is a disbenefit. */
  readonly byEffect: Record<PledgeEffect, DeliveryFigures> | undefined;
  /** By financial year. */
  readonly byFinancialYear: FinancialYearFigures[];
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
    socialRatio: quotient(social, contractValue),
    localEconomicRatio: quotient(localEconomic, contractValue),
    combinedRatio: quotient(plus(social, localEconomic), contractValue),
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
