import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import type { Decimal, Numeric } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { multiplierOf } from '../core/local-multiplier.js';
import { minLength } from '../core/min-length.js';
import { parseInto } from '../core/parse-into.js';
import { readerSchema } from '../core/reader-schema.js';
import { numericSchema } from '../core/schemas.js';
import { sumDecimals } from '../core/sum.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';

/** The result of {@link lm3}: the multiplier, how many rounds it counts and its inputs. */
export interface LocalMultiplier {
  /** Marks the object as a local multiplier. */
  readonly kind: 'local-multiplier';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The multiplier: total spend over all rounds ÷ the first round (34 significant digits). */
  readonly multiplier: Decimal;
  /** How many rounds of spending were counted (3 for LM3). */
  readonly rounds: number;
  /** The name of the measure with its rounds: `'LM3'`, `'LM2'`. */
  readonly name: string;
  /** The first round: the money spent with the suppliers. */
  readonly initialSpend: Decimal;
  /** The sum of all rounds. */
  readonly totalSpend: Decimal;
  /** The multiplier and the rounds it counts, in one sentence (the £ per £1 to the multiplier's places: `£1.0049`). */
  readonly reason: string;
}

const roundsSchema = /* @__PURE__ */ lazy(() => {
  const list = withChecks(listSchema(anySchema), minLength(1));
  const first = numericSchema({ min: 0, minExclusive: true });
  const later = numericSchema({ min: 0 });
  return readerSchema<[Decimal, ...Decimal[]]>((value, issues) => {
    const rounds = parseInto(list, value, issues);
    return rounds?.map((round, index) =>
      parseInto(index === 0 ? first : later, round, issues, [index]),
    ) as [Decimal, ...Decimal[]] | undefined;
  });
});

/**
 * The local multiplier (LM3, New Economics Foundation): how much of the money spent stays in the
 * local economy, following it through successive rounds of spending.
 *
 * **Definition.** With round 1 the money spent with suppliers, round 2 what those suppliers
 * spend locally (with local suppliers and on local staff) and round 3 what those local
 * suppliers and staff spend locally in turn, `LMn = (round 1 + … + round n) ÷ round 1`. The
 * classic measure counts three rounds; the number of rounds counted is given by the length of
 * `rounds` and is stated in the result (`LM2`, `LM3`…), since multipliers over different numbers
 * of rounds cannot be compared. An LM3 of 1.9 means every £1 spent generated a further 90p in
 * the local economy over the next two rounds. Portsmouth's roadmap (seed 000) names the local
 * multiplier among its measurement methods.
 *
 * Each round is the part of the round before it re-spent locally, so no round is larger than the
 * one before it, and LMn is at most n.
 *
 * @param rounds - The spend of each round, round 1 first; round 1 must be above 0.
 * @returns The multiplier (kind `'local-multiplier'`), the number of rounds and a reason.
 * @throws SocialValueError `invalid-input` when there is no round, a round is negative, round 1
 * is 0, or a round is larger than the round before it (`[100, 200, 300]`, at `rounds[1]`).
 *
 * @example
 * ```ts
 * import { lm3 } from 'social-value';
 *
 * // £100,000 spent with a supplier, £60,000 re-spent locally, then £30,000 again.
 * const local = lm3([100000, 60000, 30000]);
 * local.multiplier.toString(); // => '1.9'
 * local.rounds; // => 3
 * local.reason; // => 'LM3 is 1.9: each £1 spent in round 1 became £1.90 in the local economy over 3 rounds of spending.'
 * ```
 */
export function lm3(rounds: readonly Numeric[]): LocalMultiplier {
  const spends = parseInput(roundsSchema(), rounds, 'local multiplier rounds', ['rounds']);
  // Each round is spent out of the one before it (the part re-spent locally), so it cannot be
  // more: `[100, 200, 300]` is the rounds' totals, or the wrong figures.
  const rising = spends.findIndex((round, index) => spends[index - 1]?.lt(round));
  if (rising > 0) {
    throw fieldError(
      'invalid-input',
      'Invalid local multiplier rounds: 1 problem.',
      ['rounds', rising],
      `expected at most round ${rising} (${spends[rising - 1]}), which it is re-spent from, received ${spends[rising]}`,
    );
  }
  return seal(
    {
      kind: 'local-multiplier' as const,
      schemaVersion: 1 as const,
      ...multiplierOf(spends[0], sumDecimals(spends), spends.length),
    },
    'local-multiplier',
  );
}
