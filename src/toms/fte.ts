import { Decimal, type Numeric } from '../core/decimal.js';
import { issueAt, issuesError } from '../core/issue.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';

const count = /* @__PURE__ */ numericSchema({ min: 0 });

const staffSchema = /* @__PURE__ */ strictObject(
  {
    fullTime: /* @__PURE__ */ optionalSchema(count),
    partTime: /* @__PURE__ */ optionalSchema(
      /* @__PURE__ */ listSchema(
        /* @__PURE__ */ strictObject({
          count,
          fraction: /* @__PURE__ */ numericSchema({ min: 0, max: 1 }),
        }),
      ),
    ),
  },
  {},
  'staff (an object of fullTime and partTime)',
);

/**
 * Staff on a contract: full-time people, and groups of part-time people with the fraction of
 * full time each works.
 */
export interface Staff {
  /** People working full time. */
  readonly fullTime?: Numeric | undefined;
  /** Groups of part-time people: how many, and the fraction of full time (0 to 1) each works. */
  readonly partTime?:
    | readonly {
        /** How many people. */
        readonly count: Numeric;
        /** The fraction of full time each works (0.5 for half time). */
        readonly fraction: Numeric;
      }[]
    | undefined;
}

/**
 * Full-time equivalents: full-time people plus Σ part-time count × fraction. Torbay Council's
 * "TOMs dos and don'ts": 10 full-time and 5 half-time staff are 12.5 FTE.
 *
 * @param staff - Full-time people and part-time groups.
 * @returns The FTE, exact.
 * @throws SocialValueError `invalid-input` for a negative count, a fraction outside 0 to 1, an
 * unknown key (paths such as `staff.partTime[0].fraction`), or neither `fullTime` nor
 * `partTime` given (`{}` says nothing about the staff: give `fullTime: 0` for none).
 *
 * @example
 * ```ts
 * import { fte } from 'social-value';
 *
 * fte({ fullTime: 10, partTime: [{ count: 5, fraction: 0.5 }] }); // => '12.5'
 * ```
 */
export function fte(staff: Staff): Decimal {
  const parsed = parseInput(staffSchema, staff, 'staff', ['staff']);
  if (parsed.fullTime === undefined && parsed.partTime === undefined) {
    throw issuesError('staff', [issueAt(['staff'], 'missing: expected fullTime or partTime')]);
  }
  let total = parsed.fullTime ?? new Decimal(0);
  for (const group of parsed.partTime ?? []) total = total.plus(group.count.times(group.fraction));
  return total;
}
