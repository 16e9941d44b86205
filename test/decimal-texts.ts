import fc from 'fast-check';

// Decimal text for property tests: numbers written as a user or a stored result writes them,
// with as many digits as a case needs (leading zeros included).

/** A run of `min` to `max` decimal digits. */
export const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((list) => list.join(''));

/** Digits before the point (`whole`: fewest, most) and after it (`fraction`), no point for none. */
export const decimalTextArb = (whole: [number, number], fraction: [number, number]) =>
  fc
    .tuple(digits(...whole), digits(...fraction))
    .map(([integer, part]) => (part ? `${integer}.${part}` : integer));

/** `0.` and 1 to `most` digits: a fraction from 0 to below 1. */
export const fractionTextArb = (most: number) => digits(1, most).map((part) => `0.${part}`);
