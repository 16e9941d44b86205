import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { fieldError, issueAt } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { emptyRecord } from '../core/record.js';
import { byCodeUnits, plural } from '../core/text.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { moneyText, percentText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { unknownMeasure } from '../toms/get-measure.js';
import { measureIndex } from '../toms/measure-index.js';
import { readFramework } from '../toms/read-framework.js';
import type { Framework, Measure } from '../toms/types.js';
import { assembleValuation, lineOf, yearOf } from './assemble-valuation.js';
import { type ReadTags, readPledge } from './read-pledge.js';
import { valuePledgesOptionsSchema } from './schemas.js';
import type {
  PledgeInput,
  Valuation,
  ValuationLine,
  ValuationWarning,
  ValuePledgesOptions,
  YearValue,
} from './types.js';
import { valuationWarnings } from './valuation-warnings.js';

const ONE = new Decimal(1);
const ZERO = new Decimal(0);
const NO_TAGS: Readonly<Record<string, string>> = Object.freeze(emptyRecord<string>());
const NO_ENTRIES: ReadTags = Object.freeze([]);
const NO_WARNINGS: readonly ValuationWarning[] = Object.freeze([]);
const TYPES = valueTypes.length;
const NO_LINE_TAGS: LineTags = Object.freeze({ record: NO_TAGS, entries: NO_ENTRIES });

/** A line's tags: the frozen record on the line and its entries, for the totals. */
interface LineTags {
  readonly record: Readonly<Record<string, string>>;
  readonly entries: ReadTags;
}

/** A node of the tag sets met in one call: by tag name, then value, the sets that go on. */
interface TagSets {
  readonly next: Map<string, Map<string, TagSets>>;
  tags?: LineTags;
}

/**
 * The frozen, null-prototype tags record of a tag set. Pledges with the same tags share one
 * record (records without a prototype are slow to build and freeze, and tags repeat: a sheet's
 * priorities): the sets met in one call are kept in a tree keyed by name, then value.
 */
function lineTags(entries: ReadTags, root: TagSets): LineTags {
  let node = root;
  for (const [name, value] of entries) {
    let values = node.next.get(name);
    if (values === undefined) {
      values = new Map();
      node.next.set(name, values);
    }
    let child = values.get(value);
    if (child === undefined) {
      child = { next: new Map() };
      values.set(value, child);
    }
    node = child;
  }
  if (node.tags === undefined) {
    const record = emptyRecord<string>();
    for (const [name, value] of entries) record[name] = value;
    node.tags = { record: Object.freeze(record), entries };
  }
  return node.tags;
}

/** Where a measure's values are summed: one slot per theme and value type. */
interface Slot {
  readonly measure: Measure;
  readonly themeName: string;
  readonly slot: number;
  /** The measure's position in the framework, to mark it pledged without hashing its code. */
  readonly ordinal: number;
  /** The measure can raise a warning on its own (exclusivity group, edition, years limit). */
  readonly flagged: boolean;
}

// Slots of each framework's measures, built once per (sealed) framework object.
const slotIndexes = new WeakMap<Framework, ReadonlyMap<string, Slot>>();

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
            slot: theme * TYPES + valueTypes.indexOf(measure.valueType),
            flagged:
              measure.exclusivityGroup !== undefined ||
              measure.edition !== undefined ||
              measure.maxYearsPerPerson !== undefined,
          },
        ];
      }),
    );
    slotIndexes.set(framework, slots);
  }
  return slots;
}

function missingProxy(measure: Measure, index: number): SocialValueError {
  return new SocialValueError({
    code: 'missing-proxy',
    message: `Measure ${measure.code} has no proxy value (not monetised yet), so pledge ${index} cannot be valued.`,
    issues: [
      issueAt(
        ['pledges', index, 'measure'],
        `measure ${JSON.stringify(measure.code)} has a null proxy value`,
      ),
    ],
    details: { code: measure.code },
  });
}

/** A null-prototype record of the entries, keys sorted by `compare`. */
function sortedRecord(
  entries: Iterable<[string, Decimal]>,
  compare: (a: string, b: string) => number,
): Record<string, Decimal> {
  const record = emptyRecord<Decimal>();
  for (const [key, value] of [...entries].sort(([a], [b]) => compare(a, b))) record[key] = value;
  return record;
}

/** Year labels in natural order ('2' before '10', '2025/26' before '2026/27'). */
const yearOrder = new Intl.Collator('en', { numeric: true }).compare;

function add(map: Map<string, Decimal>, key: string, value: Decimal): void {
  const sum = map.get(key);
  map.set(key, sum === undefined ? value : sum.plus(value));
}

/**
 * Values pledges against a framework, exactly: for each pledge, value = quantity × attribution
 * share × proxy value; then totals overall, by theme, by value type, by every tag and by year.
 * Totals are nominal and undiscounted, as Social Value Portal reports them (see `presentValue`
 * and `reindexProxies` for the opt-in transforms).
 *
 * A `0` proxy (recorded, not monetised) values to £0 and is valid; a `null` proxy is an error.
 * Pledges are strict: an unknown key is refused with a "did you mean" (`attributon`).
 *
 * @param framework - A framework from `defineFramework` (or `toFramework` of
 * `social-value/csv`); its JSON form or a hand-made one is validated first.
 * @param pledges - The pledges, each `{ measure, quantity | years, attributionShare?, tags?, note? }`.
 * @param options - `contractValue` to get the social value added ratio.
 * @returns The lines, totals, ratio, warnings and a summary, frozen, with `kind: 'valuation'`.
 * The same pledges in any order give the same totals.
 * @throws SocialValueError `invalid-input` (path such as `pledges[3].quantity`: negative or not
 * a number, neither or both of quantity/years, a share outside 0 to 1, an unknown key; or
 * `framework…` for a framework that is not valid), `out-of-range` (a number outside the numeric
 * domain), `unknown-measure` (path `pledges[3].measure`, close codes in `details.suggestions`)
 * or `missing-proxy`.
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
 * valuation.socialValueAddedRatio; // => '0.073928288'
 * valuation.summary; // => '2 pledges valued at £739,282.88 with Council sheet (edition 2021, 2021 prices): 7.39% of the contract value of £10,000,000.00.'
 * ```
 */
export function valuePledges(
  framework: Framework,
  pledges: readonly PledgeInput[],
  options?: ValuePledgesOptions,
): Valuation {
  const checked = readFramework(framework, ['framework']);
  if (!Array.isArray(pledges)) {
    throw fieldError(
      'invalid-input',
      'Invalid pledges: expected a list.',
      ['pledges'],
      `expected a list of pledges, received ${describeValue(pledges)}`,
    );
  }
  const contractValue = readOptions(options);
  const slots = slotsOf(checked);
  const themeCount = checked.themes.length;
  const lines: ValuationLine[] = new Array(pledges.length);
  const sums: (Decimal | undefined)[] = new Array(themeCount * TYPES);
  const byTag = new Map<string, Map<string, Decimal>>();
  const tagSets: TagSets = { next: new Map() };
  let byYear: Map<string, Decimal> | undefined;
  const pledged = new Uint8Array(slots.size);
  let mayWarn = false;

  for (let index = 0; index < pledges.length; index += 1) {
    const pledge = readPledge(pledges[index], index);
    const entry = slots.get(pledge.measure);
    if (entry === undefined) {
      throw unknownMeasure(checked, pledge.measure, ['pledges', index, 'measure']);
    }
    const measure = entry.measure;
    if (entry.flagged || pledged[entry.ordinal] === 1) mayWarn = true;
    else pledged[entry.ordinal] = 1;
    const proxy = measure.proxyValue;
    if (proxy === null) throw missingProxy(measure, index);
    const share = pledge.attributionShare ?? ONE;
    const rate = pledge.attributionShare === undefined ? proxy : proxy.times(share);

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
        years.push(yearOf(year, yearQuantity, yearValue));
        quantity = quantity.plus(yearQuantity);
        value = value.plus(yearValue);
        add(byYear, year, yearValue);
      }
    }

    const tags = pledge.tags === undefined ? NO_LINE_TAGS : lineTags(pledge.tags, tagSets);
    lines[index] = lineOf(
      index,
      measure.code,
      measure.title,
      measure.unit,
      measure.theme,
      entry.themeName,
      measure.valueType,
      quantity,
      share,
      proxy,
      value,
      tags.record,
      years,
      pledge.note,
    );

    const sum = sums[entry.slot];
    sums[entry.slot] = sum === undefined ? value : sum.plus(value);
    for (const [name, tag] of tags.entries) {
      let values = byTag.get(name);
      if (values === undefined) {
        values = new Map();
        byTag.set(name, values);
      }
      add(values, tag, value);
    }
  }

  const byTheme = emptyRecord<Decimal>();
  let total = ZERO;
  const typeTotals = valueTypes.map(() => ZERO);
  checked.themes.forEach((theme, themeIndex) => {
    let themeTotal = ZERO;
    for (let type = 0; type < TYPES; type += 1) {
      const sum = sums[themeIndex * TYPES + type];
      if (sum === undefined) continue;
      themeTotal = themeTotal.plus(sum);
      typeTotals[type] = typeTotals[type]!.plus(sum);
    }
    byTheme[theme.id] = themeTotal;
    total = total.plus(themeTotal);
  });
  const byValueType = Object.fromEntries(
    valueTypes.map((type, index) => [type, typeTotals[index]!]),
  ) as Record<ValueType, Decimal>;
  const tagTotals = emptyRecord<Record<string, Decimal>>();
  for (const name of [...byTag.keys()].sort(byCodeUnits)) {
    tagTotals[name] = sortedRecord(byTag.get(name)!, byCodeUnits);
  }
  const ratio = contractValue === undefined ? undefined : divide(total, contractValue);
  // Only measures that can warn, or a measure pledged twice, need the full check.
  const warnings = mayWarn
    ? valuationWarnings(checked.edition, lines, (code) => slots.get(code)!.measure)
    : NO_WARNINGS;
  return assembleValuation({
    framework: checked,
    lines,
    total,
    byTheme,
    byValueType,
    byTag: tagTotals,
    byYear: byYear === undefined ? undefined : sortedRecord(byYear, yearOrder),
    contractValue,
    socialValueAddedRatio: ratio,
    warnings,
    summary: summaryOf(checked, lines.length, total, contractValue, ratio, warnings.length),
  });
}

/** The contract value of the options, validated (no zod work for absent or empty options). */
function readOptions(options: unknown): Decimal | undefined {
  if (options === undefined) return undefined;
  if (
    typeof options === 'object' &&
    options !== null &&
    Object.getPrototypeOf(options) === Object.prototype &&
    Object.keys(options).length === 0
  ) {
    return undefined;
  }
  return parseInput(valuePledgesOptionsSchema, options, 'options', ['options']).contractValue;
}

/** `7 pledges valued at £1,627,216.91 with … : 16.27% of the contract value of £10,000,000.00; 1 warning to check.` */
function summaryOf(
  framework: Framework,
  count: number,
  total: Decimal,
  contractValue: Decimal | undefined,
  ratio: Decimal | undefined,
  warnings: number,
): string {
  const pledges = plural(count, 'pledge');
  const basis = `${framework.name} (edition ${framework.edition}, ${framework.priceYear} prices)`;
  const added =
    contractValue === undefined || ratio === undefined
      ? ''
      : `: ${percentText(ratio)} of the contract value of ${moneyText(contractValue)}`;
  const check = warnings === 0 ? '' : `; ${plural(warnings, 'warning')} to check`;
  return `${pledges} valued at ${moneyText(total)} with ${basis}${added}${check}.`;
}
