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
  ValuePledgesOptions,
  YearValue,
} from './types.js';
import { valuationWarnings } from './valuation-warnings.js';

const ONE = new Decimal(1);
const NO_TAGS: Readonly<Record<string, string>> = Object.freeze({});
const VALUE_TYPES: readonly ValueType[] = [
  'local-economic',
  'social',
  'environmental',
  'record-only',
];

/** Lines that share a theme, value type and tags are summed together first. */
interface Bucket {
  readonly theme: string;
  readonly valueType: ValueType;
  readonly tags: Readonly<Record<string, string>>;
  sum: Decimal;
}

function bucketKey(measure: Measure, tags: Readonly<Record<string, string>>): string {
  let key = `${measure.theme}\u0001${measure.valueType}`;
  for (const name in tags) key += `\u0001${name}\u0002${tags[name]}`;
  return key;
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

function sortedRecord(entries: Iterable<[string, Decimal]>): Record<string, Decimal> {
  const record: Record<string, Decimal> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => compareLabels(a, b))) {
    record[key] = value;
  }
  return record;
}

function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

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
  const { contractValue } = parseInput(valuePledgesOptionsSchema, options, 'options', ['options']);
  const measures = measureIndex(framework);
  const lines: ValuationLine[] = new Array(pledges.length);
  const buckets = new Map<string, Bucket>();
  let byYear: Map<string, Decimal> | undefined;

  for (let index = 0; index < pledges.length; index += 1) {
    const pledge = readPledge(pledges[index], index);
    const measure = measures.get(pledge.measure);
    if (measure === undefined) {
      throw unknownMeasure(
        framework,
        pledge.measure,
        ['pledges', index, 'measure'],
        `pledges[${index}].measure`,
      );
    }
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
      quantity = new Decimal(0);
      value = new Decimal(0);
      for (const [year, yearQuantity] of pledge.years) {
        const yearValue = yearQuantity.times(rate);
        years.push(Object.freeze({ year, quantity: yearQuantity, value: yearValue }));
        quantity = quantity.plus(yearQuantity);
        value = value.plus(yearValue);
        add(byYear, year, yearValue);
      }
    }

    const tags = pledge.tags === undefined ? NO_TAGS : Object.freeze(pledge.tags);
    const line: ValuationLine = {
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
      ...(years === undefined ? {} : { years: Object.freeze(years) }),
      tags,
      ...(pledge.note === undefined ? {} : { note: pledge.note }),
    };
    lines[index] = Object.freeze(line);

    const key = bucketKey(measure, tags);
    const bucket = buckets.get(key);
    if (bucket === undefined) {
      buckets.set(key, { theme: measure.theme, valueType: measure.valueType, tags, sum: value });
    } else bucket.sum = bucket.sum.plus(value);
  }

  const zero = new Decimal(0);
  const byTheme = new Map<string, Decimal>(framework.themes.map((theme) => [theme.id, zero]));
  const byValueType = new Map<string, Decimal>(VALUE_TYPES.map((type) => [type, zero]));
  const byTag = new Map<string, Map<string, Decimal>>();
  let total = zero;
  for (const bucket of buckets.values()) {
    total = total.plus(bucket.sum);
    add(byTheme, bucket.theme, bucket.sum);
    add(byValueType, bucket.valueType, bucket.sum);
    for (const name in bucket.tags) {
      let values = byTag.get(name);
      if (values === undefined) {
        values = new Map();
        byTag.set(name, values);
      }
      add(values, bucket.tags[name]!, bucket.sum);
    }
  }
  const tagTotals: Record<string, Record<string, Decimal>> = {};
  for (const name of [...byTag.keys()].sort(compareLabels)) {
    tagTotals[name] = sortedRecord(byTag.get(name)!);
  }

  const valuation: Valuation = {
    framework: {
      id: framework.id,
      name: framework.name,
      edition: framework.edition,
      priceYear: framework.priceYear,
    },
    lines,
    total,
    byTheme: Object.fromEntries(byTheme),
    byValueType: Object.fromEntries(byValueType) as Record<ValueType, Decimal>,
    byTag: tagTotals,
    ...(byYear === undefined ? {} : { byYear: sortedRecord(byYear) }),
    ...(contractValue === undefined
      ? {}
      : { contractValue, socialValueAdded: total.dividedBy(contractValue) }),
    warnings: valuationWarnings(framework, lines, (code) => measures.get(code)!),
  };
  return deepFreeze(valuation);
}
