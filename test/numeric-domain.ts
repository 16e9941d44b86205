import fc from 'fast-check';
import { Decimal } from '../src/core/decimal.js';

// Numbers of the whole input domain (docs/quality.md): below 1e15 in magnitude, at most 40
// decimal places, written as plain decimal strings (leading and trailing zeros included), for
// the property tests of the exact kernels.

const digits = (min: number, max: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max })
    .map((list) => list.join(''));

/** A plain decimal string of the domain: `[-]digits[.digits]`, up to 15 + 40 digits. */
export function domainText(options: { readonly negative?: boolean } = {}): fc.Arbitrary<string> {
  return fc
    .record({
      sign: options.negative === true ? fc.constantFrom('', '-') : fc.constant(''),
      leading: digits(0, 3).map((zeros) => zeros.replace(/\d/g, '0')),
      integer: fc.oneof(digits(1, 15), fc.constant('0')),
      fraction: fc.oneof(fc.constant(undefined), digits(1, 40)),
      trailing: digits(0, 3).map((zeros) => zeros.replace(/\d/g, '0')),
    })
    .map(({ sign, leading, integer, fraction, trailing }) =>
      // Leading zeros do not count towards the 15 integer digits, nor trailing ones towards the
      // 40 decimal places.
      fraction === undefined
        ? `${sign}${leading}${integer}`
        : `${sign}${leading}${integer}.${fraction}${trailing}`,
    );
}

/** A Decimal of the domain (also very small and very large ones). */
export function domainDecimal(
  options: { readonly negative?: boolean } = {},
): fc.Arbitrary<Decimal> {
  const extremes = fc.constantFrom(
    '999999999999999.9999999999999999999999999999999999999999',
    '0.0000000000000000000000000000000000000001',
    '100000000000000',
    '0.1',
    '0',
    '1',
    '9999999',
    '10000000',
    '0.00000009999999',
  );
  return fc
    .oneof(
      { weight: 6, arbitrary: domainText(options) },
      { weight: 1, arbitrary: extremes },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 40 }).map(String) },
    )
    .map((text) => new Decimal(text));
}

/** The parts of a Decimal as decimal.js keeps them: sign, exponent, base-1e7 words. */
export function partsOf(value: Decimal): [number, number, number[]] {
  return [value.s, value.e, [...value.d]];
}
