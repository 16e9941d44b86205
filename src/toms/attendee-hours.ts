import type { Decimal, Numeric } from '../core/decimal.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';

const schema = /* @__PURE__ */ strictObject({
  hours: /* @__PURE__ */ numericSchema({ min: 0 }),
  attendees: /* @__PURE__ */ numericSchema({ min: 0, integer: true }),
});

/**
 * The quantity of an `hours × attendees` measure: a 2-hour session for 8 people counts 16
 * (Essex County Council's social value guidance).
 *
 * @param hours - Length of the session in hours (at least 0).
 * @param attendees - Number of people attending (a whole number, at least 0).
 * @returns hours × attendees.
 * @throws SocialValueError `invalid-input` (path `hours` or `attendees`); `out-of-range` outside
 * the numeric domain.
 *
 * @example
 * ```ts
 * import { attendeeHours } from 'social-value';
 *
 * attendeeHours(2, 8); // => '16'
 * ```
 */
export function attendeeHours(hours: Numeric, attendees: Numeric): Decimal {
  const parsed = parseInput(schema, { hours, attendees }, 'hours × attendees');
  return parsed.hours.times(parsed.attendees);
}
