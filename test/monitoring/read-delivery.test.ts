import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/index.js';
import { readDeliveryLean } from '../../src/monitoring/read-delivery.js';
import { inputSchemas } from '../../src/monitoring/schemas.js';

const deliverySchema = inputSchemas().delivery;

// The lean path must accept only what the zod schema accepts, and return what it returns: on
// any value at all, not only plain objects.

/** A parsed delivery in comparable form: Decimals by value, absent and undefined alike. */
const comparable = (value: unknown) =>
  JSON.parse(
    JSON.stringify(value, (_key, inner) => (Decimal.isDecimal(inner) ? `D:${inner}` : inner)),
  );

function agrees(input: unknown): void {
  const lean = readDeliveryLean(input);
  if (lean === undefined) return;
  const zod = z.safeParse(deliverySchema, input);
  expect(zod.success, `zod refused what the lean path took: ${fc.stringify(input)}`).toBe(true);
  if (zod.success) expect(comparable(lean)).toEqual(comparable(zod.data));
}

const field = {
  measure: fc.constantFrom(
    'NT1',
    ' NT1',
    '',
    'CBC5 RBC1',
    '__proto__',
    '\u200b',
    '\u001c',
    'NT1\u200b',
    7,
    undefined,
  ),
  date: fc.constantFrom(
    '2025-03-31',
    '2024-02-29',
    '2025-02-29',
    '2025-13-01',
    '0999-01-01',
    '0025-01-01',
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
    '1e15',
    'abc',
    '',
    0,
    -0,
    2.5,
    Number.NaN,
    5n,
    new Decimal('4.2'),
    new Decimal('-0'),
    undefined,
  ),
  line: fc.constantFrom(undefined, 0, -0, 2, -1, 1.5, '1', 2 ** 53),
  verification: fc.constantFrom(undefined, 'verified', 'claimed', 'checked'),
  evidence: fc.constantFrom(undefined, 'payroll', 3),
  note: fc.constantFrom(undefined, 'a note', null),
};

/** Wraps the fields of a delivery in other kinds of object that carry the same fields. */
const carriers = (fields: Record<string, unknown>): unknown[] => {
  class Record2 {}
  const nullProto = Object.assign(Object.create(null), fields);
  const inherited = Object.create(fields);
  return [
    fields,
    nullProto,
    inherited,
    Object.assign(new Record2(), fields),
    Object.assign(new Date(0), fields),
    Object.assign(new Map(), fields),
    Object.assign([], fields),
    Object.assign(() => 1, fields),
    Object.freeze({ ...fields }),
  ];
};

describe('readDeliveryLean', () => {
  it('agrees with the zod schema on deliveries of every field combination', () => {
    fc.assert(
      fc.property(fc.record(field, { requiredKeys: [] }), fc.boolean(), (fields, extra) => {
        const input = extra ? { ...fields, verfication: 'verified' } : fields;
        for (const candidate of carriers(input)) agrees(candidate);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the zod schema on any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
          key: fc.constantFrom('measure', 'date', 'quantity', 'line', 'note', '__proto__', 'x'),
        }),
        (value) => agrees(value),
      ),
      { numRuns: 3000 },
    );
  });

  it('takes only plain objects', () => {
    const fields = { measure: 'NT1', date: '2025-03-31', quantity: '8' };
    const [plain, nullProto, inherited, instance, date, map, array] = carriers(fields);
    expect(readDeliveryLean(plain)?.quantity.toString()).toBe('8');
    expect(readDeliveryLean(nullProto)?.measure).toBe('NT1');
    for (const other of [inherited, instance, date, map, array]) {
      expect(readDeliveryLean(other)).toBeUndefined();
      expect(z.safeParse(deliverySchema, other).success).toBe(false);
    }
  });
});
