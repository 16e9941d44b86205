import { isSealed, seal } from '../core/brand.js';
import { isPlainRecord } from '../core/record.js';
import { storedForm } from '../core/stored-form.js';
import type { SpendMultiplier, SpendMultiplierInput } from './multiplier-types.js';
import { readMultiplierInput } from './read-multiplier-input.js';
import { readMultiplier } from './snapshots.js';

/**
 * A local multiplier, from the form its source states, with both forms worked out:
 *
 * - **additional**: pence of extra local benefit per £1 spent, beyond the £1 itself.
 *   Portsmouth's policy quotes research on participating councils: every £1 spent with local
 *   SMEs generated an additional 63p for the local economy, against 40p with large local firms.
 * - **total**: £ in the local economy per £1 spent, the £1 itself included. Portsmouth quotes
 *   Worcestershire: every £1 the county council spends contributes a total of £2.12.
 *
 * They convert exactly: `total = 1 + additional ÷ 100` and `additional = (total − 1) × 100`, so
 * 63p additional is a total of £1.63 and a total of £2.12 is an additional 112p. A local
 * multiplier from `lm3` (LM3 = all rounds ÷ round 1) is a total: an LM3 of 1.9 is an
 * additional 90p over 3 rounds. Multipliers measured over different rounds, places or kinds
 * of spend are not comparable: the `source` (required) and `rounds` say what a figure is.
 *
 * @param input - Exactly one of `additional`, `total` or `lm3` (a result of `lm3` or its JSON,
 * checked as `revive` checks it, or `{ multiplier, rounds }`); the `source`; optionally which
 * spend it applies to (`appliesTo`, default local spend) and the rounds counted. Or a multiplier
 * it made (returned as it is), or its JSON snapshot (checked as `revive` checks it, with or
 * without its `kind`: an object with `schemaVersion` is a snapshot).
 * @returns The sealed multiplier (`kind: 'spend-multiplier'`).
 * @throws SocialValueError `invalid-input` for none or two of the forms, a total below 1 (with
 * the additional it probably meant), a negative additional, a blank source, or a figure more than
 * its rounds can give (each round is re-spent out of the one before, so over n rounds the total
 * is at most £n per £1: `{ total: 4, rounds: 3 }` or an `lm3` of 4 over 3 rounds).
 *
 * @example
 * ```ts
 * import { lm3 } from 'social-value';
 * import { defineSpendMultiplier } from 'social-value/spend';
 *
 * const sme = defineSpendMultiplier({ additional: 63, source: 'Portsmouth Social Value Policy 2021' });
 * sme.total.toString(); // => '1.63'
 * const county = defineSpendMultiplier({ total: '2.12', appliesTo: 'all-spend', source: 'Worcestershire County Council' });
 * county.additional.toString(); // => '112'
 * const measured = defineSpendMultiplier({ lm3: lm3([100000, 60000, 30000]), source: 'Supplier survey 2025' });
 * measured.additional.toString(); // => '90'
 * measured.rounds; // => 3
 * ```
 */
export function defineSpendMultiplier(
  input: SpendMultiplierInput | SpendMultiplier,
): SpendMultiplier {
  return multiplierAt(input, ['input']);
}

/**
 * A multiplier given at `path`: trusted when sealed (returned as it is), read as `revive` reads
 * it when it is a JSON snapshot (`kind: 'spend-multiplier'`), else built from its input. Internal.
 */
export function multiplierAt(value: unknown, path: readonly PropertyKey[]): SpendMultiplier {
  if (isSealed(value, 'spend-multiplier')) return value as SpendMultiplier;
  // Its JSON without `kind` (it has `schemaVersion`) is still a snapshot.
  const stored = storedForm(value, 'spend-multiplier');
  if (isPlainRecord(stored) && stored.kind === 'spend-multiplier')
    return readMultiplier(stored, path);
  return seal(readMultiplierInput(value, path), 'spend-multiplier');
}
