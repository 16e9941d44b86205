import { Decimal } from '../core/decimal.js';
import { divide } from '../core/numeric-domain.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits } from '../core/text.js';
import type { YearSpan } from './financial-year.js';
import type {
  DeliveryFigures,
  FinancialYearFigures,
  SocialValueAddedFigures,
  SocialValueAddedSplit,
} from './types.js';

/** The summable £ amounts of {@link DeliveryFigures}. Internal. */
export type FigureAmounts = Omit<DeliveryFigures, 'deliveryRatio' | 'progressRatio'>;

const AMOUNT_KEYS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
] as const satisfies readonly (keyof FigureAmounts)[];

/** A running sum of figure amounts. Internal. */
export type FigureSum = { -readonly [K in keyof FigureAmounts]: Decimal };

const ZERO = new Decimal(0);

/** Zero amounts. Internal. */
export function emptySum(): FigureSum {
  return {
    pledged: ZERO,
    expected: ZERO,
    delivered: ZERO,
    verified: ZERO,
    claimed: ZERO,
    unpledged: ZERO,
    shortfall: ZERO,
    shortfallToDate: ZERO,
  };
}

/** The amounts of deliveries nobody pledged: only `unpledged` is non-zero. Internal. */
export function unpledgedAmounts(value: Decimal): FigureAmounts {
  return { ...emptySum(), unpledged: value };
}

/** Adds amounts into a running sum. Internal. */
export function addInto(sum: FigureSum, amounts: FigureAmounts): void {
  for (const key of AMOUNT_KEYS) {
    const amount = amounts[key];
    if (!amount.isZero()) sum[key] = sum[key].plus(amount);
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

/** One contribution to a breakdown: its amounts and what it is grouped by. Internal. */
export interface BreakdownEntry {
  /** The theme id. */
  readonly theme: string;
  /** The value type. */
  readonly valueType: string;
  /** The tags, by name. */
  readonly tags: Readonly<Record<string, string>>;
  /** Tags of the whole contract, under the entry's own (an own tag of the same name wins). */
  readonly contractTags?: Readonly<Record<string, string>> | undefined;
  /** The amounts. */
  readonly amounts: FigureAmounts;
}

/** Totals by theme, value type and tag. Internal. */
export interface Breakdown {
  /** Overall. */
  readonly totals: DeliveryFigures;
  /** By theme (null prototype). */
  readonly byTheme: Record<string, DeliveryFigures>;
  /** By value type (null prototype). */
  readonly byValueType: Record<string, DeliveryFigures>;
  /** By tag name then value (null prototype, both levels). */
  readonly byTag: Record<string, Record<string, DeliveryFigures>>;
}

function addTo(groups: Map<string, FigureSum>, key: string, amounts: FigureAmounts): void {
  let sum = groups.get(key);
  if (sum === undefined) {
    sum = emptySum();
    groups.set(key, sum);
  }
  addInto(sum, amounts);
}

/** Groups as a null-prototype record in code-unit order of their keys, whatever the input order. */
function finish(groups: Map<string, FigureSum>): Record<string, DeliveryFigures> {
  const result = emptyRecord<DeliveryFigures>();
  for (const key of [...groups.keys()].sort(byCodeUnits)) result[key] = toFigures(groups.get(key)!);
  return result;
}

function addToTag(
  tags: Map<string, Map<string, FigureSum>>,
  name: string,
  value: string,
  amounts: FigureAmounts,
): void {
  let values = tags.get(name);
  if (values === undefined) {
    values = new Map();
    tags.set(name, values);
  }
  addTo(values, value, amounts);
}

/** Sums entries overall and by theme, value type and every tag. Internal. */
export function breakdown(entries: Iterable<BreakdownEntry>): Breakdown {
  const total = emptySum();
  const themes = new Map<string, FigureSum>();
  const valueTypes = new Map<string, FigureSum>();
  const tags = new Map<string, Map<string, FigureSum>>();
  for (const entry of entries) {
    addInto(total, entry.amounts);
    addTo(themes, entry.theme, entry.amounts);
    addTo(valueTypes, entry.valueType, entry.amounts);
    for (const name of Object.keys(entry.tags)) {
      addToTag(tags, name, entry.tags[name]!, entry.amounts);
    }
    const { contractTags } = entry;
    if (contractTags === undefined) continue;
    for (const name of Object.keys(contractTags)) {
      if (!Object.hasOwn(entry.tags, name)) {
        addToTag(tags, name, contractTags[name]!, entry.amounts);
      }
    }
  }
  const byTag = emptyRecord<Record<string, DeliveryFigures>>();
  for (const name of [...tags.keys()].sort(byCodeUnits)) byTag[name] = finish(tags.get(name)!);
  return {
    totals: toFigures(total),
    byTheme: finish(themes),
    byValueType: finish(valueTypes),
    byTag,
  };
}

/** Financial-year amounts being summed. Internal. */
export interface YearSum {
  /** Expected within the year. */
  expected: Decimal;
  /** Delivered within the year. */
  delivered: Decimal;
  /** Verified within the year. */
  verified: Decimal;
  /** Claimed within the year. */
  claimed: Decimal;
  /** Unpledged within the year. */
  unpledged: Decimal;
}

/** Zero year amounts. Internal. */
export function emptyYear(): YearSum {
  return { expected: ZERO, delivered: ZERO, verified: ZERO, claimed: ZERO, unpledged: ZERO };
}

/** The figures of a financial year from its amounts. Internal. */
export function toYearFigures(
  year: Pick<YearSpan, 'label' | 'start' | 'end'>,
  sum: YearSum,
): FinancialYearFigures {
  return {
    year: year.label,
    start: year.start,
    end: year.end,
    expected: sum.expected,
    delivered: sum.delivered,
    verified: sum.verified,
    claimed: sum.claimed,
    unpledged: sum.unpledged,
    deliveryRatio: ratioOrNull(sum.delivered, sum.expected),
  };
}

function splitOf(
  entries: readonly BreakdownEntry[],
  amount: (amounts: FigureAmounts) => Decimal,
  contractValue: Decimal,
): SocialValueAddedSplit {
  let social = ZERO;
  let localEconomic = ZERO;
  for (const entry of entries) {
    if (entry.valueType === 'local-economic') {
      localEconomic = localEconomic.plus(amount(entry.amounts));
    } else if (entry.valueType !== 'record-only') social = social.plus(amount(entry.amounts));
  }
  return {
    socialRatio: divide(social, contractValue),
    localEconomicRatio: divide(localEconomic, contractValue),
    combinedRatio: divide(social.plus(localEconomic), contractValue),
  };
}

/**
 * Social value added of entries: pledged, and delivered (pledged or not), ÷ contract value,
 * with environmental value counted as social as the Social Value Portal does. Internal.
 */
export function socialValueAddedOf(
  entries: readonly BreakdownEntry[],
  contractValue: Decimal,
): SocialValueAddedFigures {
  return {
    contractValue,
    pledged: splitOf(entries, (amounts) => amounts.pledged, contractValue),
    delivered: splitOf(
      entries,
      (amounts) => amounts.delivered.plus(amounts.unpledged),
      contractValue,
    ),
  };
}
