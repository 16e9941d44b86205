import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import type { ValueType } from '../core/value-types.js';
import type {
  Valuation,
  ValuationFramework,
  ValuationLine,
  ValuationWarning,
  YearValue,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  };
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
  readonly byTheme: Readonly<Record<string, Decimal>>;
  readonly byValueType: Readonly<Record<ValueType, Decimal>>;
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
    byTheme: parts.byTheme,
    byValueType: {
      'local-economic': parts.byValueType['local-economic'],
      social: parts.byValueType.social,
      environmental: parts.byValueType.environmental,
      'record-only': parts.byValueType['record-only'],
    },
    byTag: parts.byTag,
    ...(parts.byYear === undefined ? {} : { byYear: parts.byYear }),
    ...(parts.contractValue === undefined ? {} : { contractValue: parts.contractValue }),
    ...(parts.socialValueAddedRatio === undefined
      ? {}
      : { socialValueAddedRatio: parts.socialValueAddedRatio }),
    warnings: parts.warnings,
    summary: parts.summary,
  };
  return seal(valuation, 'valuation');
}
