import { Decimal } from '../core/decimal.js';
import type {
  DeliveryFigures,
  FinancialYearFigures,
  SocialValueAddedFigures,
  SocialValueAddedSplit,
} from './types.js';

/** The summable £ amounts of {@link DeliveryFigures}. Internal. */
export type FigureAmounts = Omit<DeliveryFigures, 'deliveryRatio' | 'progress'>;

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

/** Zero amounts. Internal. */
export function emptySum(): FigureSum {
  const zero = new Decimal(0);
  return {
    pledged: zero,
    expected: zero,
    delivered: zero,
    verified: zero,
    claimed: zero,
    unpledged: zero,
    shortfall: zero,
    shortfallToDate: zero,
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

/** `a ÷ b`, or `null` when `b` is 0. Internal. */
export function ratioOrNull(numerator: Decimal, denominator: Decimal): Decimal | null {
  return denominator.isZero() ? null : numerator.div(denominator);
}

/** Completes amounts with their ratios. Internal. */
export function toFigures(sum: FigureAmounts): DeliveryFigures {
  return {
    ...sum,
    deliveryRatio: ratioOrNull(sum.delivered, sum.expected),
    progress: ratioOrNull(sum.delivered, sum.pledged),
  };
}

/** One contribution to a breakdown: its amounts and what it is grouped by. Internal. */
export interface BreakdownEntry {
  /** The theme id. */
  readonly theme: string;
  /** The value type. */
  readonly valueType: string;
  /** The tags. */
  readonly tags: Readonly<Record<string, string>>;
  /** The amounts. */
  readonly amounts: FigureAmounts;
}

/** Totals by theme, value type and tag. Internal. */
export interface Breakdown {
  /** Overall. */
  readonly totals: DeliveryFigures;
  /** By theme. */
  readonly byTheme: Record<string, DeliveryFigures>;
  /** By value type. */
  readonly byValueType: Record<string, DeliveryFigures>;
  /** By tag name then value. */
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

/** Groups keyed in sorted order, so the result does not depend on input order. */
function finish(groups: Map<string, FigureSum>): Record<string, DeliveryFigures> {
  const result: Record<string, DeliveryFigures> = {};
  for (const key of [...groups.keys()].sort()) result[key] = toFigures(groups.get(key)!);
  return result;
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
    for (const [name, value] of Object.entries(entry.tags)) {
      let values = tags.get(name);
      if (values === undefined) {
        values = new Map();
        tags.set(name, values);
      }
      addTo(values, value, entry.amounts);
    }
  }
  const byTag: Record<string, Record<string, DeliveryFigures>> = {};
  for (const name of [...tags.keys()].sort()) byTag[name] = finish(tags.get(name)!);
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
  const zero = new Decimal(0);
  return { expected: zero, delivered: zero, verified: zero, claimed: zero, unpledged: zero };
}

/** Completes year amounts with the delivery ratio. Internal. */
export function toYearFigures(
  year: FinancialYearFigures['year'],
  sum: YearSum,
): FinancialYearFigures {
  return { year, ...sum, deliveryRatio: ratioOrNull(sum.delivered, sum.expected) };
}

function splitOf(
  entries: readonly BreakdownEntry[],
  amount: (amounts: FigureAmounts) => Decimal,
  contractValue: Decimal,
): SocialValueAddedSplit {
  let social = new Decimal(0);
  let localEconomic = new Decimal(0);
  for (const entry of entries) {
    if (entry.valueType === 'local-economic') {
      localEconomic = localEconomic.plus(amount(entry.amounts));
    } else if (entry.valueType !== 'record-only') social = social.plus(amount(entry.amounts));
  }
  return {
    social: social.div(contractValue),
    localEconomic: localEconomic.div(contractValue),
    combined: social.plus(localEconomic).div(contractValue),
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
