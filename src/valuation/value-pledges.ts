import { Decimal } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { unknownMeasure } from '../toms/get-measure.js';
import { measureIndex } from '../toms/measure-index.js';
import type { Framework, Measure, ValueType } from '../toms/types.js';
import { readPledge } from './read-pledge.js';
import { pledgeListSchema, valuePledgesOptionsSchema } from './schemas.js';
import type {
  PledgeInput,
  Valuation,
  ValuationLine,
  ValuationWarning,
  ValuePledgesOptions,
  YearValue,
} from './types.js';
import { valuationWarnings } from './valuation-warnings.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ONE = new Decimal(1);
const ZERO = new Decimal(0);
const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({});
const VALUE_TYPES: readonly ValueType[] = [
  'local-economic',
  'social',
  'environmental',
  'record-only',
];

/** Where a measure's values are summed: one slot per theme and value type. */
interface Slot {
  readonly measure: Measure;
  readonly slot: number;
  /** The measure's position in the framework, to mark it pledged without hashing its code. */
  readonly ordinal: number;
  /** The measure can raise a warning on its own (exclusivity group, edition, years limit). */
  readonly flagged: boolean;
}

// Slots of each framework's measures, built once per (frozen) framework object.
const slotIndexes = new WeakMap<Framework, ReadonlyMap<string, Slot>>();

function slotsOf(framework: Framework): ReadonlyMap<string, Slot> {
  let slots = slotIndexes.get(framework);
  if (slots === undefined) {
    const themes = new Map(framework.themes.map((theme, index) => [theme.id, index]));
    slots = new Map(
      [...measureIndex(framework)].map(([code, measure], ordinal) => [
        code,
        {
          measure,
          ordinal,
          slot: (themes.get(measure.theme) ?? 0) * 4 + VALUE_TYPES.indexOf(measure.valueType),
          flagged:
            measure.exclusivityGroup !== undefined ||
            measure.edition !== undefined ||
            measure.maxYearsPerPerson !== undefined,
        },
      ]),
    );
    if (Object.isFrozen(framework)) slotIndexes.set(framework, slots);
  }
  return slots;
}

function missingProxy(measure: Measure, index: number): SocialValueError {
  return new SocialValueError({
    code: 'missing-proxy',
    message: `Measure ${measure.code} has no proxy value (not monetised yet), so pledge ${index} cannot be valued.`,
    issues: [
      {
        path: `pledges[${index}].measure`,
        segments: ['pledges', index, 'measure'],
        message: `measure ${JSON.stringify(measure.code)} has a null proxy value`,
      },
    ],
    details: { code: measure.code },
  });
}

/** A frozen record of the entries, keys sorted by `compare`. */
function sortedRecord(
  entries: Iterable<[string, Decimal]>,
  compare: (a: string, b: string) => number,
): Readonly<Record<string, Decimal>> {
  const record: Record<string, Decimal> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => compare(a, b))) {
    record[key] = value;
  }
  return Object.freeze(record);
}

/** Year labels in natural order ('2' before '10', '2025/26' before '2026/27'). */
const yearOrder = new Intl.Collator('en', { numeric: true }).compare;

/** Tag keys and values in code-unit order (fast and locale-independent). */
function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NO_WARNINGS: readonly ValuationWarning[] = Object.freeze([]);

function add(map: Map<string, Decimal>, key: string, value: Decimal): void {
  const sum = map.get(key);
  map.set(key, sum === undefined ? value : sum.plus(value));
}

/**
 * Values pledges against a framework, exactly: for each pledge, value = quantity × attribution
 * × proxy value; then totals overall, by theme, by value type, by every tag key and by year.
 * Totals are nominal and undiscounted, as Social Value Portal reports them (see
 * `presentValue` and `reindexProxies` for the opt-in transforms).
 *
 * A `0` proxy (recorded, not monetised) values to £0 and is valid; a `null` proxy is an error.
 *
 * @param framework - A framework from `defineFramework` (or `toFramework` of `social-value/csv`).
 * @param pledges - The pledges, each `{ measure, quantity | years, attribution?, tags?, note? }`.
 * @param options - `contractValue` to get social value added (SVA).
 * @returns The lines, totals, SVA and warnings, frozen. The same pledges in any order give the
 * same totals.
 * @throws SocialValueError `invalid-input` (path such as `pledges[3].quantity`: negative or not
 * a number, neither or both of quantity/years, attribution outside [0, 1]), `unknown-measure`
 * (path `pledges[3].measure`, close codes in `details.suggestions`) or `missing-proxy`.
 *
 * @example
 * ```ts
 * import { defineFramework, valuePledges } from 'social-value';
 *
 * // Proxies from a council pledge sheet (Social Value Portal example, seed 004).
 * const framework = defineFramework({
 *   id: 'sheet', name: 'Council sheet', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'jobs', name: 'Promote Local Skills and Employment', shortName: 'Jobs' },
 *     { id: 'social', name: 'Healthier, Safer and more Resilient Communities', shortName: 'Social' }],
 *   measures: [
 *     { code: 'NT1', theme: 'jobs', title: 'Local direct employees (FTE)', unit: 'no. people FTE',
 *       proxyValue: 30782, valueType: 'local-economic' },
 *     { code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *       proxyValue: '16.09', valueType: 'social' },
 *   ],
 * });
 * const valuation = valuePledges(
 *   framework,
 *   [{ measure: 'NT1', quantity: 24 }, { measure: 'NT29', quantity: 32, tags: { priority: 'Plural ownership' } }],
 *   { contractValue: '10000000' },
 * );
 * valuation.total; // => '739282.88'
 * valuation.byTheme.social; // => '514.88'
 * valuation.byValueType['local-economic']; // => '738768'
 * valuation.byTag.priority?.['Plural ownership']; // => '514.88'
 * valuation.socialValueAdded; // => '0.073928288'
 * ```
 */
export function valuePledges(
  framework: Framework,
  pledges: readonly PledgeInput[],
  options: ValuePledgesOptions = {},
): Valuation {
  if (!Array.isArray(pledges)) parseInput(pledgeListSchema, pledges, 'pledges', ['pledges']);
  const contractValue = readOptions(options);
  const slots = slotsOf(framework);
  const lines: ValuationLine[] = new Array(pledges.length);
  const sums: (Decimal | undefined)[] = new Array(framework.themes.length * 4);
  const byTag = new Map<string, Map<string, Decimal>>();
  let byYear: Map<string, Decimal> | undefined;
  const pledged = new Uint8Array(slots.size);
  let mayWarn = false;

  for (let index = 0; index < pledges.length; index += 1) {
    const pledge = readPledge(pledges[index], index);
    const entry = slots.get(pledge.measure);
    if (entry === undefined) {
      throw unknownMeasure(
        framework,
        pledge.measure,
        ['pledges', index, 'measure'],
        `pledges[${index}].measure`,
      );
    }
    const measure = entry.measure;
    if (entry.flagged || pledged[entry.ordinal] === 1) mayWarn = true;
    else pledged[entry.ordinal] = 1;
    const proxy = measure.proxyValue;
    if (proxy === null) throw missingProxy(measure, index);
    const attribution = pledge.attribution ?? ONE;
    const rate = pledge.attribution === undefined ? proxy : proxy.times(attribution);

    let quantity: Decimal;
    let value: Decimal;
    let years: YearValue[] | undefined;
    if (pledge.years === undefined) {
      quantity = pledge.quantity!;
      value = quantity.times(rate);
    } else {
      byYear ??= new Map();
      years = [];
      quantity = ZERO;
      value = ZERO;
      for (const [year, yearQuantity] of pledge.years) {
        const yearValue = yearQuantity.times(rate);
        years.push(Object.freeze({ year, quantity: yearQuantity, value: yearValue }));
        quantity = quantity.plus(yearQuantity);
        value = value.plus(yearValue);
        add(byYear, year, yearValue);
      }
    }

    const tags = pledge.tags === undefined ? NO_TAGS : Object.freeze(pledge.tags);
    const line: Mutable<ValuationLine> = {
      index,
      measure: measure.code,
      title: measure.title,
      unit: measure.unit,
      theme: measure.theme,
      valueType: measure.valueType,
      quantity,
      attribution,
      proxy,
      value,
      tags,
    };
    if (years !== undefined) line.years = Object.freeze(years);
    if (pledge.note !== undefined) line.note = pledge.note;
    lines[index] = Object.freeze(line);

    const sum = sums[entry.slot];
    sums[entry.slot] = sum === undefined ? value : sum.plus(value);
    for (const name in tags) {
      let values = byTag.get(name);
      if (values === undefined) {
        values = new Map();
        byTag.set(name, values);
      }
      add(values, tags[name]!, value);
    }
  }

  const byTheme: Record<string, Decimal> = {};
  let total = ZERO;
  const typeTotals = [ZERO, ZERO, ZERO, ZERO];
  framework.themes.forEach((theme, themeIndex) => {
    let themeTotal = ZERO;
    for (let type = 0; type < 4; type += 1) {
      const sum = sums[themeIndex * 4 + type];
      if (sum === undefined) continue;
      themeTotal = themeTotal.plus(sum);
      typeTotals[type] = typeTotals[type]!.plus(sum);
    }
    byTheme[theme.id] = themeTotal;
    total = total.plus(themeTotal);
  });
  const byValueType: Record<ValueType, Decimal> = {
    'local-economic': typeTotals[0]!,
    social: typeTotals[1]!,
    environmental: typeTotals[2]!,
    'record-only': typeTotals[3]!,
  };
  const tagTotals: Record<string, Readonly<Record<string, Decimal>>> = {};
  for (const name of [...byTag.keys()].sort(codeUnitOrder)) {
    tagTotals[name] = sortedRecord(byTag.get(name)!, codeUnitOrder);
  }

  // Lines are frozen as they are made; the rest is frozen here, without walking the lines again.
  const valuation: Valuation = {
    framework: Object.freeze({
      id: framework.id,
      name: framework.name,
      edition: framework.edition,
      priceYear: framework.priceYear,
    }),
    lines: Object.freeze(lines),
    total,
    byTheme: Object.freeze(byTheme),
    byValueType: Object.freeze(byValueType),
    byTag: Object.freeze(tagTotals),
    ...(byYear === undefined ? {} : { byYear: sortedRecord(byYear, yearOrder) }),
    ...(contractValue === undefined
      ? {}
      : { contractValue, socialValueAdded: total.dividedBy(contractValue) }),
    // Only measures that can warn, or a measure pledged twice, need the full check.
    warnings: mayWarn
      ? deepFreeze(valuationWarnings(framework, lines, (code) => slots.get(code)!.measure))
      : NO_WARNINGS,
  };
  return Object.freeze(valuation);
}

/** The contract value of the options, validated (no zod work for empty options). */
function readOptions(options: ValuePledgesOptions): Decimal | undefined {
  if (typeof options === 'object' && options !== null && Object.keys(options).length === 0) {
    return undefined;
  }
  return parseInput(valuePledgesOptionsSchema, options, 'options', ['options']).contractValue;
}
