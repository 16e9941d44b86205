import { z } from 'zod';
import type { Numeric } from '../core/decimal.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';
import { assembleFramework } from './assemble-framework.js';
import type { Framework, Measure } from './types.js';

const positive = numericSchema({ min: 0, minExclusive: true });

/** The zod schema of the options of `reindexProxies`: a `factor`, or a price `index` at the framework's price year (`from`) and at the target year (`to`), plus `toPriceYear`. Internal: the public input type is documented instead. */
export const reindexOptionsSchema = z
  .object({
    factor: positive.optional(),
    index: z.object({ from: positive, to: positive }).optional(),
    toPriceYear: z.number().int().min(1900).max(2200),
  })
  .superRefine((options, ctx) => {
    if ((options.factor === undefined) === (options.index === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['factor'],
        message: 'expected exactly one of factor or index',
      });
    }
  });

/**
 * Options of `reindexProxies`.
 *
 * @example
 * ```ts
 * import type { ReindexOptions } from 'social-value';
 *
 * const options: ReindexOptions = { index: { from: '100', to: '110' }, toPriceYear: 2024 };
 * options.toPriceYear; // => 2024
 * ```
 */
export type ReindexOptions =
  | {
      /** The number every proxy is multiplied by (above 0). */
      readonly factor: Numeric;
      /** The price year of the re-indexed proxies. */
      readonly toPriceYear: number;
    }
  | {
      /** A price index at the framework's price year (`from`) and at the target year (`to`). */
      readonly index: {
        /** The index at the framework's price year. */
        readonly from: Numeric;
        /** The index at the target price year. */
        readonly to: Numeric;
      };
      /** The price year of the re-indexed proxies. */
      readonly toPriceYear: number;
    };

/**
 * Re-prices every proxy value of a framework to another price year, an explicit and opt-in
 * transform: each proxy is multiplied by `factor`, or by `index.to ÷ index.from` (for example
 * a CPI or GDP deflator index at the two years). `null` proxies stay `null`, `0` stays `0`.
 * The result records the factor and original price year in `reindexed`.
 *
 * @param framework - The framework.
 * @param options - `{ factor, toPriceYear }` or `{ index: { from, to }, toPriceYear }`.
 * @returns A new frozen framework at the target price year.
 * @throws SocialValueError `invalid-input` when the factor or an index is not above 0.
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
 * ```
 */
export function reindexProxies(framework: Framework, options: ReindexOptions): Framework {
  const parsed = parseInput(reindexOptionsSchema, options, 'reindex options');
  const factor = parsed.factor ?? parsed.index!.to.dividedBy(parsed.index!.from);
  const measures: Measure[] = framework.measures.map((measure) =>
    measure.proxyValue === null
      ? measure
      : { ...measure, proxyValue: measure.proxyValue.times(factor) },
  );
  return assembleFramework({
    ...framework,
    priceYear: parsed.toPriceYear,
    measures,
    reindexed: { fromPriceYear: framework.priceYear, factor },
  });
}
