import { Decimal } from './decimal.js';

/** The exact sum of decimals (zero for none). Internal helper shared by the areas. */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}
