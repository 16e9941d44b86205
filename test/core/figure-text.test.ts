import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { roundAt } from '../../src/core/round-money.js';
import { figureText } from '../../src/core/wording.js';

// figureText skips rounding a figure that has no more decimal places than it shows: the text
// must be what rounding first gives, for any figure and any number of places.
function rounded(value: Decimal, places: number): string {
  const figure = roundAt(value, places, Decimal.ROUND_HALF_UP);
  if (figure.e < 3) return figure.toFixed();
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: places }).format(
    figure.toFixed() as Intl.StringNumericLiteral,
  );
}

const figure = fc
  .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -5, max: 40 }))
  .map(([digits, scale]) => new Decimal(digits.toString()).times(new Decimal(10).pow(-scale)));

describe('figureText', () => {
  it('prints what rounding first would, with or without places to round', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          figure,
          fc.constantFrom(new Decimal('-0'), new Decimal(0), new Decimal('999.99995')),
        ),
        fc.integer({ min: 0, max: 20 }),
        (value, places) => {
          expect(figureText(value, places)).toBe(rounded(value, places));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
