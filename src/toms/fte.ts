import { z } from 'zod';
import { Decimal, type Numeric } from '../core/decimal.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { parseInput } from '../core/zod-error.js';

const count = numericSchema({ min: 0 });

/** The zod schema of the input of `fte`. Internal: the public input type is documented instead. */
export const staffSchema = z.object({
  fullTime: count.optional(),
  partTime: z.array(z.object({ count, fraction: numericSchema({ min: 0, max: 1 }) })).default([]),
});

/**
 * Staff on a contract: full-time people, and groups of part-time people with the fraction of
 * full time each works.
 *
 * @example
 * ```ts
 * import type { Staff } from 'social-value';
 *
 * const staff: Staff = { fullTime: 10, partTime: [{ count: 5, fraction: '0.5' }] };
 * staff.fullTime; // => 10
 * ```
 */
export interface Staff {
  /** People working full time. */
  readonly fullTime?: Numeric;
  /** Groups of part-time people: how many, and the fraction of full time (in [0, 1]) each works. */
  readonly partTime?: readonly {
    /** How many people. */
    readonly count: Numeric;
    /** The fraction of full time each works (0.5 for half time). */
    readonly fraction: Numeric;
  }[];
}

/**
 * Full-time equivalents: full-time people plus Σ part-time count × fraction. Torbay Council's
 * "TOMs dos and don'ts": 10 full-time and 5 half-time staff are 12.5 FTE.
 *
 * @param staff - Full-time people and part-time groups.
 * @returns The FTE, exact.
 * @throws SocialValueError `invalid-input` for a negative count or a fraction outside [0, 1]
 * (path such as `partTime[0].fraction`).
 *
 * @example
 * ```ts
 * import { fte } from 'social-value';
 *
 * fte({ fullTime: 10, partTime: [{ count: 5, fraction: 0.5 }] }); // => '12.5'
 * ```
 */
export function fte(staff: Staff): Decimal {
  const parsed = parseInput(staffSchema, staff, 'staff');
  let total = parsed.fullTime ?? new Decimal(0);
  for (const group of parsed.partTime) total = total.plus(group.count.times(group.fraction));
  return total;
}
