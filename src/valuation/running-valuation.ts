import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { type IndexList, noteIndex } from '../core/index-list.js';
import { issueAt } from '../core/issue.js';
import { entryOf } from '../core/map-entry.js';
import { divide } from '../core/numeric-domain.js';
import { pledgeChannels } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits, plural } from '../core/text.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { moneyText, percentText } from '../core/wording.js';
import { unknownMeasure } from '../toms/get-measure.js';
import { measureIndex } from '../toms/measure-index.js';
import type { Framework, Measure } from '../toms/types.js';
import {
  assembleValuation,
  DEFAULT_ORIGIN,
  type LineOrigin,
  lineOf,
  yearOf,
} from './assemble-valuation.js';
import { timesExact } from './exact-product.js';
import { addExact, addSum, type ExactSum, exactSum, exactValue } from './exact-sum.js';
import type { ReadPledge } from './read-pledge.js';
import type { Valuation, ValuationFramework, ValuationLine, YearValue } from './types.js';
import { type PledgedMeasure, valuationWarnings, type YearsSpread } from './valuation-warnings.js';

// The one valuation loop, shared by `valuePledges` (all pledges at once) and
// `createValuationAccumulator` (batch by batch): each pledge becomes a frozen line, and its value
// (negative for a disbenefit) is added, exactly and without allocating (see exact-sum.ts), to one
// sum per theme, value type, channel and effect, one per tag value and one per year; the sums
// become Decimals once, in `finishValuation`, which rolls them into every breakdown.
// Everything kept per pledge is the line (and its index, for the warnings), so one call of a
// million pledges costs what many small calls do.

const ZERO = /* @__PURE__ */ new Decimal(0);
const ONE = /* @__PURE__ */ new Decimal(1);
const TYPES = valueTypes.length;
const CHANNELS = pledgeChannels.length;
/** Sums per theme and value type: one per channel and effect (benefit, disbenefit). */
const PER_SLOT = CHANNELS * 2;
const NO_TAGS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ emptyRecord<string>(),
);

/** Where a measure's values are summed: one slot per theme and value type. */
export interface Slot {
  readonly measure: Measure;
  readonly themeName: string;
  /** The first of its theme and value type's sums (then + channel × 2 + effect). */
  readonly slot: number;
  /** The measure's position in the framework. */
  readonly ordinal: number;
}

/** A node of the tag sets met so far: by tag name, then value, the sets that go on. */
interface TagSet {
  readonly next: Map<string, Map<string, TagSet>>;
  /** The frozen tags record of the set ending here (shared by its lines). */
  record?: Readonly<Record<string, string>>;
  /** The sums of each of its tags' values. */
  sums?: readonly ExactSum[];
  /** The pledges of each of its tags' values. */
  lists?: readonly IndexList[];
}

/** A valuation being built. Internal. */
export interface RunningValuation {
  readonly framework: Framework;
  readonly slots: ReadonlyMap<string, Slot>;
  readonly contractValue: Decimal | undefined;
  /** False: no line is kept (totals, breakdowns and warnings only). */
  readonly keepLines: boolean;
  readonly lines: ValuationLine[];
  /** Pledges added. */
  count: number;
  /** Disbenefits added. */
  disbenefits: number;
  readonly sums: (ExactSum | undefined)[];
  readonly byTag: Map<string, Map<string, ExactSum>>;
  /** The pledges of each tag value, by tag name (for the spellings warning). */
  readonly tagPledges: Map<string, Map<string, IndexList>>;
  readonly tagSets: TagSet;
  byYear: Map<string, ExactSum> | undefined;
  /** The pledges of each year label (for the spellings warning). */
  readonly yearPledges: Map<string, IndexList>;
  /** By measure ordinal. */
  readonly pledged: (PledgedMeasure | undefined)[];
  readonly spread: Map<string, YearsSpread>;
}

// Slots of each framework's measures, built once per (sealed) framework object.
const slotIndexes = /* @__PURE__ */ new WeakMap<Framework, ReadonlyMap<string, Slot>>();

function slotsOf(framework: Framework): ReadonlyMap<string, Slot> {
  let slots = slotIndexes.get(framework);
  if (slots === undefined) {
    // A framework is validated before it gets here: every measure's theme exists.
    const themes = new Map(framework.themes.map((theme, index) => [theme.id, index]));
    slots = new Map(
      [...measureIndex(framework)].map(([code, measure], ordinal) => {
        const theme = themes.get(measure.theme)!;
        return [
          code,
          {
            measure,
            themeName: framework.themes[theme]!.name,
            ordinal,
            slot: (theme * TYPES + valueTypes.indexOf(measure.valueType)) * PER_SLOT,
          },
        ];
      }),
    );
    slotIndexes.set(framework, slots);
  }
  return slots;
}

/** A valuation of no pledges yet. Internal. */
export function startValuation(
  framework: Framework,
  contractValue: Decimal | undefined,
  keepLines: boolean,
): RunningValuation {
  const slots = slotsOf(framework);
  return {
    framework,
    slots,
    contractValue,
    keepLines,
    lines: [],
    count: 0,
    disbenefits: 0,
    sums: new Array(framework.themes.length * TYPES * PER_SLOT).fill(undefined),
    byTag: new Map(),
    tagPledges: new Map(),
    tagSets: { next: new Map() },
    byYear: undefined,
    yearPledges: new Map(),
    pledged: new Array(slots.size).fill(undefined),
    spread: new Map(),
  };
}

function missingProxy(measure: Measure, index: number): SocialValueError {
  return new SocialValueError({
    code: 'missing-proxy',
    message: `Measure ${idText(measure.code)} has no proxy value (not monetised yet), so pledge ${index} cannot be valued.`,
    issues: [
      issueAt(
        ['pledges', index, 'measure'],
        `measure ${describeValue(measure.code)} has a null proxy value`,
      ),
    ],
    details: { code: measure.code },
  });
}

/**
 * The slot of pledge `index`'s measure, or the error: an unknown measure (`pledges[3].measure`,
 * with close codes) or one without a proxy value. Internal.
 */
export function slotOf(running: RunningValuation, pledge: ReadPledge, index: number): Slot {
  const slot = running.slots.get(pledge.measure);
  if (slot === undefined) {
    throw unknownMeasure(running.framework, pledge.measure, ['pledges', index, 'measure']);
  }
  if (slot.measure.proxyValue === null) throw missingProxy(slot.measure, index);
  return slot;
}

/** The running sum of `key` in `map` (a new one first if none). */
function sumIn(map: Map<string, ExactSum>, key: string): ExactSum {
  return entryOf(map, key, exactSum);
}

const newMap = <K, V>() => new Map<K, V>();
const newTagSet = (): TagSet => ({ next: new Map() });
const newIndexes = (): IndexList => ({ count: 0, indexes: [] });

/** The tag set of a pledge's tags: its frozen record and its sums (found again for the same tags). */
function tagSetOf(
  running: RunningValuation,
  names: readonly string[],
  values: readonly string[],
): TagSet {
  let node = running.tagSets;
  for (let i = 0; i < names.length; i += 1) {
    node = entryOf(entryOf(node.next, names[i]!, newMap<string, TagSet>), values[i]!, newTagSet);
  }
  if (node.record === undefined) {
    const record = emptyRecord<string>();
    const sums: ExactSum[] = [];
    const lists: IndexList[] = [];
    for (let i = 0; i < names.length; i += 1) {
      const name = names[i]!;
      const value = values[i]!;
      record[name] = value;
      sums.push(sumIn(entryOf(running.byTag, name, newMap<string, ExactSum>), value));
      lists.push(
        entryOf(entryOf(running.tagPledges, name, newMap<string, IndexList>), value, newIndexes),
      );
    }
    node.record = Object.freeze(record);
    node.sums = sums;
    node.lists = lists;
  }
  return node;
}

/** Adds pledge `index` (read, with its slot) to the valuation. Internal. */
export function addPledge(
  running: RunningValuation,
  pledge: ReadPledge,
  slot: Slot,
  index: number,
): void {
  const measure = slot.measure;
  const proxy = measure.proxyValue!;
  const share = pledge.attributionShare;
  const disbenefit = pledge.effect === 'disbenefit';
  const unsigned = share === undefined ? proxy : timesExact(proxy, share);
  // A disbenefit's values are the same products with a minus sign (a zero stays +0).
  const rate = disbenefit && !unsigned.isZero() ? unsigned.neg() : unsigned;
  let quantity: Decimal;
  let value: Decimal;
  let years: YearValue[] | undefined;
  if (pledge.years === undefined) {
    quantity = pledge.quantity!;
    value = timesExact(quantity, rate);
  } else {
    running.byYear ??= new Map();
    years = [];
    quantity = ZERO;
    let counted = 0;
    for (const [year, yearQuantity] of pledge.years) {
      const yearValue = timesExact(yearQuantity, rate);
      years.push(yearOf(year, yearQuantity, yearValue));
      addExact(sumIn(running.byYear, year), yearValue);
      noteIndex(entryOf(running.yearPledges, year, newIndexes), index, running.keepLines);
      if (yearQuantity.isZero()) continue;
      quantity = quantity.plus(yearQuantity);
      counted += 1;
    }
    // Exact arithmetic: the sum of the years' values is the sum of their quantities × the rate.
    value = timesExact(quantity, rate);
    const limit = measure.maxYearsPerPerson;
    if (limit !== undefined && counted > limit) {
      const spread = entryOf(running.spread, measure.code, () => ({
        measure,
        count: 0,
        indexes: [],
        most: counted,
      }));
      spread.most = Math.max(spread.most, counted);
      noteIndex(spread, index, running.keepLines);
    }
  }

  const tags =
    pledge.tagNames === undefined
      ? undefined
      : tagSetOf(running, pledge.tagNames, pledge.tagValues!);
  const channel = pledge.channel === undefined ? 0 : pledgeChannels.indexOf(pledge.channel);
  if (running.keepLines) {
    running.lines.push(
      lineOf(
        index,
        measure.code,
        measure.title,
        measure.unit,
        measure.theme,
        slot.themeName,
        measure.valueType,
        quantity,
        share ?? ONE,
        proxy,
        value,
        tags === undefined ? NO_TAGS : tags.record!,
        years,
        pledge.note,
        originOf(pledge),
      ),
    );
  }
  const at = slot.slot + channel * 2 + (disbenefit ? 1 : 0);
  if (disbenefit) running.disbenefits += 1;
  running.sums[at] ??= exactSum();
  addExact(running.sums[at]!, value);
  if (tags !== undefined) {
    for (const tagSum of tags.sums!) addExact(tagSum, value);
    for (const list of tags.lists!) noteIndex(list, index, running.keepLines);
  }
  running.pledged[slot.ordinal] ??= { measure, count: 0, indexes: [] };
  noteIndex(running.pledged[slot.ordinal]!, index, running.keepLines);
  running.count += 1;
}

/** The line's origin fields: the shared default for a pledge that gives none. */
function originOf(pledge: ReadPledge): LineOrigin {
  if (
    pledge.channel === undefined &&
    pledge.effect === undefined &&
    pledge.pledgerKind === undefined &&
    pledge.pledger === undefined &&
    pledge.followUpOn === undefined &&
    pledge.barriers === undefined
  ) {
    return DEFAULT_ORIGIN;
  }
  return {
    channel: pledge.channel ?? 'tender',
    effect: pledge.effect ?? 'benefit',
    pledgerKind: pledge.pledgerKind,
    pledger: pledge.pledger,
    followUpOn: pledge.followUpOn,
    barriers: pledge.barriers,
  };
}

/** A null-prototype record of the sums' values (or what `read` makes of them), keys sorted by `compare`. */
function sortedRecord<S, T = Decimal>(
  sums: ReadonlyMap<string, S>,
  compare: (a: string, b: string) => number,
  read: (sum: S) => T = exactValue as unknown as (sum: S) => T,
): Record<string, T> {
  const record = emptyRecord<T>();
  for (const key of [...sums.keys()].sort(compare)) record[key] = read(sums.get(key)!);
  return record;
}

/** Year labels in natural order ('2' before '10', '2025/26' before '2026/27'). */
const yearOrder = /* @__PURE__ */ new Intl.Collator('en', { numeric: true }).compare;

/**
 * The sealed valuation of the pledges added so far. `copyLines`: the running valuation goes on
 * (its lines are copied); else its lines become the result's. Internal.
 */
export function finishValuation(running: RunningValuation, copyLines: boolean): Valuation {
  const { framework, contractValue } = running;
  const byTheme = emptyRecord<Decimal>();
  const totalSum = exactSum();
  // By effect: benefits, disbenefits.
  const effectSums = [exactSum(), exactSum()];
  const typeSums = valueTypes.map(() => exactSum());
  const channelSums = new Map<string, ExactSum>();
  framework.themes.forEach((theme, themeIndex) => {
    const themeSum = exactSum();
    for (let type = 0; type < TYPES; type += 1) {
      const first = (themeIndex * TYPES + type) * PER_SLOT;
      for (let at = first; at < first + PER_SLOT; at += 1) {
        const sum = running.sums[at];
        if (sum === undefined) continue;
        addSum(themeSum, sum);
        addSum(typeSums[type]!, sum);
        addSum(sumIn(channelSums, pledgeChannels[(at - first) >> 1]!), sum);
        addSum(effectSums[(at - first) % 2]!, sum);
      }
    }
    byTheme[theme.id] = exactValue(themeSum);
    addSum(totalSum, themeSum);
  });
  const total = exactValue(totalSum);
  const benefitTotal = exactValue(effectSums[0]!);
  const disbenefitTotal = exactValue(effectSums[1]!);
  const byValueType = Object.fromEntries(
    valueTypes.map((type, index) => [type, exactValue(typeSums[index]!)]),
  ) as Record<ValueType, Decimal>;
  const ratio = contractValue === undefined ? undefined : divide(total, contractValue);
  const pledged = running.pledged.filter((entry) => entry !== undefined);
  const warnings = valuationWarnings(
    framework.edition,
    pledged,
    running.spread,
    running.keepLines,
    running.tagPledges,
    running.yearPledges,
  );
  return assembleValuation({
    framework,
    lines: copyLines ? running.lines.slice() : running.lines,
    total,
    benefitTotal,
    disbenefitTotal,
    byTheme,
    byValueType,
    byChannel: sortedRecord(channelSums, byCodeUnits),
    byTag: sortedRecord(running.byTag, byCodeUnits, (values: ReadonlyMap<string, ExactSum>) =>
      sortedRecord(values, byCodeUnits),
    ),
    byYear: running.byYear === undefined ? undefined : sortedRecord(running.byYear, yearOrder),
    contractValue,
    socialValueAddedRatio: ratio,
    warnings,
    summary: valuationSummary(
      framework,
      running.count,
      total,
      running.disbenefits === 0 ? undefined : [benefitTotal, disbenefitTotal],
      contractValue,
      ratio,
      warnings.length,
    ),
  });
}

/**
 * `7 pledges valued at £1,627,216.91 with … : 16.27% of the contract value of £10,000,000.00; 1
 * warning to check.` With disbenefits: `3 pledges valued at £89,300.00 net (£112,300.00 of
 * benefits less £23,000.00 of disbenefits) with …`. Internal: written by `finishValuation` and
 * checked by the valuation snapshot reader, so that an edited summary is refused.
 */
export function valuationSummary(
  framework: ValuationFramework,
  count: number,
  total: Decimal,
  effects: readonly [benefits: Decimal, disbenefits: Decimal] | undefined,
  contractValue: Decimal | undefined,
  ratio: Decimal | undefined,
  warnings: number,
): string {
  const pledges = plural(count, 'pledge');
  const basis = `${idText(framework.name)} (edition ${idText(framework.edition)}, ${framework.priceYear} prices)`;
  const added =
    contractValue === undefined || ratio === undefined
      ? ''
      : `: ${percentText(ratio)} of the contract value of ${moneyText(contractValue)}`;
  const check = warnings === 0 ? '' : `; ${plural(warnings, 'warning')} to check`;
  const net =
    effects === undefined
      ? ''
      : ` net (${moneyText(effects[0])} of benefits less ${moneyText(effects[1].abs())} of disbenefits)`;
  return `${pledges} valued at ${moneyText(total)}${net} with ${basis}${added}${check}.`;
}
