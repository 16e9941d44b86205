import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { readDeliveryLean } from '../../src/monitoring/read-delivery.js';
import { deliverySchema } from '../../src/monitoring/schemas.js';

// The lean path must accept only what the zod schema accepts, and return the same.
const plain = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (_key, inner) => (Decimal.isDecimal(inner) ? `D:${inner}` : inner)),
  );

const field = {
  measure: fc.constantFrom('NT1', ' NT1', '', 'CBC5 RBC1', 7, undefined),
  date: fc.constantFrom(
    '2025-03-31',
    '2024-02-29',
    '2025-02-29',
    '2025-13-01',
    '0999-01-01',
    '2025-3-31',
    new Date(2025, 2, 31),
    20250331,
    undefined,
  ),
  quantity: fc.constantFrom(
    '12.5',
    ' 3 ',
    '-1',
    '1e3',
    'abc',
    '',
    0,
    -0,
    2.5,
    Number.NaN,
    5n,
    new Decimal('4.2'),
    undefined,
  ),
  line: fc.constantFrom(undefined, 0, 2, -1, 1.5, '1'),
  verification: fc.constantFrom(undefined, 'verified', 'claimed', 'checked'),
  evidence: fc.constantFrom(undefined, 'payroll', 3),
  extra: fc.constantFrom(undefined, 'x'),
};

describe('readDeliveryLean', () => {
  it('agrees with the zod schema', () => {
    fc.assert(
      fc.property(fc.record(field, { requiredKeys: [] }), (candidate) => {
        const { extra, ...delivery } = candidate;
        const input = extra === undefined ? delivery : { ...delivery, extra };
        const lean = readDeliveryLean(input);
        const zod = deliverySchema.safeParse(input);
        if (lean !== undefined) {
          expect(zod.success).toBe(true);
          if (zod.success) expect(plain(lean)).toEqual(plain(zod.data));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the usual shape', () => {
    const lean = readDeliveryLean({ measure: 'NT1', date: '2025-03-31', quantity: '8' });
    expect(lean?.quantity.toString()).toBe('8');
  });
});
