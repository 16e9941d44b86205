import type { Decimal } from '../core/decimal.js';
import { readListed } from '../core/read-listed.js';
import { isPlainRecord } from '../core/record.js';
import { parseInput } from '../core/zod-error.js';
import { readFramework } from '../toms/read-framework.js';
import type { Framework, FrameworkInput } from '../toms/types.js';
import { checkPledgeList, readPledge } from './read-pledge.js';
import { addPledge, finishValuation, slotOf, startValuation } from './running-valuation.js';
import { valuePledgesOptionsSchema } from './schemas.js';
import type { PledgeInput, Valuation, ValuePledgesOptions } from './types.js';

/**
 * Values pledges against a framework, exactly: for each pledge, value = quantity × attribution
 * share × proxy value (negative for a pledge with `effect: 'disbenefit'`); then net totals
 * overall, by theme, by value type, by channel, by every tag and by year, and the benefits and
 * disbenefits apart.
 * Totals are nominal and undiscounted, as Social Value Portal reports them (see `presentValue`
 * and `reindexProxies` for the opt-in transforms).
 *
 * A `0` proxy (recorded, not monetised) values to £0 and is valid; a `null` proxy is an error.
 * Pledges are strict: an unknown key is refused with a "did you mean" (`attributon`).
 *
 * @param framework - A framework from `defineFramework` (or `toFramework` of
 * `social-value/csv`); its JSON form, or a framework input written by hand (as `defineFramework`
 * takes it), is validated first.
 * @param pledges - The pledges, each `{ measure, quantity | years, attributionShare?, tags?,
 * note? }`, and optionally where it comes from (`channel`, `pledgerKind`, `pledger`,
 * `followUpOn`, `barriers`) and its `effect`.
 * @param options - `contractValue` to get the social value added ratio.
 * @returns The lines, totals, ratio, warnings and a summary, frozen, with `kind: 'valuation'`.
 * The same pledges in any order give the same totals.
 * @throws SocialValueError `invalid-input` (path such as `pledges[3].quantity`: negative or not
 * a number, neither or both of quantity/years, a share outside 0 to 1, an unknown key; or
 * `framework…` for a framework that is not valid), `out-of-range` (a number outside the numeric
 * domain), `unknown-measure` (path `pledges[3].measure`, close codes in `details.suggestions`)
 * or `missing-proxy`. When more than one pledge is not valid, one error names the problems of
 * them all (`Invalid pledges: 3 problems.`, the first 100 in `issues`, `details.count` past them);
 * it is `out-of-range` only when every problem is a number outside the domain.
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
 *
 * // A disbenefit is valued negative (a local job displaced, 1 × £30,782); an officer's pledge
 * // comes through the internal channel, with its twelve-month follow-up (seed 003, Suffolk).
 * const net = valuePledges(framework, [
 *   { measure: 'NT1', quantity: 2 },
 *   { measure: 'NT1', quantity: 1, effect: 'disbenefit' },
 *   { measure: 'NT29', quantity: 10, channel: 'internal', pledgerKind: 'officer', followUpOn: '2027-03-10' },
 * ]);
 * net.total; // => '30942.9'
 * net.benefitTotal; // => '61724.9'
 * net.disbenefitTotal; // => '-30782'
 * net.byChannel.internal; // => '160.9'
 * net.lines[1]?.value; // => '-30782'
 * ```
 */
export function valuePledges(
  framework: Framework | FrameworkInput,
  pledges: readonly PledgeInput[],
  options?: ValuePledgesOptions,
): Valuation {
  const checked = readFramework(framework, ['framework']);
  checkPledgeList(pledges);
  const running = startValuation(checked, readOptions(options), true);
  for (let index = 0; index < pledges.length; index += 1) {
    const pledge = readListed(pledges, index, readPledge, 'pledges');
    addPledge(running, pledge, slotOf(running, pledge, index), index);
  }
  return finishValuation(running, false);
}

/** The contract value of the options, validated (no zod work for absent or empty options). */
function readOptions(options: unknown): Decimal | undefined {
  if (options === undefined || (isPlainRecord(options) && Object.keys(options).length === 0)) {
    return undefined;
  }
  return parseInput(valuePledgesOptionsSchema, options, 'options', ['options']).contractValue;
}
