import type { Numeric } from './decimal.js';
import { numericSchema } from './schemas.js';

/**
 * A zod schema for a figure the library produced and a snapshot stores (a total, a ratio, a
 * discount factor): any {@link Numeric} below 1e60 in magnitude, with any number of decimal
 * places, output as the library's `Decimal`. Inputs use `numericSchema` (the narrower input
 * domain) instead. `min` is an inclusive lower bound. Internal: the snapshot readers.
 */
export function figureSchema(bounds: { readonly min?: Numeric } = {}) {
  return numericSchema({ ...bounds, domain: 'figure' });
}
