import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import type { PledgeChannel, PledgeEffect, PledgerKind } from '../core/pledge-channel.js';
import { setFields } from '../core/set-fields.js';
import type { ValueType } from '../core/value-types.js';
import type {
  Valuation,
  ValuationFramework,
  ValuationLine,
  ValuationWarning,
  YearValue,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where a line's pledge comes from, who made it and its effect. Internal. */
export interface LineOrigin {
  readonly channel: PledgeChannel;
  readonly effect: PledgeEffect;
  readonly pledgerKind: PledgerKind | undefined;
  readonly pledger: string | undefined;
  readonly followUpOn: string | undefined;
  /** Frozen by `lineOf` (a copy of the caller's list). */
  readonly barriers: readonly string[] | undefined;
}

/** A tender's benefit, the origin of a pledge that says nothing of it. Internal. */
export const DEFAULT_ORIGIN: LineOrigin = /* @__PURE__ */ Object.freeze({
  channel: 'tender',
  effect: 'benefit',
  pledgerKind: undefined,
  pledger: undefined,
  followUpOn: undefined,
  barriers: undefined,
});

/**
 * One frozen valuation line, keys in one order (so that a line and its revived JSON form print
 * the same). `tags` must be frozen; `years` is frozen here. Internal: `valuePledges` and the snapshot
 * reader build lines only with this.
 */
export function lineOf(
  index: number,
  measure: string,
  title: string,
  unit: string,
  theme: string,
  themeName: string,
  valueType: ValueType,
  quantity: Decimal,
  attributionShare: Decimal,
  proxyValue: Decimal,
  value: Decimal,
  tags: Readonly<Record<string, string>>,
  years: readonly YearValue[] | undefined,
  note: string | undefined,
  origin: LineOrigin,
): ValuationLine {
  const line: Mutable<ValuationLine> = {
    index,
    measure,
    title,
    unit,
    theme,
    themeName,
    valueType,
    quantity,
    attributionShare,
    proxyValue,
    value,
    tags,
    channel: origin.channel,
    effect: origin.effect,
  };
  if (origin !== DEFAULT_ORIGIN) {
    if (origin.pledgerKind !== undefined) line.pledgerKind = origin.pledgerKind;
    if (origin.pledger !== undefined) line.pledger = origin.pledger;
    if (origin.followUpOn !== undefined) line.followUpOn = origin.followUpOn;
    if (origin.barriers !== undefined) line.barriers = Object.freeze(origin.barriers);
  }
  if (years !== undefined) line.years = Object.freeze(years);
  if (note !== undefined) line.note = note;
  return Object.freeze(line);
}

/** A frozen year of a line. Internal. */
export function yearOf(year: string, quantity: Decimal, value: Decimal): YearValue {
  return Object.freeze({ year, quantity, value });
}

/** Everything a valuation is built from. Internal. */
export interface ValuationParts {
  readonly framework: ValuationFramework;
  readonly lines: readonly ValuationLine[];
  readonly total: Decimal;
  readonly benefitTotal: Decimal;
  readonly disbenefitTotal: Decimal;
  readonly byTheme: Readonly<Record<string, Decimal>>;
  /** A record made for this valuation, keys in `valueTypes` order (kept as it is). */
  readonly byValueType: Readonly<Record<ValueType, Decimal>>;
  readonly byChannel: Readonly<Partial<Record<PledgeChannel, Decimal>>>;
  readonly byTag: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  readonly byYear: Readonly<Record<string, Decimal>> | undefined;
  readonly contractValue: Decimal | undefined;
  readonly socialValueAddedRatio: Decimal | undefined;
  readonly warnings: readonly ValuationWarning[];
  readonly summary: string;
}

/** The sealed valuation, keys in one order. Internal: `valuePledges` and the snapshot reader. */
export function assembleValuation(parts: ValuationParts): Valuation {
  const valuation: Valuation = {
    kind: 'valuation',
    schemaVersion: 1,
    framework: {
      id: parts.framework.id,
      name: parts.framework.name,
      edition: parts.framework.edition,
      priceYear: parts.framework.priceYear,
    },
    // Frozen here so that sealing does not walk every line again (each is frozen already).
    lines: Object.freeze(parts.lines),
    total: parts.total,
    benefitTotal: parts.benefitTotal,
    disbenefitTotal: parts.disbenefitTotal,
    byTheme: parts.byTheme,
    byValueType: parts.byValueType,
    byChannel: parts.byChannel,
    byTag: parts.byTag,
    // Those set.
    ...setFields({
      byYear: parts.byYear,
      contractValue: parts.contractValue,
      socialValueAddedRatio: parts.socialValueAddedRatio,
    }),
    warnings: parts.warnings,
    summary: parts.summary,
  };
  return seal(valuation, 'valuation');
}
