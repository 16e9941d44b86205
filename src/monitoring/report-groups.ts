import { Decimal } from '../core/decimal.js';
import { entryOf } from '../core/map-entry.js';
import type { PledgeEffect } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits } from '../core/text.js';
import {
  addAmounts,
  FigureSum,
  finish,
  finishTags,
  type ReportBreakdowns,
  ratioOrNull,
  TAG_AMOUNTS,
  tagAt,
  toFigures,
  YEAR_AMOUNTS,
} from './figures.js';
import type { YearSpan } from './financial-year.js';
import type { DeliveryFigures, FinancialYearFigures, YearTagFigures } from './types.js';

// A report's sums. Each line (and each measure nobody pledged) is added once, to the group of
// the lines that share all its grouping keys (theme, value type, channel, effect and tags);
// when the report is finished, every breakdown entry is the sum of the groups it covers, worked
// out once per distinct set of groups: entries that cover the same groups (a theme and a value
// type that go together, a channel that covers every line) share one figures object.

const ZERO = /* @__PURE__ */ new Decimal(0);

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

/** A financial year's amounts, all 0. */
const zeroYear = (): GroupYear => ({
  pledged: ZERO,
  expected: ZERO,
  delivered: ZERO,
  verified: ZERO,
  claimed: ZERO,
  unpledged: ZERO,
});

/** The running sums of the lines that share every grouping key. Internal. */
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
    return entryOf(this.years, index, zeroYear);
  }
}

/** A key naming every grouping key of a line, unambiguously (user text length-prefixed). */
function groupKey(keys: GroupKeys): string {
  let key = `${keys.valueType}|${keys.channel}|${keys.effect}|${keys.theme.length}:${keys.theme}`;
  for (const name of Object.keys(keys.tags)) {
    const value = keys.tags[name]!;
    key += `|${name.length}:${name}${value.length}:${value}`;
  }
  return key;
}

/** Adds a group's position to the members of `key`. */
function member(members: Map<string, number[]>, key: string, position: number): void {
  entryOf(members, key, () => []).push(position);
}

/** The groups of a report's lines, then its breakdowns. Internal. */
export class ReportGroups {
  private readonly groups = new Map<string, LineGroup>();

  /** The group of lines sharing `keys`, to add a line's amounts to. */
  group(keys: GroupKeys): LineGroup {
    return entryOf(this.groups, groupKey(keys), () => new LineGroup(keys));
  }

  /** The breakdowns: every entry the sum of the groups it covers; `years` the report's. */
  finish(years: readonly YearSpan[]): ReportBreakdowns {
    const groups = [...this.groups.values()];
    const themes = new Map<string, number[]>();
    const valueTypes = new Map<string, number[]>();
    const channels = new Map<string, number[]>();
    const effects = new Map<string, number[]>();
    const tags = new Map<string, Map<string, number[]>>();
    groups.forEach((group, position) => {
      const { keys } = group;
      member(themes, keys.theme, position);
      member(valueTypes, keys.valueType, position);
      member(channels, keys.channel, position);
      member(effects, keys.effect, position);
      for (const name of Object.keys(keys.tags))
        member(tagAt(tags, name), keys.tags[name]!, position);
    });
    const made = new Map<string, DeliveryFigures>();
    const figures = (members: readonly number[]): DeliveryFigures => {
      const key = members.join(',');
      let result = made.get(key);
      if (result === undefined) {
        const sum = members.length === 1 ? groups[members[0]!]!.sum : new FigureSum();
        if (members.length > 1) for (const position of members) sum.add(groups[position]!.sum);
        result = toFigures(sum);
        made.set(key, result);
      }
      return result;
    };
    const disbenefit = effects.get('disbenefit');
    return {
      totals: figures(groups.map((_, position) => position)),
      byTheme: finish(themes, figures),
      byValueType: finish(valueTypes, figures),
      byTag: finishTags(tags, figures),
      byChannel: finish(channels, figures),
      byEffect:
        disbenefit === undefined
          ? undefined
          : { benefit: figures(effects.get('benefit') ?? []), disbenefit: figures(disbenefit) },
      byFinancialYear: years.map((span, index) => yearFigures(span, index, groups, tags)),
    };
  }
}

/** The figures of year `index`: its sums over every group, and by tag. */
function yearFigures(
  span: YearSpan,
  index: number,
  groups: readonly LineGroup[],
  tags: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>,
): FinancialYearFigures {
  const sum = zeroYear();
  for (const group of groups) {
    const year = group.years.get(index);
    if (year !== undefined) addAmounts(sum, year, YEAR_AMOUNTS);
  }
  const byTag = emptyRecord<Record<string, YearTagFigures>>();
  for (const name of [...tags.keys()].sort(byCodeUnits)) {
    const values = emptyRecord<YearTagFigures>();
    const members = tags.get(name)!;
    for (const value of [...members.keys()].sort(byCodeUnits)) {
      let tagged: { -readonly [K in keyof YearTagFigures]: YearTagFigures[K] } | undefined;
      for (const position of members.get(value)!) {
        const year = groups[position]!.years.get(index);
        if (year === undefined) continue;
        tagged ??= { pledged: ZERO, delivered: ZERO, unpledged: ZERO };
        addAmounts(tagged, year, TAG_AMOUNTS);
      }
      if (tagged !== undefined) values[value] = tagged;
    }
    if (Object.keys(values).length > 0) byTag[name] = values;
  }
  return {
    year: span.label,
    start: span.start,
    end: span.end,
    pledged: sum.pledged,
    expected: sum.expected,
    delivered: sum.delivered,
    verified: sum.verified,
    claimed: sum.claimed,
    unpledged: sum.unpledged,
    deliveryRatio: ratioOrNull(sum.delivered, sum.expected),
    byTag,
  };
}
