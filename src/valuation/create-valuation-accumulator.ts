import { readListed } from '../core/read-listed.js';
import { parseInput } from '../core/zod-error.js';
import { readFramework } from '../toms/read-framework.js';
import type { Framework, FrameworkInput } from '../toms/types.js';
import { checkPledgeList, type ReadPledge, readPledge } from './read-pledge.js';
import {
  addPledge,
  finishValuation,
  type Slot,
  slotOf,
  startValuation,
} from './running-valuation.js';
import { valuationAccumulatorOptionsSchema } from './schemas.js';
import type {
  PledgeInput,
  Valuation,
  ValuationAccumulator,
  ValuationAccumulatorOptions,
} from './types.js';

/**
 * A running valuation: add pledges batch by batch (as a CSV stream yields them), then read the
 * valuation of everything added. The result is the same as `valuePledges` on all the pledges in
 * one list, whatever the batches: the same lines, totals, warnings and summary, deep-equal and
 * byte-identical as JSON. With `lines: false` no line is kept, so memory stays flat however
 * many pledges are added (the totals, breakdowns and warnings are all there).
 *
 * @param framework - A framework from `defineFramework` (its JSON form, or a framework input
 * written by hand as `defineFramework` takes it, is validated first).
 * @param options - `contractValue` for the social value added ratio; `lines: false` to keep no
 * line per pledge.
 * @returns An accumulator with `add(pledges)`, `result()` and `count`.
 * @throws SocialValueError `invalid-input` for a framework or options that are not valid; `add`
 * throws what `valuePledges` throws for bad pledges (every one of the batch named), at their
 * indexes in the whole valuation (`pledges[1234].quantity`), and adds nothing of that batch.
 *
 * @example
 * ```ts
 * import { createValuationAccumulator, defineFramework } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'sheet', name: 'Council sheet', edition: '2021', priceYear: 2021,
 *   themes: [{ id: 'jobs', name: 'Jobs' }, { id: 'social', name: 'Communities' }],
 *   measures: [
 *     { code: 'NT1', theme: 'jobs', title: 'Local employees (FTE)', unit: 'FTE',
 *       proxyValue: 30782, valueType: 'local-economic' },
 *     { code: 'NT29', theme: 'social', title: 'Volunteering hours', unit: 'hours',
 *       proxyValue: '16.09', valueType: 'social' },
 *   ],
 * });
 * const running = createValuationAccumulator(framework);
 * running.add([{ measure: 'NT1', quantity: 24 }]);
 * running.add([{ measure: 'NT29', quantity: 32 }, { measure: 'NT29', quantity: 8 }]);
 * running.count; // => 3
 * const valuation = running.result();
 * valuation.total; // => '739411.6'
 * valuation.lines[2]?.index; // => 2
 * valuation.warnings[0]?.message; // => 'NT29 is pledged 2 times (pledges 1 and 2): check that nothing is counted twice.'
 * ```
 */
export function createValuationAccumulator(
  framework: Framework | FrameworkInput,
  options?: ValuationAccumulatorOptions,
): ValuationAccumulator {
  const checked = readFramework(framework, ['framework']);
  const read = parseInput(valuationAccumulatorOptionsSchema, options ?? {}, 'options', ['options']);
  const running = startValuation(checked, read.contractValue, read.lines ?? true);
  const add = (pledges: readonly PledgeInput[]): void => {
    checkPledgeList(pledges);
    // Every pledge of the batch is read first, so a bad one leaves the valuation as it was.
    const start = running.count;
    const batch: { readonly pledge: ReadPledge; readonly slot: Slot }[] = [];
    const readOne = (input: unknown, i: number) => readPledge(input, start + i);
    for (let i = 0; i < pledges.length; i += 1) {
      const pledge = readListed(pledges, i, readOne, 'pledges');
      batch.push({ pledge, slot: slotOf(running, pledge, start + i) });
    }
    batch.forEach(({ pledge, slot }, i) => {
      addPledge(running, pledge, slot, start + i);
    });
  };
  const result = (): Valuation => finishValuation(running, true);
  return Object.freeze({
    kind: 'valuation-accumulator' as const,
    schemaVersion: 1 as const,
    get count() {
      return running.count;
    },
    add,
    result,
  });
}
