import { Decimal, type Numeric } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import {
  DIVISION_DIGITS,
  divide,
  figureDomainProblem,
  INPUT_DECIMAL_PLACES_LIMIT,
  inputDomainProblem,
} from '../core/numeric-domain.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { figureText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { assembleFramework } from './assemble-framework.js';
import { readFramework } from './read-framework.js';
import { priceYearSchema } from './schemas.js';
import type { Framework, FrameworkInput, Measure } from './types.js';

const positive = /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true });
/** How far from 1 factors that undo each other may be: each is rounded to 34 significant digits. */
const SLACK = /* @__PURE__ */ new Decimal('1e-30');

const optionsSchema = /* @__PURE__ */ strictObject({
  factor: /* @__PURE__ */ optionalSchema(positive),
  index: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ strictObject({ from: positive, to: positive }),
  ),
  toPriceYear: priceYearSchema,
});

/** Options of `reindexProxies`: a `factor`, or a price `index` at both years; and the target year. */
export type ReindexOptions =
  | {
      /** The number every proxy is multiplied by (above 0). */
      readonly factor: Numeric;
      /** Not given with a factor. */
      readonly index?: undefined;
      /** The price year of the re-indexed proxies. */
      readonly toPriceYear: number;
    }
  | {
      /** Not given with an index. */
      readonly factor?: undefined;
      /** A price index at the framework's price year (`from`) and at the target year (`to`). */
      readonly index: {
        /** The index at the framework's price year (above 0). */
        readonly from: Numeric;
        /** The index at the target price year (above 0). */
        readonly to: Numeric;
      };
      /** The price year of the re-indexed proxies. */
      readonly toPriceYear: number;
    };

/**
 * Re-prices every proxy value of a framework to another price year, an explicit and opt-in
 * transform: each proxy is multiplied by `factor`, or by `index.to ÷ index.from` (for example
 * a CPI or GDP deflator index at the two years). `null` proxies stay `null`, `0` stays `0`.
 * Like every division of the library, a re-indexed proxy is rounded half-up to 34 significant
 * digits (and at most 40 decimal places, so that it is a valid proxy again). The result records
 * the factor and original price year in `reindexed`: of a framework re-indexed before, its first
 * price year and the factors multiplied (to 34 significant digits), so that the record always
 * leads back to the proxies of the edition. The framework given is not changed.
 * Proxies re-expressed in the price year they are in keep their value, and so do proxies
 * re-indexed back to the price year the framework was first re-indexed from: they are the
 * edition's proxies again, so the factor must undo the one recorded (`1 ÷ reindexed.factor`, or
 * the index at the two years the other way round; to 30 decimal places, for the rounding of
 * divisions), and the factor recorded is 1 (an index of 3 to 7 and back by 7 to 3 records 1,
 * not the 0.999…9 that 2.333…3 × 0.428…6 gives to 34 digits).
 *
 * @param framework - The framework: from `defineFramework`, its JSON form, or a framework input
 * as `defineFramework` takes it (validated first).
 * @param options - `{ factor, toPriceYear }` or `{ index: { from, to }, toPriceYear }`.
 * @returns A new frozen framework at the target price year.
 * @throws SocialValueError `invalid-input` when the factor or an index is not above 0, or both
 * or neither are given (path `options.factor`), or when `toPriceYear` is the framework's own
 * price year and the factor is not 1, or the price year it was first re-indexed from and the
 * factor does not undo the one recorded (path `options.factor`, or `options.index` for an
 * index); `out-of-range` when a re-indexed proxy would
 * reach 1e15, or the factor recorded for a framework re-indexed before would reach 1e60.
 *
 * @example
 * ```ts
 * import { defineFramework, getMeasure, reindexProxies } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'demo', name: 'Demo', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'social', name: 'Social' }],
 *   measures: [{ code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *     proxyValue: '16.09', valueType: 'social' }],
 * });
 * // A price index of 100 in 2021 and 110 in 2024: factor 1.1.
 * const in2024 = reindexProxies(framework, { index: { from: 100, to: 110 }, toPriceYear: 2024 });
 * getMeasure(in2024, 'NT29').proxyValue; // => '17.699'
 * in2024.reindexed?.factor; // => '1.1'
 * // Back to 2021 by the same index the other way round: the proxies of 2021 again.
 * const back = reindexProxies(in2024, { index: { from: 110, to: 100 }, toPriceYear: 2021 });
 * getMeasure(back, 'NT29').proxyValue; // => '16.09'
 * ```
 */
export function reindexProxies(
  framework: Framework | FrameworkInput,
  options: ReindexOptions,
): Framework {
  const from = readFramework(framework, ['framework']);
  const parsed = parseInput(optionsSchema, options, 'options', ['options']);
  if ((parsed.factor === undefined) === (parsed.index === undefined)) {
    throw fieldError(
      'invalid-input',
      'Invalid options: 1 problem.',
      ['options', 'factor'],
      'expected exactly one of factor or index',
    );
  }
  const factor = parsed.factor ?? divide(parsed.index!.to, parsed.index!.from);
  const where = parsed.factor === undefined ? ['options', 'index'] : ['options', 'factor'];
  const year = parsed.toPriceYear;
  const first = from.reindexed;
  // Back to the price year a re-indexed framework was first re-indexed from: its proxies are
  // the edition's again, so the factors multiplied must undo each other (up to the rounding of
  // each division to 34 significant digits).
  const back = year !== from.priceYear && year === first?.fromPriceYear;
  if (
    back
      ? first.factor.times(factor).minus(1).abs().gt(SLACK)
      : year === from.priceYear && !factor.eq(1)
  ) {
    const index = parsed.index && `from ${parsed.index.from} to ${parsed.index.to}, `;
    throw fieldError(
      'invalid-input',
      `Invalid options: proxies re-expressed in their ${back ? 'first' : 'own'} price year (${year}) keep their value.`,
      where,
      `expected a factor of ${back ? divide(new Decimal(1), first.factor) : 1} when toPriceYear is the framework's ${back ? 'first ' : ''}price year, received ${index ?? ''}a factor of ${factor}; give toPriceYear the year the proxies are re-priced to`,
    );
  }
  const measures = from.measures.map((measure, index) => ({
    value:
      measure.proxyValue === null
        ? measure
        : { ...measure, proxyValue: reindexed(measure, factor, where) },
    path: ['framework', 'measures', index],
  }));
  return assembleFramework({
    id: from.id,
    name: from.name,
    edition: from.edition,
    priceYear: parsed.toPriceYear,
    themes: from.themes.map((theme, index) => ({
      value: theme,
      path: ['framework', 'themes', index],
    })),
    outcomes: from.outcomes.map((outcome, index) => ({
      value: outcome,
      path: ['framework', 'outcomes', index],
    })),
    measures,
    source: from.source,
    extends: from.extends,
    reindexed: record(from, back ? undefined : factor, where),
  });
}

/**
 * The re-indexing a framework records: from its price year by `factor`, or, re-indexed before,
 * from its first price year by the factors multiplied (34 significant digits, below 1e60 as a
 * stored framework's factor must be: `out-of-range` at `where` when the factors of proxies all
 * 0 or null grow past it), or 1 back in that first price year (no `factor`): the proxies are
 * the edition's again, whatever the rounding of the factors multiplied (3 × 0.333…3 is 0.999…9).
 */
function record(from: Framework, factor: Decimal | undefined, where: readonly PropertyKey[]) {
  if (from.reindexed === undefined) return { fromPriceYear: from.priceYear, factor: factor! };
  const { fromPriceYear } = from.reindexed;
  const total = factor
    ? from.reindexed.factor.times(factor).toSignificantDigits(DIVISION_DIGITS)
    : new Decimal(1);
  const problem = figureDomainProblem(total);
  if (problem === undefined) return { fromPriceYear, factor: total };
  throw fieldError(
    'out-of-range',
    'Re-indexing would take the factor the framework records out of the numeric domain.',
    where,
    `${problem}: the factor from ${fromPriceYear} would be ${figureText(total)}`,
  );
}

/** proxy × factor, rounded to 34 significant digits and 40 places, inside the input domain. */
function reindexed(measure: Measure, factor: Decimal, where: readonly PropertyKey[]): Decimal {
  let proxy = measure.proxyValue!.times(factor).toSignificantDigits(DIVISION_DIGITS);
  if (proxy.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT) {
    proxy = proxy.toDecimalPlaces(INPUT_DECIMAL_PLACES_LIMIT);
  }
  const problem = inputDomainProblem(proxy);
  if (problem === undefined) return proxy;
  throw fieldError(
    'out-of-range',
    `Re-indexing would take the proxy value of ${idText(measure.code)} out of the numeric domain.`,
    where,
    `${problem}: ${idText(measure.code)} would be ${figureText(proxy)}`,
  );
}
