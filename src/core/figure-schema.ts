import { figureDomainProblem, ratioDomainProblem } from './numeric-domain.js';
import { type NumericBounds, numericSchema } from './schemas.js';

/**
 * A zod schema for a figure the library produced and a snapshot stores (a total, a ratio, a
 * discount factor): any `Numeric` below 1e60 in magnitude, with any number of decimal places,
 * output as the library's `Decimal`. Inputs use `numericSchema` (the narrower input domain)
 * instead. `min` is an inclusive lower bound (exclusive with `minExclusive`), `max` an inclusive
 * upper one. Internal: the snapshot readers.
 */
export function figureSchema(bounds: Pick<NumericBounds, 'min' | 'minExclusive' | 'max'> = {}) {
  return numericSchema({ ...bounds, domain: figureDomainProblem });
}

/**
 * A zod schema for a ratio a snapshot stores (`deliveryRatio`, `progressRatio`): a figure below
 * 1e180 in magnitude, since a ratio of quantities may divide by far less than a penny. Internal:
 * the snapshot readers.
 */
export function ratioSchema() {
  return numericSchema({ domain: ratioDomainProblem });
}
